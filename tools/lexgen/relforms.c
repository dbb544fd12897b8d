/*
 * relforms.c: the forms of CLDR's counted phrases that formatting whole numbers does not
 * show, for relative.c to read:
 * - a count of one written as the unit word alone, in the languages that write it so:
 *   Russian "час назад" (an hour ago), Czech "před rokem", Slovak "pred hodinou",
 *   Bulgarian "преди седмица", Polish "godzinę temu". CLDR puts the number in every
 *   pattern ("{0} час назад"); for these languages the past count 1 in the long width, its
 *   number left out, is kept as a named phrase one unit back, resolved as a counted offset
 *   (DNP_RN_COUNTED), as CLDR's own forms without a number are ("לפני שעה", Hebrew). Which
 *   languages write it so is the table below (English writes "an hour ago", never "hour
 *   ago"; Croatian "prije sat vremena", not "prije sat"). Not the future ("через час", "za
 *   hodinu"): in running text it is a promise, no date, and its first words ("za", "o",
 *   "за") would send every such word of the text to the multi-word matcher;
 * - the plural form of a decimal count ("za 1,5 tygodnia": Polish "other", which no whole
 *   number takes; Ukrainian "через 1,5 тижня"), its number made one digit so that the
 *   phrase splits around it as the whole numbers' do ("za 22 tygodnia" is then read);
 *   weeks to seconds (relative.c): the years' and months' forms ("roku", "года") follow
 *   the year of every date and would make it a relative phrase to try.
 *
 * - the phrases with a modifier-letter apostrophe (Tongan "houa ʻe {0} kuoʻosi") as a
 *   plain keyboard types them ("houa 'e 7 kuo'osi"), as keys.c's add_name does for names.
 *
 * Not done here: splitting the phrases (relative.c), resolving them (the parser).
 */
#include "lexgen.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* ICU language codes, sorted. */
static const char *const bare_one_langs[] = {
    "be", "bg", "cs", "dsb", "hsb", "lt", "lv", "mk", "pl", "ru", "sk", "sl", "sr", "uk",
};

static int cmp_code(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void rel_bare_one(int lang, const UChar *s, int32_t n, int unit, int off, int flags)
{
    const char *code = langs[lang].code;
    if (!bsearch(&code, bare_one_langs, sizeof bare_one_langs / sizeof *bare_one_langs,
                 sizeof *bare_one_langs, cmp_code))
        return;
    /* the text without its one digit "1" */
    UChar out[256];
    int32_t m = 0, digits = 0;
    for (int32_t i = 0; i < n && m < 256; i++) {
        if (u_isdigit(s[i])) {
            digits++;
            if (u_charDigitValue(s[i]) != 1)
                return;
            continue;
        }
        out[m++] = s[i];
    }
    if (digits != 1 || m >= 256)
        return;
    char *utf = to_utf8(out, m);
    parsed_name pn;
    if (parse_name(utf, strlen(utf), &pn) && pn.nnum == 0 && pn.nrun == 1) {
        add_name(utf, strlen(utf), lang, DNP_K_REL_NAMED, DNP_RN_MAKE(unit, off, true), flags);
        stats.rel_named++;
    }
    free(utf);
}

int32_t rel_one_number(UChar *s, int32_t n)
{
    int32_t i = 0;
    while (i < n && !u_isdigit(s[i]))
        i++;
    int32_t j = i;
    while (j < n && u_isdigit(s[j]))
        j++;
    if (i == n || j + 1 >= n || !u_isdigit(s[j + 1]) || u_isdigit(s[j]))
        return -1;
    int32_t k = j + 1;
    while (k < n && u_isdigit(s[k]))
        k++;
    s[i] = '7';
    memmove(s + i + 1, s + k, (size_t)(n - k) * sizeof *s);
    n -= k - i - 1;
    for (int32_t x = 0; x < n; x++)
        if (x != i && u_isdigit(s[x]))
            return -1;
    return n;
}

bool rel_plain_apostrophes(UChar *s, int32_t n)
{
    bool any = false;
    for (int32_t i = 0; i < n; i++)
        if (s[i] == 0x02BB || s[i] == 0x02BC)
            s[i] = '\'', any = true;
    return any;
}
