/*
 * tokenize.c: splits UTF-8 text into numbers, words and separators, each with its byte span
 * in the original text.
 *
 * - NUM: a run of decimal digits of one or mixed scripts ("2015", "٢٠١٥", "２０１５"), with
 *   its value (saturating past 18 digits, flagged DNP_TF_LONG) and its digit count.
 * - WORD: a run of letters and combining marks, folded (fold.c). An apostrophe or a hyphen
 *   between two letters stays inside the word ("d'abril", "Ɔbɛsɛ-Ahinime"). A Han, Hiragana
 *   or Katakana character is a word of its own (flag DNP_TF_CJK): CJK text has no spaces,
 *   and "2015年11月22日星期日" must still split into its parts.
 * - SEP: a run of white space is one token (value ' ', flag DNP_TF_SPACE); any other
 *   separator is one code point; a control character, NUL or invalid byte is a HARD
 *   separator that no date may span.
 * Format characters (LRM, RLM, ZWJ, ZWNJ, soft hyphen) are skipped wherever they stand.
 * Not done here: deciding what a word means (lexicon.c) or what a number is (the readers
 * scan.c calls).
 */
#include "internal.h"

#include <stddef.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

/* dnp_utf8_next, dnp_char_class and dnp_script_of (fold.c) with their common cases inline:
   a code point of two or three bytes, the tables' range (Latin to kana). Every code point
   of non-ASCII text goes through them, most more than once. The same answers, to the bit:
   whatever is not handled here is passed on to fold.c. */
static inline UChar32 utf8_next(const char *text, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t k = *i;
    unsigned c = p[k];
    if (c < 0x80) {
        *i = k + 1;
        return (UChar32)c;
    }
    if (c >= 0xC2 && c <= 0xDF && len - k > 1 && (p[k + 1] & 0xC0) == 0x80) {
        *i = k + 2;
        return (UChar32)((c & 0x1F) << 6 | (p[k + 1] & 0x3F));
    }
    if (c >= 0xE0 && c <= 0xEF && len - k > 2 && (p[k + 1] & 0xC0) == 0x80 &&
        (p[k + 2] & 0xC0) == 0x80) {
        UChar32 cp = (UChar32)((c & 0x0F) << 12 | (p[k + 1] & 0x3F) << 6 | (p[k + 2] & 0x3F));
        /* overlong forms and surrogates: fold.c's answer (-1) */
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *i = k + 3;
            return cp;
        }
    }
    return dnp_utf8_next(text, len, i);
}

static inline int char_class(UChar32 c)
{
#ifndef DNP_NO_CP_TABLE
    if (c >= 0 && c < 0x80)
        return dnp_ascii_classes[c];
    if (c >= DNP_CP_LO && c < DNP_CP_HI)
        return DNP_CPI_CLASS(dnp_cp_info[c - DNP_CP_LO]);
#endif
    return dnp_char_class(c);
}

/* dnp_fold_cp, inline for a letter of the tables' range that folds to at most four bytes
   and is no combining mark (a mark may depend on the letter before it: fold.c decides), and
   for a CJK unified ideograph (itself). */
