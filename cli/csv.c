/*
 * csv.c: `datenorm csv`, the conversion of the date columns of a CSV file (DESIGN.md, "CSV
 * mode, in detail"). Reading and writing bytes is csvread.c's job; this file decides which
 * columns hold dates and how to read them, and rewrites the cells it converts.
 *
 * The model: output = input with some cell spans replaced. Each record is copied from the
 * reader's buffer to the writer's, and only the raw span of a converted cell (quotes
 * included) is swapped for its ISO text (quoted again when the cell was quoted). Nothing
 * else is rebuilt, so delimiters, quoting, CR/LF, a BOM, blank lines and ragged rows come
 * out exactly as they went in.
 *
 * Inference happens on a window: the first WINDOW_RECORDS records or WINDOW_BYTES bytes,
 * held in memory by the reader's mark. From it come the date columns (unless --columns
 * names them) and, per column, the order of all-numeric dates and the likely locales. When
 * a column's window holds only ambiguous numeric dates (05/06/2015) and the input goes on,
 * a regular file is read a second time: a cheap first pass over the rest collects the
 * day/month evidence, then the file is converted from its start. A pipe cannot be read
 * twice: the window's decision stands (--order, else the locale's order) and the summary
 * warns when a later cell proves the other order. One parser is built per (order, locales)
 * pair in use; every cell of a column goes through its column's parser, with a small
 * per-column cache because real date columns repeat their values.
 *
 * It does not re-quote, re-encode or normalize anything it does not convert, and it does
 * not convert a cell unless the date found covers the whole cell (bar blanks and
 * punctuation): a cell such as "22/11/2015 approx." is kept rather than cut short.
 */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "common.h"
#include "csv.h"
#include "csvread.h"

#define WINDOW_RECORDS 1000
#define WINDOW_BYTES ((size_t)8 << 20)
#define MAX_CELL 512          /* a longer cell is never taken for a date */
#define MAX_DETECT_COLS 4096  /* columns examined when detecting */
#define MIN_CONFIDENCE 0.5f   /* a detected date column's cells must reach it */
#define NLOC 8                /* locales counted per column */
#define MAX_HINTS 3           /* inferred locales handed to a column's parser */
#define CACHE_SLOTS 65536     /* per column, a power of two: 4 MB (see cache_budget) */
#define CACHE_KEY 28          /* longer cells are parsed every time */
#define CACHE_VAL 28          /* longer results (fractions) are not cached */
#define CACHE_BUDGET ((size_t)24 << 20) /* all columns' caches together */
#define OUT_BUFFER ((size_t)1 << 20)

enum { ON_ERROR_KEEP, ON_ERROR_EMPTY, ON_ERROR_FAIL };

/* What a cell turned out to be. */
enum { CELL_EMPTY, CELL_NULL, CELL_DATE, CELL_NUMBER, CELL_WORDS, CELL_OTHER };

typedef struct {
    char loc[24];
    uint64_t n;
} loc_count;

/* What the cells of one column said. */
typedef struct {
    uint64_t n_date, n_number, n_words, n_other, n_empty;
    uint64_t dmy_only, mdy_only, both;
    uint64_t dmy_line, mdy_line; /* first line proving each order */
    loc_count locs[NLOC];
} evidence;

/* One cache line: a look-up touches exactly one line of a table too big for the CPU's
   caches, which is what a cache hit costs. */
typedef struct {
    uint32_t hash;
    uint8_t klen; /* 0 = empty slot (empty cells are never cached) */
    uint8_t vlen;
    uint8_t kind; /* CELL_* */
    uint8_t pad;
    char key[CACHE_KEY];
    char val[CACHE_VAL];
} cache_entry;
_Static_assert(sizeof(cache_entry) == 64, "a cache entry is one 64-byte line");

typedef struct {
    size_t index;   /* 0-based field */
    char name[72];  /* for messages: the header name (cut), or "" */
    evidence ev;
    dn_order order;
    int how;         /* CSV_ORDER_* */
    bool assumed;    /* UNSETTLED on an input that could not be read twice */
    bool scanned;    /* the evidence covers the whole file (second pass) */
    char locales[MAX_HINTS * 25]; /* hints given to the parser, "" = none */
    dn_parser *parser;
    uint64_t converted, kept, empty;
    uint64_t late_line; /* pipe: first line proving the order not chosen */
    cache_entry *cache;  /* cache_mem aligned to a cache line */
    void *cache_mem;     /* calloc'ed: pages never touched cost no memory */
    uint32_t cache_mask; /* slots - 1 */
} column;

typedef struct {
    /* options */
    const char *path;
    const char *columns_arg;
    bool no_header;
    char delim; /* 0 = detect */
    const char *locale;
    const char *now;
    const char *zone;
    dn_style style;
    dn_order order;
    int on_error;
    const char *suffix;
    const char *encoding;
    bool quiet;

    /* input and output */
    int fd;
    const char *in_name;
    off_t start_off; /* where a second pass starts; -1 = the input cannot be read twice */
    csv_reader *rd;
    csv_writer out;
    UConverter *cnv; /* NULL = UTF-8 */
    char suffix_enc[256];
    size_t suffix_len;

    dn_context ctx;
    dn_parser *base;
    dn_parser **parsers; /* every parser built, for freeing: at most two per column */
    size_t nparsers;

    column *cols; /* the date columns, sorted by index */
    size_t ncols;

    /* header names, decoded to UTF-8, NUL-separated */
    char *hblob;
    size_t *hoff;
    size_t nheader;

    bool progress;
    struct timespec t0, tlast;

    char cell[MAX_CELL];
    char utf8[MAX_CELL * 3 + 4];
    UChar ubuf[MAX_CELL + 2];
} run;

