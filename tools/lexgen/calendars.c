/*
 * calendars.c: what lexgen reads from ICU about the calendars other than the Gregorian
 * (issue 11), once at build time, so that the library converts without calling ICU:
 * - the eras each calendar uses between 1800 and 2200 (dnp_cal_eras): the Buddhist era
 *   (พ.ศ. 2558 = 2015), the Japanese eras from Meiji on (平成27年 = 2015; ICU's 236 older
 *   eras are left out: dates before 1873 were written in the old lunisolar calendar), the
 *   Minguo and pre-Minguo eras (民國104年 = 2015), and the one era the other calendars use
 *   (AH, AP, AM, Saka...); for the calendars with Gregorian months, the Gregorian year of
 *   each era's year 1 and its direction; for the Japanese eras, their first day;
 * - for the calendars whose months are their own (persian, the Hijri variants, hebrew,
 *   coptic, ethiopic, indian), the first day and month lengths of every year that overlaps
 *   1800..2200 (dnp_cal_years): ICU's answers, leap months and Umm al-Qura's tables included;
 * - per locale, in each calendar: the month names (format and stand-alone, wide and
 *   abbreviated; Hebrew's "Adar II" of leap years too), with a literal glued before the month
 *   in the locale's LONG pattern ("בכסלו" from "d בMMMM y"), as DNP_K_CAL_MONTH; the era
 *   names (abbreviated and wide) as DNP_K_CAL_ERA; and the word a locale writes for an era's
 *   first year when its patterns spell it (Japanese 元 in 令和元年), as DNP_CAL_FIRST_YEAR.
 *
 * Not done here: the Chinese and Dangi calendars (cyclic years and leap months: not read),
 * the years of a calendar written in letters (Hebrew תשע״ו), deciding anything at run time
 * (lib/calendar.c).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

/* The range the tables cover (Gregorian years), and the first year of the Japanese walk
   (Japan adopted the Gregorian calendar on Meiji 6-01-01, 1873-01-01). */
#define CAL_FIRST_GREG 1800
#define CAL_LAST_GREG 2200
#define JAPANESE_FIRST_GREG 1873

static dnp_cal_era eras[64];
static int neras;
static dnp_cal_span spans[DN_CAL_COUNT];
static int nspans;
static dnp_cal_year *years;
static size_t nyears;

static const UChar utc[] = { 'U', 'T', 'C', 0 };

static UCalendar *open_cal(int cal)
{
    char loc[64];
    snprintf(loc, sizeof loc, "root@calendar=%s", dnp_cal_names[cal]);
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *c = ucal_open(utc, -1, loc, UCAL_DEFAULT, &st);
    if (U_FAILURE(st))
        die("ucal_open(%s): %s", loc, u_errorName(st));
    const char *type = ucal_getType(c, &st);
    if (U_FAILURE(st) || strcmp(type, dnp_cal_names[cal]) != 0)
        die("ICU has no calendar '%s' (got %s)", dnp_cal_names[cal], type ? type : "none");
    return c;
}

static UDate day_millis(int64_t days)
{
    return (UDate)days * 86400000.0 + 43200000.0; /* noon: no edge of a day */
}

static int64_t millis_day(UDate ms)
{
    double d = ms / 86400000.0;
    int64_t z = (int64_t)d;
    return (double)z > d ? z - 1 : z;
}

static int field(UCalendar *c, UCalendarDateFields f)
{
    UErrorCode st = U_ZERO_ERROR;
    int v = ucal_get(c, f, &st);
    if (U_FAILURE(st))
        die("ucal_get: %s", u_errorName(st));
    return v;
}

/* The Gregorian year of era `era`'s year y in calendar c. */
static int greg_year_of(UCalendar *c, int era, int y)
{
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(c);
    ucal_set(c, UCAL_ERA, era);
    ucal_set(c, UCAL_YEAR, y);
    ucal_set(c, UCAL_MONTH, 6);
    ucal_set(c, UCAL_DATE, 15);
    UDate ms = ucal_getMillis(c, &st);
    if (U_FAILURE(st))
        die("ucal_getMillis: %s", u_errorName(st));
    int gy, gm, gd;
    dnp_civil_from_days(millis_day(ms), &gy, &gm, &gd);
    return gy;
}

