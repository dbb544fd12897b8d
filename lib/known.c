/*
 * known.c (issue 12): whether every word of a text means something to the library
 * (dn_words_known). A caller that wants a text to be a date and nothing else (the
 * dateparser-compatible layer: dateparser.parse("I was there on 22 Nov 2015") is None, but
 * "on 22 Nov 2015" and "Sunday, 22 Nov 2015" are dates) asks it about the text around the
 * date dn_parse found.
 *
 * It reads the text as the parser does (dnp_next_token: folded words, numbers, separators)
 * and looks each word up in the lexicon (dnp_lex_find), longest key first, so that a
 * multi-word name ("a.m.", "il y a", "n. Chr.") counts as one. A word is known when a key
 * holding it has a meaning other than DNP_K_PREFIX: a month, weekday, era, am/pm, filler
 * ("on", "le", "de", "the"), mark ("Uhr", "年"), relative word ("ago", "around"), day
 * period ("evening")... With a parser built with DN_OPT_HINTS_ONLY only the meanings in
 * its hinted languages count. Numbers and separators are always known, and so are zone
 * names ("GMT", "PDT", "Europe/Paris": the names dnp_zone_match reads after a time).
 *   "on " -> known; ", Sunday" -> known; "I was there on " -> not ("I" at 0..1 is the first
 *   word without a meaning).
 */
#include "engine.h"
#include "parser.h"

#include <string.h>

/* Whether a key has a meaning other than DNP_K_PREFIX (in the hinted languages only, when
   the parser has hints_only); *more: whether a longer key may continue it. */
static bool key_means(const dn_parser *p, const dnp_lex_key *k, bool *more)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    bool means = false;
    *more = false;
    for (uint32_t i = 0; i < k->nmeaning; i++) {
        if (m[i].kind == DNP_K_PREFIX)
            *more = true;
        else if (!p->hints_only || dnp_langset_has(&p->hint_set, m[i].lang))
            means = true;
    }
    return means;
}

/* How many tokens, from the word at toks[0], the longest known key covers (0 when none). */
static size_t known_run(const dn_parser *p, const dnp_token *toks, size_t n)
{
    char key[DNP_WORD_MAX * DNP_KEY_WORDS_MAX + DNP_KEY_WORDS_MAX];
    size_t len = 0, best = 0, words = 0, gap = 0;
    for (size_t i = 0; i < n && words < DNP_KEY_WORDS_MAX; i++) {
        const dnp_token *t = &toks[i];
        if (t->kind == DNP_TK_SEP) {
            if (t->flags & DNP_TF_HARD)
                break;
            gap = 1;
            continue;
        }
        if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
            break;
        if (words > 0 && gap)
            key[len++] = ' ';
        memcpy(key + len, t->fold, t->flen);
        len += t->flen;
        words++;
        gap = 0;
        const dnp_lex_key *k = dnp_lex_find(key, len);
        bool more = false;
        if (!k)
            break;
        if (key_means(p, k, &more))
            best = i + 1;
        if (!more)
            break;
    }
    return best;
}

/* How many tokens of toks[0..n) a zone name (zone.c's table) at the word toks[0] covers
   (0 when none). */
static size_t zone_run(const dn_parser *p, const char *text, size_t len, const dnp_token *toks,
                       size_t n)
{
    const dnp_token *t = &toks[0];
    env e;
    item x;
    memset(&e, 0, sizeof e);
    memset(&x, 0, sizeof x);
    e.p = p;
    e.text = text;
    e.len = len;
    x.type = IT_WORD;
    x.start = t->start;
    x.end = t->end;
    size_t pos = t->end, used = 0;
    if (!dnp_zone_match(&e, t, &pos, &x))
        return 0;
    while (used < n && toks[used].end <= x.end)
        used++;
    return used;
}

int dn_words_known(const dn_parser *p, const char *text, size_t len, size_t *bad_start,
                   size_t *bad_end)
{
    if (!p || (!text && len > 0) || len > UINT32_MAX)
        return DN_ERR_ARG;
    dnp_token toks[2 * DNP_KEY_WORDS_MAX];
    size_t pos = 0, ntok = 0;
    bool end = false;
    for (;;) {
        /* keep a window of tokens ahead: enough for the longest key */
        while (!end && ntok < sizeof toks / sizeof toks[0]) {
            if (!dnp_next_token(text, len, &pos, &toks[ntok]))
                end = true;
            else
                ntok++;
        }
        if (ntok == 0)
            return 1;
        size_t used = 1;
        if (toks[0].kind == DNP_TK_WORD) {
            used = known_run(p, toks, ntok);
            if (used == 0 && !(toks[0].flags & DNP_TF_LONG))
                used = zone_run(p, text, len, toks, ntok);
            if (used == 0) {
                if (bad_start)
                    *bad_start = toks[0].start;
                if (bad_end)
                    *bad_end = toks[0].end;
                return 0;
            }
        }
        memmove(toks, toks + used, (ntok - used) * sizeof toks[0]);
        ntok -= used;
    }
}
