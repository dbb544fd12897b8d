/*
 * lexgen.c: the build-time generator of the lexicon table. Run as
 *     lexgen LOCALES_DIR > lib/lexicon-data.c        (the build does this)
 *     lexgen --list LOCALES_DIR                       (one line per meaning, for people)
 * it reads, once, everything CLDR (through ICU) knows about the words of dates in every ICU
 * locale, adds the hand-curated supplements of LOCALES_DIR/LANG.txt (format: locales/README),
 * and writes the sorted, hashed tables that lib/internal.h declares ("the lexicon").
 *
 * What it reads from ICU, per locale, always in the Gregorian calendar:
 * - month names (format and stand-alone, wide and abbreviated: never the narrow forms, which
 *   are single letters), weekday names (wide, abbreviated, short), eras (abbreviated and
 *   wide) and am/pm markers;
 * - the date patterns (FULL..SHORT and a few skeletons), the time patterns and the
 *   date-time glue ("{1} 'à' {0}"): the numeric orders of SHORT and LONG, and the literal
 *   words standing next to fields, which become year/month/day marks ("年", "월", "г"),
 *   the month prefix ("tháng"), hour/minute/second marks ("時", "h") or fillers ("de");
 *   a literal glued to a month name ("d בMMMM y") makes extra keys with it attached.
 * Every key is made by the library's own tokenizer and folding (tokenize.c, fold.c) so that
 * the keys and the tokens the parser sees at run time cannot disagree. A name that holds
 * digits ("tháng 11", "11月") is not a month key: its words become month prefix/mark keys.
 *
 * Not done here: deciding anything at run time (lexicon.c looks keys up, the parser scores),
 * relative expressions and time-zone names (a later issue).
 */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uchar.h>
#include <unicode/udatpg.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

