/*
 * Generator of the CLDR relative round trip (see relrt-gen.h): ICU's ureldatefmt formats,
 * datenorm parses. ICU is used as a user's program would use it, with the locale's own
 * digits and spaces; nothing is cleaned before parsing. The expected values follow the
 * library's documented rules ("Relative expressions"): a counted offset keeps the finer
 * fields of the reference (a day for years to days, a time in UTC for hours to seconds), a
 * named period has its own precision, a weekday last/next is the latest before / first after
 * the reference (CLDR's "上周一", Monday of last week, is accepted as the alternative).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/upluralrules.h>
#include <unicode/ureldatefmt.h>
#include <unicode/ustring.h>

#include "relrt-gen.h"

/* The reference instant the tests pin: 2026-11-26T12:00:00Z, a Thursday. */
#define RR_NOW 1795694400
#define RR_MAX_COUNTS 12

static const UChar utc[] = { 'U', 'T', 'C', 0 };
static const UDateRelativeDateTimeFormatterStyle rr_styles[RR_NWIDTHS] = {
    UDAT_STYLE_LONG, UDAT_STYLE_SHORT, UDAT_STYLE_NARROW
};

/* ---- the seen set: (text, expected) pairs, open addressing ---- */
typedef struct {
    char **slot;
    size_t cap, n;
} seen_set;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Whether key was new (then it is added). -1 when out of memory. */
static int seen_add(seen_set *t, const char *key)
{
    if (2 * (t->n + 1) > t->cap) {
        size_t ncap = t->cap ? 2 * t->cap : 1 << 16;
        char **ns = calloc(ncap, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t i = 0; i < t->cap; i++)
            if (t->slot[i]) {
                size_t j = hash_str(t->slot[i]) & (ncap - 1);
                while (ns[j])
                    j = (j + 1) & (ncap - 1);
                ns[j] = t->slot[i];
            }
        free(t->slot);
        t->slot = ns, t->cap = ncap;
    }
    size_t j = hash_str(key) & (t->cap - 1);
    while (t->slot[j]) {
        if (strcmp(t->slot[j], key) == 0)
            return 0;
        j = (j + 1) & (t->cap - 1);
    }
    t->slot[j] = strdup(key);
    if (!t->slot[j])
        return -1;
    t->n++;
    return 1;
}

static void seen_free(seen_set *t)
{
    for (size_t i = 0; i < t->cap; i++)
        free(t->slot[i]);
    free(t->slot);
}

/* ---- expected values ---- */

/* The reference moved by amount of an ICU calendar field, in UTC. */
static void ref_add(UCalendarDateFields field, int amount, int f[6])
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, "en", UCAL_GREGORIAN, &st);
    ucal_setMillis(cal, (UDate)RR_NOW * 1000.0, &st);
    if (amount)
        ucal_add(cal, field, amount, &st);
    f[0] = ucal_get(cal, UCAL_YEAR, &st), f[1] = ucal_get(cal, UCAL_MONTH, &st) + 1;
    f[2] = ucal_get(cal, UCAL_DATE, &st), f[3] = ucal_get(cal, UCAL_HOUR_OF_DAY, &st);
    f[4] = ucal_get(cal, UCAL_MINUTE, &st), f[5] = ucal_get(cal, UCAL_SECOND, &st);
    ucal_close(cal);
}

static void day_text(int64_t days_from_ref, char *out, size_t cap)
{
    int f[6];
    ref_add(UCAL_DATE, (int)days_from_ref, f);
    snprintf(out, cap, "%04d-%02d-%02d", f[0], f[1], f[2]);
}

/* A counted offset of an ICU unit: the day, or the UTC time for hours to seconds. */
static void counted_text(URelativeDateTimeUnit u, int n, char *out, size_t cap)
{
    static const struct {
        URelativeDateTimeUnit u;
        UCalendarDateFields field;
        int mult, timed;
    } map[] = {
        { UDAT_REL_UNIT_YEAR, UCAL_MONTH, 12, 0 },  { UDAT_REL_UNIT_QUARTER, UCAL_MONTH, 3, 0 },
        { UDAT_REL_UNIT_MONTH, UCAL_MONTH, 1, 0 },  { UDAT_REL_UNIT_WEEK, UCAL_DATE, 7, 0 },
        { UDAT_REL_UNIT_DAY, UCAL_DATE, 1, 0 },     { UDAT_REL_UNIT_HOUR, UCAL_HOUR, 1, 1 },
        { UDAT_REL_UNIT_MINUTE, UCAL_MINUTE, 1, 1 }, { UDAT_REL_UNIT_SECOND, UCAL_SECOND, 1, 1 },
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (map[i].u == u) {
            int f[6];
            ref_add(map[i].field, n * map[i].mult, f);
            if (map[i].timed)
                snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02dZ", f[0], f[1], f[2], f[3], f[4],
                         f[5]);
            else
                snprintf(out, cap, "%04d-%02d-%02d", f[0], f[1], f[2]);
            return;
        }
    out[0] = '\0';
}