static const char usage_text[] =
    "Usage: datenorm csv [OPTIONS] [FILE]\n"
    "Convert the date columns of a CSV file (FILE, or standard input) to ISO 8601 on\n"
    "standard output. Every cell that is not converted, every delimiter, quote and line\n"
    "ending, a BOM, blank lines and ragged rows are written back byte for byte; a converted\n"
    "cell keeps its own quotes (\"Nov 22, 2015\" -> \"2015-11-22\").\n"
    "\n"
    "Options:\n"
    "  -c, --columns LIST    the columns to convert: header names and 1-based indices,\n"
    "                        comma-separated, mixed (Date,3,\"Date, shipped\"); a name with a\n"
    "                        comma or quote is written in double quotes, an unquoted number\n"
    "                        is an index. Default: the columns detected as dates\n"
    "      --no-header       the first row is data (--columns then takes indices only)\n"
    "  -d, --delimiter C     field delimiter: one character or 'tab' (default: detected\n"
    "                        from the head of the input among , ; TAB |)\n"
    "  -l, --locale LIST     locale hints in priority order (default: inferred per column)\n"
    "      --now INSTANT     reference instant for relative dates: ISO 8601 or Unix\n"
    "                        seconds (default: now)\n"
    "      --zone ZONE       the zone \"today\" is taken in (UTC, +05:30, Europe/Paris),\n"
    "                        as in line mode\n"
    "      --format STYLE    auto (default), date or datetime, as in line mode\n"
    "      --order ORDER     DMY, MDY or YMD for columns whose cells do not settle it\n"
    "                        (default: the column's locale, else DMY); a column with a\n"
    "                        cell that reads one way only (25/12/2015) uses that order\n"
    "      --on-error MODE   a non-empty cell of a date column that is not a date: keep\n"
    "                        (default) writes it unchanged, empty writes an empty cell,\n"
    "                        fail stops there with its line and column\n"
    "      --add-column SUF  keep each date column and insert the ISO value after it, in\n"
    "                        a new column whose header is the column's name + SUF\n"
    "      --encoding NAME   the input's encoding, any ICU converter (windows-1252,\n"
    "                        iso-8859-2, shift_jis; ASCII-compatible only). Cells are\n"
    "                        decoded to find dates; untouched bytes pass through as they\n"
    "                        are; ISO values are ASCII, the same bytes in such encodings\n"
    "  -q, --quiet           no summary and no progress line on standard error\n"
    "  -h, --help            print this help and exit\n"
    "\n"
    "Without --columns, a column is a date column when, in the first 1000 rows, most of\n"
    "its non-empty cells are dates covering the whole cell (plain numbers such as 42 or\n"
    "19.99 do not count). Per column, the order of all-numeric dates is decided by its\n"
    "cells (one 25/12/2015 makes it day-first) and the locale by its month names. When the\n"
    "first 1000 rows hold only ambiguous dates (05/06/2015), a regular file is read twice\n"
    "(the first pass collects evidence); a pipe keeps the first rows' decision and warns\n"
    "if a later cell contradicts it. Empty cells and NULL, \\N, N/A, TBD, 0000-00-00, k. A.\n"
    "and the like are always kept. A summary per column goes to standard error.\n"
    "\n"
    "Exit status:\n"
    "  0  every non-empty cell of the date columns was converted\n"
    "  1  some were not (or --on-error fail stopped, or no date column was found)\n"
    "  2  usage error: unknown option, bad value, unknown column\n"
    "  3  I/O error reading the input or writing the output\n"
    "  4  unterminated quote at the end of the input: the records before it are converted,\n"
    "     the rest is written back unchanged\n"
    "A closed output pipe (datenorm csv ... | head) ends quietly with status 0.\n";

/* ---- messages -------------------------------------------------------------------------- */

static _Noreturn void csv_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "datenorm csv: ");
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'datenorm csv --help' for more information.\n", stderr);
    exit(CLI_EXIT_USAGE);
}

/* A write error: a closed pipe ends quietly (as line mode does), anything else is reported. */
static _Noreturn void write_failed(run *R)
{
    if (R->out.err == EPIPE)
        exit(CLI_EXIT_OK);
    fprintf(stderr, "datenorm csv: error writing standard output: %s\n", strerror(R->out.err));
    exit(CLI_EXIT_IO);
}

static void put(run *R, const void *p, size_t n)
{
    if (csv_put(&R->out, p, n) < 0)
        write_failed(R);
}

static void flush_out(run *R)
{
    if (csv_flush(&R->out) < 0)
        write_failed(R);
}

static _Noreturn void read_failed(run *R, int err)
{
    flush_out(R);
    fprintf(stderr, "datenorm csv: error reading %s: %s\n", R->in_name, strerror(err));
    exit(CLI_EXIT_IO);
}

static int next_record(run *R, csv_record *rec)
{
    int got = csv_next(R->rd, rec);
    if (got < 0)
        read_failed(R, errno);
    return got;
}

