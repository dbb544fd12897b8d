/*
 * lexgen.h: what the files of the lexicon generator (tools/lexgen/) share. The program reads
 * CLDR's date words from ICU and the supplements of locales/, and writes lib/lexicon-data.c
 * (the tables lib/internal.h declares). Its parts, in the order main.c runs them:
 *     main.c         the command line, the order of the steps, errors and allocation
 *     keys.c         names -> keys: the library's tokenizer and folding, the raw entries
 *     supplements.c  locales/LANG.txt, with the one table of entry kinds
 *     cldr.c         ICU's locales and languages, names, speaker counts; a locale's walk
 *     patterns.c     the words of a locale's date and time patterns
 *     relative.c     the relative phrases of ureldatefmt
 *     numwords.c     counts written as words, from ICU's spell-out rules
 *     merge.c        sorting the entries into keys and meanings, the risk rules
 *     emit.c         the C table (or --list); the month summaries come from lib/monthsum.c
 * Cross-file names here are plain (this is a program, not a library); file-local ones are
 * static.
 */
#ifndef DATENORM_LEXGEN_H
#define DATENORM_LEXGEN_H

#include "internal.h"

#include <unicode/udat.h>

/* ---- main.c: errors and allocation ------------------------------------------------------ */

/* Prints "lexgen: MESSAGE" on stderr and exits with status 1. */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
int cmp_str(const void *a, const void *b); /* qsort of char * (or of structs led by one) */

/* What the run saw, printed with LEXGEN_STATS=1. */
extern struct lexgen_stats {
    unsigned long names, skipped_long, skipped_digits, skipped_root, digit_months, glued;
    unsigned long supp_lines, supp_names, risky_filler;
    unsigned long rel_named, rel_counted, rel_weekof, rel_patterns;
    unsigned long day_periods; /* issue 8 */
    unsigned long num_words;
} stats;

/* ---- keys.c: raw entries and the keys of names ----------------------------------------- */

/* One (key, meaning) pair, merged with its equals after sorting (merge.c). */
typedef struct {
    uint32_t str; /* offset in the arena */
    uint16_t len;
    uint16_t lang;
    uint8_t kind, value, flags;
} entry;

extern char *arena; /* the key bytes of every entry */
extern entry *ents;
extern size_t nents;

void add_entry(const char *key, size_t len, int lang, int kind, int value, int flags);

#define KEY_MAX 512
#define KEY_WORDS 24

/* One run of words with no number inside: the key bytes and where each word ends, so that
   every proper prefix of a multi-word key can get its DNP_K_PREFIX meaning. */
typedef struct {
    char key[KEY_MAX];
    size_t len;
    size_t ends[KEY_WORDS];
    int nwords;
    int nums_before; /* numbers of the name standing before this run */
} keyrun;

typedef struct {
    keyrun run[4];
    int nrun;
    int nnum;
} parsed_name;

/* Tokenizes a name as the parser tokenizes text (keys.c says how); false when a word or the
   name is too long to ever match. */
bool parse_name(const char *s, size_t n, parsed_name *pn);
/* Adds a run's key and a DNP_K_PREFIX entry for each proper prefix of it. */
void add_run(const keyrun *r, int lang, int kind, int value, int flags);
/* supplements.c: add_run of the key with each suffix locales/ gives its kind ("suffix rel_after") */
void add_run_suffixed(const keyrun *r, int lang, int kind, int value, int flags);
/* Whether the run is one letter (not CJK): such a name is risky in any language. */
bool one_letter(const keyrun *r);
int named_form(const char *s, size_t n, const keyrun *r, int kind);
/* Adds a CLDR name (with its plain-keyboard spellings, and the prefix/mark words of a month
   name that holds digits). */