/* A named period at offset off: the day, the ISO week, the month or the year. */
static void named_text(URelativeDateTimeUnit u, int off, char *out, size_t cap)
{
    int f[6];
    switch (u) {
    case UDAT_REL_UNIT_DAY:
        day_text(off, out, cap);
        return;
    case UDAT_REL_UNIT_YEAR:
        snprintf(out, cap, "%04d", 2026 + off);
        return;
    case UDAT_REL_UNIT_MONTH:
        ref_add(UCAL_MONTH, off, f);
        snprintf(out, cap, "%04d-%02d", f[0], f[1]);
        return;
    case UDAT_REL_UNIT_WEEK: {
        UErrorCode st = U_ZERO_ERROR;
        UCalendar *cal = ucal_open(utc, -1, "en", UCAL_GREGORIAN, &st);
        ucal_setAttribute(cal, UCAL_FIRST_DAY_OF_WEEK, UCAL_MONDAY);
        ucal_setAttribute(cal, UCAL_MINIMAL_DAYS_IN_FIRST_WEEK, 4);
        ucal_setMillis(cal, (UDate)RR_NOW * 1000.0, &st);
        ucal_add(cal, UCAL_DATE, 7 * off, &st);
        snprintf(out, cap, "%04d-W%02d", ucal_get(cal, UCAL_YEAR_WOY, &st),
                 ucal_get(cal, UCAL_WEEK_OF_YEAR, &st));
        ucal_close(cal);
        return;
    }
    default:
        out[0] = '\0';
    }
}

/* ---- the walk ---- */

typedef struct {
    const dn_parser *p;
    rr_callback cb;
    void *arg;
    seen_set seen;
    long self_ambiguous; /* texts skipped: the locale writes them for two meanings */
} walk;

/* Root's text (ICU's fallback for a locale without relative data), digits of any script
   counting as ASCII's: "+१ d" is root's "+1 d". */
static int same_text(const UChar *a, int32_t n, const UChar *b, int32_t bn)
{
    if (n != bn)
        return 0;
    for (int32_t i = 0; i < n; i++)
        if (a[i] != b[i] && !(u_isdigit(a[i]) && u_charDigitValue(a[i]) == u_charDigitValue(b[i])))
            return 0;
    return 1;
}

/* Whether text j of texts[0..n) is also written for another offset: CLDR data that writes
   one text for two meanings (Arabic's short "خلال ٣ أشهر" for both "3 months ago" and "in 3
   months"; Cherokee's "ᎯᎠ ᎧᎸ." for this month and next) cannot be read back to either. */
static int self_ambiguous(UChar texts[][256], const int32_t *lens, int n, int j)
{
    for (int i = 0; i < n; i++)
        if (i != j && lens[j] > 0 && same_text(texts[i], lens[i], texts[j], lens[j]))
            return 1;
    return 0;
}

static const URelativeDateTimeUnit counted_units[] = {
    UDAT_REL_UNIT_YEAR, UDAT_REL_UNIT_QUARTER, UDAT_REL_UNIT_MONTH, UDAT_REL_UNIT_WEEK,
    UDAT_REL_UNIT_DAY, UDAT_REL_UNIT_HOUR, UDAT_REL_UNIT_MINUTE, UDAT_REL_UNIT_SECOND,
};

/* Whether formatter f writes the text u for the same offset of a counted unit other than
   counted_units[k]: such a text cannot be read back to either unit. */