static void add_era(int cal, int era, int64_t start)
{
    if (neras == (int)(sizeof eras / sizeof eras[0]))
        die("too many eras");
    dnp_cal_era *e = &eras[neras++];
    *e = (dnp_cal_era){ .cal = (uint8_t)cal, .dir = 1, .era = (int16_t)era,
                        .start_days = (int32_t)start };
    if (dnp_cal_family(cal) == DN_CAL_GREGORIAN) {
        UCalendar *c = open_cal(cal);
        /* year 1 of an era that starts mid-year is its first Gregorian year: ask in July
           of a later year and count back */
        int y5 = greg_year_of(c, era, 5), y6 = greg_year_of(c, era, 6);
        e->dir = y6 > y5;
        e->first_year = e->dir ? y5 - 4 : y5 + 4;
        ucal_close(c);
    }
}

/* The eras of calendar cal in use from `from` to CAL_LAST_GREG, with the first day of each
   (INT32_MIN for the era in use at `from`, whose start is not looked for). Walks by four
   weeks and finds each change to the day (no era lasts less). */
static void read_eras(int cal, int from)
{
    UCalendar *c = open_cal(cal);
    int64_t d = dnp_days_from_civil(from, 1, 1), last = dnp_days_from_civil(CAL_LAST_GREG, 12, 31);
    UErrorCode st = U_ZERO_ERROR;
    ucal_setMillis(c, day_millis(d), &st);
    int era = field(c, UCAL_ERA);
    add_era(cal, era, INT32_MIN);
    for (d += 28; d <= last; d += 28) {
        ucal_setMillis(c, day_millis(d), &st);
        int e = field(c, UCAL_ERA);
        if (e == era)
            continue;
        int64_t first = d;
        for (int64_t b = d - 1; b > d - 28; b--) {
            ucal_setMillis(c, day_millis(b), &st);
            if (field(c, UCAL_ERA) != e)
                break;
            first = b;
        }
        add_era(cal, e, first);
        era = e;
    }
    if (U_FAILURE(st))
        die("ucal_setMillis: %s", u_errorName(st));
    ucal_close(c);
}

/* The years of calendar cal that overlap CAL_FIRST_GREG..CAL_LAST_GREG: first day and the
   length of each month (0 for a month the year lacks: Hebrew Adar I outside leap years). */
static void read_years(int cal)
{
    UCalendar *c = open_cal(cal);
    UErrorCode st = U_ZERO_ERROR;
    ucal_setMillis(c, day_millis(dnp_days_from_civil(CAL_FIRST_GREG, 1, 1)), &st);
    int y0 = field(c, UCAL_EXTENDED_YEAR);
    ucal_setMillis(c, day_millis(dnp_days_from_civil(CAL_LAST_GREG, 12, 31)), &st);
    int y1 = field(c, UCAL_EXTENDED_YEAR);
    if (U_FAILURE(st) || y1 < y0)
        die("calendar %s: no years", dnp_cal_names[cal]);
    spans[nspans++] = (dnp_cal_span){ (uint8_t)cal, y0, (uint32_t)(y1 - y0 + 1),
                                      (uint32_t)nyears };
    years = xrealloc(years, (nyears + (size_t)(y1 - y0 + 1)) * sizeof *years);
    /* each month's first day; a month's length is the distance to the next month's (ICU's
       getLimit would clone the calendar per call) */
    for (int y = y0; y <= y1; y++) {
        dnp_cal_year *yr = &years[nyears++];
        memset(yr, 0, sizeof *yr);
        int64_t start[14];
        bool exists[14];
        for (int m = 0; m < 14; m++) {
            ucal_clear(c);
            ucal_set(c, UCAL_EXTENDED_YEAR, m < 13 ? y : y + 1);
            ucal_set(c, UCAL_MONTH, m < 13 ? m : 0);
            ucal_set(c, UCAL_DATE, 1);
            UDate ms = ucal_getMillis(c, &st);
            if (U_FAILURE(st))
                die("calendar %s year %d: %s", dnp_cal_names[cal], y, u_errorName(st));
            start[m] = millis_day(ms);
            /* no such month this year: ICU moved to another */
            exists[m] = m == 13 || (field(c, UCAL_MONTH) == m && field(c, UCAL_EXTENDED_YEAR) == y);
        }
        yr->start = (int32_t)start[0];
        for (int m = 0; m < 13; m++) {
            if (!exists[m])
                continue;
            int next = m + 1;
            while (next < 13 && !exists[next])
                next++;
            int64_t len = start[next] - start[m];
            if (len < 1 || len > 31)
                die("calendar %s year %d month %d: length %lld", dnp_cal_names[cal], y, m,
                    (long long)len);
            yr->len[m] = (uint8_t)len;
        }
    }
    ucal_close(c);
}

