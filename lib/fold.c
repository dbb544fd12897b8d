/*
 * fold.c: character classes and folding, one code point at a time.
 *
 * Folding is what makes "DÉCEMBRE", "décembre", "de\u0301cembre" (NFD) and full-width
 * "ｄｅｃｅｍｂｒｅ" the same key: compatibility decomposition (NFKD, so width and
 * presentation forms go), then simple case folding, then, for letters of the Latin, Greek and
 * Cyrillic scripts only, the combining marks are dropped (accents). Marks of other scripts are
 * kept: in Devanagari or Thai they are vowels, not accents. The generator lexgen folds CLDR's
 * names with these same functions, so both sides of every look-up agree.
 *
 * ASCII is answered without ICU. U+0080..U+2FFF (Latin to Ethiopic, punctuation, currency,
 * letterlike) reads per-code-point tables that lexgen computes at build time with the *_icu
 * functions below (dnp_cp_info, dnp_cp_fold in lexicon-data.c), so the answers are ICU's to
 * the byte, without one ICU call per code point; only what depends on the previous code point
 * (a stand-alone mark after a Latin, Greek or Cyrillic base) is decided here at run time.
 * Everything else asks ICU's character properties and its NFKD data, which are immutable and
 * thread-safe. Nothing here allocates.
 */
#include "internal.h"

#include <pthread.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

static const UNormalizer2 *nfkd;
static int nfkd_status;
bool dnp_fold_tables_ok; /* internal.h: nfkd is loaded, the tables' folds are ICU's */
static pthread_once_t nfkd_once = PTHREAD_ONCE_INIT;

static void load_nfkd(void)
{
    /* a process-wide singleton owned by ICU; ICU also remembers a failure to load it */
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKDInstance(&st);
    if (U_FAILURE(st) || !n)
        nfkd_status = DN_ERR_ICU;
    else {
        nfkd = n;
        dnp_fold_tables_ok = true;
    }
}

int dnp_fold_init(void)
{
    /* Once, under pthread_once: two threads building their first parsers at the same time
       would otherwise both write nfkd, a data race (C11) that helgrind and TSan report
       (tests/check_robust.c, threads). pthread_once also orders the write before every
       caller's later reads. */
    pthread_once(&nfkd_once, load_nfkd);
    return nfkd_status;
}

UChar32 dnp_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t k = *i;
    unsigned c = p[k];
    if (c < 0x80) {
        *i = k + 1;
        return (UChar32)c;
    }
    int n;
    UChar32 cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3, cp = c & 0x07, min = 0x10000;
    } else {
        *i = k + 1;
        return -1;
    }
    if (len - k <= (size_t)n) {
        *i = k + 1;
        return -1;
    }
    for (int j = 1; j <= n; j++) {
        unsigned b = p[k + j];
        if ((b & 0xC0) != 0x80) {
            *i = k + 1;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    /* overlong forms, UTF-16 surrogates and values past U+10FFFF are not characters */
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        *i = k + 1;
        return -1;
    }
    *i = k + 1 + (size_t)n;
    return cp;
}

int dnp_digit_value_icu(UChar32 c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    int v = u_charDigitValue(c);
    if (v >= 0)
        return v;
    if (c == 0x00B9)
        return 1;
    if (c == 0x00B2 || c == 0x00B3)
        return c - 0x00B0;
    if ((c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
        (c >= 0x2080 && c <= 0x2089))
        return (int)(c & 0xF) ;
    return -1;
}

static int ascii_class(UChar32 c)
{
    if (c >= '0' && c <= '9')
        return DNP_CC_DIGIT;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return DNP_CC_LETTER;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return DNP_CC_HARD;
    if (c == 0x7F)
        return DNP_CC_HARD;
    return DNP_CC_SEP;
}

int dnp_char_class_icu(UChar32 c)
{
    if (c < 0)
        return DNP_CC_HARD;
    if (c < 0x80)
        return ascii_class(c);
    int8_t t = u_charType(c);
    switch (t) {
    case U_DECIMAL_DIGIT_NUMBER:
        return DNP_CC_DIGIT;
    case U_OTHER_NUMBER:
        /* superscript and subscript digits (²⁰¹⁵, ₁₅) are digits by compatibility */
        return dnp_digit_value_icu(c) >= 0 ? DNP_CC_DIGIT : DNP_CC_SEP;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
        break;
    case U_FORMAT_CHAR:
        return DNP_CC_IGNORE;
    case U_CONTROL_CHAR:
        return (c >= 0x80 && c <= 0x9F) ? DNP_CC_HARD : DNP_CC_SEP;
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_GENERAL_OTHER_TYPES: /* unassigned */
        return DNP_CC_HARD;
    default:
        /* ordinal indicators º ª are Lo; U+00B0 degree and other symbols separate */
        return DNP_CC_SEP;
    }
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA)
        return DNP_CC_CJK;
    return DNP_CC_LETTER;
}

