/*
 * merge.c: the raw entries -> the lexicon's keys and meanings, and the risk rules. Entries
 * are sorted by key bytes (memcmp, then length: the order lib/lexicon.c's table keeps),
 * and equal (key, language, kind, value) entries fold into one meaning. Then:
 * - the "risky" lines of locales/ flag the key's name meanings in their language;
 * - an abbreviated name that running text is full of becomes risky: Jola-Fonyi's "De"
 *   (December), also a filler in a dozen languages; "mar." (March, and French mardi); any
 *   abbreviated month of one or two letters ("Su", "Ps").
 *
 * Not done here: the per-key month summaries (lib/monthsum.c, called by emit.c).
 */
#include "lexgen.h"

#include <stdlib.h>
#include <string.h>

outkey *keys;
uint32_t nkeys;
dnp_meaning *means;
uint32_t nmeans;

static int cmp_key(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    int c = cmp_key(arena + a->str, a->len, arena + b->str, b->len);
    if (c)
        return c;
    if (a->lang != b->lang)
        return a->lang < b->lang ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    return 0;
}


/* Sorts the entries and folds equal (key, lang, kind, value) into one meaning: a form is
   abbreviated or stand-alone only when every CLDR source says so (a word that is a wide
   format name in one locale is a wide format name); when CLDR and locales/ both have it,
   CLDR's flags win (it is not a supplement); it is risky when any source says so. */
static void fold_entries(void)
{
    qsort(ents, nents, sizeof *ents, cmp_entry);
    keys = xrealloc(NULL, (nents + 1) * sizeof *keys);
    means = xrealloc(NULL, (nents + 1) * sizeof *means);
    for (size_t i = 0; i < nents; i++) {
        const entry *e = &ents[i];
        bool newkey = nkeys == 0 || cmp_key(arena + keys[nkeys - 1].str, keys[nkeys - 1].len,
                                            arena + e->str, e->len) != 0;
        if (newkey) {
            keys[nkeys++] = (outkey){ e->str, e->len, nmeans, 0 };
        } else {
            dnp_meaning *m = &means[nmeans - 1];
            if (m->lang == e->lang && m->kind == e->kind && m->value == e->value) {
                const int and_flags = DNP_MF_ABBR | DNP_MF_STANDALONE | DNP_MF_SUPPLEMENT;
                /* risky when any source says so; a month written with a mark by any
                   source is DNP_MF_MARKED */
                int risky = (m->flags | e->flags) &
                            (DNP_MF_RISKY | (e->kind == DNP_K_MONTH || e->kind == DNP_K_WEEKDAY
                                                 ? DNP_MF_MARKED : 0));
                /* CLDR's flags win, but a named word locales/ writes without its dot is
                   read so too (DNP_MF_NAMED_BARE) */
                int bare = e->kind == DNP_K_REL_NAMED ? (m->flags | e->flags) & DNP_MF_NAMED_BARE : 0;
                if ((m->flags ^ e->flags) & DNP_MF_SUPPLEMENT)
                    m->flags = (uint8_t)((m->flags & DNP_MF_SUPPLEMENT ? e->flags : m->flags) |
                                         risky | bare);
                else
                    m->flags = (uint8_t)((m->flags & e->flags & and_flags) | risky |
                                         ((m->flags | e->flags) & DNP_MF_FORMS));
                continue;
            }
        }
        means[nmeans++] = (dnp_meaning){ e->lang, e->kind, e->value, e->flags };
        keys[nkeys - 1].n++;
    }
    if (nmeans > UINT32_MAX / 2)
        die("too many meanings");
}

/* The "risky" lines of locales/: the key's month, weekday, era, am/pm and named relative
   meanings in that language become risky, and its words of direction after a count (a
   preposition too: "before"); a line that finds none is a typo. */
