/*
 * csvinfer.c: column inference for `datenorm csv` (README, "CSV"): which columns hold
 * dates, and per column the order of its all-numeric dates and its likely locales, decided
 * from the evidence of its cells in the window (the first rows) and, when those leave the
 * order open, in a first pass over the rest of a regular file.
 *
 * A cell is what the library says it is: dn_parse with the run's base parser finds the date,
 * and the order the library read an all-numeric date in (DN_DATE_ORDER, proved by the
 * values or chosen by preference: DN_FLAG_ORDER_PROVED) is the column's evidence: one
 * 25/12/2015 proves day-first for the whole column, 05/06/2015 proves nothing. This file
 * reads no date itself. What it adds is CSV's own conventions: null markers ("NULL", "\N",
 * "k. A.": cells that say "no date here"), plain numbers (42, 19.99: not dates in a date
 * column), and the rule that a date must cover its whole cell.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <unicode/ustring.h>

#include "csvrun.h"

/* ---- small classifiers (exposed for the tests) ------------------------------------------ */

unsigned csv_dm_of(const dn_date *d)
{
    dn_order o = DN_DATE_ORDER(d);
    if (o != DN_ORDER_DMY && o != DN_ORDER_MDY)
        return 0; /* not a day-month date: 2015-11-22, Nov 22, 2015, 2015/11/22 */
    if (!(d->flags & DN_FLAG_ORDER_PROVED))
        return CSV_DM_DMY | CSV_DM_MDY; /* read by preference: 05/06/2015 */
    return o == DN_ORDER_DMY ? CSV_DM_DMY : CSV_DM_MDY;
}

/* Cells that say "no date here" (csvnull.def: a CLI convention, listed in the README).
   They only decide how a cell is counted (empty, not failed): the cell is kept as it is. */
static const struct {
    const char *s;
    size_t n;
} null_markers[] = {
#define NULL_MARKER(text, origin) {text, sizeof text - 1},
#include "csvnull.def"
#undef NULL_MARKER
};
#define N_NULL_MARKERS (sizeof null_markers / sizeof null_markers[0])
#define NULL_MARKER_MAX 19 /* bytes of the longest marker, checked by csv_null_marker's test */

int csv_is_null_marker(const char *s, size_t n)
{
    trim(&s, &n);
    if (n == 0 || n > NULL_MARKER_MAX)
        return 0;
    for (size_t k = 0; k < N_NULL_MARKERS; k++)
        if (null_markers[k].n == n && strncasecmp(null_markers[k].s, s, n) == 0)
            return 1;
    return 0;
}