/* The era table index of (cal, era), or -1. */
static int era_index(int cal, int era)
{
    for (int i = 0; i < neras; i++)
        if (eras[i].cal == cal && eras[i].era == era)
            return i;
    return -1;
}

/* The literals glued to the month field of a pattern: "ב" before it in "d בMMMM y", "ی"
   after it in ckb's "dی MMMMی y G"; into pre and post as UTF-8 (empty when none). */
static bool glue_char(UChar c)
{
    return c != ' ' && c != '\'' && c != 0xA0 && c != 0x202F && c != ',' && c != '.' &&
           c != '/' && c != '-' && !(c >= '0' && c <= '9') &&
           !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

static void glued_affixes(const UChar *pat, int32_t n, char *pre, char *post, size_t cap)
{
    pre[0] = post[0] = '\0';
    for (int32_t i = 0; i + 2 < n; i++) {
        if (pat[i] != 'M' || pat[i + 1] != 'M' || pat[i + 2] != 'M' || (i > 0 && pat[i - 1] == 'M'))
            continue;
        int32_t a = i, e = i;
        while (e < n && pat[e] == 'M')
            e++;
        int32_t b = e;
        while (a > 0 && glue_char(pat[a - 1]))
            a--;
        while (b < n && glue_char(pat[b]))
            b++;
        if (a < i) {
            char *s = to_utf8(pat + a, i - a);
            snprintf(pre, cap, "%s", s);
            free(s);
        }
        if (b > e) {
            char *s = to_utf8(pat + e, b - e);
            snprintf(post, cap, "%s", s);
            free(s);
        }
        return;
    }
}

/* Whether a locale's symbol is root's own (the locale has no name of its own: ICU fell back
   to root's "Muharram", "AH", "AM"). Such names are kept for English only: a name in two
   hundred languages that none of them wrote would slow every look-up of "am" and say
   nothing about the language. */
static bool is_root_symbol(int cal, UDateFormatSymbolType type, int32_t index, const UChar *u,
                           int32_t len, int lang)
{
    static UDateFormat *root[DN_CAL_COUNT];
    static int en = -2;
    if (en == -2)
        en = lang_index("en");
    if (lang == en)
        return false;
    if (!root[cal]) {
        char loc[64];
        snprintf(loc, sizeof loc, "root@calendar=%s", dnp_cal_names[cal]);
        UErrorCode st = U_ZERO_ERROR;
        root[cal] = udat_open(UDAT_NONE, UDAT_LONG, loc, utc, -1, NULL, 0, &st);
        if (U_FAILURE(st))
            die("udat_open(%s): %s", loc, u_errorName(st));
    }
    UChar r[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = udat_getSymbols(root[cal], type, index, r, 256, &st);
    return U_SUCCESS(st) && n == len && u_strncmp(r, u, len) == 0;
}

static void add_months(UDateFormat *df, int cal, int lang, const char *pre, const char *post)
{
    static const struct {
        UDateFormatSymbolType type;
        uint8_t flags;
    } lists[] = {
        { UDAT_MONTHS, 0 },
        { UDAT_SHORT_MONTHS, DNP_MF_ABBR },
        { UDAT_STANDALONE_MONTHS, DNP_MF_STANDALONE },
        { UDAT_STANDALONE_SHORT_MONTHS, DNP_MF_STANDALONE | DNP_MF_ABBR },
    };
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        int32_t cnt = udat_countSymbols(df, lists[k].type);
        for (int32_t i = 0; i < cnt && i < 14; i++) {
            UChar u[256];
            UErrorCode st = U_ZERO_ERROR;
            int32_t len = udat_getSymbols(df, lists[k].type, i, u, 256, &st);
            if (U_FAILURE(st) || len < 2 || len > 200 ||
                is_root_symbol(cal, lists[k].type, i, u, len, lang))
                continue;
            /* a Latin name of two letters ("Av", "Ab") is an ordinary word too often to
               settle a calendar alone: risky (read under the calendar's hint or option);
               Persian دی (Dey) is a month name and nothing else */
            /* issue 10: so is a name of one syllable of an abugida, a letter and its vowel
               sign (Nepali "मा", the Indian calendar's Magha abbreviated, is "in": "सन्
               २००४ मा" is in 2004) */
            bool syllable = len == 2 && (u_charType(u[1]) == U_NON_SPACING_MARK ||
                                         u_charType(u[1]) == U_COMBINING_SPACING_MARK);
            uint8_t risky =
                len == 2 && ((u[0] < 0x250 && u[1] < 0x250) || syllable) ? DNP_MF_RISKY : 0;
            /* Katakana spellings of foreign months (ja's アダル) are left out: nobody dates
               a page so, and their voiced marks fold apart from their prefixes */
            bool kana = false;
            for (int32_t q = 0; q < len; q++)
                kana |= u[q] >= 0x30A0 && u[q] <= 0x30FF;
            if (kana)
                continue;
            /* Hebrew's 14th name is Adar II, month 7 of a leap year */
            int month = i < 13 ? i + 1 : 7;
            char *s = to_utf8(u, len);
            add_name(s, strlen(s), lang, DNP_K_CAL_MONTH, DNP_CALM_MAKE(cal, month),
                     lists[k].flags | risky);
            /* the format forms, wide and abbreviated (he yMMMd: "6 בסיון 5710") */
            if ((pre[0] || post[0]) && !(lists[k].flags & DNP_MF_STANDALONE)) {
                char buf[512];
                snprintf(buf, sizeof buf, "%s%s%s", pre, s, post);
                add_name(buf, strlen(buf), lang, DNP_K_CAL_MONTH, DNP_CALM_MAKE(cal, month),
                         lists[k].flags);
            }
            free(s);
        }
    }
}

static void add_eras(UDateFormat *df, int cal, int lang)
{
    static const UDateFormatSymbolType lists[] = { UDAT_ERAS, UDAT_ERA_NAMES };
    for (int i = 0; i < neras; i++) {
        if (eras[i].cal != cal)
            continue;
        for (size_t k = 0; k < 2; k++) {
            UChar u[256];
            UErrorCode st = U_ZERO_ERROR;
            int32_t len = udat_getSymbols(df, lists[k], eras[i].era, u, 256, &st);
            if (U_FAILURE(st) || len <= 0 || len > 200 ||
                is_root_symbol(cal, lists[k], eras[i].era, u, len, lang))
                continue;
            char *s = to_utf8(u, len);
            add_name(s, strlen(s), lang, DNP_K_CAL_ERA, i, k == 0 ? DNP_MF_ABBR : 0);
            free(s);
        }
    }
}

/* The narrow Japanese eras, which ICU 72's symbols API does not list: SHORT writes H27/11/22.
   Each era's narrow name (pattern GGGGG) at a day inside it; one letter, so risky (read
   under a Japanese calendar hint only). */
static void add_narrow_eras(const char *loc, int lang)
{
    UChar pat[] = { 'G', 'G', 'G', 'G', 'G', 0 };
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, utc, -1, pat, -1, &st);
    if (U_FAILURE(st))
        return;
    for (int i = 0; i < neras; i++) {
        if (eras[i].cal != DN_CAL_JAPANESE)
            continue;
        int64_t day = eras[i].start_days == INT32_MIN ? dnp_days_from_civil(1900, 1, 1)
                                                      : eras[i].start_days + 1;
        UChar u[64];
        st = U_ZERO_ERROR;
        int32_t n = udat_format(df, day_millis(day), u, 64, NULL, &st);
        if (U_FAILURE(st) || n <= 0 || n >= 64)
            continue;
        char *s = to_utf8(u, n);
        add_name(s, strlen(s), lang, DNP_K_CAL_ERA, i, DNP_MF_ABBR | DNP_MF_RISKY);
        free(s);
    }
    udat_close(df);
}