/* ---- small classifiers (exposed for the tests) ------------------------------------------ */

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static void trim(const char **s, size_t *n)
{
    while (*n > 0 && is_blank(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n > 0 && is_blank((*s)[*n - 1]))
        (*n)--;
}

/* Reads 1..maxd digits at s[*i]; returns the count read and the value. */
static size_t digits(const char *s, size_t n, size_t *i, size_t maxd, int *value)
{
    size_t k = 0;
    *value = 0;
    while (*i < n && is_digit(s[*i]) && k <= maxd) {
        *value = *value * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    return k;
}

static int days_in(int month, int year) /* year < 0: unknown, February has 29 */
{
    static const int dim[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year >= 0 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 28;
    return dim[month - 1];
}

unsigned csv_dm_evidence(const char *s, size_t n)
{
    size_t i = 0;
    int a, b, c;
    while (i < n && is_blank(s[i]))
        i++;
    size_t la = digits(s, n, &i, 2, &a);
    if (la == 0 || la > 2 || i >= n)
        return 0;
    char sep = s[i];
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    i++;
    size_t lb = digits(s, n, &i, 2, &b);
    if (lb == 0 || lb > 2 || i >= n || s[i] != sep)
        return 0;
    i++;
    size_t lc = digits(s, n, &i, 4, &c);
    if (lc != 2 && lc != 4)
        return 0;
    /* After the year: the end, or a non-digit (a time, a dot). */
    if (i < n && is_digit(s[i]))
        return 0;
    int year = lc == 4 ? c : -1;
    unsigned m = 0;
    if (b >= 1 && b <= 12 && a >= 1 && a <= days_in(b, year))
        m |= CSV_DM_DMY;
    if (a >= 1 && a <= 12 && b >= 1 && b <= days_in(a, year))
        m |= CSV_DM_MDY;
    return m;
}

/* Cells that say "no date here" by convention. They are data, compared case-insensitively;
   they only decide how a cell is counted (empty, not failed): the cell is kept as it is. */
#define NM(s) { s, sizeof s - 1 }
static const struct {
    const char *s;
    size_t n;
} null_markers[] = {
    NM("-"), NM("--"), NM("---"), NM("?"), NM("\\N"), NM("0"), NM("00.00.0000"),
    NM("00/00/0000"), NM("0000-00-00"), NM("0000-00-00 00:00:00"), NM("0000-00-00T00:00:00"),
    NM("k. A."), NM("k.A."), NM("keine Angabe"), NM("n.a."), NM("n.d."), NM("n/a"), NM("na"),
    NM("nan"), NM("nil"), NM("none"), NM("null"), NM("s.d."), NM("s/d"), NM("sin fecha"),
    NM("tba"), NM("tbc"), NM("tbd"), NM("unknown"), NM("\xe2\x80\x94") /* em dash */,
    NM("\xe2\x80\x93") /* en dash */,
};
#undef NM

int csv_is_null_marker(const char *s, size_t n)
{
    trim(&s, &n);
    if (n == 0 || n > 19)
        return 0; /* the longest marker has 19 bytes */
    for (size_t k = 0; k < sizeof null_markers / sizeof null_markers[0]; k++)
        if (null_markers[k].n == n && strncasecmp(null_markers[k].s, s, n) == 0)
            return 1;
    return 0;
}

int csv_is_plain_number(const char *s, size_t n)
{
    size_t i = 0, nd = 0;
    int groups = 0;
    trim(&s, &n);
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    for (; i < n; i++) {
        if (is_digit(s[i])) {
            nd++;
        } else if ((s[i] == '.' || s[i] == ',') && nd > 0 && groups == 0 && i + 1 < n) {
            groups++;
        } else {
            return 0;
        }
    }
    return nd > 0;
}

dn_order csv_decide_order(uint64_t dmy_only, uint64_t mdy_only, uint64_t both, dn_order fallback,
                          int *how)
{
    if (dmy_only > 0 && mdy_only == 0) {
        *how = CSV_ORDER_PROVED;
        return DN_ORDER_DMY;
    }
    if (mdy_only > 0 && dmy_only == 0) {
        *how = CSV_ORDER_PROVED;
        return DN_ORDER_MDY;
    }
    if (dmy_only > 0 && mdy_only > 0) {
        *how = CSV_ORDER_CONFLICT;
        if (dmy_only != mdy_only)
            return dmy_only > mdy_only ? DN_ORDER_DMY : DN_ORDER_MDY;
        return fallback;
    }
    *how = both > 0 ? CSV_ORDER_UNSETTLED : CSV_ORDER_NA;
    return fallback;
}

/* ---- cells ------------------------------------------------------------------------------ */

/* The content of field i (quotes removed, doubled quotes undone), or NULL when it is longer
   than MAX_CELL: a cell that long is not a date. */
static const char *cell_content(run *R, const csv_record *rec, size_t i, size_t *n)
{
    const char *p;
    const csv_field *f = &rec->fields[i];
    if (f->end - f->start > MAX_CELL + 2)
        return NULL;
    if (csv_field_view(rec, i, &p, n))
        return p;
    *n = csv_field_content(rec, i, R->cell, sizeof R->cell);
    return R->cell;
}

/* Decodes a cell from --encoding to UTF-8 (R->utf8). Returns false when it cannot. */
static bool to_utf8(run *R, const char *s, size_t n, const char **out, size_t *outn)
{
    if (!R->cnv) {
        *out = s;
        *outn = n;
        return true;
    }
    UErrorCode st = U_ZERO_ERROR;
    ucnv_resetToUnicode(R->cnv);
    int32_t ul = ucnv_toUChars(R->cnv, R->ubuf, MAX_CELL + 1, s, (int32_t)n, &st);
    if (U_FAILURE(st) || ul > MAX_CELL)
        return false;
    int32_t l8 = 0;
    u_strToUTF8(R->utf8, (int32_t)sizeof R->utf8, &l8, R->ubuf, ul, &st);
    if (U_FAILURE(st))
        return false;
    *out = R->utf8;
    *outn = (size_t)l8;
    return true;
}

/* True when what lies outside the date's span is only blanks and punctuation: converting
   the cell then loses nothing but decoration. */
static bool covers(const char *s, size_t n, const dn_date *d)
{
    for (size_t i = 0; i < n; i++) {
        if (i >= d->start && i < d->end)
            continue;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false;
    }
    return true;
}

/* Classifies a cell's content (raw, before decoding) with parser p; fills *d for dates. */
static int classify(run *R, const dn_parser *p, const char *raw, size_t rawn, dn_date *d)
{
    const char *s;
    size_t n;
    trim(&raw, &rawn);
    if (rawn == 0)
        return CELL_EMPTY;
    if (csv_is_null_marker(raw, rawn))
        return CELL_NULL;
    if (!to_utf8(R, raw, rawn, &s, &n))
        return CELL_OTHER;
    int got = dn_parse(p, s, n, &R->ctx, d);
    if (got == 1 && covers(s, n, d)) {
        if (csv_is_plain_number(s, n) || (d->flags & DN_FLAG_EPOCH))
            return CELL_NUMBER;
        return CELL_DATE;
    }
    for (size_t i = 0; i < n; i++)
        if (is_digit(s[i]))
            return CELL_OTHER;
    return CELL_WORDS;
}

static void count_locale(evidence *ev, const char *loc)
{
    if (!loc[0])
        return;
    for (size_t k = 0; k < NLOC; k++) {
        if (ev->locs[k].n == 0) {
            snprintf(ev->locs[k].loc, sizeof ev->locs[k].loc, "%s", loc);
            ev->locs[k].n = 1;
            return;
        }
        if (strcmp(ev->locs[k].loc, loc) == 0) {
            ev->locs[k].n++;
            return;
        }
    }
}

static void count_dm(evidence *ev, unsigned m, uint64_t line)
{
    if (m == CSV_DM_DMY) {
        if (ev->dmy_only++ == 0)
            ev->dmy_line = line;
    } else if (m == CSV_DM_MDY) {
        if (ev->mdy_only++ == 0)
            ev->mdy_line = line;
    } else if (m) {
        ev->both++;
    }
}

/* Window evidence from one cell. */
static void observe(run *R, evidence *ev, const csv_record *rec, size_t i)
{
    size_t n;
    const char *s = cell_content(R, rec, i, &n);
    dn_date d;
    if (!s) {
        ev->n_other++;
        return;
    }
    switch (classify(R, R->base, s, n, &d)) {
    case CELL_EMPTY:
    case CELL_NULL:
        ev->n_empty++;
        break;
    case CELL_DATE:
        if (d.confidence < MIN_CONFIDENCE) {
            ev->n_other++;
            break;
        }
        ev->n_date++;
        count_locale(ev, d.locale);
        count_dm(ev, csv_dm_evidence(s, n), rec->line);
        break;
    case CELL_NUMBER:
        ev->n_number++;
        break;
    case CELL_WORDS:
        ev->n_words++;
        break;
    default:
        ev->n_other++;
    }
}

/* "Most non-empty cells are dates": more than half of the cells that are neither empty nor
   a null marker, and at least 70% of those with digits in them. Numbers count against: a
   column of prices or ids is not a date column, nor is a text column that is one word
   ("Monday") here and there. */
static bool is_date_column(const evidence *ev)
{
    uint64_t digity = ev->n_date + ev->n_number + ev->n_other;
    uint64_t all = digity + ev->n_words;
    return ev->n_date > 0 && ev->n_date * 10 >= digity * 7 && ev->n_date * 2 > all;
}

/* ---- the cache: cell bytes -> result, per column ----------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Converts one cell of column c. Returns CELL_DATE with the ISO text in iso/isolen, or
   CELL_EMPTY / CELL_NULL / CELL_OTHER. */
static int convert(run *R, column *c, const char *s, size_t n, char *iso, size_t *isolen)
{
    cache_entry *e = NULL;
    uint32_t h = 0;
    if (n > 0 && n <= CACHE_KEY) {
        h = hash_bytes(s, n);
        e = &c->cache[h & c->cache_mask];
        if (e->klen == n && e->hash == h && memcmp(e->key, s, n) == 0) {
            memcpy(iso, e->val, e->vlen);
            *isolen = e->vlen;
            return e->kind;
        }
    }
    dn_date d;
    int kind = classify(R, c->parser, s, n, &d);
    *isolen = 0;
    if (kind == CELL_DATE || kind == CELL_NUMBER) {
        int len = dn_format(&d, R->style, iso, DN_FORMAT_MAX);
        if (len > 0) {
            kind = CELL_DATE;
            *isolen = (size_t)len;
        } else {
            kind = CELL_OTHER;
        }
    } else if (kind == CELL_WORDS) {
        kind = CELL_OTHER;
    }
    if (e && *isolen <= CACHE_VAL) {
        e->hash = h;
        e->klen = (uint8_t)n;
        memcpy(e->key, s, n);
        e->kind = (uint8_t)kind;
        e->vlen = (uint8_t)*isolen;
        memcpy(e->val, iso, *isolen);
    }
    return kind;
}

/* ---- the header and --columns ------------------------------------------------------------ */

static void keep_header(run *R, const csv_record *rec)
{
    size_t total = 0;
    for (size_t i = 0; i < rec->nfields; i++)
        total += (rec->fields[i].end - rec->fields[i].start) * 3 + 1;
    R->hblob = malloc(total + 1);
    R->hoff = malloc((rec->nfields + 1) * sizeof *R->hoff);
    if (!R->hblob || !R->hoff)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    size_t at = 0;
    for (size_t i = 0; i < rec->nfields; i++) {
        R->hoff[i] = at;
        size_t cap = (rec->fields[i].end - rec->fields[i].start) * 3;
        size_t n = csv_field_content(rec, i, R->hblob + at, cap);
        if (R->cnv && n > 0) {
            /* Names are matched against --columns, which the terminal gives in UTF-8. */
            UErrorCode st = U_ZERO_ERROR;
            UChar *u = malloc((n + 1) * sizeof *u);
            char *tmp = malloc(n * 3 + 1);
            if (!u || !tmp)
                cli_fatal(CLI_EXIT_IO, "out of memory");
            ucnv_resetToUnicode(R->cnv);
            int32_t ul = ucnv_toUChars(R->cnv, u, (int32_t)n + 1, R->hblob + at, (int32_t)n, &st);
            int32_t l8 = 0;
            if (U_SUCCESS(st))
                u_strToUTF8(tmp, (int32_t)(n * 3), &l8, u, ul, &st);
            if (U_SUCCESS(st) && (size_t)l8 <= cap) {
                memcpy(R->hblob + at, tmp, (size_t)l8);
                n = (size_t)l8;
            }
            free(u);
            free(tmp);
        }
        /* The BOM is not part of the first name. */
        if (i == 0 && n >= 3 && memcmp(R->hblob + at, "\xEF\xBB\xBF", 3) == 0) {
            memmove(R->hblob + at, R->hblob + at + 3, n - 3);
            n -= 3;
        }
        at += n;
        R->hblob[at++] = '\0';
    }
    R->hoff[rec->nfields] = at;
    R->nheader = rec->nfields;
}

static const char *header_name(const run *R, size_t i)
{
    return i < R->nheader ? R->hblob + R->hoff[i] : "";
}

static size_t find_header(const run *R, const char *name, size_t n)
{
    /* Exact first, then ignoring surrounding blanks, then ignoring ASCII case. */
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < R->nheader; i++) {
            const char *h = header_name(R, i);
            size_t hn = R->hoff[i + 1] - R->hoff[i] - 1;
            const char *q = name;
            size_t qn = n;
            if (pass > 0) {
                trim(&h, &hn);
                trim(&q, &qn);
            }
            if (hn == qn && (pass < 2 ? memcmp(h, q, qn) == 0 : strncasecmp(h, q, qn) == 0))
                return i;
        }
    return SIZE_MAX;
}

static void add_column(run *R, size_t index)
{
    for (size_t k = 0; k < R->ncols; k++)
        if (R->cols[k].index == index)
            return;
    column *nc = realloc(R->cols, (R->ncols + 1) * sizeof *nc);
    if (!nc)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    R->cols = nc;
    column *c = &R->cols[R->ncols++];
    memset(c, 0, sizeof *c);
    c->index = index;
    snprintf(c->name, sizeof c->name, "%s", header_name(R, index));
}

static _Noreturn void unknown_column(run *R, const char *name, size_t n)
{
    fprintf(stderr, "datenorm csv: line 1: no column '%.*s' in the header; its columns are:",
            (int)n, name);
    for (size_t i = 0; i < R->nheader && i < 50; i++)
        fprintf(stderr, "%s %zu '%s'", i ? "," : "", i + 1, header_name(R, i));
    fputc('\n', stderr);
    exit(CLI_EXIT_USAGE);
}

/* --columns is itself one line of CSV (comma-separated, "" quoting), so a name may hold a
   comma or a quote. An unquoted item of digits only is a 1-based index. */
static void resolve_columns(run *R, size_t width)
{
    const char *s = R->columns_arg;
    size_t n = strlen(s), i = 0;
    char *item = malloc(n + 1);
    if (!item)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    while (i <= n) {
        size_t k = 0;
        bool quoted = false;
        while (i < n && is_blank(s[i]))
            i++;
        if (i < n && s[i] == '"') {
            quoted = true;
            for (i++; i < n; i++) {
                if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
                    item[k++] = s[i++];
                else if (s[i] == '"')
                    break;
                else
                    item[k++] = s[i];
            }
            if (i >= n)
                csv_usage("--columns: unterminated quote in '%s'", s);
            i++;
            while (i < n && is_blank(s[i]))
                i++;
            if (i < n && s[i] != ',')
                csv_usage("--columns: text after a closing quote in '%s'", s);
        } else {
            while (i < n && s[i] != ',')
                item[k++] = s[i++];
            while (k > 0 && is_blank(item[k - 1]))
                k--;
        }
        i++; /* the comma, or past the end */
        item[k] = '\0';
        if (k == 0 && !quoted) {
            if (i > n && R->ncols > 0)
                break; /* a trailing comma */
            csv_usage("--columns: empty item in '%s'", s);
        }
        bool number = !quoted && k > 0 && k < 10;
        for (size_t j = 0; j < k && number; j++)
            number = is_digit(item[j]);
        if (number) {
            long v = strtol(item, NULL, 10);
            if (v < 1 || (width > 0 && (size_t)v > width)) {
                fprintf(stderr, "datenorm csv: --columns: no column %ld (the %s has %zu)\n", v,
                        R->no_header ? "widest of the first rows" : "header", width);
                exit(CLI_EXIT_USAGE);
            }
            add_column(R, (size_t)v - 1);
        } else if (R->no_header) {
            csv_usage("--columns: '%s' is a name, but with --no-header there are no names", item);
        } else {
            size_t at = find_header(R, item, k);
            if (at == SIZE_MAX)
                unknown_column(R, item, k);
            add_column(R, at);
        }
    }
    free(item);
}

static int by_index(const void *a, const void *b)
{
    const column *x = a, *y = b;
    return (x->index > y->index) - (x->index < y->index);
}

/* ---- decisions --------------------------------------------------------------------------- */

static const char *order_name(dn_order o)
{
    switch (o) {
    case DN_ORDER_DMY: return "DMY";
    case DN_ORDER_MDY: return "MDY";
    case DN_ORDER_YMD: return "YMD";
    default: return "auto";
    }
}

static int by_count(const void *a, const void *b)
{
    const loc_count *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->loc, y->loc);
}

/* The column's locale hints: the user's, else the locales its month names matched, most
   frequent first. */
static void decide_locales(run *R, column *c)
{
    qsort(c->ev.locs, NLOC, sizeof c->ev.locs[0], by_count);
    if (R->locale) {
        snprintf(c->locales, sizeof c->locales, "%s", R->locale);
        return;
    }
    c->locales[0] = '\0';
    for (size_t k = 0; k < MAX_HINTS && c->ev.locs[k].n > 0; k++) {
        if (k)
            strcat(c->locales, ",");
        strcat(c->locales, c->ev.locs[k].loc);
    }
}

static void decide_order(run *R, column *c)
{
    c->order = csv_decide_order(c->ev.dmy_only, c->ev.mdy_only, c->ev.both, R->order, &c->how);
    /* No --order and no locale to take one from: day-first, said once here rather than
       left to the library's default. */
    if (c->order == DN_ORDER_AUTO && !c->locales[0])
        c->order = DN_ORDER_DMY;
}

static dn_parser *parser_for(run *R, dn_order order, const char *locales)
{
    dn_options o = {0};
    o.locales = locales[0] ? locales : NULL;
    o.order = order;
    dn_parser *p = NULL;
    dn_error err = {0};
    if (dn_parser_new(&o, &p, &err) < 0 || !p) {
        /* An inferred hint the library refuses: fall back to no hint rather than stop. */
        o.locales = R->locale;
        p = cli_parser(&o);
    }
    return p;
}

/* One parser per distinct (order, locales): parsers are immutable and shared. */
static void build_parsers(run *R)
{
    R->parsers = calloc(2 * R->ncols + 1, sizeof *R->parsers);
    if (!R->parsers)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    for (size_t k = 0; k < R->ncols; k++) {
        column *c = &R->cols[k];
        for (size_t j = 0; j < k; j++)
            if (R->cols[j].order == c->order && strcmp(R->cols[j].locales, c->locales) == 0) {
                c->parser = R->cols[j].parser;
                break;
            }
        if (!c->parser) {
            c->parser = parser_for(R, c->order, c->locales);
            R->parsers[R->nparsers++] = c->parser;
        }
        if (c->order == DN_ORDER_AUTO) {
            c->order = dn_parser_order(c->parser);
            /* A year-first locale order says nothing about 05/06/2015 (its year is last):
               such a column falls back to day-first, as the library does without hints. */
            if (c->order == DN_ORDER_YMD && c->how != CSV_ORDER_NA) {
                c->order = DN_ORDER_DMY;
                c->parser = parser_for(R, c->order, c->locales);
                R->parsers[R->nparsers++] = c->parser;
            }
        }
        /* Many date columns share the budget, so that memory stays bounded. Pages never
           touched (a column of few distinct values) cost nothing. */
        size_t slots = CACHE_SLOTS;
        while (slots > 1024 && slots * sizeof(cache_entry) * R->ncols > CACHE_BUDGET)
            slots /= 2;
        c->cache_mem = calloc(slots + 1, sizeof *c->cache);
        if (!c->cache_mem)
            cli_fatal(CLI_EXIT_IO, "out of memory");
        c->cache = (cache_entry *)(((uintptr_t)c->cache_mem + 63) & ~(uintptr_t)63);
        c->cache_mask = (uint32_t)(slots - 1);
    }
}

/* ---- the window and the second pass ------------------------------------------------------ */

/* Reads the window into candidate evidence. Returns true when the input ended inside it. */
static bool read_window(run *R, evidence **evs, size_t *nev, bool detect)
{
    csv_record rec;
    size_t data = 0;
    while (data < WINDOW_RECORDS && csv_marked_bytes(R->rd) < WINDOW_BYTES) {
        if (!next_record(R, &rec))
            return true;
        if (rec.status != CSV_REC_OK)
            return true; /* an unterminated quote: everything after it is one broken record */
        if (rec.blank)
            continue;
        data++;
        if (detect) {
            size_t w = rec.nfields < MAX_DETECT_COLS ? rec.nfields : MAX_DETECT_COLS;
            if (w > *nev) {
                evidence *ne = realloc(*evs, w * sizeof *ne);
                if (!ne)
                    cli_fatal(CLI_EXIT_IO, "out of memory");
                memset(ne + *nev, 0, (w - *nev) * sizeof *ne);
                *evs = ne;
                *nev = w;
            }
            for (size_t i = 0; i < w; i++)
                observe(R, &(*evs)[i], &rec, i);
        } else {
            for (size_t k = 0; k < R->ncols; k++)
                if (R->cols[k].index < rec.nfields)
                    observe(R, &R->cols[k].ev, &rec, R->cols[k].index);
        }
    }
    return false;
}

/* First pass over the rest of a regular file: day/month evidence for the unsettled columns
   only (the shape test, no parsing). */
static void scan_rest(run *R)
{
    csv_record rec;
    csv_unmark(R->rd);
    while (next_record(R, &rec)) {
        if (rec.blank || rec.status != CSV_REC_OK)
            continue;
        for (size_t k = 0; k < R->ncols; k++) {
            column *c = &R->cols[k];
            if (c->how != CSV_ORDER_UNSETTLED || c->index >= rec.nfields)
                continue;
            size_t n;
            const char *s = cell_content(R, &rec, c->index, &n);
            if (s)
                count_dm(&c->ev, csv_dm_evidence(s, n), rec.line);
        }
    }
    for (size_t k = 0; k < R->ncols; k++)
        if (R->cols[k].how == CSV_ORDER_UNSETTLED) {
            R->cols[k].scanned = true;
            decide_order(R, &R->cols[k]);
        }
}

/* ---- the conversion ---------------------------------------------------------------------- */

static void progress(run *R, const csv_record *rec, bool done)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double since = (double)(t.tv_sec - R->t0.tv_sec) + (t.tv_nsec - R->t0.tv_nsec) / 1e9;
    double last = (double)(t.tv_sec - R->tlast.tv_sec) + (t.tv_nsec - R->tlast.tv_nsec) / 1e9;
    if (done) {
        if (R->tlast.tv_sec != R->t0.tv_sec || R->tlast.tv_nsec != R->t0.tv_nsec)
            fputs("\r\033[K", stderr);
        return;
    }
    if (since < 2.0 || last < 0.5)
        return;
    R->tlast = t;
    fprintf(stderr, "\rdatenorm csv: %llu rows, %.0f MB, %.0f MB/s",
            (unsigned long long)rec->index, (double)rec->offset / 1e6,
            (double)rec->offset / 1e6 / since);
}