static inline bool fold_cp(UChar32 c, char *out, size_t *n, size_t cap)
{
    /* an ASCII letter of a word that goes on in other letters ("für", "día"): fold.c's
       fold_ascii, without the call */
    if (c >= 0 && c < 0x80) {
        if (*n >= cap)
            return false;
        out[(*n)++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        return true;
    }
#ifndef DNP_NO_CP_TABLE
    if (DNP_CJK_UNIFIED(c) && dnp_fold_tables_ok) {
        if (*n + 3 > cap)
            return false;
        out[*n] = (char)(0xE0 | (c >> 12));
        out[*n + 1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[*n + 2] = (char)(0x80 | (c & 0x3F));
        *n += 3;
        return true;
    }
    if (c >= DNP_CP_LO && c < DNP_CP_HI && dnp_fold_tables_ok) {
        uint32_t info = dnp_cp_info[c - DNP_CP_LO];
        if (!(info & (DNP_CPI_MARK | DNP_CPI_LONG)))
            return dnp_fold_from_table(c, info, out, n, cap);
    }
#endif
    return dnp_fold_cp(c, out, n, cap);
}

static bool is_space(UChar32 c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
           (c >= 0x80 && u_isUWhiteSpace(c));
}

/* Whether the code point that ends at byte p is a letter, digit or CJK character, that is,
   whether a token starting at p touches the token before it (DNP_TF_ADJ). */
static bool prev_is_word_char(const char *text, size_t len, size_t p)
{
    const unsigned char *s = (const unsigned char *)text;
    unsigned char b = s[p - 1];
    if (b < 0x80) {
        int cc = char_class(b);
        return cc == DNP_CC_LETTER || cc == DNP_CC_DIGIT;
    }
    /* two or three bytes, as the walk back below would decode them */
    UChar32 c2 = -1;
    if ((b & 0xC0) == 0x80 && p >= 2 && s[p - 2] >= 0xC2 && s[p - 2] <= 0xDF)
        c2 = (UChar32)((s[p - 2] & 0x1F) << 6 | (b & 0x3F));
    else if ((b & 0xC0) == 0x80 && p >= 3 && (s[p - 2] & 0xC0) == 0x80 && s[p - 3] >= 0xE0 &&
             s[p - 3] <= 0xEF) {
        c2 = (UChar32)((s[p - 3] & 0x0F) << 12 | (s[p - 2] & 0x3F) << 6 | (b & 0x3F));
        if (c2 < 0x800 || (c2 >= 0xD800 && c2 <= 0xDFFF))
            return false; /* no character: dnp_utf8_next stops after the first byte */
    }
    if (c2 >= 0) {
        int cc = char_class(c2);
        return cc == DNP_CC_LETTER || cc == DNP_CC_DIGIT || cc == DNP_CC_CJK;
    }
    size_t k = p;
    int back = 0;
    while (k > 0 && back < 4) {
        k--, back++;
        if (((unsigned char)text[k] & 0xC0) != 0x80)
            break;
    }
    size_t q = k;
    UChar32 c = utf8_next(text, len, &q);
    if (q != p)
        return false;
    int cc = char_class(c);
    return cc == DNP_CC_LETTER || cc == DNP_CC_DIGIT || cc == DNP_CC_CJK;
}

static UScriptCode script_of(UChar32 c)
{
#ifndef DNP_NO_CP_TABLE
    if (c >= DNP_CP_LO && c < DNP_CP_HI)
        return (UScriptCode)DNP_CPI_SCRIPT(dnp_cp_info[c - DNP_CP_LO]);
#endif
    return (UScriptCode)dnp_script_of(c); /* fold.c: a table below DNP_CP_HI */
}

/* Peeks the next code point that is not a format character; returns its class and sets
   *c and *next (the position after it). */
/* Out of line: next_token_slow calls it at six places, and six inlined copies of its
   decoding made the tokenizer too large for the instruction cache (issue 8); the commonest
   next code point is read inline there. */
static __attribute__((noinline)) int peek_class(const char *text, size_t len, size_t pos,
                                                UChar32 *c, size_t *next)
{
    while (pos < len) {
        size_t p = pos;
        UChar32 cp = utf8_next(text, len, &p);
        int cc = char_class(cp);
        if (cc != DNP_CC_IGNORE) {
            *c = cp;
            *next = p;
            return cc;
        }
        pos = p;
    }
    *c = -1;
    *next = len;
    return -1;
}

/* ASCII classes for the fast path: most text that reaches us is ASCII. */
enum { A_SEP = 0, A_DIGIT, A_LETTER, A_SPACE, A_HARD };
/* The class of each ASCII byte (rows of eight, from NUL): digits, letters, the four white
   space characters, the other controls (hard), and punctuation. */
#define DIGIT A_DIGIT
#define LETTER A_LETTER
#define SPACE A_SPACE
#define HARD A_HARD
#define SEP A_SEP
static const uint8_t ascii_class[128] = {
    HARD, HARD, HARD, HARD, HARD, HARD, HARD, HARD,
    HARD, SPACE, SPACE, HARD, HARD, SPACE, HARD, HARD,
    HARD, HARD, HARD, HARD, HARD, HARD, HARD, HARD,
    HARD, HARD, HARD, HARD, HARD, HARD, HARD, HARD,
    SPACE, SEP, SEP, SEP, SEP, SEP, SEP, SEP,
    SEP, SEP, SEP, SEP, SEP, SEP, SEP, SEP,
    DIGIT, DIGIT, DIGIT, DIGIT, DIGIT, DIGIT, DIGIT, DIGIT,
    DIGIT, DIGIT, SEP, SEP, SEP, SEP, SEP, SEP,
    SEP, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, SEP, SEP, SEP, SEP, SEP,
    SEP, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, LETTER,
    LETTER, LETTER, LETTER, SEP, SEP, SEP, SEP, HARD,
};
#undef DIGIT
#undef LETTER
#undef SPACE
#undef HARD
#undef SEP

static inline int acls(unsigned char b)
{
    return ascii_class[b];
}

/* What a non-ASCII code point at q does to an ASCII token before it: ENDS it (a letter of
   another kind, a separator) or may CONTINUE it (a digit of another script after digits,
   a letter or apostrophe after letters, a space after spaces, a format character that is
   skipped anywhere): then the slow path reads the token. Decoding one code point and a
   table look-up (fold.c) is far cheaper than the slow path (issue 10: a space before a
   Cyrillic or Greek word, "2015年", "Москва,"). */
enum { ENDS, CONTINUES };
static int non_ascii_after(const unsigned char *s, size_t len, size_t q, int cls)
{
    size_t r = q;
    UChar32 c = utf8_next((const char *)s, len, &r);
    int cc = char_class(c);
    if (cc == DNP_CC_IGNORE)
        return CONTINUES;
    switch (cls) {
    case A_DIGIT: return cc == DNP_CC_DIGIT ? CONTINUES : ENDS;
    case A_LETTER:
        return cc == DNP_CC_LETTER || dnp_is_apostrophe(c) || c == 0x2010 ? CONTINUES : ENDS;
    /* no letter, digit or CJK character is white space (Zs, Zl, Zp, Cc): no ICU call */
    case A_SPACE:
        return cc == DNP_CC_HARD || cc == DNP_CC_LETTER || cc == DNP_CC_DIGIT ||
                       cc == DNP_CC_CJK || !is_space(c)
                   ? ENDS : CONTINUES;
    default: return CONTINUES;
    }
}

static bool next_token_slow(const char *text, size_t len, size_t *pos, dnp_token *t);
static size_t word_rest(const char *text, size_t len, size_t q, UScriptCode script,
                        dnp_token *t, size_t *np, bool *overflowp);
static bool ascii_word_slow(const char *text, size_t len, size_t *pos, size_t q, size_t n,
                            dnp_token *t);
static bool cjk_char(const char *text, size_t len, size_t *pos, dnp_token *t);

/* A superscript or subscript digit (¹ ² ³ ⁰ ⁴-⁹ ₀-₉): digits by compatibility (fold.c). */
static inline bool small_digit(UChar32 c)
{
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2089);
}

#define ONES8 0x0101010101010101ull
/* The ASCII letters (A-Z, a-z) among eight bytes: the high bit of each such byte, from
   (b | 0x20) in 0x61..0x7A with the high bit clear (a range test on all eight at once, as
   in "Bit Twiddling Hacks"' hasbetween, exact byte by byte). */
static inline uint64_t ascii_letters(uint64_t w)
{
    uint64_t x = w | ONES8 * 0x20, lo = x & ONES8 * 0x7F;
    return (ONES8 * (127 + 0x7B) - lo) & ~x & (lo + ONES8 * (127 - 0x60)) & ONES8 * 0x80;
}

/* The token at *pos when it is made of ASCII: no decoding, no ICU. One function per class,
   each small, reached by a tail call from dnp_next_token; each hands the token to the slow
   path (a tail call too) when a non-ASCII code point right after it may continue it
   (non_ascii_after). */

/* The token's span, start and end in one store: the scan reads the two together right after
   (one load of eight bytes, which two stores of four could not forward to: a stall of a
   dozen cycles a token). */
static inline void set_span(dnp_token *t, size_t start, size_t end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    uint64_t v = (uint64_t)(uint32_t)start << 32 | (uint32_t)end;
#else
    uint64_t v = (uint64_t)(uint32_t)end << 32 | (uint32_t)start;
#endif
    memcpy((char *)t + offsetof(dnp_token, start), &v, sizeof v);
}

/* A word token's end: its folded length (none when too long to be a key) and span. */
static inline void word_end(dnp_token *t, size_t p, size_t q, size_t n, bool overflow,
                            size_t *pos)
{
    if (overflow) {
        t->flags |= DNP_TF_LONG;
        n = 0;
    }
    t->flen = (uint8_t)n;
    set_span(t, p, q);
    *pos = q;
}

_Static_assert(offsetof(dnp_token, end) == offsetof(dnp_token, start) + 4,
               "set_span: end follows start");

/* ascii_start when the byte before p is ASCII (or p is 0): no call. */
static inline void ascii_start_ascii(const unsigned char *s, size_t p, dnp_token *t)
{
    t->flags = p > 0 && (acls(s[p - 1]) == A_DIGIT || acls(s[p - 1]) == A_LETTER) ? DNP_TF_ADJ : 0;
    t->ndigits = 0;
    t->flen = 0;
    t->value = 0;
}

/* The fields every token starts with: DNP_TF_ADJ when the code point before p is a letter
   or digit (or CJK). */
static inline void ascii_start(const unsigned char *s, size_t len, size_t p, dnp_token *t)
{
    uint8_t flags = 0;
    if (p > 0 && s[p - 1] < 0x80) {
        if (acls(s[p - 1]) == A_DIGIT || acls(s[p - 1]) == A_LETTER)
            flags = DNP_TF_ADJ;
    } else if (p > 0 && prev_is_word_char((const char *)s, len, p))
        flags = DNP_TF_ADJ;
    t->flags = flags;
    t->ndigits = 0;
    t->flen = 0;
    t->value = 0;
}

/* The number's fields, its digits [p, q) of value v (flags set before). */
static inline void number_done(dnp_token *t, size_t *pos, size_t p, size_t q, uint64_t v)
{
    size_t nd = q - p;
    if (nd > 18)
        t->flags |= DNP_TF_LONG;
    t->kind = DNP_TK_NUM;
    t->value = v;
    t->ndigits = nd > 255 ? 255 : (uint8_t)nd;
    set_span(t, p, q);
    *pos = q;
}

/* ascii_number's end when a byte beside the digits [*pos, q) is not ASCII: the number may go
   on in other digits, or touch a letter before it. Out of line, so that the ASCII path
   calls nothing and saves no registers (issue 8: the tokenizer runs for every token). */
__attribute__((noinline)) static bool ascii_number_wide(const char *text, size_t len,
                                                        size_t *pos, dnp_token *t, size_t q,
                                                        uint64_t v)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos;
    if (q < len && s[q] >= 0x80 && non_ascii_after(s, len, q, A_DIGIT) == CONTINUES)
        return next_token_slow(text, len, pos, t);
    ascii_start(s, len, p, t);
    number_done(t, pos, p, q, v);
    return true;
}

