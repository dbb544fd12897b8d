/*
 * supplements.c: the hand-curated date words of locales/LANG.txt (format: locales/README),
 * which CLDR lacks: "Sept" (month 9), "um" (filler), "1st"'s "st" (ordinal), "il y a"
 * (rel_past before), "vorgestern" (rel_named day -2), "!may" (a risky name)...
 *     KIND [VALUE...] NAME [NAME...]
 * One table (kinds[] below) says, for every kind of entry, the name locales/ and --list
 * write for it and which value columns a line of that kind holds. Every line is checked
 * before any locale data is read: a bad line stops lexgen at once with its file and line.
 * "risky" lines are kept aside and applied after the merge (merge.c), to the name meanings
 * the key has in that language.
 *
 * Not done here: what the words mean at run time (the parser), CLDR's words (cldr.c).
 */
#include "lexgen.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the columns between KIND and the names hold. */
enum {
    COL_NONE,     /* nothing: "filler de", "risky may" */
    COL_NUMBER,   /* the value, min..max: "month 9 Sept", "rel_number 2 deux" */
    COL_UNIT,     /* a unit: "rel_unit hour hrs" */
    COL_UNIT_OFF, /* a unit and an offset, min..max: "rel_named day -2 vorgestern" */
    COL_SIDE,     /* where the count stands: "rel_past before "il y a"" */
    COL_UNIT_CNT, /* a unit and a count the words hold, min..max: "rel_counted hour -1 "час
                     назад"" (issue 8) */
    COL_HOUR,     /* an hour, min..max, that the name alone names: "day_point 0 midnight" */
    COL_DAWN,     /* issue 10: the first hour of a dawn clock's word: "dawn_clock 6 ከጠዋቱ" */
    COL_FIXED,    /* no value column: the value is the table's min ("time_word kl", a filler
                     of value 1; "month_next_after prochain") */
    COL_CAL,      /* issue 10: an ICU calendar name and a month 1..13: "cal_month islamic
                     11 "ذي القعدة"" */
    COL_CAL_ERA,  /* rangeyear: an ICU calendar name and ICU's era number in it: "cal_era
                     ethiopic 1 ዓ.ም" (calendars.c's era table, read before) */
    COL_LEXGEN    /* no line of this kind: lexgen makes these itself */
};

