/*
 * scan.c: finds dates in tokens. dn_parse (the best date of a text) and dn_search (every
 * date, left to right) both run here.
 *
 * The text is read as a stream of tokens (tokenize.c). Words are looked up in the lexicon
 * (lexicon.c); a word the lexicon does not know, a hard separator, or a full buffer closes a
 * "cluster": a run of numbers, known words and separators that may hold dates. Noise around a
 * date ("Published on", "— Reuters (@Reuters)") thus never reaches the readers. Each cluster
 * is scanned left to right; at each position the readers are tried, in order:
 *   1. ISO 8601 / RFC 3339 (iso8601.c): 2015-11-22, 2015-11-22T10:00:00.5+01:00,
 *      20151122T1000Z, 2015-W47-7, 2015-326, 2015-11 (year and month);
 *   2. a window of date words around a month name (monthname.c): 22 Nov 2015, Nov 22nd,
 *      2015, Sonntag, 22. November 2015, 14:30 Uhr, Sun Nov 22 10:00:00 2015 (asctime),
 *      Sun, 22 Nov 2015 10:00:00 +0100 (RFC 2822), Sunday, 22-Nov-15 (RFC 850);
 *   3. numbers with CLDR marks (marks.c): 2015年11月22日, 2015년 11월 22일, 22 tháng 11, 2015;
 *   4. all-numeric dates (numeric.c): 22/11/2015, 11-22-2015, 22.11.15, 2015/11/22, 11/2015;
 *   5. a year on its own when it is the whole text or carries a year mark or an era;
 *   and, in clusters with relative words or weekdays, relative expressions (relative.c:
 *   "3 days ago", "yesterday", "last Monday", tried first) and a weekday alone (tried last).
 * A time read before any date ("lúc 14:34 15 tháng 3, 2033") joins the date that follows it.
 * Two whole-text forms are read before the scan: Unix seconds or milliseconds (1448186400)
 * and an ISO 8601 stamp straight from the bytes (dnp_iso_fast, the commonest input).
 *
 * Not here: what a date looks like (the readers), which language or month a word means
 * (choose.c). Nothing here allocates; all state lives on the stack of one call.
 */
#include "engine.h"

#include <string.h>
#include <time.h>

#include <unicode/uchar.h>

#define CL_MAX 128 /* items held at once; a longer cluster is read in overlapping windows */
#define CL_KEEP 48 /* items of overlap between two windows: longer than any date */

/* Language-neutral words of ISO 8601 and the RFCs. Sorted for bsearch-free linear scan. */
static const struct {
    const char *w;
    uint8_t len, id;
} generic_words[] = {{"t", 1, G_T},     {"z", 1, G_Z},     {"w", 1, G_W},
                     {"gmt", 3, G_GMT}, {"utc", 3, G_UTC}, {"ut", 2, G_UT}};

/* ---- building clusters ---------------------------------------------------------------- */

static bool ascii_word(const dnp_token *t)
{
    for (int i = 0; i < t->flen; i++)
        if ((unsigned char)t->fold[i] >= 0x80)
            return false;
    return t->flen > 0;
}

static int generic_id(const dnp_token *t, const char *text)
{
    if (t->flen > 3 || t->flen == 0)
        return 0;
    /* every generic word begins with one of these letters: most words stop here */
    char c0 = t->fold[0];
    if (c0 != 't' && c0 != 'z' && c0 != 'w' && c0 != 'g' && c0 != 'u')
        return 0;
    for (size_t i = 0; i < sizeof generic_words / sizeof generic_words[0]; i++)
        if (generic_words[i].w[0] == t->fold[0] && generic_words[i].len == t->flen &&
            memcmp(t->fold, generic_words[i].w, t->flen) == 0) {
            int id = generic_words[i].id;
            /* issue 8: ISO's letters are ASCII (Lower Sorbian "za 2 ź", in 2 days, folds
               to "z"), and a lower-case "t" apart from what precedes it is a word
               (Norwegian "-2 t", two hours ago) */
            if ((id == G_T || id == G_Z) &&
                ((unsigned char)text[t->start] >= 0x80 ||
                 (text[t->start] == 't' && !(t->flags & DNP_TF_ADJ))))
                return 0;
            return id;
        }
    return 0;
}

/* Whether a key has a meaning (other than a key's beginning) in a hinted language. */
static bool hinted_key(const env *e, const dnp_meaning *m, uint32_t n)
{
    for (uint32_t q = 0; q < n; q++)
        if (m[q].kind != DNP_K_PREFIX && !dnp_year_cue(&m[q]) &&
            dnp_langset_has(&e->p->hint_set, m[q].lang))
            return true;
    return false;
}

/* Whether a zone name may begin after items[0..n): after a number, a separator, an ISO
   letter or GMT, am/pm, a time or date mark ("Uhr", "分") or another zone name ("PST
   (Pacific Standard Time)"), when a time stands within the last ZONE_REACH items (a colon,
   a dot that may be a clock's, am/pm or a time mark: "14:05 CET", "15 thg 1, 2021 16:15 Giờ
   Nepal", "14時30分 日本標準時"). Elsewhere no reader looks for a zone, and the name table
   is not searched (a cost of every line). */
#define ZONE_REACH 16
#define ZONE_TIMES                                                                             \
    ((1u << DNP_K_AMPM) | (1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) |                \
     (1u << DNP_K_SECOND_MARK))
static bool zone_time_before(const item *items, int j);
static inline bool zone_may_follow(const item *items, int n)
{
    /* the commonest answers inline (issue 10: asked at every word): an empty cluster, or a
       word of no mark before */
    int j = n - 1;
    if (j >= 0 && is_space(&items[j]))
        j--;
    if (j < 0)
        return false;
    const uint32_t marks = ZONE_TIMES | (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_DAY_MARK) |
                           (1u << DNP_K_ZONE);
    if (items[j].type == IT_WORD && !(items[j].kinds & marks))
        return false;
    return zone_time_before(items, j);
}

/* years27: whether the word t, not in the lexicon, may be a zone's abbreviation written
   right before its time ("TSİ 20.45", "EST 20:45", "МСК 15:00"): a capital of ASCII or
   Cyrillic first, no small ASCII or Cyrillic letter, at most ZONE_ABBR_BYTES bytes, then
   one blank and an hour of one or two digits, a colon or dot and two digits of minutes. Asked only of words no key is, so the
   name table is searched only there. */
#define ZONE_ABBR_BYTES 6
static __attribute__((noinline)) bool zone_before_clock_rest(const env *e, const dnp_token *t);
static inline bool zone_before_clock(const env *e, const dnp_token *t)
{
    /* the commonest answer inline: no capital first, or no blank after it */
    const char *s = e->text;
    unsigned char c0 = (unsigned char)s[t->start];
    return t->end + 5 <= e->len &&
           ((unsigned char)(c0 - 'A') < 26 ||
            (c0 == 0xD0 && (unsigned char)s[t->start + 1] < 0xB0)) && /* А..Я, Ѐ..Џ */
           (unsigned char)(s[t->start + 1] - 'a') >= 26 && s[t->end] == ' ' &&
           zone_before_clock_rest(e, t);
}

static __attribute__((noinline)) bool zone_before_clock_rest(const env *e, const dnp_token *t)
{
    const char *s = e->text;
    size_t p = t->end, lim = e->len;
    if (t->end - t->start > ZONE_ABBR_BYTES)
        return false;
    for (size_t i = t->start; i < t->end; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b >= 'a' && b <= 'z') || b == 0xD1 ||
            (b == 0xD0 && i + 1 < t->end && (unsigned char)s[i + 1] >= 0xB0))
            return false; /* a small letter: Latin, or Cyrillic ("МСК 15:00", not "Во 15:00") */
    }
    p++;
    size_t d = p;
    while (p < lim && p - d < 3 && s[p] >= '0' && s[p] <= '9')
        p++;
    return p > d && p - d <= 2 && p + 2 < lim && (s[p] == ':' || s[p] == '.') &&
           s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 2] >= '0' && s[p + 2] <= '9';
}

/* Whether the dot at k, after a number, may be a clock's (clock.c's clock_sep, an offset's
   "+05.45"): an hour up to 24 before it and two digits of minutes touching it after it, or
   the dot last before the word asked about. A version's or a price's dots are no clock's
   ("versão 92.4.1", "97.2.3"; issue 10: the words after them were looked up as zone
   names). */
static inline bool clock_dot(const item *items, int j, int k)
{
    if (k == 0 || items[k - 1].type != IT_NUM || items[k - 1].value > 24)
        return false;
    return k == j || (items[k + 1].type == IT_NUM && items[k + 1].ndigits == 2 &&
                      items[k + 1].start == items[k].end);
}

/* zone_may_follow's search for a time within ZONE_REACH items up to j. */
static __attribute__((noinline)) bool zone_time_before(const item *items, int j)
{
    const uint32_t times = ZONE_TIMES;
    for (int k = j; k >= 0 && k > j - ZONE_REACH; k--) {
        const item *x = &items[k];
        if ((x->type == IT_SEP && (x->sep == ':' || (x->sep == '.' && clock_dot(items, j, k)))) ||
            (x->type == IT_WORD && (x->kinds & times)))
            return true;
    }
    return false;
}

/* The tokens the multi-word look-up read ahead, in text order, kept for the scan, which
   reads them next: after a word that begins some key ("de", "la", "il"), the common case of
   running text, the words that follow are not tokenized twice. at: the position each was
   read from; next: where it ends. */
#define AHEAD_MAX 4
typedef struct {
    int n, i; /* held, and the first not yet taken */
    size_t at[AHEAD_MAX], next[AHEAD_MAX];
    dnp_token t[AHEAD_MAX];
} ahead;

/* dnp_next_token at *pos, from the tokens read ahead when one was read from there. */
static inline bool next_token_ahead(const env *e, size_t *pos, dnp_token *t, ahead *a)
{
    if (a->i < a->n) { /* most tokens: none held, one test */
        while (a->i < a->n && a->at[a->i] < *pos)
            a->i++;
        if (a->i < a->n && a->at[a->i] == *pos) {
            *t = a->t[a->i];
            *pos = a->next[a->i++];
            return true;
        }
    }
    return dnp_next_token(e->text, e->len, pos, t);
}

/* A word's folded bytes into a key being built: sixteen bytes at once when it has no more
   (a token's fold holds DNP_WORD_MAX; the key's bytes past its length are never read), not
   a call of memcpy for a few bytes (issue 10). */
static inline void copy_fold(char *dst, const char *fold, size_t len)
{
    _Static_assert(DNP_WORD_MAX >= 16, "copy_fold reads sixteen bytes of a fold");
    if (len <= 16)
        memcpy(dst, fold, 16);
    else
        memcpy(dst, fold, len);
}

