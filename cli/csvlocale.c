/*
 * csvlocale.c: the language of a date column of `datenorm csv`, named as a reader would.
 *
 * Cell by cell, the library names the most spoken language a date's words allow: "22. Nov.
 * 2015" is English (Nov is English too), "3. Dez. 2015" Portuguese (dez is Portuguese too).
 * A reader of the column sees one language, German, because every one of its dates is
 * German and is written the German way. So the column's locale is decided from all its
 * cells together, from the distinct cells that named a locale (kept in the window, at most
 * NAMED_SAMPLES):
 *   1. every language ICU has (language codes without a region) reads the cells with that
 *      language as the only hint; the languages that read the most of them as their own
 *      stay (a few microseconds a cell: a parser is cheap to build). If none reads more
 *      than half of them (a column of several languages), the counts stand;
 *   2. if several stay, ICU formats each cell's date in each of them, with the patterns
 *      CLDR gives for the skeletons below, and the languages that write the most cells
 *      as they are written win (exactly: 2 points a cell; but for case: 1; the kind of
 *      space never counts): German writes 22. Nov. 2015, Danish 22. nov. 2015,
 *      Portuguese 22 de nov. de 2015;
 *   3. ties keep the order of the per-cell counts (the most frequent first).
 * The result only names the summary's locale and orders the column's hints; it never
 * changes which cells are dates. Not done: a column of numeric dates has no words and
 * keeps "none"; --locale skips all this.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "csvrun.h"

#define MAX_TIED 16 /* languages formatted in step 2 at most */

/* The skeletons a dated cell is likely written in: with and without the weekday, month
   abbreviated, wide and numeric. */
static const char *const skeletons[] = {"yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd", "yMd",
                                        "yMMdd"};

/* s with every kind of space made ' ', folded for a caseless compare. */
static int32_t plain(UChar *s, int32_t n)
{
    for (int32_t i = 0; i < n; i++)
        if (s[i] == 0x00A0 || s[i] == 0x202F || s[i] == 0x2009)
            s[i] = ' ';
    return n;
}

/* How well ICU, in language loc, writes the cells as they are written: 2 for a cell written
   exactly so, 1 for one written so but for case ("22. nov. 2015" in Danish, "22. Nov. 2015"
   in German). */
#define NSKEL (sizeof skeletons / sizeof skeletons[0])
#define FORMAT_CACHE 64     /* languages whose formatters are kept for the run */
#define WRITTEN_SAMPLES 8   /* cells formatted per language in step 2 */

/* The formatters of the languages step 2 has met, built once a run: a wide file's columns
   tie between the same few languages. */
static struct {
    char loc[ULOC_LANG_CAPACITY];
    UDateFormat *f[NSKEL];
} fmt_cache[FORMAT_CACHE];
static size_t nfmt;

static UDateFormat **formats(const char *loc)
{
    for (size_t k = 0; k < nfmt; k++)
        if (strcmp(fmt_cache[k].loc, loc) == 0)
            return fmt_cache[k].f;
    size_t ln = strlen(loc);
    if (nfmt == FORMAT_CACHE || ln >= sizeof fmt_cache[0].loc)
        return NULL;
    UErrorCode st = U_ZERO_ERROR;
    UDateTimePatternGenerator *g = udatpg_open(loc, &st);
    if (U_FAILURE(st))
        return NULL;
    UDateFormat **f = fmt_cache[nfmt].f;
    memcpy(fmt_cache[nfmt].loc, loc, ln + 1);
    for (size_t k = 0; k < NSKEL; k++) {
        UChar sk[16], pat[96];
        u_uastrcpy(sk, skeletons[k]);
        st = U_ZERO_ERROR;
        int32_t pl = udatpg_getBestPattern(g, sk, -1, pat, 96, &st);
        f[k] = NULL;
        if (U_SUCCESS(st) && pl < 96)
            f[k] = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, u"UTC", -1, pat, pl, &st);
        if (U_FAILURE(st) && f[k]) {
            udat_close(f[k]);
            f[k] = NULL;
        }
    }
    udatpg_close(g);
    nfmt++;
    return f;
}

void csvi_locale_done(void)
{
    for (size_t k = 0; k < nfmt; k++)
        for (size_t j = 0; j < NSKEL; j++)
            if (fmt_cache[k].f[j])
                udat_close(fmt_cache[k].f[j]);
    nfmt = 0;
}

/* A cell's content, blanks trimmed, as UTF-16 (decoded from --encoding). Returns its
   length, or -1. */
static int32_t cell_uchars(run *R, const char *s, size_t n, UChar *out, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    trim(&s, &n);
    if (R->cnv) {
        ucnv_resetToUnicode(R->cnv);
        len = ucnv_toUChars(R->cnv, out, cap, s, (int32_t)n, &st);
    } else {
        u_strFromUTF8(out, cap, &len, s, (int32_t)n, &st);
    }
    return U_SUCCESS(st) && len < cap ? len : -1;
}

/* How well ICU, in language loc, writes the cells as they are written: 2 for a cell written
   exactly so, 1 for one written so but for case ("22. nov. 2015" in Danish, "22. Nov. 2015"
   in German). The first WRITTEN_SAMPLES cells are enough. */