__attribute__((noinline)) static bool ascii_number(const char *text, size_t len, size_t *pos,
                                                   dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos, q = p + 1;
    /* the digits and the value of the first eighteen, in one pass */
    uint64_t v = (uint64_t)(s[p] - '0');
    while (q < len && s[q] >= '0' && s[q] <= '9') {
        if (q < p + 18)
            v = v * 10 + (uint64_t)(s[q] - '0');
        q++;
    }
    if ((q < len && s[q] >= 0x80) || (p > 0 && s[p - 1] >= 0x80))
        return ascii_number_wide(text, len, pos, t, q, v);
    ascii_start_ascii(s, p, t);
    number_done(t, pos, p, q, v);
    return true;
}

#ifndef DNP_NO_CP_TABLE
static inline void put_fold4(char *out, size_t n, uint32_t f);

/* ascii_word's word when the byte at q, after its ASCII letters [*pos, q) (n folded in
   t->fold), leads a code point of two bytes: the rest of the word as word2 reads it, its
   letters of the Latin script in two bytes (no mark, no long fold) or ASCII letters, up to
   ASCII that is no letter, apostrophe or hyphen, or the text's end (issue 10: a Portuguese,
   Spanish, French or German word with an accent past its first letter, which
   ascii_word_slow read through word_rest). Anything else past q is handed to
   ascii_word_slow from q; false, the token untouched, when the code point at q is no such
   letter (ascii_word decides). */
__attribute__((noinline)) static bool latin2_rest(const char *text, size_t len, size_t *pos,
                                                  size_t q, size_t n, dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t q0 = q, n0 = n;
    if (!dnp_fold_tables_ok || n > DNP_WORD_MAX)
        return false;
    const uint32_t letter_mask = 7u | DNP_CPI_MARK | DNP_CPI_LONG | ~0u << 16,
                   letter_want = (uint32_t)DNP_CC_LETTER | (uint32_t)USCRIPT_LATIN << 16;
    char *fold = t->fold;
    while (q < len) {
        unsigned b = s[q];
        if (b < 0x80) {
            if ((unsigned char)((b | 0x20) - 'a') < 26) {
                if (n >= DNP_WORD_MAX)
                    goto slow;
                fold[n++] = (char)(b | 0x20);
                q++;
                continue;
            }
            if (dnp_ascii_classes[b] != DNP_CC_LETTER && b != '\'' && b != '-')
                break;
            goto slow;
        }
        if (b - 0xC2u > 0xDFu - 0xC2u || q + 1 >= len || (s[q + 1] & 0xC0) != 0x80)
            goto slow;
        uint32_t c2 = (b & 0x1Fu) << 6 | (s[q + 1] & 0x3Fu);
        uint32_t info = dnp_cp_info[c2 - DNP_CP_LO];
        if ((info & letter_mask) != letter_want || n + 4 > DNP_WORD_MAX)
            goto slow;
        put_fold4(fold, n, dnp_cp_fold[c2 - DNP_CP_LO]);
        n += DNP_CPI_FLEN(info);
        q += 2;
    }
    {
        size_t p = *pos;
        ascii_start(s, len, p, t);
        t->kind = DNP_TK_WORD;
        t->flen = (uint8_t)n;
        set_span(t, p, q);
        *pos = q;
        return true;
    }
slow:
    if (q == q0)
        return false;
    return ascii_word_slow(text, len, pos, q0, n0, t);
}
#endif

__attribute__((noinline)) static bool ascii_word(const char *text, size_t len, size_t *pos,
                                                   dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos, q = p, n = 0;
    for (;;) {
        /* the run of ASCII letters ((b | 0x20) - 'a' < 26 is A-Z and a-z only), then its
           folded copy, as much as fold[] holds */
        size_t q0 = q, done = q; /* the letters of [q0, done) are in fold already */
        bool ended = false;      /* the run's end is found (a byte that is no letter) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes a turn: a word of running text is read in one or two */
        while (q + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + q, 8);
            uint64_t non = ~ascii_letters(w) & (ONES8 * 0x80);
            size_t run = non ? (size_t)__builtin_ctzll(non) / 8 : 8;
            if (n + (q - q0) + 8 <= DNP_WORD_MAX) {
                /* the bytes past the run are written too: later bytes overwrite them, or
                   they lie past flen */
                uint64_t f = w | ONES8 * 0x20;
                memcpy(t->fold + n + (q - q0), &f, 8);
                done = q + run;
            }
            q += run;
            if (non) {
                ended = true;
                break;
            }
        }
#endif
        if (!ended)
            while (q < len && (unsigned char)((s[q] | 0x20) - 'a') < 26)
                q++;
        for (size_t k = done; k < q && n + (k - q0) < DNP_WORD_MAX; k++)
            t->fold[n + (k - q0)] = (char)(s[k] | 0x20);
        n += q - q0;
        /* the commonest end, ASCII that is no apostrophe or hyphen (a space, punctuation),
           in one test each */
        if (q < len && s[q] >= 0x80) {
#ifndef DNP_NO_CP_TABLE
            /* a letter in two bytes of the Latin script after the ASCII ones ("índice" is
               read by word2, "reunião", "Müller" here): word2's fast steps */
            if (q + 1 < len && s[q] <= 0xDF && s[q] >= 0xC2 &&
                latin2_rest(text, len, pos, q, n, t))
                return true;
#endif
            if (non_ascii_after(s, len, q, A_LETTER) == CONTINUES)
                return ascii_word_slow(text, len, pos, q, n, t);
        } else if (q + 1 < len && (s[q] == '\'' || s[q] == '-')) {
            /* an apostrophe or hyphen between two letters stays in the word */
            if (s[q + 1] < 0x80 && acls(s[q + 1]) == A_LETTER) {
                if (n < DNP_WORD_MAX)
                    t->fold[n] = (char)s[q];
                n++;
                q++;
                continue;
            }
            if (s[q + 1] >= 0x80 && non_ascii_after(s, len, q + 1, A_LETTER) == CONTINUES)
                return ascii_word_slow(text, len, pos, q, n, t);
        }
        break;
    }
    ascii_start(s, len, p, t);
    t->kind = DNP_TK_WORD;
    if (n > DNP_WORD_MAX) {
        t->flags |= DNP_TF_LONG;
        n = 0;
    }
    t->flen = (uint8_t)n;
    set_span(t, p, q);
    *pos = q;
    return true;
}