int dnp_script_of_icu(UChar32 c)
{
    if (c < 0x80)
        return USCRIPT_LATIN;
    if (dnp_is_letter_apostrophe(c))
        return USCRIPT_COMMON; /* the saltillo ꞌ too, as ʻ: an apostrophe to the tokenizer */
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    return U_FAILURE(st) ? USCRIPT_COMMON : sc;
}

static bool put_utf8(UChar32 c, char *out, size_t *n, size_t cap)
{
    if (*n + (size_t)U8_LENGTH(c) > cap)
        return false;
    int32_t k = (int32_t)*n;
    UBool err = false;
    U8_APPEND((uint8_t *)out, k, (int32_t)cap, c, err);
    if (err)
        return false;
    *n = (size_t)k;
    return true;
}

/* Latin, Greek and Cyrillic bases lose their accents; others keep their marks. The
   decomposition of one code point starts with its base, so the script of that base decides
   for the marks that follow it within the same decomposition. */
static bool strips_marks(UChar32 base)
{
    return (base < 0x0530) || (base >= 0x1E00 && base <= 0x1FFF) ||
           (base >= 0x2C60 && base <= 0x2C7F) || (base >= 0xA640 && base <= 0xA69F) ||
           (base >= 0xA720 && base <= 0xA7FF);
}

/* The last base letter written by dnp_fold_cp decides whether a following stand-alone
   combining mark (NFD input) is dropped. Kept per call site in the caller's output: we look
   back at the previous code point in out. */
static UChar32 last_cp(const char *out, size_t n)
{
    if (n == 0)
        return -1;
    int32_t k = (int32_t)n;
    UChar32 c;
    U8_PREV((const uint8_t *)out, 0, k, c);
    return c;
}

static bool fold_one(UChar32 c, bool strip, char *out, size_t *n, size_t cap)
{
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    /* typographic apostrophes are one apostrophe: "d’abril" = "d'abril" */
    if (dnp_is_apostrophe(c))
        c = '\'';
    if (strip && (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK))
        return true;
    return put_utf8(c, out, n, cap);
}

/* What dnp_fold_cp does once a stand-alone mark has been kept (c >= 0x80). */
static bool fold_kept(UChar32 c, char *out, size_t *n, size_t cap)
{
    size_t start = *n;
    /* Hangul syllables would decompose into jamo: keep them whole. */
    if (c >= 0xAC00 && c <= 0xD7A3)
        return put_utf8(c, out, n, cap);
    UChar buf[32];
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = nfkd ? unorm2_getDecomposition(nfkd, c, buf, 32, &st) : -1;
    if (len <= 0 || U_FAILURE(st)) {
        UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (dnp_is_apostrophe(f))
            f = '\'';
        return put_utf8(f, out, n, cap);
    }
    int32_t i = 0;
    UChar32 base;
    U16_NEXT(buf, i, len, base);
    bool strip = strips_marks(base);
    if (!fold_one(base, false, out, n, cap)) {
        *n = start;
        return false;
    }
    while (i < len) {
        UChar32 m;
        U16_NEXT(buf, i, len, m);
        if (!fold_one(m, strip, out, n, cap)) {
            *n = start;
            return false;
        }
    }
    return true;
}