static void write_header(run *R, const csv_record *rec)
{
    size_t from = rec->start;
    for (size_t k = 0; R->suffix && k < R->ncols; k++) {
        size_t i = R->cols[k].index;
        if (i >= rec->nfields)
            break;
        const csv_field *f = &rec->fields[i];
        put(R, rec->buf + from, f->end - from);
        from = f->end;
        /* NAME+SUFFIX in the input's encoding, quoted when the name was. */
        size_t len = f->end - f->start;
        char *name = malloc(len + R->suffix_len + 1);
        if (!name)
            cli_fatal(CLI_EXIT_IO, "out of memory");
        size_t n = csv_field_content(rec, i, name, len);
        if (i == 0 && n >= 3 && memcmp(name, "\xEF\xBB\xBF", 3) == 0) {
            memmove(name, name + 3, n - 3); /* the BOM stays where it was */
            n -= 3;
        }
        memcpy(name + n, R->suffix_enc, R->suffix_len);
        put(R, &R->delim, 1);
        if (csv_put_field(&R->out, name, n + R->suffix_len, R->delim,
                          (f->flags & CSV_F_QUOTED) != 0) < 0)
            write_failed(R);
        free(name);
    }
    put(R, rec->buf + from, rec->end - from);
}

static _Noreturn void fail_cell(run *R, const csv_record *rec, const column *c, const char *s,
                                size_t n)
{
    flush_out(R);
    fprintf(stderr, "datenorm csv: line %llu, column %zu%s%s%s: '%.*s' is not a date "
            "(--on-error fail)\n", (unsigned long long)rec->line, c->index + 1,
            c->name[0] ? " '" : "", c->name, c->name[0] ? "'" : "", (int)(n > 80 ? 80 : n), s);
    exit(CLI_EXIT_NODATE);
}

