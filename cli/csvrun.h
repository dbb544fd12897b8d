/*
 * csvrun.h: what the three files of `datenorm csv` share, private to them: the run's
 * options and state, a date column with its evidence and cache, and the functions one file
 * calls in another. cli/csv.c drives a run (options, input, --columns, summary),
 * cli/csvinfer.c infers the columns (which hold dates, their order and locales), and
 * cli/csvconv.c rewrites the records. The reader and writer of CSV bytes are csvread.c's.
 */
#ifndef DATENORM_CLI_CSVRUN_H
#define DATENORM_CLI_CSVRUN_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>
#include <sys/types.h>

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "common.h"
#include "csv.h"
#include "csvread.h"

#define WINDOW_RECORDS 1000
#define WINDOW_BYTES ((size_t)8 << 20)
#define SNIFF_BYTES ((size_t)64 << 10) /* the first sample for the delimiter; more if needed */
#define MAX_CELL 512          /* a longer cell is never taken for a date */
#define MAX_DETECT_COLS 4096  /* columns examined when detecting */
#define MIN_CONFIDENCE 0.5f   /* a detected date column's cells must reach it */
#define NLOC 8                /* locales counted per column */
#define MAX_HINTS 3           /* inferred locales handed to a column's parser */
#define NAMED_SAMPLES 16      /* distinct dates with words kept per column, for its locale */
#define NAMED_MAX 64          /* longer cells are not kept */
#define CACHE_SLOTS 65536     /* per column, a power of two: 4 MB (see cache_budget) */
#define CACHE_KEY 28          /* longer cells are parsed every time */
#define CACHE_VAL 28          /* longer results (fractions) are not cached */
#define CACHE_BUDGET ((size_t)24 << 20) /* all columns' caches together */
#define OUT_BUFFER ((size_t)1 << 20)

enum { ON_ERROR_KEEP, ON_ERROR_EMPTY, ON_ERROR_FAIL };

/* With csv_dm_of's bits in the evidence of an ambiguous cell: the parser read it month-first
   (by its rule for one date alone: the hint's order, else dots day-first and slashes and
   dashes month-first). */
#define DM_READ_MDY 0x40u

/* With csv_dm_of's bits in a converted cell's dm: the text named a weekday the date does
   not fall on (DN_FLAG_WEEKDAY_MISMATCH); converted, and counted in the summary. */
#define DM_WEEKDAY_MISMATCH 0x80u

/* With csv_dm_of's bits in a converted cell's dm: the reference instant decided the date
   (a relative date, a year taken from the reference: CLI_FROM_REFERENCE); with
   --now-column such a result is never cached (each row has its own reference). */
#define DM_FROM_REF 0x20u

/* What a cell turned out to be. CELL_NO_REF (issue 8): a date the reference decides, in a
   row of --now-column whose reference cell holds no instant: kept as it is. */
enum { CELL_EMPTY, CELL_NULL, CELL_DATE, CELL_NUMBER, CELL_WORDS, CELL_OTHER, CELL_NO_REF };

typedef struct {
    char loc[24];
    uint64_t n;
} loc_count;

/* What the cells of one column said. */
typedef struct {
    uint64_t n_date, n_number, n_words, n_other, n_empty;
    uint64_t dmy_only, mdy_only, both;
    uint64_t both_mdy; /* of both: read month-first by the run's parser ("05/06/2015") */
    uint64_t dmy_line, mdy_line; /* first line proving each order */
    loc_count locs[NLOC];
    /* up to NAMED_SAMPLES distinct cells (raw content, NUL-terminated, one after the other)
       whose date named a locale: csvi_decide_locales reads them again under each locale
       counted. malloc'ed; csvi_free_evidence frees it. */
    char *named;
    uint32_t nnamed, named_len;
} evidence;

/* One cache line: a look-up touches exactly one line of a table too big for the CPU's
   caches, which is what a cache hit costs. */