/* Whether bytes are all ASCII. */
static inline bool ascii_span(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* issue 10: a month word whose names are all written without marks, written here with one
   (dnp_word_marked: "giù"), is a look-alike: a month only as a risky word is, with the rest
   of its date to support it. Out of line, but not cold: the month words of some 5% of
   lines are not ASCII (cold, GCC ran the rest of run's loop for their lines from a copy in
   its .cold part). */
static DNP_OUTLINE void month_look_alike(const env *e, item *x, const dnp_lex_key *key)
{
    if (!dnp_word_marked(e->text + x->start, x->end - x->start))
        return;
    x->mrisky = true;
    x->mweak = true;
    x->mstrength = (int16_t)dnp_month_strength(key->mflags & DNP_KM_PURE,
                                               key->mflags & DNP_KM_MOSTLY, false, false,
                                               x->end - x->start,
                                               x->kinds & (1u << DNP_K_WEEKDAY));
}


/* Whether an opening bracket, ASCII or fullwidth, stands at byte pos. */
static inline bool bracket_after(const env *e, size_t pos)
{
    const unsigned char *s = (const unsigned char *)e->text;
    return pos < e->len && (s[pos] == '(' || (pos + 2 < e->len && s[pos] == 0xEF &&
                                               s[pos + 1] == 0xBC && s[pos + 2] == 0x88));
}

/* issue 10: a named day whose two characters a bracketed day of the month parts, as Taiwan's
   news write it: "昨（25）日" (yesterday, the 25th), "明（27）日", "前（24）日". The day in
   brackets must be the one the phrase names from the reference; then the word takes the
   phrase's meanings and its span, through the second character (*pos past it); else
   nothing is read (a wrong day is no date). Out of line (DNP_RARE): rare. */
static DNP_RARE bool bracketed_day(const env *e, const dnp_token *first, size_t *pos, item *x,
                                   const dnp_lex_key **found_key)
{
    size_t p = *pos;
    dnp_token o, num, c, d;
    if (!dnp_next_token(e->text, e->len, &p, &o) || o.kind != DNP_TK_SEP || o.start != first->end ||
        !dnp_next_token(e->text, e->len, &p, &num) || num.kind != DNP_TK_NUM ||
        num.start != o.end || num.ndigits > 2 ||
        !dnp_next_token(e->text, e->len, &p, &c) || c.kind != DNP_TK_SEP || c.start != num.end ||
        !(c.value == ')' || c.value == 0xFF09) ||
        !dnp_next_token(e->text, e->len, &p, &d) || d.kind != DNP_TK_WORD ||
        !(d.flags & DNP_TF_CJK) || d.start != c.end || first->flen + d.flen > DNP_WORD_MAX)
        return false;
    char key[2 * DNP_WORD_MAX];
    memcpy(key, first->fold, first->flen);
    memcpy(key + first->flen, d.fold, d.flen);
    const dnp_lex_key *lk = dnp_lex_find(key, first->flen + d.flen);
    if (!lk || !(lk->kinds & (1u << DNP_K_REL_NAMED)))
        return false;
    /* every named-day meaning of the phrase gives one offset */
    const dnp_meaning *m = &dnp_lex_meanings[lk->meaning];
    int off = 99;
    for (uint32_t q = 0; q < lk->nmeaning; q++) {
        if (m[q].kind != DNP_K_REL_NAMED)
            continue;
        if (DNP_RN_UNIT(m[q].value) != DNP_RU_DAY || DNP_RN_WEEKOF(m[q].value) ||
            (off != 99 && off != DNP_RN_OFFSET(m[q].value)))
            return false;
        off = DNP_RN_OFFSET(m[q].value);
    }
    int y, mo, dd;
    dnp_civil_from_days(e->now_days + off, &y, &mo, &dd);
    if (off == 99 || (uint64_t)dd != num.value)
        return false;
    x->m = m, x->nm = lk->nmeaning, x->kinds = lk->kinds;
    x->end = d.end;
    *found_key = lk;
    *pos = p;
    return true;
}

/* A word that begins a multi-word key: extend it over the following tokens (at most
   DNP_KEY_WORDS_MAX words: "Mwedi wa Nnyano na Nnyano na U" has seven) and keep the longest
   key with a real meaning. On success, *pos moves past it and it takes the key's meanings
   and end; else it is not written. The tokens read go to a (when not NULL). */
/* b29fix: whether a key's meanings are named phrases flagged risky (and prefixes) only:
   such a phrase is one only as the whole text (locales/ README, risky), so in running text
   its words are read on their own (Serbian "u ponedeljak", CLDR's "this Monday", is "on
   Monday" in a sentence: a weekday alone, dated by the sentence, page.c). */
static bool risky_phrase_only(const dnp_meaning *m, uint32_t n)
{
    bool any = false;
    for (uint32_t q = 0; q < n; q++) {
        if (m[q].kind == DNP_K_PREFIX)
            continue;
        if (m[q].kind != DNP_K_REL_NAMED || !(m[q].flags & DNP_MF_RISKY))
            return false;
        any = true;
    }
    return any;
}

static bool lookup_multi(const env *e, const dnp_token *first, size_t *pos, item *it,
                         const dnp_lex_key **found_key, ahead *a)
{
    if (a)
        a->n = a->i = 0;
    char key[DNP_KEY_WORDS_MAX * (DNP_WORD_MAX + 1) + 16]; /* + copy_fold's overrun */
    size_t klen = first->flen;
    copy_fold(key, first->fold, klen);
    size_t p = *pos, best_pos = 0;
    bool found = false;
    for (int words = 1; words < DNP_KEY_WORDS_MAX; words++) {
        dnp_token own;
        const dnp_token *t;
        bool sep = false, blank = false, field = false;
        size_t q = p;
        for (;;) {
            size_t at = q;
            /* read straight into a's next slot when there is one: no copy of the token
               just written */
            dnp_token *into = a && a->n < AHEAD_MAX ? &a->t[a->n] : &own;
            if (!dnp_next_token(e->text, e->len, &q, into))
                goto done;
            if (into != &own) {
                a->at[a->n] = at, a->next[a->n] = q;
                a->n++;
            }
            t = into;
            if (t->kind != DNP_TK_SEP)
                break;
            if (t->flags & DNP_TF_HARD)
                goto done;
            sep = true;
            blank |= (t->flags & DNP_TF_SPACE) != 0;
            field |= dnp_field_mark((uint32_t)t->value);
            /* misses19: a page's field separator between blanks parts two fields, not the
               words of one key ("Ελένη Μ. · πριν από 5 ημέρες": no Greek "μ. πριν", months
               ago; Catalan "l·l" inside a word stays one) */
            if (blank && field)
                goto done;
        }
        if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
            goto done;
        if (sep)
            key[klen++] = ' ';
        copy_fold(key + klen, t->fold, t->flen);
        klen += t->flen;
        const dnp_lex_key *lk = dnp_lex_find(key, klen);
        if (!lk)
            goto done;
        const dnp_meaning *m = &dnp_lex_meanings[lk->meaning];
        uint32_t n = lk->nmeaning, k = lk->kinds;
        /* DN_OPT_HINTS_ONLY: a key of other languages only is not one here (Catalan "de
           set." in Portuguese "10 de set. de 2026", where "de" and "set" are words of
           their own) */
        if ((k & ~(1u << DNP_K_PREFIX)) && (!e->p->hints_only || hinted_key(e, m, n)) &&
            !(e->search && !(k & ~((1u << DNP_K_PREFIX) | (1u << DNP_K_REL_NAMED))) &&
              risky_phrase_only(m, n) &&
              !(first->start == e->content_start && t->end == e->content_end))) {
            it->m = m;
            it->nm = n;
            it->kinds = k;
            *found_key = lk;
            it->end = t->end;
            best_pos = q;
            found = true;
        }
        p = q;
        if (!(k & (1u << DNP_K_PREFIX)))
            break;
    }
done:
    /* the longest key found, whatever stopped the search ("il y a" before "un jour") */
    if (found)
        *pos = best_pos;
    return found;
}

/* Whether lookup_multi may find a key after the word t, whose token ends at pos: false when
   the token after it, read here straight from the bytes, can go on no key (issue 10: nearly
   all words after "la", "de", "the", "か" of running text), and lookup_multi would stop at
   its first look-up. Read here: one space, then ASCII letters that the text's end or ASCII
   other than an apostrophe or hyphen ends (the token ascii_word reads; dnp_lex_next_has
   asks of its folded bytes), or ASCII digits (a number: no word); after a CJK character,
   the CJK character that touches it (dnp_cjk_fold). Anything else, lookup_multi reads. */
static inline bool multi_may_follow(const env *e, const dnp_token *t, size_t pos)
{
    const unsigned char *s = (const unsigned char *)e->text;
    const size_t len = e->len;
    char fold[DNP_WORD_MAX + 8]; /* + the eight bytes written at once past a word */
    if (pos + 1 < len && s[pos] == ' ') {
        size_t q = pos + 1;
        if ((unsigned char)(s[q] - '0') < 10)
            return false;
        if ((unsigned char)((s[q] | 0x20) - 'a') >= 26)
            return true;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes a turn, as skip_unknown_words reads them */
        while (q + 8 <= len && q - pos - 1 + 8 <= sizeof fold) {
            uint64_t w8, x, lo, non;
            memcpy(&w8, s + q, 8);
            x = w8 | 0x2020202020202020ull, lo = x & 0x7F7F7F7F7F7F7F7Full;
            non = ~((0x0101010101010101ull * (127 + 0x7B) - lo) & ~x &
                    (lo + 0x0101010101010101ull * (127 - 0x60))) &
                  0x8080808080808080ull;
            memcpy(fold + (q - pos - 1), &x, 8); /* bytes past the word: never read */
            if (non) {
                q += (size_t)__builtin_ctzll(non) / 8;
                goto letters_done;
            }
            q += 8;
        }
#endif
        while (q < len && (unsigned char)((s[q] | 0x20) - 'a') < 26) {
            if (q - pos - 1 < DNP_WORD_MAX)
                fold[q - pos - 1] = (char)(s[q] | 0x20);
            q++;
        }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    letters_done:
#endif
        if (q < len && (s[q] >= 0x80 || s[q] == '\'' || s[q] == '-'))
            return true; /* the word may go on: the tokenizer's */
        size_t n = q - pos - 1;
        return n <= DNP_WORD_MAX && dnp_lex_next_has(fold, n); /* (a longer word: no key) */
    }
    if (t->flags & DNP_TF_CJK) {
        size_t n = dnp_cjk_fold(e->text, len, pos, fold);
        return !n || (unsigned char)fold[0] < 0xE3 || (unsigned char)fold[0] > 0xE9 ||
               dnp_lex_next_has(fold, n);
    }
    return true;
}

bool dnp_lookup_multi(const env *e, const dnp_token *first, size_t *pos, item *it,
                      const dnp_lex_key **found_key)
{
    return lookup_multi(e, first, pos, it, found_key, NULL);
}

/* ---- the cluster scan ----------------------------------------------------------------------- */

typedef struct pager pager;
typedef struct {
    dn_date *out;     /* search: the dates read, before the page decides (a window of them) */
    size_t cap, count;
    bool search;
    pager *pg;        /* search: what the page gave the caller so far (dnp_search) */
    dn_date *best;    /* parse: best so far (in the caller's result, or in spare) */
    dn_date *spare;   /* parse: where the next date is written; it swaps with best when better */
    float best_score;
    bool have_best;
    int last_year;    /* search: the year of the last date that wrote one, 0 = none */
    size_t last_end;  /* search: where the last date reported ends */
    int last_md;      /* search: that date's month * 32 + day */
    bool wide;        /* the cluster scanned holds a number in digits of another script */
    dnp_spans *spans; /* search: where the dates' words are recorded (NULL: not) */
} sink;

static float score_of(const cand *c)
{
    /* completeness first, then confidence */
    float s = c->conf;
    switch (c->prec) {
    case DN_PREC_YEAR: break;
    case DN_PREC_MONTH:
    case DN_PREC_WEEK: s += DNP_SCORE_MONTH; break;
    default: s += DNP_SCORE_DAY; break;
    }
    if (c->has_time)
        s += DNP_SCORE_TIME;
    return s;
}

/* issue 9: the zone named after the time, once the date is known: its IANA id, and the
   offset it gives there when the text wrote none (zone.c). */
static DNP_RARE void zone_result(const env *e, const item *it, const cand *c, dn_date *d)
{
    int zone, type;
    bool ambiguous, gap = false;
    if (!dnp_zone_choose(e, &it[c->zitem], c->lang, &zone, &type, &ambiguous))
        return;
    if (!c->has_offset) {
        int off;
        if (c->prec < DN_PREC_DAY || !dnp_zone_offset_local(zone, type, c, &off, &gap))
            return;
        off += c->zshift;
        if (c->zshift && (off < DNP_ZONE_WEST_MINUTES || off > DNP_ZONE_EAST_MINUTES))
            return; /* report drops it */
        d->flags |= DN_FLAG_HAS_OFFSET | (ambiguous ? DN_FLAG_ZONE_AMBIGUOUS : 0) |
                    (gap ? DN_FLAG_ZONE_GAP : 0);
        d->offset_minutes = off;
    }
    strncpy(d->zone, dnp_zone_id(zone), sizeof d->zone - 1);
}

/* Whether an all-numeric day read in one order of two (DN_FLAG_AMBIGUOUS) is, in the other,
   on the weekday the text names. */
static bool weekday_proves_alt(const cand *c)
{
    if (!(c->flags & DN_FLAG_AMBIGUOUS) || !c->alt_m || !c->alt_d)
        return false;
    dn_order o = (dn_order)((c->flags & DN_FLAG_ORDER_MASK) >> DN_FLAG_ORDER_SHIFT);
    if (o != DN_ORDER_DMY && o != DN_ORDER_MDY)
        return false;
    return dnp_weekday(dnp_days_from_civil(c->alt_y, (unsigned)c->alt_m, (unsigned)c->alt_d)) ==
           c->weekday;
}

/* to_date: c with the year a day and month without one take (dnp_infer_year), in *out. Out
   of line (DNP_RARE): most dates write their year. */
static DNP_RARE const cand *implied_year(const env *e, const cand *c, cand *out)
{
    *out = *c;
    dnp_infer_year(e, out);
    return out;
}

/* to_date: the weekday the text names (c->weekday) against the day's (d->weekday): a
   mismatch, or the order of an ambiguous all-numeric day it proves. True when it settled
   that order. Out of line: most dates name no weekday. */
static __attribute__((noinline)) bool weekday_settles(const cand *c, dn_date *d)
{
    if (c->weekday != d->weekday && weekday_proves_alt(c)) {
        /* "Dimanche 7/12/2014": the weekday written fits the other order only; it
           proves that order ("ambiguous" no more) */
        dn_order o = DN_DATE_ORDER(d) == DN_ORDER_MDY ? DN_ORDER_DMY : DN_ORDER_MDY;
        d->year = c->alt_y, d->month = c->alt_m, d->day = c->alt_d;
        d->weekday = c->weekday;
        d->flags = (d->flags & ~(DN_FLAG_AMBIGUOUS | DN_FLAG_ORDER_MASK)) |
                   (unsigned)o << DN_FLAG_ORDER_SHIFT | DN_FLAG_ORDER_PROVED;
        return true;
    }
    if (c->weekday != d->weekday) {
        d->flags |= DN_FLAG_WEEKDAY_MISMATCH;
        return false;
    }
    if ((c->flags & DN_FLAG_AMBIGUOUS) && c->alt_m &&
        (DN_DATE_ORDER(d) == DN_ORDER_DMY || DN_DATE_ORDER(d) == DN_ORDER_MDY) &&
        !weekday_proves_alt(c)) {
        /* "Sat 7/12/2014": the weekday fits this order only; it proves it */
        d->flags = (d->flags & ~DN_FLAG_AMBIGUOUS) | DN_FLAG_ORDER_PROVED;
        return true;
    }
    return false;
}

static void to_date(const env *e, const item *it, const cand *c_, dn_date *d)
{
    cand year_fixed;
    const cand *c = c_;
    /* a calendar's day and month without a year took their year in its calendar (calendar.c) */
    if ((c->flags & DN_FLAG_YEAR_IMPLIED) && !(c->flags & DN_FLAG_RELATIVE) &&
        (!c->calendar || dnp_cal_family(c->calendar) == DN_CAL_GREGORIAN))
        c = implied_year(e, c, &year_fixed);
    memset(d, 0, sizeof *d);
    d->year = c->year, d->month = c->prec >= DN_PREC_MONTH && c->prec != DN_PREC_WEEK ? c->month : 0;
    d->day = c->prec >= DN_PREC_DAY ? c->day : 0;
    d->week = c->prec == DN_PREC_WEEK ? c->week : 0;
    /* a result says exactly what it knows: fields finer than its precision are zero */
    d->hour = c->prec >= DN_PREC_HOUR ? c->hour : 0;
    d->minute = c->prec >= DN_PREC_MINUTE ? c->minute : 0;
    d->second = c->prec >= DN_PREC_SECOND ? c->second : 0;
    if (c->prec >= DN_PREC_FRACTION)
        d->nanosecond = c->ns, d->fraction_digits = c->fdigits;
    d->precision = c->prec;
    d->flags = c->flags;
    if (c->has_offset) {
        d->flags |= DN_FLAG_HAS_OFFSET;
        d->offset_minutes = c->offset;
    }
    bool settled = false; /* the weekday settled the order: no alternative is left */
    if (c->prec >= DN_PREC_DAY) {
        int64_t days = dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day);
        d->weekday = dnp_weekday(days);
        if (c->weekday)
            settled = weekday_settles(c, d);
    }
    float conf = c->conf;
    if (settled && (c->flags & DN_FLAG_AMBIGUOUS))
        conf += DNP_CONF_WEEKDAY_SETTLED;
    if (d->flags & DN_FLAG_WEEKDAY_MISMATCH)
        conf -= DNP_PEN_WEEKDAY_MISMATCH;
    d->confidence = conf < DNP_CONF_FLOOR ? DNP_CONF_FLOOR : conf > 1.0f ? 1.0f : conf;
    if (!settled)
        d->alt_year = c->alt_y, d->alt_month = c->alt_m, d->alt_day = c->alt_d;
    if (c->lang >= 0 && c->lang < dnp_nlangs) {
        /* d is zeroed: the code's bytes are enough (strncpy would pad all 23) */
        const char *code = dnp_langs[c->lang].code;
        for (size_t k = 0; k < sizeof d->locale - 1 && code[k]; k++)
            d->locale[k] = code[k];
    }
    d->start = it[c->first].start;
    d->end = it[c->last].end;
    d->calendar = c->calendar;
    if (c->has_zone)
        zone_result(e, it, c, d);
}