static void write_record(run *R, const csv_record *rec)
{
    size_t from = rec->start;
    char iso[DN_FORMAT_MAX];
    if (rec->blank) {
        put(R, rec->buf + rec->start, rec->end - rec->start);
        return;
    }
    /* The cache is far bigger than the CPU's: ask for every cell's slot at once, so that
       the memory latencies of a record's date cells overlap instead of adding up. */
    for (size_t k = 0; k < R->ncols && R->cols[k].index < rec->nfields; k++) {
        const char *p;
        size_t n;
        if (csv_field_view(rec, R->cols[k].index, &p, &n) && n > 0 && n <= CACHE_KEY)
            __builtin_prefetch(&R->cols[k].cache[hash_bytes(p, n) & R->cols[k].cache_mask]);
    }
    for (size_t k = 0; k < R->ncols; k++) {
        column *c = &R->cols[k];
        if (c->index >= rec->nfields)
            break;
        const csv_field *f = &rec->fields[c->index];
        bool quoted = (f->flags & CSV_F_QUOTED) && !(f->flags & CSV_F_MALFORMED);
        size_t n, isolen = 0;
        const char *s = cell_content(R, rec, c->index, &n);
        int kind = s ? convert(R, c, s, n, iso, &isolen) : CELL_OTHER;
        bool replace = false;
        switch (kind) {
        case CELL_DATE:
            c->converted++;
            replace = true;
            if (c->assumed && !c->late_line) {
                unsigned m = csv_dm_evidence(s, n);
                if ((m == CSV_DM_DMY && c->order == DN_ORDER_MDY) ||
                    (m == CSV_DM_MDY && c->order == DN_ORDER_DMY))
                    c->late_line = rec->line;
            }
            break;
        case CELL_EMPTY:
        case CELL_NULL:
            c->empty++;
            break;
        default:
            c->kept++;
            if (R->on_error == ON_ERROR_FAIL)
                fail_cell(R, rec, c, s ? s : rec->buf + f->start, s ? n : f->end - f->start);
            if (R->on_error == ON_ERROR_EMPTY && !R->suffix) {
                replace = true;
                isolen = 0;
            }
        }
        if (R->suffix) {
            /* The original stays; the new cell follows it, quoted as the original was. */
            put(R, rec->buf + from, f->end - from);
            from = f->end;
            put(R, &R->delim, 1);
            if (quoted)
                put(R, "\"", 1);
            if (replace)
                put(R, iso, isolen);
            if (quoted)
                put(R, "\"", 1);
        } else if (replace) {
            put(R, rec->buf + from, f->start - from);
            from = f->end;
            if (quoted)
                put(R, "\"", 1);
            put(R, iso, isolen);
            if (quoted)
                put(R, "\"", 1);
        }
    }
    put(R, rec->buf + from, rec->end - from);
}