/* ascii_word's word when a non-ASCII code point at q (or after the apostrophe or hyphen at
   q) may continue it: what next_token_slow gives it, its letters up to q (n of them, folded
   in t->fold as far as it holds them) not read again. */
__attribute__((noinline)) static bool ascii_word_slow(const char *text, size_t len, size_t *pos,
                                                      size_t q, size_t n, dnp_token *t)
{
    size_t p = *pos;
    bool overflow = n > DNP_WORD_MAX;
    if (overflow)
        n = DNP_WORD_MAX;
    t->kind = DNP_TK_WORD;
    t->flags = p > 0 && prev_is_word_char(text, len, p) ? DNP_TF_ADJ : 0;
    t->ndigits = 0;
    t->value = 0;
    q = word_rest(text, len, q, USCRIPT_LATIN /* script_of an ASCII letter */, t, &n, &overflow);
    word_end(t, p, q, n, overflow, pos);
    return true;
}

__attribute__((noinline)) static bool ascii_space(const char *text, size_t len, size_t *pos,
                                                   dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos, q = p + 1;
    uint8_t nl = s[p] == '\n' || s[p] == '\r' ? DNP_TF_NEWLINE : 0;
    while (q < len && s[q] < 0x80 && acls(s[q]) == A_SPACE) {
        if (s[q] == '\n' || s[q] == '\r')
            nl = DNP_TF_NEWLINE;
        q++;
    }
    /* NBSP and other spaces may continue the run */
    if (q < len && s[q] >= 0x80 && non_ascii_after(s, len, q, A_SPACE) == CONTINUES)
        return next_token_slow(text, len, pos, t);
    ascii_start(s, len, p, t);
    t->kind = DNP_TK_SEP;
    t->flags |= nl | DNP_TF_SPACE;
    t->value = ' ';
    set_span(t, p, q);
    *pos = q;
    return true;
}

/* Punctuation, and a control character (a hard separator): one byte. */
__attribute__((noinline)) static bool ascii_sep(const char *text, size_t len, size_t *pos,
                                                   dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos;
    if (p > 0 && s[p - 1] >= 0x80)
        ascii_start(s, len, p, t);
    else
        ascii_start_ascii(s, p, t);
    t->kind = DNP_TK_SEP;
    if (acls(s[p]) == A_HARD) {
        t->flags |= DNP_TF_HARD;
        t->value = 0xFFFD;
    } else
        t->value = s[p];
    set_span(t, p, p + 1);
    *pos = p + 1;
    return true;
}

/* The value of a token of one separator code point c: full-width and other compatibility
   forms of ASCII punctuation ("／", "：", "，", "、", "。") read as the ASCII character. */
static inline uint64_t sep_value(UChar32 c)
{
    UChar32 v = c;
    if (c >= 0xFF01 && c <= 0xFF5E)
        v = c - 0xFF01 + 0x21;
    else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212 ||
             c == 0x05BE) /* the Hebrew maqaf: "ב־21:15" */
        v = '-';
    else if (c == 0x3001 || c == 0x060C)
        v = ',';
    else if (c == 0x3002)
        v = '.';
    return (uint64_t)v;
}

#ifndef DNP_NO_CP_TABLE
/* A letter's folded bytes from dnp_cp_fold at out[n], four written (the bytes past its fold
   are overwritten later or lie past flen, as in word_rest). */
static inline void put_fold4(char *out, size_t n, uint32_t f)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(out + n, &f, 4);
#else
    for (size_t i = 0; i < 4; i++, f >>= 8)
        out[n + i] = (char)(f & 0xFF);
#endif
}

/* The token at *pos when it is a word whose first letter is in two bytes of the tables'
   range and all of whose letters are of that letter's script, in two bytes (no mark, no
   long fold) or in ASCII (Latin), up to ASCII that is no letter, apostrophe or hyphen, or
   the text's end: what next_token_slow gives it (the first letter's fold_cp, then
   word_rest's fast steps), without the general steps (issue 10: most words of a Russian,
   Greek or Polish page that are no key). Anything else, or a word longer than its fold
   holds, is handed to next_token_slow. */
/* issue 10: the token at p when it is one separator code point c (class DNP_CC_SEP, no
   space) that ends at next: next_token_slow's last step, without its steps before (the
   commonest of them off ASCII: "«", "»", "·", "–", "’", "“", "…"). */
__attribute__((noinline)) static bool sep_cp(const char *text, size_t len, size_t p,
                                            size_t next, UChar32 c, dnp_token *t, size_t *pos)
{
    t->kind = DNP_TK_SEP;
    t->flags = p > 0 && prev_is_word_char(text, len, p) ? DNP_TF_ADJ : 0;
    t->ndigits = 0;
    t->flen = 0;
    t->value = sep_value(c);
    set_span(t, p, next);
    *pos = next;
    return true;
}

/* The token at *pos, two bytes that begin no word of word2's (info: its code point's
   dnp_cp_info): sep_cp's for a separator that is no space ("«", "»", "·", "°"), else
   next_token_slow's. */
__attribute__((noinline)) static bool sep2(const char *text, size_t len, size_t *pos,
                                           dnp_token *t, uint32_t info)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t p = *pos;
    UChar32 c = (UChar32)((s[p] & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu));
    if (DNP_CPI_CLASS(info) == DNP_CC_SEP && !is_space(c))
        return sep_cp(text, len, p, p + 2, c, t, pos);
    return next_token_slow(text, len, pos, t);
}

/* The token at *pos, three bytes from 0xE2: sep_cp's for a separator that is no space,
   else next_token_slow's. */
__attribute__((noinline)) static bool sep3(const char *text, size_t len, size_t *pos,
                                           dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t p = *pos;
    if ((s[p + 1] & 0xC0) == 0x80 && (s[p + 2] & 0xC0) == 0x80) {
        UChar32 c = (UChar32)((s[p] & 0x0F) << 12 | (s[p + 1] & 0x3F) << 6 | (s[p + 2] & 0x3F));
        if (DNP_CPI_CLASS(dnp_cp_info[c - DNP_CP_LO]) == DNP_CC_SEP && !is_space(c))
            return sep_cp(text, len, p, p + 3, c, t, pos);
    }
    return next_token_slow(text, len, pos, t);
}