typedef struct {
    uint32_t hash;
    uint8_t klen; /* 0 = empty slot (empty cells are never cached) */
    uint8_t vlen;
    uint8_t kind; /* CELL_* */
    uint8_t dm;   /* csv_dm_of of the result, | DM_WEEKDAY_MISMATCH */
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
    uint64_t mismatched, mismatch_line; /* converted with DM_WEEKDAY_MISMATCH; first line */
    uint64_t undecoded, undecoded_line; /* kept cells that are not UTF-8 (no --encoding) */
    uint64_t late_line; /* pipe: first line proving the order not chosen */
    uint64_t no_ref;    /* issue 8: kept, since their row gave no reference instant */
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
    const char *calendar; /* issue 11: --calendar (dn_options.calendar), NULL = none */
    const char *now;
    const char *zone;
    const char *to_zone, *assume_zone; /* issue 9: --to-zone, --assume-zone; NULL = none */
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
    size_t cache_slots; /* per column, a power of two; 0 = CACHE_SLOTS (the fuzzer's are
                           small: collisions are what it should see, and calloc costs) */

    /* issue 8: --now-column: each row's reference instant from that column (0-based index;
       SIZE_MAX = none); row_ref: this row's cell held one (R->ctx is then the row's);
       run_ctx: the run's reference (--now or the clock) */
    const char *now_column_arg;
    size_t now_col;
    bool row_ref;
    dn_context run_ctx;
    uint64_t rows_no_ref;     /* data rows whose reference cell holds no instant */
    uint64_t first_no_ref;    /* the first such row's line */
    uint64_t from_clock;      /* converted cells the run's clock decided (no --now) */

    char cell[MAX_CELL];
    char utf8[MAX_CELL * 3 + 4];
    UChar ubuf[MAX_CELL + 2];
} run;

/* ---- csv.c: failures, and the reader and writer with their error exits --------------------- */

/* A write error: a closed pipe ends quietly (as line mode does), anything else is reported. */
_Noreturn void csvi_write_failed(run *R);
/* A read error: what was converted is written out first, then the error, exit 3. */
_Noreturn void csvi_read_failed(run *R, int err);

static inline void put(run *R, const void *p, size_t n)
{
    if (csv_put(&R->out, p, n) < 0)
        csvi_write_failed(R);
}

static inline void flush_out(run *R)
{
    if (csv_flush(&R->out) < 0)
        csvi_write_failed(R);
}

static inline int next_record(run *R, csv_record *rec)
{
    int got = csv_next(R->rd, rec);
    if (got < 0)
        csvi_read_failed(R, errno);
    return got;
}

static inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Drops blanks at both ends of s[0..*n). */
static inline void trim(const char **s, size_t *n)
{
    while (*n > 0 && is_blank(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n > 0 && is_blank((*s)[*n - 1]))
        (*n)--;
}

/* Offset of the first byte of s[0..n) that does not start a valid UTF-8 sequence, or n. */
static inline size_t utf8_bad(const char *s, size_t n)
{
    int32_t i = 0, len = n > INT32_MAX ? INT32_MAX : (int32_t)n;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c < 0)
            return (size_t)at;
    }
    return n;
}

/* FNV-1a: the caches' hash of a cell's bytes. */
static inline uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* The content of field i (quotes removed, doubled quotes undone), or NULL when it is longer
   than MAX_CELL: a cell that long is not a date. Inline: it runs for every cell. */
static inline const char *cell_content(run *R, const csv_record *rec, size_t i, size_t *n)
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

/* ---- csvinfer.c: column inference --------------------------------------------------------- */
/* Classifies a cell's content (raw, before decoding) with parser p: CELL_*; fills *d for
   dates. */
int csvi_classify(run *R, const dn_parser *p, const char *raw, size_t rawn, dn_date *d);
/* Reads the window into evidence: per field into (*evs, *nev) when detecting, else into the
   named columns. Returns true when the input ended inside it. */
bool csvi_read_window(run *R, evidence **evs, size_t *nev, bool detect);
void csvi_free_evidence(evidence *ev);
/* "Most non-empty cells are dates". */
bool csvi_is_date_column(const evidence *ev);
/* The column's locale hints and numeric order from its evidence and the options. */
void csvi_decide_locales(run *R, column *c);
void csvi_decide_order(run *R, column *c);
/* csvlocale.c: puts first among ev->locs the language a reader would name the column in. */
void csvi_name_locale(run *R, evidence *ev);
/* Frees what csvi_name_locale keeps for the run (ICU formatters). */
void csvi_locale_done(void);
/* First pass over the rest of a regular file, for the columns the window left unsettled. */
void csvi_scan_rest(run *R);
/* Everything between the window and the conversion (dn_cli_csv and fuzz_csv call it). */
void csvi_settle(run *R, bool ended);
/* One parser per distinct (order, locales) in use. */
void csvi_build_parsers(run *R);
const char *csvi_order_name(dn_order o);

/* ---- csvconv.c: the conversion ------------------------------------------------------------ */

/* Each column's cache of cell -> result, within CACHE_BUDGET for all columns together. */
void csvi_init_caches(run *R);
/* Converts every record from the reader's position to the end. Returns the exit status. */
int csvi_convert_all(run *R);

#endif
