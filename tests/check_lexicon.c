/*
 * The generated lexicon (lib/lexicon-data.c, made by lexgen from ICU's CLDR data and
 * locales/) and its look-ups (lib/lexicon.c), checked directly: the library exports only
 * dn_*, so this suite is compiled with the lexicon's own sources (see Makefile.am).
 *
 * - the invariants (dnp_lex_check: order, duplicates, hash, sorted meanings);
 * - every key is exactly what the run-time tokenizer makes of it, and every proper prefix of
 *   a multi-word key is present with a prefix meaning in the same language;
 * - look-ups of words as people write them, one table row per case, with the meaning
 *   expected (or expected absent: the conflicts and the words that must not be there);
 * - the language and locale tables: fallbacks, numeric orders, Gregorian flags;
 * - the month summary of every key (lib/monthsum.c's rule, which lexgen stored) and the
 *   rule itself on made-up meanings.
 * It does not parse dates: that is check_cases.c and check_roundtrip.c.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include "internal.h"
#include "suites.h"

/* Folds and tokenizes text as the parser does and joins its words into a key (one space
   where a separator stood, nothing where words touch). Returns the key length, or 0 when the
   text holds a number or no word. */
static size_t make_key(const char *text, size_t len, char *key, size_t cap)
{
    size_t pos = 0, n = 0;
    dnp_token t;
    while (dnp_next_token(text, len, &pos, &t)) {
        if (t.kind == DNP_TK_NUM)
            return 0;
        if (t.kind != DNP_TK_WORD)
            continue;
        if (n > 0 && !(t.flags & DNP_TF_ADJ)) {
            ck_assert(n + 1 < cap);
            key[n++] = ' ';
        }
        ck_assert(n + t.flen < cap);
        memcpy(key + n, t.fold, t.flen);
        n += t.flen;
    }
    return n;
}

static void fold_setup(void)
{
    ck_assert_int_eq(dnp_fold_init(), 0);
}

/* ---- invariants ---------------------------------------------------------------------- */

START_TEST(table_invariants)
{
    uint32_t bad = dnp_lex_check();
    ck_assert_msg(bad == 0, "dnp_lex_check: key %u of %u is out of order or inconsistent", bad,
                  dnp_lex_nkeys);
    /* ICU 72 has 805 locales in 218 languages; other ICU versions differ a little */
    ck_assert_uint_ge(dnp_nlocales, 600);
    ck_assert_uint_ge(dnp_nlangs, 150);
    ck_assert_uint_ge(dnp_lex_nkeys, 5000);
    ck_assert_uint_ge(dnp_lex_nmeanings, dnp_lex_nkeys);
    ck_assert_uint_le(dnp_nlangs, DNP_LANG_WORDS * 64);
    ck_assert_str_eq(dnp_lex_icu_version, U_ICU_VERSION);
    /* the words that go on a key (dnp_lex_check: every one is in) are few enough that the
       filter turns most other words away: a quarter of its bits or less set */
    uint32_t set = 0;
    for (uint32_t w = 0; w < (1u << DNP_LEX_NEXT_LOG2); w++)
        set += (uint32_t)__builtin_popcountll(dnp_lex_next_bloom[w]);
    ck_assert_uint_le(set, (1u << DNP_LEX_NEXT_LOG2) * 64 / 4);
}
END_TEST

/* Each key, run through the tokenizer again, must give itself back: keys were made by the
   same tokenizer and folding is idempotent. A key that did not would never be matched. The
   one exception is a word ending in a letter apostrophe (U+02BC, Ngiemboon "lyɛʼ"): it folds
   to "'", which at the end of a word reads as a separator when the key is read again. */
START_TEST(keys_are_tokenizer_keys)
{
    uint32_t i = (uint32_t)_i;
    for (uint32_t k = i; k < dnp_lex_nkeys; k += 16) {
        const dnp_lex_key *e = &dnp_lex_keys[k];
        char key[1024];
        size_t n = make_key(dnp_lex_strings + e->str, e->len, key, sizeof key);
        char want[1024];
        size_t nw = 0;
        for (size_t b = 0; b < e->len; b++) {
            char c = dnp_lex_strings[e->str + b];
            if (c == '\'' && (b + 1 == e->len || dnp_lex_strings[e->str + b + 1] == ' '))
                continue;
            want[nw++] = c;
        }
        ck_assert_msg(n == nw && memcmp(key, want, n) == 0,
                      "key %u \"%.*s\" tokenizes to \"%.*s\"", k, (int)e->len,
                      dnp_lex_strings + e->str, (int)n, key);
    }
}
END_TEST