/* ---- small utilities ----------------------------------------------------------------- */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("lexgen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

/* ---- raw entries: one (key, meaning) pair each, merged after sorting ------------------ */

typedef struct {
    uint32_t str; /* offset in the arena */
    uint16_t len;
    uint16_t lang;
    uint8_t kind, value, flags;
} entry;

static char *arena;
static size_t arena_len, arena_cap;
static entry *ents;
static size_t nents, ents_cap;

static struct {
    unsigned long names, skipped_long, skipped_digits, skipped_root, digit_months, glued;
    unsigned long supp_lines, supp_names, risky_filler;
} stats;

static void add_entry(const char *key, size_t len, int lang, int kind, int value, int flags)
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

/* ---- keys: names run through the library's tokenizer ----------------------------------- */

#define KEY_MAX 512
#define KEY_WORDS 24

/* One run of words with no number inside: the key bytes and where each word ends, so that
   every proper prefix of a multi-word key can get its DNP_K_PREFIX meaning. */
typedef struct {
    char key[KEY_MAX];
    size_t len;
    size_t ends[KEY_WORDS];
    int nwords;
    int nums_before; /* numbers of the name standing before this run */
} keyrun;

typedef struct {
    keyrun run[4];
    int nrun;
    int nnum;
} parsed_name;

/* Tokenizes a name exactly as the parser will tokenize text: the words of one run are
   joined by one space where a separator stood between them and by nothing where they
   touched (DNP_TF_ADJ); separators at either end are dropped; a number ends the run.
   Returns false when a word is too long to ever match (DNP_TF_LONG) or the name too long. */
static bool parse_name(const char *s, size_t n, parsed_name *pn)
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

static void add_run(const keyrun *r, int lang, int kind, int value, int flags)
{
    add_entry(r->key, r->len, lang, kind, value, flags);
    for (int i = 0; i + 1 < r->nwords; i++)
        add_entry(r->key, r->ends[i], lang, DNP_K_PREFIX, 0, flags & DNP_MF_SUPPLEMENT);
}

/* A name of one letter (Hungarian "H" for hétfő, am/pm "a"/"p") stands in running text
   for far more than the date word, so it is flagged risky whatever the language. A CJK
   character is exempt: it is one word of its own in every text ("日", "月"). */
static bool one_letter(const keyrun *r)
{
    size_t i = 0;
    UChar32 c = dnp_utf8_next(r->key, r->len, &i);
    return i == r->len && dnp_char_class(c) == DNP_CC_LETTER;
}

/* Adds one spelling of a CLDR name. Month names with digits ("tháng 11", "11月", "1-р сар") give their
   words as month prefix (before the number) and month mark (after it); other names with
   digits (Vietnamese short weekdays "Th 2") cannot be matched as words and are skipped. */
static void add_name_key(const char *s, size_t n, int lang, int kind, int value, int flags);

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

/* Adds a CLDR name. A name spelled with a modifier-letter apostrophe (Hawaiian and Tongan
   ʻokina U+02BB "ʻOkakopa", "Poʻalima"; U+02BC) is also added as people type it on a plain
   keyboard: with an ASCII apostrophe (dropped by the tokenizer at a word's edge) and
   without it. */
static void add_name(const char *s, size_t n, int lang, int kind, int value, int flags)
{
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
            add_run(&pn.run[0], lang, kind, value, flags);
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

/* ---- languages and locales -------------------------------------------------------------- */

typedef struct {
    char *code;
    uint8_t short_order, long_order;
    double speakers; /* from CLDR territoryInfo */
} lang_rec;

typedef struct {
    char *name;
    int lang;
    uint8_t short_order, long_order, gregorian;
    uint8_t ymd_order; /* of the yMd skeleton: may differ from SHORT (ky: d/M/yy, y-dd-MM) */
} locale_rec;

static lang_rec *langs;
static int nlangs;
static void read_speakers(void);
static locale_rec *locs;
static int nlocs;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int lang_index(const char *code)
{
    int lo = 0, hi = nlangs;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(langs[mid].code, code);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* ---- a locale's symbols ---------------------------------------------------------------- */

enum {
    S_MON, S_MON_ABBR, S_MON_SA, S_MON_SA_ABBR,
    S_WD, S_WD_ABBR, S_WD_SHORT, S_WD_SA, S_WD_SA_ABBR, S_WD_SA_SHORT,
    S_ERA, S_ERA_WIDE, S_AMPM, S_COUNT
};

static const struct {
    UDateFormatSymbolType type;
    uint8_t kind, flags;
} symtab[S_COUNT] = {
    [S_MON] = { UDAT_MONTHS, DNP_K_MONTH, 0 },
    [S_MON_ABBR] = { UDAT_SHORT_MONTHS, DNP_K_MONTH, DNP_MF_ABBR },
    [S_MON_SA] = { UDAT_STANDALONE_MONTHS, DNP_K_MONTH, DNP_MF_STANDALONE },
    [S_MON_SA_ABBR] = { UDAT_STANDALONE_SHORT_MONTHS, DNP_K_MONTH,
                        DNP_MF_STANDALONE | DNP_MF_ABBR },
    [S_WD] = { UDAT_WEEKDAYS, DNP_K_WEEKDAY, 0 },
    [S_WD_ABBR] = { UDAT_SHORT_WEEKDAYS, DNP_K_WEEKDAY, DNP_MF_ABBR },
    [S_WD_SHORT] = { UDAT_SHORTER_WEEKDAYS, DNP_K_WEEKDAY, DNP_MF_ABBR },
    [S_WD_SA] = { UDAT_STANDALONE_WEEKDAYS, DNP_K_WEEKDAY, DNP_MF_STANDALONE },
    [S_WD_SA_ABBR] = { UDAT_STANDALONE_SHORT_WEEKDAYS, DNP_K_WEEKDAY,
                       DNP_MF_STANDALONE | DNP_MF_ABBR },
    [S_WD_SA_SHORT] = { UDAT_STANDALONE_SHORTER_WEEKDAYS, DNP_K_WEEKDAY,
                        DNP_MF_STANDALONE | DNP_MF_ABBR },
    [S_ERA] = { UDAT_ERAS, DNP_K_ERA, DNP_MF_ABBR },
    [S_ERA_WIDE] = { UDAT_ERA_NAMES, DNP_K_ERA, 0 },
    [S_AMPM] = { UDAT_AM_PMS, DNP_K_AMPM, 0 },
};

typedef struct {
    char *name[S_COUNT][13]; /* UTF-8; weekdays indexed as ICU does: 1 = Sunday .. 7 */
    int n[S_COUNT];
} symbols;

static char *to_utf8(const UChar *u, int32_t n)
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

static void load_symbols(const UDateFormat *df, symbols *sy)
{
    for (int k = 0; k < S_COUNT; k++) {
        int32_t cnt = udat_countSymbols(df, symtab[k].type);
        if (cnt > 13)
            cnt = 13;
        sy->n[k] = cnt;
        for (int i = 0; i < cnt; i++) {
            UChar u[256];
            UErrorCode st = U_ZERO_ERROR;
            int32_t len = udat_getSymbols(df, symtab[k].type, i, u, 256, &st);
            sy->name[k][i] = U_FAILURE(st) || len > 256 ? xstrdup("") : to_utf8(u, len);
        }
    }
}

static void free_symbols(symbols *sy)
{
    for (int k = 0; k < S_COUNT; k++)
        for (int i = 0; i < sy->n[k]; i++)
            free(sy->name[k][i]);
}

static bool same_list(const symbols *a, const symbols *b, int k)
{
    if (a->n[k] != b->n[k])
        return false;
    for (int i = 0; i < a->n[k]; i++)
        if (strcmp(a->name[k][i], b->name[k][i]) != 0)
            return false;
    return true;
}

/* The value a symbol stands for: ICU numbers weekdays 1 = Sunday .. 7 = Saturday, the
   lexicon 1 = Monday .. 7 = Sunday (ISO 8601); months 0..11 become 1..12. */
static int symbol_value(int k, int i)
{
    switch (symtab[k].kind) {
    case DNP_K_MONTH:
        return i + 1;
    case DNP_K_WEEKDAY:
        return i == 1 ? 7 : i - 1;
    default:
        return i;
    }
}

static symbols root_syms;

static void add_symbols(const symbols *sy, int lang, bool is_en)
{
    for (int k = 0; k < S_COUNT; k++) {
        /* A locale without its own weekday names falls back to root's English placeholders
           ("Sun"): those are not words of that language. Root's month placeholders ("M11",
           which vai_Latn and rof really print) are kept: having digits, they give the month
           prefix "m" of that language. */
        if (symtab[k].kind == DNP_K_WEEKDAY && !is_en && same_list(sy, &root_syms, k)) {
            stats.skipped_root++;
            continue;
        }
        for (int i = 0; i < sy->n[k]; i++) {
            if (symtab[k].kind == DNP_K_WEEKDAY && i == 0)
                continue;
            if (symtab[k].kind == DNP_K_ERA && i > 1)
                continue;
            if (symtab[k].kind == DNP_K_AMPM && i > 1)
                continue;
            const char *s = sy->name[k][i];
            add_name(s, strlen(s), lang, symtab[k].kind, symbol_value(k, i), symtab[k].flags);
        }
    }
}

/* ---- patterns ---------------------------------------------------------------------------- */

typedef struct {
    char field; /* the pattern letter, 0 for a literal */
    int count;
    char lit[256];
    size_t litlen;
} pitem;

#define PITEMS 48

/* Splits an ICU pattern into fields (runs of one ASCII letter) and literals (everything
   else, with 'quoted text' and '' for a quote), the literals as UTF-8. */
static int parse_pattern(const UChar *p, int32_t n, pitem *it)
{
    int ni = 0;
    bool quoted = false;
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(p, i, n, c);
        if (c == '\'') {
            if (i < n && p[i] == '\'') {
                i++;
            } else {
                quoted = !quoted;
                continue;
            }
        } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            if (ni > 0 && it[ni - 1].field == (char)c) {
                it[ni - 1].count++;
                continue;
            }
            if (ni == PITEMS)
                break;
            it[ni++] = (pitem){ .field = (char)c, .count = 1 };
            continue;
        }
        if (ni == 0 || it[ni - 1].field != 0) {
            if (ni == PITEMS)
                break;
            it[ni++] = (pitem){ .field = 0 };
        }
        pitem *l = &it[ni - 1];
        if (l->litlen + 4 < sizeof l->lit) {
            UBool err = false;
            U8_APPEND((uint8_t *)l->lit, l->litlen, sizeof l->lit, c, err);
            (void)err;
        }
    }
    return ni;
}

enum { F_NONE, F_YEAR, F_MONTH_NUM, F_MONTH_NAME, F_DAY, F_WEEKDAY, F_HOUR, F_MIN, F_SEC,
       F_AMPM, F_ZONE, F_OTHER };

static int field_cat(const pitem *f)
{
    if (!f || f->field == 0)
        return F_NONE;
    switch (f->field) {
    case 'y': case 'Y': case 'u': case 'r':
        return F_YEAR;
    case 'M': case 'L':
        return f->count <= 2 ? F_MONTH_NUM : F_MONTH_NAME;
    case 'd':
        return F_DAY;
    case 'E': case 'c': case 'e':
        return f->count >= 3 || f->field == 'E' ? F_WEEKDAY : F_OTHER;
    case 'H': case 'h': case 'k': case 'K':
        return F_HOUR;
    case 'm':
        return F_MIN;
    case 's':
        return F_SEC;
    case 'a': case 'b': case 'B':
        return F_AMPM;
    case 'z': case 'Z': case 'v': case 'V': case 'O': case 'X': case 'x':
        return F_ZONE;
    default:
        return F_OTHER;
    }
}

/* The symbol list a name field shows ("MMMM" the wide format months), or -1 (narrow). */
static int field_symbols(const pitem *f)
{
    switch (f->field) {
    case 'M': return f->count == 3 ? S_MON_ABBR : f->count == 4 ? S_MON : -1;
    case 'L': return f->count == 3 ? S_MON_SA_ABBR : f->count == 4 ? S_MON_SA : -1;
    case 'E': return f->count <= 3 ? S_WD_ABBR : f->count == 4 ? S_WD : f->count == 6 ? S_WD_SHORT : -1;
    case 'c': return f->count == 3 ? S_WD_SA_ABBR : f->count == 4 ? S_WD_SA : f->count == 6 ? S_WD_SA_SHORT : -1;
    default: return -1;
    }
}

/* A word unit of a literal: consecutive words that touch ("年", "星期"), with its span. */
typedef struct {
    keyrun run;
    size_t start, end;
    bool punct_after; /* a separator other than white space follows before the next word */
} lunit;

static int literal_units(const pitem *l, lunit *u, int max)
{
    size_t pos = 0;
    dnp_token t;
    int nu = 0;
    lunit *cur = NULL;
    while (dnp_next_token(l->lit, l->litlen, &pos, &t)) {
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            if (cur && (t.flags & DNP_TF_ADJ) && cur->end == t.start &&
                cur->run.len + t.flen <= KEY_MAX && cur->run.nwords < KEY_WORDS) {
                memcpy(cur->run.key + cur->run.len, t.fold, t.flen);
                cur->run.len += t.flen;
                cur->run.ends[cur->run.nwords++] = cur->run.len;
                cur->end = t.end;
                continue;
            }
            if (nu == max)
                break;
            cur = &u[nu++];
            memcpy(cur->run.key, t.fold, t.flen);
            cur->run.len = t.flen;
            cur->run.nwords = 1;
            cur->run.ends[0] = t.flen;
            cur->run.nums_before = 0;
            cur->start = t.start;
            cur->end = t.end;
            cur->punct_after = false;
        } else {
            if (cur && t.kind == DNP_TK_SEP && !(t.flags & DNP_TF_SPACE))
                cur->punct_after = true;
            /* after a separator cur stays set only to collect punct_after: the next word
               does not touch it and starts a unit of its own */
            if (t.kind == DNP_TK_NUM)
                cur = NULL;
        }
    }
    return nu;
}

enum { PT_DATE, PT_TIME, PT_GLUE };

/* The mark kind a word standing right after a date field makes. */
static int date_mark(int cat)
{
    switch (cat) {
    case F_YEAR: return DNP_K_YEAR_MARK;
    case F_MONTH_NUM: return DNP_K_MONTH_MARK;
    case F_DAY: return DNP_K_DAY_MARK;
    default: return 0;
    }
}

static int time_mark(int cat)
{
    switch (cat) {
    case F_HOUR: return DNP_K_HOUR_MARK;
    case F_MIN: return DNP_K_MINUTE_MARK;
    case F_SEC: return DNP_K_SECOND_MARK;
    default: return 0;
    }
}

/* Whether the tokenizer reads text glued at byte a or b of s as one word with its
   neighbour: Thai "วันอาทิตย์ที่" is one word, but CJK characters are words of their own,
   so zh "d日EEEE" glues nothing. */
static bool joins(const char *s, size_t n, size_t a, size_t b)
{
    size_t pos = 0;
    dnp_token t;
    while (dnp_next_token(s, n, &pos, &t)) {
        if (t.kind != DNP_TK_WORD)
            continue;
        if ((a > 0 && t.start < a && t.end > a) || (b < n && t.start < b && t.end > b))
            return true;
    }
    return false;
}