/* Converts every record from the reader's position to the end. Returns the exit status. */
static int convert_all(run *R)
{
    csv_record rec;
    bool header = !R->no_header;
    while (next_record(R, &rec)) {
        if (rec.status == CSV_REC_UNTERMINATED) {
            put(R, rec.buf + rec.start, rec.end - rec.start);
            flush_out(R);
            if (R->progress)
                progress(R, &rec, true);
            fprintf(stderr, "datenorm csv: line %llu, column %zu: unterminated quote (opened "
                    "there and never closed); the input from line %llu on is written back "
                    "unchanged\n", (unsigned long long)rec.open_line, rec.open_field + 1,
                    (unsigned long long)rec.line);
            return CLI_EXIT_MALFORMED;
        }
        if (header) {
            write_header(R, &rec);
            header = false;
            continue;
        }
        write_record(R, &rec);
        if (R->progress && (rec.index & 0x3fff) == 0)
            progress(R, &rec, false);
    }
    flush_out(R);
    if (R->progress)
        progress(R, &rec, true);
    return CLI_EXIT_OK;
}

static void summary(const run *R)
{
    for (size_t k = 0; k < R->ncols; k++) {
        const column *c = &R->cols[k];
        const char *locale = c->ev.locs[0].n ? c->ev.locs[0].loc : "none";
        fprintf(stderr, "datenorm csv: column %zu%s%s%s: %llu converted, %llu kept, %llu empty; "
                "order %s", c->index + 1, c->name[0] ? " '" : "", c->name,
                c->name[0] ? "'" : "", (unsigned long long)c->converted,
                (unsigned long long)c->kept, (unsigned long long)c->empty,
                c->how == CSV_ORDER_NA ? "n/a" : order_name(c->order));
        switch (c->how) {
        case CSV_ORDER_PROVED:
            fprintf(stderr, " (proved by line %llu)", (unsigned long long)(
                c->order == DN_ORDER_DMY ? c->ev.dmy_line : c->ev.mdy_line));
            break;
        case CSV_ORDER_CONFLICT:
            fprintf(stderr, " (cells disagree: %llu day-first only from line %llu, %llu "
                    "month-first only from line %llu)", (unsigned long long)c->ev.dmy_only,
                    (unsigned long long)c->ev.dmy_line, (unsigned long long)c->ev.mdy_only,
                    (unsigned long long)c->ev.mdy_line);
            break;
        case CSV_ORDER_UNSETTLED:
            fprintf(stderr, " (every numeric date ambiguous%s; %s)",
                    c->scanned ? " in the whole file" : c->assumed ? " in the first rows" : "",
                    R->order != DN_ORDER_AUTO ? "--order" : "from the locale, else DMY");
            break;
        default:
            fputs(" (no day-month numeric date)", stderr);
        }
        fprintf(stderr, ", locale %s\n", locale);
    }
}