static int other_unit_text(const URelativeDateTimeFormatter *f, double off, size_t k,
                           const UChar *u, int32_t n)
{
    for (size_t j = 0; j < sizeof counted_units / sizeof *counted_units; j++) {
        UChar o[256];
        UErrorCode st = U_ZERO_ERROR;
        int32_t on;
        if (j == k)
            continue;
        on = ureldatefmt_formatNumeric(f, off, counted_units[j], o, 256, &st);
        if (U_SUCCESS(st) && on < 256 && same_text(u, n, o, on))
            return 1;
    }
    return 0;
}

/* Whether the text is one of the locale's names of ICU weekday ucal_wd (format or
   stand-alone, any width; letter case and a final dot aside): CLDR writes "this Friday" as
   the bare name in some languages (Norwegian "fredag", Scottish Gaelic "DihAoine"), and a
   bare weekday is, by the library's rule, the latest such day on or before the reference. */
static int weekday_name(UDateFormat *df, int ucal_wd, const UChar *u, int32_t n)
{
    static const UDateFormatSymbolType types[] = {
        UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_NARROW_WEEKDAYS, UDAT_SHORTER_WEEKDAYS,
        UDAT_STANDALONE_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS,
        UDAT_STANDALONE_NARROW_WEEKDAYS, UDAT_STANDALONE_SHORTER_WEEKDAYS,
    };
    if (!df)
        return 0;
    if (n > 0 && u[n - 1] == '.')
        n--;
    for (size_t t = 0; t < sizeof types / sizeof *types; t++) {
        UChar name[64];
        UErrorCode st = U_ZERO_ERROR;
        int32_t k = udat_getSymbols(df, types[t], ucal_wd, name, 64, &st);
        if (U_FAILURE(st) || k <= 0 || k >= 64)
            continue;
        if (name[k - 1] == '.')
            k--;
        if (k == n && u_strncasecmp(name, u, n, U_FOLD_CASE_DEFAULT) == 0)
            return 1;
    }
    return 0;
}

/* Formats (or takes the ICU failure), skips root's fallback text, parses and reports.
   Returns -1 on an allocation failure. */
static int try_text(walk *w, int width, int kind, const char *loc, const UChar *u, int32_t n,
                    const UChar *root, int32_t rn, const char *expected, const char *alt)
{
    char text[768], key[1024], got[DN_FORMAT_MAX] = "";
    UErrorCode st = U_ZERO_ERROR;
    if (n <= 0 || (same_text(u, n, root, rn) && strncmp(loc, "en", 2) != 0))
        return 0;
    u_strToUTF8(text, sizeof text, NULL, u, n, &st);
    if (U_FAILURE(st))
        return 0;
    snprintf(key, sizeof key, "%s\t%s", text, expected);
    int fresh = seen_add(&w->seen, key);
    if (fresh <= 0)
        return fresh;
    dn_context ctx = { RR_NOW, 0 };
    dn_date d;
    if (dn_parse(w->p, text, strlen(text), &ctx, &d) == 1 &&
        dn_format(&d, DN_STYLE_AUTO, got, sizeof got) < 0)
        got[0] = '\0';
    rr_item it = { width, kind, loc, text, expected, alt, got,
                   strcmp(got, expected) == 0 || (alt[0] && strcmp(got, alt) == 0) };
    w->cb(&it, w->arg);
    return 0;
}

/* One count for each plural form among 1..200, and the first at 10 or more. */
static int plural_counts(const char *loc, int *out)
{
    UErrorCode st = U_ZERO_ERROR;
    UPluralRules *pr = uplrules_open(loc, &st);
    int n = 0;
    char seen_kw[RR_MAX_COUNTS][16];
    int big[RR_MAX_COUNTS] = { 0 };
    if (U_FAILURE(st))
        return 0;
    for (int c = 1; c <= 200 && n < RR_MAX_COUNTS; c++) {
        UChar kw[16];
        char k[16];
        st = U_ZERO_ERROR;
        int32_t kn = uplrules_select(pr, c, kw, 16, &st);
        if (U_FAILURE(st))
            continue;
        u_austrncpy(k, kw, kn < 15 ? kn : 15);
        k[kn < 15 ? kn : 15] = '\0';
        int j = 0;
        while (j < RR_MAX_COUNTS && out[j] && strcmp(seen_kw[j], k) != 0)
            j++;
        if (j < n && (big[j] || c < 10))
            continue;
        if (j < n)
            big[j] = 1;
        strcpy(seen_kw[n], k);
        big[n] = c >= 10;
        out[n++] = c;
    }
    uplrules_close(pr);
    return n;
}