/* The word a locale's LONG pattern writes for an era's first year (ja: 令和元年): formats
   the first and the second year of the latest era and keeps what differs, when it holds no
   digit. */
static bool add_first_year(UDateFormat *df, int cal, int lang)
{
    int last = -1;
    for (int i = 0; i < neras; i++)
        if (eras[i].cal == cal && eras[i].start_days != INT32_MIN)
            last = i;
    if (last < 0)
        return false;
    UChar a[256], b[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t na = udat_format(df, day_millis(eras[last].start_days + 40), a, 256, NULL, &st);
    int32_t nb = udat_format(df, day_millis(eras[last].start_days + 40 + 366), b, 256, NULL, &st);
    if (U_FAILURE(st) || na <= 0 || nb <= 0)
        return false;
    int32_t p = 0;
    while (p < na && p < nb && a[p] == b[p])
        p++;
    int32_t ea = na, eb = nb;
    while (ea > p && eb > p && a[ea - 1] == b[eb - 1])
        ea--, eb--;
    /* the second year differs by its year digits only: "2"; the first by its word */
    if (ea <= p || eb - p != 1 || u_charDigitValue(b[p]) != 2)
        return false;
    for (int32_t i = p; i < ea; i++)
        if (u_isdigit(a[i]))
            return false;
    char *s = to_utf8(a + p, ea - p);
    add_name(s, strlen(s), lang, DNP_K_CAL_ERA, DNP_CAL_FIRST_YEAR, 0);
    free(s);
    return true;
}

/* Numbers a locale writes in letters in calendar cal (he: Hebrew numerals, י׳ בכסלו תשע״ו):
   the days 1..30 and the years 5600..5999 as its "d" and "y" patterns write them, when they
   hold no digit, as DNP_CALM_NUMERAL words (the parser reads the letters' values). */
static void add_numerals(UDateFormat *longfmt, const char *loc, int cal, int lang)
{
    UChar pd[] = { 'd', 0 }, py[] = { 'y', 0 }, u[64];
    /* only a locale whose LONG date holds no digit: its patterns override the numbering with
       CLDR's "hebr" (he: "d בMMMM y" with d=hebr;y=hebr), which a bare "d" does not carry */
    UErrorCode st = U_ZERO_ERROR;
    int32_t n0 = udat_format(longfmt, 1448193600000.0, u, 64, NULL, &st);
    if (U_FAILURE(st) || n0 <= 0 || n0 >= 64)
        return;
    for (int32_t q = 0; q < n0; q++)
        if (u_isdigit(u[q]))
            return;
    char nloc[ULOC_FULLNAME_CAPACITY + 64];
    snprintf(nloc, sizeof nloc, "%s;numbers=hebr", loc);
    UDateFormat *dd = udat_open(UDAT_PATTERN, UDAT_PATTERN, nloc, utc, -1, pd, -1, &st);
    UDateFormat *dy = udat_open(UDAT_PATTERN, UDAT_PATTERN, nloc, utc, -1, py, -1, &st);
    UCalendar *c = open_cal(cal);
    if (U_FAILURE(st))
        goto done;
    for (int k = 0; k < 30 + 400; k++) {
        ucal_clear(c);
        ucal_set(c, UCAL_EXTENDED_YEAR, k < 30 ? 5776 : 5600 + (k - 30));
        ucal_set(c, UCAL_MONTH, 0);
        ucal_set(c, UCAL_DATE, k < 30 ? k + 1 : 1);
        st = U_ZERO_ERROR;
        UDate t = ucal_getMillis(c, &st);
        int32_t n = udat_format(k < 30 ? dd : dy, t, u, 64, NULL, &st);
        if (U_FAILURE(st) || n <= 0 || n >= 64)
            continue;
        bool digit = false;
        for (int32_t q = 0; q < n; q++)
            digit |= u_isdigit(u[q]) != 0;
        if (digit) {
            if (k == 0)
                break; /* this locale writes its numbers in digits */
            continue;
        }
        /* a year is written with its thousands first (ה׳תשע״ו); dates leave them out
           (י׳ בכסלו תשע״ו), and so does the key, whose letters are summed at run time */
        int32_t from = 0;
        for (int32_t q = 0; k >= 30 && q + 1 < n; q++)
            if (u[q] == 0x05F3) {
                from = q + 1;
                break;
            }
        char *s = to_utf8(u + from, n - from);
        add_name(s, strlen(s), lang, DNP_K_CAL_MONTH, DNP_CALM_MAKE(cal, DNP_CALM_NUMERAL),
                 DNP_MF_ABBR);
        free(s);
    }
done:
    ucal_close(c);
    udat_close(dd);
    udat_close(dy);
}

/* The numbers 1..99 in the locale's traditional numbering (ja: 二十七), for the locales that
   write an era's first year in a word (元年): era years, months and days in kanji numerals
   (平成二十七年十一月二十二日), as DNP_CALM_NUMERAL words whose value the parser reads. */
static void add_kanji_numerals(const char *name, int lang)
{
    char loc[ULOC_FULLNAME_CAPACITY + 32];
    snprintf(loc, sizeof loc, "%s@numbers=traditional", name);
    UErrorCode st = U_ZERO_ERROR;
    UNumberFormat *nf = unum_open(UNUM_DEFAULT, NULL, 0, loc, NULL, &st);
    if (U_FAILURE(st))
        return;
    for (int v = 1; v <= 99; v++) {
        UChar u[32];
        st = U_ZERO_ERROR;
        int32_t n = unum_format(nf, v, u, 32, NULL, &st);
        if (U_FAILURE(st) || n <= 0 || n >= 32)
            continue;
        bool digit = false;
        for (int32_t q = 0; q < n; q++)
            digit |= u[q] < 0x3000;
        if (digit)
            break; /* digits, not kanji: nothing to add */
        char *s = to_utf8(u, n);
        add_name(s, strlen(s), lang, DNP_K_CAL_MONTH,
                 DNP_CALM_MAKE(DN_CAL_JAPANESE, DNP_CALM_NUMERAL), DNP_MF_ABBR);
        free(s);
    }
    unum_close(nf);
}

static void read_locale_calendars(const locale_rec *lr)
{
    for (int cal = 1; cal < DN_CAL_COUNT; cal++) {
        /* the Hijri variants share islamic's names */
        if (dnp_cal_family(cal) == DN_CAL_ISLAMIC && cal != DN_CAL_ISLAMIC)
            continue;
        char loc[ULOC_FULLNAME_CAPACITY + 48];
        snprintf(loc, sizeof loc, "%s@calendar=%s", lr->name, dnp_cal_names[cal]);
        UErrorCode st = U_ZERO_ERROR;
        UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, loc, utc, -1, NULL, 0, &st);
        if (U_FAILURE(st))
            die("udat_open(%s): %s", loc, u_errorName(st));
        if (dnp_cal_family(cal) != DN_CAL_GREGORIAN) {
            UChar pat[256];
            char pre[64], post[64];
            st = U_ZERO_ERROR;
            int32_t n = udat_toPattern(df, false, pat, 256, &st);
            glued_affixes(pat, U_SUCCESS(st) && n < 256 ? n : 0, pre, post, sizeof pre);
            add_months(df, cal, lr->lang, pre, post);
        }
        add_eras(df, cal, lr->lang);
        if (cal == DN_CAL_HEBREW)
            add_numerals(df, loc, cal, lr->lang);
        if (cal == DN_CAL_JAPANESE) {
            if (add_first_year(df, cal, lr->lang))
                add_kanji_numerals(lr->name, lr->lang);
            add_narrow_eras(loc, lr->lang);
        }
        udat_close(df);
    }
}