const char *csv_null_marker(size_t i)
{
    return i < N_NULL_MARKERS ? null_markers[i].s : NULL;
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
int csvi_classify(run *R, const dn_parser *p, const char *raw, size_t rawn, dn_date *d)
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
    /* issue 8: a time alone ("16:10") is today at that time to dn_parse, but a column of
       times is no date column */
    if (got == 1 && (d->flags & DN_FLAG_TIME_ONLY))
        return CELL_OTHER;
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

/* Keeps a cell whose date named a locale, once per distinct content. */
static void keep_named(evidence *ev, const char *s, size_t n)
{
    if (ev->nnamed >= NAMED_SAMPLES || n > NAMED_MAX)
        return;
    const char *p = ev->named;
    for (uint32_t k = 0; k < ev->nnamed; k++) {
        size_t len = strlen(p);
        if (len == n && memcmp(p, s, n) == 0)
            return;
        p += len + 1;
    }
    if (!ev->named && !(ev->named = malloc(NAMED_SAMPLES * (NAMED_MAX + 1))))
        return; /* the locale then rests on the counts alone */
    memcpy(ev->named + ev->named_len, s, n);
    ev->named[ev->named_len + n] = '\0';
    ev->named_len += (uint32_t)n + 1;
    ev->nnamed++;
}

void csvi_free_evidence(evidence *ev)
{
    free(ev->named);
    ev->named = NULL;
    ev->nnamed = ev->named_len = 0;
}

static void count_dm(evidence *ev, unsigned m, uint64_t line)
{
    if (m & DM_READ_MDY) {
        ev->both_mdy++;
        m &= ~DM_READ_MDY;
    }
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

/* The day-month evidence of a date (csv_dm_of), with DM_READ_MDY for an ambiguous one read
   month-first. */
static unsigned dm_evidence(const dn_date *d)
{
    unsigned m = csv_dm_of(d);
    if (m == (CSV_DM_DMY | CSV_DM_MDY) && DN_DATE_ORDER(d) == DN_ORDER_MDY)
        m |= DM_READ_MDY;
    return m;
}

/* What the window and the second pass count of one cell: its kind, a date under
   MIN_CONFIDENCE being CELL_OTHER, with *d filled for a date. Both passes parse with the
   run's base parser, so a cell proves in the second pass what it proves in the window. */
static int evidence_of(run *R, const char *s, size_t n, dn_date *d)
{
    int kind = csvi_classify(R, R->base, s, n, d);
    return kind == CELL_DATE && d->confidence < MIN_CONFIDENCE ? CELL_OTHER : kind;
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
    switch (evidence_of(R, s, n, &d)) {
    case CELL_EMPTY:
    case CELL_NULL:
        ev->n_empty++;
        break;
    case CELL_DATE:
        ev->n_date++;
        count_locale(ev, d.locale);
        if (d.locale[0])
            keep_named(ev, s, n);
        count_dm(ev, dm_evidence(&d), rec->line);
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
bool csvi_is_date_column(const evidence *ev)
{
    uint64_t digity = ev->n_date + ev->n_number + ev->n_other;
    uint64_t all = digity + ev->n_words;
    return ev->n_date > 0 && ev->n_date * 10 >= digity * 7 && ev->n_date * 2 > all;
}


/* ---- decisions --------------------------------------------------------------------------- */

const char *csvi_order_name(dn_order o)
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

/* The column's locale hints: the user's, else the locales its month and weekday names
   matched, the first named by csvi_name_locale. */
void csvi_decide_locales(run *R, column *c)
{
    qsort(c->ev.locs, NLOC, sizeof c->ev.locs[0], by_count);
    if (R->locale) {
        csvi_free_evidence(&c->ev);
        snprintf(c->locales, sizeof c->locales, "%s", R->locale);
        return;
    }
    csvi_name_locale(R, &c->ev);
    csvi_free_evidence(&c->ev);
    c->locales[0] = '\0';
    for (size_t k = 0; k < MAX_HINTS && c->ev.locs[k].n > 0; k++) {
        if (k)
            strcat(c->locales, ",");
        strcat(c->locales, c->ev.locs[k].loc);
    }
}

/* The order of a column whose numeric dates are all ambiguous, when neither --order nor a
   locale gives one: the library's rule for one such date alone, which line mode applies
   too (lib/numeric.c: dots day-first, as every CLDR locale that writes dots does; slashes
   and dashes month-first, as dateparser, dateutil and pandas read them by default, and
   Excel and LibreOffice in their default en-US setting). The cells were read so in the
   window; the column takes the order most of them were read in (ties: day-first), so that
   all its cells are read one way. */
static dn_order ambiguous_order(const evidence *ev)
{
    return ev->both_mdy * 2 > ev->both ? DN_ORDER_MDY : DN_ORDER_DMY;
}

void csvi_decide_order(run *R, column *c)
{
    c->order = csv_decide_order(c->ev.dmy_only, c->ev.mdy_only, c->ev.both, R->order, &c->how);
    if (c->order == DN_ORDER_AUTO && !c->locales[0])
        c->order = ambiguous_order(&c->ev);
}

static dn_parser *parser_for(run *R, dn_order order, const char *locales)
{
    dn_options o = {0};
    o.locales = locales[0] ? locales : NULL;
    o.order = order;
    o.calendar = R->calendar; /* issue 11 */
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
void csvi_build_parsers(run *R)
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
               such a column falls back to the rule without a hint. */
            if (c->order == DN_ORDER_YMD && c->how != CSV_ORDER_NA) {
                c->order = ambiguous_order(&c->ev);
                c->parser = parser_for(R, c->order, c->locales);
                R->parsers[R->nparsers++] = c->parser;
            }
        }
    }
}


/* ---- the window and the second pass ------------------------------------------------------ */

/* Reads the window into candidate evidence. Returns true when the input ended inside it. */
bool csvi_read_window(run *R, evidence **evs, size_t *nev, bool detect)
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

/* The second pass's memory of cells already read: real date columns repeat their values,
   so most cells cost a hash and a compare instead of a parse. */
#define SCAN_SLOTS 16384 /* a power of two: 576 KB */
typedef struct {
    uint32_t hash;
    uint8_t klen; /* 0 = empty slot */
    uint8_t dm;   /* csv_dm_of, 0 for a cell that is no date */
    char key[CACHE_KEY];
} scan_entry;

static unsigned scan_cell(run *R, scan_entry *cache, const char *s, size_t n)
{
    scan_entry *e = NULL;
    uint32_t h = 0;
    if (n > 0 && n <= CACHE_KEY) {
        h = hash_bytes(s, n);
        e = &cache[h & (SCAN_SLOTS - 1)];
        if (e->klen == n && e->hash == h && memcmp(e->key, s, n) == 0)
            return e->dm;
    }
    dn_date d;
    unsigned dm = evidence_of(R, s, n, &d) == CELL_DATE ? dm_evidence(&d) : 0;
    if (e) {
        e->hash = h;
        e->klen = (uint8_t)n;
        e->dm = (uint8_t)dm;
        memcpy(e->key, s, n);
    }
    return dm;
}

/* First pass over the rest of a regular file: day/month evidence for the unsettled columns
   only, counted as the window counts it. */
void csvi_scan_rest(run *R)
{
    csv_record rec;
    scan_entry *cache = calloc(SCAN_SLOTS, sizeof *cache);
    if (!cache)
        cli_fatal(CLI_EXIT_IO, "out of memory");
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
                count_dm(&c->ev, scan_cell(R, cache, s, n), rec.line);
        }
    }
    free(cache);
    for (size_t k = 0; k < R->ncols; k++)
        if (R->cols[k].how == CSV_ORDER_UNSETTLED) {
            R->cols[k].scanned = true;
            csvi_decide_order(R, &R->cols[k]);
        }
}

/* After the window: each column's locales and order, a second pass over a regular file when
   the window left an order open (a pipe keeps the window's decision), the reader back at the
   window's start (or the file's), the parsers and the caches. ended: the input ended inside
   the window. */
void csvi_settle(run *R, bool ended)
{
    bool unsettled = false;
    for (size_t k = 0; k < R->ncols; k++) {
        csvi_decide_locales(R, &R->cols[k]);
        csvi_decide_order(R, &R->cols[k]);
        unsettled |= R->cols[k].how == CSV_ORDER_UNSETTLED;
    }
    /* Only ambiguous dates so far and more input to come: read a file twice; a pipe keeps
       the window's decision (and the summary warns if a later cell contradicts it).
       --order says what to do with ambiguous dates, so it needs no second pass. */
    if (unsettled && !ended && R->order == DN_ORDER_AUTO) {
        if (R->start_off >= 0) {
            /* The reader carries on from the end of the window. */
            csvi_scan_rest(R);
            if (lseek(R->fd, R->start_off, SEEK_SET) != R->start_off)
                csvi_read_failed(R, errno);
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
    csvi_build_parsers(R);
    csvi_init_caches(R);
}