static bool has_meaning(const char *key, size_t len, int lang, int kind, int value)
{
    uint32_t n;
    const dnp_meaning *m = dnp_lex_lookup(key, len, &n);
    for (uint32_t j = 0; j < n; j++)
        if ((lang < 0 || m[j].lang == lang) && m[j].kind == kind &&
            (value < 0 || m[j].value == value))
            return true;
    return false;
}

/* Every word boundary inside a key (a space, or between two touching words such as CJK
   characters) is a prefix key of the same language, so the matcher can extend word by
   word. */
START_TEST(prefixes_present)
{
    uint32_t i = (uint32_t)_i;
    for (uint32_t k = i; k < dnp_lex_nkeys; k += 16) {
        const dnp_lex_key *e = &dnp_lex_keys[k];
        const char *s = dnp_lex_strings + e->str;
        size_t pos = 0;
        bool first = true;
        dnp_token t;
        /* before every word but the first: the key up to it, or up to the one space that
           stands between it and the word before */
        while (dnp_next_token(s, e->len, &pos, &t)) {
            if (t.kind != DNP_TK_WORD)
                continue;
            size_t b = (t.flags & DNP_TF_ADJ) ? t.start : t.start - 1;
            for (uint32_t j = e->meaning; !first && j < e->meaning + e->nmeaning; j++)
                ck_assert_msg(has_meaning(s, b, dnp_lex_meanings[j].lang, DNP_K_PREFIX, -1),
                              "\"%.*s\" (%s) lacks the prefix \"%.*s\"", (int)e->len, s,
                              dnp_langs[dnp_lex_meanings[j].lang].code, (int)b, s);
            first = false;
        }
    }
}
END_TEST

/* ---- look-ups ------------------------------------------------------------------------ */

enum { ABSENT = 0, PRESENT = 1 };

typedef struct {
    const char *text; /* as written in a text */
    const char *lang;
    int kind;
    int value;
    int want;      /* PRESENT or ABSENT */
    int flags_on;  /* DNP_MF_* that must be set */
    int flags_off; /* DNP_MF_* that must be clear */
} lookup_case;