/* rangeyear: the era table index of (cal, era) for locales/ cal_era lines, or -1. */
int cal_era_index(int cal, int era)
{
    return era_index(cal, era);
}

/* The eras and years of every calendar (before the supplements: their cal_era lines name
   eras of this table). */
void read_cal_tables(void)
{
    for (int cal = 1; cal < DN_CAL_COUNT; cal++) {
        if (cal == DN_CAL_ISLAMIC_RGSA)
            continue; /* ICU computes it as islamic (lib/calendar.c reads islamic's years) */
        if (dnp_cal_family(cal) == DN_CAL_ISLAMIC && cal != DN_CAL_ISLAMIC) {
            read_years(cal);
            continue; /* one era entry for the Hijri family: the variant is chosen later */
        }
        read_eras(cal, cal == DN_CAL_JAPANESE ? JAPANESE_FIRST_GREG : CAL_FIRST_GREG);
        if (dnp_cal_family(cal) != DN_CAL_GREGORIAN)
            read_years(cal);
    }
    if (era_index(DN_CAL_ROC, 0) < 0 || era_index(DN_CAL_JAPANESE, 235) < 0)
        die("ICU's ROC or Japanese eras are not where they were (no 民國前 or 平成)");
}

void read_calendars(const bool *only)
{
    /* a language's base locale ("fa", "ar") and the locales whose default calendar is not
       Gregorian ("ar_SA", "ckb_IR", "th_TH"): regional locales inherit their base's names of
       other calendars, and the lexicon keeps meanings per language */
    for (int i = 0; i < nlocs; i++)
        if ((!only || only[locs[i].lang]) &&
            (strchr(locs[i].name, '_') == NULL || locs[i].calendar != DN_CAL_GREGORIAN))
            read_locale_calendars(&locs[i]);
}