static bool fold_ascii(UChar32 c, char *out, size_t *n, size_t cap)
{
    if (*n >= cap)
        return false;
    out[(*n)++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    return true;
}

/* A combining mark on its own (NFD input) follows the base already written: dropped when
   that base is Latin, Greek or Cyrillic. */
static bool drops_mark(const char *out, size_t n)
{
    UChar32 prev = last_cp(out, n);
    return prev >= 0 && strips_marks(prev);
}

bool dnp_fold_cp_icu(UChar32 c, char *out, size_t *n, size_t cap)
{
    if (c < 0x80)
        return fold_ascii(c, out, n, cap);
    int8_t t = u_charType(c);
    if ((t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK) && drops_mark(out, *n))
        return true;
    return fold_kept(c, out, n, cap);
}

/* Whether c alone, under NFKD, is a Latin, Greek or Cyrillic base with a mark that folding
   drops ("ù", "ё"; not Turkish İ, the case of "i", nor fullwidth "Ｄ"): dnp_word_marked's
   test of one code point, and lexgen's DNP_CPI_ACCENT bit of the tables. */
bool dnp_cp_accented_icu(UChar32 c)
{
    /* Turkish capital I with its dot ("EKİM") is the case of "i", no accent */
    if (c < 0x80 || c == 0x130 || !nfkd)
        return false;
    UChar buf[32];
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = unorm2_getDecomposition(nfkd, c, buf, 32, &st);
    if (len <= 1 || U_FAILURE(st))
        return false;
    int32_t j = 0;
    UChar32 base;
    U16_NEXT(buf, j, len, base);
    if (!strips_marks(base))
        return false;
    while (j < len) {
        UChar32 m;
        U16_NEXT(buf, j, len, m);
        if (u_getCombiningClass(m) != 0 || u_charType(m) == U_NON_SPACING_MARK)
            return true;
    }
    return false;
}

/* dnp_word_marked with ICU for every code point (lexgen; tests/check_lexicon.c compares it
   with the tables' answer). */
bool dnp_word_marked_icu(const char *s, size_t n)
{
    size_t i = 0;
    UChar32 prev = -1;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            prev = (unsigned char)s[i++];
            continue;
        }
        int32_t k = (int32_t)i;
        UChar32 c;
        U8_NEXT((const uint8_t *)s, k, (int32_t)n, c);
        i = (size_t)k;
        if (c < 0)
            return false;
        int8_t t = u_charType(c);
        if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK) {
            if (prev >= 0 && strips_marks(prev))
                return true; /* a mark of its own after its base (NFD text) */
            continue;
        }
        prev = c;
        if (dnp_cp_accented_icu(c))
            return true;
    }
    return false;
}

#ifdef DNP_NO_CP_TABLE
/* lexgen: ICU only (it writes the tables). */
int dnp_char_class(UChar32 c)
{
    return dnp_char_class_icu(c);
}

int dnp_digit_value(UChar32 c)
{
    return dnp_digit_value_icu(c);
}

int dnp_script_of(UChar32 c)
{
    return dnp_script_of_icu(c);
}

bool dnp_fold_cp(UChar32 c, char *out, size_t *n, size_t cap)
{
    return dnp_fold_cp_icu(c, out, n, cap);
}

bool dnp_word_marked(const char *s, size_t n)
{
    return dnp_word_marked_icu(s, n);
}
#else
/* The library: below DNP_CP_HI (U+3100), lexgen's tables (the ICU answers, computed at build time). */

/* ascii_class() as a table, rows of sixteen from NUL (the tests compare the two); the
   tokenizer reads it too (internal.h) */
#define H DNP_CC_HARD
#define S DNP_CC_SEP
#define D DNP_CC_DIGIT
#define L DNP_CC_LETTER
const uint8_t dnp_ascii_classes[128] = {
    H, H, H, H, H, H, H, H, H, S, S, H, H, S, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    D, D, D, D, D, D, D, D, D, D, S, S, S, S, S, S,
    S, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, S, S, S, S, S,
    S, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, S, S, S, S, H,
};
#undef H
#undef S
#undef D
#undef L