/* Whether only separators and fillers stand between items a (exclusive) and b. */
/* Whether a run of blanks holds an ideographic space (U+3000), a CJK page's field break. */
static bool ideo_space(const env *e, const item *x)
{
    const unsigned char *s = (const unsigned char *)e->text;
    for (size_t k = x->start; k + 3 <= x->end; k++)
        if (s[k] == 0xE3 && s[k + 1] == 0x80 && s[k + 2] == 0x80)
            return true;
    return false;
}

/* Whether a word is a filler and, of the kinds only_kind passes over, nothing else but a
   day period. */
static bool filler_or_period(const item *x)
{
    const uint32_t other = (1u << DNP_K_PREFIX) | (1u << DNP_K_REL_AND) |
                           (1u << DNP_K_REL_ABOUT) | (1u << DNP_K_DAY_PERIOD);
    return x->type == IT_WORD && (x->kinds & (1u << DNP_K_FILLER)) &&
           !(x->kinds & ~(other | (1u << DNP_K_FILLER)));
}

/* timebefore: whether x is a filler of the date's language lang, whatever else it is
   elsewhere ("14:00 Uhr am Freitag": German "am", a.m. and an era elsewhere; "7pm on
   Friday": English "on", a Danish weekday; "10:00 صباحاً يوم الثلاثاء": Arabic "يوم", the
   unit day too). */
static bool filler_in(const item *x, int lang)
{
    if (lang < 0 || x->type != IT_WORD || !(x->kinds & (1u << DNP_K_FILLER)))
        return false;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_FILLER && x->m[q].lang == (unsigned)lang)
            return true;
    return false;
}

/* linewrong: whether, in line mode, the hour read at items [i, tr) starts the text and a
   named day alone ends it after blanks, a filler or two between at most ("15h hôm nay", "15
   giờ ngày mai", "15h demain", "15h de amanhã"): an hour whose mark is a unit too ("h",
   "giờ": "15h", fifteen hours) is then a clock's, the line a date, no duration. */
static bool hour_then_named_day(const env *e, const item *it, int n, int i, int tr)
{
    if (e->search || it[i].start != e->content_start)
        return false;
    int k = skip_space(it, n, tr);
    for (int w = 0; w < 2 && k > tr && k < n && it[k].type == IT_WORD &&
                    has_kind(&it[k], DNP_K_FILLER) && !has_kind(&it[k], DNP_K_REL_NAMED);
         w++)
        k = skip_space(it, n, k + 1);
    return k > tr && k < n && has_kind(&it[k], DNP_K_REL_NAMED) && it[k].end == e->content_end;
}

static bool only_glue(const env *e, const item *it, int a, int b, int lang)
{
    for (int k = a + 1; k < b; k++) {
        /* a filler, or the word that leads a day ("08:30 ngày 26/11/2026", Vietnamese); a
           filler that is a day period of another language too ("23:59 del 29/01/2027":
           Hungarian "dél", noon) */
        if (!(it[k].type == IT_SEP && !(it[k].tflags & DNP_TF_HARD)) &&
            !only_kind(&it[k], DNP_K_FILLER) && !filler_or_period(&it[k]) &&
            !(has_kind(&it[k], DNP_K_DAY_PREFIX) && k + 2 >= b) && !filler_in(&it[k], lang))
            return false;
        /* a filler of the date's language: "02:00, а 1 января" has Russian "а" (and), not
           Belarusian "а" (at) */
        if (lang >= 0 && it[k].type == IT_WORD && only_kind(&it[k], DNP_K_FILLER)) {
            dnp_langset f = dnp_langs_of(&it[k], DNP_K_FILLER, -1);
            if (!dnp_langset_has(&f, (unsigned)lang))
                return false;
        }
        /* issue 10: in running text a sentence's end or a field break parts them ("30 km på
           2:41:07. Torsdag: vila") */
        if (e->search && it[k].type == IT_SEP &&
            (it[k].sep == '.' || it[k].sep == ';' || it[k].sep == '!' || it[k].sep == '?' ||
             it[k].sep == '|' || it[k].sep == 0xB7 || it[k].sep == 0x2022 ||
             it[k].sep == '(' || it[k].sep == ')' || it[k].sep == '[' || it[k].sep == ']'))
            return false; /* nor a bracket ("по 06.12 (23 ноября 2026": no 06:12) */
        /* a CJK page's field breaks: an ideographic space or a reference mark ("連日　19:30　
           ※12月3日（木）上映終了": the show's time, then a note of its last day) */
        if (e->search && it[k].type == IT_SEP &&
            (it[k].sep == 0x203B || (is_space(&it[k]) && ideo_space(e, &it[k]))))
            return false;
    }
    return true;
}

/* The readers a cluster can need, in the order they are tried: no month window without a
   month word, no marked numbers without a mark (most clusters of a stream are ISO stamps or
   plain numbers). kinds: the kinds of the cluster's words. Fills use with those that may
   start at a number and word with those that may start at a word (the numeric readers, ISO
   8601's, numeric.c's dates and years, need a number where they start), and wkinds with
   the kinds one of which a word must have for word's reader to read anything there (each
   reader's own first test, or what it needs of the word: issue 10, most words of a page's
   clusters begin no date, and a reader's call costs more than the test). Returns how many
   use holds; *nword, how many word holds. */
static int month_by_cue(const env *e, const item *it, int n, int i, cand *c);

static size_t readers_for(uint32_t kinds, bool cal_ctx, bool nums, bool month_window,
                          dnp_matcher use[10], dnp_matcher word[10], uint32_t wkinds[10],
                          size_t *nword)
{
    const uint32_t mark_kinds = (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_MONTH_MARK) |
                                (1u << DNP_K_DAY_MARK) | (1u << DNP_K_MONTH_PREFIX) |
                                (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX);
    const uint32_t weekday = 1u << DNP_K_WEEKDAY, month = 1u << DNP_K_MONTH,
                   filler = 1u << DNP_K_FILLER, named = 1u << DNP_K_REL_NAMED;
    size_t nuse = 0, nw = 0;
#define BOTH(reader, need) (use[nuse++] = (reader), wkinds[nw] = (need), word[nw++] = (reader))
#define WORD(reader, need) (wkinds[nw] = (need), word[nw++] = (reader))
    use[nuse++] = dnp_match_iso;
    /* a calendar's era or month (issue 11): before the Gregorian readers, which would read
       "22 พ.ย. พ.ศ. 2558" in the year 2558 */
    if ((kinds & ((1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA))) || cal_ctx)
        BOTH(dnp_match_calendar,
             (1u << DNP_K_CAL_ERA) | (1u << DNP_K_CAL_MONTH) | weekday | month);
    /* a counted phrase first: "1d ago" is no 1 August (Spanish "ago") */
    if (kinds & ((1u << DNP_K_REL_UNIT) | (1u << DNP_K_REL_NAMED) | (1u << DNP_K_REL_PAT_AFTER) |
                 (1u << DNP_K_REL_PAT_BEFORE)))
        BOTH(dnp_match_counted, (1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE) |
                                    (1u << DNP_K_REL_NUMBER) | (1u << DNP_K_REL_PAT_BEFORE) |
                                    (1u << DNP_K_REL_ABOUT) | named |
                                    (1u << DNP_K_REL_UNIT)); /* b29fix: "awa 4 da suka wuce" */
    /* weeks: a week word and its number ("KW 4/2027", "48. hafta", "第48周"): kinds's bit
       DNP_KIND_WEEK says the cluster has one (scan_cluster), and a word's own (the need
       mask is DNP_KIND_WEEK: scan_readers's word_kinds) */
    if (kinds & DNP_KIND_WEEK)
        BOTH(dnp_match_week, DNP_KIND_WEEK);
    if ((kinds & (1u << DNP_K_MONTH)) &&
        (kinds & ((1u << DNP_K_WEEKDAY_CUE) | (1u << DNP_K_REL_NAMED))))
        wkinds[nw] = month | (1u << DNP_K_WEEKDAY_CUE), word[nw++] = month_by_cue;
    if ((kinds & (1u << DNP_K_MONTH)) && month_window)
        BOTH(dnp_match_month_window, weekday | filler | month);
    /* marks.c's scan reads a mark or prefix, passes over a filler or weekday, and stops at
       any other word; its month is a number's (a mark's or a prefix's): none in a cluster
       without a number */
    if ((kinds & mark_kinds) && nums)
        BOTH(dnp_match_marks, mark_kinds | filler | weekday);
    /* relative.c's weekday of a week and named phrase, and a weekday alone, begin at a word:
       at a number they read nothing (issue 8: a call to each at most numbers of a line).
       Both of the first need a named phrase in the cluster (the weekday's week, "Monday of
       last week"; the phrase itself): without one dnp_match_relative reads nothing, and is
       not tried (issue 10: a weekday abbreviation of some language, "do", "so", "mi", in
       most clusters of running text) */
    if (kinds & named)
        WORD(dnp_match_relative, weekday | named);
    use[nuse++] = dnp_match_numeric;
    use[nuse++] = dnp_match_year;
    if (kinds & (1u << DNP_K_WEEKDAY))
        WORD(dnp_match_weekday, weekday);
#undef BOTH
#undef WORD
    *nword = nw;
    return nuse;
}

/* "version 2.11.12", "ISBN 978-3-16", "p. 12/13": the numbers after such a word (locales/
   not_date entries) are no date, up to the next white space. Returns the index after them,
   or -1 when no number follows the word at i. */
static int not_date_run(const env *e, const item *it, int n, int i)
{
    int j = i + 1;
    if (j < n && it[j].type == IT_SEP && (it[j].sep == '.' || it[j].sep == ':') )
        j++;
    j = skip_space(it, n, j);
    if (j >= n || it[j].type != IT_NUM)
        return -1;
    while (j < n && (it[j].type == IT_NUM || it[j].type == IT_WORD ||
                     (it[j].type == IT_SEP && !is_space(&it[j]) && !(it[j].tflags & DNP_TF_HARD))))
        j++;
    /* issue 10: a range of such numbers ("versions 10.11 to 10.12", "version 3.10 – 3.12"): a
       dash or a range's link word between blanks, then numbers joined as the first were */
    int k = skip_space(it, n, j);
    if (k > j && k < n && ((it[k].type == IT_SEP && it[k].sep == '-') ||
                           (it[k].type == IT_WORD && dnp_range_link_word(e, &it[k])))) {
        int m = skip_space(it, n, k + 1);
        /* b32: not an ISO 8601 date after the dash ("Version 5.11.2 - 2026-11-17": the
           release's date) */
        if (m > k + 1 && m + 2 < n && it[m].type == IT_NUM && it[m + 1].type == IT_SEP &&
            !is_space(&it[m + 1]) && it[m + 1].start == it[m].end && it[m + 2].type == IT_NUM &&
            it[m + 2].start == it[m + 1].end &&
            !(it[m].ndigits == 4 && it[m + 1].sep == '-' && it[m + 2].ndigits == 2))
            for (j = m; j < n && (it[j].type == IT_NUM || it[j].type == IT_WORD ||
                                  (it[j].type == IT_SEP && !is_space(&it[j]) &&
                                   !(it[j].tflags & DNP_TF_HARD)));)
                j++;
    }
    return j;
}

/* weeks: whether a not_date word at i that is also a week's word reads a week there (CJK
   第, "No.", before "第48周"): the week reader's, not the not_date's */
static bool week_reads(const env *e, const item *it, int n, int i)
{
    cand c;
    if (!it[i].week)
        return false;
    dnp_cand_clear(&c);
    c.lang = -1;
    return dnp_match_week(e, it, n, i, &c) != -1;
}

/* A counted phrase that points after the reference ("in 40 minutes", "within 3 hours",
   "after 67 minutes", "en 48 horas", "через 2 недели"): in running text a duration or a
   promise ("ready in 35 minutes", "ships within 3 hours"), not the date of something. A
   named one ("tomorrow") and a past one ("3 hours ago") date what they stand beside. */
static bool counted_future(const env *e, const item *it, const cand *c)
{
    const item *f = &it[c->first];
    if (!(f->type == IT_NUM ||
          (f->kinds & ((1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE) |
                       (1u << DNP_K_REL_NUMBER)))))
        return false; /* a named phrase */
    int64_t days = dnp_days_from_civil(c->year, (unsigned)(c->month ? c->month : 1),
                                       (unsigned)(c->day ? c->day : 1));
    if (days != e->now_days)
        return days > e->now_days;
    return c->has_time && c->hour * 3600 + c->minute * 60 + c->second > e->now_sec;
}

/* Whether few bytes, no digit and no line break stand in text[a, b), and no word after
   the end of a sentence: two dates written as one list ("July 12th, 2014. July 13th, July
   14th", "3 May and 5 May"; not "17 December 2026. Gala on Friday 8 January"). */