__attribute__((noinline)) static bool word2(const char *text, size_t len, size_t *pos,
                                            dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t p = *pos;
    if (!dnp_fold_tables_ok || (s[p + 1] & 0xC0) != 0x80)
        return next_token_slow(text, len, pos, t);
    uint32_t info = dnp_cp_info[((s[p] & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu)) - DNP_CP_LO];
    if (DNP_CPI_CLASS(info) != DNP_CC_LETTER || (info & (DNP_CPI_MARK | DNP_CPI_LONG)))
        return sep2(text, len, pos, t, info);
    const int script = DNP_CPI_SCRIPT(info);
    const uint32_t letter_mask = 7u | DNP_CPI_MARK | DNP_CPI_LONG | ~0u << 16,
                   letter_want = (uint32_t)DNP_CC_LETTER | (uint32_t)script << 16;
    _Static_assert(DNP_CPI_CLASS(7u) == 7 && DNP_CPI_SCRIPT(~0u << 16) == 0xFFFF,
                   "word2: the class in the low bits, the script in the high ones");
    char *fold = t->fold;
    put_fold4(fold, 0, dnp_cp_fold[((s[p] & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu)) - DNP_CP_LO]);
    size_t n = DNP_CPI_FLEN(info), q = p + 2;
    while (q < len) {
        unsigned b = s[q];
        if (b < 0x80) {
            if ((unsigned char)((b | 0x20) - 'a') < 26) {
                if (script != USCRIPT_LATIN || n >= DNP_WORD_MAX)
                    return next_token_slow(text, len, pos, t);
                fold[n++] = (char)(b | 0x20);
                q++;
                continue;
            }
            if (dnp_ascii_classes[b] != DNP_CC_LETTER && b != '\'' && b != '-')
                break;
            return next_token_slow(text, len, pos, t);
        }
        if (b - 0xC2u > 0xDFu - 0xC2u || q + 1 >= len || (s[q + 1] & 0xC0) != 0x80)
            return next_token_slow(text, len, pos, t);
        uint32_t c2 = (b & 0x1Fu) << 6 | (s[q + 1] & 0x3Fu);
        info = dnp_cp_info[c2 - DNP_CP_LO];
        /* a letter of the script, no mark, no long fold: one test */
        if ((info & letter_mask) != letter_want || n + 4 > DNP_WORD_MAX)
            return next_token_slow(text, len, pos, t);
        put_fold4(fold, n, dnp_cp_fold[c2 - DNP_CP_LO]);
        n += DNP_CPI_FLEN(info);
        q += 2;
    }
    t->kind = DNP_TK_WORD;
    t->flags = p > 0 && prev_is_word_char(text, len, p) ? DNP_TF_ADJ : 0;
    t->ndigits = 0;
    t->value = 0;
    t->flen = (uint8_t)n;
    set_span(t, p, q);
    *pos = q;
    return true;
}
#endif

#ifndef DNP_NO_CP_TABLE
/* b21fix: Thai is written without spaces between words ("เชียงใหม่เมื่อวานนี้เอง": Chiang Mai,
   yesterday, just), so a run of Thai letters is parted at the words the lexicon knows: the
   longest key (of two letters or more) that begins the run is its first word; else the
   run's letters up to the first place where such a key begins. A word begins and ends
   only where a Thai syllable may (no vowel sign, tone mark or following vowel after the
   place, no leading vowel before it). The lexicon's keys are whole runs (lexgen's
   tokenizer, built with DNP_NO_CP_TABLE, parts none), and a Thai letter folds to itself. */
static inline UChar32 thai_cp(const unsigned char *s, size_t i)
{
    return (UChar32)((s[i] & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F));
}

/* Whether a Thai word may begin at byte i of the run [a, b) (a < i < b). b29fix: Lao, the
   script Thai's was drawn with, has its signs at the same places 0x80 further on (lao):
   following vowels U+0EB0..0EBC, the repetition mark and tone marks U+0EC6..0ECE, leading
   vowels U+0EC0..0EC4. */
static inline bool thai_break(const unsigned char *s, size_t i, bool lao)
{
    UChar32 c = thai_cp(s, i), p = thai_cp(s, i - 3);
    if (lao)
        return !((c >= 0x0EB0 && c <= 0x0EBC) || (c >= 0x0EC6 && c <= 0x0ECE) ||
                 (p >= 0x0EC0 && p <= 0x0EC4));
    return !((c >= 0x0E30 && c <= 0x0E3A) || c == 0x0E45 || (c >= 0x0E47 && c <= 0x0E4E) ||
             (p >= 0x0E40 && p <= 0x0E44));
}

/* The end of the longest key of two letters or more that begins at i, ending at b or where
   a word may begin; 0 for none. */
static size_t thai_key(const unsigned char *s, size_t i, size_t b, bool lao)
{
    size_t best = 0;
    for (size_t e = i + 6; e <= b && e - i <= DNP_WORD_MAX; e += 3)
        if ((e == b || thai_break(s, e, lao)) && dnp_lex_find((const char *)s + i, e - i))
            best = e;
    return best;
}

/* Whether the three bytes at i are a code point of the Thai block (U+0E00..0E7F), or with
   lao of the Lao one (U+0E80..0EFF). */
static inline bool thai_byte(const unsigned char *s, size_t i, bool lao)
{
    return s[i] == 0xE0 && (lao ? (s[i + 1] == 0xBA || s[i + 1] == 0xBB)
                                : (s[i + 1] == 0xB8 || s[i + 1] == 0xB9));
}

static void thai_word(const char *text, size_t *pos, dnp_token *t, bool lao)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t a = t->start, b = t->end;
    if ((b - a) % 3)
        return;
    for (size_t i = a; i < b; i += 3)
        if (!thai_byte(s, i, lao))
            return; /* (a format character inside it) */
    if (!(t->flags & DNP_TF_LONG) && dnp_lex_find(t->fold, t->flen))
        return;
    size_t e = thai_key(s, a, b, lao);
    if (!e) {
        for (e = a + 3; e < b; e += 3)
            if (thai_break(s, e, lao) && thai_key(s, e, b, lao))
                break;
        if (e >= b)
            return;
    }
    size_t p = a;
    next_token_slow(text, e, &p, t);
    *pos = e;
}

/* The token at *pos, which begins with a Thai (or with lao a Lao) code point:
   next_token_slow's, a word of its letters parted (thai_word). Out of line: the other
   tokens' path stays a jump. */
static DNP_RARE bool thai_token(const char *text, size_t len, size_t *pos, dnp_token *t,
                                bool lao)
{
    if (!next_token_slow(text, len, pos, t))
        return false;
    if (t->kind == DNP_TK_WORD && t->end - t->start >= 9)
        thai_word(text, pos, t, lao);
    return true;
}
#endif

#ifndef DNP_NO_CP_TABLE
/* b24fix: Khmer, written without spaces between words too ("ការប្រណាំងទូកថ្ងៃច័ន្ទ", the boat
   race on Monday), parted as Thai is (thai_word) at the lexicon's words. Where a word may
   begin is read from Unicode's properties, no table of the script's letters: not at a mark
   (a vowel sign), not after an invisible stacker (the coeng), not before a pure killer (a
   consonant with a killer ends the syllable before). Burmese is not parted: CLDR's phrases
   hold runs that parting would split where the lexicon has no prefix ("ပြီးခဲ့သည့် သီတင်းပတ်",
   last week: "သီတင်း" + "ပတ်"); its pages space their phrases. */