static const lookup_case lookups[] = {
    /* CLDR month names, with case, accents and normalization form folded away */
    { "Novembre", "fr", DNP_K_MONTH, 11, PRESENT, 0, DNP_MF_ABBR | DNP_MF_SUPPLEMENT },
    { "novembre", "it", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "NOVEMBRE", "en", DNP_K_MONTH, -1, ABSENT, 0, 0 },
    { "ноября", "ru", DNP_K_MONTH, 11, PRESENT, 0, DNP_MF_STANDALONE },
    { "Ноябрь", "ru", DNP_K_MONTH, 11, PRESENT, DNP_MF_STANDALONE, 0 },
    { "listopad", "pl", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "listopad", "cs", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "listopad", "hr", DNP_K_MONTH, 10, PRESENT, 0, 0 }, /* the known conflict */
    { "listopad", "hr", DNP_K_MONTH, 11, ABSENT, 0, 0 },
    { "listopada", "pl", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "studenoga", "hr", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "Νοεμβρίου", "el", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "ΝΟΕΜΒΡΙΟΥ", "el", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "De\xcc\x81" "cembre", "fr", DNP_K_MONTH, 12, PRESENT, 0, 0 }, /* NFD */
    { "ｊａｎｖ．", "fr", DNP_K_MONTH, 1, PRESENT, DNP_MF_ABBR, 0 }, /* full width */
    { "janv.", "fr", DNP_K_MONTH, 1, PRESENT, DNP_MF_ABBR, DNP_MF_SUPPLEMENT },
    { "Sept.", "en", DNP_K_MONTH, 9, PRESENT, DNP_MF_ABBR, 0 },
    { "Dez", "de", DNP_K_MONTH, 12, PRESENT, 0, 0 },
    { "Jänner", "de", DNP_K_MONTH, 1, PRESENT, 0, 0 },
    { "Ɔbɛsɛ-Ahinime", "ak", DNP_K_MONTH, 10, PRESENT, 0, 0 }, /* CLDR: October */
    { "٢٢", "ar", DNP_K_MONTH, -1, ABSENT, 0, 0 },
    { "نوفمبر", "ar", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "تشرين الثاني", "ar", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "تشرين", "ar", DNP_K_PREFIX, -1, PRESENT, 0, 0 },
    { "十一月", "zh", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "星期日", "zh", DNP_K_WEEKDAY, 7, PRESENT, 0, 0 },
    { "星期", "zh", DNP_K_PREFIX, -1, PRESENT, 0, 0 },
    { "日曜日", "ja", DNP_K_WEEKDAY, 7, PRESENT, 0, 0 },
    /* glued to the month name by the pattern "d בMMMM y", and Thai "EEEEที่" */
    { "בנובמבר", "he", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "วันอาทิตย์ที่", "th", DNP_K_WEEKDAY, 7, PRESENT, 0, 0 },
    { "de novembre", "ca", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "d’abril", "ca", DNP_K_MONTH, 4, PRESENT, 0, 0 },
    { "d'abril", "ca", DNP_K_MONTH, 4, PRESENT, 0, 0 },
    /* weekdays: ISO numbering, 1 = Monday */
    { "Sonntag", "de", DNP_K_WEEKDAY, 7, PRESENT, 0, 0 },
    { "lundi", "fr", DNP_K_WEEKDAY, 1, PRESENT, 0, 0 },
    { "Thurs", "en", DNP_K_WEEKDAY, 4, PRESENT, DNP_MF_SUPPLEMENT, 0 },
    { "segunda", "pt", DNP_K_WEEKDAY, 1, PRESENT, 0, 0 },
    { "quinta", "pt", DNP_K_WEEKDAY, 4, PRESENT, 0, 0 },
    /* eras, am/pm, with and without dots */
    { "n. Chr.", "de", DNP_K_ERA, 1, PRESENT, 0, 0 },
    { "B.C.", "en", DNP_K_ERA, 0, PRESENT, 0, 0 },
    { "BC", "en", DNP_K_ERA, 0, PRESENT, DNP_MF_ABBR, 0 },
    { "p.m.", "en", DNP_K_AMPM, 1, PRESENT, 0, 0 },
    { "vorm.", "de", DNP_K_AMPM, 0, PRESENT, 0, 0 },
    { "오후", "ko", DNP_K_AMPM, 1, PRESENT, 0, 0 },
    /* marks from the CLDR patterns */
    { "年", "ja", DNP_K_YEAR_MARK, 0, PRESENT, 0, 0 },
    { "年", "zh", DNP_K_YEAR_MARK, 0, PRESENT, 0, 0 },
    { "月", "zh", DNP_K_MONTH_MARK, 0, PRESENT, 0, 0 },
    { "日", "zh", DNP_K_DAY_MARK, 0, PRESENT, 0, 0 },
    { "년", "ko", DNP_K_YEAR_MARK, 0, PRESENT, 0, 0 },
    { "월", "ko", DNP_K_MONTH_MARK, 0, PRESENT, 0, 0 },
    { "일", "ko", DNP_K_DAY_MARK, 0, PRESENT, 0, 0 },
    { "시", "ko", DNP_K_HOUR_MARK, 0, PRESENT, 0, 0 },
    { "分", "ja", DNP_K_MINUTE_MARK, 0, PRESENT, 0, 0 },
    { "г.", "ru", DNP_K_YEAR_MARK, 0, PRESENT, 0, 0 },
    { "m.", "lt", DNP_K_YEAR_MARK, 0, PRESENT, 0, 0 },
    { "d.", "lt", DNP_K_DAY_MARK, 0, PRESENT, 0, 0 },
    { "tháng", "vi", DNP_K_MONTH_PREFIX, 0, PRESENT, 0, 0 },
    { "thg", "vi", DNP_K_MONTH_PREFIX, 0, PRESENT, DNP_MF_ABBR, 0 },
    { "h", "fr", DNP_K_HOUR_MARK, 0, PRESENT, 0, 0 },
    { "um", "de", DNP_K_FILLER, 0, PRESENT, 0, 0 },
    { "de", "es", DNP_K_FILLER, 0, PRESENT, 0, 0 },
    { "de", "es", DNP_K_DAY_MARK, -1, ABSENT, 0, 0 }, /* "d 'de' MMMM": not a mark */
    { "à", "fr", DNP_K_FILLER, 0, PRESENT, 0, 0 },
    { "at", "en", DNP_K_FILLER, 0, PRESENT, 0, 0 },
    /* supplements */
    { "года", "ru", DNP_K_YEAR_MARK, 0, PRESENT, DNP_MF_SUPPLEMENT, 0 },
    { "Uhr", "de", DNP_K_HOUR_MARK, 0, PRESENT, DNP_MF_SUPPLEMENT, 0 },
    { "o'clock", "en", DNP_K_HOUR_MARK, 0, PRESENT, 0, 0 },
    { "st", "en", DNP_K_ORDINAL, 0, PRESENT, 0, 0 },
    { "er", "fr", DNP_K_ORDINAL, 0, PRESENT, 0, 0 },
    { "º", "es", DNP_K_ORDINAL, 0, PRESENT, 0, 0 },
    { "শে", "bn", DNP_K_ORDINAL, 0, PRESENT, 0, 0 },
    { "-го", "ru", DNP_K_ORDINAL, 0, PRESENT, 0, 0 },
    { "KASIM", "tr", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    { "Kasım", "tr", DNP_K_MONTH, 11, PRESENT, 0, DNP_MF_SUPPLEMENT },
    { "号", "zh", DNP_K_DAY_MARK, 0, PRESENT, 0, 0 },
    { "ngày", "vi", DNP_K_DAY_PREFIX, 0, PRESENT, 0, 0 },
    { "năm", "vi", DNP_K_YEAR_PREFIX, 0, PRESENT, 0, 0 },
    { "po'alima", "haw", DNP_K_WEEKDAY, 5, PRESENT, 0, 0 }, /* typed without the ʻokina */
    { "'Okatopa", "to", DNP_K_MONTH, 10, PRESENT, 0, 0 },
    { "ʻOkakopa", "haw", DNP_K_MONTH, 10, PRESENT, 0, 0 },
    { "Tháng Mười Hai", "vi", DNP_K_MONTH, 12, PRESENT, DNP_MF_SUPPLEMENT, 0 },
    { "u studenom", "hr", DNP_K_MONTH, -1, ABSENT, 0, 0 },
    { "studenom", "hr", DNP_K_MONTH, 11, PRESENT, 0, 0 },
    /* risky words: the flag is there, the meaning too */
    { "May", "en", DNP_K_MONTH, 5, PRESENT, DNP_MF_RISKY, 0 },
    { "mar", "es", DNP_K_MONTH, 3, PRESENT, DNP_MF_RISKY, 0 },
    { "am", "en", DNP_K_AMPM, 0, PRESENT, DNP_MF_RISKY, 0 },
    { "H", "hu", DNP_K_WEEKDAY, 1, PRESENT, DNP_MF_RISKY, 0 }, /* one letter */
    { "November", "en", DNP_K_MONTH, 11, PRESENT, 0, DNP_MF_RISKY },
    /* never keys: names with digits, narrow forms, ordinary words */
    { "tháng 11", "vi", DNP_K_MONTH, -1, ABSENT, 0, 0 },
    { "version", NULL, DNP_K_MONTH, -1, ABSENT, 0, 0 },
    { "views", NULL, DNP_K_MONTH, -1, ABSENT, 0, 0 },
};

START_TEST(lookup_row)
{
    const lookup_case *c = &lookups[_i];
    char key[256];
    size_t n = make_key(c->text, strlen(c->text), key, sizeof key);
    int lang = -1;
    if (c->lang) {
        lang = dnp_lang_find(c->lang, strlen(c->lang));
        ck_assert_msg(lang >= 0, "no language %s", c->lang);
    }
    uint32_t nm;
    const dnp_meaning *m = n ? dnp_lex_lookup(key, n, &nm) : NULL;
    if (!m)
        nm = 0;
    const dnp_meaning *hit = NULL;
    for (uint32_t j = 0; j < nm; j++)
        if ((lang < 0 || m[j].lang == lang) && m[j].kind == c->kind &&
            (c->value < 0 || m[j].value == c->value))
            hit = &m[j];
    if (c->want == ABSENT) {
        ck_assert_msg(!hit, "row %d: \"%s\" -> \"%.*s\" has kind %d value %d in %s", _i,
                      c->text, (int)n, key, c->kind, hit ? hit->value : 0,
                      c->lang ? c->lang : "some language");
        return;
    }
    ck_assert_msg(hit != NULL, "row %d: \"%s\" -> \"%.*s\" (%u meanings) lacks %s kind %d value %d",
                  _i, c->text, (int)n, key, nm, c->lang, c->kind, c->value);
    ck_assert_msg((hit->flags & c->flags_on) == c->flags_on &&
                      (hit->flags & c->flags_off) == 0,
                  "row %d: \"%s\" flags 0x%x (want on 0x%x, off 0x%x)", _i, c->text, hit->flags,
                  c->flags_on, c->flags_off);
}
END_TEST

START_TEST(lookup_edges)
{
    uint32_t n = 99;
    ck_assert_ptr_null(dnp_lex_lookup("", 0, &n));
    ck_assert_uint_eq(n, 0);
    n = 99;
    ck_assert_ptr_null(dnp_lex_lookup("novembrex", 9, &n));
    ck_assert_uint_eq(n, 0);
    /* a prefix of a key is not the key */
    ck_assert_ptr_null(dnp_lex_lookup("novembr", 7, &n));
    ck_assert_ptr_nonnull(dnp_lex_lookup("novembre", 8, &n));
    ck_assert_uint_ge(n, 2);
}
END_TEST

/* ---- languages and locales ------------------------------------------------------------ */

static const dnp_locale *loc(const char *name)
{
    int i = dnp_locale_find(name);
    ck_assert_msg(i >= 0, "dnp_locale_find(\"%s\") = -1", name);
    return &dnp_locales[i];
}

START_TEST(languages)
{
    int fr = dnp_lang_find("fr", 2);
    ck_assert_int_ge(fr, 0);
    ck_assert_str_eq(dnp_langs[fr].code, "fr");
    int yue = dnp_lang_find("yue", 3);
    ck_assert_int_ge(yue, 0);
    ck_assert_str_eq(dnp_langs[yue].code, "yue");
    ck_assert_int_eq(dnp_lang_find("frx", 3), -1);
    ck_assert_int_eq(dnp_lang_find("f", 1), -1);
    ck_assert_int_eq(dnp_lang_find("fr_CA", 2), fr); /* only len bytes count */
    ck_assert_uint_eq(dnp_langs[fr].short_order, DNP_ORD_DMY);
    ck_assert_uint_eq(dnp_langs[dnp_lang_find("en", 2)].short_order, DNP_ORD_MDY);
    ck_assert_uint_eq(dnp_langs[dnp_lang_find("ja", 2)].short_order, DNP_ORD_YMD);
}
END_TEST

START_TEST(locales)
{
    ck_assert_str_eq(loc("fr_CA")->name, "fr_CA");
    ck_assert_str_eq(loc("pt-BR")->name, "pt_BR");
    ck_assert_str_eq(loc("pt_BR.UTF-8")->name, "pt_BR");
    ck_assert_str_eq(loc("de_DE@euro")->name, "de_DE");
    ck_assert_str_eq(loc("sr_Latn_RS")->name, "sr_Latn_RS");
    ck_assert_str_eq(loc("en_XX")->name, "en");
    ck_assert_str_eq(loc("zh_Hant_XX")->name, "zh_Hant");
    ck_assert_int_eq(dnp_locale_find("zz"), -1);
    ck_assert_int_eq(dnp_locale_find(""), -1);
    ck_assert_int_eq(dnp_locale_find(NULL), -1);
    ck_assert_str_eq(dnp_langs[loc("sr_Latn")->lang].code, "sr");

    /* numeric orders from the SHORT pattern, month-name orders from LONG */
    ck_assert_uint_eq(loc("en_US")->short_order, DNP_ORD_MDY);
    ck_assert_uint_eq(loc("en_GB")->short_order, DNP_ORD_DMY);
    ck_assert_uint_eq(loc("de")->short_order, DNP_ORD_DMY);
    ck_assert_uint_eq(loc("hu")->short_order, DNP_ORD_YMD);
    ck_assert_uint_eq(loc("ko")->short_order, DNP_ORD_YMD);
    ck_assert_uint_eq(loc("en")->long_order, DNP_ORD_MDY);
    ck_assert_uint_eq(loc("fr")->long_order, DNP_ORD_DMY);
    ck_assert_uint_eq(loc("zh")->long_order, DNP_ORD_YMD);

    /* the default calendar */
    ck_assert_uint_eq(loc("en")->gregorian, 1);
    ck_assert_uint_eq(loc("ja")->gregorian, 1);
    ck_assert_uint_eq(loc("th")->gregorian, 0); /* Buddhist */
    ck_assert_uint_eq(loc("fa")->gregorian, 0); /* Persian */
}
END_TEST

/* ---- fold.c's per-code-point tables (lexgen) against ICU ------------------------------ */

/* Folds c after the UTF-8 prefix pre into a buffer of capacity cap (both sides start from the
   same bytes) and checks that the table-based dnp_fold_cp and the ICU path agree: the result,
   the length and the bytes. */
static void same_fold(UChar32 c, const char *pre, size_t cap)
{
    char a[64], b[64];
    size_t npre = strlen(pre), na = npre, nb = npre;
    memset(a, 0x5A, sizeof a);
    memset(b, 0x5A, sizeof b);
    memcpy(a, pre, npre);
    memcpy(b, pre, npre);
    bool ra = dnp_fold_cp(c, a, &na, cap);
    bool rb = dnp_fold_cp_icu(c, b, &nb, cap);
    ck_assert_msg(ra == rb && na == nb && memcmp(a, b, na) == 0,
                  "U+%04X after \"%s\", cap %zu: table %d (%zu bytes), ICU %d (%zu bytes)",
                  (unsigned)c, pre, cap, ra, na, rb, nb);
}

static void same_cp(UChar32 c)
{
    ck_assert_msg(dnp_char_class(c) == dnp_char_class_icu(c), "U+%04X: class %d, ICU %d",
                  (unsigned)c, dnp_char_class(c), dnp_char_class_icu(c));
    ck_assert_msg(dnp_digit_value(c) == dnp_digit_value_icu(c), "U+%04X: digit %d, ICU %d",
                  (unsigned)c, dnp_digit_value(c), dnp_digit_value_icu(c));
    ck_assert_msg(dnp_script_of(c) == dnp_script_of_icu(c), "U+%04X: script %d, ICU %d",
                  (unsigned)c, dnp_script_of(c), dnp_script_of_icu(c));
    /* at the start, after bases that drop marks (Latin, Greek, Cyrillic, a Latin letter of
       U+1Exx) and after bases that keep them (Devanagari, Thai, Han, a digit) */
    static const char *const pre[] = { "", "e", "\316\261", "\320\266", "\341\272\241",
                                       "\340\244\225", "\340\270\201", "\344\270\255", "7" };
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++)
        same_fold(c, pre[i], 64);
    /* too little room: nothing or part of the fold fits */
    for (size_t cap = 0; cap <= 6; cap++)
        same_fold(c, "", cap);
    for (size_t cap = 1; cap <= 7; cap++)
        same_fold(c, "e", cap);
    /* dnp_word_marked from the tables (DNP_CPI_MARK, DNP_CPI_ACCENT) and from ICU: the code
       point alone, after a base and before one */
    if (c >= 0 && !(c >= 0xD800 && c <= 0xDFFF)) {
        static const char *const around[][2] = { { "", "" }, { "e", "" }, { "\316\261", "" },
                                                 { "\340\244\225", "" }, { "", "x" },
                                                 { "7", "\320\266" } };
        for (size_t i = 0; i < sizeof around / sizeof around[0]; i++) {
            char w[16];
            size_t n = strlen(around[i][0]);
            memcpy(w, around[i][0], n);
            U8_APPEND_UNSAFE(w, n, c);
            memcpy(w + n, around[i][1], strlen(around[i][1]));
            n += strlen(around[i][1]);
            ck_assert_msg(dnp_word_marked(w, n) == dnp_word_marked_icu(w, n),
                          "U+%04X after \"%s\": marked %d, ICU %d", (unsigned)c, around[i][0],
                          dnp_word_marked(w, n), dnp_word_marked_icu(w, n));
        }
    }
}