void add_name(const char *s, size_t n, int lang, int kind, int value, int flags);
/* issue 10: the inflected forms of a CLDR month or weekday name that locales/ "suffix" lines
   give for its language ("დეკემბერი" -> "დეკემბერს", "დეკემბერში"; supplements.c), each
   added with add_name. */
void add_suffixed(const char *s, size_t n, int lang, int kind, int value, int flags);
void add_period_aliases(const char *s, size_t n, int lang, int value, int flags);
/* issue 10: locales/ "zone_format" lines: a language's "time of {0}" that CLDR lacks
   ("heure de {0}", "بتوقيت {0}"), read by zones.c with CLDR's regionFormat */
typedef struct {
    int lang;
    char fmt[128];
} zone_fmt;
const zone_fmt *supplement_zone_formats(size_t *n);
/* UTF-16 -> a malloc'ed UTF-8 string ("" when it does not convert). */
char *to_utf8(const UChar *u, int32_t n);

/* ---- cldr.c: ICU's locales and languages, and a locale's names --------------------------- */

typedef struct {
    char *code;
    uint8_t short_order, long_order;
    uint8_t md_order; /* issue 10: a day and month without a year (the Md skeleton) */
    double speakers; /* from CLDR territoryInfo */
} lang_rec;

typedef struct {
    char *name;
    int lang;
    uint8_t short_order, long_order, gregorian;
    uint8_t ymd_order; /* of the yMd skeleton: may differ from SHORT (ky: d/M/yy, y-dd-MM) */
    uint8_t calendar;  /* the default calendar (dn_calendar; 0 for one datenorm does not read) */
    int32_t digit_zero; /* the zero of its default numbering system's digits; '0' for Latin */
} locale_rec;

extern lang_rec *langs; /* sorted by code */
extern int nlangs;
extern locale_rec *locs; /* sorted by name */
extern int nlocs;

/* The locale list and the languages it names (fast: no locale data is read). */
void read_locale_list(void);
int lang_index(const char *code); /* index in langs, or -1 */
/* Reads the words of every locale whose language is in only[] (every locale when only is
   NULL), and each language's numeric orders and speakers. */
void read_icu(const bool *only);

/* The name lists of a locale, as udat_getSymbols gives them. */
enum {
    S_MON, S_MON_ABBR, S_MON_SA, S_MON_SA_ABBR,
    S_WD, S_WD_ABBR, S_WD_SHORT, S_WD_SA, S_WD_SA_ABBR, S_WD_SA_SHORT,
    S_ERA, S_ERA_WIDE, S_AMPM, S_COUNT
};

typedef struct {
    UDateFormatSymbolType type;
    uint8_t kind, flags;
} symbol_list;
extern const symbol_list symtab[S_COUNT];

typedef struct {
    char *name[S_COUNT][13]; /* UTF-8; weekdays indexed as ICU does: 1 = Sunday .. 7 */
    int n[S_COUNT];
} symbols;

/* The lexicon's value of name i of list k (ISO weekdays, months 1..12). */
int symbol_value(int k, int i);

/* ---- patterns.c: the words of date and time patterns ------------------------------------- */

enum { PT_DATE, PT_TIME, PT_GLUE };
/* Adds the marks, prefixes and fillers of one pattern, and the names glued to its words. */
void read_pattern(const UChar *pat, int32_t n, int type, const symbols *sy, int lang);
/* DNP_ORD_* of a pattern. */
uint8_t pattern_order(const UChar *pat, int32_t n);
uint8_t day_month_order(const UChar *pat, int32_t n);
/* The pattern of a date and/or time style, into buf; its length, or 0. */
int32_t get_pattern(UDateFormatStyle tstyle, UDateFormatStyle dstyle, const char *loc,
                    UChar *buf, int32_t cap);

/* ---- relative.c: CLDR's relative phrases -------------------------------------------------- */

void read_relative(const locale_rec *lr);
/* relforms.c: the count 1 of a past counted phrase (its text s, n) without the number, kept
   as a named phrase where the language writes it so ("час назад"). */