/* The one table of entry kinds. */
static const struct {
    const char *name;
    uint8_t kind;    /* DNP_K_*; 0 for "risky", a flag on the key's other meanings */
    uint8_t cols;    /* COL_* */
    int8_t min, max; /* COL_NUMBER: the value's range; COL_UNIT_OFF: the offset's */
} kinds[] = {
    { "prefix", DNP_K_PREFIX, COL_LEXGEN, 0, 0 },
    { "month", DNP_K_MONTH, COL_NUMBER, 1, 12 },
    { "weekday", DNP_K_WEEKDAY, COL_NUMBER, 1, 7 },
    { "era", DNP_K_ERA, COL_NUMBER, 0, 1 },
    { "ampm", DNP_K_AMPM, COL_NUMBER, 0, 1 },
    { "filler", DNP_K_FILLER, COL_NONE, 0, 0 },
    /* issue 10: a filler that introduces a time, whose bare hour it makes one ("kl. 8",
       "klukkan 15", "klo 8"): DNP_K_FILLER of value 1 */
    { "time_word", DNP_K_FILLER, COL_FIXED, 1, 1 },
    /* issue 10: a word that connects a clock time to the date before it ("dalle", "a partir
       de", "od"), and does nothing else: DNP_K_FILLER of value 2 (no bare hour after it) */
    { "time_link", DNP_K_FILLER, COL_FIXED, 2, 2 },
    { "year_mark", DNP_K_YEAR_MARK, COL_NONE, 0, 0 },
    { "month_mark", DNP_K_MONTH_MARK, COL_NONE, 0, 0 },
    { "day_mark", DNP_K_DAY_MARK, COL_NONE, 0, 0 },
    { "month_prefix", DNP_K_MONTH_PREFIX, COL_NONE, 0, 0 },
    { "hour_mark", DNP_K_HOUR_MARK, COL_NONE, 0, 0 },
    { "minute_mark", DNP_K_MINUTE_MARK, COL_NONE, 0, 0 },
    { "second_mark", DNP_K_SECOND_MARK, COL_NONE, 0, 0 },
    { "ordinal", DNP_K_ORDINAL, COL_NONE, 0, 0 },
    { "year_prefix", DNP_K_YEAR_PREFIX, COL_NONE, 0, 0 },
    { "day_prefix", DNP_K_DAY_PREFIX, COL_NONE, 0, 0 },
    { "rel_named", DNP_K_REL_NAMED, COL_UNIT_OFF, -4, 3 },
    { "rel_counted", DNP_K_REL_NAMED, COL_UNIT_CNT, -4, 3 },
    { "rel_unit", DNP_K_REL_UNIT, COL_UNIT, 0, 0 },
    { "rel_past", DNP_K_REL_PAST, COL_SIDE, 0, 0 },
    { "rel_future", DNP_K_REL_FUTURE, COL_SIDE, 0, 0 },
    { "rel_number", DNP_K_REL_NUMBER, COL_NUMBER, 1, 99 },
    { "rel_about", DNP_K_REL_ABOUT, COL_NONE, 0, 0 },
    { "not_date", DNP_K_NOT_DATE, COL_NONE, 0, 0 },
    { "weekday_cue", DNP_K_WEEKDAY_CUE, COL_NUMBER, 1, 3 }, /* issue 10: DNP_CUE_* */
    /* weekdir: a past word that keeps a weekday of its sentence back (DNP_CUE_PAST) */
    { "weekday_past", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_PAST, 0 },
    /* issue 10: which month a month named without a year is: "next March", "mars dernier"
       (DNP_CUE_MONTH_*, scan.c) */
    { "month_last_before", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH(-1, 0), 0 },
    { "month_this_before", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH(0, 0), 0 },
    { "month_next_before", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH(1, 0), 0 },
    { "month_last_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH(-1, 1), 0 },
    { "month_next_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH(1, 1), 0 },
    /* issue 10: words that say a four-digit number of running text is a year alone
       (DNP_CUE_YEAR_*, page.c): "in", "el", "óta", "-ban" */
    { "year_before", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_BEFORE, 0 },
    { "year_in", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_IN, 0 },
    { "year_from", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_FROM, 0 },
    { "year_to", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_TO, 0 },
    { "year_article", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_ARTICLE, 0 },
    { "year_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_AFTER, 0 },
    { "year_suffix", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_SUFFIX, 0 },
    { "year_between", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_BETWEEN, 0 },
    /* miss21: a function word after a year, a verb before one, a "since" before an article
       (DNP_CUE_YEAR_THEN, _VERB, _SINCE, page.c) */
    { "year_then", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_THEN, 0 },
    { "year_verb", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_VERB, 0 },
    { "year_since", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_SINCE, 0 },
    /* years27: "and" glued before the next word (DNP_CUE_YEAR_AND, page.c) */
    { "year_and", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_AND, 0 },
    /* b33as: a listing's noun after a month alone (DNP_CUE_MONTH_LISTING, page.c) */
    { "month_listing", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_MONTH_LISTING, 0 },
    /* issue 10: a year mark after which a three-digit year is the ROC's (DNP_CUE_ROC_YEAR,
       page.c) */
    { "roc_year_mark", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_ROC_YEAR, 0 },
    /* issue 10: a word before an hour counted from dawn (DNP_CUE_DAWN_CLOCK, clock.c) */
    { "dawn_clock", DNP_K_WEEKDAY_CUE, COL_DAWN, 0, 23 },
    /* issue 10: an ending of the noun before a counted phrase ("joʻnash-dan 24 soat oldin") */
    { "rel_from_suffix", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_REL_FROM, 0 },
    /* issue 10: a common word that another language writes as a named day ("hier") */
    { "ordinary", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_ORDINARY, 0 },
    /* issue 11: made by calendars.c from ICU; issue 10: forms CLDR lacks ("ذي القعدة", the
       genitive of "ذو القعدة") */
    { "cal_month", DNP_K_CAL_MONTH, COL_CAL, 1, 13 },
    /* issue 10: a word between a range's two ends (DNP_CUE_RANGE_LINK, numeric.c) */
    { "range_link", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_RANGE_LINK, 0 },
    /* issue 10: a street's word before or after a date that names it (DNP_CUE_STREET*,
       page.c) */
    { "street", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_STREET, 0 },
    { "street_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_STREET_AFTER, 0 },
    /* issue 10: the moment a counted phrase after it dates (DNP_CUE_REL_EVENT, scan.c) */
    { "rel_event", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_REL_EVENT, 0 },
    /* b21fix: a word before a day alone that says which one it is (DNP_CUE_DAY_*, marks.c) */
    { "day_past", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_DAY_PAST, 0 },
    { "day_next", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_DAY_NEXT, 0 },
    /* b25fix: a word right after a year that makes it a model year (DNP_CUE_YEAR_MODEL,
       page.c) */
    { "year_model", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_YEAR_MODEL, 0 },
    /* b25fix: a comparison's word before a relative phrase (DNP_CUE_REL_THAN, qualify.c) */
    { "rel_than", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_REL_THAN, 0 },
    /* weeks: a word before a week's number, one after its ordinal, a word that makes the
       number an ordinal (DNP_CUE_WEEK_*, weeknum.c) */
    { "week_before", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_WEEK_BEFORE, 0 },
    { "week_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_WEEK_AFTER, 0 },
    { "week_ordinal", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_WEEK_ORDINAL, 0 },
    /* reldir: a word before a named period that makes it vague (DNP_CUE_REL_VAGUE,
       qualify.c) */
    { "rel_vague", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_REL_VAGUE, 0 },
    /* reldir: a word after a named day that makes it its homonym (DNP_CUE_REL_HOMONYM) */
    { "rel_homonym_after", DNP_K_WEEKDAY_CUE, COL_FIXED, DNP_CUE_REL_HOMONYM, 0 },
    /* issue 11: made by calendars.c from ICU; rangeyear: era names ICU lacks (Amharic
       "ዓ.ም", Amete Mihret of the Ethiopian calendar: ICU's am has only "ERA1") */
    { "cal_era", DNP_K_CAL_ERA, COL_CAL_ERA, 0, 0 },
    { "rel_pat_before", DNP_K_REL_PAT_BEFORE, COL_LEXGEN, 0, 0 },
    { "rel_pat_after", DNP_K_REL_PAT_AFTER, COL_LEXGEN, 0, 0 },
    { "rel_and", DNP_K_REL_AND, COL_LEXGEN, 0, 0 },
    /* issue 8: made by dayperiods.c from ICU only */
    { "day_period", DNP_K_DAY_PERIOD, COL_LEXGEN, 0, 0 },
    /* issue 8: a name of one hour of the day, noon or midnight, that ICU's day periods lack
       ("midnight", "Mitternacht", "minuit"): a DNP_K_DAY_PERIOD of that hour alone */
    { "day_point", DNP_K_DAY_PERIOD, COL_HOUR, 0, 12 },
    { "zone", DNP_K_ZONE, COL_LEXGEN, 0, 0 }, /* zones.c, from ICU and locales/zones.tsv */
    { "risky", 0, COL_NONE, 0, 0 },
};
#define NKINDS (sizeof kinds / sizeof *kinds)

/* The relative units by DNP_RU_* code. */
static const char *const units[] = {
    NULL, "year", "quarter", "month", "week", "day", "hour", "minute", "second",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

risky_rec *riskies;
size_t nriskies;

const char *kind_name(int kind)
{
    for (size_t k = 0; k < NKINDS; k++)
        if (kinds[k].kind == kind && kind != 0)
            return kinds[k].name;
    die("kind %d has no name in supplements.c's table", kind);
}

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

/* Reads the value columns of a line of kind k (f[0] is the kind): sets *value and returns
   the index of the first name. A bad value stops lexgen with the file and line. */
static int read_value(size_t k, char **f, int nf, const char *where, int *value)
{
    char *end;
    int u = 0;
    switch (kinds[k].cols) {
    case COL_NUMBER:
    case COL_DAWN: {
        long v = nf > 1 ? strtol(f[1], &end, 10) : -1;
        if (nf < 2 || *end || v < kinds[k].min || v > kinds[k].max)
            die("%s: %s needs a value %d..%d", where, f[0], kinds[k].min, kinds[k].max);
        *value = kinds[k].cols == COL_DAWN ? DNP_CUE_DAWN_CLOCK((int)v) : (int)v;
        return 2;
    }
    case COL_UNIT:
    case COL_UNIT_OFF:
    case COL_UNIT_CNT:
        for (int i = 1; i < (int)(sizeof units / sizeof *units) && nf > 1; i++)
            if (strcmp(f[1], units[i]) == 0)
                u = i;
        if (!u)
            die("%s: %s needs a unit (year .. second, monday .. sunday)", where, f[0]);
        *value = u;
        if (kinds[k].cols == COL_UNIT)
            return 2;
        long off = nf > 2 ? strtol(f[2], &end, 10) : 99;
        if (nf < 3 || *end || off < kinds[k].min || off > kinds[k].max)
            die("%s: %s needs an offset %d..%d", where, f[0], kinds[k].min, kinds[k].max);
        if (kinds[k].cols == COL_UNIT_CNT && (u >= DNP_RU_MONDAY || u == DNP_RU_QUARTER || !off))
            die("%s: %s needs a unit year .. second but quarter, and a count", where, f[0]);
        *value = DNP_RN_MAKE(u, (int)off, (u >= DNP_RU_MONDAY && off == 0) ||
                                              kinds[k].cols == COL_UNIT_CNT);
        return 3;
    case COL_SIDE:
        if (nf < 2 || (strcmp(f[1], "before") && strcmp(f[1], "after")))
            die("%s: %s needs 'before' or 'after' (the number)", where, f[0]);
        *value = f[1][0] == 'b' ? DNP_RP_BEFORE : DNP_RP_AFTER;
        return 2;
    case COL_HOUR: {
        long v = nf > 1 ? strtol(f[1], &end, 10) : -1;
        if (nf < 2 || *end || (v != kinds[k].min && v != kinds[k].max))
            die("%s: %s needs the hour %d or %d", where, f[0], kinds[k].min, kinds[k].max);
        *value = mask_index(1u << v);
        return 2;
    }
    case COL_FIXED:
        *value = kinds[k].min;
        return 1;
    case COL_CAL_ERA: {
        int cal = nf > 1 ? dn_calendar_from_name(f[1]) : -1;
        long v = nf > 2 ? strtol(f[2], &end, 10) : -1;
        int idx = cal > DN_CAL_GREGORIAN && nf >= 3 && !*end ? cal_era_index(cal, (int)v) : -1;
        if (idx < 0)
            die("%s: %s needs a calendar (ICU's name) and an era of it ICU uses between 1800 "
                "and 2200", where, f[0]);
        *value = idx;
        return 3;
    }
    case COL_CAL: {
        int cal = nf > 1 ? dn_calendar_from_name(f[1]) : -1;
        long v = nf > 2 ? strtol(f[2], &end, 10) : -1;
        if (cal <= DN_CAL_GREGORIAN || nf < 3 || *end || v < kinds[k].min || v > kinds[k].max)
            die("%s: %s needs a calendar (ICU's name: islamic, persian, hebrew...) and a month "
                "%d..%d", where, f[0], kinds[k].min, kinds[k].max);
        *value = DNP_CALM_MAKE(cal, (int)v);
        return 3;
    }
    default:
        *value = 0;
        return 1;
    }
}

/* One line, split into fields; its entries are kept when keep is true. */
/* issue 10: "suffix month|weekday|day_period DROP SUFFIX...": each wide CLDR name of that kind in the
   file's language that ends with DROP ("-": any name), DROP taken off, followed by each
   SUFFIX, is a name of the same meaning: "suffix month ი ს ში" makes Georgian
   "დეკემბერი" "დეკემბერს", "დეკემბერში"; "suffix month - n ren" Basque "urria" "urrian",
   "urriaren". cldr.c's add_symbols applies them (add_suffixed). */
typedef struct {
    int lang, kind;
    char drop[32], suffix[64];
} suffix_rule;
static suffix_rule *suffixes;
static size_t nsuffixes;

static void read_suffix(char **f, int nf, int lang, bool keep, const char *where)
{
    if (nf < 4)
        die("%s: suffix needs a kind, a drop and suffixes", where);
    int kind = strcmp(f[1], "month") == 0 ? DNP_K_MONTH
             : strcmp(f[1], "weekday") == 0 ? DNP_K_WEEKDAY
             : strcmp(f[1], "day_period") == 0 ? DNP_K_DAY_PERIOD
             : strcmp(f[1], "rel_named") == 0 ? DNP_K_REL_NAMED
             : strcmp(f[1], "rel_after") == 0 ? DNP_K_REL_PAT_AFTER : -1;
    if (kind < 0)
        die("%s: suffix kind '%s' is not month, weekday, day_period, rel_named nor rel_after",
            where, f[1]);
    const char *drop = strcmp(f[2], "-") == 0 ? "" : f[2];
    stats.supp_lines++;
    for (int i = 3; i < nf && keep; i++) {
        if (strlen(drop) >= sizeof suffixes->drop || strlen(f[i]) >= sizeof suffixes->suffix)
            die("%s: suffix too long", where);
        suffixes = xrealloc(suffixes, (nsuffixes + 1) * sizeof *suffixes);
        suffix_rule *r = &suffixes[nsuffixes++];
        r->lang = lang, r->kind = kind;
        strcpy(r->drop, drop);
        strcpy(r->suffix, strcmp(f[i], "-") == 0 ? "" : f[i]); /* "-": the stem alone */
    }
}

/* issue 10: a pattern's words after the count with a suffix of the language after them
   ("suffix rel_after - 에 에도": Korean "3일 전에", three days ago, with a particle). */
void add_run_suffixed(const keyrun *r, int lang, int kind, int value, int flags)
{
    for (size_t k = 0; k < nsuffixes; k++) {
        const suffix_rule *s = &suffixes[k];
        size_t dl = strlen(s->drop), sl = strlen(s->suffix);
        if (s->lang != lang || s->kind != kind || r->nwords < 1 || r->len < dl ||
            memcmp(r->key + r->len - dl, s->drop, dl) != 0 || r->len - dl + sl >= KEY_MAX)
            continue;
        keyrun x = *r;
        memcpy(x.key + r->len - dl, s->suffix, sl);
        x.len = r->len - dl + sl;
        x.ends[x.nwords - 1] = x.len;
        add_run(&x, lang, kind, value, flags | DNP_MF_SUPPLEMENT);
    }
}

void add_suffixed(const char *s, size_t n, int lang, int kind, int value, int flags)
{
    for (size_t k = 0; k < nsuffixes; k++) {
        const suffix_rule *r = &suffixes[k];
        if (r->lang != lang || r->kind != kind)
            continue;
        size_t dl = strlen(r->drop), sl = strlen(r->suffix);
        if (n < dl || memcmp(s + n - dl, r->drop, dl) != 0)
            continue;
        size_t stem = n - dl;
        if (stem == 0 || stem + sl >= KEY_MAX)
            continue;
        char buf[KEY_MAX];
        memcpy(buf, s, stem);
        memcpy(buf + stem, r->suffix, sl);
        add_name(buf, stem + sl, lang, kind, value, flags | DNP_MF_SUPPLEMENT);
    }
}

/* issue 10: "day_period_like NAME ALIAS...": each ALIAS is a day period of the file's
   language with the hours of its CLDR day period NAME (written as ICU formats it), which
   CLDR lacks: Marathi "सायं." and "सायंकाळी" beside CLDR's "संध्याकाळ" (evening).
   dayperiods.c applies them (add_period_aliases). */
typedef struct {
    int lang;
    char name[64], alias[64];
} period_alias;
static period_alias *period_aliases;
static size_t nperiod_aliases;

static void read_period_alias(char **f, int nf, int lang, bool keep, const char *where)
{
    if (nf < 3)
        die("%s: day_period_like needs a CLDR day period and aliases", where);
    stats.supp_lines++;
    for (int i = 2; i < nf && keep; i++) {
        if (strlen(f[1]) >= sizeof period_aliases->name ||
            strlen(f[i]) >= sizeof period_aliases->alias)
            die("%s: day_period_like name too long", where);
        period_aliases = xrealloc(period_aliases, (nperiod_aliases + 1) * sizeof *period_aliases);
        period_alias *a = &period_aliases[nperiod_aliases++];
        a->lang = lang;
        strcpy(a->name, f[1]);
        strcpy(a->alias, f[i]);
    }
}

void add_period_aliases(const char *s, size_t n, int lang, int value, int flags)
{
    for (size_t k = 0; k < nperiod_aliases; k++) {
        const period_alias *a = &period_aliases[k];
        if (a->lang == lang && strlen(a->name) == n && memcmp(a->name, s, n) == 0)
            add_name(a->alias, strlen(a->alias), lang, DNP_K_DAY_PERIOD, value,
                     flags | DNP_MF_SUPPLEMENT);
    }
}

/* issue 10: "zone_format FORMAT...": a way the language writes "the time of {0}" that CLDR's
   regionFormat lacks (French "heure de {0}" beside CLDR's label "heure : {0}", Arabic
   "بتوقيت {0}" with its glued preposition): zones.c reads each as a location format of the
   generic type, with every place ("heure de Paris", "بتوقيت القاهرة"). */
static zone_fmt *zone_fmts;
static size_t nzone_fmts;

static void read_zone_format(char **f, int nf, int lang, bool keep, const char *where)
{
    if (nf < 2)
        die("%s: zone_format needs formats with {0}", where);
    stats.supp_lines++;
    for (int i = 1; i < nf; i++) {
        const char *ph = strstr(f[i], "{0}");
        if (!ph || strstr(ph + 3, "{0}") || strlen(f[i]) == 3)
            die("%s: zone_format '%s' needs {0} once and words beside it", where, f[i]);
        if (strlen(f[i]) >= sizeof zone_fmts->fmt)
            die("%s: zone_format too long", where);
        for (const char *c = f[i]; *c; c++)
            if (*c >= '0' && *c <= '9' && !(c > f[i] && c[-1] == '{' && c[1] == '}'))
                die("%s: zone_format '%s' holds a digit", where, f[i]);
        if (!keep)
            continue;
        zone_fmts = xrealloc(zone_fmts, (nzone_fmts + 1) * sizeof *zone_fmts);
        zone_fmts[nzone_fmts].lang = lang;
        strcpy(zone_fmts[nzone_fmts].fmt, f[i]);
        nzone_fmts++;
    }
}

const zone_fmt *supplement_zone_formats(size_t *n)
{
    *n = nzone_fmts;
    return zone_fmts;
}

/* rangeyear: "rel_pattern UNIT past|future BEFORE AFTER": a counted pattern CLDR lacks, the
   words before the count and after it ("-": none; not both), as lexgen reads CLDR's
   ("rel_pattern hour past wákàtí sẹ́yìn": Yoruba "wákàtí 5 sẹ́yìn", 5 hours ago, the unit
   before the count). */
static void read_rel_pattern(char **f, int nf, int lang, bool keep, const char *where)
{
    int u = 0;
    for (int i = 1; i < (int)(sizeof units / sizeof *units) && nf > 1; i++)
        if (strcmp(f[1], units[i]) == 0)
            u = i;
    if (nf != 5 || !u || u >= DNP_RU_MONDAY || u == DNP_RU_QUARTER ||
        (strcmp(f[2], "past") && strcmp(f[2], "future")) ||
        (strcmp(f[3], "-") == 0 && strcmp(f[4], "-") == 0))
        die("%s: rel_pattern needs a unit (year .. second), past or future, the words before "
            "the count and those after it ('-': none)", where);
    bool future = f[2][0] == 'f', before = strcmp(f[3], "-") != 0, after = strcmp(f[4], "-") != 0;
    stats.supp_lines++;
    for (int side = 0; side < 2; side++) {
        if (!(side ? after : before))
            continue;
        parsed_name pn;
        int flags = supp_name(where, f[3 + side], &pn);
        if (keep)
            add_run(&pn.run[0], lang, side ? DNP_K_REL_PAT_AFTER : DNP_K_REL_PAT_BEFORE,
                    DNP_RPAT_MAKE(u, future, side ? before : after, false), flags);
    }
}

static void read_line(char **f, int nf, int lang, bool keep, const char *where)
{
    if (strcmp(f[0], "rel_pattern") == 0) {
        read_rel_pattern(f, nf, lang, keep, where);
        return;
    }
    if (strcmp(f[0], "zone_format") == 0) {
        read_zone_format(f, nf, lang, keep, where);
        return;
    }
    if (strcmp(f[0], "suffix") == 0) {
        read_suffix(f, nf, lang, keep, where);
        return;
    }
    if (strcmp(f[0], "day_period_like") == 0) {
        read_period_alias(f, nf, lang, keep, where);
        return;
    }
    size_t k = 0;
    while (k < NKINDS && (strcmp(kinds[k].name, f[0]) || kinds[k].cols == COL_LEXGEN))
        k++;
    if (k == NKINDS)
        die("%s: unknown kind '%s'", where, f[0]);
    int value;
    int first = read_value(k, f, nf, where, &value);
    if (first >= nf)
        die("%s: no names", where);
    stats.supp_lines++;
    for (int i = first; i < nf; i++) {
        parsed_name pn;
        int flags = supp_name(where, f[i], &pn);
        if (!keep)
            continue;
        if (kinds[k].kind == 0) {
            riskies = xrealloc(riskies, (nriskies + 1) * sizeof *riskies);
            risky_rec *rr = &riskies[nriskies++];
            memcpy(rr->key, pn.run[0].key, pn.run[0].len);
            rr->len = pn.run[0].len;
            rr->lang = lang;
            memcpy(rr->where, where, sizeof rr->where);
            continue;
        }
        if ((kinds[k].kind == DNP_K_MONTH || kinds[k].kind == DNP_K_WEEKDAY) &&
            dnp_word_marked(f[i], strlen(f[i])))
            flags |= DNP_MF_MARKED;
        add_run(&pn.run[0], lang, kinds[k].kind, value,
                flags | named_form(f[i], strlen(f[i]), &pn.run[0], kinds[k].kind));
    }
}

/* One LANG.txt: LANG must be an ICU language. */
static void read_supplement(const char *dir, const char *file, const bool *only)
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
        read_line(f, nf, lang, !only || only[lang], where);
    }
    if (ferror(fp))
        die("%s: read error", path);
    fclose(fp);
}

void read_supplements(const char *dir, const bool *only)
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
        read_supplement(dir, files[i], only);
        free(files[i]);
    }
    free(files);
}