/* ---- options ----------------------------------------------------------------------------- */

/* Matches --name, --name=VALUE or -x; takes the value from the next argument if needed. */
static bool option(int argc, char **argv, int *i, const char *lng, char shrt, const char **val)
{
    const char *a = argv[*i];
    size_t ln = strlen(lng);
    if (shrt && a[0] == '-' && a[1] == shrt && a[2] == '\0') {
        /* short form */
    } else if (strncmp(a, "--", 2) == 0 && strncmp(a + 2, lng, ln) == 0 &&
               (a[2 + ln] == '\0' || (val && a[2 + ln] == '='))) {
        if (val && a[2 + ln] == '=') {
            *val = a + 3 + ln;
            return true;
        }
    } else {
        return false;
    }
    if (val) {
        if (*i + 1 >= argc)
            csv_usage("option '%s' needs a value", a);
        *val = argv[++*i];
    }
    return true;
}

static void parse_args(run *R, int argc, char **argv)
{
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            if (R->path)
                csv_usage("one input file at most (got '%s' too)", a);
            R->path = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (option(argc, argv, &i, "help", 'h', NULL)) {
            fputs(usage_text, stdout);
            exit(fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_IO);
        } else if (option(argc, argv, &i, "columns", 'c', &v)) {
            R->columns_arg = v;
        } else if (option(argc, argv, &i, "no-header", 0, NULL)) {
            R->no_header = true;
        } else if (option(argc, argv, &i, "delimiter", 'd', &v)) {
            if (strcmp(v, "tab") == 0 || strcmp(v, "TAB") == 0 || strcmp(v, "\\t") == 0)
                R->delim = '\t';
            else if (strlen(v) == 1 && v[0] != '"' && v[0] != '\r' && v[0] != '\n')
                R->delim = v[0];
            else
                csv_usage("invalid --delimiter '%s': one character (not a quote), or 'tab'", v);
        } else if (option(argc, argv, &i, "locale", 'l', &v)) {
            R->locale = v[0] ? v : NULL;
        } else if (option(argc, argv, &i, "now", 0, &v)) {
            R->now = v;
        } else if (option(argc, argv, &i, "zone", 0, &v)) {
            R->zone = v;
        } else if (option(argc, argv, &i, "format", 0, &v)) {
            if (!cli_parse_style(v, &R->style))
                csv_usage("invalid --format '%s': auto, date or datetime", v);
        } else if (option(argc, argv, &i, "order", 0, &v)) {
            if (!cli_parse_order(v, &R->order))
                csv_usage("invalid --order '%s': DMY, MDY or YMD", v);
        } else if (option(argc, argv, &i, "on-error", 0, &v)) {
            if (strcmp(v, "keep") == 0)
                R->on_error = ON_ERROR_KEEP;
            else if (strcmp(v, "empty") == 0)
                R->on_error = ON_ERROR_EMPTY;
            else if (strcmp(v, "fail") == 0)
                R->on_error = ON_ERROR_FAIL;
            else
                csv_usage("invalid --on-error '%s': keep, empty or fail", v);
        } else if (option(argc, argv, &i, "add-column", 0, &v)) {
            R->suffix = v;
        } else if (option(argc, argv, &i, "encoding", 0, &v)) {
            R->encoding = v;
        } else if (option(argc, argv, &i, "quiet", 'q', NULL)) {
            R->quiet = true;
        } else {
            csv_usage("unknown option '%s'", a);
        }
    }
}

static void open_encoding(run *R)
{
    if (!R->encoding)
        return;
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(R->encoding, &st);
    if (U_FAILURE(st) || !cnv)
        csv_usage("invalid --encoding '%s': not a converter ICU knows", R->encoding);
    const char *canon = ucnv_getName(cnv, &st);
    if (ucnv_getMinCharSize(cnv) != 1)
        csv_usage("--encoding '%s': only ASCII-compatible encodings can be read byte-exactly",
                  R->encoding);
    if (U_SUCCESS(st) && strcmp(canon, "UTF-8") == 0) {
        ucnv_close(cnv);
        return;
    }
    /* A byte the encoding cannot decode makes the cell "not a date", never a guess. */
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    R->cnv = cnv;
}

/* The --add-column suffix in the input's encoding. */
static void encode_suffix(run *R)
{
    if (!R->suffix)
        return;
    size_t n = strlen(R->suffix);
    if (!R->cnv) {
        if (n >= sizeof R->suffix_enc)
            csv_usage("--add-column '%s': too long", R->suffix);
        memcpy(R->suffix_enc, R->suffix, n);
        R->suffix_len = n;
        return;
    }
    UErrorCode st = U_ZERO_ERROR;
    UChar u[256];
    int32_t ul = 0;
    u_strFromUTF8(u, 256, &ul, R->suffix, (int32_t)n, &st);
    ucnv_resetFromUnicode(R->cnv);
    int32_t len = ucnv_fromUChars(R->cnv, R->suffix_enc, sizeof R->suffix_enc, u, ul, &st);
    if (U_FAILURE(st) || len >= (int32_t)sizeof R->suffix_enc)
        csv_usage("--add-column '%s': cannot be written in the input's encoding", R->suffix);
    R->suffix_len = (size_t)len;
}

