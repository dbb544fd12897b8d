/*
 * relative.c: CLDR's relative phrases, through ureldatefmt. For every locale and the styles
 * LONG, SHORT and NARROW:
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
 * quarter phrase is kept; counted quarters are three months.
 *
 * Where the locales of one language disagree (DESIGN, issue 8): the lexicon knows languages,
 * not locales, so two readings of one word in one language would leave it unread in all of
 * them. A regional locale (one with a country: sr_Cyrl_BA, sr_Latn_BA) yields to the locales
 * it falls back to (sr_Cyrl -> sr, sr_Latn): a word of it that those read as another unit or
 * offset is dropped (Serbian's narrow "с." is a second in sr and both a second and a week in
 * sr_BA: a second). Different languages never yield so to one another: the parser leaves
 * their disagreements unread without a hint. Two named phrases of one locale that fold to
 * one key with different values keep their spellings (rel_keep_spellings), which the parser
 * compares with the text.
 * Not done here: the rel_* lines of locales/ (supplements.c), resolving phrases (the parser).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ulistformatter.h>
#include <unicode/uloc.h>
#include <unicode/utf16.h>
#include <unicode/ureldatefmt.h>

static const int rel_counts[] = { 1, 2, 3, 5, 6, 7, 11, 21, 100 };
static const UDateRelativeDateTimeFormatterStyle rel_styles[] = {
    UDAT_STYLE_LONG, UDAT_STYLE_SHORT, UDAT_STYLE_NARROW
};

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

/* The same text, digits of any script being equal to ASCII's (root's "+१ d" in a locale
   that writes Devanagari digits is still root's phrase). */