/* Every code point the tables cover, ASCII and the first code points past them; the loop
   index picks one 4096-code-point slice. */
START_TEST(cp_tables_below_3000)
{
    ck_assert_int_eq(DNP_CP_LO, 0x80);
    UChar32 lo = (UChar32)_i * 0x1000, hi = lo + 0x1000;
    if (_i == 0)
        same_cp(-1);
    for (UChar32 c = lo; c < hi; c++)
        same_cp(c);
}
END_TEST

/* The Hangul syllables, answered without ICU (DNP_HANGUL_SYLLABLE): every one, and the code
   points around the block. */
START_TEST(cp_hangul)
{
    for (UChar32 c = 0xABF0; c <= 0xD7B0; c++)
        same_cp(c);
}
END_TEST

/* Above the tables fold.c asks ICU: a sample of the other planes' code points. */
START_TEST(cp_tables_above)
{
    for (UChar32 c = DNP_CP_HI; c <= 0x10FFFF; c += c < 0x10000 ? 7 : 331)
        same_cp(c);
    same_cp(0x10FFFF);
    same_cp(0x110000);
}
END_TEST

/* ---- the month summaries (lib/monthsum.c): lexgen stored them, the parser recomputes -- */

/* Every key's stored summary is what the shared rule gives over the library's own tables
   (lexgen computed it with its copy of the language table: they must agree). */