/* Adds the keys of a name field's names with literal text glued to them ("בנובמבר" from
   "d בMMMM y", Basque "azaroaren" from "MMMM'ren'"). */
static void add_glued(const symbols *sy, int k, const char *pre, size_t npre, const char *post,
                      size_t npost, int lang)
{
    for (int i = 0; i < sy->n[k]; i++) {
        if (symtab[k].kind == DNP_K_WEEKDAY && i == 0)
            continue;
        const char *s = sy->name[k][i];
        size_t n = strlen(s);
        if (n == 0)
            continue;
        char buf[1024];
        if (npre + n + npost >= sizeof buf)
            continue;
        memcpy(buf, pre, npre);
        memcpy(buf + npre, s, n);
        memcpy(buf + npre + n, post, npost);
        if (!joins(buf, npre + n + npost, npre, npre + n))
            continue;
        stats.glued++;
        add_name(buf, npre + n + npost, lang, symtab[k].kind, symbol_value(k, i),
                 symtab[k].flags);
    }
}

/* Reads the literal words of one pattern:
   - date: a word right after a numeric year/month/day field is its mark when it touches the
     field ("y年", "d일") or is followed by punctuation or the end ("y 'г'.", lt "y 'm'.");
     otherwise ("d 'de' MMMM") it is a filler. The last word before a numeric month is a
     month prefix ("'tháng' MM"). Other words are fillers.
   - time: a word after an hour/minute/second field is that field's mark ("H'h'mm", "s초");
     a word after the whole time when its fields are joined by punctuation ("H:mm 'ч'.")
     marks the time as a whole and counts as an hour mark (like "Uhr"); a word before the
     first field is a filler ("'kl'. HH:mm"); words next to zones and am/pm are left out.
   - glue: every word of the date-time glue is a filler ("{1} 'um' {0}"). */
static void read_pattern(const UChar *pat, int32_t n, int type, const symbols *sy, int lang)
{
    pitem it[PITEMS];
    int ni = parse_pattern(pat, n, it);

    /* time patterns: are the time fields joined by punctuation only? */
    bool colon_style = true;
    int last_time = -1;
    for (int i = 0; i < ni; i++) {
        int c = field_cat(&it[i]);
        if (c == F_HOUR || c == F_MIN || c == F_SEC)
            last_time = i;
        if (it[i].field == 0 && i > 0 && i + 1 < ni) {
            int a = field_cat(&it[i - 1]), b = field_cat(&it[i + 1]);
            if ((a == F_HOUR || a == F_MIN) && (b == F_MIN || b == F_SEC)) {
                lunit u[8];
                if (literal_units(&it[i], u, 8) > 0)
                    colon_style = false;
            }
        }
    }

    for (int i = 0; i < ni; i++) {
        const pitem *f = &it[i];
        if (f->field != 0) {
            /* a name field with letters glued to it */
            int k = field_symbols(f);
            if (type != PT_DATE || k < 0)
                continue;
            const char *pre = "", *post = "";
            size_t npre = 0, npost = 0;
            lunit u[8];
            if (i > 0 && it[i - 1].field == 0) {
                int nu = literal_units(&it[i - 1], u, 8);
                if (nu > 0 && u[nu - 1].end == it[i - 1].litlen) {
                    pre = it[i - 1].lit + u[nu - 1].start;
                    npre = u[nu - 1].end - u[nu - 1].start;
                }
            }
            if (i + 1 < ni && it[i + 1].field == 0) {
                int nu = literal_units(&it[i + 1], u, 8);
                if (nu > 0 && u[0].start == 0) {
                    post = it[i + 1].lit;
                    npost = u[0].end;
                }
            }
            if (npre || npost)
                add_glued(sy, k, pre, npre, post, npost, lang);
            continue;
        }
        const pitem *prev = i > 0 ? &it[i - 1] : NULL;
        const pitem *next = i + 1 < ni ? &it[i + 1] : NULL;
        int pc = field_cat(prev), nc = field_cat(next);
        lunit u[8];
        int nu = literal_units(f, u, 8);
        for (int j = 0; j < nu; j++) {
            const keyrun *r = &u[j].run;
            bool glued_before = u[j].start == 0 && prev;
            bool glued_after = u[j].end == f->litlen && next;
            int kind = 0;
            if (type == PT_GLUE) {
                kind = DNP_K_FILLER;
            } else if (type == PT_DATE) {
                if (j == 0 && date_mark(pc) && (glued_before || u[j].punct_after || !next))
                    kind = date_mark(pc);
                else if (j == 0 && pc == F_MONTH_NAME && glued_before)
                    kind = 0; /* made a glued month key above */
                else if (j == nu - 1 && nc == F_MONTH_NUM)
                    kind = DNP_K_MONTH_PREFIX;
                /* "'tháng' M 'năm' y", "EEEE, 'ngày' dd": a word before a numeric year or
                   day that does not follow a month name ("MMMM 'de' y" is a filler) */
                else if (j == nu - 1 && nc == F_YEAR && pc != F_MONTH_NAME)
                    kind = DNP_K_YEAR_PREFIX;
                else if (j == nu - 1 && nc == F_DAY && pc != F_MONTH_NAME && pc != F_YEAR)
                    kind = DNP_K_DAY_PREFIX;
                else if (j == nu - 1 && glued_after && (nc == F_MONTH_NAME || nc == F_WEEKDAY))
                    kind = 0; /* made a glued name key */
                else if (pc == F_ZONE || nc == F_ZONE || pc == F_OTHER || nc == F_OTHER)
                    kind = 0;
                else
                    kind = DNP_K_FILLER;
            } else {
                if (j == 0 && time_mark(pc))
                    kind = (i - 1 == last_time && colon_style && pc != F_HOUR)
                               ? DNP_K_HOUR_MARK
                               : time_mark(pc);
                else if (j == nu - 1 && !prev && (nc == F_HOUR || nc == F_AMPM))
                    kind = DNP_K_FILLER;
            }
            if (kind)
                add_run(r, lang, kind, 0, 0);
        }
    }
}

/* Which of day, month and year comes first, second and third in a pattern. */
static uint8_t pattern_order(const UChar *pat, int32_t n)
{
    pitem it[PITEMS];
    int ni = parse_pattern(pat, n, it);
    int pd = -1, pm = -1, py = -1;
    for (int i = 0; i < ni; i++) {
        int c = field_cat(&it[i]);
        if (c == F_DAY && pd < 0)
            pd = i;
        else if ((c == F_MONTH_NUM || c == F_MONTH_NAME) && pm < 0)
            pm = i;
        else if (c == F_YEAR && py < 0)
            py = i;
    }
    if (pd < 0 || pm < 0 || py < 0)
        return DNP_ORD_NONE;
    if (pd < pm && pm < py)
        return DNP_ORD_DMY;
    if (pm < pd && pd < py)
        return DNP_ORD_MDY;
    if (py < pm && pm < pd)
        return DNP_ORD_YMD;
    if (py < pd && pd < pm)
        return DNP_ORD_YDM;
    return DNP_ORD_NONE;
}

static int32_t get_pattern(UDateFormatStyle tstyle, UDateFormatStyle dstyle, const char *loc,
                           UChar *buf, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(tstyle, dstyle, loc, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st))
        return 0;
    int32_t n = udat_toPattern(df, false, buf, cap, &st);
    udat_close(df);
    return U_FAILURE(st) || n >= cap ? 0 : n;
}

/* ---- relative expressions: CLDR's phrases through ureldatefmt -------------------------------
 * For every locale and the styles LONG, SHORT and NARROW:
 * - ureldatefmt_format for offsets -2..2 of each unit gives the named phrases ("yesterday",
 *   "vorgestern", "la semaine dernière", "上周一"); a phrase with a number in it ("2 days
 *   ago", "1 hour ago") is a counted one and is read below instead;
 * - ureldatefmt_formatNumeric for a few marker counts in the past and the future ("3 days
 *   ago" / "in 3 days", "il y a 3 jours" / "dans 3 jours", "3天前" / "3天后") is split around
 *   the number: the words the two directions share next to the number are the unit, the rest
 *   the words for "ago" / "in" before the number or after the unit. The marker counts reach
 *   the plural forms CLDR distinguishes (день / дня / дней, Arabic's six).
 * A locale without relative data of its own gets root's English-like phrases from ICU: those
 * are skipped (except for English itself). Quarters have no precision to give, so no named
 * quarter phrase is kept; counted quarters are three months. */
#include <unicode/ureldatefmt.h>