void rel_bare_one(int lang, const UChar *s, int32_t n, int unit, int off, int flags);
/* relforms.c: a decimal count in s ("1,5", "1.5", "١٫٥") made one digit, for the patterns to
   split around it; the new length, or -1 when s holds no such count. */
int32_t rel_one_number(UChar *s, int32_t n);
/* relforms.c: the modifier-letter apostrophes of s (ʻ U+02BB, ʼ U+02BC) made ASCII's, as a
   plain keyboard types them (add_name does so for names); whether there was one. */
bool rel_plain_apostrophes(UChar *s, int32_t n);

/* ---- dayperiods.c: CLDR's day periods (issue 8) ---------------------------------------- */

/* Adds the day-period names of a locale (sy: its am/pm names, which are not day periods). */
void read_day_periods(const locale_rec *lr, const symbols *sy);
/* dayperiods.c: the index of an hour mask in the table of day periods (a DNP_K_DAY_PERIOD
   meaning's value), added when new (supplements.c's day_point) */
int mask_index(uint32_t mask);
/* Writes dnp_day_periods; returns the bytes of the table. */
size_t write_day_periods(void);

/* ---- numwords.c: counts written as words, from ICU's spell-out rules ---------------------- */

/* Adds the spelled-out counts of the locale's language (once a language). */
void read_number_words(const locale_rec *lr);

/* ---- calendars.c: the calendars other than the Gregorian (issue 11) ----------------------- */

/* Reads the eras and year tables of every calendar datenorm converts, and the month and
   era names of every locale whose language is in only[] (all when NULL). */
void read_cal_tables(void);
int cal_era_index(int cal, int era);
void read_calendars(const bool *only);
/* Writes dnp_cal_eras, dnp_cal_years and dnp_cal_spans; returns the bytes of the tables. */
size_t write_calendars(void);

/* ---- supplements.c: locales/LANG.txt ----------------------------------------------------- */

/* Reads and checks every LANG.txt of dir (needs only read_locale_list); the first error
   stops the program with the file and line. Keeps the entries of the languages in only[]
   (all when only is NULL). */
void read_supplements(const char *dir, const bool *only);
/* The name of a kind, as the supplements and --list write it. */
const char *kind_name(int kind);

/* A "risky" line: applied after the merge to the key's name meanings in that language. */
typedef struct {
    char key[KEY_MAX];
    size_t len;
    int lang;
    char where[300];
} risky_rec;
extern risky_rec *riskies;
extern size_t nriskies;

/* ---- merge.c: keys and meanings ---------------------------------------------------------- */

typedef struct {
    uint32_t str; /* offset in the arena; emit.c makes it the offset in dnp_lex_strings */
    uint16_t len;
    uint32_t first, n; /* meanings */
} outkey;

extern outkey *keys;
extern uint32_t nkeys;
extern dnp_meaning *means;
extern uint32_t nmeans;

void merge(void);

/* ---- zones.c: time-zone names (issue 9) ------------------------------------------------ */

/* Reads every locale's zone names, the IANA ids and DIR/zones.tsv into zone records (a
   table of their own, outside the lexicon's keys). */
void read_zones(const char *dir, const bool *only);
/* Sorts the records by name, drops duplicates, makes the record sets. */
void resolve_zones(void);
/* Writes dnp_zone_ids, dnp_zone_recs and the front-coded names; returns their bytes. */
size_t write_zones(void);

/* ---- relative.c: the spellings of named phrases kept apart (issue 8) -------------------- */

/* Writes dnp_rel_spellings; returns its bytes. */
size_t write_rel_spellings(void);

/* ---- emit.c ------------------------------------------------------------------------------- */

void list_meanings(void);
void write_c(void);
/* Bytes as the body of a C string literal (octal escapes for all but printable ASCII). */
void put_c_bytes(const char *s, size_t n);

#endif
