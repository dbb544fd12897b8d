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
static unsigned written_as(run *R, const char *loc, const dn_parser *p, const evidence *ev)
{
    UErrorCode st = U_ZERO_ERROR;
    UDateTimePatternGenerator *g = udatpg_open(loc, &st);
    if (U_FAILURE(st))
        return 0;
    UDateFormat *f[sizeof skeletons / sizeof skeletons[0]] = {0};
    for (size_t k = 0; k < sizeof skeletons / sizeof skeletons[0]; k++) {
        UChar sk[16], pat[96];
        u_uastrcpy(sk, skeletons[k]);
        st = U_ZERO_ERROR;
        int32_t pl = udatpg_getBestPattern(g, sk, -1, pat, 96, &st);
        if (U_SUCCESS(st) && pl < 96)
            f[k] = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, u"UTC", -1, pat, pl, &st);
        if (U_FAILURE(st))
            f[k] = NULL;
    }
    unsigned hits = 0;
    const char *s = ev->named;
    for (uint32_t q = 0; q < ev->nnamed; q++) {
        size_t n = strlen(s);
        dn_date d;
        UChar cell[NAMED_MAX + 1], out[160];
        int32_t cl = 0;
        st = U_ZERO_ERROR;
        if (csvi_classify(R, p, s, n, &d) == CELL_DATE && d.precision == DN_PREC_DAY) {
            const char *t = R->cnv ? R->utf8 : s; /* csvi_classify decoded it there */
            size_t tn = n;
            trim(&t, &tn);
            u_strFromUTF8(cell, NAMED_MAX + 1, &cl, t, (int32_t)tn, &st);
            int64_t secs = 0;
            if (dn_date_unix_at(&d, 0, &secs) != 0)
                st = U_ILLEGAL_ARGUMENT_ERROR;
            UDate ms = (double)secs * 1000.0;
            unsigned got = 0;
            for (size_t k = 0; U_SUCCESS(st) && k < sizeof skeletons / sizeof skeletons[0];
                 k++) {
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
    for (size_t k = 0; k < sizeof skeletons / sizeof skeletons[0]; k++)
        if (f[k])
            udat_close(f[k]);
    udatpg_close(g);
    return hits;
}

/* How many of the cells the language reads as its own, with it as the only hint. */
static unsigned read_as(run *R, const char *loc, const evidence *ev, dn_parser **keep)
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
    for (uint32_t q = 0; q < ev->nnamed; q++) {
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
    int32_t nloc = uloc_countAvailable();
    for (int32_t i = 0; i < nloc; i++) {
        const char *loc = uloc_getAvailable(i);
        if (strchr(loc, '_') || strlen(loc) >= ULOC_LANG_CAPACITY)
            continue;
        dn_parser *p = NULL;
        unsigned r = read_as(R, loc, ev, &p);
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
            read_as(R, tied[k], ev, &p);
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
