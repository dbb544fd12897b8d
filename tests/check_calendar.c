/*
 * Calendars other than the Gregorian (issue 11):
 * - the ICU round trip: every ICU locale whose default calendar is not Gregorian, and th,
 *   ja, zh_TW, ar, fa and he in their non-Gregorian calendars, format sample instants in
 *   every date style (FULL, LONG, MEDIUM, SHORT) and the skeletons that hold a year; datenorm
 *   parses them back, and the rate must reach RT_CAL_MIN_RATE. The names and eras must settle
 *   the calendar alone: the styles with names are parsed with no hint (a Hijri variant other
 *   than the default, which no text can show, is given as dn_options.calendar); the
 *   all-numeric ones (SHORT, yMd, and any pattern with no era, weekday or month name, such
 *   as fa's "y") with the locale and its calendar as the hint
 *   (th-u-ca-buddhist), as a user who knows the source would. The expected value is ICU's
 *   Gregorian date, or for a month or a year of the calendar the Gregorian month or year that
 *   holds it whole, or no date when none does (Dey 1402: December 2023 to January 2024).
 *   DN_CALENDAR_EXHAUSTIVE=1 (make check-calendars) walks a day a week from 1950 to 2050
 *   instead of the five sample days.
 * - the calendar a result names, the ambiguity flag, the option and the hint's keyword;
 * - search over a page that mixes Gregorian and non-Gregorian dates.
 * The table-driven rows of real-looking pages are tests/data/calendars.tsv (check_cases.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "suites.h"

#define RT_CAL_MIN_RATE 0.95
#define RT_CAL_SHOW_FAILURES 30

static const UChar utc[] = { 'U', 'T', 'C', 0 };

/* The sample instants (noon UTC): days above and below 12, a leap day, Reiwa's first day. */
static const int samples[][3] = {
    { 2015, 11, 22 }, { 1999, 1, 5 }, { 2024, 2, 29 }, { 2031, 7, 13 }, { 2019, 5, 1 },
};

static const struct {
    const char *name;
    UDateFormatStyle style; /* UDAT_PATTERN: skeleton */
    const char *skeleton;
    int numeric;            /* parsed with the locale and its calendar as the hint */
} forms[] = {
    { "FULL", UDAT_FULL, NULL, 0 },      { "LONG", UDAT_LONG, NULL, 0 },
    { "MEDIUM", UDAT_MEDIUM, NULL, 0 },  { "SHORT", UDAT_SHORT, NULL, 1 },
    { "yMMMd", UDAT_PATTERN, "yMMMd", 0 }, { "yMMMEd", UDAT_PATTERN, "yMMMEd", 0 },
    { "yMMMMd", UDAT_PATTERN, "yMMMMd", 0 }, { "yMMMMEEEEd", UDAT_PATTERN, "yMMMMEEEEd", 0 },
    { "GyMMMd", UDAT_PATTERN, "GyMMMd", 0 }, { "yMMMM", UDAT_PATTERN, "yMMMM", 0 },
    { "yMMM", UDAT_PATTERN, "yMMM", 0 },   { "y", UDAT_PATTERN, "y", 0 },
    { "yMd", UDAT_PATTERN, "yMd", 1 },
};
#define NFORMS (sizeof forms / sizeof forms[0])

typedef struct {
    long total, pass, nodate;
    int shown;
} rt_tally;
static rt_tally tally;
static int nsources;

/* The Gregorian day (YYYY-MM-DD) of a UDate, and the first and last day of the calendar
   month or year holding it in cal. */
static void greg_day(UDate t, int *y, int *m, int *d)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *g = ucal_open(utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &st);
    ucal_setMillis(g, t, &st);
    *y = ucal_get(g, UCAL_YEAR, &st);
    if (ucal_get(g, UCAL_ERA, &st) == 0)
        *y = 1 - *y;
    *m = ucal_get(g, UCAL_MONTH, &st) + 1;
    *d = ucal_get(g, UCAL_DATE, &st);
    ucal_close(g);
}

/* What a month-only (unit = UCAL_MONTH) or year-only (UCAL_YEAR) text of cal at t should
   give: the Gregorian month or year that holds the calendar's whole unit, or "". */
