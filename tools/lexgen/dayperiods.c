/*
 * dayperiods.c: CLDR's day periods (issue 8), read from ICU by formatting: "du matin", "de
 * l'après-midi", "nachmittags", "in the evening", "de la madrugada", "凌晨", "éjjel", "este",
 * "noon", "midnight", each with the hours it covers in its locale.
 *
 * ICU has no C API for the day-period rules (dayPeriods.txt) nor for the names of flexible
 * day periods, but its formatter applies both: a pattern of "B" (flexible day period) prints
 * the name of the period an instant falls in, and "b" the names of noon and midnight at
 * 12:00 and 00:00. So each locale formats every half hour of a day (in UTC) with "BBBB"
 * (wide) and "B" (abbreviated), format context, and each name gets the set
 * of hours whose half past it names ("de l'après-midi": 12..17 in fr; "at night": 21..5 in
 * en). A name printed at 12:00 or 00:00 by "b"/"bbbb" but not at half past is a point period:
 * noon (hour 12 alone) or midnight (hour 0 alone).
 *
 * What a name means to a 12-hour clock is then the library's (lib/clock.c): of h and h + 12
 * the hour the period covers ("3 de la tarde": 15; "3 du matin": the nearer, 3).
 *
 * Skipped: a name that is also the locale's AM or PM, or covers exactly the hours of one
 * (locales without day periods print those for "B": they are DNP_K_AMPM, here or in
 * another locale), a name of one letter and the narrow forms ("n" for noon, "a" in en_AU:
 * words of every text), a name with digits. Stand-alone names ("matin", "après-midi") are
 * not read: dates carry the format forms.
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/ustring.h>

/* The hour masks met so far: a meaning's value is an index in this table. */
static uint32_t masks[256];
static int nmasks;

int mask_index(uint32_t mask)
{
    for (int i = 0; i < nmasks; i++)
        if (masks[i] == mask)
            return i;
    if (nmasks == 256)
        die("more than 256 distinct day periods");
    masks[nmasks] = mask;
    return nmasks++;
}

/* The name an instant of the day (seconds since midnight, UTC) gets with pattern pat. */
static char *format_at(UDateFormat *df, int secs)
{
    UChar u[128];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = udat_format(df, (UDate)secs * 1000.0, u, 128, NULL, &st);
    if (U_FAILURE(st) || n <= 0 || n >= 128)
        return xstrdup("");
    return to_utf8(u, n);
}

static UDateFormat *open_pattern(const char *loc, const char *pattern)
{
    UChar pat[16], zone[4];
    u_uastrcpy(pat, pattern);
    u_uastrcpy(zone, "UTC");
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, zone, -1, pat, -1, &st);
    if (U_FAILURE(st)) {
        if (df)
            udat_close(df);
        return NULL;
    }
    return df;
}

static bool is_ampm(const symbols *sy, const char *s)
{
    for (int i = 0; i < sy->n[S_AMPM] && i < 2; i++)
        if (strcmp(sy->name[S_AMPM][i], s) == 0)
            return true;
    return false;
}

static bool has_digit(const char *s)
{
    for (; *s; s++)
        if (*s >= '0' && *s <= '9')
            return true;
    return false;
}

typedef struct {
    char *name;
    uint32_t mask;
    int flags;
} period_name;

/* Adds s with hour h (once a name and flags), keeping the names of one locale in np[]. */
static void note(period_name *np, int *n, char *s, int h, int flags)
{
    for (int i = 0; i < *n; i++)
        if (strcmp(np[i].name, s) == 0) {
            np[i].mask |= 1u << h;
            np[i].flags &= flags; /* a wide form somewhere: not abbreviated */
            free(s);
            return;
        }
    np[*n] = (period_name){ s, 1u << h, flags };
    (*n)++;
}

void read_day_periods(const locale_rec *lr, const symbols *sy)
{
    static const struct { const char *flexible, *fixed; int flags; } widths[] = {
        { "BBBB", "bbbb", 0 }, { "B", "b", DNP_MF_ABBR },
    };
    char loc[ULOC_FULLNAME_CAPACITY + 32];
    snprintf(loc, sizeof loc, "%s@calendar=gregorian", lr->name);
    period_name np[3 * 24 + 6];
    int n = 0;
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        UDateFormat *flex = open_pattern(loc, widths[w].flexible);
        UDateFormat *fixed = open_pattern(loc, widths[w].fixed);
        if (!flex || !fixed)
            die("udat_open(%s, %s): cannot format day periods", loc, widths[w].flexible);
        for (int h = 0; h < 24; h++)
            note(np, &n, format_at(flex, h * 3600 + 1800), h, widths[w].flags);
        /* noon and midnight: a name of 12:00 or 00:00 that half past does not print */
        for (int h = 0; h <= 12; h += 12) {
            char *on = format_at(fixed, h * 3600), *half = format_at(flex, h * 3600 + 1800);
            char *flexon = format_at(flex, h * 3600);
            bool point = strcmp(on, half) != 0 && !is_ampm(sy, on);
            if (point)
                note(np, &n, on, h, widths[w].flags);
            else
                free(on);
            if (strcmp(flexon, half) != 0 && !is_ampm(sy, flexon))
                note(np, &n, flexon, h, widths[w].flags); /* B's own noon ("noon" in en) */
            else
                free(flexon);
            free(half);
        }
        udat_close(flex);
        udat_close(fixed);
    }
    for (int i = 0; i < n; i++) {
        const char *s = np[i].name;
        /* a name that covers an hour and the same hour twelve later says nothing to a
           12-hour clock */
        bool clash = (np[i].mask & (np[i].mask >> 12) & 0xFFFu) != 0;
        bool half = np[i].mask == 0xFFFu || np[i].mask == 0xFFF000u;
        size_t k = 0, len = strlen(s), letters = 0;
        while (k < len)
            letters += dnp_char_class(dnp_utf8_next(s, len, &k)) != DNP_CC_SEP;
        bool one_letter = letters <= 1; /* "m." */
        if (s[0] && !clash && !half && !one_letter && !is_ampm(sy, s) && !has_digit(s)) {
            add_name(s, strlen(s), lr->lang, DNP_K_DAY_PERIOD, mask_index(np[i].mask),
                     np[i].flags);
            /* issue 10: its inflected forms (locales/ suffix day_period: Marathi "सकाळी") */
            add_suffixed(s, strlen(s), lr->lang, DNP_K_DAY_PERIOD, mask_index(np[i].mask),
                         np[i].flags);
            /* and the names locales/ gives it (day_period_like: Marathi "सायं.") */
            add_period_aliases(s, strlen(s), lr->lang, mask_index(np[i].mask), np[i].flags);
            stats.day_periods++;
        }
        free(np[i].name);
    }
}

size_t write_day_periods(void)
{
    printf("const uint32_t dnp_day_periods[] = {\n");
    for (int i = 0; i < nmasks; i++)
        printf("    0x%06X,\n", (unsigned)masks[i]);
    printf("};\nconst uint16_t dnp_nday_periods = %d;\n\n", nmasks);
    return sizeof masks[0] * (size_t)nmasks;
}