START_TEST(month_summaries_match_table)
{
    uint32_t nmonth = 0;
    for (uint32_t k = 0; k < dnp_lex_nkeys; k++) {
        const dnp_lex_key *key = &dnp_lex_keys[k];
        dnp_month_summary sum;
        dnp_month_summarize(dnp_lex_meanings + key->meaning, key->nmeaning, dnp_langs,
                            dnp_nlangs, &sum);
        int top = sum.top >= 0 ? sum.top : 0;
        ck_assert_msg(sum.best == key->mbest && top == key->mtop && sum.flags == key->mflags,
                      "key %u \"%.*s\": table says month %u, language %u, flags 0x%x; the rule "
                      "says %u, %d, 0x%x", k, (int)key->len, dnp_lex_strings + key->str,
                      key->mbest, key->mtop, key->mflags, sum.best, top, sum.flags);
        nmonth += sum.months > 0;
    }
    ck_assert_uint_ge(nmonth, 1000);
}
END_TEST

/* The rule on made-up meanings, over four languages of 100, 50, 70 and 50 thousand speakers
   (index 4 is past the table: it counts no speakers). */
static const dnp_lang sum_langs[] = { { "xa", 0, 0, 0, 100 }, { "xb", 0, 0, 0, 50 },
                                      { "xc", 0, 0, 0, 70 }, { "xd", 0, 0, 0, 50 } };