static bool adjacent(const env *e, size_t a, size_t b)
{
    if (b < a || b - a > DNP_PAGE_LIST_GAP)
        return false;
    bool ended = false;
    for (size_t k = a; k < b; k++) {
        unsigned char ch = (unsigned char)e->text[k];
        if (ch == '\n' || ch == '\r' || (ch >= '0' && ch <= '9'))
            return false;
        if (ch == '.' || ch == '!' || ch == '?' || ch == ';')
            ended = true;
        else if (ended && (ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
            return false;
    }
    return true;
}

/* A list of days goes forwards in a sentence: the next year's when it turns the year
   (dnp_list_turns_year: "29 Dec 2026, 4 Jan, 5 Jan"). */
static int rolls(const env *e, const sink *sk, const dn_date *d)
{
    if (!dnp_list_turns_year(sk->last_md / 32, sk->last_md % 32, d->month, d->day))
        return 0;
    for (size_t k = sk->last_end; k < d->start; k++)
        if (strchr(".;!?", e->text[k]))
            return 0;
    return 1;
}

/* issue 11: the calendar of a Gregorian reading's digits, when they name one and its year is
   no Gregorian date's of the web ("۱۴۰۵-۰۹-۱۲ ۱۴:۳۰" is Persian, 2026-12-03); else 0. No
   hint or option names a calendar (dnp_calendar_suspect then asks). */
static __attribute__((noinline)) int digits_suspect(const env *e, const item *it, const cand *c)
{
    if (!dnp_ndigit_cals || c->calendar || e->p->calendar || c->year >= DNP_CAL_PLAUSIBLE_MIN ||
        (c->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_EPOCH)))
        return 0;
    for (int k = c->first; k <= c->last; k++)
        if (it[k].type == IT_NUM)
            return dnp_digits_calendar(e, &it[k]);
    return 0;
}

/* issue 11: whether a number of the cluster is written in digits that name a calendar
   (۱۴۰۵/۰۹/۱۲): the calendar's reader then reads its numeric dates. */
static __attribute__((noinline)) bool digits_context(const env *e, const item *it, int n)
{
    for (int k = 0; k < n; k++)
        if ((it[k].tflags & DNP_TF_WIDE) && dnp_digits_calendar(e, &it[k]))
            return true;
    return false;
}

static void next_window(const env *e, sink *sk);

/* The words of a date reported in dn_search, items it[c->first, c->last], for page.c
   (dnp_spans). Not recorded: a date without a word (page.c reads none), or with an ISO
   letter, a zone name or a key of several words in it (page.c reads those words from the
   bytes), and any under DN_OPT_HINTS_ONLY (lookup_multi then passes over keys page.c
   takes); nor when the tables are full. */
static void record_span(const env *e, const item *it, const cand *c, const dn_date *d,
                        dnp_spans *sp)
{
    if (sp->ndates == DNP_SPAN_DATES || e->p->hints_only || d->start != it[c->first].start ||
        d->end != it[c->last].end)
        return;
    uint32_t n0 = sp->ntoks, n = n0, num_end = UINT32_MAX;
    bool year4 = false;
    for (int k = c->first; k <= c->last; k++) {
        const item *x = &it[k];
        if (x->type == IT_NUM) {
            year4 |= x->ndigits == 4;
            num_end = x->end;
            continue;
        }
        if (x->type == IT_SEP)
            continue;
        if (x->type == IT_GEN || n == DNP_SPAN_TOKS || !x->flen ||
            (x->kinds & (1u << DNP_K_ZONE)))
            return;
        dnp_span_tok *t = &sp->toks[n++];
        t->start = x->start, t->end = x->end, t->num_end = num_end;
        t->m = x->m, t->nm = x->nm, t->kinds = x->kinds;
        t->flen = x->flen, t->tflags = x->tflags;
    }
    if (n == n0)
        return;
    dnp_span_date *r = &sp->dates[sp->ndates++];
    r->start = d->start, r->end = d->end;
    r->first = (uint16_t)n0, r->n = (uint16_t)(n - n0);
    r->year4 = year4;
    sp->ntoks = n;
}

/* report's half for dn_search: every date with confidence enough is kept, in text order.
   Out of line: dn_parse's lines never run it (issue 8: the code a line runs). */
static __attribute__((noinline)) bool report_search(const env *e, const item *it, const cand *c,
                                                    sink *sk, dnp_matcher by, dn_date *d)
{
    if (d->confidence < DNP_CONF_MIN)
        return false;
    /* results come in text order, none over another: a word of a cluster already read may
       begin another ("na rok 2034 rok": Polish "2034 rok", then Czech "rok 2034") */
    if (sk->count && d->start < sk->last_end) {
        /* rangeyear: but a weekday alone that a range's two weekdays begin with is the
           range's ("Thursday and Friday, Nov. 26–27": dnp_weekday_before) */
        const dn_date *p = &sk->out[sk->count - 1];
        if (!(d->flags & DN_FLAG_RANGE) || !(p->flags & DNP_FLAG_PAGE_WEEKDAY) ||
            p->start < d->start || p->end > d->end)
            return false;
        dnp_spans *sp = sk->spans;
        if (sp && sp->ndates && sp->dates[sp->ndates - 1].start == p->start &&
            sp->dates[sp->ndates - 1].end == p->end) /* its words too (record_span) */
            sp->ntoks = sp->dates[--sp->ndates].first;
        sk->count--;
    }
    /* a weekday alone in running text is a recurring day or a generic one ("open every
       Saturday", "du lundi au vendredi", "fermé le dimanche") as often as a date: the
       page decides (page.c's weekday_alone) */
    if (by == dnp_match_weekday &&
        !(d->start == e->content_start && d->end == e->content_end))
        d->flags |= DNP_FLAG_PAGE_WEEKDAY;
    if (by == dnp_match_counted && (d->flags & DN_FLAG_RELATIVE) && counted_future(e, it, c) &&
        !dnp_rel_event_before(e, d->start, c->lang))
        return false;
    /* in running text a date without a year takes the year of the date just before it
       when the two are written as one list ("July 12th, 2014. July 13th, July 14th");
       else the reference's year (the README's rule, "Relative expressions"): a news page that cites an older
       event first does not move the dates that follow */
    if ((d->flags & DN_FLAG_YEAR_IMPLIED) && !(d->flags & DN_FLAG_RELATIVE) &&
        sk->last_year && d->precision >= DN_PREC_DAY && adjacent(e, sk->last_end, d->start) &&
        d->day <= dnp_days_in_month(sk->last_year + rolls(e, sk, d), d->month) &&
        !(c->weekday && c->weekday != dnp_weekday(dnp_days_from_civil(
                                          sk->last_year + rolls(e, sk, d), (unsigned)d->month,
                                          (unsigned)d->day)))) {
        /* (a weekday written with it chose its year: it keeps that) */
        d->year = sk->last_year + rolls(e, sk, d);
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                    (unsigned)d->day));
        sk->last_year = d->year, sk->last_md = d->month * 32 + d->day;
    } else if (!(d->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_TWO_DIGIT_YEAR)) &&
               d->precision >= DN_PREC_DAY)
        /* a list of days: not after a two-digit year ("版本 5.2.11，12月5日") nor a year
           alone ("從民國108年等到現在……（11/24 18:05）") */
        sk->last_year = d->year, sk->last_md = d->month * 32 + d->day;
    else if ((d->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) == DN_FLAG_YEAR_IMPLIED &&
             d->precision >= DN_PREC_DAY)
        /* a day without a year starts a list too: "28 Aralık - 2 Ocak", "15 Dec, 3 Jan"
           turn the year at the second */
        sk->last_year = d->year, sk->last_md = d->month * 32 + d->day;
    else
        sk->last_year = 0; /* another date stands between: the list is over */
    sk->last_end = d->end;
    dnp_end_of_day(d); /* 24:00 as written up to here (its weekday, its year) */
    if (sk->spans)
        record_span(e, it, c, d, sk->spans);
    if (__builtin_expect(sk->count == sk->cap, 0))
        next_window(e, sk); /* a page of many dates: its window is full */
    sk->out[sk->count++] = *d;
    return true;
}

/* report: a copy of c0 in *out, read again in its calendar (dnp_calendar_reread). Out of
   line (DNP_RARE): most dates are Gregorian. */
static DNP_RARE bool calendar_reread(const env *e, const cand *c0, int digit_cal, cand *out)
{
    *out = *c0;
    return dnp_calendar_reread(e, out, digit_cal);
}

/* Gives the sink a date read: search keeps every one (with confidence enough), parse the best.
   by: the reader that read it. Returns false when search passes it over. */
static bool report(const env *e, const item *it, const cand *c0, sink *sk, dnp_matcher by)
{
    dn_date local;
    dn_date *d = sk->search ? &local : sk->spare;
    cand cc;
    const cand *c = c0;
    int digit_cal = 0;
    if (dnp_calendar_suspect(e, c0) ||
        (__builtin_expect(sk->wide, 0) && (digit_cal = digits_suspect(e, it, c0)))) {
        if (!calendar_reread(e, c0, digit_cal, &cc))
            return false;
        c = &cc;
    }
    to_date(e, it, c, d);
    /* zoneline: a zone shifted by a count ("МСК+4") whose offset could not be made: the
       text cannot be read whole */
    if (__builtin_expect(c->zshift != 0, 0) && !(d->flags & DN_FLAG_HAS_OFFSET))
        return false;
    if (sk->search)
        return report_search(e, it, c, sk, by, d);
    float s = score_of(c) - ((d->flags & DN_FLAG_WEEKDAY_MISMATCH) ? DNP_PEN_WEEKDAY_MISMATCH : 0.0f);
    if (!sk->have_best || s > sk->best_score) {
        if (__builtin_expect(d->hour == 24, 0)) /* the call, only for 24:00 */
            dnp_end_of_day(d);
        sk->spare = sk->best;
        sk->best = d;
        sk->best_score = s;
        sk->have_best = true;
    }
    return true;
}

/* DN_OPT_HINTS_ONLY (issue 12): whether a reading is one in the hinted languages: its
   language is a hinted one (or none: ISO 8601, all-numeric dates), and each of its date
   words (a calendar's month or era too) has a meaning in a hinted language. A word that
   marks a time as am or pm in some language ("AM", "pm") is not asked: pages in every
   language write the English ones after a time ("09:27:57 AM" on a Thai page). */
static bool hinted_reading(const env *e, const item *it, const cand *c)
{
    const dnp_langset *h = &e->p->hint_set;
    if (c->lang >= 0 && !dnp_langset_has(h, (unsigned)c->lang))
        return false;
    const uint32_t kinds = DNP_DATE_KINDS | (1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA);
    for (int k = c->first; k <= c->last; k++) {
        if (it[k].type != IT_WORD || !(it[k].kinds & kinds) ||
            (it[k].kinds & (1u << DNP_K_AMPM)))
            continue;
        bool in = false;
        for (uint32_t q = 0; q < it[k].nm && !in; q++)
            in = !dnp_year_cue(&it[k].m[q]) && dnp_langset_has(h, it[k].m[q].lang);
        if (!in)
            return false;
    }
    return true;
}

/* dnp_weekday_before under DN_OPT_HINTS_ONLY: a weekday before the date in another language
   stays out of it. Not inlined: scan_cluster's loop stays as it is without the option. */
static __attribute__((noinline)) void weekday_before_hinted(const env *e, const item *it,
                                                           int floor, cand *c)
{
    cand alone = *c;
    dnp_weekday_before(e, it, floor, c);
    if (!hinted_reading(e, it, c))
        *c = alone;
}

/* Whether a clock time written with a colon follows the word at i ("de. 9:27"): a number
   and a colon after a dot or white space. */
static bool colon_time_after(const item *it, int n, int i)
{
    int j = i + 1;
    if (j < n && is_sep(&it[j], '.'))
        j++;
    j = skip_space(it, n, j);
    return j + 2 < n && it[j].type == IT_NUM && is_sep(&it[j + 1], ':') &&
           it[j + 2].type == IT_NUM;
}

/* wrong21: the item past a clock written with a colon right after a date that no clock
   holds (blanks, a comma and one filler between: "22 Nov 2015 25:00", "22.11.2015 um
   23:61"), or -1. Such a date with its time cannot be read whole, and gives nothing. A
   first number past DNP_CLOCK_BROKEN_HOUR_MAX is no clock at all (a score, a lap time):
   the date stays. */
static int broken_clock_after(const item *it, int n, int r)
{
    int j = r;
    bool filler = false;
    for (;;) {
        while (j < n && it[j].type == IT_SEP && !(it[j].tflags & DNP_TF_HARD) &&
               (is_space(&it[j]) || it[j].sep == ','))
            j++;
        if (j < n && !filler && it[j].type == IT_WORD && has_kind(&it[j], DNP_K_FILLER)) {
            filler = true, j++;
            continue;
        }
        break;
    }
    if (j + 2 >= n || it[j].type != IT_NUM || it[j].ndigits > 2 || !is_sep(&it[j + 1], ':') ||
        it[j + 1].start != it[j].end || it[j + 2].type != IT_NUM || it[j + 2].ndigits != 2 ||
        it[j + 2].start != it[j + 1].end)
        return -1;
    uint64_t h = it[j].value, m = it[j + 2].value;
    bool broken = (h <= DNP_CLOCK_BROKEN_HOUR_MAX && (h > 24 || (h == 24 && m > 0))) ||
                  (h < 24 && m > 59);
    return broken ? j + 3 : -1;
}

/* b33: noon or midnight named at i before a date, a filler between ("by noon on 4/1/27"):
   that hour, pending for the date after it as a time before its date is (scan_readers). Out
   of line (DNP_RARE): a page's day periods are few. */
static DNP_RARE void pend_noon(const env *e, const item *it, int n, int i, cand *pend,
                               int *first, int *last, bool *point)
{
    int fw = skip_space(it, n, i + 1), dn = fw < n ? skip_space(it, n, fw + 1) : n, ph;
    if (fw > i + 1 && fw < n && has_kind(&it[fw], DNP_K_FILLER) && dn > fw + 1 && dn < n &&
        it[dn].type == IT_NUM && (ph = dnp_point_period_hour(e, &it[i])) >= 0) {
        dnp_cand_clear(pend);
        pend->hour = ph, pend->has_time = true, pend->prec = DN_PREC_HOUR;
        *first = *last = i, *point = true;
    }
}

/* A named year and a month, or a day and month, right after it: "来年3月" (2027-03),
   "去年 11 月", "今年10月1日", "l'an dernier en mars": the year the phrase names is the
   date's. c holds the named year, read up to item r; returns where the whole date ends (c
   widened to it), or r when no month follows. */
static int named_year_month(const env *e, const item *it, int n, int r, cand *c)
{
    int j = skip_space(it, n, r);
    /* b33: or a filler of the named year's language that is more elsewhere ("w tym roku w
       grudniu": Polish "w", in, is English "w", week) */
    while (j < n && (only_kind(&it[j], DNP_K_FILLER) || filler_in(&it[j], c->lang)))
        j = skip_space(it, n, j + 1);
    if (j >= n)
        return r;
    cand d;
    memset(&d, 0, sizeof d);
    d.lang = -1;
    int q = (it[j].kinds & (1u << DNP_K_MONTH)) || it[j].type == IT_NUM
                ? dnp_match_marks(e, it, n, j, &d) : -1;
    if (q < 0 && ((it[j].type == IT_NUM && it[j].ndigits <= 2) ||
                  (has_kind(&it[j], DNP_K_MONTH) && !month_weak(e, &it[j])) ||
                  has_kind(&it[j], DNP_K_WEEKDAY))) {
        /* "पिछले साल 12 दिसंबर", "l'an dernier le 12 décembre": a day and month name;
           b22: the month first ("praėjusių metų birželio 14 d.", 14 June of last year);
           b33: its weekday first ("w tym roku w piątek 11 grudnia") */
        memset(&d, 0, sizeof d);
        d.lang = -1;
        q = dnp_match_month_window(e, it, n, j, &d);
    }
    if (q > 0 && d.first == j && (d.flags & DN_FLAG_YEAR_IMPLIED) && d.prec >= DN_PREC_MONTH &&
        !d.has_time) {
        /* "今年10月1日": a day and month with marks */
    } else if (it[j].type == IT_NUM && it[j].ndigits <= 2 && it[j].value >= 1 &&
               it[j].value <= 12 && (q = skip_space(it, n, j + 1)) < n &&
               has_kind(&it[q], DNP_K_MONTH_MARK)) {
        /* "3月", "11 月": a month with its mark */
        memset(&d, 0, sizeof d);
        d.month = (int)it[j].value, d.prec = DN_PREC_MONTH, d.last = q, q++;
    } else if (has_kind(&it[j], DNP_K_MONTH) && !month_weak(e, &it[j]) &&
               (d.month = dnp_choose_month(e, &it[j], NULL, NULL)) > 0) {
        /* "l'an dernier en mars" */
        d.day = 0, d.prec = DN_PREC_MONTH, d.last = j, q = j + 1;
    } else
        return r;
    int day = d.prec >= DN_PREC_DAY ? d.day : 1;
    if (!valid_ymd(c->year, d.month, day))
        return r;
    c->month = d.month;
    c->day = d.prec >= DN_PREC_DAY ? d.day : 0;
    c->prec = d.prec >= DN_PREC_DAY ? DN_PREC_DAY : DN_PREC_MONTH;
    c->last = d.last;
    return q;
}