int dnp_char_class(UChar32 c)
{
    if (c < 0)
        return DNP_CC_HARD;
    if (c < 0x80)
        return dnp_ascii_classes[c];
    if (c < DNP_CP_HI)
        return DNP_CPI_CLASS(dnp_cp_info[c - DNP_CP_LO]);
    if (DNP_CJK_UNIFIED(c))
        return DNP_CC_CJK;
    if (DNP_HANGUL_SYLLABLE(c))
        return DNP_CC_LETTER;
    return dnp_char_class_icu(c);
}

int dnp_digit_value(UChar32 c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= DNP_CP_LO && c < DNP_CP_HI)
        return DNP_CPI_DIGIT(dnp_cp_info[c - DNP_CP_LO]);
    if (DNP_HANGUL_SYLLABLE(c))
        return -1;
    return dnp_digit_value_icu(c);
}

int dnp_script_of(UChar32 c)
{
    if (c < 0x80)
        return USCRIPT_LATIN;
    if (c < DNP_CP_HI)
        return DNP_CPI_SCRIPT(dnp_cp_info[c - DNP_CP_LO]);
    if (DNP_CJK_UNIFIED(c))
        return USCRIPT_HAN;
    if (DNP_HANGUL_SYLLABLE(c))
        return USCRIPT_HANGUL;
    return dnp_script_of_icu(c);
}

bool dnp_fold_cp(UChar32 c, char *out, size_t *n, size_t cap)
{
    if (c < 0x80)
        return fold_ascii(c, out, n, cap);
    /* a CJK unified ideograph folds to itself, under NFKD and case folding alike (issue
       10: the commonest letters of Chinese and Japanese pages, without ICU); a Hangul
       syllable too, kept whole (fold_kept: no jamo) */
    if ((DNP_CJK_UNIFIED(c) && nfkd) || DNP_HANGUL_SYLLABLE(c)) {
        if (*n + 3 > cap)
            return false;
        out[*n] = (char)(0xE0 | (c >> 12));
        out[*n + 1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[*n + 2] = (char)(0x80 | (c & 0x3F));
        *n += 3;
        return true;
    }
    /* the table holds what ICU gives with NFKD loaded (dnp_fold_init) */
    if (c >= DNP_CP_HI || !nfkd)
        return dnp_fold_cp_icu(c, out, n, cap);
    uint32_t info = dnp_cp_info[c - DNP_CP_LO];
    if ((info & DNP_CPI_MARK) && drops_mark(out, *n))
        return true;
    if (info & DNP_CPI_LONG) {
        /* (fold_kept's bytes, which depend on c alone, from lexgen's table) */
        uint32_t row = dnp_cp_fold[c - DNP_CP_LO];
        if (!row)
            return fold_kept(c, out, n, cap);
        const dnp_cp_long_fold *f = &dnp_cp_long[row];
        if (*n + f->len > cap)
            return false;
        memcpy(out + *n, f->b, f->len);
        *n += f->len;
        return true;
    }
    return dnp_fold_from_table(c, info, out, n, cap);
}

/* Below DNP_CP_HI the tables answer (DNP_CPI_MARK, DNP_CPI_ACCENT): issue 8, the month words
   of most lines were asked of ICU's NFKD data one letter at a time. */
bool dnp_word_marked(const char *s, size_t n)
{
    size_t i = 0;
    UChar32 prev = -1;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            prev = (unsigned char)s[i++];
            continue;
        }
        int32_t k = (int32_t)i;
        UChar32 c;
        U8_NEXT((const uint8_t *)s, k, (int32_t)n, c);
        i = (size_t)k;
        if (c < 0)
            return false;
        bool mark, accent;
        if (c < DNP_CP_HI) {
            uint32_t info = dnp_cp_info[c - DNP_CP_LO];
            mark = info & DNP_CPI_MARK;
            accent = (info & DNP_CPI_ACCENT) && nfkd;
        } else {
            int8_t t = u_charType(c);
            mark = t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK;
            accent = !mark && dnp_cp_accented_icu(c);
        }
        if (mark) {
            if (prev >= 0 && strips_marks(prev))
                return true; /* a mark of its own after its base (NFD text) */
            continue;
        }
        prev = c;
        if (accent)
            return true;
    }
    return false;
}
#endif