static const int rel_counts[] = { 1, 2, 3, 5, 11, 21, 100 };
static const UDateRelativeDateTimeFormatterStyle rel_styles[] = {
    UDAT_STYLE_LONG, UDAT_STYLE_SHORT, UDAT_STYLE_NARROW
};
static struct {
    unsigned long named, counted, weekof;
} rel_stats;

/* DNP_RU_* of an ICU unit. */
static int rel_unit_code(int u)
{
    static const int codes[] = {
        [UDAT_REL_UNIT_YEAR] = DNP_RU_YEAR, [UDAT_REL_UNIT_QUARTER] = DNP_RU_QUARTER,
        [UDAT_REL_UNIT_MONTH] = DNP_RU_MONTH, [UDAT_REL_UNIT_WEEK] = DNP_RU_WEEK,
        [UDAT_REL_UNIT_DAY] = DNP_RU_DAY, [UDAT_REL_UNIT_HOUR] = DNP_RU_HOUR,
        [UDAT_REL_UNIT_MINUTE] = DNP_RU_MINUTE, [UDAT_REL_UNIT_SECOND] = DNP_RU_SECOND,
        [UDAT_REL_UNIT_SUNDAY] = DNP_RU_MONDAY + 6, [UDAT_REL_UNIT_MONDAY] = DNP_RU_MONDAY,
        [UDAT_REL_UNIT_TUESDAY] = DNP_RU_MONDAY + 1, [UDAT_REL_UNIT_WEDNESDAY] = DNP_RU_MONDAY + 2,
        [UDAT_REL_UNIT_THURSDAY] = DNP_RU_MONDAY + 3, [UDAT_REL_UNIT_FRIDAY] = DNP_RU_MONDAY + 4,
        [UDAT_REL_UNIT_SATURDAY] = DNP_RU_MONDAY + 5,
    };
    return codes[u];
}

/* One formatted phrase, or n = -1 when ICU failed. */
typedef struct {
    UChar s[256];
    int32_t n;
} rel_text;

static void rel_format(URelativeDateTimeFormatter *f, int off, int unit, bool numeric,
                       rel_text *out)
{
    UErrorCode st = U_ZERO_ERROR;
    out->n = numeric ? ureldatefmt_formatNumeric(f, off, (URelativeDateTimeUnit)unit, out->s, 256, &st)
                     : ureldatefmt_format(f, off, (URelativeDateTimeUnit)unit, out->s, 256, &st);
    if (U_FAILURE(st) || out->n >= 256)
        out->n = -1;
}

static bool rel_same(const rel_text *a, const rel_text *b)
{
    return a->n >= 0 && a->n == b->n && memcmp(a->s, b->s, (size_t)a->n * sizeof(UChar)) == 0;
}

/* Words [from, to) of a run as a run of their own. */
static void rel_slice(const keyrun *r, int from, int to, keyrun *out)
{
    size_t a = from == 0 ? 0 : r->ends[from - 1];
    if (a < r->len && r->key[a] == ' ')
        a++;
    out->len = r->ends[to - 1] - a;
    memcpy(out->key, r->key + a, out->len);
    out->nwords = to - from;
    for (int i = from; i < to; i++)
        out->ends[i - from] = r->ends[i] - a;
    out->nums_before = r->nums_before;
}

static void rel_add(const keyrun *r, int lang, int kind, int value, int flags)
{
    if (r->len == 0 || r->nwords == 0)
        return;
    if (one_letter(r))
        flags |= DNP_MF_RISKY;
    add_run(r, lang, kind, value, flags);
}

/* The runs of a counted phrase: before the number and after it (either may be missing). */
static bool rel_split(const rel_text *t, keyrun *before, keyrun *after)
{
    char *u = to_utf8(t->s, t->n);
    parsed_name pn;
    bool ok = parse_name(u, strlen(u), &pn) && pn.nnum == 1;
    free(u);
    if (!ok)
        return false;
    before->nwords = after->nwords = 0;
    before->len = after->len = 0;
    for (int i = 0; i < pn.nrun; i++)
        *(pn.run[i].nums_before == 0 ? before : after) = pn.run[i];
    return before->nwords + after->nwords > 0;
}

static int rel_common_prefix(const keyrun *a, const keyrun *b)
{
    int c = 0;
    while (c < a->nwords && c < b->nwords) {
        keyrun x, y;
        rel_slice(a, c, c + 1, &x);
        rel_slice(b, c, c + 1, &y);
        if (x.len != y.len || memcmp(x.key, y.key, x.len) != 0)
            break;
        c++;
    }
    return c;
}

/* "3 days ago" and "in 3 days": the unit and the direction words of both. */
static void rel_counted(const rel_text *past, const rel_text *fut, int unit, int lang, int flags)
{
    keyrun pb, pa, fb, fa, x;
    if (!rel_split(past, &pb, &pa) || !rel_split(fut, &fb, &fa))
        return;
    const keyrun *sides[2][2] = { { &pb, &pa }, { &fb, &fa } };
    int ulen[2];
    if (pa.nwords && fa.nwords) {
        /* the unit follows the number: what both directions share, else the first word */
        int c = rel_common_prefix(&pa, &fa);
        ulen[0] = ulen[1] = c ? c : 1;
        for (int s = 0; s < 2; s++) {
            const keyrun *b = sides[s][0], *a = sides[s][1];
            int kind = s == 0 ? DNP_K_REL_PAST : DNP_K_REL_FUTURE;
            rel_slice(a, 0, ulen[s], &x);
            rel_add(&x, lang, DNP_K_REL_UNIT, unit, flags);
            if (a->nwords > ulen[s]) {
                rel_slice(a, ulen[s], a->nwords, &x);
                rel_add(&x, lang, kind, DNP_RP_AFTER, flags);
            }
            if (b->nwords)
                rel_add(b, lang, kind, DNP_RP_BEFORE, flags);
        }
    } else if (!pa.nwords && !fa.nwords && pb.nwords >= 2 && fb.nwords >= 2) {
        /* the unit before the number: the last word, after the direction words */
        for (int s = 0; s < 2; s++) {
            const keyrun *b = sides[s][0];
            rel_slice(b, b->nwords - 1, b->nwords, &x);
            rel_add(&x, lang, DNP_K_REL_UNIT, unit, flags);
            rel_slice(b, 0, b->nwords - 1, &x);
            rel_add(&x, lang, s == 0 ? DNP_K_REL_PAST : DNP_K_REL_FUTURE, DNP_RP_BEFORE, flags);
        }
    } else
        return;
    rel_stats.counted++;
}

static bool rel_named_run(const rel_text *t, keyrun *out)
{
    if (t->n <= 0)
        return false;
    char *u = to_utf8(t->s, t->n);
    parsed_name pn;
    bool ok = parse_name(u, strlen(u), &pn) && pn.nnum == 0 && pn.nrun == 1;
    free(u);
    if (ok)
        *out = pn.run[0];
    return ok;
}

/* Whether a weekday phrase holds the week phrase of the same offset at either end:
   上周一 (上周 = last week), 先週の月曜日 (先週): the day of that week. */
static bool rel_weekof(const keyrun *day, const keyrun *week)
{
    return week->len > 0 && day->len > week->len &&
           (memcmp(day->key, week->key, week->len) == 0 ||
            memcmp(day->key + day->len - week->len, week->key, week->len) == 0);
}