/* A named month and a day with its mark right after it: "本月27号", "下个月5号", "来月5日",
   "이번 달 5일": the month the phrase names, that day. c holds the named month, read up to
   item r; returns where the whole date ends (c widened to it), or r when no day follows. */
static int named_month_day(const item *it, int n, int r, cand *c)
{
    int j = skip_space(it, n, r);
    if (j >= n || it[j].type != IT_NUM || it[j].ndigits > 2)
        return r;
    int k = skip_space(it, n, j + 1);
    if (k >= n || !has_kind(&it[k], DNP_K_DAY_MARK) || !valid_ymd(c->year, c->month, (int)it[j].value))
        return r;
    c->day = (int)it[j].value, c->prec = DN_PREC_DAY, c->last = k;
    return k + 1;
}

/* A filler of the month word m's language between it and the word that says which one it
   is ("de", "del", "of"), whatever else the word is in other languages. */
static bool glue_word(const item *x, const item *m)
{
    if (x->type != IT_WORD || !(x->kinds & (1u << DNP_K_FILLER)) ||
        (x->kinds & ((1u << DNP_K_REL_NAMED) | (1u << DNP_K_WEEKDAY_CUE))))
        return false;
    return shares_lang(x, DNP_K_FILLER, m, DNP_K_MONTH);
}

/* The value of a month cue (DNP_CUE_MONTH_*) the word x has in a language its month word
   m has, or 0. */
static int month_cue_of(const item *x, const item *m, bool after)
{
    if (x->type != IT_WORD || !(x->kinds & (1u << DNP_K_WEEKDAY_CUE)))
        return 0;
    for (uint32_t q = 0; q < x->nm; q++) {
        int v = x->m[q].kind == DNP_K_WEEKDAY_CUE ? x->m[q].value : 0;
        if (!DNP_CUE_IS_MONTH(v) || DNP_CUE_MONTH_AFTER(v) != after)
            continue;
        for (uint32_t k = 0; k < m->nm; k++)
            if (m->m[k].kind == DNP_K_MONTH && m->m[k].lang == x->m[q].lang)
                return v;
    }
    return 0;
}

/* The language of the month cue of value v the word x has. */
static int cue_lang(const item *x, int v)
{
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_WEEKDAY_CUE && x->m[q].value == v)
            return x->m[q].lang;
    return -1;
}

/* The year a named year (no count: "next year", "año pasado", "loni") at x says, in a
   language of the month word m (*lang gets it), or 0. */
static int named_year(const env *e, const item *x, const item *m, int *lang)
{
    if (!has_kind(x, DNP_K_REL_NAMED))
        return 0;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *w = &x->m[q];
        /* wrong21: of a language of the month word ("fra i fjor", from last year: the
           Norwegian phrase after Maltese "fra", February, is no February 2025) */
        bool month_lang = false;
        for (uint32_t p = 0; p < m->nm && !month_lang; p++)
            month_lang = m->m[p].kind == DNP_K_MONTH && m->m[p].lang == w->lang;
        if (w->kind == DNP_K_REL_NAMED && DNP_RN_UNIT(w->value) == DNP_RU_YEAR &&
            !DNP_RN_COUNTED(w->value) && month_lang) {
            *lang = w->lang;
            return e->now_year + DNP_RN_OFFSET(w->value);
        }
    }
    return 0;
}

/* A month named without a year, alone or with its day, and a word that says which one it is
   (locales/ month_*_before, month_*_after): "next March" (the first after the reference's
   month), "mars dernier", "lo scorso marzo" (the last before it), "this March" (the
   reference's year); or a named year after it: "3 March next year", "marzo del año pasado",
   "März letzten Jahres". c, read up to item r, takes that year and the words (flagged
   relative: the year is the reference's, moved); returns where the date ends now. */
static int month_cue(const env *e, const item *it, int n, int r, cand *c)
{
    int mi = -1;
    for (int k = c->first; k <= c->last; k++)
        if (it[k].type == IT_WORD && (it[k].kinds & (1u << DNP_K_MONTH)))
            mi = k;
    if (mi < 0)
        return r;
    int dir = 2, first = c->first, last = c->last, end = r;
    /* before it: the cue, fillers between ("el próximo marzo", "lo scorso 3 marzo") */
    int b = c->first - 1;
    while (b >= 0 && (is_space(&it[b]) || glue_word(&it[b], &it[mi])))
        b--;
    int v = b >= 0 ? month_cue_of(&it[b], &it[mi], false) : 0;
    int lang = -1;
    if (v)
        dir = DNP_CUE_MONTH_DIR(v), first = b, lang = cue_lang(&it[b], v);
    /* after it: the cue, or a named year */
    int j = skip_space(it, n, r);
    while (j < n && glue_word(&it[j], &it[mi]))
        j = skip_space(it, n, j + 1);
    if (j < n && dir == 2 && (v = month_cue_of(&it[j], &it[mi], true)))
        dir = DNP_CUE_MONTH_DIR(v), last = j, end = j + 1, lang = cue_lang(&it[j], v);
    int year = 0;
    if (j < n && dir == 2 && (year = named_year(e, &it[j], &it[mi], &lang))) {
        last = j, end = j + 1;
    } else if (dir == 2 && b >= 0 && b < c->first - 1 && (year = named_year(e, &it[b], &it[mi], &lang))) {
        first = b; /* b26fix: the named year before it, a filler between: "loni v září",
                      "prošle godine u maju" (last year, in September / May) */
    } else if (dir == 2) {
        return r;
    } else {
        /* the first such month (day) after the reference's, the last before it, or this
           year's */
        int here = c->month * 32 + (c->prec >= DN_PREC_DAY ? c->day : 0);
        int now = e->now_month * 32 + (c->prec >= DN_PREC_DAY ? e->now_day : 0);
        year = e->now_year + (dir > 0 && here <= now) - (dir < 0 && here >= now);
    }
    if (!valid_ymd(year, c->month, c->prec >= DN_PREC_DAY ? c->day : 1))
        return r;
    c->year = year;
    c->flags = (c->flags & ~DN_FLAG_YEAR_IMPLIED) | DN_FLAG_RELATIVE;
    c->alt_y = c->alt_m = c->alt_d = 0;
    c->first = first, c->last = last;
    /* the language the month word shares with the word that says which one it is */
    for (uint32_t q = 0; lang >= 0 && q < it[mi].nm; q++)
        if (it[mi].m[q].kind == DNP_K_MONTH && it[mi].m[q].lang == lang)
            c->lang = lang;
    return end;
}

/* A reader: a month named alone with the word that says which one it is, "next March",
   "mars dernier", "lo scorso marzo" (with a day, the other readers read the date and
   month_cue the word). */
static int month_by_cue(const env *e, const item *it, int n, int i, cand *c)
{
    int mi = i;
    if (!has_kind(&it[i], DNP_K_MONTH)) {
        mi = skip_space(it, n, i + 1);
        while (mi < n && only_kind(&it[mi], DNP_K_FILLER))
            mi = skip_space(it, n, mi + 1);
        if (mi >= n || !has_kind(&it[mi], DNP_K_MONTH) || !month_cue_of(&it[i], &it[mi], false))
            return -1;
    }
    int j = skip_space(it, n, mi + 1);
    if ((j < n && it[j].type == IT_NUM) || month_weak(e, &it[mi]))
        return -1;
    int month = dnp_choose_month(e, &it[mi], NULL, NULL);
    if (month <= 0)
        return -1;
    /* a month word that is also an ordinary word ("may", "march") only capitalized: "this
       may be", "march next" are none */
    unsigned char c0 = (unsigned char)e->text[it[mi].start];
    for (uint32_t q = 0; q < it[mi].nm; q++)
        if (it[mi].m[q].kind == DNP_K_MONTH && it[mi].m[q].value == month &&
            (it[mi].m[q].flags & DNP_MF_RISKY) && !(c0 >= 'A' && c0 <= 'Z'))
            return -1;
    c->month = month, c->prec = DN_PREC_MONTH, c->flags |= DN_FLAG_YEAR_IMPLIED;
    c->first = c->last = mi, c->conf = DNP_CONF_REL_NAMED;
    for (uint32_t q = 0; q < it[mi].nm; q++)
        if (it[mi].m[q].kind == DNP_K_MONTH && it[mi].m[q].value == month) {
            c->lang = it[mi].m[q].lang;
            break;
        }
    int r = month_cue(e, it, n, mi + 1, c);
    return c->flags & DN_FLAG_YEAR_IMPLIED ? -1 : r;
}

/* Whether a key is a month cue in some language, or a dawn clock's word (it stays a word
   of its cluster). */
static bool month_cue_key(const dnp_lex_key *k)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE &&
            (DNP_CUE_IS_MONTH(m[q].value) || DNP_CUE_IS_DAWN_CLOCK(m[q].value)))
            return true;
    return false;
}

/* A word's kinds for the readers' needs (readers_for's wkinds): its key's, and DNP_KIND_WEEK
   when the key has a week's word among other meanings ("week", "KW": a unit too). */
_Static_assert(DNP_KIND_WEEK == 1u, "item.week (0 or 1) is the bit itself");
static inline uint32_t word_kinds(const item *x)
{
    return x->kinds | x->week;
}

/* Scans items [0, n) for dates starting before `limit`; returns the index the next window
   must start at (past the last date reported, at least `limit`). At each item the readers
   are tried in turn; the first that reads a date (or NO_DATE_HERE) decides. */
static int scan_readers(const env *e, const item *it, int n, int limit, sink *sk,
                        uint32_t kinds, bool nums);

/* Whether a word alone in its cluster (no number, no other word) may begin a date: a
   month, a named phrase ("yesterday"), a calendar's month or era, a time of day, a count
   in words, a weekday that may stand alone (dnp_weekday_may_stand); any word at the text's
   start (where a counted phrase or a weekday is read as the whole text), and any under a
   calendar option. No other reader reads a date at a word without a number or another
   word beside it: a mark needs its number (marks.c), a relative word its count
   (relative.c's counted_may_begin), a weekday of a week its week ("Monday of last week"),
   a month cue its month. */
static bool lone_word_reads(const env *e, const item *x)
{
    const uint32_t alone = (1u << DNP_K_MONTH) | (1u << DNP_K_REL_NAMED) |
                           (1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA) |
                           (1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD) |
                           (1u << DNP_K_REL_NUMBER);
    return (x->kinds & alone) || x->start == e->content_start || e->p->calendar ||
           ((x->kinds & (1u << DNP_K_WEEKDAY)) && dnp_weekday_may_stand(e, x));
}

/* Whether items [0, n), without a number, hold one word, which begins no date alone
   (lone_word_reads). */
static bool lone_word_idle(const env *e, const item *it, int n)
{
    int word = -1;
    for (int k = 0; k < n; k++)
        if (it[k].type == IT_WORD) {
            if (word >= 0)
                return false;
            word = k;
        }
    return word >= 0 && !lone_word_reads(e, &it[word]);
}

static inline int scan_cluster(const env *e, const item *it, int n, int limit, sink *sk)
{
    uint32_t kinds = 0;
    bool nums = false;
    unsigned tf = 0;
    for (int k = 0; k < n; k++) {
        if (it[k].type == IT_WORD)
            kinds |= it[k].kinds | it[k].week; /* (DNP_KIND_WEEK is 1: word_kinds) */
        nums |= it[k].type == IT_NUM;
        tf |= it[k].tflags;
    }
    sk->wide = (tf & DNP_TF_WIDE) != 0; /* a number in digits of another script */
    /* without a number, only a month (a calendar's too), a weekday or a relative word begins
       a date: a cluster of fillers ("de", "le", "of") or a lone "T" has none (most of a
       page's clusters); in line mode, a day period may be a time alone ("noon") */
    if (!nums && !(kinds & ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY) | DNP_REL_KINDS |
                            (1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA) |
                            ((uint32_t)!e->search << DNP_K_DAY_PERIOD))))
        return limit;
    /* issue 10: nor, most often, one word alone in running text ("la", "mit", "years",
       "and"; four in ten of a page's clusters that get here are one word) */
    if (!nums && e->search && lone_word_idle(e, it, n))
        return limit;
    return scan_readers(e, it, n, limit, sk, kinds, nums);
}

/* Whether, in dn_search, the month window (monthname.c) may read a date in items [0, n),
   which hold no number: it then reads a month alone, which its enough_fields takes only
   when the month word is no risky one, and is the whole text, or longer than
   DNP_PAGE_WEAK_BYTES or a CJK character (month_alone_in_page). Without such a word it
   reads nothing, and is not tried (issue 10: a filler that is some language's month, "de",
   "des", "no", between two words the lexicon does not know). */
static bool month_alone_may(const env *e, const item *it, int n)
{
    for (int k = 0; k < n; k++) {
        const item *x = &it[k];
        if (x->type == IT_WORD && (x->kinds & (1u << DNP_K_MONTH)) && !x->mrisky &&
            (x->end - x->start > DNP_PAGE_WEAK_BYTES || (x->tflags & DNP_TF_CJK) ||
             (x->start <= e->content_start && x->end >= e->content_end)))
            return true;
    }
    return false;
}

/* The dates read in items [i, n) alone, n the first item of a reading that began at i but
   read a later date ("18 Ocak – 1 Şubat 2027" read as its end, "с 28.11 по 06.12 (23
   ноября 2026)" as the last): reported in turn, before that one. Each is read at i or at
   a number after it, up to DNP_SEARCH_ALONE_MAX of them, as the scan would read it, not
   past a number (that reading too reads a later date); use: the readers of a number, word
   and wkinds: those of a word. */
