/*
 * lexicon.c: run-time look-ups in the generated lexicon (lexicon-data.c, written by lexgen
 * at build time from ICU's CLDR data and locales/).
 *
 * - dnp_lex_lookup: a folded key -> its meanings, through the open-addressing hash table
 *   (dnp_hash, linear probing; a slot holds the key index + 1 in the bits of the mask and the
 *   key's hash above them, so that a probe reads a key entry only when the two hashes
 *   agree there: most words of a page are no key, and read one cache line of the table).
 *   A filter of two bits per key (dnp_lex_bloom, 32 KiB) turns most other words away before
 *   the table. No allocation, no locking: the tables are const data.
 * - dnp_lang_find, dnp_locale_find: binary search over the sorted language and locale
 *   tables; a locale falls back from the full ICU id to shorter ones ("sr_Latn_RS" ->
 *   "sr_Latn" -> "sr").
 * - dnp_lex_check: the table invariants, checked again by the tests (PostgreSQL's datetktbl
 *   lesson: sorted tables break silently), and the words that go on a key
 *   (dnp_lex_next_bloom) against the keys.
 * Not done here: folding (fold.c), tokenizing (tokenize.c), or deciding between the meanings
 * of a key (the parser does, by language consistency).
 */
#include "internal.h"

#include <stddef.h>
#include <string.h>

/* dnp_lex_find and dnp_lex_find_line: filter (a page's words) or not (a line's). */
static inline __attribute__((always_inline)) const dnp_lex_key *find(const char *key, size_t len,
                                                                    bool filter)
{
    if (len == 0 || len > UINT16_MAX)
        return NULL;
    const uint32_t mask = dnp_lex_hash_mask;
    uint32_t full = dnp_hash(key, len), h = full & mask, tag = full & ~mask;
    if (filter && !dnp_lex_bloom_has(dnp_lex_bloom, full))
        return NULL; /* no key has both bits: most words of a page stop here */
    /* the table is at most half full, so an empty slot always ends the probe */
    for (;;) {
        uint32_t slot = dnp_lex_hash[h];
        if (slot == 0)
            return NULL;
        const dnp_lex_key *k = &dnp_lex_keys[(slot & mask) - 1];
        if ((slot & ~mask) == tag && k->len == len) {
            /* keys are short: a loop, not a call of memcmp */
            const char *ks = dnp_lex_strings + k->str;
            size_t i = 0;
            while (i < len && ks[i] == key[i])
                i++;
            if (i == len)
                return k;
        }
        h = (h + 1) & dnp_lex_hash_mask;
    }
}

/* A key of no kind (only a year's cues: DNP_KIND_BIT) is none to the readers, which ask
   whether a word is known; page.c reads the cues through dnp_lex_find_cue. */
const dnp_lex_key *dnp_lex_find(const char *key, size_t len)
{
    const dnp_lex_key *k = find(key, len, true);
    return k && k->kinds ? k : NULL;
}

const dnp_lex_key *dnp_lex_find_line(const char *key, size_t len)
{
    const dnp_lex_key *k = find(key, len, false);
    return k && k->kinds ? k : NULL;
}

const dnp_lex_key *dnp_lex_find_cue(const char *key, size_t len)
{
    return find(key, len, true);
}

const dnp_meaning *dnp_lex_lookup(const char *key, size_t len, uint32_t *n)
{
    const dnp_lex_key *k = find(key, len, true);
    *n = k ? k->nmeaning : 0;
    return k ? &dnp_lex_meanings[k->meaning] : NULL;
}

/* The index of the entry named name[0..len) in a table of count entries of `size` bytes,
   sorted by name, whose name (a NUL-terminated string) is the field at `off`; -1 when none.
   The language and the locale tables are searched alike. */