static void read_relative(const locale_rec *lr)
{
    static URelativeDateTimeFormatter *root[3];
    bool is_en = strcmp(langs[lr->lang].code, "en") == 0;
    for (int s = 0; s < 3; s++) {
        UErrorCode st = U_ZERO_ERROR;
        if (!root[s]) {
            root[s] = ureldatefmt_open("root", NULL, rel_styles[s], UDISPCTX_CAPITALIZATION_NONE, &st);
            if (U_FAILURE(st))
                die("ureldatefmt_open(root): %s", u_errorName(st));
        }
        st = U_ZERO_ERROR;
        URelativeDateTimeFormatter *f =
            ureldatefmt_open(lr->name, NULL, rel_styles[s], UDISPCTX_CAPITALIZATION_NONE, &st);
        if (U_FAILURE(st))
            continue;
        int flags = s == 0 ? 0 : DNP_MF_ABBR;
        /* named phrases; the week's first, for the weekday phrases to compare with */
        keyrun week[5];
        for (int o = 0; o < 5; o++)
            week[o].len = 0;
        static const int order[] = {
            UDAT_REL_UNIT_WEEK, UDAT_REL_UNIT_YEAR, UDAT_REL_UNIT_MONTH, UDAT_REL_UNIT_DAY,
            UDAT_REL_UNIT_HOUR, UDAT_REL_UNIT_MINUTE, UDAT_REL_UNIT_SECOND,
            UDAT_REL_UNIT_SUNDAY, UDAT_REL_UNIT_MONDAY, UDAT_REL_UNIT_TUESDAY,
            UDAT_REL_UNIT_WEDNESDAY, UDAT_REL_UNIT_THURSDAY, UDAT_REL_UNIT_FRIDAY,
            UDAT_REL_UNIT_SATURDAY,
        };
        for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
            int u = order[k], code = rel_unit_code(u);
            bool wd = code >= DNP_RU_MONDAY;
            for (int off = wd ? -1 : -2; off <= (wd ? 1 : 2); off++) {
                rel_text t, r;
                rel_format(f, off, u, false, &t);
                rel_format(root[s], off, u, false, &r);
                keyrun run;
                if (t.n <= 0 || (!is_en && rel_same(&t, &r)) || !rel_named_run(&t, &run))
                    continue;
                /* a weekday phrase of one word is the weekday's name (Scottish Gaelic narrow
                   "Dis" for this Saturday): no relative word, and a month elsewhere */
                if (wd && run.nwords == 1)
                    continue;
                if (u == UDAT_REL_UNIT_WEEK)
                    week[off + 2] = run;
                bool weekof = wd && (off == 0 || rel_weekof(&run, &week[off + 2]));
                /* the numeric form is the same words: a count in words ("قبل أسبوعين") */
                rel_text num;
                rel_format(f, off, u, true, &num);
                if (!wd && off != 0 && rel_same(&t, &num))
                    weekof = true; /* bit 7: DNP_RN_COUNTED for these units */
                rel_stats.weekof += wd && off != 0 && weekof;
                char *utf = to_utf8(t.s, t.n);
                add_name(utf, strlen(utf), lr->lang, DNP_K_REL_NAMED, DNP_RN_MAKE(code, off, weekof),
                         flags);
                free(utf);
                rel_stats.named++;
            }
        }
        /* counted phrases */
        for (int u = UDAT_REL_UNIT_YEAR; u <= UDAT_REL_UNIT_SECOND; u++)
            for (size_t c = 0; c < sizeof rel_counts / sizeof *rel_counts; c++) {
                rel_text p, q, r;
                rel_format(f, -rel_counts[c], u, true, &p);
                rel_format(f, rel_counts[c], u, true, &q);
                rel_format(root[s], -rel_counts[c], u, true, &r);
                if (p.n <= 0 || q.n <= 0 || (!is_en && rel_same(&p, &r)))
                    continue;
                rel_counted(&p, &q, rel_unit_code(u), lr->lang, flags);
            }
        ureldatefmt_close(f);
    }
}

/* locales/ entries for relative expressions (format: locales/README):
       rel_named UNIT OFFSET NAME...     rel_unit UNIT NAME...      rel_number N NAME...
       rel_past before|after NAME...     rel_future before|after NAME...
   Returns false when the line is of another kind. */
/* One NAME of a supplement line: "!name" is risky; a name is words without digits. Returns
   the meaning flags and fills *pn; a bad name stops lexgen with the file and line. */
static int supp_name(const char *where, const char *name, parsed_name *pn)
{
    int flags = DNP_MF_SUPPLEMENT;
    if (*name == '!') {
        flags |= DNP_MF_RISKY;
        name++;
    }
    if (!parse_name(name, strlen(name), pn) || pn->nnum != 0 || pn->nrun != 1)
        die("%s: '%s' is not a word or words without digits", where, name);
    stats.supp_names++;
    return flags;
}

static bool read_rel_supplement(char **f, int nf, int lang, const char *where)
{
    static const char *const units[] = {
        NULL, "year", "quarter", "month", "week", "day", "hour", "minute", "second",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };
    int kind, value = 0, first;
    bool named = strcmp(f[0], "rel_named") == 0, unit = strcmp(f[0], "rel_unit") == 0;
    if (named || unit) {
        kind = named ? DNP_K_REL_NAMED : DNP_K_REL_UNIT;
        int u = 0;
        for (int i = 1; i < 16 && nf > 1; i++)
            if (strcmp(f[1], units[i]) == 0)
                u = i;
        if (!u)
            die("%s: %s needs a unit (year .. second, monday .. sunday)", where, f[0]);
        value = u, first = 2;
        if (named) {
            char *end;
            long off = nf > 2 ? strtol(f[2], &end, 10) : 99;
            if (nf < 3 || *end || off < -4 || off > 3)
                die("%s: rel_named needs an offset -4..3", where);
            value = DNP_RN_MAKE(u, (int)off, u >= DNP_RU_MONDAY && off == 0);
            first = 3;
        }
    } else if (strcmp(f[0], "rel_past") == 0 || strcmp(f[0], "rel_future") == 0) {
        kind = f[0][4] == 'p' ? DNP_K_REL_PAST : DNP_K_REL_FUTURE;
        if (nf < 2 || (strcmp(f[1], "before") && strcmp(f[1], "after")))
            die("%s: %s needs 'before' or 'after' (the number)", where, f[0]);
        value = f[1][0] == 'b' ? DNP_RP_BEFORE : DNP_RP_AFTER;
        first = 2;
    } else if (strcmp(f[0], "rel_number") == 0) {
        kind = DNP_K_REL_NUMBER;
        char *end;
        long v = nf > 1 ? strtol(f[1], &end, 10) : 0;
        if (nf < 2 || *end || v < 1 || v > 99)
            die("%s: rel_number needs a value 1..99", where);
        value = (int)v, first = 2;
    } else
        return false;
    if (first >= nf)
        die("%s: no names", where);
    stats.supp_lines++;
    for (int i = first; i < nf; i++) {
        parsed_name pn;
        int flags = supp_name(where, f[i], &pn);
        add_run(&pn.run[0], lang, kind, value, flags);
    }
    return true;
}

static const char *const date_skeletons[] = {
    "yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd", "yMMMM", "yMMM", "yMd", "MMMMd", "MMMd",
    "MMMMEEEEd",
};
static const char *const time_skeletons[] = { "Hm", "Hms", "hm", "hms" };
static const UDateFormatStyle styles[] = { UDAT_FULL, UDAT_LONG, UDAT_MEDIUM, UDAT_SHORT };

/* Everything one locale contributes. */
static void read_locale(locale_rec *lr)
{
    char loc[ULOC_FULLNAME_CAPACITY + 32];
    snprintf(loc, sizeof loc, "%s@calendar=gregorian", lr->name);
    UErrorCode st = U_ZERO_ERROR;

    UCalendar *cal = ucal_open(NULL, 0, lr->name, UCAL_DEFAULT, &st);
    if (U_SUCCESS(st)) {
        const char *type = ucal_getType(cal, &st);
        lr->gregorian = U_SUCCESS(st) && type && strcmp(type, "gregorian") == 0;
        ucal_close(cal);
    }

    st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, loc, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st))
        die("udat_open(%s): %s", loc, u_errorName(st));
    symbols sy;
    load_symbols(df, &sy);
    udat_close(df);
    add_symbols(&sy, lr->lang, strcmp(langs[lr->lang].code, "en") == 0);

    UChar pat[512];
    int32_t n;
    for (int s = 0; s < 4; s++) {
        n = get_pattern(UDAT_NONE, styles[s], loc, pat, 512);
        read_pattern(pat, n, PT_DATE, &sy, lr->lang);
        if (styles[s] == UDAT_SHORT)
            lr->short_order = pattern_order(pat, n);
        if (styles[s] == UDAT_LONG)
            lr->long_order = pattern_order(pat, n);
        n = get_pattern(styles[s], UDAT_NONE, loc, pat, 512);
        read_pattern(pat, n, PT_TIME, &sy, lr->lang);
    }

    st = U_ZERO_ERROR;
    UDateTimePatternGenerator *g = udatpg_open(loc, &st);
    if (U_SUCCESS(st)) {
        for (size_t i = 0; i < sizeof date_skeletons / sizeof *date_skeletons; i++) {
            UChar sk[32];
            u_uastrcpy(sk, date_skeletons[i]);
            st = U_ZERO_ERROR;
            n = udatpg_getBestPattern(g, sk, -1, pat, 512, &st);
            if (U_SUCCESS(st) && n < 512) {
                read_pattern(pat, n, PT_DATE, &sy, lr->lang);
                if (strcmp(date_skeletons[i], "yMd") == 0)
                    lr->ymd_order = pattern_order(pat, n);
            }
        }
        for (size_t i = 0; i < sizeof time_skeletons / sizeof *time_skeletons; i++) {
            UChar sk[32];
            u_uastrcpy(sk, time_skeletons[i]);
            st = U_ZERO_ERROR;
            n = udatpg_getBestPattern(g, sk, -1, pat, 512, &st);
            if (U_SUCCESS(st) && n < 512)
                read_pattern(pat, n, PT_TIME, &sy, lr->lang);
        }
        for (int s = 0; s < 4; s++) {
            st = U_ZERO_ERROR;
            const UChar *glue = udatpg_getDateTimeFormatForStyle(g, styles[s], &n, &st);
            if (U_SUCCESS(st) && glue)
                read_pattern(glue, n, PT_GLUE, &sy, lr->lang);
        }
        udatpg_close(g);
    }
    free_symbols(&sy);
    read_relative(lr);
}