static int walk_locale(walk *w, const char *loc, URelativeDateTimeFormatter *root[RR_NWIDTHS])
{
    static const URelativeDateTimeUnit named_units[] = {
        UDAT_REL_UNIT_YEAR, UDAT_REL_UNIT_MONTH, UDAT_REL_UNIT_WEEK, UDAT_REL_UNIT_DAY,
    };
    /* ICU's weekday units and ISO weekday numbers */
    static const struct {
        URelativeDateTimeUnit u;
        int iso, ucal;
    } wdays[] = {
        { UDAT_REL_UNIT_MONDAY, 1, UCAL_MONDAY }, { UDAT_REL_UNIT_TUESDAY, 2, UCAL_TUESDAY },
        { UDAT_REL_UNIT_WEDNESDAY, 3, UCAL_WEDNESDAY }, { UDAT_REL_UNIT_THURSDAY, 4, UCAL_THURSDAY },
        { UDAT_REL_UNIT_FRIDAY, 5, UCAL_FRIDAY }, { UDAT_REL_UNIT_SATURDAY, 6, UCAL_SATURDAY },
        { UDAT_REL_UNIT_SUNDAY, 7, UCAL_SUNDAY },
    };
    int counts[RR_MAX_COUNTS] = { 0 };
    int ncounts = plural_counts(loc, counts);
    UErrorCode dst = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, loc, utc, -1, NULL, 0, &dst);
    if (U_FAILURE(dst))
        df = NULL;
    for (int s = 0; s < RR_NWIDTHS; s++) {
        UErrorCode st = U_ZERO_ERROR;
        URelativeDateTimeFormatter *f =
            ureldatefmt_open(loc, NULL, rr_styles[s], UDISPCTX_CAPITALIZATION_NONE, &st);
        if (U_FAILURE(st))
            continue;
        UChar u[256], r[256];
        int32_t n, rn;
        char exp[32];
#define FMT(fn, fm, off, unit, buf, len)                                          \
    do {                                                                          \
        UErrorCode e_ = U_ZERO_ERROR;                                             \
        len = fn(fm, off, unit, buf, 256, &e_);                                   \
        if (U_FAILURE(e_) || len >= 256)                                          \
            len = -1;                                                             \
    } while (0)
        for (size_t k = 0; k < sizeof counted_units / sizeof *counted_units; k++)
            for (int c = 0; c < ncounts; c++) {
                /* a text the locale writes for both directions says neither */
                UChar o[256];
                int32_t on;
                FMT(ureldatefmt_formatNumeric, f, -counts[c], counted_units[k], u, n);
                FMT(ureldatefmt_formatNumeric, f, counts[c], counted_units[k], o, on);
                if (n > 0 && same_text(u, n, o, on)) {
                    w->self_ambiguous += 2;
                    continue;
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    FMT(ureldatefmt_formatNumeric, f, sign * counts[c], counted_units[k], u, n);
                    /* a text the locale writes for two units too (Serbian of Bosnia's
                       narrow "за 2 с.": two weeks and two seconds) */
                    if (n > 0 && other_unit_text(f, sign * counts[c], k, u, n)) {
                        w->self_ambiguous++;
                        continue;
                    }
                    FMT(ureldatefmt_formatNumeric, root[s], sign * counts[c], counted_units[k], r,
                        rn);
                    counted_text(counted_units[k], sign * counts[c], exp, sizeof exp);
                    if (try_text(w, s, RR_COUNTED, loc, u, n, r, rn, exp, "") < 0)
                        goto nomem;
                }
            }
        for (size_t k = 0; k < sizeof named_units / sizeof *named_units; k++) {
            UChar all[5][256];
            int32_t alln[5];
            for (int off = -2; off <= 2; off++)
                FMT(ureldatefmt_format, f, off, named_units[k], all[off + 2], alln[off + 2]);
            for (int off = -2; off <= 2; off++) {
                n = alln[off + 2];
                if (n <= 0)
                    continue;
                memcpy(u, all[off + 2], (size_t)n * sizeof *u);
                if (self_ambiguous(all, alln, 5, off + 2)) {
                    w->self_ambiguous++;
                    continue;
                }
                FMT(ureldatefmt_format, root[s], off, named_units[k], r, rn);
                /* a named unit with no word of its own is written with its count, in digits
                   or in words (Arabic's dual قبل سنتين, two years ago, is its numeric form) */
                UChar num[256];
                int32_t numn;
                FMT(ureldatefmt_formatNumeric, f, off, named_units[k], num, numn);
                int counted = off != 0 && same_text(u, n, num, numn);
                for (int32_t i = 0; i < n; i++)
                    counted |= u_isdigit(u[i]);
                if (counted)
                    counted_text(named_units[k], off, exp, sizeof exp);
                else
                    named_text(named_units[k], off, exp, sizeof exp);
                if (try_text(w, s, counted ? RR_COUNTED : RR_NAMED, loc, u, n, r, rn, exp, "") < 0)
                    goto nomem;
            }
        }
        FMT(ureldatefmt_format, f, 0, UDAT_REL_UNIT_SECOND, u, n);
        FMT(ureldatefmt_format, root[s], 0, UDAT_REL_UNIT_SECOND, r, rn);
        if (try_text(w, s, RR_NAMED, loc, u, n, r, rn, "2026-11-26T12:00:00Z", "") < 0)
            goto nomem;
        for (size_t k = 0; k < sizeof wdays / sizeof *wdays; k++) {
            UChar all[3][256];
            int32_t alln[3];
            for (int off = -1; off <= 1; off++)
                FMT(ureldatefmt_format, f, off, wdays[k].u, all[off + 1], alln[off + 1]);
            for (int off = -1; off <= 1; off++) {
                int wd = wdays[k].iso, ref_wd = 4; /* the reference is a Thursday */
                int64_t d, weekof = (wd - ref_wd) + 7 * off;
                char alt[32] = "";
                if (off < 0)
                    d = -((ref_wd - wd + 7) % 7 ? (ref_wd - wd + 7) % 7 : 7);
                else if (off > 0)
                    d = (wd - ref_wd + 7) % 7 ? (wd - ref_wd + 7) % 7 : 7;
                else
                    d = weekof;
                day_text(d, exp, sizeof exp);
                if (weekof != d)
                    day_text(weekof, alt, sizeof alt);
                n = alln[off + 1];
                if (n <= 0)
                    continue;
                if (self_ambiguous(all, alln, 3, off + 1)) {
                    w->self_ambiguous++;
                    continue;
                }
                memcpy(u, all[off + 1], (size_t)n * sizeof *u);
                if (off == 0 && (ref_wd - wd + 7) % 7 != -weekof &&
                    weekday_name(df, wdays[k].ucal, u, n))
                    day_text(-((ref_wd - wd + 7) % 7), alt, sizeof alt);
                FMT(ureldatefmt_format, root[s], off, wdays[k].u, r, rn);
                if (try_text(w, s, RR_WEEKDAY, loc, u, n, r, rn, exp, alt) < 0)
                    goto nomem;
            }
        }
#undef FMT
        ureldatefmt_close(f);
        continue;
nomem:
        ureldatefmt_close(f);
        if (df)
            udat_close(df);
        return DN_ERR_NOMEM;
    }
    if (df)
        udat_close(df);
    return 0;
}

int rr_run(const dn_parser *p, rr_callback cb, void *arg, long *ambiguous)
{
    walk w = { p, cb, arg, { NULL, 0, 0 }, 0 };
    URelativeDateTimeFormatter *root[RR_NWIDTHS] = { NULL };
    int nloc = uloc_countAvailable(), visited = 0, rc = 0;
    for (int s = 0; s < RR_NWIDTHS; s++) {
        UErrorCode st = U_ZERO_ERROR;
        root[s] = ureldatefmt_open("root", NULL, rr_styles[s], UDISPCTX_CAPITALIZATION_NONE, &st);
        if (U_FAILURE(st))
            rc = DN_ERR_ICU;
    }
    for (int li = 0; li < nloc && rc == 0; li++) {
        rc = walk_locale(&w, uloc_getAvailable(li), root);
        visited++;
    }
    for (int s = 0; s < RR_NWIDTHS; s++)
        ureldatefmt_close(root[s]);
    seen_free(&w.seen);
    if (ambiguous)
        *ambiguous = w.self_ambiguous;
    return rc < 0 ? rc : visited;
}