static int find_name(const void *table, int count, size_t size, size_t off, const char *name,
                     size_t len)
{
    int lo = 0, hi = count;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const char *c = *(const char *const *)((const char *)table + (size_t)mid * size + off);
        int r = strncmp(c, name, len);
        if (r == 0 && c[len] != '\0')
            r = 1; /* c is longer: "yue" > "yu" */
        if (r == 0)
            return mid;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

int dnp_lang_find(const char *code, size_t len)
{
    return find_name(dnp_langs, dnp_nlangs, sizeof dnp_langs[0], offsetof(dnp_lang, code), code,
                     len);
}

static int locale_exact(const char *name)
{
    return find_name(dnp_locales, dnp_nlocales, sizeof dnp_locales[0], offsetof(dnp_locale, name),
                     name, strlen(name));
}

/* The first locale of a language: the base locale when ICU lists it (it sorts first, as
   "fr" < "fr_CA"), else the first regional one. */
static int locale_of_language(const char *lang, size_t len)
{
    int lo = 0, hi = dnp_nlocales;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (strncmp(dnp_locales[mid].name, lang, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < dnp_nlocales && strncmp(dnp_locales[lo].name, lang, len) == 0 &&
        (dnp_locales[lo].name[len] == '\0' || dnp_locales[lo].name[len] == '_'))
        return lo;
    return -1;
}

/* Accepts an ICU id ("pt_BR", "sr_Latn_RS") and, to be forgiving, "pt-BR" or
   "pt_BR.UTF-8@euro" (the part from '.' or '@' is dropped); the caller canonicalizes case.
   Falls back by dropping the last subtag until something matches. */
int dnp_locale_find(const char *name)
{
    char buf[64];
    size_t n = 0;
    if (!name)
        return -1;
    for (; name[n] && name[n] != '.' && name[n] != '@'; n++) {
        if (n + 1 == sizeof buf)
            return -1;
        buf[n] = name[n] == '-' ? '_' : name[n];
    }
    buf[n] = '\0';
    while (n > 0) {
        int i = locale_exact(buf);
        if (i >= 0)
            return i;
        char *us = strrchr(buf, '_');
        if (!us)
            break;
        *us = '\0';
        n = (size_t)(us - buf);
    }
    return n > 0 ? locale_of_language(buf, n) : -1;
}

static int key_cmp(const dnp_lex_key *a, const dnp_lex_key *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int r = memcmp(dnp_lex_strings + a->str, dnp_lex_strings + b->str, n);
    if (r)
        return r;
    return a->len < b->len ? -1 : a->len > b->len;
}

static int meaning_cmp(const dnp_meaning *a, const dnp_meaning *b)
{
    if (a->lang != b->lang)
        return a->lang < b->lang ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return a->value < b->value ? -1 : a->value > b->value;
}

/* Returns 0, the index + 1 of the first key that breaks an invariant (order, duplicate,
   meanings out of range or unsorted, not found through the hash), or dnp_lex_nkeys + 1 when
   the language or locale tables are out of order or inconsistent. */
uint32_t dnp_lex_check(void)
{
    uint32_t used = 0;
    for (uint32_t h = 0; h <= dnp_lex_hash_mask; h++) {
        uint32_t slot = dnp_lex_hash[h];
        if (slot == 0)
            continue;
        /* a slot holds a key's index + 1 and the bits of its hash above the mask */
        uint32_t i = (slot & dnp_lex_hash_mask) - 1;
        if (i >= dnp_lex_nkeys || ((dnp_hash(dnp_lex_strings + dnp_lex_keys[i].str,
                                             dnp_lex_keys[i].len) ^ slot) &
                                   ~dnp_lex_hash_mask) != 0)
            return dnp_lex_nkeys + 1;
        used++;
    }
    for (uint32_t i = 0; i < dnp_lex_nkeys; i++) {
        const dnp_lex_key *k = &dnp_lex_keys[i];
        if (k->len == 0 || (i > 0 && key_cmp(&dnp_lex_keys[i - 1], k) >= 0))
            return i + 1;
        if (k->nmeaning == 0 || k->meaning > dnp_lex_nmeanings ||
            k->nmeaning > dnp_lex_nmeanings - k->meaning)
            return i + 1;
        for (uint32_t m = k->meaning; m < k->meaning + k->nmeaning; m++) {
            const dnp_meaning *mm = &dnp_lex_meanings[m];
            if (mm->lang >= dnp_nlangs || mm->kind < DNP_K_PREFIX || mm->kind >= DNP_K_KIND_MAX)
                return i + 1;
            if (m > k->meaning && meaning_cmp(&dnp_lex_meanings[m - 1], mm) >= 0)
                return i + 1;
        }
        if (dnp_key_kinds(&dnp_lex_meanings[k->meaning], k->nmeaning) != k->kinds)
            return i + 1;
        uint32_t n;
        const dnp_meaning *got = dnp_lex_lookup(dnp_lex_strings + k->str, k->len, &n);
        if (got != &dnp_lex_meanings[k->meaning] || n != k->nmeaning)
            return i + 1;
        /* each end of it that a word of it may begin is among the words that go on a key */
        const char *ks = dnp_lex_strings + k->str;
        for (uint32_t j = 1; j < k->len; j++)
            if ((ks[j - 1] == ' ' || ((unsigned char)ks[j] >= 0xE3 && (unsigned char)ks[j] <= 0xE9)) &&
                !dnp_lex_next_has(ks + j, k->len - j))
                return i + 1;
    }
    if (used != dnp_lex_nkeys || ((dnp_lex_hash_mask + 1) & dnp_lex_hash_mask) != 0)
        return dnp_lex_nkeys + 1;
    for (int l = 0; l < dnp_nlangs; l++)
        if (l > 0 && strcmp(dnp_langs[l - 1].code, dnp_langs[l].code) >= 0)
            return dnp_lex_nkeys + 1;
    for (int i = 0; i < dnp_nlocales; i++) {
        const dnp_locale *lc = &dnp_locales[i];
        if ((i > 0 && strcmp(dnp_locales[i - 1].name, lc->name) >= 0) || lc->lang >= dnp_nlangs)
            return dnp_lex_nkeys + 1;
        size_t cl = strlen(dnp_langs[lc->lang].code);
        if (strncmp(lc->name, dnp_langs[lc->lang].code, cl) != 0 ||
            (lc->name[cl] != '\0' && lc->name[cl] != '_'))
            return dnp_lex_nkeys + 1;
    }
    return 0;
}