static void read_icu(void)
{
    int32_t count = uloc_countAvailable();
    if (count <= 0)
        die("ICU lists no locales");
    locs = xrealloc(NULL, (size_t)count * sizeof *locs);
    char **codes = xrealloc(NULL, (size_t)count * sizeof *codes);
    for (int32_t i = 0; i < count; i++) {
        const char *name = uloc_getAvailable(i);
        char lang[ULOC_LANG_CAPACITY];
        UErrorCode st = U_ZERO_ERROR;
        uloc_getLanguage(name, lang, sizeof lang, &st);
        if (U_FAILURE(st) || !*lang)
            die("no language subtag in locale %s", name);
        locs[i] = (locale_rec){ .name = xstrdup(name) };
        codes[i] = xstrdup(lang);
    }
    nlocs = count;
    qsort(locs, (size_t)nlocs, sizeof *locs, cmp_str); /* name is the first member */

    qsort(codes, (size_t)count, sizeof *codes, cmp_str);
    langs = xrealloc(NULL, (size_t)count * sizeof *langs);
    for (int32_t i = 0; i < count; i++) {
        if (nlangs > 0 && strcmp(langs[nlangs - 1].code, codes[i]) == 0) {
            free(codes[i]);
            continue;
        }
        langs[nlangs++] = (lang_rec){ .code = codes[i] };
    }
    free(codes);
    if (nlangs > DNP_LANG_WORDS * 64)
        die("%d languages do not fit a dnp_langset (%d bits)", nlangs, DNP_LANG_WORDS * 64);

    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, "root@calendar=gregorian", NULL, 0, NULL,
                                0, &st);
    if (U_FAILURE(st))
        die("udat_open(root): %s", u_errorName(st));
    load_symbols(df, &root_syms);
    udat_close(df);

    for (int i = 0; i < nlocs; i++) {
        char lang[ULOC_LANG_CAPACITY];
        st = U_ZERO_ERROR;
        uloc_getLanguage(locs[i].name, lang, sizeof lang, &st);
        locs[i].lang = lang_index(lang);
        read_locale(&locs[i]);
    }

    /* a language's orders are its base locale's ("fr", not "fr_CA"); ICU still answers for
       a base locale it does not list */
    for (int l = 0; l < nlangs; l++) {
        char loc[ULOC_FULLNAME_CAPACITY + 32];
        snprintf(loc, sizeof loc, "%s@calendar=gregorian", langs[l].code);
        UChar pat[512];
        int32_t n = get_pattern(UDAT_NONE, UDAT_SHORT, loc, pat, 512);
        langs[l].short_order = pattern_order(pat, n);
        n = get_pattern(UDAT_NONE, UDAT_LONG, loc, pat, 512);
        langs[l].long_order = pattern_order(pat, n);
    }
    read_speakers();
}

/* CLDR's supplemental "F" numbers are ints: the top digits are an exponent biased by 49,
   the last six a mantissa (57678482 = 0.678482e8: France's population). */
static double cldr_float(int32_t v)
{
    return (v % 1000000) / 1e6 * pow(10.0, v / 1000000 - 49);
}

/* Speakers of each language: the sum over territories of population times the language's
   population share (CLDR supplementalData/territoryInfo, shipped in ICU's data). They break
   ties between languages no other word in a text decides: "listopada" is November in
   Polish and October in Croatian. */
static void read_speakers(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *sd = ures_openDirect(NULL, "supplementalData", &st);
    UResourceBundle *ti = ures_getByKey(sd, "territoryInfo", NULL, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "lexgen: no territoryInfo in ICU's data (%s): no speaker counts\n",
                u_errorName(st));
        ures_close(ti);
        ures_close(sd);
        return;
    }
    int nt = ures_getSize(ti);
    for (int t = 0; t < nt; t++) {
        st = U_ZERO_ERROR;
        UResourceBundle *terr = ures_getByIndex(ti, t, NULL, &st);
        UResourceBundle *tf = ures_getByKey(terr, "territoryF", NULL, &st);
        int32_t n = 0;
        const int32_t *v = U_SUCCESS(st) ? ures_getIntVector(tf, &n, &st) : NULL;
        double pop = (v && n >= 3) ? cldr_float(v[2]) : 0;
        ures_close(tf);
        int nl = ures_getSize(terr);
        for (int k = 0; k < nl && pop > 0; k++) {
            UErrorCode s2 = U_ZERO_ERROR;
            UResourceBundle *lr = ures_getByIndex(terr, k, NULL, &s2);
            const char *code = ures_getKey(lr);
            UResourceBundle *ps = ures_getByKey(lr, "populationShareF", NULL, &s2);
            if (U_SUCCESS(s2) && code) {
                char lang[ULOC_LANG_CAPACITY];
                size_t m = strcspn(code, "_");
                if (m < sizeof lang) {
                    memcpy(lang, code, m);
                    lang[m] = '\0';
                    for (int l = 0; l < nlangs; l++)
                        if (strcmp(langs[l].code, lang) == 0)
                            langs[l].speakers += pop * cldr_float(ures_getInt(ps, &s2));
                }
            }
            ures_close(ps);
            ures_close(lr);
        }
        ures_close(terr);
    }
    ures_close(ti);
    ures_close(sd);
}

/* Speakers in thousands, as the table stores them (the parser's sums must agree). */
static double speakers_k(int l)
{
    return (double)(unsigned)(langs[l].speakers / 1000 + 0.5);
}

/* ---- supplements: locales/LANG.txt --------------------------------------------------- */

static const struct {
    const char *name;
    int kind;
    int maxval; /* -1: no value column */
} supp_kinds[] = {
    { "month", DNP_K_MONTH, 12 },
    { "weekday", DNP_K_WEEKDAY, 7 },
    { "era", DNP_K_ERA, 1 },
    { "ampm", DNP_K_AMPM, 1 },
    { "filler", DNP_K_FILLER, -1 },
    { "year_mark", DNP_K_YEAR_MARK, -1 },
    { "month_mark", DNP_K_MONTH_MARK, -1 },
    { "day_mark", DNP_K_DAY_MARK, -1 },
    { "month_prefix", DNP_K_MONTH_PREFIX, -1 },
    { "hour_mark", DNP_K_HOUR_MARK, -1 },
    { "minute_mark", DNP_K_MINUTE_MARK, -1 },
    { "second_mark", DNP_K_SECOND_MARK, -1 },
    { "ordinal", DNP_K_ORDINAL, -1 },
    { "year_prefix", DNP_K_YEAR_PREFIX, -1 },
    { "day_prefix", DNP_K_DAY_PREFIX, -1 },
    { "not_date", DNP_K_NOT_DATE, -1 },
    { "risky", 0, -1 },
};

/* "risky" lines are applied after the merge, to the name meanings (month, weekday, era,
   am/pm) the key has in that language: a risky filler or mark would mean nothing. */
typedef struct {
    char key[KEY_MAX];
    size_t len;
    int lang;
    char where[300];
} risky_rec;
static risky_rec *riskies;
static size_t nriskies;

/* Splits a line into fields: white space separates, "double quotes" keep spaces inside. */
static int split_fields(char *line, char **f, int max, const char *where)
{
    int nf = 0;
    char *p = line;
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0' || *p == '#')
            break;
        if (nf == max)
            die("%s: too many fields", where);
        if (*p == '"') {
            char *end = strchr(p + 1, '"');
            if (!end)
                die("%s: unterminated quote", where);
            *end = '\0';
            f[nf++] = p + 1;
            p = end + 1;
            continue;
        }
        f[nf++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = '\0';
    }
    return nf;
}