static inline bool sea_script(const unsigned char *s, size_t i)
{
    return s[i] == 0xE1 && (s[i + 1] == 0x9E || s[i + 1] == 0x9F); /* U+1780..17FF */
}

static inline bool sea_break(const unsigned char *s, size_t i, size_t b)
{
    UChar32 c = thai_cp(s, i), p = thai_cp(s, i - 3);
    int8_t ct = u_charType(c);
    if (ct == U_NON_SPACING_MARK || ct == U_COMBINING_SPACING_MARK || ct == U_ENCLOSING_MARK)
        return false;
    if (u_getIntPropertyValue(p, UCHAR_INDIC_SYLLABIC_CATEGORY) == U_INSC_INVISIBLE_STACKER)
        return false;
    return !(i + 3 < b && u_getIntPropertyValue(thai_cp(s, i + 3), UCHAR_INDIC_SYLLABIC_CATEGORY) ==
                              U_INSC_PURE_KILLER);
}

/* The end of the longest key of two code points or more that begins at i, ending at b or
   where a word may begin; 0 for none. */
static size_t sea_key(const unsigned char *s, size_t i, size_t b)
{
    size_t best = 0;
    for (size_t e = i + 6; e <= b && e - i <= DNP_WORD_MAX; e += 3)
        if ((e == b || sea_break(s, e, b)) && dnp_lex_find((const char *)s + i, e - i))
            best = e;
    return best;
}

static DNP_RARE bool sea_token(const char *text, size_t len, size_t *pos, dnp_token *t)
{
    if (!next_token_slow(text, len, pos, t))
        return false;
    if (t->kind != DNP_TK_WORD || t->end - t->start < 9)
        return true;
    const unsigned char *s = (const unsigned char *)text;
    size_t a = t->start, b = t->end;
    if ((b - a) % 3)
        return true;
    for (size_t i = a; i < b; i += 3)
        if (!sea_script(s, i))
            return true; /* (a format character inside it) */
    if (!(t->flags & DNP_TF_LONG) && dnp_lex_find(t->fold, t->flen))
        return true;
    size_t e = sea_key(s, a, b);
    if (!e) {
        for (e = a + 3; e < b; e += 3)
            if (sea_break(s, e, b) && sea_key(s, e, b))
                break;
        if (e >= b)
            return true;
    }
    size_t p = a;
    next_token_slow(text, e, &p, t);
    *pos = e;
    return true;
}
#endif

bool dnp_next_token(const char *text, size_t len, size_t *pos, dnp_token *t)
{
    size_t p = *pos;
    const unsigned char *s = (const unsigned char *)text;
    /* the commonest token of running text, one space between two ASCII tokens: what
       ascii_space gives it, without the call (issue 10) */
    if (p + 1 < len && s[p] == ' ' && p > 0 && s[p - 1] < 0x80 && s[p + 1] < 0x80 &&
        acls(s[p + 1]) != A_SPACE) {
        t->kind = DNP_TK_SEP;
        t->flags = (uint8_t)((acls(s[p - 1]) == A_DIGIT || acls(s[p - 1]) == A_LETTER
                                  ? DNP_TF_ADJ : 0) | DNP_TF_SPACE);
        t->ndigits = 0;
        t->flen = 0;
        t->value = ' ';
        set_span(t, p, p + 1);
        *pos = p + 1;
        return true;
    }
    if (p < len && (unsigned char)text[p] < 0x80) {
        switch (acls((unsigned char)text[p])) {
        case A_LETTER: return ascii_word(text, len, pos, t);
        case A_DIGIT: return ascii_number(text, len, pos, t);
        case A_SPACE: return ascii_space(text, len, pos, t);
        default: return ascii_sep(text, len, pos, t);
        }
    }
    /* issue 10: a CJK character in three bytes (U+3000..U+9FFF: kana, ideographs), a token
       of its own; most of a Chinese or Japanese page */
    if (p + 2 < len && s[p] >= 0xE3 && s[p] <= 0xE9)
        return cjk_char(text, len, pos, t);
#ifndef DNP_NO_CP_TABLE
    /* issue 10: a word that begins with a letter in two bytes (Cyrillic, Greek, Latin past
       ASCII) */
    if (p + 1 < len && s[p] >= 0xC2 && s[p] <= 0xDF)
        return word2(text, len, pos, t);
    /* b21fix: a word of Thai letters, which Thai writes without spaces between words */
    if (p + 2 < len && s[p] == 0xE0 && (s[p + 1] == 0xB8 || s[p + 1] == 0xB9))
        return thai_token(text, len, pos, t, false);
    /* b29fix: Lao, parted the same way */
    if (p + 2 < len && s[p] == 0xE0 && (s[p + 1] == 0xBA || s[p + 1] == 0xBB))
        return thai_token(text, len, pos, t, true);
    /* b24fix: Khmer, parted the same way */
    if (p + 2 < len && sea_script(s, p))
        return sea_token(text, len, pos, t);
    /* issue 10: a separator of three bytes from U+2000 (dashes, quotes, "…", "€") */
    if (p + 2 < len && s[p] == 0xE2)
        return sep3(text, len, pos, t);
#endif
    return next_token_slow(text, len, pos, t);
}

/* The token at *pos when it is one CJK character of three bytes: what next_token_slow gives
   it (no format character to skip: a CJK character is none), without its steps; anything
   else is handed to it. */
__attribute__((noinline)) static bool cjk_char(const char *text, size_t len, size_t *pos,
                                               dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t p = *pos;
    if ((s[p + 1] & 0xC0) != 0x80 || (s[p + 2] & 0xC0) != 0x80)
        return next_token_slow(text, len, pos, t);
    /* three bytes from 0xE3: at least U+3000, no surrogate */
    UChar32 c = (UChar32)((s[p] & 0x0F) << 12 | (s[p + 1] & 0x3F) << 6 | (s[p + 2] & 0x3F));
    int cc = DNP_CJK_UNIFIED(c) ? DNP_CC_CJK : char_class(c);
    /* issue 10: else CJK punctuation ("、", "。", "「", "」"), a separator of one code point,
       no space (U+3000 is the one space from U+3000 to U+9FFF): next_token_slow's last step
       below; anything else is handed to it */
    if (cc != DNP_CC_CJK && (cc != DNP_CC_SEP || c == 0x3000))
        return next_token_slow(text, len, pos, t);
    /* the commonest character before it, an ideograph (a CJK character: a word character),
       as prev_is_word_char would decode it */
    bool adj;
    if (p >= 3 && s[p - 3] >= 0xE3 && s[p - 3] <= 0xE9 && (s[p - 2] & 0xC0) == 0x80 &&
        (s[p - 1] & 0xC0) == 0x80) {
        /* an ideograph or kana (issue 10: most of a Japanese page), or any character of
           three bytes from U+3000: prev_is_word_char's decoding and test, inline */
        UChar32 b = (UChar32)((s[p - 3] & 0x0F) << 12 | (s[p - 2] & 0x3F) << 6 | (s[p - 1] & 0x3F));
        int bc = DNP_CJK_UNIFIED(b) ? DNP_CC_CJK : char_class(b);
        adj = bc == DNP_CC_LETTER || bc == DNP_CC_DIGIT || bc == DNP_CC_CJK;
    } else
        adj = p > 0 && prev_is_word_char(text, len, p);
    if (cc == DNP_CC_SEP) {
        t->kind = DNP_TK_SEP;
        t->flags = adj ? DNP_TF_ADJ : 0;
        t->ndigits = 0;
        t->flen = 0;
        t->value = sep_value(c);
        set_span(t, p, p + 3);
        *pos = p + 3;
        return true;
    }
    size_t n = 0;
    t->kind = DNP_TK_WORD;
    t->flags = DNP_TF_CJK | (adj ? DNP_TF_ADJ : 0);
    t->ndigits = 0;
    t->value = 0;
    if (!fold_cp(c, t->fold, &n, DNP_WORD_MAX)) {
        t->flags |= DNP_TF_LONG;
        n = 0;
    }
    t->flen = (uint8_t)n;
    set_span(t, p, p + 3);
    *pos = p + 3;
    return true;
}