static __attribute__((noinline)) void first_alone(const env *e, const item *it, int n, int i,
                                                 sink *sk, const dnp_matcher *use, size_t nuse,
                                                 const dnp_matcher *word, size_t nword,
                                                 const uint32_t *wkinds)
{
    while (n > i && it[n - 1].type == IT_SEP)
        n--;
    for (int found = 0; found < DNP_SEARCH_ALONE_MAX && i < n;) {
        int num = i;
        while (num < n && it[num].type != IT_NUM)
            num++;
        if (num == n)
            return;
        cand c;
        int r = -1;
        dnp_matcher by = NULL;
        for (int at = i; at <= num && r < 0; at = at == num ? num + 1 : num) {
            bool isnum = it[at].type == IT_NUM;
            const dnp_matcher *readers = isnum ? use : word;
            size_t nreaders = isnum ? nuse : nword;
            for (size_t q = 0; q < nreaders && r < 0; q++) {
                if (!isnum && !(word_kinds(&it[at]) & wkinds[q]))
                    continue;
                dnp_cand_clear(&c);
                c.lang = -1;
                r = readers[q](e, it, n, at, &c);
                by = readers[q];
                for (int k = at; r >= 0 && k < c.first; k++)
                    if (it[k].type == IT_NUM)
                        return;
            }
        }
        if (r < 0) {
            i = num + 1;
            continue;
        }
        if (c.last >= n || r <= i)
            return;
        if (c.prec >= DN_PREC_DAY &&
            !(__builtin_expect(e->p->hints_only, 0) && !hinted_reading(e, it, &c))) {
            report(e, it, &c, sk, by);
            found++;
        }
        i = r;
    }
}

/* scan_cluster's readers, out of line: most clusters of a page stop before them. kinds: the
   kinds of the cluster's words; nums: whether it holds a number. */
static __attribute__((noinline)) int scan_readers(const env *e, const item *it, int n,
                                                  int limit, sink *sk, uint32_t kinds,
                                                  bool nums)
{
    int i = 0, resume = limit;
    /* a time read before any date ("lúc 14:34 15 tháng 3, 2033", "9:21 SA 16 thg 8"): it
       joins the date that follows it with only glue between */
    cand pend; /* set before use: pend_first >= 0 */
    int pend_first = -1, pend_last = -1;
    bool pend_point = false; /* b33: the pending time is noon or midnight named */
    int floor = 0; /* the first item no date read so far used */
    dnp_matcher use[10], word[10];
    uint32_t wkinds[10];
    /* a hint's or option's calendar with months of its own: numeric dates in it (۱۳۹۴/۲/۳۱
       under fa, which no Gregorian reader can read: there is no 31 February) */
    bool cal_ctx = e->p->calendar && dnp_cal_family(e->p->calendar) != DN_CAL_GREGORIAN;
    /* or, without one, numbers in digits that name a calendar (۱۴۰۵/۰۹/۱۲: Persian) */
    if (__builtin_expect(sk->wide, 0) && !e->p->calendar)
        cal_ctx = digits_context(e, it, n);
    size_t nword;
    /* without a number, the month window reads a month alone, in dn_search only where
       month_alone_may says it may */
    bool mwin = nums || !e->search || !(kinds & (1u << DNP_K_MONTH)) || month_alone_may(e, it, n);
    size_t nuse = readers_for(kinds, cal_ctx, nums, mwin, use, word, wkinds, &nword);
    while (i < limit) {
        /* every date starts with a number or a word: a zone letter or "T" starts none; GMT or
           UTC before a time only the time (zoneline: "UTC 14:00", no reader's) */
        if (it[i].type == IT_SEP ||
            (it[i].type == IT_GEN && !(i + 2 < n && is_space(&it[i + 1]) &&
                                       it[i + 2].type == IT_NUM && dnp_zone_before(&it[i])))) {
            i++;
            continue;
        }
        if ((kinds & (1u << DNP_K_NOT_DATE)) && has_kind(&it[i], DNP_K_NOT_DATE) &&
            !(it[i].kinds & ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY))) &&
            !week_reads(e, it, n, i)) {
            int j = not_date_run(e, it, n, i);
            if (j >= 0) {
                i = j;
                if (i > resume)
                    resume = i;
                continue;
            }
        }
        cand c;
        int r = -1;
        dnp_matcher by = NULL;
        size_t q = 0;
        /* the numeric readers need a number where they start */
        const dnp_matcher *readers = it[i].type == IT_NUM ? use : word;
        size_t nreaders = it[i].type == IT_NUM ? nuse : it[i].type == IT_GEN ? 0 : nword;
        const uint32_t *need = it[i].type == IT_NUM ? NULL : wkinds;
    next_reader:
        for (; q < nreaders && r == -1; q++) {
            if (need && !(word_kinds(&it[i]) & need[q]))
                continue; /* the reader reads nothing at this word */
            dnp_cand_clear(&c);
            c.lang = -1;
            r = readers[q](e, it, n, i, &c);
            by = readers[q];
        }
        /* DN_OPT_HINTS_ONLY: a reading in another language than the hinted ones is none;
           the next reader may read the text here in a hinted language, or as a
           language-neutral date (q is already past the reader that read it) */
        if (r >= 0 && __builtin_expect(e->p->hints_only, 0) && !hinted_reading(e, it, &c)) {
            r = -1;
            goto next_reader;
        }
        if (r == NO_DATE_HERE) {
            i = c.last + 1 > i ? c.last + 1 : i + 1;
            if (i > resume)
                resume = i;
            continue;
        }
        if (r < 0) {
            cand t;
            /* a day period before its time ("오후 3시", "上午 10:00", "de. 9:27"); a word that
               is also a date filler somewhere only before a clock time written with a colon
               ("am 03.12." is German "on", not 3:12 a.m.) */
            int tr = -1;
            if (it[i].type == IT_NUM ||
                ((has_kind(&it[i], DNP_K_AMPM) || has_kind(&it[i], DNP_K_DAY_PERIOD)) &&
                 (!has_kind(&it[i], DNP_K_FILLER) || colon_time_after(it, n, i)) &&
                 !has_kind(&it[i], DNP_K_REL_NAMED))) {
                /* (a named day's part, "last night", "tonight": its time is the day's,
                   relative.c, never today's) */
                dnp_cand_clear(&t);
                tr = dnp_read_time(e, it, n, i, &t, NULL);
            } else if ((it[i].zcaps || it[i].type == IT_GEN) && i + 2 < n &&
                       is_space(&it[i + 1]) && it[i + 2].type == IT_NUM &&
                       dnp_zone_before(&it[i])) {
                /* zoneline: a zone's abbreviation before its time is the time's zone ("EST
                   20:45", "CET 20:45", "UTC 14:00"; clock.c's dnp_time_after reads it after
                   a date): an hour and its minutes with no zone or offset of their own, or
                   nothing */
                dnp_cand_clear(&t);
                tr = dnp_read_time(e, it, n, i + 2, &t, NULL);
                if (tr > 0 && t.prec >= DN_PREC_MINUTE && !t.has_zone && !t.has_offset)
                    dnp_zone_before_take(it, i, &t);
                else
                    tr = -1;
            }
            /* issue 8: a time alone, the whole text of dn_parse, is today at that time */
            if (tr > 0 && !sk->search && dnp_time_alone(e, it, i, tr, &t)) {
                report(e, it, &t, sk, NULL);
                i = tr;
                continue;
            }
            /* "noon", "at midnight" as the whole text */
            if (tr < 0 && !sk->search && has_kind(&it[i], DNP_K_DAY_PERIOD) &&
                (tr = dnp_point_period_alone(e, it, i, &t)) > 0) {
                report(e, it, &t, sk, NULL);
                i = tr;
                continue;
            }
            /* a time before its date: "16:15 15 thg 1, 2021", "3pm tomorrow", "14 Uhr
               morgen" (an hour alone names a clock's at the text's start: dnp_hour_named) */
            if (tr > 0 && (t.prec >= DN_PREC_MINUTE || dnp_hour_named(e, it, i, tr) ||
                           hour_then_named_day(e, it, n, i, tr))) {
                /* issue 10: its zone after it, before the date ("23:59 h (hora
                   peninsular) del 29/01/2027") */
                if (!t.has_offset && !t.has_zone &&
                    dnp_span_end_after_dash(it, n, tr, &t, !e->search)) {
                    /* a span's end, no offset: "10:00–12:00 Monday" is no 10:00 at -12:00;
                       a line takes the span's start (its end read past) */
                    if (!sk->search)
                        tr += 4;
                } else if (!t.has_offset && !t.has_zone) {
                    int z = dnp_read_offset(it, n, tr, &t);
                    if (z > tr)
                        tr = z;
                }
                pend = t, pend_first = i, pend_last = tr - 1, pend_point = false;
                i = tr;
                continue;
            }
            /* b33: noon or midnight named before its date, a filler between ("by noon on
               4/1/27"): that hour, for the date right after it as a time before it is;
               not a word that is a filler somewhere ("del 5/10/2026": Hungarian "dél") */
            if (tr < 0 && sk->search && it[i].type == IT_WORD &&
                (it[i].kinds & ((1u << DNP_K_DAY_PERIOD) | (1u << DNP_K_REL_NAMED) |
                                (1u << DNP_K_FILLER))) == (1u << DNP_K_DAY_PERIOD))
                pend_noon(e, it, n, i, &pend, &pend_first, &pend_last, &pend_point);
            i++;
            continue;
        }
        if ((by == dnp_match_relative || by == dnp_match_counted) && c.prec == DN_PREC_YEAR &&
            (c.flags & DN_FLAG_RELATIVE))
            r = named_year_month(e, it, n, r, &c);
        else if ((by == dnp_match_relative || by == dnp_match_counted) &&
                 c.prec == DN_PREC_MONTH && (c.flags & DN_FLAG_RELATIVE))
            r = named_month_day(it, n, r, &c);
        else if ((c.flags & DN_FLAG_YEAR_IMPLIED) && !c.has_time &&
                 (c.prec == DN_PREC_MONTH || c.prec == DN_PREC_DAY))
            r = month_cue(e, it, n, r, &c);
        if (c.first >= limit && limit < n) {
            /* the date starts in the overlap, maybe cut by the window's end: the next window
               reads it whole */
            return c.first;
        }
        if (pend_first >= 0 && !c.has_time && c.prec == DN_PREC_DAY) {
            /* b33as: the date's own weekday may stand between ("03:00 ngày Chủ Nhật
               29/11/2026", "at 03:00 on Sunday 29/11/2026"), a weekday the date falls on */
            cand w = c;
            if (__builtin_expect(e->p->hints_only, 0))
                weekday_before_hinted(e, it, pend_last + 1, &w);
            else
                dnp_weekday_before(e, it, pend_last + 1, &w);
            bool wk = w.first < c.first && w.weekday &&
                      w.weekday == dnp_weekday(dnp_days_from_civil(c.year, (unsigned)c.month,
                                                                   (unsigned)c.day));
            /* b33eu: noon named, a filler of any kind and the date ("by noon on 4/1/27") */
            if (only_glue(e, it, pend_last, wk ? w.first : c.first, c.lang) ||
                (pend_point && !wk &&
                 c.first == skip_space(it, n, skip_space(it, n, pend_last + 1) + 1))) {
                if (wk)
                    c = w;
                dnp_take_time(&c, &pend);
                c.first = pend_first;
            }
        }
        pend_first = -1;
        if (!c.has_time && c.prec >= DN_PREC_DAY && r < n) {
            int b = broken_clock_after(it, n, r);
            if (b > 0) {
                i = b;
                if (i > resume)
                    resume = i;
                continue;
            }
        }
        if (__builtin_expect(e->p->hints_only, 0))
            weekday_before_hinted(e, it, floor, &c);
        else
            dnp_weekday_before(e, it, floor, &c);
        /* a zone or offset after the date when the time stood before it ("16:15 15 thg 1,
           2021 Giờ Nepal", "16:15 15 thg 1, 2021 GMT+5:45") */
        if (c.has_time && !c.has_offset && !c.has_zone && r < n && r > c.last &&
            !dnp_span_end_after_dash(it, n, r, &c, !e->search)) {
            int z = dnp_read_offset(it, n, r, &c);
            if (z > r)
                c.last = z - 1, r = z;
        }
        /* issue 10: in running text, a reading that begins past a number it started at
           ("18 Ocak – 1 Şubat 2027", read as its end) leaves the items before it to be
           read alone: the range's first day */
        if (sk->search && c.first > i + 1)
            first_alone(e, it, c.first, i, sk, use, nuse, word, nword, wkinds);
        bool kept = report(e, it, &c, sk, by);
        i = r > i ? r : i + 1;
        floor = i;
        if (kept && i > resume)
            resume = i;
    }
    return resume < n ? resume : n;
}

/* After a CJK character the lexicon does not know, which closed the cluster: the position
   past the CJK characters right after it that it does not know either (issue 10: most of a
   Chinese or Japanese page). Each would be a token of its own closing an empty cluster, and
   change nothing else: touching the one before, none counts in an identifier's glue, and
   no zone name is looked for after an empty cluster. */
static size_t skip_unknown_cjk(const env *e, size_t pos, dnp_word_slot *cache)
{
    const unsigned char *s = (const unsigned char *)e->text;
    while (pos + 2 < e->len && s[pos] >= 0xE3 && s[pos] <= 0xE9) {
        /* the character's fold straight from its three bytes, not a whole token: the
           character before it is a CJK one (the token that closed the cluster, or the last
           one skipped), so the token would touch it (DNP_TF_ADJ) */
        char fold[DNP_WORD_MAX];
        size_t flen, q = pos + 3;
        /* the commonest, an ideograph of the unified block, folds to itself (fold_cp) */
        if (s[pos] >= 0xE4 && (s[pos + 1] & 0xC0) == 0x80 && (s[pos + 2] & 0xC0) == 0x80 &&
            ((s[pos] & 0x0F) << 12 | (s[pos + 1] & 0x3F) << 6) >= 0x4E00 && dnp_fold_tables_ok) {
            memcpy(fold, s + pos, 3);
            flen = 3;
        } else
            flen = dnp_cjk_fold(e->text, e->len, pos, fold);
        dnp_token t;
        if (!flen) {
            q = pos;
            if (!dnp_next_token(e->text, e->len, &q, &t) || !(t.flags & DNP_TF_CJK) ||
                !(t.flags & DNP_TF_ADJ))
                break;
            if (t.flags & DNP_TF_LONG) {
                pos = q;
                continue;
            }
            memcpy(fold, t.fold, sizeof fold);
            flen = t.flen;
        }
        const dnp_lex_key *key = cache ? dnp_lex_find_cached(cache, fold, flen)
                                       : dnp_lex_find(fold, flen);
        if (key && (key->kinds != (1u << DNP_K_WEEKDAY_CUE) || month_cue_key(key)))
            break;
        pos = q;
    }
    return pos;
}

