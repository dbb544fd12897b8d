/*
 * cldr.c: what lexgen reads from ICU about locales and languages, and one locale's walk.
 * - The locale list (uloc_getAvailable: "fr", "fr_CA", "sr_Latn"... 805 in ICU 72) and the
 *   languages it names ("fr", "sr": 218), which are the lexicon's languages.
 * - Per locale, always in the Gregorian calendar: month names (format and stand-alone, wide
 *   and abbreviated: never the narrow forms, which are single letters), weekday names (wide,
 *   abbreviated, short), eras (abbreviated and wide) and am/pm markers; then its patterns
 *   (patterns.c) and relative phrases (relative.c); whether its default calendar is
 *   Gregorian; its word for "year" (the year field's display name: a year alone's cue).
 * - Per language: the numeric orders of its base locale's SHORT and LONG patterns, and its
 *   speakers (CLDR's territoryInfo), which break ties no other word decides.
 *
 * Not done here: the words of patterns (patterns.c), turning names into keys (keys.c).
 */
#include "lexgen.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udatpg.h>
#include <unicode/uscript.h>
#include <unicode/unumsys.h>
#include <unicode/utf16.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

lang_rec *langs;
int nlangs;
locale_rec *locs;
int nlocs;

/* ---- languages and locales -------------------------------------------------------------- */

int lang_index(const char *code)
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

/* Fills locs and langs; reads no locale data. */
void read_locale_list(void)
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
    for (int i = 0; i < nlocs; i++) {
        char lang[ULOC_LANG_CAPACITY];
        UErrorCode st = U_ZERO_ERROR;
        uloc_getLanguage(locs[i].name, lang, sizeof lang, &st);
        locs[i].lang = lang_index(lang);
    }
}

/* ---- a locale's symbols ---------------------------------------------------------------- */

const symbol_list symtab[S_COUNT] = {
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
int symbol_value(int k, int i)
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
            /* issue 10: its inflected forms (locales/ suffix lines) */
            if ((symtab[k].kind == DNP_K_MONTH || symtab[k].kind == DNP_K_WEEKDAY) &&
                !(symtab[k].flags & DNP_MF_ABBR))
                add_suffixed(s, strlen(s), lang, symtab[k].kind, symbol_value(k, i),
                             symtab[k].flags);
        }
    }
}

static const char *const date_skeletons[] = {
    "yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd", "yMMMM", "yMMM", "yMd", "MMMMd", "MMMd",
    "MMMMEEEEd",
};
static const char *const time_skeletons[] = { "Hm", "Hms", "hm", "hms" };
static const UDateFormatStyle styles[] = { UDAT_FULL, UDAT_LONG, UDAT_MEDIUM, UDAT_SHORT };

static void read_year_word(UDateTimePatternGenerator *g, const locale_rec *lr);

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
        int dcal = U_SUCCESS(st) && type ? dn_calendar_from_name(type) : -1;
        lr->calendar = (uint8_t)(dcal > 0 ? dcal : 0);
        ucal_close(cal);
    }
    /* the digits its numbers are written in (issue 11: Persian "۱۴۰۵/۰۹/۱۲") */
    lr->digit_zero = '0';
    st = U_ZERO_ERROR;
    UNumberingSystem *ns = unumsys_open(lr->name, &st);
    if (U_SUCCESS(st) && !unumsys_isAlgorithmic(ns) && unumsys_getRadix(ns) == 10) {
        UChar desc[16];
        int32_t dl = unumsys_getDescription(ns, desc, 16, &st);
        if (U_SUCCESS(st) && dl > 0) {
            UChar32 zero;
            U16_GET(desc, 0, 0, dl, zero);
            lr->digit_zero = zero;
        }
    }
    unumsys_close(ns);

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
        read_year_word(g, lr);
        udatpg_close(g);
    }
    read_day_periods(lr, &sy);
    free_symbols(&sy);
    read_relative(lr);
    read_number_words(lr);
}

/* issue 10: the locale's word for "year" (CLDR's display name of the year field: "year",
   "année", "leto", "سال") may say that the four-digit number after it is a year alone
   ("année 2019.", "روزهای سال ۲۰۲۵ در"): a DNP_CUE_YEAR_WORD cue (page.c). Not root's English name (a locale without one of its own), nor a name of Han,
   Hangul or Kana, written after the number (2026年, 2026년: a year mark; "每年2000人" is a
   count). */
static void read_year_word(UDateTimePatternGenerator *g, const locale_rec *lr)
{
    static UChar root[64];
    static int32_t nroot = -1;
    UErrorCode st = U_ZERO_ERROR;
    if (nroot < 0) {
        UDateTimePatternGenerator *r = udatpg_open("root", &st);
        nroot = 0;
        if (U_SUCCESS(st))
            nroot = udatpg_getFieldDisplayName(r, UDATPG_YEAR_FIELD, UDATPG_WIDE, root, 64, &st);
        if (U_FAILURE(st) || nroot >= 64)
            nroot = 0;
        if (r)
            udatpg_close(r);
        st = U_ZERO_ERROR;
    }
    UChar name[64];
    int32_t n = udatpg_getFieldDisplayName(g, UDATPG_YEAR_FIELD, UDATPG_WIDE, name, 64, &st);
    if (U_FAILURE(st) || n <= 0 || n >= 64 || (n == nroot && u_strncmp(name, root, n) == 0))
        return;
    for (int32_t i = 0; i < n; i++) {
        UErrorCode sst = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(name[i], &sst);
        if (sc == USCRIPT_HAN || sc == USCRIPT_HANGUL || sc == USCRIPT_HIRAGANA ||
            sc == USCRIPT_KATAKANA)
            return;
    }
    char *u = to_utf8(name, n);
    parsed_name pn;
    if (parse_name(u, strlen(u), &pn) && pn.nnum == 0 && pn.nrun == 1)
        add_run(&pn.run[0], lr->lang, DNP_K_WEEKDAY_CUE, DNP_CUE_YEAR_WORD, 0);
    free(u);
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


void read_icu(const bool *only)
{
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, "root@calendar=gregorian", NULL, 0, NULL,
                                0, &st);
    if (U_FAILURE(st))
        die("udat_open(root): %s", u_errorName(st));
    load_symbols(df, &root_syms);
    udat_close(df);

    for (int i = 0; i < nlocs; i++)
        if (!only || only[locs[i].lang])
            read_locale(&locs[i]);

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
        /* issue 10: the order of a day and month without a year ("Md") */
        UErrorCode ust = U_ZERO_ERROR;
        UDateTimePatternGenerator *g = udatpg_open(loc, &ust);
        if (U_SUCCESS(ust)) {
            UChar sk[4];
            u_uastrcpy(sk, "Md");
            n = udatpg_getBestPattern(g, sk, -1, pat, 512, &ust);
            langs[l].md_order = U_SUCCESS(ust) && n < 512 ? day_month_order(pat, n) : DNP_ORD_NONE;
            udatpg_close(g);
        }
    }
    read_speakers();
}
