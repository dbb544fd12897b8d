/*
 * Generator of the ICU round trip (see roundtrip-gen.h): ICU formats, datenorm parses.
 * ICU is used here exactly as a user's program would use it, with the locale's own default
 * numbering system and patterns, so the text holds whatever ICU writes (U+202F, U+00A0,
 * RLM/ALM marks, non-Latin digits). Nothing is cleaned before parsing.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "roundtrip-gen.h"

/* The reference instant the tests pin: 2026-11-26T12:00:00Z. */
#define RT_NOW 1795694400

/* Days >12 and <=12 both, a leap day, years on either side of 2000. */
static const struct {
    int y, m, d;
} rt_dates[] = { { 2015, 11, 22 }, { 1999, 1, 5 }, { 2024, 2, 29 }, { 2031, 7, 13 } };

typedef struct {
    const char *name;
    int group;
    UDateFormatStyle style; /* UDAT_PATTERN when a skeleton */
    const char *skeleton;
    int has_day;
} rt_form;

static const rt_form rt_forms[] = {
    { "FULL", RT_NOHINT, UDAT_FULL, NULL, 1 },
    { "LONG", RT_NOHINT, UDAT_LONG, NULL, 1 },
    { "MEDIUM", RT_NOHINT, UDAT_MEDIUM, NULL, 1 },
    { "yMMMd", RT_NOHINT, UDAT_PATTERN, "yMMMd", 1 },
    { "yMMMEd", RT_NOHINT, UDAT_PATTERN, "yMMMEd", 1 },
    { "yMMMMd", RT_NOHINT, UDAT_PATTERN, "yMMMMd", 1 },
    { "yMMMMEEEEd", RT_NOHINT, UDAT_PATTERN, "yMMMMEEEEd", 1 },
    { "yMMMM", RT_NOHINT, UDAT_PATTERN, "yMMMM", 0 },
    { "yMMM", RT_NOHINT, UDAT_PATTERN, "yMMM", 0 },
    { "SHORT", RT_HINTED, UDAT_SHORT, NULL, 1 },
    { "yMd", RT_HINTED, UDAT_PATTERN, "yMd", 1 },
};

static int is_gregorian(const char *loc)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(NULL, 0, loc, UCAL_DEFAULT, &st);
    if (U_FAILURE(st))
        return 0;
    const char *type = ucal_getType(cal, &st);
    int ok = U_SUCCESS(st) && strcmp(type, "gregorian") == 0;
    ucal_close(cal);
    return ok;
}

/* Opens the formatter of one form for one locale, in UTC; NULL when ICU cannot. A skeleton's
   pattern comes from the locale's pattern generator g (opened once per locale: it is the
   walk's most expensive ICU object). */
static const UChar utc[] = { 'U', 'T', 'C', 0 };

static UDateFormat *open_form(const rt_form *f, const char *loc, UDateTimePatternGenerator *g)
{
    UErrorCode st = U_ZERO_ERROR;
    if (f->skeleton == NULL) {
        UDateFormat *df = udat_open(UDAT_NONE, f->style, loc, utc, -1, NULL, 0, &st);
        return U_SUCCESS(st) ? df : NULL;
    }
    UChar skel[32], pat[128];
    u_uastrcpy(skel, f->skeleton);
    if (g == NULL)
        return NULL;
    int32_t n = udatpg_getBestPattern(g, skel, -1, pat, 128, &st);
    if (U_FAILURE(st) || n >= 128)
        return NULL;
    UDateFormat *df = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, utc, -1, pat, n, &st);
    return U_SUCCESS(st) ? df : NULL;
}

int rt_run(const dn_parser *nohint, rt_callback cb, void *arg)
{
    dn_context ctx = { RT_NOW, 0 };
    int nloc = uloc_countAvailable(), visited = 0;
    /* the dates at 12:00 UTC, as ICU's instants (computed once) */
    UDate when[sizeof rt_dates / sizeof rt_dates[0]];
    for (size_t di = 0; di < sizeof rt_dates / sizeof rt_dates[0]; di++) {
        UErrorCode st = U_ZERO_ERROR;
        UCalendar *cal = ucal_open(utc, -1, "en", UCAL_GREGORIAN, &st);
        ucal_setDateTime(cal, rt_dates[di].y, rt_dates[di].m - 1, rt_dates[di].d, 12, 0, 0, &st);
        when[di] = ucal_getMillis(cal, &st);
        ucal_close(cal);
        if (U_FAILURE(st))
            return DN_ERR_ICU;
    }
    for (int li = 0; li < nloc; li++) {
        const char *loc = uloc_getAvailable(li);
        if (!is_gregorian(loc))
            continue;
        visited++;
        dn_parser *hinted = NULL;
        dn_options o;
        memset(&o, 0, sizeof o);
        o.locales = loc;
        int hst = dn_parser_new(&o, &hinted, NULL);
        UErrorCode gst = U_ZERO_ERROR;
        UDateTimePatternGenerator *g = udatpg_open(loc, &gst);
        if (U_FAILURE(gst))
            g = NULL;
        for (size_t fi = 0; fi < sizeof rt_forms / sizeof rt_forms[0]; fi++) {
            const rt_form *f = &rt_forms[fi];
            UDateFormat *df = open_form(f, loc, g);
            if (df == NULL) {
                udatpg_close(g);
                dn_parser_free(hinted);
                return DN_ERR_ICU;
            }
            for (size_t di = 0; di < sizeof rt_dates / sizeof rt_dates[0]; di++) {
                UErrorCode st = U_ZERO_ERROR;
                UChar u[256];
                char text[768], expected[16], got[DN_FORMAT_MAX] = "";
                int32_t n = udat_format(df, when[di], u, 256, NULL, &st);
                u_strToUTF8(text, sizeof text, NULL, u, n, &st);
                if (U_FAILURE(st)) {
                    udat_close(df);
                    udatpg_close(g);
                    dn_parser_free(hinted);
                    return DN_ERR_ICU;
                }
                if (f->has_day)
                    snprintf(expected, sizeof expected, "%04d-%02d-%02d", rt_dates[di].y,
                             rt_dates[di].m, rt_dates[di].d);
                else
                    snprintf(expected, sizeof expected, "%04d-%02d", rt_dates[di].y, rt_dates[di].m);
                const dn_parser *p = f->group == RT_HINTED ? hinted : nohint;
                dn_date d;
                int rc = p != NULL ? dn_parse(p, text, strlen(text), &ctx, &d) : hst;
                if (rc == 1 && dn_format(&d, DN_STYLE_DATE, got, sizeof got) < 0)
                    got[0] = '\0';
                rt_item it = { f->group, f->name, loc, text, expected, got, rc,
                               strcmp(got, expected) == 0 };
                cb(&it, arg);
            }
            udat_close(df);
        }
        udatpg_close(g);
        dn_parser_free(hinted);
    }
    return visited;
}