enum { A, B, C, D, OUT };
#define MONTH(l, v, f) { (l), DNP_K_MONTH, (v), (f) }
#define OTHER(l, k) { (l), (k), 0, 0 }
static const struct {
    dnp_meaning m[4];
    uint32_t n;
    int best, top, flags;
} sums[] = {
    /* "listopad": 11 in A (100), 10 in B and C (50 + 70): 10 wins, C gives it */
    { { MONTH(A, 11, 0), MONTH(B, 10, 0), MONTH(C, 10, 0) }, 3, 10, C,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_PLAIN },
    /* one value, risky everywhere, outnumbered by fillers */
    { { MONTH(A, 3, DNP_MF_RISKY), OTHER(B, DNP_K_FILLER), OTHER(C, DNP_K_WEEKDAY) }, 3, 3, A,
      DNP_KM_RISKY | DNP_KM_ONE | DNP_KM_PLAIN },
    /* prefixes and relative words are not other meanings; one non-risky month is enough;
       a unit of a language more spoken than the month's (A: 100 over C: 70) marks it
       (issue 8: Turkish "gün", Maltese June) */
    { { MONTH(B, 5, DNP_MF_RISKY), MONTH(C, 5, 0), OTHER(A, DNP_K_PREFIX),
        OTHER(A, DNP_K_REL_UNIT) }, 4, 5, C,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_ONE | DNP_KM_RELWORD | DNP_KM_PLAIN },
    /* "and" of a language less spoken than the month's: no mark; a direction word never */
    { { MONTH(A, 10, 0), OTHER(C, DNP_K_REL_AND), OTHER(A, DNP_K_REL_PAST) }, 3, 10, A,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_ONE | DNP_KM_PLAIN },
    { { MONTH(B, 10, 0), OTHER(C, DNP_K_REL_AND) }, 2, 10, B,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_ONE | DNP_KM_RELWORD | DNP_KM_PLAIN },
    /* a language past the table counts no speakers and is never top */
    { { MONTH(OUT, 1, 0), MONTH(B, 2, 0), MONTH(A, 2, 0), OTHER(C, DNP_K_ERA) }, 4, 2, A,
      DNP_KM_MOSTLY | DNP_KM_PLAIN },
    { { MONTH(OUT, 4, 0), MONTH(OUT, 6, 0) }, 2, 4, -1,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_PLAIN },
    /* a tie keeps the lower month, and the first language of the most speakers */
    { { MONTH(B, 8, 0), MONTH(D, 7, 0), OTHER(A, DNP_K_FILLER), OTHER(C, DNP_K_FILLER) }, 4, 7,
      D, DNP_KM_PLAIN },
    { { MONTH(B, 8, 0), MONTH(D, 8, 0) }, 2, 8, B,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_ONE | DNP_KM_PLAIN },
    /* issue 10: a month written with a mark in one language ("août") is no plain key */
    { { MONTH(B, 8, DNP_MF_MARKED), MONTH(D, 8, 0) }, 2, 8, B,
      DNP_KM_PURE | DNP_KM_MOSTLY | DNP_KM_ONE },
    /* no month meaning: nothing */
    { { OTHER(A, DNP_K_FILLER) }, 1, 0, -1, 0 },
};