/* issue 11: the calendar numbers in a script's digits are written in, when there is one: of
   the base locales (a language's own, "fa", not "fa_AF") whose default numbering system
   has those digits, the speakers of those whose default calendar is one other than the
   Gregorian outnumber the others' ("۱۴۰۵/۰۹/۱۲" is Persian: fa, ps, mzn, lrc write those
   digits in the Persian calendar, ks and others in the Gregorian). */
static size_t write_digit_calendars(void)
{
    int32_t zeros[64];
    int nz = 0;
    for (int i = 0; i < nlocs; i++)
        if (locs[i].digit_zero != '0' && !strchr(locs[i].name, '_')) {
            int z = 0;
            while (z < nz && zeros[z] != locs[i].digit_zero)
                z++;
            if (z == nz && nz < 64)
                zeros[nz++] = locs[i].digit_zero;
        }
    printf("const dnp_digit_cal dnp_digit_cals[] = {\n");
    int out = 0;
    for (int z = 0; z < nz; z++) {
        double by_cal[DN_CAL_COUNT + 1] = {0}, greg = 0;
        for (int i = 0; i < nlocs; i++) {
            if (locs[i].digit_zero != zeros[z] || strchr(locs[i].name, '_'))
                continue;
            double sp = langs[locs[i].lang].speakers;
            if (locs[i].calendar && !locs[i].gregorian)
                by_cal[locs[i].calendar] += sp;
            else
                greg += sp;
        }
        int best = 0;
        for (int c = 1; c <= DN_CAL_COUNT; c++)
            if (by_cal[c] > by_cal[best])
                best = c;
        if (best && by_cal[best] > greg) {
            printf("    {0x%X, %d},\n", (unsigned)zeros[z], best);
            out++;
        }
    }
    if (!out)
        printf("    {0, 0},\n");
    printf("};\nconst uint8_t dnp_ndigit_cals = %d;\n\n", out);
    return sizeof(dnp_digit_cal) * (size_t)(out ? out : 1);
}

