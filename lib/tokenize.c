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

#include <unicode/uchar.h>
#include <unicode/uscript.h>

static bool is_space(UChar32 c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
           (c >= 0x80 && u_isUWhiteSpace(c));
}

/* Whether the code point that ends at byte p is a letter, digit or CJK character, that is,
   whether a token starting at p touches the token before it (DNP_TF_ADJ). */
static bool prev_is_word_char(const char *text, size_t len, size_t p)
{
    size_t k = p;
    int back = 0;
    while (k > 0 && back < 4) {
        k--, back++;
        if (((unsigned char)text[k] & 0xC0) != 0x80)
            break;
    }
    size_t q = k;
    UChar32 c = dnp_utf8_next(text, len, &q);
    if (q != p)
        return false;
    int cc = dnp_char_class(c);
    return cc == DNP_CC_LETTER || cc == DNP_CC_DIGIT || cc == DNP_CC_CJK;
}

static UScriptCode script_of(UChar32 c)
{
    return (UScriptCode)dnp_script_of(c); /* fold.c: a table below DNP_CP_HI */
}

/* Peeks the next code point that is not a format character; returns its class and sets
   *c and *next (the position after it). */
static int peek_class(const char *text, size_t len, size_t pos, UChar32 *c, size_t *next)
{
    while (pos < len) {
        size_t p = pos;
        UChar32 cp = dnp_utf8_next(text, len, &p);
        int cc = dnp_char_class(cp);
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
    UChar32 c = dnp_utf8_next((const char *)s, len, &r);
    int cc = dnp_char_class(c);
    if (cc == DNP_CC_IGNORE)
        return CONTINUES;
    switch (cls) {
    case A_DIGIT: return cc == DNP_CC_DIGIT ? CONTINUES : ENDS;
    case A_LETTER:
        return cc == DNP_CC_LETTER || dnp_is_apostrophe(c) || c == 0x2010 ? CONTINUES : ENDS;
    case A_SPACE: return cc == DNP_CC_HARD || !is_space(c) ? ENDS : CONTINUES;
    default: return CONTINUES;
    }
}

/* The token at p when it is made of ASCII: no decoding, no ICU. Returns false, having
   written nothing that matters, when the slow path must read it (a non-ASCII code point
   right after it may continue it: non_ascii_after). */
static bool next_ascii(const unsigned char *s, size_t len, size_t p, dnp_token *t, size_t *out)
{
    unsigned char b = s[p];
    int cls = acls(b);
    size_t q = p + 1;
    t->flags = 0;
    t->ndigits = 0;
    t->flen = 0;
    t->value = 0;
    t->start = (uint32_t)p;
    if (p > 0 && s[p - 1] < 0x80) {
        if (acls(s[p - 1]) == A_DIGIT || acls(s[p - 1]) == A_LETTER)
            t->flags |= DNP_TF_ADJ;
    } else if (p > 0 && prev_is_word_char((const char *)s, len, p))
        t->flags |= DNP_TF_ADJ;
    switch (cls) {
    case A_DIGIT: {
        uint64_t v = (uint64_t)(b - '0');
        while (q < len && s[q] >= '0' && s[q] <= '9')
            q++;
        if (q < len && s[q] >= 0x80 && non_ascii_after(s, len, q, A_DIGIT) == CONTINUES)
            return false;
        size_t nd = q - p;
        for (size_t i = p + 1; i < q && i < p + 18; i++)
            v = v * 10 + (uint64_t)(s[i] - '0');
        if (nd > 18)
            t->flags |= DNP_TF_LONG;
        t->kind = DNP_TK_NUM;
        t->value = v;
        t->ndigits = nd > 255 ? 255 : (uint8_t)nd;
        break;
    }
    case A_LETTER: {
        size_t n = 0;
        q = p;
        for (;;) {
            while (q < len && s[q] < 0x80 && acls(s[q]) == A_LETTER) {
                if (n < DNP_WORD_MAX)
                    t->fold[n] = (char)(s[q] | 0x20);
                n++;
                q++;
            }
            if (q < len && s[q] >= 0x80 && non_ascii_after(s, len, q, A_LETTER) == CONTINUES)
                return false;
            /* an apostrophe or hyphen between two letters stays in the word */
            if (q + 1 < len && (s[q] == '\'' || s[q] == '-') && s[q + 1] < 0x80 &&
                acls(s[q + 1]) == A_LETTER) {
                if (n < DNP_WORD_MAX)
                    t->fold[n] = (char)s[q];
                n++;
                q++;
                continue;
            }
            if (q + 1 < len && (s[q] == '\'' || s[q] == '-') && s[q + 1] >= 0x80 &&
                non_ascii_after(s, len, q + 1, A_LETTER) == CONTINUES)
                return false;
            break;
        }
        t->kind = DNP_TK_WORD;
        if (n > DNP_WORD_MAX) {
            t->flags |= DNP_TF_LONG;
            n = 0;
        }
        t->flen = (uint8_t)n;
        break;
    }
    case A_SPACE:
        if (b == '\n' || b == '\r')
            t->flags |= DNP_TF_NEWLINE;
        while (q < len && s[q] < 0x80 && acls(s[q]) == A_SPACE) {
            if (s[q] == '\n' || s[q] == '\r')
                t->flags |= DNP_TF_NEWLINE;
            q++;
        }
        /* NBSP and other spaces may continue the run */
        if (q < len && s[q] >= 0x80 && non_ascii_after(s, len, q, A_SPACE) == CONTINUES)
            return false;
        t->kind = DNP_TK_SEP;
        t->flags |= DNP_TF_SPACE;
        t->value = ' ';
        break;
    case A_HARD:
        t->kind = DNP_TK_SEP;
        t->flags |= DNP_TF_HARD;
        t->value = 0xFFFD;
        break;
    default:
        t->kind = DNP_TK_SEP;
        t->value = b;
        break;
    }
    t->end = (uint32_t)q;
    *out = q;
    return true;
}

static bool next_token_slow(const char *text, size_t len, size_t *pos, dnp_token *t);

bool dnp_next_token(const char *text, size_t len, size_t *pos, dnp_token *t)
{
    size_t p = *pos;
    if (p < len && (unsigned char)text[p] < 0x80) {
        size_t q;
        if (next_ascii((const unsigned char *)text, len, p, t, &q)) {
            *pos = q;
            return true;
        }
    }
    return next_token_slow(text, len, pos, t);
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
        c = dnp_utf8_next(text, len, &q);
        cc = dnp_char_class(c);
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
    t->start = (uint32_t)p;
    if (p > 0 && prev_is_word_char(text, len, p))
        t->flags |= DNP_TF_ADJ;

    if (cc == DNP_CC_DIGIT) {
        uint64_t v = 0;
        unsigned nd = 0;
        size_t q = p;
        for (;;) {
            int d = dnp_digit_value(c);
            if (nd < 18)
                v = v * 10 + (uint64_t)d;
            else
                t->flags |= DNP_TF_LONG;
            nd++;
            q = next;
            if (peek_class(text, len, q, &c, &next) != DNP_CC_DIGIT)
                break;
        }
        t->kind = DNP_TK_NUM;
        t->value = v;
        t->ndigits = nd > 255 ? 255 : (uint8_t)nd;
        t->end = (uint32_t)q;
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
            if (!dnp_fold_cp(c, t->fold, &n, DNP_WORD_MAX))
                overflow = true;
            q = next;
        } else {
            UScriptCode script = script_of(c);
            for (;;) {
                if (!overflow && !dnp_fold_cp(c, t->fold, &n, DNP_WORD_MAX))
                    overflow = true;
                q = next;
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
                        continue;
                    }
                    if (sc == script)
                        continue;
                }
                /* an apostrophe or hyphen between two letters stays in the word */
                if (k == DNP_CC_LETTER || dnp_is_apostrophe(c) ||
                    (k == DNP_CC_SEP && (c == '-' || c == 0x2010))) {
                    UChar32 c2;
                    size_t next2;
                    if (peek_class(text, len, next, &c2, &next2) == DNP_CC_LETTER) {
                        UChar32 j = (c == '-' || c == 0x2010) ? '-' : '\'';
                        if (!overflow && !dnp_fold_cp(j, t->fold, &n, DNP_WORD_MAX))
                            overflow = true;
                        c = c2;
                        next = next2;
                        continue;
                    }
                }
                break;
            }
        }
        if (overflow) {
            t->flags |= DNP_TF_LONG;
            n = 0;
        }
        t->flen = (uint8_t)n;
        t->end = (uint32_t)q;
        *pos = q;
        return true;
    }

    t->kind = DNP_TK_SEP;
    if (cc == DNP_CC_HARD) {
        t->flags |= DNP_TF_HARD;
        t->value = 0xFFFD;
        t->end = (uint32_t)next;
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
        t->end = (uint32_t)q;
        *pos = q;
        return true;
    }
    /* one separator code point; full-width and other compatibility forms of ASCII
       punctuation ("／", "：", "，") read as the ASCII character */
    UChar32 v = c;
    if (c >= 0xFF01 && c <= 0xFF5E)
        v = c - 0xFF01 + 0x21;
    else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212)
        v = '-';
    else if (c == 0x3001 || c == 0x060C)
        v = ',';
    else if (c == 0x3002)
        v = '.';
    t->value = (uint64_t)v;
    t->end = (uint32_t)next;
    *pos = next;
    return true;
}