static void expected_unit(UCalendar *cal, UDate t, UCalendarDateFields unit, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendarDateFields f = unit == UCAL_MONTH ? UCAL_DATE : UCAL_DAY_OF_YEAR;
    ucal_setMillis(cal, t, &st);
    ucal_set(cal, f, 1);
    UDate first = ucal_getMillis(cal, &st);
    int32_t max = ucal_getLimit(cal, f, UCAL_ACTUAL_MAXIMUM, &st);
    ucal_set(cal, f, max);
    UDate last = ucal_getMillis(cal, &st);
    int y1, m1, d1, y2, m2, d2;
    greg_day(first, &y1, &m1, &d1);
    greg_day(last, &y2, &m2, &d2);
    if (U_FAILURE(st))
        snprintf(out, cap, "?");
    else if (y1 == y2 && m1 == m2)
        snprintf(out, cap, "%04d-%02d", y1, m1);
    else if (y1 == y2)
        snprintf(out, cap, "%04d", y1);
    else
        out[0] = '\0';
}

static UDateFormat *open_form(size_t fi, const char *loc)
{
    UErrorCode st = U_ZERO_ERROR;
    if (!forms[fi].skeleton) {
        UDateFormat *df = udat_open(UDAT_NONE, forms[fi].style, loc, utc, -1, NULL, 0, &st);
        return U_SUCCESS(st) ? df : NULL;
    }
    UDateTimePatternGenerator *g = udatpg_open(loc, &st);
    UChar sk[32], pat[128];
    u_uastrcpy(sk, forms[fi].skeleton);
    int32_t n = U_SUCCESS(st) ? udatpg_getBestPattern(g, sk, -1, pat, 128, &st) : 0;
    udatpg_close(g);
    if (U_FAILURE(st) || n >= 128)
        return NULL;
    UDateFormat *df = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, utc, -1, pat, n, &st);
    return U_SUCCESS(st) ? df : NULL;
}