static void read_supplement(const char *dir, const char *file)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    char code[64];
    size_t cl = strlen(file) - 4;
    if (cl >= sizeof code)
        die("%s: file name too long", path);
    memcpy(code, file, cl);
    code[cl] = '\0';
    int lang = lang_index(code);
    if (lang < 0)
        die("%s: ICU has no language '%s'", path, code);
    FILE *fp = fopen(path, "r");
    if (!fp)
        die("%s: %s", path, strerror(errno));
    char line[4096];
    int lineno = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        char where[300];
        snprintf(where, sizeof where, "%.250s:%d", path, lineno);
        size_t ll = strlen(line);
        if (ll == sizeof line - 1 && line[ll - 1] != '\n')
            die("%s: line too long", where);
        line[strcspn(line, "\r\n")] = '\0';
        char *f[256];
        int nf = split_fields(line, f, 256, where);
        if (nf == 0)
            continue;
        if (read_rel_supplement(f, nf, lang, where))
            continue;
        size_t k = 0;
        while (k < sizeof supp_kinds / sizeof *supp_kinds && strcmp(supp_kinds[k].name, f[0]))
            k++;
        if (k == sizeof supp_kinds / sizeof *supp_kinds)
            die("%s: unknown kind '%s'", where, f[0]);
        int first = 1, value = 0;
        if (supp_kinds[k].maxval >= 0) {
            char *end;
            long v = nf > 1 ? strtol(f[1], &end, 10) : -1;
            int min = supp_kinds[k].kind == DNP_K_MONTH || supp_kinds[k].kind == DNP_K_WEEKDAY;
            if (nf < 2 || *end || v < min || v > supp_kinds[k].maxval)
                die("%s: %s needs a value %d..%d", where, f[0], min, supp_kinds[k].maxval);
            value = (int)v;
            first = 2;
        }
        if (first >= nf)
            die("%s: no names", where);
        stats.supp_lines++;
        for (int i = first; i < nf; i++) {
            parsed_name pn;
            int flags = supp_name(where, f[i], &pn);
            if (supp_kinds[k].kind == 0) {
                riskies = xrealloc(riskies, (nriskies + 1) * sizeof *riskies);
                risky_rec *rr = &riskies[nriskies++];
                memcpy(rr->key, pn.run[0].key, pn.run[0].len);
                rr->len = pn.run[0].len;
                rr->lang = lang;
                memcpy(rr->where, where, sizeof rr->where);
                continue;
            }
            add_run(&pn.run[0], lang, supp_kinds[k].kind, value, flags);
        }
    }
    if (ferror(fp))
        die("%s: read error", path);
    fclose(fp);
}

static void read_supplements(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("%s: %s", dir, strerror(errno));
    char **files = NULL;
    size_t nfiles = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0) {
            files = xrealloc(files, (nfiles + 1) * sizeof *files);
            files[nfiles++] = xstrdup(de->d_name);
        }
    }
    closedir(d);
    qsort(files, nfiles, sizeof *files, cmp_str);
    for (size_t i = 0; i < nfiles; i++) {
        read_supplement(dir, files[i]);
        free(files[i]);
    }
    free(files);
}

/* ---- merging and output ------------------------------------------------------------------ */

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

typedef struct {
    uint32_t str;
    uint16_t len;
    uint32_t first, n; /* meanings */
} outkey;

static outkey *keys;
static uint32_t nkeys;
static dnp_meaning *means;
static uint32_t nmeans;

/* Sorts the entries and folds equal (key, lang, kind, value) into one meaning: a form is
   abbreviated or stand-alone only when every CLDR source says so (a word that is a wide
   format name in one locale is a wide format name); when CLDR and locales/ both have it,
   CLDR's flags win (it is not a supplement); it is risky when any source says so. */
static void merge(void)
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
                int risky = (m->flags | e->flags) & DNP_MF_RISKY;
                if ((m->flags ^ e->flags) & DNP_MF_SUPPLEMENT) /* CLDR's flags win */
                    m->flags = (uint8_t)((m->flags & DNP_MF_SUPPLEMENT ? e->flags : m->flags) |
                                         risky);
                else
                    m->flags = (uint8_t)((m->flags & e->flags & and_flags) | risky);
                continue;
            }
        }
        means[nmeans++] = (dnp_meaning){ e->lang, e->kind, e->value, e->flags };
        keys[nkeys - 1].n++;
    }
    if (nmeans > UINT32_MAX / 2)
        die("too many meanings");

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
                    means[m].kind <= DNP_K_AMPM) || means[m].kind == DNP_K_REL_NAMED)) {
                    means[m].flags |= DNP_MF_RISKY;
                    hit = true;
                }
        if (!hit)
            die("%s: risky '%.*s' has no meaning in this language", rr->where, (int)rr->len,
                rr->key);
    }
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
            filler |= means[m].kind >= DNP_K_FILLER && !dnp_kind_rel(means[m].kind);
            weekday |= means[m].kind == DNP_K_WEEKDAY;
        }
        size_t ncp = 0, i = 0;
        bool alpha = true;
        while (i < keys[k].len) {
            UChar32 c = dnp_utf8_next(arena + keys[k].str, keys[k].len, &i);
            alpha &= dnp_char_class(c) == DNP_CC_LETTER;
            ncp++;
        }
        bool short_word = alpha && ncp <= 2;
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
                else if ((means[q].kind >= DNP_K_FILLER && !dnp_kind_rel(means[q].kind)) ||
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

static const char *const kind_names[DNP_K_KIND_MAX] = {
    [DNP_K_PREFIX] = "prefix", [DNP_K_MONTH] = "month", [DNP_K_WEEKDAY] = "weekday",
    [DNP_K_ERA] = "era", [DNP_K_AMPM] = "ampm", [DNP_K_FILLER] = "filler",
    [DNP_K_YEAR_MARK] = "year_mark", [DNP_K_MONTH_MARK] = "month_mark",
    [DNP_K_DAY_MARK] = "day_mark", [DNP_K_MONTH_PREFIX] = "month_prefix",
    [DNP_K_HOUR_MARK] = "hour_mark", [DNP_K_MINUTE_MARK] = "minute_mark",
    [DNP_K_SECOND_MARK] = "second_mark", [DNP_K_ORDINAL] = "ordinal",
    [DNP_K_YEAR_PREFIX] = "year_prefix", [DNP_K_DAY_PREFIX] = "day_prefix",
    [DNP_K_REL_NAMED] = "rel_named", [DNP_K_REL_UNIT] = "rel_unit",
    [DNP_K_REL_PAST] = "rel_past", [DNP_K_REL_FUTURE] = "rel_future",
    [DNP_K_REL_NUMBER] = "rel_number",
    [DNP_K_NOT_DATE] = "not_date",
};

static void list_meanings(void)
{
    for (uint32_t k = 0; k < nkeys; k++)
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
            printf("%.*s\t%s\t%s\t%u\t%s%s%s%s\n", (int)keys[k].len, arena + keys[k].str,
                   langs[means[m].lang].code, kind_names[means[m].kind], means[m].value,
                   means[m].flags & DNP_MF_ABBR ? "a" : "",
                   means[m].flags & DNP_MF_STANDALONE ? "s" : "",
                   means[m].flags & DNP_MF_SUPPLEMENT ? "x" : "",
                   means[m].flags & DNP_MF_RISKY ? "r" : "");
}

/* Writes bytes as a C string literal body: printable ASCII as is, the rest as three-digit
   octal escapes (which never swallow a following digit), '?' escaped against trigraphs. */
static void put_c_bytes(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '?')
            printf("\\%03o", c);
        else
            putchar(c);
    }
}

/* The per-code-point tables of fold.c (dnp_cp_info, dnp_cp_fold): for each code point of
   [DNP_CP_LO, DNP_CP_HI), what the ICU functions answer (this program is built with
   DNP_NO_CP_TABLE, so it reads ICU and never the table it writes). The fold is that of the
   code point at the start of a buffer; the one answer that depends on what precedes it (a
   stand-alone Mn/Me mark after a Latin, Greek or Cyrillic base) is the mark flag, which
   fold.c checks at run time. Returns the bytes written. */
