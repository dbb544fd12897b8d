/*
 * emit.c: lexgen's output. Either the C source of the lexicon (lib/lexicon-data.c: the
 * tables lib/internal.h declares, as plain ASCII C with octal escapes), or with --list one
 * line per meaning for people:
 *     novembre<TAB>fr<TAB>month<TAB>11<TAB>           key, language, kind, value, flags
 *     may<TAB>en<TAB>month<TAB>5<TAB>r                (a abbreviated, s stand-alone,
 *                                                      x supplement, r risky; a counted
 *                                                      pattern's words written U upper or
 *                                                      L lower case, D with or B without
 *                                                      a final dot: "j" fr 69 aLB; a
 *                                                      named word of one word: L without,
 *                                                      D with a final dot: "huom" fi 85 aD)
 * The C source holds: fold.c's per-code-point tables (U+0080..U+2FFF, from ICU), the key
 * strings, the keys with their month summaries (lib/monthsum.c's rule), the meanings, the
 * open-addressing hash of the keys (dnp_hash), the languages with their speakers, and the
 * locales. The same input gives the same bytes.
 *
 * Not done here: deciding any meaning or flag (merge.c).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uversion.h>

void list_meanings(void)
{
    for (uint32_t k = 0; k < nkeys; k++)
        for (uint32_t m = keys[k].first; m < keys[k].first + keys[k].n; m++)
            printf("%.*s\t%s\t%s\t%u\t%s%s%s%s%s%s%s%s\n", (int)keys[k].len,
                   arena + keys[k].str, langs[means[m].lang].code, kind_name(means[m].kind),
                   means[m].value, means[m].flags & DNP_MF_ABBR ? "a" : "",
                   means[m].flags & DNP_MF_STANDALONE ? "s" : "",
                   means[m].flags & DNP_MF_SUPPLEMENT ? "x" : "",
                   means[m].flags & DNP_MF_RISKY ? "r" : "",
                   means[m].flags & DNP_MF_FORM_UPPER ? (means[m].kind == DNP_K_MONTH || means[m].kind == DNP_K_WEEKDAY ? "m" : "U") : "",
                   means[m].flags & DNP_MF_FORM_LOWER ? "L" : "",
                   means[m].flags & DNP_MF_FORM_DOT ? "D" : "",
                   means[m].flags & DNP_MF_FORM_BARE ? "B" : "");
}

/* Writes bytes as a C string literal body: printable ASCII as is, the rest as three-digit
   octal escapes (which never swallow a following digit), '?' escaped against trigraphs. */
void put_c_bytes(const char *s, size_t n)
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
   fold.c checks at run time. The accent flag is dnp_word_marked's test of the code point. Returns the bytes written. */
static size_t write_cp_tables(void)
{
    enum { N = DNP_CP_HI - DNP_CP_LO };
    static uint32_t info[N], fold[N];
    /* issue 10: the folds of more than 4 bytes, up to DNP_CP_LONG_MAX ("が": "か" and the
       voiced mark), each a row of dnp_cp_long whose index (from 1) is the code point's
       dnp_cp_fold; a longer one stays ICU's (0) */
    static dnp_cp_long_fold lf[N];
    unsigned nlong = 0, nrows = 0;
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
        bool accent = !mark && dnp_cp_accented_icu(c);
        if (lng && n <= DNP_CP_LONG_MAX) {
            lf[nrows].len = (uint8_t)n;
            memcpy(lf[nrows].b, buf, n);
            f = ++nrows;
        }
        info[c - DNP_CP_LO] = DNP_CPI_MAKE(cls, digit, mark, lng ? 0 : n, lng, accent, script);
        fold[c - DNP_CP_LO] = f;
        nlong += lng;
    }
    const struct {
        const char *name;
        const uint32_t *v;
    } arrays[] = { { "dnp_cp_info", info }, { "dnp_cp_fold", fold } };
    printf("/* U+%04X..U+%04X: %u code points, %u of them folded to more than 4 bytes (dnp_cp_long), "
           "%u by ICU at run time (more than %d bytes). */\n", DNP_CP_LO, DNP_CP_HI - 1,
           (unsigned)N, nrows, nlong - nrows, DNP_CP_LONG_MAX);
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
    printf("const dnp_cp_long_fold dnp_cp_long[] = {\n    { 0, \"\" },\n");
    for (unsigned r = 0; r < nrows; r++) {
        printf("    /* %u */ { %u, \"", r + 1, (unsigned)lf[r].len);
        for (size_t i = 0; i < lf[r].len; i++)
            printf("\\%03o", (unsigned char)lf[r].b[i]);
        printf("\" },\n");
    }
    printf("};\n\n");
    return sizeof info + sizeof fold + (nrows + 1) * sizeof lf[0];
}