static bool rel_same(const rel_text *a, const rel_text *b)
{
    if (a->n < 0 || a->n != b->n)
        return false;
    for (int32_t i = 0; i < a->n; i++)
        if (a->s[i] != b->s[i] && !(u_isdigit(a->s[i]) && u_charDigitValue(a->s[i]) ==
                                                           u_charDigitValue(b->s[i])))
            return false;
    return true;
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

/* Whether a sign stands right before the count ("+{0} a", "-{0} J.", "−{0} ч", Norwegian
   Nynorsk's en dash "–{0} d."): then the sign, not the words, says the direction (marks of
   direction between are skipped). */
static bool rel_signed(const rel_text *t)
{
    for (int32_t i = 0; i < t->n; i++)
        if (u_isdigit(t->s[i])) {
            int32_t j = i - 1;
            while (j >= 0 && (t->s[j] == 0x200E || t->s[j] == 0x200F || t->s[j] == 0x061C))
                j--;
            /* a hyphen after a letter joins a word to the count (Zulu "ongu-{0}") */
            return j >= 0 && (t->s[j] == '+' || t->s[j] == '-' || t->s[j] == 0x2212 ||
                              t->s[j] == 0x2013) &&
                   !(j > 0 && u_isalpha(t->s[j - 1]));
        }
    return false;
}

/* Whether the sign before the count is a typographic minus (U+2212, U+2013). */
static bool rel_minus(const rel_text *t)
{
    for (int32_t i = 0; i < t->n; i++)
        if (u_isdigit(t->s[i]))
            break;
        else if (t->s[i] == 0x2212 || t->s[i] == 0x2013)
            return true;
    return false;
}

/* The text after the count (white space skipped): "J." of "-2 J.", "d" of "-2 d". */
static const UChar *rel_after_count(const rel_text *t, int32_t *len)
{
    int32_t i = t->n;
    while (i > 0 && !u_isdigit(t->s[i - 1]))
        i--;
    while (i < t->n && (u_isWhitespace(t->s[i]) || t->s[i] == 0xA0 || t->s[i] == 0x202F))
        i++;
    *len = t->n - i;
    return t->s + i;
}

/* DNP_MF_FORM_* of the words after the count as CLDR writes them: "J." UPPER|DOT. */
static int rel_form(const rel_text *t)
{
    int32_t n;
    const UChar *a = rel_after_count(t, &n);
    if (n <= 0)
        return 0;
    UChar32 c;
    int32_t i = 0;
    U16_NEXT(a, i, n, c);
    return (u_isupper(c) ? DNP_MF_FORM_UPPER : DNP_MF_FORM_LOWER) |
           (a[n - 1] == '.' ? DNP_MF_FORM_DOT : DNP_MF_FORM_BARE);
}

/* Root's words after a signed count for each unit and style ("d" for a day, "h" for an
   hour): what ICU writes in every locale without relative data of its own. */
static rel_text root_after[3][DNP_RU_SECOND + 1];

/* Whether a sign-and-unit pattern's words are root's for another unit (Scottish Gaelic
   "-{0} d", a second; root's "-{0} d" is a day in a hundred locales): such words say
   neither without a hint of the language. */
static bool rel_root_clash(const rel_text *t, int unit)
{
    int32_t n;
    const UChar *a = rel_after_count(t, &n);
    for (int s = 0; s < 3; s++)
        for (int u = DNP_RU_YEAR; u <= DNP_RU_SECOND; u++)
            if (u != unit && root_after[s][u].n == n && n > 0 &&
                memcmp(root_after[s][u].s, a, (size_t)n * sizeof *a) == 0)
                return true;
    return false;
}

/* Whether a letter touches the count on its left ("በ{0} ቀን ውስጥ"). */
static bool rel_glued(const rel_text *t)
{
    for (int32_t i = 0; i < t->n; i++)
        if (u_isdigit(t->s[i]))
            return i > 0 && u_isalpha(t->s[i - 1]);
    return false;
}

static bool rel_same_run(const keyrun *a, const keyrun *b)
{
    return a->len == b->len && memcmp(a->key, b->key, a->len) == 0;
}

/* Whether run x has no word of its own beside y: empty, or y's first or last words. */
static bool rel_within(const keyrun *x, const keyrun *y)
{
    if (!x->nwords)
        return true;
    if (x->nwords > y->nwords)
        return false;
    keyrun h, t;
    rel_slice(y, 0, x->nwords, &h);
    rel_slice(y, y->nwords - x->nwords, y->nwords, &t);
    return rel_same_run(x, &h) || rel_same_run(x, &t);
}

/* "3 days ago" and "in 3 days": the unit and the direction words of both. */
static void rel_counted(const rel_text *past, const rel_text *fut, int unit, int lang, int flags)
{
    keyrun pb, pa, fb, fa, x;
    if (!rel_split(past, &pb, &pa) || !rel_split(fut, &fb, &fa))
        return;
    const keyrun *sides[2][2] = { { &pb, &pa }, { &fb, &fa } };
    /* the pattern whole: the words on each side of the count, each knowing the unit, the
       direction and whether the other side has words too ("ᎾᎿ {0} ᏒᎾ.", "{0} ஆண்டுகளில்") */
    bool signed_ = rel_signed(past) && rel_signed(fut);
    /* words the same in both directions without a sign say no direction */
    if (signed_ || !rel_same_run(&pb, &fb) || !rel_same_run(&pa, &fa)) {
        for (int s = 0; s < 2; s++) {
            const keyrun *b = sides[s][0], *a = sides[s][1];
            /* a direction said by the absence of the other's word (Sindhi's future "{0}
               min", past "{0} min اڳ") reads every duration as a date: not kept */
            if (!signed_ && rel_within(b, sides[!s][0]) && rel_within(a, sides[!s][1]))
                continue;
            if (b->nwords)
                add_run(b, lang, DNP_K_REL_PAT_BEFORE,
                        DNP_RPAT_MAKE(unit, s, a->nwords > 0, signed_) |
                            (rel_glued(s ? fut : past) ? DNP_RPAT_GLUED : 0), flags);
            const rel_text *t = s ? fut : past;
            if (a->nwords) {
                int v = DNP_RPAT_MAKE(unit, s, b->nwords > 0, signed_) |
                        (signed_ && rel_minus(t) ? DNP_RPAT_MINUS : 0);
                int fl = flags | rel_form(t) |
                         (signed_ && rel_root_clash(t, unit) ? DNP_MF_RISKY : 0);
                add_run(a, lang, DNP_K_REL_PAT_AFTER, v, fl);
                add_run_suffixed(a, lang, DNP_K_REL_PAT_AFTER, v, fl);
            }
        }
        stats.rel_patterns++;
    }
    if (signed_)
        return;
    /* one direction written as the other without its words: the unit alone says it (Tamil's
       future "{0} நா.", past "{0} நா. முன்"), and which one */
    int uflags = flags;
    for (int s = 0; s < 2; s++)
        if (rel_within(sides[s][0], sides[!s][0]) && rel_within(sides[s][1], sides[!s][1]) &&
            (!rel_same_run(&pb, &fb) || !rel_same_run(&pa, &fa)))
            uflags |= DNP_MF_UNIT_ONE_WAY | (s ? DNP_MF_UNIT_BARE_FUTURE : DNP_MF_UNIT_BARE_PAST);
    int ulen[2];
    if (pa.nwords && fa.nwords) {
        /* the unit follows the number: what both directions share; when they share nothing
           ("{0} ஆண்டுகளுக்கு முன்" / "{0} ஆண்டுகளில்", "ŋkeke {0} si va yi" / "le ŋkeke
           {0} wo me") the unit is glued to the direction, and only the whole pattern
           above reads it */
        int c = rel_common_prefix(&pa, &fa);
        if (!c)
            return;
        ulen[0] = ulen[1] = c;
        for (int s = 0; s < 2; s++) {
            const keyrun *b = sides[s][0], *a = sides[s][1];
            int kind = s == 0 ? DNP_K_REL_PAST : DNP_K_REL_FUTURE;
            rel_slice(a, 0, ulen[s], &x);
            rel_add(&x, lang, DNP_K_REL_UNIT, unit, uflags);
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
            rel_add(&x, lang, DNP_K_REL_UNIT, unit, uflags);
            rel_slice(b, 0, b->nwords - 1, &x);
            rel_add(&x, lang, s == 0 ? DNP_K_REL_PAST : DNP_K_REL_FUTURE, DNP_RP_BEFORE, flags);
        }
    } else
        return;
    stats.rel_counted++;
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

/* Whether the text is in a script written without spaces between words (Thai, Lao, Khmer,
   Myanmar), the tokenizer reading such a run as one word. */
static bool rel_unspaced(const rel_text *t)
{
    for (int32_t i = 0; i < t->n; i++) {
        UErrorCode st = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(t->s[i], &st);
        if (U_SUCCESS(st) && (sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER ||
                              sc == USCRIPT_MYANMAR))
            return true;
    }
    return false;
}

/* Whether a weekday phrase holds the week phrase of the same offset at either end:
   上周一 (上周 = last week), 先週の月曜日 (先週): the day of that week. */
static bool rel_weekof(const keyrun *day, const keyrun *week)
{
    return week->len > 0 && day->len > week->len &&
           (memcmp(day->key, week->key, week->len) == 0 ||
            memcmp(day->key + day->len - week->len, week->key, week->len) == 0);
}

/* The word of "A and B" in CLDR's list patterns (ulistfmt): it joins the counts of one
   offset ("2 weeks and 3 days ago", "hace 2 semanas y 3 días"). With `or`, the word of "A
   or B" (misses19): a cue (DNP_CUE_YEAR_OR) that joins two years alone of running text
   ("২০২৩ বা ২০২৪ সালে", in 2023 or 2024; page.c's year_after), no word to the scan. */
static void rel_and(const locale_rec *lr, bool or)
{
    static const UChar a[] = { 0xE000, 0 }, b[] = { 0xE001, 0 };
    const UChar *items[] = { a, b };
    const int32_t lens[] = { 1, 1 };
    UErrorCode st = U_ZERO_ERROR;
    UListFormatter *f = or ? ulistfmt_openForType(lr->name, ULISTFMT_TYPE_OR,
                                                  ULISTFMT_WIDTH_WIDE, &st)
                           : ulistfmt_open(lr->name, &st);
    if (U_FAILURE(st))
        return;
    UChar out[64];
    int32_t n = ulistfmt_format(f, items, lens, 2, out, 64, &st);
    ulistfmt_close(f);
    if (U_FAILURE(st) || n >= 64)
        return;
    int32_t i = 0, j = n;
    while (i < n && out[i] != 0xE000)
        i++;
    while (j > 0 && out[j - 1] != 0xE001)
        j--;
    if (i + 1 >= j - 1)
        return;
    rel_text t;
    t.n = j - 1 - (i + 1);
    memcpy(t.s, out + i + 1, (size_t)t.n * sizeof(UChar));
    keyrun run;
    if (rel_named_run(&t, &run)) {
        if (or)
            add_run(&run, lr->lang, DNP_K_WEEKDAY_CUE, DNP_CUE_YEAR_OR, 0);
        else
            add_run(&run, lr->lang, DNP_K_REL_AND, 0, 0);
    }
}

static void read_relative_of(const locale_rec *lr);

/* The named phrases of the locale being read, as keys and as CLDR spells them (case
   folded): two that fold to one key with different values (Azerbaijani narrow "keçən Ç",
   last Wednesday, and "keçən C", last Friday; Luxembourgish "Mé." and "Më.") keep their
   spellings apart (rel_spellings). */
typedef struct {
    char key[KEY_MAX];
    size_t len;
    char *form; /* UTF-8, case folded */
    int value;
    bool clash; /* another phrase of its key differs in value and spelling */
} rel_spelling;
static rel_spelling *rel_named_now;
static int rel_nnamed_now, rel_named_cap;

static void rel_spelled(const keyrun *run, const rel_text *t, int value)
{
    UChar f[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = u_strFoldCase(f, 256, t->s, t->n, U_FOLD_CASE_DEFAULT, &st);
    if (U_FAILURE(st) || n >= 256)
        return;
    if (rel_nnamed_now == rel_named_cap) {
        rel_named_cap = rel_named_cap ? 2 * rel_named_cap : 256;
        rel_named_now = xrealloc(rel_named_now, (size_t)rel_named_cap * sizeof *rel_named_now);
    }
    rel_spelling *sp = &rel_named_now[rel_nnamed_now++];
    memcpy(sp->key, run->key, run->len);
    sp->len = run->len;
    sp->form = to_utf8(f, n);
    sp->value = value;
}

/* Every spelling kept apart, of every locale: lexicon-data.c's dnp_rel_spellings. */
typedef struct {
    char *form;
    int lang, value;
} rel_kept;
static rel_kept *rel_spellings;
static int rel_nspellings;

/* Of the named phrases of lr (entries from `from` on), those whose keys fold two spellings
   of different values: their meanings get DNP_MF_NAMED_SPELLED and their spellings are
   kept, so that the parser reads the one the text spells. */
static void rel_keep_spellings(const locale_rec *lr, size_t from)
{
    /* a key clashes when two of its phrases differ in value and spelling; every spelling
       of such a key is kept (Igbo writes "ụbọchị Monde a" for this Monday in one width,
       next Monday in another: the text spells both, and says neither) */
    for (int i = 0; i < rel_nnamed_now; i++) {
        rel_spelling *a = &rel_named_now[i];
        a->clash = false;
        for (int j = 0; j < rel_nnamed_now && !a->clash; j++) {
            const rel_spelling *b = &rel_named_now[j];
            a->clash = b->len == a->len && memcmp(b->key, a->key, a->len) == 0 &&
                       b->value != a->value && strcmp(b->form, a->form) != 0;
        }
    }
    for (int i = 0; i < rel_nnamed_now; i++) {
        const rel_spelling *a = &rel_named_now[i];
        bool clash = false;
        for (int j = 0; j < rel_nnamed_now && !clash; j++) {
            const rel_spelling *b = &rel_named_now[j];
            clash = b->clash && b->len == a->len && memcmp(b->key, a->key, a->len) == 0;
        }
        if (!clash)
            continue;
        for (size_t k = from; k < nents; k++)
            if (ents[k].kind == DNP_K_REL_NAMED && ents[k].lang == lr->lang &&
                ents[k].value == a->value && ents[k].len == a->len &&
                memcmp(arena + ents[k].str, a->key, a->len) == 0)
                ents[k].flags |= DNP_MF_NAMED_SPELLED;
        bool known = false;
        for (int k = 0; k < rel_nspellings && !known; k++)
            known = rel_spellings[k].lang == lr->lang && rel_spellings[k].value == a->value &&
                    strcmp(rel_spellings[k].form, a->form) == 0;
        if (known)
            continue;
        rel_spellings =
            xrealloc(rel_spellings, (size_t)(rel_nspellings + 1) * sizeof *rel_spellings);
        rel_spellings[rel_nspellings++] = (rel_kept){ xstrdup(a->form), lr->lang, a->value };
    }
    for (int i = 0; i < rel_nnamed_now; i++)
        free(rel_named_now[i].form);
    rel_nnamed_now = 0;
}

size_t write_rel_spellings(void)
{
    printf("const dnp_rel_spelling dnp_rel_spellings[] = {\n");
    for (int i = 0; i < rel_nspellings; i++) {
        printf("    {\"");
        put_c_bytes(rel_spellings[i].form, strlen(rel_spellings[i].form));
        printf("\", %d, %d},\n", rel_spellings[i].lang, rel_spellings[i].value);
    }
    if (!rel_nspellings)
        printf("    {\"\", 0, 0},\n");
    printf("};\nconst uint16_t dnp_nrel_spellings = %d;\n\n", rel_nspellings);
    return (size_t)rel_nspellings * sizeof(dnp_rel_spelling);
}

/* The relative entries each locale added, [from, to) of ents: a regional locale's are
   compared with those of the locales it falls back to. */
typedef struct {
    char *name;
    size_t from, to;
} rel_range;
static rel_range *rel_ranges;
static int rel_nranges;

static const rel_range *rel_range_of(const char *name)
{
    for (int i = rel_nranges - 1; i >= 0; i--)
        if (strcmp(rel_ranges[i].name, name) == 0)
            return &rel_ranges[i];
    return NULL;
}

/* Whether two entries are the same key of one language and kind with different units (or
   named offsets) in the same direction: Serbian's narrow "с." a second in sr, a week in
   sr_BA. */
static bool rel_disagree(const entry *a, const entry *b)
{
    if (a->lang != b->lang || a->kind != b->kind || a->len != b->len ||
        memcmp(arena + a->str, arena + b->str, a->len) != 0)
        return false;
    switch (a->kind) {
    case DNP_K_REL_UNIT:
        return a->value != b->value;
    case DNP_K_REL_NAMED:
        return (a->value & 0x7Fu) != (b->value & 0x7Fu);
    case DNP_K_REL_PAT_BEFORE:
    case DNP_K_REL_PAT_AFTER:
        return DNP_RPAT_FUTURE(a->value) == DNP_RPAT_FUTURE(b->value) &&
               DNP_RPAT_SIGNED(a->value) == DNP_RPAT_SIGNED(b->value) &&
               DNP_RPAT_UNIT(a->value) != DNP_RPAT_UNIT(b->value);
    default:
        return false;
    }
}

/* A regional locale's words (sr_Cyrl_BA, sr_Latn_BA) that its language's default locale (the
   one ICU and CLDR fall back to: sr, sr_Latn) reads as another unit are dropped: the
   lexicon knows languages, not regions, and without this both readings would leave the
   words unread in the whole language ("za 2 s." is two seconds in sr and sr_Latn, two weeks
   or two seconds in sr_BA: a second). Languages never yield so to one another. The entries
   of lr are those from `from` on. */
static void rel_yield_to_default(const locale_rec *lr, size_t from)
{
    UErrorCode st = U_ZERO_ERROR;
    char country[ULOC_COUNTRY_CAPACITY];
    uloc_getCountry(lr->name, country, sizeof country, &st);
    if (U_FAILURE(st) || !country[0])
        return;
    size_t keep = from;
    for (size_t i = from; i < nents; i++) {
        bool drop = false;
        char cur[ULOC_FULLNAME_CAPACITY], parent[ULOC_FULLNAME_CAPACITY];
        snprintf(cur, sizeof cur, "%s", lr->name);
        while (!drop && dnp_kind_rel(ents[i].kind)) {
            st = U_ZERO_ERROR;
            uloc_getParent(cur, parent, sizeof parent, &st);
            if (U_FAILURE(st) || !parent[0] || strcmp(parent, "root") == 0)
                break;
            const rel_range *r = rel_range_of(parent);
            for (size_t j = r ? r->from : 0; r && j < r->to && !drop; j++)
                drop = rel_disagree(&ents[i], &ents[j]);
            snprintf(cur, sizeof cur, "%s", parent);
        }
        if (!drop)
            ents[keep++] = ents[i];
    }
    nents = keep;
}

void read_relative(const locale_rec *lr)
{
    size_t from = nents;
    read_relative_of(lr);
    rel_keep_spellings(lr, from);
    rel_yield_to_default(lr, from);
    rel_ranges = xrealloc(rel_ranges, (size_t)(rel_nranges + 1) * sizeof *rel_ranges);
    rel_ranges[rel_nranges++] = (rel_range){ xstrdup(lr->name), from, nents };
}

static void read_relative_of(const locale_rec *lr)
{
    rel_and(lr, false);
    rel_and(lr, true);
    static URelativeDateTimeFormatter *root[3];
    bool is_en = strcmp(langs[lr->lang].code, "en") == 0;
    for (int s = 0; s < 3; s++) {
        UErrorCode st = U_ZERO_ERROR;
        if (!root[s]) {
            root[s] = ureldatefmt_open("root", NULL, rel_styles[s], UDISPCTX_CAPITALIZATION_NONE, &st);
            if (U_FAILURE(st))
                die("ureldatefmt_open(root): %s", u_errorName(st));
        }
        if (!root_after[s][DNP_RU_YEAR].n)
            for (int u = UDAT_REL_UNIT_YEAR; u <= UDAT_REL_UNIT_SECOND; u++) {
                rel_text t;
                rel_format(root[s], -3, u, true, &t);
                rel_text *r = &root_after[s][rel_unit_code(u)];
                int32_t n;
                const UChar *a = t.n > 0 && rel_signed(&t) ? rel_after_count(&t, &n) : NULL;
                r->n = a ? n : -1;
                if (a)
                    memcpy(r->s, a, (size_t)n * sizeof *a);
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
                   "Dis" for this Saturday): no relative word, and a month elsewhere; but in
                   a script written without spaces one word holds the phrase (Thai
                   "จันทร์ที่แล้ว", last Monday) */
                if (wd && run.nwords == 1 && !rel_unspaced(&t))
                    continue;
                if (u == UDAT_REL_UNIT_WEEK)
                    week[off + 2] = run;
                bool weekof = wd && (off == 0 || rel_weekof(&run, &week[off + 2]));
                /* the numeric form is the same words: a count in words ("قبل أسبوعين") */
                rel_text num;
                rel_format(f, off, u, true, &num);
                if (!wd && off != 0 && rel_same(&t, &num))
                    weekof = true; /* bit 7: DNP_RN_COUNTED for these units */
                stats.rel_weekof += wd && off != 0 && weekof;
                char *utf = to_utf8(t.s, t.n);
                add_name(utf, strlen(utf), lr->lang, DNP_K_REL_NAMED, DNP_RN_MAKE(code, off, weekof),
                         flags);
                add_suffixed(utf, strlen(utf), lr->lang, DNP_K_REL_NAMED,
                             DNP_RN_MAKE(code, off, weekof), flags);
                free(utf);
                rel_spelled(&run, &t, DNP_RN_MAKE(code, off, weekof));
                stats.rel_named++;
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
                rel_text pa = p, qa = q; /* "houa ʻe {0}" as typed: "houa 'e {0}" */
                if (rel_plain_apostrophes(pa.s, pa.n) | rel_plain_apostrophes(qa.s, qa.n))
                    rel_counted(&pa, &qa, rel_unit_code(u), lr->lang, flags);
                if (rel_counts[c] == 1 && s == 0 && u != UDAT_REL_UNIT_QUARTER)
                    rel_bare_one(lr->lang, p.s, p.n, rel_unit_code(u), -1, flags);
                /* a count the words themselves say ("לפני חודש", a month ago; "לפני
                   יומיים", two days ago): a named phrase resolved as a counted offset */
                for (int d = 0; d < 2 && rel_counts[c] <= 3 && u != UDAT_REL_UNIT_QUARTER; d++) {
                    const rel_text *t = d ? &q : &p;
                    keyrun run;
                    if (!rel_named_run(t, &run))
                        continue;
                    char *utf = to_utf8(t->s, t->n);
                    add_name(utf, strlen(utf), lr->lang, DNP_K_REL_NAMED,
                             DNP_RN_MAKE(rel_unit_code(u), d ? rel_counts[c] : -rel_counts[c], true),
                             flags);
                    free(utf);
                    stats.rel_named++;
                }
            }
        /* the plural form of a decimal count ("za 1,5 tygodnia", "через 1,5 тижня"), the
           number made one, weeks to seconds (relforms.c) */
        for (int u = UDAT_REL_UNIT_WEEK; u <= UDAT_REL_UNIT_SECOND; u++) {
            rel_text p, q, r;
            UErrorCode dst = U_ZERO_ERROR;
            p.n = ureldatefmt_formatNumeric(f, -1.5, (URelativeDateTimeUnit)u, p.s, 256, &dst);
            q.n = ureldatefmt_formatNumeric(f, 1.5, (URelativeDateTimeUnit)u, q.s, 256, &dst);
            r.n = ureldatefmt_formatNumeric(root[s], -1.5, (URelativeDateTimeUnit)u, r.s, 256,
                                            &dst);
            if (U_FAILURE(dst) || p.n >= 256 || q.n >= 256 || r.n >= 256 ||
                (!is_en && rel_same(&p, &r)))
                continue;
            p.n = rel_one_number(p.s, p.n);
            q.n = rel_one_number(q.s, q.n);
            if (p.n > 0 && q.n > 0)
                rel_counted(&p, &q, rel_unit_code(u), lr->lang, flags);
        }
        ureldatefmt_close(f);
    }
}