/* One source: locale `base` formatting in calendar `type`. */
static void run_source(const char *base, const char *type, const UDate *when, size_t nwhen)
{
    char loc[96], tag[96];
    snprintf(loc, sizeof loc, "%s@calendar=%s", base, type);
    UErrorCode st = U_ZERO_ERROR;
    uloc_toLanguageTag(loc, tag, sizeof tag, false, &st);
    if (U_FAILURE(st))
        return;
    nsources++;
    /* the Hijri variant no text shows: the option; the default (Umm al-Qura) needs none */
    dn_options o = {0}, oh = {0};
    if (strncmp(type, "islamic", 7) == 0 && strcmp(type, "islamic-umalqura") != 0)
        o.calendar = type;
    oh.locales = tag;
    dn_parser *plain = NULL, *hinted = NULL;
    ck_assert_int_eq(dn_parser_new(&o, &plain, NULL), DN_OK);
    ck_assert_int_eq(dn_parser_new(&oh, &hinted, NULL), DN_OK);
    st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, loc, UCAL_DEFAULT, &st);
    ck_assert_msg(U_SUCCESS(st), "ucal_open(%s)", loc);
    dn_context ctx = dn_test_context();
    for (size_t fi = 0; fi < NFORMS; fi++) {
        UDateFormat *df = open_form(fi, loc);
        ck_assert_msg(df != NULL, "no formatter %s for %s", forms[fi].name, loc);
        UChar pat[128];
        st = U_ZERO_ERROR;
        int32_t pn = udat_toPattern(df, false, pat, 128, &st);
        /* a pattern without names (no era, weekday or month name: SHORT, yMd, th's "y")
           is all numbers: only a hint can say its calendar */
        bool has_day = false, has_month = false, names = false, quoted = false;
        for (int32_t k = 0; k < pn; k++) {
            if (pat[k] == '\'')
                quoted = !quoted;
            if (quoted)
                continue;
            has_day |= pat[k] == 'd';
            has_month |= pat[k] == 'M' || pat[k] == 'L';
            names |= pat[k] == 'G' || pat[k] == 'E' ||
                     ((pat[k] == 'M' || pat[k] == 'L') && k + 2 < pn && pat[k + 2] == pat[k] &&
                      pat[k + 1] == pat[k]);
        }
        bool numeric = forms[fi].numeric || !names;
        for (size_t wi = 0; wi < nwhen; wi++) {
            UChar u[256];
            char text[768], expected[16], got[DN_FORMAT_MAX] = "";
            st = U_ZERO_ERROR;
            int32_t n = udat_format(df, when[wi], u, 256, NULL, &st);
            u_strToUTF8(text, sizeof text, NULL, u, n, &st);
            ck_assert_msg(U_SUCCESS(st), "udat_format %s %s", loc, forms[fi].name);
            if (has_day) {
                int y, m, d;
                greg_day(when[wi], &y, &m, &d);
                snprintf(expected, sizeof expected, "%04d-%02d-%02d", y, m, d);
            } else
                expected_unit(cal, when[wi], has_month ? UCAL_MONTH : UCAL_YEAR, expected,
                              sizeof expected);
            dn_date r;
            int rc = dn_parse(numeric ? hinted : plain, text, strlen(text), &ctx, &r);
            if (rc == 1 && dn_format(&r, DN_STYLE_DATE, got, sizeof got) < 0)
                got[0] = '\0';
            /* a date must also say its calendar */
            bool ok = strcmp(got, expected) == 0 &&
                      (rc != 1 || strcmp(dn_calendar_name(r.calendar), type) == 0 ||
                       (strcmp(type, "islamic-rgsa") == 0));
            tally.total++;
            tally.nodate += expected[0] == '\0';
            if (ok)
                tally.pass++;
            else if (tally.shown++ < RT_CAL_SHOW_FAILURES)
                fprintf(stderr, "calendar roundtrip FAIL %-24s %-10s \"%s\": got \"%s\" (%s), "
                        "expected \"%s\"\n", loc, forms[fi].name, text, got,
                        rc == 1 ? dn_calendar_name(r.calendar) : "-", expected);
        }
        udat_close(df);
    }
    ucal_close(cal);
    dn_parser_free(plain);
    dn_parser_free(hinted);
}

START_TEST(test_calendar_roundtrip)
{
    UDate when[8192];
    size_t nwhen = 0;
    bool exhaustive = getenv("DN_CALENDAR_EXHAUSTIVE") && *getenv("DN_CALENDAR_EXHAUSTIVE") == '1';
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *g = ucal_open(utc, -1, "en", UCAL_GREGORIAN, &st);
    if (exhaustive) {
        ucal_setDateTime(g, 1950, 0, 2, 12, 0, 0, &st);
        UDate t = ucal_getMillis(g, &st);
        for (; nwhen < sizeof when / sizeof when[0] && t < 2556100800000.0; t += 7 * 86400000.0)
            when[nwhen++] = t; /* a day a week to 2050 */
    } else {
        for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
            ucal_setDateTime(g, samples[i][0], samples[i][1] - 1, samples[i][2], 12, 0, 0, &st);
            when[nwhen++] = ucal_getMillis(g, &st);
        }
    }
    ucal_close(g);
    ck_assert(U_SUCCESS(st));
    memset(&tally, 0, sizeof tally);
    nsources = 0;
    /* every locale whose default calendar is not Gregorian */
    int nloc = uloc_countAvailable();
    for (int li = 0; li < nloc; li++) {
        const char *loc = uloc_getAvailable(li);
        st = U_ZERO_ERROR;
        UCalendar *c = ucal_open(NULL, 0, loc, UCAL_DEFAULT, &st);
        const char *type = U_SUCCESS(st) ? ucal_getType(c, &st) : NULL;
        char t[32] = "";
        if (type && U_SUCCESS(st))
            snprintf(t, sizeof t, "%s", type);
        ucal_close(c);
        if (t[0] && strcmp(t, "gregorian") != 0)
            run_source(loc, t, when, nwhen);
    }
    /* and the locales whose people use another calendar beside the Gregorian one */
    static const char *const extra[][2] = {
        { "th", "buddhist" }, { "ja", "japanese" }, { "zh_TW", "roc" },
        { "ar", "islamic" }, { "fa", "persian" }, { "he", "hebrew" },
    };
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        run_source(extra[i][0], extra[i][1], when, nwhen);
    double rate = (double)tally.pass / (double)tally.total;
    fprintf(stderr, "calendar roundtrip: %d sources, %ld texts (%ld of them no date: a month or "
            "year no Gregorian month or year holds), %ld passed = %.2f%% (target %.0f%%)\n",
            nsources, tally.total, tally.nodate, tally.pass, 100.0 * rate,
            100.0 * RT_CAL_MIN_RATE);
    ck_assert_msg(nsources >= 18, "only %d sources", nsources);
    ck_assert_msg(rate >= RT_CAL_MIN_RATE, "calendar round trip %.2f%% (%ld of %ld) below %.0f%%",
                  100.0 * rate, tally.pass, tally.total, 100.0 * RT_CAL_MIN_RATE);
}
END_TEST

