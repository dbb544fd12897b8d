/*
 * keys.c: names -> lexicon keys, and the raw entries. A name from CLDR or locales/ ("janv.",
 * "n. Chr.", "tháng 11", "ʻOkakopa") is run through the library's own tokenizer and folding,
 * exactly as the parser will see text at run time, and becomes one key per run of words
 * ("janv", "n chr") plus a DNP_K_PREFIX key for each proper prefix of a multi-word key
 * ("n"). A month name with digits gives its words as month prefix and month mark instead
 * ("tháng", "月"). Each (key, language, kind, value, flags) is one raw entry; merge.c sorts
 * and merges them.
 *
 * Not done here: reading ICU or files (cldr.c, supplements.c) or deciding risk beyond the
 * one-letter rule (merge.c).
 */
#include "lexgen.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

char *arena;
static size_t arena_len, arena_cap;
entry *ents;
size_t nents;
static size_t ents_cap;

void add_entry(const char *key, size_t len, int lang, int kind, int value, int flags)
{
    if (len == 0 || len > UINT16_MAX)
        return;
    if (arena_len + len > arena_cap) {
        arena_cap = (arena_cap + len) * 2;
        arena = xrealloc(arena, arena_cap);
    }
    if (nents == ents_cap) {
        ents_cap = ents_cap ? ents_cap * 2 : 65536;
        ents = xrealloc(ents, ents_cap * sizeof *ents);
    }
    memcpy(arena + arena_len, key, len);
    ents[nents++] = (entry){ (uint32_t)arena_len, (uint16_t)len, (uint16_t)lang,
                             (uint8_t)kind, (uint8_t)value, (uint8_t)flags };
    arena_len += len;
}

/* Tokenizes a name exactly as the parser will tokenize text: the words of one run are
   joined by one space where a separator stood between them and by nothing where they
   touched (DNP_TF_ADJ); separators at either end are dropped; a number ends the run.
   Returns false when a word is too long to ever match (DNP_TF_LONG) or the name too long. */
bool parse_name(const char *s, size_t n, parsed_name *pn)
{
    size_t pos = 0;
    dnp_token t;
    keyrun *cur = NULL;
    pn->nrun = 0;
    pn->nnum = 0;
    while (dnp_next_token(s, n, &pos, &t)) {
        if (t.kind == DNP_TK_NUM) {
            pn->nnum++;
            cur = NULL;
            continue;
        }
        if (t.kind != DNP_TK_WORD)
            continue;
        if (t.flags & DNP_TF_LONG)
            return false;
        if (!cur) {
            if (pn->nrun == 4)
                return false;
            cur = &pn->run[pn->nrun++];
            cur->len = 0;
            cur->nwords = 0;
            cur->nums_before = pn->nnum;
        } else if (!(t.flags & DNP_TF_ADJ)) {
            if (cur->len + 1 > KEY_MAX)
                return false;
            cur->key[cur->len++] = ' ';
        }
        if (cur->len + t.flen > KEY_MAX || cur->nwords == KEY_WORDS)
            return false;
        memcpy(cur->key + cur->len, t.fold, t.flen);
        cur->len += t.flen;
        cur->ends[cur->nwords++] = cur->len;
    }
    return true;
}

void add_run(const keyrun *r, int lang, int kind, int value, int flags)
{
    add_entry(r->key, r->len, lang, kind, value, flags);
    for (int i = 0; i + 1 < r->nwords; i++)
        add_entry(r->key, r->ends[i], lang, DNP_K_PREFIX, 0, flags & DNP_MF_SUPPLEMENT);
    /* b25fix: and at each word boundary of the key tokenized again, where its folding
       splits a word: a voiced kana's fold ("デ") is its kana and the voicing mark, two CJK
       tokens ("モデル" also has the prefix "モテ"; merge.c merges the repeats) */
    size_t pos = 0;
    dnp_token t;
    bool first = true;
    while (dnp_next_token(r->key, r->len, &pos, &t)) {
        if (t.kind != DNP_TK_WORD)
            continue;
        size_t b = (t.flags & DNP_TF_ADJ) ? t.start : t.start - 1;
        if (!first && b > 0)
            add_entry(r->key, b, lang, DNP_K_PREFIX, 0, flags & DNP_MF_SUPPLEMENT);
        first = false;
    }
}

/* A name of one letter (Hungarian "H" for hétfő, am/pm "a"/"p") stands in running text
   for far more than the date word, so it is flagged risky whatever the language. A CJK
   character is exempt: it is one word of its own in every text ("日", "月"). */