static void apply_riskies(void)
{
    for (size_t r = 0; r < nriskies; r++) {
        const risky_rec *rr = &riskies[r];
        uint32_t lo = 0, hi = nkeys;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (cmp_key(arena + keys[mid].str, keys[mid].len, rr->key, rr->len) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        bool hit = false;
        if (lo < nkeys && cmp_key(arena + keys[lo].str, keys[lo].len, rr->key, rr->len) == 0)
            for (uint32_t m = keys[lo].first; m < keys[lo].first + keys[lo].n; m++)
                if (means[m].lang == rr->lang && ((means[m].kind >= DNP_K_MONTH &&
                    means[m].kind <= DNP_K_AMPM) || means[m].kind == DNP_K_REL_NAMED ||
                    ((means[m].kind == DNP_K_REL_PAST || means[m].kind == DNP_K_REL_FUTURE) &&
                     means[m].value == DNP_RP_AFTER))) {
                    means[m].flags |= DNP_MF_RISKY;
                    hit = true;
                }
        if (!hit)
            die("%s: risky '%.*s' has no meaning in this language", rr->where, (int)rr->len,
                rr->key);
    }
}

/* Flags the abbreviated names running text is full of as risky (the rule: in the loop). */
static void risky_abbreviations(void)
{
    for (uint32_t k = 0; k < nkeys; k++) {
        if (keys[k].n > UINT16_MAX)
            die("key with %u meanings", keys[k].n);
        /* An abbreviated name that is mostly a filler, mark or ordinal elsewhere is risky:
           Jola-Fonyi's "De" (December) must not win over "jan." in Portuguese "5 de jan. de
           1999", nor its "No" (November) make a date of "No. 11". So is an abbreviated month
           that is a weekday somewhere: "mar." (mardi) and "jan." in French "mar. 5 jan.
           1999", Slovak "ut" (utorok) in "ut 5. 1. 1999"; and an abbreviated month of two
           letters or less ("Su", "Ps"), which running text is full of. */
        bool filler = false, weekday = false;
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++) {
            filler |= means[m].kind >= DNP_K_FILLER && !dnp_kind_apart(means[m].kind) &&
                      !dnp_year_cue(&means[m]);
            weekday |= means[m].kind == DNP_K_WEEKDAY;
        }
        size_t ncp = 0, i = 0;
        bool alpha = true, brahmic = true;
        while (i < keys[k].len) {
            UChar32 c = dnp_utf8_next(arena + keys[k].str, keys[k].len, &i);
            alpha &= dnp_char_class(c) == DNP_CC_LETTER;
            /* rest36: two letters of a Brahmic script (Devanagari to Malayalam) are two
               syllables, no two-letter word of an alphabet: Tamil "நவ." (Nov.) */
            brahmic &= c >= 0x0900 && c <= 0x0D7F;
            ncp++;
        }
        bool short_word = alpha && ncp <= 2 && !(brahmic && ncp == 2);
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++) {
            dnp_meaning *mm = &means[m];
            if (!(mm->flags & DNP_MF_ABBR) || (mm->flags & DNP_MF_RISKY))
                continue;
            /* a name that is also a filler, mark, ordinal or weekday elsewhere is risky only
               when those other meanings are at least as common as its own kind ("de" is a
               filler in a dozen languages and December in one); "jan", a month in fifty
               languages and an ordinal in one, stays a month. The parser weighs the rest. */
            uint32_t same = 0, other = 0;
            for (uint32_t q = keys[k].first; q < keys[k].first + keys[k].n; q++) {
                if (means[q].kind == mm->kind)
                    same++;
                else if ((means[q].kind >= DNP_K_FILLER && !dnp_kind_apart(means[q].kind) &&
                          !dnp_year_cue(&means[q])) ||
                         means[q].kind == DNP_K_WEEKDAY)
                    other++;
            }
            bool outnumbered = other >= same;
            if (((filler || weekday) && outnumbered && mm->kind >= DNP_K_MONTH &&
                 mm->kind <= DNP_K_AMPM) ||
                (short_word && mm->kind == DNP_K_MONTH)) {
                mm->flags |= DNP_MF_RISKY;
                stats.risky_filler++;
            }
        }
    }
}

/* A counted pattern whose words on one side of the count are a bare unit word somewhere
   (Sindhi's short future "{0} min", where its past is "{0} منٽ پهرين") says its direction
   by what it lacks: "45 min" would be a date in every language. Such meanings are flagged
   risky, and the parser reads them only under a hint of their language. */
static void risky_bare_patterns(void)
{
    for (uint32_t k = 0; k < nkeys; k++) {
        bool unit = false;
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
            unit |= means[m].kind == DNP_K_REL_UNIT;
        for (uint32_t m = keys[k].first; unit && m < keys[k].first + keys[k].n; m++)
            if ((means[m].kind == DNP_K_REL_PAT_AFTER || means[m].kind == DNP_K_REL_PAT_BEFORE) &&
                !DNP_RPAT_OTHER(means[m].value) && !DNP_RPAT_SIGNED(means[m].value))
                means[m].flags |= DNP_MF_RISKY;
    }
}

void merge(void)
{
    fold_entries();
    apply_riskies();
    risky_abbreviations();
    risky_bare_patterns();
}