static unsigned written_as(run *R, const char *loc, const dn_parser *p, const evidence *ev)
{
    UDateFormat **f = formats(loc);
    if (!f)
        return 0;
    unsigned hits = 0;
    const char *s = ev->named;
    for (uint32_t q = 0; q < ev->nnamed && q < WRITTEN_SAMPLES; q++) {
        size_t n = strlen(s);
        dn_date d;
        UChar cell[NAMED_MAX + 1], out[160];
        int32_t cl = cell_uchars(R, s, n, cell, NAMED_MAX + 1);
        UErrorCode st = cl < 0 ? U_ILLEGAL_ARGUMENT_ERROR : U_ZERO_ERROR;
        if (U_SUCCESS(st) && csvi_classify(R, p, s, n, &d) == CELL_DATE &&
            d.precision == DN_PREC_DAY) {
            int64_t secs = 0;
            if (dn_date_unix_at(&d, 0, &secs) != 0)
                st = U_ILLEGAL_ARGUMENT_ERROR;
            UDate ms = (double)secs * 1000.0;
            unsigned got = 0;
            for (size_t k = 0; U_SUCCESS(st) && k < NSKEL; k++) {
                if (!f[k])
                    continue;
                UErrorCode fs = U_ZERO_ERROR;
                int32_t ol = udat_format(f[k], ms, out, 160, NULL, &fs);
                if (U_FAILURE(fs) || ol >= 160 || plain(out, ol) != plain(cell, cl))
                    continue;
                if (u_strCompare(out, ol, cell, cl, false) == 0)
                    got = 2; /* as written, case and all */
                else if (u_strCaseCompare(out, ol, cell, cl, U_FOLD_CASE_DEFAULT, &fs) == 0 &&
                         U_SUCCESS(fs) && got < 1)
                    got = 1;
            }
            hits += got;
        }
        s += n + 1;
    }
    return hits;
}

/* How many of the cells the language reads as its own, with it as the only hint; stops
   (with a smaller count) once it cannot reach at_least. */
static unsigned read_as(run *R, const char *loc, const evidence *ev, unsigned at_least,
                        dn_parser **keep)
{
    dn_options o = {0};
    o.locales = loc;
    o.order = R->order;
    dn_parser *p = NULL;
    dn_error err = {0};
    if (dn_parser_new(&o, &p, &err) < 0 || !p)
        return 0;
    unsigned reads = 0;
    const char *s = ev->named;
    for (uint32_t q = 0; q < ev->nnamed && reads + (ev->nnamed - q) >= at_least; q++) {
        size_t n = strlen(s);
        dn_date d;
        if (csvi_classify(R, p, s, n, &d) == CELL_DATE && strcmp(d.locale, loc) == 0)
            reads++;
        s += n + 1;
    }
    *keep = p;
    return reads;
}

void csvi_name_locale(run *R, evidence *ev)
{
    if (ev->nnamed == 0 || ev->locs[0].n == 0)
        return;
    /* step 1 */
    char tied[MAX_TIED][ULOC_LANG_CAPACITY];
    unsigned best = 0;
    size_t ntied = 0;
    /* the languages the cells named first, so that the best count is known early and the
       other languages stop at their first misses */
    int32_t nloc = uloc_countAvailable();
    for (int32_t i = -NLOC; i < nloc; i++) {
        const char *loc;
        if (i < 0) {
            loc = ev->locs[i + NLOC].loc;
            if (ev->locs[i + NLOC].n == 0 || strchr(loc, '-') || strchr(loc, '_'))
                continue;
        } else {
            loc = uloc_getAvailable(i);
            bool seen = false;
            for (size_t j = 0; j < NLOC && !seen; j++)
                seen = ev->locs[j].n > 0 && strcmp(ev->locs[j].loc, loc) == 0;
            if (seen)
                continue;
        }
        if (strchr(loc, '_') || strlen(loc) >= ULOC_LANG_CAPACITY)
            continue;
        dn_parser *p = NULL;
        /* more than half, and as many as the best so far: most languages stop at once */
        unsigned half = ev->nnamed / 2 + 1;
        unsigned r = read_as(R, loc, ev, best > half ? best : half, &p);
        dn_parser_free(p);
        if (r == 0 || r < best)
            continue;
        if (r > best)
            best = r, ntied = 0;
        if (ntied < MAX_TIED)
            strcpy(tied[ntied++], loc);
    }
    /* a column of several languages, none reading most of it: the counts stand */
    if (ntied == 0 || best * 2 <= ev->nnamed)
        return;
    /* step 2 */
    unsigned wbest = 0, wrote[MAX_TIED] = {0};
    if (ntied > 1)
        for (size_t k = 0; k < ntied; k++) {
            dn_parser *p = NULL;
            read_as(R, tied[k], ev, 0, &p);
            if (p)
                wrote[k] = written_as(R, tied[k], p, ev);
            dn_parser_free(p);
            if (wrote[k] > wbest)
                wbest = wrote[k];
        }
    /* step 3: of the winners, the one the cells named most often; then the first */
    size_t pick = SIZE_MAX;
    uint64_t pick_n = 0;
    for (size_t k = 0; k < ntied; k++) {
        if (wrote[k] != wbest)
            continue;
        uint64_t n = 0;
        for (size_t j = 0; j < NLOC; j++)
            if (ev->locs[j].n && strcmp(ev->locs[j].loc, tied[k]) == 0)
                n = ev->locs[j].n;
        if (pick == SIZE_MAX || n > pick_n)
            pick = k, pick_n = n;
    }
    /* the winner goes first among the column's locales (added if no cell named it) */
    size_t at = NLOC - 1;
    for (size_t j = 0; j < NLOC; j++)
        if (ev->locs[j].n == 0 || strcmp(ev->locs[j].loc, tied[pick]) == 0) {
            at = j;
            break;
        }
    loc_count w = {{0}, pick_n ? pick_n : 1};
    snprintf(w.loc, sizeof w.loc, "%s", tied[pick]);
    memmove(&ev->locs[1], &ev->locs[0], at * sizeof ev->locs[0]);
    ev->locs[0] = w;
}