/* issue 10: marks that folding drops, on words and on the lexicon's month keys: "giu"
   (Italian June) is written plain, "aout" (French "août") with a mark; Turkish "EKİM" and
   fullwidth letters bear none, an NFD mark after a Latin base does */
START_TEST(marked_words)
{
    ck_assert(dnp_word_marked("giù", strlen("giù")));
    ck_assert(dnp_word_marked("août", strlen("août")));
    ck_assert(dnp_word_marked("giu\xcc\x80", 5)); /* u + U+0300 */
    ck_assert(!dnp_word_marked("giu", 3));
    ck_assert(!dnp_word_marked("EKİM", strlen("EKİM")));
    ck_assert(!dnp_word_marked("ＤＥＣ", strlen("ＤＥＣ")));
    ck_assert(!dnp_word_marked("декабря", strlen("декабря")));
    ck_assert(dnp_word_marked("ёлка", strlen("ёлка")));
    const dnp_lex_key *giu = dnp_lex_find("giu", 3), *aout = dnp_lex_find("aout", 4);
    ck_assert_ptr_nonnull(giu);
    ck_assert_ptr_nonnull(aout);
    ck_assert(giu->mflags & DNP_KM_PLAIN);
    ck_assert(!(aout->mflags & DNP_KM_PLAIN));
}
END_TEST