static void open_input(run *R)
{
    if (!R->path || strcmp(R->path, "-") == 0) {
        R->fd = STDIN_FILENO;
        R->in_name = "standard input";
    } else {
        R->fd = open(R->path, O_RDONLY);
        R->in_name = R->path;
        if (R->fd < 0) {
            fprintf(stderr, "datenorm csv: cannot open %s: %s\n", R->path, strerror(errno));
            exit(CLI_EXIT_IO);
        }
    }
    /* A regular file can be read twice; remember where it starts (stdin may not be at 0). */
    struct stat st;
    R->start_off = -1;
    if (fstat(R->fd, &st) == 0 && S_ISREG(st.st_mode))
        R->start_off = lseek(R->fd, 0, SEEK_CUR);
    R->rd = csv_reader_new(R->fd, R->delim ? R->delim : ',');
    if (!R->rd || csv_writer_init(&R->out, STDOUT_FILENO, OUT_BUFFER) < 0)
        cli_fatal(CLI_EXIT_IO, "out of memory");
}

static void detect_delimiter(run *R)
{
    if (R->delim)
        return;
    const char *p;
    long n = csv_reader_peek(R->rd, 64 << 10, &p);
    if (n < 0)
        read_failed(R, errno);
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    R->delim = csv_sniff_delimiter(p, (size_t)n);
    csv_reader_set_delim(R->rd, R->delim);
}

int dn_cli_csv(int argc, char **argv)
{
    run *R = calloc(1, sizeof *R);
    if (!R)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    cli_prog = "datenorm csv";
    parse_args(R, argc, argv);
    open_encoding(R);
    encode_suffix(R);
    cli_context(&R->ctx, R->now, R->zone);
    dn_options base = {0};
    base.locales = R->locale;
    base.order = R->order;
    R->base = cli_parser(&base);
    open_input(R);
    detect_delimiter(R);

    /* The window: everything read from here on stays in memory until it is converted. */
    csv_mark(R->rd);
    csv_record rec;
    size_t width = 0;
    if (!R->no_header) {
        if (!next_record(R, &rec)) {
            flush_out(R);
            return CLI_EXIT_OK; /* an empty input: nothing to convert */
        }
        keep_header(R, &rec);
        width = rec.nfields;
    }
    evidence *evs = NULL;
    size_t nev = 0;
    bool detect = R->columns_arg == NULL;
    if (!detect && (R->no_header ? 0 : 1)) {
        resolve_columns(R, width);
    }
    bool ended = read_window(R, &evs, &nev, detect || R->no_header);
    if (!detect && R->no_header) {
        resolve_columns(R, nev);
        for (size_t k = 0; k < R->ncols; k++)
            if (R->cols[k].index < nev)
                R->cols[k].ev = evs[R->cols[k].index];
    }
    if (detect) {
        for (size_t i = 0; i < nev; i++)
            if (is_date_column(&evs[i])) {
                add_column(R, i);
                R->cols[R->ncols - 1].ev = evs[i];
            }
    }
    free(evs);
    if (R->ncols > 1) /* qsort(NULL, 0, ...) is undefined: UBSan stops there */
        qsort(R->cols, R->ncols, sizeof *R->cols, by_index);
    if (detect && !R->quiet) {
        if (R->ncols == 0)
            fputs("datenorm csv: no date column found in the first rows; the input is "
                  "written unchanged\n", stderr);
        else
            fprintf(stderr, "datenorm csv: date columns:");
        for (size_t k = 0; k < R->ncols; k++)
            fprintf(stderr, "%s %zu%s%s%s", k ? "," : "", R->cols[k].index + 1,
                    R->cols[k].name[0] ? " '" : "", R->cols[k].name,
                    R->cols[k].name[0] ? "'" : "");
        if (R->ncols)
            fputc('\n', stderr);
    }

    bool unsettled = false;
    for (size_t k = 0; k < R->ncols; k++) {
        decide_locales(R, &R->cols[k]);
        decide_order(R, &R->cols[k]);
        unsettled |= R->cols[k].how == CSV_ORDER_UNSETTLED;
    }
    /* Only ambiguous dates so far and more input to come: read a file twice; a pipe keeps
       the window's decision (and the summary warns if a later cell contradicts it).
       --order says what to do with ambiguous dates, so it needs no second pass. */
    if (unsettled && !ended && R->order == DN_ORDER_AUTO) {
        if (R->start_off >= 0) {
            /* The reader carries on from the end of the window. */
            scan_rest(R);
            if (lseek(R->fd, R->start_off, SEEK_SET) != R->start_off)
                read_failed(R, errno);
            csv_reader_restart(R->rd);
        } else {
            for (size_t k = 0; k < R->ncols; k++)
                R->cols[k].assumed = R->cols[k].how == CSV_ORDER_UNSETTLED;
            csv_rewind(R->rd);
        }
    } else {
        csv_rewind(R->rd);
    }
    csv_unmark(R->rd);
    build_parsers(R);

    R->progress = !R->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &R->t0);
    R->tlast = R->t0;
    int status = convert_all(R);

    if (!R->quiet)
        summary(R);
    bool missed = R->ncols == 0 && detect;
    for (size_t k = 0; k < R->ncols; k++) {
        const column *c = &R->cols[k];
        missed |= c->kept > 0;
        if (c->late_line)
            fprintf(stderr, "datenorm csv: warning: column %zu: line %llu reads only as %s, but "
                    "the first rows of this pipe left the order open and %s was used; rerun "
                    "with --order %s or from a file\n", c->index + 1,
                    (unsigned long long)c->late_line,
                    c->order == DN_ORDER_DMY ? "MDY" : "DMY", order_name(c->order),
                    c->order == DN_ORDER_DMY ? "MDY" : "DMY");
    }
    if (status == CLI_EXIT_OK && missed)
        status = CLI_EXIT_NODATE;

    for (size_t k = 0; k < R->nparsers; k++)
        dn_parser_free(R->parsers[k]);
    free(R->parsers);
    for (size_t k = 0; k < R->ncols; k++)
        free(R->cols[k].cache_mem);
    dn_parser_free(R->base);
    if (R->cnv)
        ucnv_close(R->cnv);
    csv_reader_free(R->rd);
    csv_writer_free(&R->out);
    if (R->fd != STDIN_FILENO)
        close(R->fd);
    free(R->cols);
    free(R->hblob);
    free(R->hoff);
    free(R);
    return status;
}