/* The ASCII bytes that make separator tokens of no effect in a cluster of separators alone:
   white space (no hard break) and punctuation, but for ':' (before a zone name: "Time: EST"
   is looked up as a zone, zone_may_follow) and '%' and '$' (money: e->money). */
/* \t \n \r, space and !"#&'()*+,-./;<=>?@[\\]^_`{|}~: a byte's answer in one load */
static const bool inert_sep[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1,
    ['&'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1,
    ['.'] = 1, ['/'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1,
    ['['] = 1, ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['{'] = 1, ['|'] = 1,
    ['}'] = 1, ['~'] = 1,
};

static inline bool inert_byte(unsigned char b)
{
    return inert_sep[b];
}

/* Whether a word of folded bytes fold[0..n) may be a letter of ISO 8601 or the RFCs
   (generic_id): skip_unknown_words leaves those to the scan. */
static inline bool maybe_generic(const char *fold, size_t n)
{
    return (n == 1 && (fold[0] == 't' || fold[0] == 'z' || fold[0] == 'w')) ||
           (n == 2 && fold[0] == 'u' && fold[1] == 't') ||
           (n == 3 && ((fold[0] == 'g' && fold[1] == 'm' && fold[2] == 't') ||
                       (fold[0] == 'u' && fold[1] == 't' && fold[2] == 'c')));
}

/* After a cluster closed, the position past the words after it that would each close a
   cluster of separators alone (issue 10: most words of running text): a run of inert_sep
   bytes, then a word the lexicon does not know, no letter of ISO 8601 or the RFCs, no CJK
   character, that a byte of inert_sep or the text's end follows (so that the next token
   touches nothing). Each such cluster, its separators and the word, would be closed and
   scanned without effect (no number, no word: scan_cluster reads nothing) and leave the
   scan where this leaves it: no item, no identifier begun. pos itself when none. The word
   it stops at, when it read one, goes to a (the scan's tokens read ahead): the scan does
   not read it again. */
static size_t skip_unknown_words(const env *e, size_t pos, dnp_word_slot *cache, ahead *a)
{
    const unsigned char *s = (const unsigned char *)e->text;
    const size_t len = e->len;
    dnp_token *t = &a->t[0];
    for (;;) {
        size_t q = pos;
        while (q < len && inert_byte(s[q]))
            q++;
        if (q == pos || q >= len)
            return pos;
        size_t r = q;
        const dnp_lex_key *key;
        if ((unsigned char)((s[q] | 0x20) - 'a') < 26) {
            /* ASCII letters: the token ascii_word reads, its folded bytes straight from the
               text */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* eight bytes a turn, as ascii_word reads them: the letters' high bits (exact
               byte by byte: (b | 0x20) in 'a'..'z' with the high bit clear) */
            while (r + 8 <= len) {
                uint64_t w8, x, lo, non;
                memcpy(&w8, s + r, 8);
                x = w8 | 0x2020202020202020ull, lo = x & 0x7F7F7F7F7F7F7F7Full;
                non = ~((0x0101010101010101ull * (127 + 0x7B) - lo) & ~x &
                        (lo + 0x0101010101010101ull * (127 - 0x60))) &
                      0x8080808080808080ull;
                size_t run = non ? (size_t)__builtin_ctzll(non) / 8 : 8;
                if (r - q + 8 <= DNP_WORD_MAX)
                    memcpy(t->fold + (r - q), &x, 8); /* bytes past the word: never read */
                else
                    for (size_t k = 0; k < run && r - q + k < DNP_WORD_MAX; k++)
                        t->fold[r - q + k] = (char)(s[r + k] | 0x20);
                r += run;
                if (non)
                    goto letters_done;
            }
#endif
            while (r < len && (unsigned char)((s[r] | 0x20) - 'a') < 26) {
                if (r - q < DNP_WORD_MAX)
                    t->fold[r - q] = (char)(s[r] | 0x20);
                r++;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        letters_done:
#endif
            /* a digit, a letter of another script, an apostrophe or a hyphen may continue
               the word or touch it: the tokenizer's */
            if (r < len && (!inert_byte(s[r]) || s[r] == '\'' || s[r] == '-'))
                goto token;
            size_t n = r - q;
            if (n > DNP_WORD_MAX) {
                pos = r; /* too long to be a key */
                continue;
            }
            if (maybe_generic(t->fold, n))
                return pos;
            t->kind = DNP_TK_WORD;
            t->flags = 0;
            t->ndigits = 0;
            t->flen = (uint8_t)n;
            t->start = (uint32_t)q, t->end = (uint32_t)r;
            t->value = 0;
            key = dnp_lex_find_cached(cache, t->fold, n);
        } else if (s[q] >= 0x80 && !(s[q] >= 0xE3 && s[q] <= 0xE9)) {
        token:
            r = q;
            if (!dnp_next_token(e->text, len, &r, t) || t->kind != DNP_TK_WORD ||
                t->start != q || (t->flags & (DNP_TF_CJK | DNP_TF_ADJ)))
                return pos;
            if (r < len && !inert_byte(s[r])) {
                a->n = 1, a->i = 0, a->at[0] = q, a->next[0] = r;
                return pos;
            }
            if (t->flags & DNP_TF_LONG) {
                pos = r;
                continue;
            }
            if (maybe_generic(t->fold, t->flen))
                return pos;
            key = dnp_lex_find_cached(cache, t->fold, t->flen);
        } else
            return pos;
        if (key && (key->kinds != (1u << DNP_K_WEEKDAY_CUE) || month_cue_key(key))) {
            a->n = 1, a->i = 0, a->at[0] = q, a->next[0] = r;
            return pos;
        }
        pos = r;
    }
}

/* Reads the text as clusters and scans each. A cluster ends at a word the lexicon does not
   know, a hard separator or a line break (no date spans lines). A cluster longer than
   CL_MAX items is scanned in windows that overlap by CL_KEEP items, so that a date cut by
   the window's end is read whole in the next one; scan_cluster never reports a date that
   starts in the overlap twice. */
static void run(env *e, sink *sk, dnp_word_slot *cache)
{
    item items[CL_MAX];
    int n = 0, glue_start = 0, glue_turns = 0, glue_last = 0;
    bool ident = false;
    size_t pos = 0;
    dnp_token t;
    ahead a;
    a.n = a.i = 0;
    while (next_token_ahead(e, &pos, &t, &a)) {
        item *x = &items[n];
        bool brk = false;
        memset(x, 0, sizeof *x);
        x->start = t.start, x->end = t.end, x->tflags = t.flags;
        if (t.kind == DNP_TK_NUM) {
            x->type = IT_NUM;
            x->ndigits = t.ndigits;
            x->value = t.value;
        } else if (t.kind == DNP_TK_SEP) {
            x->type = IT_SEP;
            x->sep = (uint32_t)t.value;
            /* percent signs of every script: "3 %", "٣٪" (U+066A), "３％"; and degrees of
               a temperature, a measure: "30 nov 17 °C" is no 2017 (a degree sign alone is
               an ordinal's: Italian "1° dicembre") */
            if (x->sep < 0x80 ? x->sep == '%' || x->sep == '$'
                              : x->sep == 0x066A || x->sep == 0xFF05 || x->sep == 0x2030 ||
                                    x->sep == 0x2103 || x->sep == 0x2109 ||
                                    (x->sep == 0xB0 && t.end < e->len &&
                                     strchr("CF", e->text[t.end]) && e->text[t.end]) ||
                                    u_charType((UChar32)x->sep) == U_CURRENCY_SYMBOL) {
                x->tflags |= XF_MONEY;
                e->money = true;
            }
            if (t.flags & (DNP_TF_HARD | DNP_TF_NEWLINE))
                brk = true;
        } else {
            size_t t_end = pos, zpos = pos; /* where the word ends */
            /* the letters of ISO 8601 and the RFCs come first: "T" in 2015-11-22T10:00 is
               no word of any language here, whatever the lexicon says */
            int g = generic_id(&t, e->text);
            /* ISO's week letter comes before the week's number ("2015-W48", "2015W48");
               one that no digit follows is a word ("in 2w", "1w ago": a week) */
            if (g == G_W && !(pos < e->len && e->text[pos] >= '0' && e->text[pos] <= '9'))
                g = 0;
            const dnp_lex_key *key = ((g && g != G_UT) || (t.flags & DNP_TF_LONG)) ? NULL
                                     : cache ? dnp_lex_find_cached(cache, t.fold, t.flen)
                                             : dnp_lex_find_line(t.fold, t.flen);
            x->gen = (uint8_t)g;
            if (g == G_W && !key && dnp_w_phrase(e, &t, &pos, x)) {
                /* a phrase beginning with "w" (Polish "w zeszłym tygodniu") */
            } else if (g && !key) {
                x->type = IT_GEN;
            } else if (key && (key->kinds != (1u << DNP_K_WEEKDAY_CUE) || month_cue_key(key))) {
                x->type = IT_WORD;
                x->m = &dnp_lex_meanings[key->meaning], x->nm = key->nmeaning;
                x->kinds = key->kinds;
                const dnp_lex_key *mkey = key;
                /* lookup_multi writes x only when it finds a longer key (no copy of x: its
                   fields, just written one by one, could not be read back in one load) */
                if ((x->kinds & (1u << DNP_K_PREFIX)) &&
                    !(multi_may_follow(e, &t, pos) && lookup_multi(e, &t, &pos, x, &mkey, &a)) &&
                    !((t.flags & DNP_TF_CJK) && bracket_after(e, pos) &&
                      bracketed_day(e, &t, &pos, x, &mkey)) &&
                    !(x->kinds & ~(1u << DNP_K_PREFIX)))
                    brk = true;
                if ((zone_may_follow(items, n) || zone_before_clock(e, &t)) &&
                    dnp_zone_match(e, &t, &zpos, x)) {
                    pos = zpos != t_end ? zpos : pos;
                    brk = false;
                }
                x->week = (mkey->mflags & DNP_KM_WEEK) != 0;
                if (x->kinds & (1u << DNP_K_MONTH)) {
                    dnp_analyze_month_word(e, x, mkey);
                    /* issue 10: a mark the month's names lack makes another word of a
                       look-alike ("giù", down, is no Italian "giu", June): risky */
                    if ((mkey->mflags & DNP_KM_PLAIN) &&
                        !ascii_span(e->text + x->start, x->end - x->start))
                        month_look_alike(e, x, mkey);
                }
            } else if ((zone_may_follow(items, n) || zone_before_clock(e, &t)) &&
                       dnp_zone_match(e, &t, &zpos, x)) {
                pos = zpos; /* a zone name: "Pacific Time", "Europe/Paris", "MEZ" */
            } else {
                /* a word not in the lexicon is noise: only keys and their prefixes are in
                   it, so no date goes on through this word */
                brk = true;
            }
            if (x->kinds & (1u << DNP_K_ZONE))
                dnp_zone_caps(e, x);
            /* a word looked up alone (record_span): no key of several words, no zone name
               took the tokens after it */
            if (x->type == IT_WORD && pos == t_end)
                x->flen = t.flen;
        }
        /* Letters and digits glued in turn, three times or more, make an identifier, not a
           date: a commit id "0be8d3369a4", "S02E05". The letters of ISO 8601 (T, W, Z),
           CJK marks and the marks of hours, minutes and seconds do not count:
           "20151122T143005Z", "2015年11月22日", "14h30min" are dates. */
        const uint32_t clock_marks = (1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) |
                                     (1u << DNP_K_SECOND_MARK);
        if (!(t.flags & DNP_TF_ADJ) || t.kind == DNP_TK_SEP) {
            glue_start = n, glue_turns = 0, glue_last = t.kind;
        } else if (t.kind != DNP_TK_SEP && !(t.flags & DNP_TF_CJK) &&
                   !(x->type == IT_GEN && x->gen != G_UT) &&
                   !(x->type == IT_WORD && (x->kinds & clock_marks)) &&
                   (t.kind == DNP_TK_NUM || ascii_word(&t))) {
            if (t.kind != glue_last)
                glue_turns++;
            glue_last = t.kind;
            if (glue_turns >= 3)
                ident = true;
        }
        if (ident) {
            /* drop the identifier's items; the rest of it is skipped up to a separator */
            n = glue_start < n ? glue_start : n;
            if (t.kind == DNP_TK_SEP)
                ident = false;
            else {
                if (n)
                    scan_cluster(e, items, n, n, sk);
                n = 0, glue_start = 0;
                continue;
            }
        }
        if (brk) {
            /* a cluster of one separator, the white space between two words no key (most
               of a page's), has nothing to scan */
            if (n > 1 || (n == 1 && items[0].type != IT_SEP))
                scan_cluster(e, items, n, n, sk);
            n = 0;
            if ((t.flags & DNP_TF_CJK) && x->type != IT_WORD)
                pos = skip_unknown_cjk(e, pos, cache);
            if (cache && a.i >= a.n)
                pos = skip_unknown_words(e, pos, cache, &a);
            continue;
        }
        n++;
        if (n == CL_MAX) {
            int resume = scan_cluster(e, items, n, CL_MAX - CL_KEEP, sk);
            memmove(items, items + resume, (size_t)(n - resume) * sizeof items[0]);
            n -= resume;
        }
    }
    if (n)
        scan_cluster(e, items, n, n, sk);
}

/* issue 8: a whole text of ASCII numbers, spaces and punctuation, no letter ("1/31/1998",
   "16.12.2013", "2013/7/16", "192.168.0.1", "+1 (722) 584-3870", "$12.99": near a quarter
   of bench/gen_lines' lines), of at most SHAPE_MAX bytes. Its items are built from the bytes
   as the tokenizer and run build them: a number of up to 18 digits (no letter or digit before
   it: no DNP_TF_ADJ), a run of spaces (DNP_TF_SPACE, DNP_TF_ADJ after a digit), one
   punctuation byte (DNP_TF_ADJ after a digit; '%' and '$' are money); no hard break, no
   identifier's glue (no two numbers touch), one cluster. It is then scanned by scan_cluster
   as run scans it: the same readers, the same answer (tests/check_iso_paths compares the two
   on every line of its corpus and on variants), without the tokenizer's and run's work per
   token. False, and nothing read, for any other text. */
#define SHAPE_MAX 64
_Static_assert(SHAPE_MAX < CL_MAX, "a shape's items are one cluster, scanned at once");

/* Whether b may stand in a shape: ASCII, no control, no letter. */
static inline bool shape_byte(unsigned char b)
{
    return (unsigned char)(b - ' ') < 0x7F - ' ' && (unsigned char)((b | 0x20) - 'a') >= 26;
}

static bool ascii_shape(env *e, sink *sk)
{
    const unsigned char *s = (const unsigned char *)e->text;
    const size_t len = e->len;
    /* the bytes first: most texts have a letter or a byte past ASCII early ("272 comments",
       "29. märts 2013"), and no item is built for them */
    for (size_t p = 0; p < len; p++)
        if (!shape_byte(s[p]))
            return false;
    item items[SHAPE_MAX];
    int n = 0;
    bool money = false;
    for (size_t p = 0; p < len; n++) {
        unsigned char b = s[p];
        item *x = &items[n];
        memset(x, 0, sizeof *x);
        x->start = (uint32_t)p;
        if (b >= '0' && b <= '9') {
            size_t q = p;
            uint64_t v = 0;
            while (q < len && (unsigned char)(s[q] - '0') < 10)
                v = v * 10 + (uint64_t)(s[q++] - '0');
            if (q - p > 18)
                return false; /* more than 18 digits: DNP_TF_LONG, the tokenizer's */
            x->type = IT_NUM;
            x->ndigits = (uint8_t)(q - p);
            x->value = v;
            p = q;
        } else {
            bool adj = p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9';
            x->type = IT_SEP;
            x->sep = b;
            x->tflags = adj ? DNP_TF_ADJ : 0;
            if (b == ' ') {
                x->tflags |= DNP_TF_SPACE;
                while (++p < len && s[p] == ' ')
                    ;
            } else {
                if (b == '%' || b == '$') {
                    x->tflags |= XF_MONEY;
                    money = true;
                }
                p++;
            }
        }
        x->end = (uint32_t)p;
    }
    if (money)
        e->money = true;
    if (n)
        scan_cluster(e, items, n, n, sk);
    return true;
}

/* Epoch seconds (10 digits) or milliseconds (13), when the whole text is that number. */
static inline __attribute__((always_inline)) bool epoch(const env *e, dn_date *out)
{
    size_t a = e->content_start, b = e->content_end;
    size_t nd = b - a;
    if (nd != 10 && nd != 13)
        return false;
    int64_t v = 0;
    for (size_t i = a; i < b; i++) {
        char ch = e->text[i];
        if (ch < '0' || ch > '9')
            return false;
        v = v * 10 + (ch - '0');
    }
    int ms = 0;
    if (nd == 13)
        ms = (int)(v % 1000), v /= 1000;
    int64_t days = v / 86400, rem = v % 86400;
    memset(out, 0, sizeof *out);
    dnp_civil_from_days(days, &out->year, &out->month, &out->day);
    out->hour = (int)(rem / 3600), out->minute = (int)(rem / 60 % 60), out->second = (int)(rem % 60);
    out->precision = DN_PREC_SECOND;
    if (nd == 13) {
        out->nanosecond = ms * 1000000;
        out->fraction_digits = 3;
        out->precision = DN_PREC_FRACTION;
    }
    out->flags = DN_FLAG_EPOCH | DN_FLAG_HAS_OFFSET;
    out->offset_minutes = 0;
    out->weekday = dnp_weekday(days);
    out->confidence = DNP_CONF_EPOCH;
    out->start = a, out->end = b;
    return true;
}

static void content_bounds(env *e)
{
    size_t a = 0, b = e->len;
    const unsigned char *s = (const unsigned char *)e->text;
    /* ASCII white space and punctuation at the ends do not count as content */
    while (a < b && (s[a] <= ' ' || s[a] == '.' || s[a] == ',' || s[a] == '"' || s[a] == '\'' ||
                     s[a] == '(' || s[a] == '['))
        a++;
    while (b > a && (s[b - 1] <= ' ' || s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == '"' ||
                     s[b - 1] == '\'' || s[b - 1] == ')' || s[b - 1] == ']'))
        b--;
    e->content_start = a, e->content_end = b;
}

static int setup(const dn_parser *p, const char *text, size_t len, const dn_context *ctx, env *e)
{
    if (!p || (!text && len))
        return DN_ERR_ARG;
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* spans are 32-bit inside; the rest of a 4 GiB text is not read */
    e->p = p, e->text = text ? text : "", e->len = len;
    e->money = false;
    e->wcache = NULL;
    e->spans = NULL;
    e->search = false;
    int64_t now = ctx ? ctx->now : (int64_t)time(NULL);
    int off = ctx ? ctx->now_offset_minutes : p->zone_offset;
    int64_t local = now + (int64_t)off * 60;
    e->now_days = (local >= 0 ? local : local - 86399) / 86400;
    dnp_civil_from_days(e->now_days, &e->now_year, &e->now_month, &e->now_day);
    e->now_sec = (int)(local - e->now_days * 86400);
    e->now_off = off;
    content_bounds(e);
    return 0;
}

/* Whether the date's text begins with its two-digit year: "15-16 augusti" read as 16 August
   2015 (a range's first day taken for the year, page.c). */
static bool year_first(const env *e, const dn_date *d)
{
    const char *s = e->text + d->start;
    size_t left = d->end - d->start;
    int v = 0, nd = 0;
    while ((size_t)nd < left && nd < 3 && s[nd] >= '0' && s[nd] <= '9')
        v = v * 10 + (s[nd] - '0'), nd++;
    return nd >= 1 && nd <= 2 && v == d->year % 100;
}

/* Whether a range may end at `at`: a dash or a word's last byte just before it (blanks
   between), and an ASCII digit in the bytes a range's first day may take
   (DNP_PAGE_RANGE_LOOKBACK). Most dates have neither, and no range to look for. */
static bool range_may_end(const env *e, size_t at)
{
    size_t k = at;
    while (k > e->content_start && (e->text[k - 1] == ' ' || e->text[k - 1] == '\t'))
        k--;
    if (k == e->content_start)
        return false;
    unsigned char ch = (unsigned char)e->text[k - 1];
    /* '-', '~', a word's last byte (U+2013 and U+2014 end in 0x93, 0x94) */
    if (!(ch == '-' || ch == '~' || ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
        return false;
    size_t from = at > e->content_start + DNP_PAGE_RANGE_LOOKBACK ? at - DNP_PAGE_RANGE_LOOKBACK
                                                                  : e->content_start;
    for (size_t q = from; q < k; q++)
        if (e->text[q] >= '0' && e->text[q] <= '9')
            return true;
    return false;
}

/* A range's end, or its first day read as a year: the range's first day (page.c). */
static __attribute__((noinline)) void line_range(const env *e, dn_date *out)
{
    if (out->precision >= DN_PREC_DAY && !(out->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) &&
        (((out->flags & DN_FLAG_TWO_DIGIT_YEAR) && year_first(e, out)) ||
         (out->start > e->content_start + 1 && out->day >= 2 && range_may_end(e, out->start))))
        dnp_line_range(e, out);
}

/* dn_parse, and for tests/check_iso_paths.c one of its two paths alone: the whole-text
   forms read from the bytes (epoch seconds, dnp_iso_fast) or the token path (run). */
static inline __attribute__((always_inline)) int parse(const dn_parser *p, const char *text,
                                                     size_t len, const dn_context *ctx,
                        dn_date *out, int paths)
{
    if (!out)
        return DN_ERR_ARG;
    env e;
    int rc = setup(p, text, len, ctx, &e);
    if (rc < 0) {
        memset(out, 0, sizeof *out);
        return rc;
    }
    if (paths & DNP_PATH_BYTES) {
        if (epoch(&e, out))
            return 1;
        /* a stamp has a dash after its four-digit year: most texts are turned away here,
           without the call */
        size_t cn = e.content_end - e.content_start;
        if (cn >= 7 && e.text[e.content_start + 4] == '-' && dnp_iso_fast(&e, out))
            return 1;
        /* the program stamps of stamp.c: 19 bytes with a colon after the year, 14 or 15 */
        if ((cn == 14 || cn == 15 || (cn == 19 && e.text[e.content_start + 4] == ':')) &&
            dnp_program_stamp(&e, out))
            return 1;
    }
    /* feed dates (stamp.c): 16 to 34 bytes, a weekday's letter first or a day's digits and
       a space */
    if (paths & DNP_PATH_FEED) {
        size_t cn = e.content_end - e.content_start;
        const char *c = e.text + e.content_start;
        /* (the bytes are read only inside the content: an empty one has none) */
        if (cn >= 16 && cn <= 34 &&
            ((((unsigned char)c[0] | 0x20) >= 'a' && ((unsigned char)c[0] | 0x20) <= 'z') ||
             (c[0] >= '0' && c[0] <= '9' && (c[1] == ' ' || c[2] == ' '))) &&
            dnp_feed_stamp(&e, out))
            return 1;
    }
    /* the dates read are written into out and spare in turn, out first: no copy of each
       better one, none at the end when one date was read */
    dn_date spare;
    sink sk;
    sk.out = NULL, sk.cap = sk.count = 0, sk.search = false;
    sk.best = &spare, sk.spare = out, sk.best_score = 0, sk.have_best = false;
    sk.last_year = 0, sk.last_end = 0, sk.wide = false;
    if ((paths & DNP_PATH_TOKENS) &&
        !((paths & DNP_PATH_SHAPES) && e.len && e.len <= SHAPE_MAX && ascii_shape(&e, &sk)))
        run(&e, &sk, NULL);
    if (!sk.have_best || sk.best->confidence < DNP_CONF_MIN) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    if (sk.best != out)
        *out = *sk.best;
    if (out->start > e.content_start + 1 || (out->flags & DN_FLAG_TWO_DIGIT_YEAR))
        line_range(&e, out);
    return 1;
}

int dn_parse(const dn_parser *p, const char *text, size_t len, const dn_context *ctx, dn_date *out)
{
    return parse(p, text, len, ctx, out,
                 DNP_PATH_BYTES | DNP_PATH_FEED | DNP_PATH_TOKENS | DNP_PATH_SHAPES);
}

int dnp_parse_paths(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                    dn_date *out, int paths)
{
    return parse(p, text, len, ctx, out, paths);
}

/* dn_search: the page decides over the dates read (page.c), in windows of SEARCH_WINDOW of
   them; a page of up to SEARCH_WINDOW dates is one window, the whole page. A longer page is
   read in windows that overlap by 2 * SEARCH_MARGIN dates: each gives the results of its
   core, the dates between its margins, and its margins are read for their neighbours'
   sake only (a range's other end, a list's year, the date before a day alone). A window is
   decided in SEARCH_ROOM places, room for the dates the page adds (a range's first day),
   whatever the caller's cap: the results, and their count, are the same for every cap, and
   the memory of a call is bounded (the windows live on the stack; nothing is allocated).
   Each result begins where the one before it ends or after (a window's core is its own
   stretch of text, and a result that would overlap the last one given is dropped). */
#define SEARCH_WINDOW 128
#define SEARCH_ROOM 256
#define SEARCH_MARGIN 16
_Static_assert(SEARCH_MARGIN > 0 && 4 * SEARCH_MARGIN < SEARCH_WINDOW &&
                   SEARCH_WINDOW <= SEARCH_ROOM,
               "a window has a core between its margins, and its dates fit its room");

/* What a search gave so far: the caller's out, and the results given (each counted, written
   while out has room). */
struct pager {
    const dn_search_options *opts;
    dn_date *out;
    size_t cap;
    size_t found;    /* results given */
    size_t last_end; /* where the last one given ends */
    bool later;      /* a window was decided: the first SEARCH_MARGIN dates of the one being
                        read are the core's of the one before */
    dn_date *win;    /* SEARCH_ROOM places for a window (the caller's out is the first one's
                        when it has that room: the common page is decided in place) */
};

/* The page's decisions over a window, win[0..n) (the dates read, in text order), and its
   core's results given. last: the page's last window, whose core runs to the end. */
static void decide_window(const env *e, pager *pg, dn_date *win, size_t n, bool last)
{
    /* the core's stretch of text: from its first date's start (a range's first day before
       it is the last window's, which read that date in its margin) to the start of the
       first date of the margin after it */
    size_t from = pg->later ? win[SEARCH_MARGIN].start : 0;
    size_t to = last ? SIZE_MAX : win[n - SEARCH_MARGIN].start;
    size_t k = dnp_page_finish(e, pg->opts, win, n, SEARCH_ROOM);
    /* (in locals: the stores of dates could overwrite pg's fields, for all the compiler
       knows) */
    size_t found = pg->found, last_end = pg->last_end;
    for (size_t i = 0; i < k; i++) {
        const dn_date *d = &win[i];
        if (d->start < from || d->start >= to || (found && d->start < last_end))
            continue;
        /* (the first window may be decided in out itself: a date is in its place) */
        if (found < pg->cap && d != &pg->out[found])
            pg->out[found] = *d;
        found++;
        last_end = d->end;
    }
    pg->found = found, pg->last_end = last_end;
}

/* report_search's window is full (SEARCH_WINDOW dates, and one more read): it is decided
   but for its last margin, and its last 2 * SEARCH_MARGIN dates begin the next. Out of
   line: a page has rarely so many dates. */
static DNP_RARE void next_window(const env *e, sink *sk)
{
    dn_date keep[2 * SEARCH_MARGIN];
    size_t n = sk->count;
    if (sk->out == sk->pg->out) { /* the results go there: the window moves to the stack */
        memcpy(sk->pg->win, sk->out, n * sizeof *sk->out);
        sk->out = sk->pg->win;
    }
    memcpy(keep, sk->out + n - 2 * SEARCH_MARGIN, sizeof keep);
    decide_window(e, sk->pg, sk->out, n, false);
    memcpy(sk->out, keep, sizeof keep);
    sk->count = 2 * SEARCH_MARGIN;
    sk->pg->later = true;
}

size_t dnp_search(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                  const dn_search_options *opts, dn_date *out, size_t cap)
{
    env e;
    if (setup(p, text, len, ctx, &e) < 0 || (!out && cap))
        return 0;
    e.search = true;
    dn_date win[SEARCH_ROOM];
    pager pg = {opts, out, cap, 0, 0, false, win};
    sink sk = {0};
    sk.search = true, sk.cap = SEARCH_WINDOW, sk.pg = &pg;
    sk.out = cap >= SEARCH_ROOM ? out : win;
    /* the lexicon's answers for the page's short words (a line of line mode is too short
       to repay the table's clearing) */
    dnp_word_slot cache[1 << DNP_WORD_CACHE_LOG2];
    memset(cache, 0, sizeof cache); /* len 0: empty (one call, not a store a slot) */
    e.wcache = cache; /* page.c's look-ups too */
    dnp_spans spans; /* the dates' words, for page.c */
    spans.ndates = spans.ntoks = 0;
    sk.spans = &spans;
    e.spans = &spans; /* (page.c reads the records when it decides a window) */
    run(&e, &sk, cache);
    if (sk.count)
        decide_window(&e, &pg, sk.out, sk.count, true);
    return pg.found;
}

size_t dn_search(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                 dn_date *out, size_t cap)
{
    return dnp_search(p, text, len, ctx, NULL, out, cap);
}