bool one_letter(const keyrun *r)
{
    size_t i = 0;
    UChar32 c = dnp_utf8_next(r->key, r->len, &i);
    return i == r->len && dnp_char_class(c) == DNP_CC_LETTER;
}

/* DNP_MF_NAMED_DOT or DNP_MF_NAMED_BARE for a named relative phrase of one word r spelled
   s: whether its last character is a dot ("huom."); 0 for any other kind or a phrase of
   several words, whose other words say it is a phrase. */
int named_form(const char *s, size_t n, const keyrun *r, int kind)
{
    if (kind != DNP_K_REL_NAMED || r->nwords != 1)
        return 0;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n > 0 && s[n - 1] == '.' ? DNP_MF_NAMED_DOT : DNP_MF_NAMED_BARE;
}

/* Replaces every U+02BB / U+02BC in s by rep (nrep bytes); returns the new length. */
static size_t replace_apostrophes(const char *s, size_t n, const char *rep, size_t nrep,
                                  char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (unsigned char)s[i] == 0xCA &&
            ((unsigned char)s[i + 1] == 0xBB || (unsigned char)s[i + 1] == 0xBC)) {
            if (o + nrep > cap)
                return 0;
            memcpy(out + o, rep, nrep);
            o += nrep;
            i++;
            continue;
        }
        if (o == cap)
            return 0;
        out[o++] = s[i];
    }
    return o;
}

/* Adds one spelling of a CLDR name. Month names with digits ("tháng 11", "11月", "1-р
   сар") give their words as month prefix (before the number) and month mark (after it); other names with
   digits (Vietnamese short weekdays "Th 2") cannot be matched as words and are skipped. */
static void add_name_key(const char *s, size_t n, int lang, int kind, int value, int flags)
{
    parsed_name pn;
    if (n == 0)
        return;
    stats.names++;
    if (!parse_name(s, n, &pn)) {
        stats.skipped_long++;
        return;
    }
    if (pn.nnum == 0) {
        if (pn.nrun == 1) {
            if (one_letter(&pn.run[0]))
                flags |= DNP_MF_RISKY;
            add_run(&pn.run[0], lang, kind, value, flags | named_form(s, n, &pn.run[0], kind));
        }
        return;
    }
    if (kind != DNP_K_MONTH) {
        stats.skipped_digits++;
        return;
    }
    stats.digit_months++;
    for (int i = 0; i < pn.nrun; i++) {
        const keyrun *r = &pn.run[i];
        if (r->nums_before == 0)
            add_run(r, lang, DNP_K_MONTH_PREFIX, 0, flags & DNP_MF_ABBR);
        else if (r->nums_before == pn.nnum)
            add_run(r, lang, DNP_K_MONTH_MARK, 0, flags & DNP_MF_ABBR);
    }
}

/* Adds a CLDR name. A name spelled with a modifier-letter apostrophe (Hawaiian and Tongan
   ʻokina U+02BB "ʻOkakopa", "Poʻalima"; U+02BC) is also added as people type it on a plain
   keyboard: with an ASCII apostrophe (dropped by the tokenizer at a word's edge) and
   without it. */
void add_name(const char *s, size_t n, int lang, int kind, int value, int flags)
{
    if ((kind == DNP_K_MONTH || kind == DNP_K_WEEKDAY) && dnp_word_marked(s, n))
        flags |= DNP_MF_MARKED;
    add_name_key(s, n, lang, kind, value, flags);
    char buf[1024];
    size_t m = replace_apostrophes(s, n, "'", 1, buf, sizeof buf);
    if (m == n && memcmp(buf, s, n) == 0)
        return; /* none in the name */
    if (m)
        add_name_key(buf, m, lang, kind, value, flags);
    m = replace_apostrophes(s, n, "", 0, buf, sizeof buf);
    if (m)
        add_name_key(buf, m, lang, kind, value, flags);
}

/* UTF-16 -> UTF-8, malloc'ed; "" when the text does not convert or is too long. */
char *to_utf8(const UChar *u, int32_t n)
{
    char buf[1024];
    int32_t len = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strToUTF8(buf, sizeof buf - 1, &len, u, n, &st);
    if (U_FAILURE(st) || len >= (int32_t)sizeof buf)
        return xstrdup("");
    buf[len] = '\0';
    return xstrdup(buf);
}