/* ---- results, options, ambiguity --------------------------------------------------------- */

static dn_date parse_one(const char *locales, const char *calendar, const char *text)
{
    dn_options o = {0};
    o.locales = locales, o.calendar = calendar;
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_date d;
    ck_assert_int_eq(dn_parse(p, text, strlen(text), &ctx, &d), 1);
    dn_parser_free(p);
    return d;
}

START_TEST(test_calendar_fields)
{
    dn_date d = parse_one(NULL, NULL, "平成27年11月22日");
    ck_assert_int_eq(d.calendar, DN_CAL_JAPANESE);
    ck_assert_int_eq(d.year, 2015);
    ck_assert_int_eq(d.month, 11);
    ck_assert_int_eq(d.day, 22);
    ck_assert_int_eq(d.weekday, 7);
    d = parse_one(NULL, NULL, "令和5年10月");
    ck_assert_int_eq(d.precision, DN_PREC_MONTH);
    ck_assert_int_eq(d.year, 2023);
    ck_assert_int_eq(d.month, 10);
    ck_assert_int_eq(d.day, 0);
    d = parse_one(NULL, NULL, "۱ آذر ۱۳۹۴");
    ck_assert_int_eq(d.calendar, DN_CAL_PERSIAN);
    ck_assert_str_eq(d.locale, "fa");
    d = parse_one(NULL, NULL, "١٠ صفر ١٤٣٧ هـ");
    ck_assert_int_eq(d.calendar, DN_CAL_ISLAMIC_UMALQURA);
    ck_assert_int_eq(d.day, 22);
    /* the variant: the option, or the hint's keyword */
    d = parse_one(NULL, "islamic-civil", "١٠ صفر ١٤٣٧ هـ");
    ck_assert_int_eq(d.calendar, DN_CAL_ISLAMIC_CIVIL);
    ck_assert_int_eq(d.day, 23);
    d = parse_one("ar-SA-u-ca-islamic", NULL, "١٠ صفر ١٤٣٧ هـ");
    ck_assert_int_eq(d.calendar, DN_CAL_ISLAMIC);
    ck_assert_int_eq(d.day, 21);
    /* Thai: the era name, or a year only the Buddhist era fits */
    d = parse_one(NULL, NULL, "22 พฤศจิกายน 2558");
    ck_assert_int_eq(d.calendar, DN_CAL_BUDDHIST);
    ck_assert_int_eq(d.year, 2015);
    ck_assert_uint_eq(d.flags & DN_FLAG_CALENDAR_AMBIGUOUS, 0);
    /* no context: as written, flagged, the Buddhist reading beside it */
    d = parse_one(NULL, NULL, "22/11/2558");
    ck_assert_int_eq(d.calendar, DN_CAL_GREGORIAN);
    ck_assert_int_eq(d.year, 2558);
    ck_assert_uint_eq(d.flags & DN_FLAG_CALENDAR_AMBIGUOUS, DN_FLAG_CALENDAR_AMBIGUOUS);
    ck_assert_int_eq(d.alt_year, 2015);
    ck_assert_int_eq(d.alt_month, 11);
    ck_assert_int_eq(d.alt_day, 22);
    /* the calendar option reads numbers the text leaves open */
    d = parse_one(NULL, "buddhist", "22/11/2558");
    ck_assert_int_eq(d.calendar, DN_CAL_BUDDHIST);
    ck_assert_int_eq(d.year, 2015);
    d = parse_one(NULL, "persian", "1394/9/1");
    ck_assert_int_eq(d.calendar, DN_CAL_PERSIAN);
    ck_assert_int_eq(d.year, 2015);
    ck_assert_int_eq(d.month, 11);
    ck_assert_int_eq(d.day, 22);
    /* a Gregorian date stays Gregorian under any calendar */
    d = parse_one(NULL, "persian", "22 Nov 2015");
    ck_assert_int_eq(d.calendar, DN_CAL_GREGORIAN);
    ck_assert_int_eq(d.year, 2015);
}
END_TEST