/* Closes an array and writes its count (or mask) after it. */
static void end_table(const char *count_decl, uint32_t n)
{
    printf("};\nconst %s = %u;\n\n", count_decl, n);
}

/* The languages as the library's table will hold them (speakers in thousands, rounded):
   the month summaries read this table, so that lexgen's sums and the parser's agree. */
static dnp_lang *lang_table(void)
{
    dnp_lang *t = xrealloc(NULL, ((size_t)nlangs + 1) * sizeof *t);
    for (int l = 0; l < nlangs; l++)
        t[l] = (dnp_lang){ langs[l].code, langs[l].short_order, langs[l].long_order,
                           langs[l].md_order, (uint32_t)(langs[l].speakers / 1000 + 0.5) };
    return t;
}

/* The key strings, concatenated, several keys per source line; from here on keys[k].str is
   the offset in dnp_lex_strings. Returns the length of the strings. */
static uint32_t write_strings(void)
{
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
        keys[k].str = off;
        off += keys[k].len;
    }
    if (nkeys == 0)
        fputs("    \"\"\n", stdout);
    printf("    ;\n\n");
    return off;
}

/* The keys: where each one's string and meanings are, its kinds, and its month summary. */
static void write_keys(const dnp_lang *lt)
{
    printf("const dnp_lex_key dnp_lex_keys[] = {\n");
    for (uint32_t k = 0; k < nkeys; k++) {
        /* issue 10: a year's cue sets no kind; weeks: a key of week's words alone stays a
           word of its cluster (DNP_KIND_WEEK), another key's kinds stay as they were (its
           DNP_KM_WEEK says it) */
        uint32_t kinds = dnp_key_kinds(means + keys[k].first, keys[k].n);
        dnp_month_summary s;
        dnp_month_summarize(means + keys[k].first, keys[k].n, lt, (uint16_t)nlangs, &s);
        printf("    {%u, %u, %u, %u, 0x%x, %d, %d, %u},\n", keys[k].str, keys[k].len, keys[k].n,
               keys[k].first, kinds, s.top >= 0 ? s.top : 0, s.best, s.flags);
    }
    end_table("uint32_t dnp_lex_nkeys", nkeys);
}

/* The open-addressing hash of the keys (linear probing), made while keys[k].str is still
   the offset in the arena. A slot holds the key's index + 1 in the bits of the mask (the
   table is at least twice the keys: it fits) and the key's hash in the bits above them
   (0 = empty slot): a look-up compares those first, so that a word that is no key reads no
   key entry (lib/lexicon.c). The filter before the table (bloom) is set here too. */
static uint64_t bloom[1u << DNP_LEX_BLOOM_LOG2]; /* the filter before the table (internal.h) */
static uint64_t next_bloom[1u << DNP_LEX_NEXT_LOG2]; /* the words that go on a key (internal.h) */

/* Sets in next_bloom each end of key s[0..len) that a word of it may begin: after a
   space, and at a CJK character of three bytes (a key of CJK characters has no spaces:
   "上个月"). A key of several words read word by word (scan.c's lookup_multi) is the key
   before it, then that end. */
static void next_words(const char *s, uint32_t len)
{
    for (uint32_t i = 1; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (s[i - 1] == ' ' || (c >= 0xE3 && c <= 0xE9)) {
            uint32_t h = dnp_hash(s + i, len - i);
            next_bloom[h >> (32 - DNP_LEX_NEXT_LOG2)] |= 1ull << (h & 63) | 1ull << ((h >> 6) & 63);
        }
    }
}

static uint32_t *make_hash(uint32_t *size)
{
    uint32_t hsize = 1;
    while (hsize < 2 * nkeys)
        hsize <<= 1;
    uint32_t *hash = calloc(hsize, sizeof *hash);
    if (!hash)
        die("out of memory");
    for (uint32_t k = 0; k < nkeys; k++) {
        uint32_t full = dnp_hash(arena + keys[k].str, keys[k].len);
        uint32_t h = full & (hsize - 1);
        while (hash[h])
            h = (h + 1) & (hsize - 1);
        hash[h] = (full & ~(hsize - 1)) | (k + 1);
        bloom[full >> (32 - DNP_LEX_BLOOM_LOG2)] |= 1ull << (full & 63) | 1ull << ((full >> 6) & 63);
        next_words(arena + keys[k].str, keys[k].len);
    }
    *size = hsize;
    return hash;
}