static size_t write_cp_tables(void)
{
    enum { N = DNP_CP_HI - DNP_CP_LO };
    static uint32_t info[N], fold[N];
    unsigned nlong = 0;
    for (UChar32 c = DNP_CP_LO; c < DNP_CP_HI; c++) {
        int cls = dnp_char_class_icu(c);
        int digit = dnp_digit_value_icu(c);
        int script = dnp_script_of_icu(c);
        int8_t t = u_charType(c);
        bool mark = t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK;
        char buf[64];
        size_t n = 0;
        bool ok = dnp_fold_cp_icu(c, buf, &n, sizeof buf);
        if (cls < 0 || cls > 7 || digit < -1 || digit > 9 || script < 0 || script > 0xFFFF ||
            !ok)
            die("U+%04X: class %d, digit %d, script %d, fold %s: outside the table's fields",
                (unsigned)c, cls, digit, script, ok ? "ok" : "failed");
        bool lng = n > 4;
        uint32_t f = 0;
        for (size_t i = 0; i < n && !lng; i++)
            f |= (uint32_t)(unsigned char)buf[i] << (8 * i);
        info[c - DNP_CP_LO] = DNP_CPI_MAKE(cls, digit, mark, lng ? 0 : n, lng, script);
        fold[c - DNP_CP_LO] = f;
        nlong += lng;
    }
    const struct {
        const char *name;
        const uint32_t *v;
    } arrays[] = { { "dnp_cp_info", info }, { "dnp_cp_fold", fold } };
    printf("/* U+%04X..U+%04X: %u code points, %u of them folded by ICU at run time (more than "
           "4 bytes). */\n", DNP_CP_LO, DNP_CP_HI - 1, (unsigned)N, nlong);
    for (size_t a = 0; a < 2; a++) {
        printf("const uint32_t %s[DNP_CP_HI - DNP_CP_LO] = {\n", arrays[a].name);
        for (size_t i = 0; i < N; i += 8) {
            printf("    /* %04zX */", i + DNP_CP_LO);
            for (size_t j = i; j < i + 8 && j < N; j++)
                printf(" 0x%08x,", arrays[a].v[j]);
            putchar('\n');
        }
        printf("};\n\n");
    }
    return sizeof info + sizeof fold;
}

static void write_c(void)
{
    uint32_t hsize = 1;
    while (hsize < 2 * nkeys)
        hsize <<= 1;
    uint32_t *hash = calloc(hsize, sizeof *hash);
    if (!hash)
        die("out of memory");
    for (uint32_t k = 0; k < nkeys; k++) {
        uint32_t h = dnp_hash(arena + keys[k].str, keys[k].len) & (hsize - 1);
        while (hash[h])
            h = (h + 1) & (hsize - 1);
        hash[h] = k + 1;
    }

    printf("/* Generated by lexgen from ICU %s (CLDR %s) and locales/: do not edit.\n"
           "   %d locales, %d languages, %u keys, %u meanings. */\n"
           "#include \"internal.h\"\n\n",
           U_ICU_VERSION, U_ICU_DATA_VERSION, nlocs, nlangs, nkeys, nmeans);
    printf("const char dnp_lex_icu_version[] = \"%s\";\n\n", U_ICU_VERSION);
    size_t cp_bytes = write_cp_tables();

    /* the strings: concatenated keys, several per source line */
    printf("const char dnp_lex_strings[] =\n");
    uint32_t off = 0;
    size_t col = 0;
    for (uint32_t k = 0; k < nkeys; k++) {
        if (col == 0)
            fputs("    \"", stdout);
        put_c_bytes(arena + keys[k].str, keys[k].len);
        col += keys[k].len * 2;
        if (col > 60 || k + 1 == nkeys) {
            fputs("\"\n", stdout);
            col = 0;
        }
        keys[k].str = off; /* from now on: the offset in dnp_lex_strings */
        off += keys[k].len;
    }
    if (nkeys == 0)
        fputs("    \"\"\n", stdout);
    printf("    ;\n\n");

    printf("const dnp_lex_key dnp_lex_keys[] = {\n");
    for (uint32_t k = 0; k < nkeys; k++) {
        uint32_t kinds = 0, months = 0, others = 0;
        bool risky_all = true;
        double speakers[13] = {0};
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++) {
            kinds |= 1u << means[m].kind;
            if (means[m].kind == DNP_K_MONTH) {
                months++;
                risky_all &= (means[m].flags & DNP_MF_RISKY) != 0;
                if (means[m].value >= 1 && means[m].value <= 12)
                    speakers[means[m].value] += speakers_k(means[m].lang);
            } else if (means[m].kind != DNP_K_PREFIX && !dnp_kind_rel(means[m].kind))
                others++;
        }
        bool present[13] = {false};
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
            if (means[m].kind == DNP_K_MONTH && means[m].value <= 12)
                present[means[m].value] = true;
        int best = 0, top = 0;
        double topk = -1;
        for (int v = 1; v <= 12; v++)
            if (present[v] && speakers[v] > (best ? speakers[best] : -1.0))
                best = v;
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
            if (means[m].kind == DNP_K_MONTH && means[m].value == best &&
                speakers_k(means[m].lang) > topk)
                topk = speakers_k(means[m].lang), top = means[m].lang;
        unsigned mflags = 0;
        if (months) {
            mflags |= risky_all ? DNP_KM_RISKY : 0;
            mflags |= others == 0 ? DNP_KM_PURE : 0;
            mflags |= months > others ? DNP_KM_MOSTLY : 0;
            bool seen[13] = {false};
            int values = 0;
            for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
                if (means[m].kind == DNP_K_MONTH && means[m].value <= 12 && !seen[means[m].value])
                    seen[means[m].value] = true, values++;
            mflags |= values == 1 ? DNP_KM_ONE : 0;
        }
        printf("    {%u, %u, %u, %u, 0x%x, %d, %d, %u},\n", keys[k].str, keys[k].len, keys[k].n,
               keys[k].first, kinds, months ? top : 0, months ? best : 0, mflags);
    }
    printf("};\nconst uint32_t dnp_lex_nkeys = %u;\n\n", nkeys);

    printf("const dnp_meaning dnp_lex_meanings[] = {\n");
    for (uint32_t m = 0; m < nmeans; m++)
        printf("    {%u, %u, %u, %u},\n", means[m].lang, means[m].kind, means[m].value,
               means[m].flags);
    printf("};\nconst uint32_t dnp_lex_nmeanings = %u;\n\n", nmeans);

    printf("const uint32_t dnp_lex_hash[] = {\n");
    for (uint32_t h = 0; h < hsize; h += 16) {
        fputs("   ", stdout);
        for (uint32_t j = h; j < h + 16 && j < hsize; j++)
            printf(" %u,", hash[j]);
        putchar('\n');
    }
    printf("};\nconst uint32_t dnp_lex_hash_mask = %u;\n\n", hsize - 1);
    free(hash);

    printf("const dnp_lang dnp_langs[] = {\n");
    for (int l = 0; l < nlangs; l++)
        printf("    {\"%s\", %u, %u, %u},\n", langs[l].code, langs[l].short_order,
               langs[l].long_order, (unsigned)speakers_k(l));
    printf("};\nconst uint16_t dnp_nlangs = %d;\n\n", nlangs);

    printf("const dnp_locale dnp_locales[] = {\n");
    for (int i = 0; i < nlocs; i++)
        printf("    {\"%s\", %d, %u, %u, %u, %u},\n", locs[i].name, locs[i].lang,
               locs[i].short_order, locs[i].long_order, locs[i].gregorian, locs[i].ymd_order);
    printf("};\nconst uint16_t dnp_nlocales = %d;\n", nlocs);

    size_t bytes = off + 1 + nkeys * sizeof(dnp_lex_key) + nmeans * sizeof(dnp_meaning) +
                   hsize * 4u + (size_t)nlangs * sizeof(dnp_lang) +
                   (size_t)nlocs * sizeof(dnp_locale) + cp_bytes;
    fprintf(stderr,
            "lexgen: ICU %s: %d locales, %d languages, %u keys, %u meanings, "
            "%lu supplement names, about %zu KiB of tables\n",
            U_ICU_VERSION, nlocs, nlangs, nkeys, nmeans, stats.supp_names, bytes / 1024);
}

int main(int argc, char **argv)
{
    bool list = false;
    int a = 1;
    if (a < argc && strcmp(argv[a], "--list") == 0) {
        list = true;
        a++;
    }
    if (a + 1 != argc) {
        fprintf(stderr, "usage: lexgen [--list] LOCALES_DIR > lexicon-data.c\n");
        return 2;
    }
    if (dnp_fold_init() != 0)
        die("cannot load ICU's normalization data");
    if (uloc_countAvailable() <= 0)
        die("ICU has no locale data");
    read_icu();
    read_supplements(argv[a]);
    merge();
    if (list)
        list_meanings();
    else
        write_c();
    if (fflush(stdout) != 0 || ferror(stdout))
        die("write error: %s", strerror(errno));
    if (getenv("LEXGEN_STATS"))
        fprintf(stderr,
                "lexgen: %lu names, %lu too long, %lu with digits skipped, %lu root lists "
                "skipped, %lu digit months, %lu glued, %lu supplement lines, %lu abbreviations "
                "made risky\n",
                stats.names, stats.skipped_long, stats.skipped_digits, stats.skipped_root,
                stats.digit_months, stats.glued, stats.supp_lines, stats.risky_filler);
    return 0;
}