START_TEST(test_calendar_names)
{
    for (int c = 0; c < DN_CAL_COUNT; c++)
        ck_assert_int_eq(dn_calendar_from_name(dn_calendar_name(c)), c);
    ck_assert_ptr_null(dn_calendar_name(DN_CAL_COUNT));
    ck_assert_ptr_null(dn_calendar_name(-1));
    ck_assert_int_eq(dn_calendar_from_name("chinese"), -1);
    ck_assert_int_eq(dn_calendar_from_name(NULL), -1);
    dn_options o = {0};
    o.calendar = "julian";
    dn_parser *p = NULL;
    dn_error err;
    ck_assert_int_eq(dn_parser_new(&o, &p, &err), DN_ERR_ARG);
    ck_assert_ptr_null(p);
    ck_assert_str_eq(err.message, "unknown calendar 'julian'");
}
END_TEST

/* A page that mixes a Gregorian and non-Gregorian dates: each found, with its span and
   calendar. */
START_TEST(test_calendar_search)
{
    const char *page =
        "Posted 22 Nov 2015 by admin.\n"
        "اخبار ۱ آذر ۱۳۹۴ — تهران\n"
        "更新日：令和5年10月3日（火）\n"
        "الأحد، ١٠ صفر ١٤٣٧ هـ\n"
        "Version 2.0.1, 1,234 views\n";
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date out[8];
    size_t n = dn_search(p, page, strlen(page), &ctx, out, 8);
    ck_assert_uint_eq(n, 4);
    static const struct {
        int y, m, d, cal;
        const char *text;
    } want[] = {
        { 2015, 11, 22, DN_CAL_GREGORIAN, "22 Nov 2015" },
        { 2015, 11, 22, DN_CAL_PERSIAN, "۱ آذر ۱۳۹۴" },
        { 2023, 10, 3, DN_CAL_JAPANESE, "令和5年10月3日（火" },
        { 2015, 11, 22, DN_CAL_ISLAMIC_UMALQURA, "الأحد، ١٠ صفر ١٤٣٧ هـ" },
    };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(out[i].year, want[i].y);
        ck_assert_int_eq(out[i].month, want[i].m);
        ck_assert_int_eq(out[i].day, want[i].d);
        ck_assert_int_eq(out[i].calendar, want[i].cal);
        size_t len = strlen(want[i].text);
        ck_assert_msg(out[i].end - out[i].start == len &&
                          memcmp(page + out[i].start, want[i].text, len) == 0,
                      "date %zu spans \"%.*s\"", i, (int)(out[i].end - out[i].start),
                      page + out[i].start);
    }
    dn_parser_free(p);
}
END_TEST

Suite *calendar_suite(void)
{
    Suite *s = suite_create("calendar");
    TCase *tc = tcase_create("roundtrip");
    tcase_set_timeout(tc, 600); /* the exhaustive walk; the sample one takes well under 1 s */
    tcase_add_test(tc, test_calendar_roundtrip);
    suite_add_tcase(s, tc);
    tc = tcase_create("api");
    tcase_add_test(tc, test_calendar_fields);
    tcase_add_test(tc, test_calendar_names);
    tcase_add_test(tc, test_calendar_search);
    suite_add_tcase(s, tc);
    return s;
}