START_TEST(month_summary_rule)
{
    dnp_month_summary sum;
    dnp_month_summarize(sums[_i].m, sums[_i].n, sum_langs, 4, &sum);
    ck_assert_msg(sum.best == sums[_i].best && sum.top == sums[_i].top &&
                  sum.flags == sums[_i].flags,
                  "case %d: month %u, language %d, flags 0x%x; expected %d, %d, 0x%x", _i,
                  sum.best, sum.top, sum.flags, sums[_i].best, sums[_i].top, sums[_i].flags);
}
END_TEST

Suite *lexicon_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("tables");
    tcase_add_unchecked_fixture(tc, fold_setup, NULL);
    tcase_add_test(tc, table_invariants);
    tcase_add_loop_test(tc, keys_are_tokenizer_keys, 0, 16);
    tcase_add_loop_test(tc, prefixes_present, 0, 16);
    tcase_add_test(tc, lookup_edges);
    tcase_add_test(tc, languages);
    tcase_add_test(tc, locales);
    tcase_add_test(tc, month_summaries_match_table);
    tcase_add_loop_test(tc, month_summary_rule, 0, (int)(sizeof sums / sizeof sums[0]));
    tcase_add_test(tc, marked_words);
    suite_add_tcase(s, tc);

    TCase *rows = tcase_create("lookups");
    tcase_add_unchecked_fixture(rows, fold_setup, NULL);
    tcase_add_loop_test(rows, lookup_row, 0, (int)(sizeof lookups / sizeof lookups[0]));
    suite_add_tcase(s, rows);

    TCase *cp = tcase_create("cp_tables");
    tcase_add_unchecked_fixture(cp, fold_setup, NULL);
    tcase_add_loop_test(cp, cp_tables_below_3000, 0, (DNP_CP_HI + 0xFFF) / 0x1000);
    tcase_add_test(cp, cp_tables_above);
    tcase_add_test(cp, cp_hangul);
    suite_add_tcase(s, cp);
    return s;
}