/* The folded bytes of the CJK character of three bytes at pos when the token there is that
   character alone (what cjk_char reads: the same checks, the same fold), and their length;
   0 for anything else. No span, no DNP_TF_ADJ: for scan.c's skip over a run of CJK
   characters the lexicon does not know, where the character before is one (issue 10). */
size_t dnp_cjk_fold(const char *text, size_t len, size_t pos, char fold[DNP_WORD_MAX])
{
    const unsigned char *s = (const unsigned char *)text;
    if (pos + 2 >= len || s[pos] < 0xE3 || s[pos] > 0xE9 || (s[pos + 1] & 0xC0) != 0x80 ||
        (s[pos + 2] & 0xC0) != 0x80)
        return 0;
    UChar32 c = (UChar32)((s[pos] & 0x0F) << 12 | (s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F));
    if (!DNP_CJK_UNIFIED(c) && char_class(c) != DNP_CC_CJK)
        return 0;
    size_t n = 0;
    if (!fold_cp(c, fold, &n, DNP_WORD_MAX))
        return 0;
    return n;
}

/* The rest of a word of letters from q, the code point after its letters so far (n folded
   bytes in t->fold, *overflow when they did not fit), the word's script so far `script`:
   its letters of that script (a word of no script takes the first one it meets), and an
   apostrophe or a hyphen between two letters. Returns where the word ends. For
   next_token_slow after a word's first letter, and for ascii_word when a non-ASCII code
   point may continue the ASCII letters it read (issue 10: "día", "für" read once). */