void write_c(void)
{
    uint32_t hsize;
    uint32_t *hash = make_hash(&hsize);
    dnp_lang *lt = lang_table();

    printf("/* Generated by lexgen from ICU %s (CLDR %s) and locales/: do not edit.\n"
           "   %d locales, %d languages, %u keys, %u meanings. */\n"
           "#include \"internal.h\"\n\n",
           U_ICU_VERSION, U_ICU_DATA_VERSION, nlocs, nlangs, nkeys, nmeans);
    printf("const char dnp_lex_icu_version[] = \"%s\";\n\n", U_ICU_VERSION);
    size_t cp_bytes = write_cp_tables();
    uint32_t off = write_strings();
    write_keys(lt);

    printf("const dnp_meaning dnp_lex_meanings[] = {\n");
    for (uint32_t m = 0; m < nmeans; m++)
        printf("    {%u, %u, %u, %u},\n", means[m].lang, means[m].kind, means[m].value,
               means[m].flags);
    end_table("uint32_t dnp_lex_nmeanings", nmeans);

    printf("const uint32_t dnp_lex_hash[] = {\n");
    for (uint32_t h = 0; h < hsize; h += 16) {
        fputs("   ", stdout);
        for (uint32_t j = h; j < h + 16 && j < hsize; j++)
            printf(" %u,", hash[j]);
        putchar('\n');
    }
    end_table("uint32_t dnp_lex_hash_mask", hsize - 1);
    free(hash);

    printf("const uint64_t dnp_lex_bloom[1u << DNP_LEX_BLOOM_LOG2] = {\n");
    for (uint32_t w = 0; w < (1u << DNP_LEX_BLOOM_LOG2); w += 4)
        printf("    0x%016llxull, 0x%016llxull, 0x%016llxull, 0x%016llxull,\n",
               (unsigned long long)bloom[w], (unsigned long long)bloom[w + 1],
               (unsigned long long)bloom[w + 2], (unsigned long long)bloom[w + 3]);
    printf("};\n\n");

    printf("const uint64_t dnp_lex_next_bloom[1u << DNP_LEX_NEXT_LOG2] = {\n");
    for (uint32_t w = 0; w < (1u << DNP_LEX_NEXT_LOG2); w += 4)
        printf("    0x%016llxull, 0x%016llxull, 0x%016llxull, 0x%016llxull,\n",
               (unsigned long long)next_bloom[w], (unsigned long long)next_bloom[w + 1],
               (unsigned long long)next_bloom[w + 2], (unsigned long long)next_bloom[w + 3]);
    printf("};\n\n");

    printf("const dnp_lang dnp_langs[] = {\n");
    for (int l = 0; l < nlangs; l++)
        printf("    {\"%s\", %u, %u, %u, %u},\n", lt[l].code, lt[l].short_order, lt[l].long_order,
               lt[l].md_order, lt[l].speakers_k);
    end_table("uint16_t dnp_nlangs", (uint32_t)nlangs);
    free(lt);

    printf("const dnp_locale dnp_locales[] = {\n");
    for (int i = 0; i < nlocs; i++)
        printf("    {\"%s\", %d, %u, %u, %u, %u, %u},\n", locs[i].name, locs[i].lang,
               locs[i].short_order, locs[i].long_order, locs[i].gregorian, locs[i].ymd_order,
               locs[i].calendar);
    printf("};\nconst uint16_t dnp_nlocales = %d;\n\n", nlocs);
    cp_bytes += write_calendars();
    cp_bytes += write_day_periods();
    cp_bytes += write_rel_spellings();
    size_t zone_bytes = write_zones();

    size_t bytes = off + 1 + nkeys * sizeof(dnp_lex_key) + nmeans * sizeof(dnp_meaning) +
                   hsize * 4u + sizeof(uint64_t) * (1u << DNP_LEX_BLOOM_LOG2) +
                   (size_t)nlangs * sizeof(dnp_lang) +
                   (size_t)nlocs * sizeof(dnp_locale) + cp_bytes + zone_bytes;
    fprintf(stderr,
            "lexgen: ICU %s: %d locales, %d languages, %u keys, %u meanings, "
            "%lu supplement names, about %zu KiB of tables\n",
            U_ICU_VERSION, nlocs, nlangs, nkeys, nmeans, stats.supp_names, bytes / 1024);
}
