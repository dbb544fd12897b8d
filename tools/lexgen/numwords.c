/*
 * numwords.c: counts written as words ("two days ago", "il y a deux jours", "iki gün önce",
 * "dua hari yang lalu", "두 시간 전", "两天前"), read from ICU's rule-based number formats
 * (CLDR's RBNF spell-out rules) by formatting the counts a relative phrase uses in every
 * cardinal rule set of each language: "%spellout-cardinal" (en "two", tr "iki"), its
 * genders and cases ("%spellout-cardinal-feminine": fr "une", ru "две"; pl's genitive
 * "dwóch"), Korean's native attributive forms ("%spellout-cardinal-native-attributive": 한,
 * 두, 세) and Chinese's counting forms ("%spellout-cardinal-alternate2": 两). Each spelling
 * is a DNP_K_REL_NUMBER name of its language, as locales/ rel_number lines are.
 *
 * A language ICU has no spell-out rules for falls back to another's (root's, or English's):
 * only a formatter whose actual locale is the language itself is read. Skipped: the
 * financial forms (壹, 贰: cheques, not pages), a spelling of one letter of an alphabet (a
 * word of every text), a spelling with digits.
 *
 * Not done here: where a count may stand and what it counts (lib/relative.c).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unum.h>
#include <unicode/ustring.h>

/* The counts read: the ones pages write in words ("twenty minutes ago", "a half hour" is
   locales/' business). */
static const int counts[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 45, 50 };
#define NCOUNTS (sizeof counts / sizeof *counts)

/* Whether a rule set names cardinal counts a page writes in words. */
static bool cardinal_rule_set(const char *name)
{
    return strstr(name, "spellout-cardinal") && !strstr(name, "financial") &&
           !strstr(name, "verbose");
}

/* Whether the spelling s (UTF-8) can be a count: no digit, and more than one letter unless
   the one is a syllable or ideograph (Korean 두, Chinese 两 are words; Latin "a" is not). */
static bool spelling_kept(const char *s)
{
    size_t k = 0, len = strlen(s);
    int n = 0;
    uint32_t c = 0;
    for (const char *p = s; *p; p++)
        if (*p >= '0' && *p <= '9')
            return false;
    while (k < len) {
        uint32_t u = dnp_utf8_next(s, len, &k);
        if (dnp_char_class(u) != DNP_CC_SEP)
            n++, c = u;
    }
    return n > 1 || (n == 1 && (dnp_char_class(c) == DNP_CC_CJK || (c >= 0xAC00 && c <= 0xD7A3)));
}

/* Formats every count with the rule set rs (UTF-16, NUL-terminated) of fmt. */
static void read_rule_set(UNumberFormat *fmt, const UChar *rs, int lang)
{
    UErrorCode st = U_ZERO_ERROR;
    unum_setTextAttribute(fmt, UNUM_DEFAULT_RULESET, rs, -1, &st);
    if (U_FAILURE(st))
        return;
    for (size_t i = 0; i < NCOUNTS; i++) {
        UChar u[128];
        st = U_ZERO_ERROR;
        int32_t n = unum_format(fmt, counts[i], u, 128, NULL, &st);
        if (U_FAILURE(st) || n <= 0 || n >= 128)
            continue;
        char *s = to_utf8(u, n);
        if (spelling_kept(s)) {
            add_name(s, strlen(s), lang, DNP_K_REL_NUMBER, counts[i], DNP_MF_SUPPLEMENT);
            stats.num_words++;
        }
        free(s);
    }
}

void read_number_words(const locale_rec *lr)
{
    static bool *done;
    if (!done)
        done = calloc((size_t)nlangs, sizeof *done);
    if (!done)
        die("out of memory");
    const char *code = langs[lr->lang].code;
    if (done[lr->lang])
        return;
    done[lr->lang] = true;
    UErrorCode st = U_ZERO_ERROR;
    UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, code, NULL, &st);
    if (U_FAILURE(st) || !fmt)
        return;
    const char *actual = unum_getLocaleByType(fmt, ULOC_ACTUAL_LOCALE, &st);
    size_t cl = strlen(code);
    if (U_FAILURE(st) || !actual || strncmp(actual, code, cl) != 0 ||
        (actual[cl] != '\0' && actual[cl] != '_')) {
        unum_close(fmt); /* no rules of its own: another language's spellings */
        return;
    }
    UChar sets[4096];
    st = U_ZERO_ERROR;
    int32_t n = unum_getTextAttribute(fmt, UNUM_PUBLIC_RULESETS, sets, 4096, &st);
    if (U_FAILURE(st) || n <= 0 || n >= 4096) {
        unum_close(fmt);
        return;
    }
    sets[n] = 0;
    /* the rule sets are listed as "%name;%name;..." */
    for (int32_t a = 0; a < n;) {
        int32_t b = a;
        while (b < n && sets[b] != ';')
            b++;
        UChar one[128];
        if (b - a > 0 && b - a < 128) {
            u_memcpy(one, sets + a, b - a);
            one[b - a] = 0;
            char *name = to_utf8(one, b - a);
            if (cardinal_rule_set(name))
                read_rule_set(fmt, one, lr->lang);
            free(name);
        }
        a = b + 1;
    }
    unum_close(fmt);
}