static size_t word_rest(const char *text, size_t len, size_t q, UScriptCode script,
                        dnp_token *t, size_t *np, bool *overflowp)
{
    size_t n = *np;
    bool overflow = *overflowp;
    UChar32 c;
    size_t next;
#ifndef DNP_NO_CP_TABLE
    /* read once: the stores to t->fold below may alias any byte */
    const bool fast_fold = dnp_fold_tables_ok;
    const uint32_t letter_mask = 7u | DNP_CPI_MARK | DNP_CPI_LONG | ~0u << 16;
#endif
    for (;;) {
#ifndef DNP_NO_CP_TABLE
        /* the commonest next code point, a letter of the word's script in ASCII or in two
           bytes of the tables' range: what the general step below would decide, without
           its steps */
        const unsigned char *s = (const unsigned char *)text;
        if (q < len && s[q] < 0x80) {
            if ((unsigned char)((s[q] | 0x20) - 'a') < 26 && script == USCRIPT_LATIN) {
                /* fold_cp's step for an ASCII letter */
                if (!overflow) {
                    if (n < DNP_WORD_MAX)
                        t->fold[n++] = (char)(s[q] | 0x20);
                    else
                        overflow = true;
                }
                q++;
                continue;
            }
            /* ASCII that is no letter, apostrophe or hyphen (a space, a digit, most
               punctuation) ends the word: the step below would say so */
            if (dnp_ascii_classes[s[q]] != DNP_CC_LETTER && s[q] != '\'' && s[q] != '-')
                break;
        } else if (q + 1 < len && s[q] >= 0xC2 && s[q] <= 0xDF && (s[q + 1] & 0xC0) == 0x80) {
            UChar32 c2 = (UChar32)((s[q] & 0x1F) << 6 | (s[q + 1] & 0x3F));
            uint32_t info = dnp_cp_info[c2 - DNP_CP_LO];
            /* issue 10: a letter of the script with no mark and no long fold, its folded
               bytes from the table (fold_cp's step for it), four at once when they fit: one
               test of its info (word2's) */
            if ((info & letter_mask) == ((uint32_t)DNP_CC_LETTER | (uint32_t)script << 16) &&
                fast_fold && !overflow &&
                n + 4 <= DNP_WORD_MAX) {
                put_fold4(t->fold, n, dnp_cp_fold[c2 - DNP_CP_LO]); /* the bytes past the
                                                                      fold's are overwritten
                                                                      or lie past flen */
                n += DNP_CPI_FLEN(info);
                q += 2;
                continue;
            }
            if (DNP_CPI_CLASS(info) == DNP_CC_LETTER &&
                (UScriptCode)DNP_CPI_SCRIPT(info) == script) {
                c = c2, next = q + 2;
                goto take;
            }
        }
#endif
        int k = peek_class(text, len, q, &c, &next);
        if (k == DNP_CC_LETTER) {
            UScriptCode sc = script_of(c);
            UChar32 c2;
            size_t next2;
            /* ʻ ʹ ꞌ (of no script: fold.c) between two letters: an apostrophe, below */
            if (sc != script &&
                !(sc == USCRIPT_COMMON && dnp_is_letter_apostrophe(c) &&
                  peek_class(text, len, next, &c2, &next2) == DNP_CC_LETTER)) {
                /* a change of script ends a word: Telugu "PMకి" is "PM" and "కి" */
                if (sc != USCRIPT_INHERITED && sc != USCRIPT_COMMON &&
                    script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
                    break;
                if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
                    script = sc;
                goto take;
            }
            if (sc == script)
                goto take;
        }
        /* an apostrophe or hyphen between two letters stays in the word */
        if (k == DNP_CC_LETTER || dnp_is_apostrophe(c) ||
            (k == DNP_CC_SEP && (c == '-' || c == 0x2010))) {
            UChar32 c2;
            size_t next2;
            if (peek_class(text, len, next, &c2, &next2) == DNP_CC_LETTER) {
                UChar32 j = (c == '-' || c == 0x2010) ? '-' : '\'';
                if (!overflow && !fold_cp(j, t->fold, &n, DNP_WORD_MAX))
                    overflow = true;
                c = c2;
                next = next2;
                goto take;
            }
        }
        break;
    take:
        if (!overflow && !fold_cp(c, t->fold, &n, DNP_WORD_MAX))
            overflow = true;
        q = next;
    }
    *np = n;
    *overflowp = overflow;
    return q;
}

/* Everything the ASCII path leaves: decoding, format characters, ICU's classes and folding.
   Kept out of line so that the ASCII path above stays a small function. */
__attribute__((noinline)) static bool next_token_slow(const char *text, size_t len, size_t *pos,
                                                      dnp_token *t)
{
    size_t p = *pos;
    UChar32 c;
    size_t next;
    int cc;
    /* skip format characters */
    for (;;) {
        if (p >= len) {
            *pos = p;
            return false;
        }
        size_t q = p;
        c = utf8_next(text, len, &q);
        cc = char_class(c);
        if (cc != DNP_CC_IGNORE) {
            next = q;
            break;
        }
        p = q;
    }
    t->flags = 0;
    t->ndigits = 0;
    t->flen = 0;
    t->value = 0;
    if (p > 0 && prev_is_word_char(text, len, p))
        t->flags |= DNP_TF_ADJ;

    if (cc == DNP_CC_DIGIT && small_digit(c) && (t->flags & DNP_TF_ADJ)) {
        /* issue 10: superscript or subscript digits glued to a word or a number are its
           exponent, index or footnote ("m²", "CO₂", "2019²"): a hard separator, no number */
        size_t q = next;
        while (peek_class(text, len, q, &c, &next) == DNP_CC_DIGIT && small_digit(c))
            q = next;
        t->kind = DNP_TK_SEP;
        t->flags |= DNP_TF_HARD; /* no date spans it: "21 m² 12 Dez" is no year 2021 */
        t->value = 0xB2;
        set_span(t, p, q);
        *pos = q;
        return true;
    }
    if (cc == DNP_CC_DIGIT) {
        uint64_t v = 0;
        unsigned nd = 0;
        size_t q = p;
        bool small = small_digit(c);
        if (c >= 0x80 && !small)
            t->flags |= DNP_TF_WIDE;
        for (;;) {
            int d = dnp_digit_value(c);
            if (nd < 18)
                v = v * 10 + (uint64_t)d;
            else
                t->flags |= DNP_TF_LONG;
            nd++;
            q = next;
            /* ordinary digits and superscripts make no number together ("2019²") */
            if (peek_class(text, len, q, &c, &next) != DNP_CC_DIGIT || small_digit(c) != small)
                break;
        }
        t->kind = DNP_TK_NUM;
        t->value = v;
        t->ndigits = nd > 255 ? 255 : (uint8_t)nd;
        set_span(t, p, q);
        *pos = q;
        return true;
    }

    if (cc == DNP_CC_LETTER || cc == DNP_CC_CJK) {
        size_t n = 0;
        bool overflow = false;
        size_t q = p;
        t->kind = DNP_TK_WORD;
        if (cc == DNP_CC_CJK) {
            t->flags |= DNP_TF_CJK;
            if (!fold_cp(c, t->fold, &n, DNP_WORD_MAX))
                overflow = true;
            q = next;
        } else {
            if (!overflow && !fold_cp(c, t->fold, &n, DNP_WORD_MAX))
                overflow = true;
            q = word_rest(text, len, next, script_of(c), t, &n, &overflow);
        }
        word_end(t, p, q, n, overflow, pos);
        return true;
    }

    t->kind = DNP_TK_SEP;
    if (cc == DNP_CC_HARD) {
        t->flags |= DNP_TF_HARD;
        t->value = 0xFFFD;
        set_span(t, p, next);
        *pos = next;
        return true;
    }
    if (is_space(c)) {
        size_t q = next;
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
            t->flags |= DNP_TF_NEWLINE;
        for (;;) {
            size_t r;
            UChar32 c2;
            int k = peek_class(text, len, q, &c2, &r);
            if (k < 0 || !is_space(c2) || k == DNP_CC_HARD)
                break;
            if (c2 == '\n' || c2 == '\r' || c2 == 0x2028 || c2 == 0x2029 || c2 == 0x85)
                t->flags |= DNP_TF_NEWLINE;
            q = r;
        }
        t->flags |= DNP_TF_SPACE;
        t->value = ' ';
        set_span(t, p, q);
        *pos = q;
        return true;
    }
    /* one separator code point */
    t->value = sep_value(c);
    set_span(t, p, next);
    *pos = next;
    return true;
}

/* sspeed11: the lead bytes of the characters that may begin a NUM token: an ASCII digit
   (NS_DIGIT), or a lead byte whose block holds a decimal digit or a format character (which
   the token skips before its digit), the character to be decoded (NS_LOOK): C2 (soft
   hyphen, superscripts), D8 D9 DB DC DF (Arabic's format characters and digits, N'Ko), E0
   E1 (Indic, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian...), E2 (LRM, RLM, ZWJ...,
   superscripts and subscripts), EA (Vai, Javanese...), EF (fullwidth digits, BOM), F0 F3.
   Every other byte (letters of Latin, Greek, Cyrillic, Hebrew, CJK, Hangul; a continuation
   byte) begins none. check_page's test_number_lead holds the table to dnp_char_class. */
enum { NS_NONE, NS_DIGIT, NS_LOOK };
static const unsigned char number_lead[256] = {
    ['0' ... '9'] = NS_DIGIT,
    [0xC2] = NS_LOOK, [0xD8] = NS_LOOK, [0xD9] = NS_LOOK, [0xDB] = NS_LOOK, [0xDC] = NS_LOOK,
    [0xDF] = NS_LOOK, [0xE0] = NS_LOOK, [0xE1] = NS_LOOK, [0xE2] = NS_LOOK, [0xEA] = NS_LOOK,
    [0xEF] = NS_LOOK, [0xF0] = NS_LOOK, [0xF3] = NS_LOOK,
};

#define HASBETWEEN8(x, m, n)                                                                     \
    ((ONES8 * (127 + (n)) - ((x) & ONES8 * 127)) & ~(x) & (((x) & ONES8 * 127) + ONES8 * (127 - (m))) & \
     ONES8 * 128)

/* internal.h: dnp_number_may_start. */
size_t dnp_number_may_start(const char *text, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t k = a; k < b;) {
        /* eight bytes at one step when none is a digit nor may be a lead byte of NS_LOOK
           (hasbetween of the bit hacks, exact in each byte's lane; the bytes past 0x7F
           tested flipped: C2, D8..E2, EA, EF..FF, a few more than NS_LOOK's) */
        if (k + 8 <= b) {
            uint64_t w = dnp_load64(s + k), hit = HASBETWEEN8(w, '0' - 1, '9' + 1);
            if (w & ONES8 * 0x80) {
                uint64_t hi = w ^ (ONES8 * 0x80);
                hit |= HASBETWEEN8(hi, 0x41, 0x43) | HASBETWEEN8(hi, 0x57, 0x63) |
                       HASBETWEEN8(hi, 0x69, 0x6B) | HASBETWEEN8(hi, 0x6E, 0x80);
            }
            if (!hit) {
                k += 8;
                continue;
            }
        }
        for (size_t stop = k + 8 < b ? k + 8 : b; k < stop; k++) {
            unsigned c = number_lead[s[k]];
            if (c == NS_NONE)
                continue;
            if (c == NS_DIGIT)
                return k;
            size_t q = k;
            int cc = char_class(utf8_next(text, b, &q));
            if (cc == DNP_CC_DIGIT || cc == DNP_CC_IGNORE)
                return k;
            k = q - 1;
        }
    }
    return b;
}