size_t write_calendars(void)
{
    printf("const dnp_cal_era dnp_cal_eras[] = {\n");
    for (int i = 0; i < neras; i++)
        printf("    {%u, %u, %d, %d, %s%d},\n", eras[i].cal, eras[i].dir, eras[i].era,
               (int)eras[i].first_year, eras[i].start_days == INT32_MIN ? "-2147483647 - " : "",
               eras[i].start_days == INT32_MIN ? 1 : (int)eras[i].start_days);
    printf("};\nconst uint16_t dnp_ncal_eras = %d;\n\n", neras);
    printf("const dnp_cal_span dnp_cal_spans[] = {\n");
    for (int i = 0; i < nspans; i++)
        printf("    {%u, %d, %u, %u},\n", spans[i].cal, (int)spans[i].first_year,
               spans[i].nyears, spans[i].index);
    printf("};\nconst uint8_t dnp_ncal_spans = %d;\n\n", nspans);
    printf("const dnp_cal_year dnp_cal_years[] = {\n");
    for (size_t i = 0; i < nyears; i++) {
        printf("    {%d, {", (int)years[i].start);
        for (int m = 0; m < 13; m++)
            printf("%u%s", years[i].len[m], m < 12 ? "," : "");
        printf("}},\n");
    }
    printf("};\n");
    return sizeof eras[0] * (size_t)neras + sizeof spans[0] * (size_t)nspans +
           sizeof years[0] * nyears + write_digit_calendars();
}
