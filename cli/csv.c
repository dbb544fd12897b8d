/*
 * csv.c: `datenorm csv`, the conversion of the date columns of a CSV file (README, "CSV
 * mode, in detail"), and the driver of a run: its options, the input and its encoding, the
 * header and --columns, the order of the steps, and the summary. Reading and writing bytes
 * is csvread.c's job; deciding which columns hold dates and how to read them is
 * csvinfer.c's; rewriting the records is csvconv.c's.
 *
 * Inference happens on a window: the first WINDOW_RECORDS records or WINDOW_BYTES bytes,
 * held in memory by the reader's mark. From it come the date columns (unless --columns
 * names them) and, per column, the order of all-numeric dates and the likely locales. When
 * a column's window holds only ambiguous numeric dates (05/06/2015) and the input goes on,
 * a regular file is read a second time: a first pass over the rest collects the day/month
 * evidence, then the file is converted from its start. A pipe cannot be read twice: the
 * window's decision stands (--order, else the locale's order) and the summary warns when a
 * later cell proves the other order.
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
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include "csvrun.h"

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
    "                        among , ; TAB | from whole records at the head of the\n"
    "                        input; when two fit equally well, status 2 asks for -d)\n"
    "  -l, --locale LIST     locale hints in priority order (default: inferred per column)\n"
    "      --calendar NAME   calendar of dates whose text names none, and the Hijri variant\n"
    "                        (as in line mode; default: from the locale hint)\n"
    "      --now INSTANT     reference instant for relative dates: ISO 8601 or Unix\n"
    "                        seconds (default: now)\n"
    "      --now-column COL  each row's reference instant from column COL (a name or a\n"
    "                        1-based index; ISO 8601 or Unix seconds, seen in --zone): the\n"
    "                        crawl time beside a \"3 hours ago\" cell. A row whose COL\n"
    "                        holds no instant keeps its relative cells as written (counted\n"
    "                        in the summary). Not with --now\n"
    "      --zone ZONE       the zone \"today\" is taken in (UTC, +05:30, Europe/Paris),\n"
    "                        as in line mode\n"
    "      --to-zone ZONE    write the date-times that have an offset in ZONE (UTC, +05:30,\n"
    "                        Asia/Tokyo), the date moving when it must; by default a\n"
    "                        date-time keeps its date and offset as written\n"
    "      --assume-zone ZONE  date-times written without an offset are wall-clock times\n"
    "                        in ZONE and get its offset (with --to-zone: converted)\n"
    "      --format STYLE    auto (default), date or datetime, as in line mode\n"
    "      --order ORDER     DMY, MDY or YMD for columns whose cells do not settle it\n"
    "                        (default: the column's locale, else as line mode reads one\n"
    "                        such date: 05.06.2015 day-first, 05/06/2015 and 05-06-2015\n"
    "                        month-first); a column with a\n"
    "                        cell that reads one way only (25/12/2015) uses that order\n"
    "      --on-error MODE   a non-empty cell of a date column that is not a date: keep\n"
    "                        (default) writes it unchanged, empty writes an empty cell,\n"
    "                        fail stops there with its line and column\n"
    "      --add-column SUF  keep each date column and insert the ISO value after it, in\n"
    "                        a new column whose header is the column's name + SUF\n"
    "      --encoding NAME   the input's encoding, any ICU converter (windows-1252,\n"
    "                        iso-8859-2, shift_jis; ASCII-compatible only). Cells are\n"
    "                        decoded to find dates; untouched bytes pass through as they\n"
    "                        are; ISO values are ASCII, the same bytes in such encodings.\n"
    "                        Default: UTF-8, or what ICU's detector names when the head\n"
    "                        of the input is not UTF-8 (said on standard error)\n"
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
    "  2  usage error: unknown option, bad value, unknown column, or a delimiter that\n"
    "     cannot be told from the input (give --delimiter)\n"
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

_Noreturn void csvi_write_failed(run *R)
{
    if (R->out.err == EPIPE)
        exit(CLI_EXIT_OK);
    fprintf(stderr, "datenorm csv: error writing standard output: %s\n", strerror(R->out.err));
    exit(CLI_EXIT_IO);
}

_Noreturn void csvi_read_failed(run *R, int err)
{
    flush_out(R);
    fprintf(stderr, "datenorm csv: error reading %s: %s\n", R->in_name, strerror(err));
    exit(CLI_EXIT_IO);
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
    size_t nitems = 0, k = 0;
    long v = 0;
    for (;;) {
        int got = csv_columns_item(s, n, &i, nitems++, item, &k, &v);
        if (got == CSV_COL_END)
            break;
        if (got == CSV_COL_UNTERMINATED)
            csv_usage("--columns: unterminated quote in '%s'", s);
        if (got == CSV_COL_AFTER_QUOTE)
            csv_usage("--columns: text after a closing quote in '%s'", s);
        if (got == CSV_COL_EMPTY)
            csv_usage("--columns: empty item in '%s'", s);
        if (got == CSV_COL_INDEX) {
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

/* issue 8: --now-column NAME|INDEX: one column, named as --columns names them (an item of
   digits only is a 1-based index). */
static void resolve_now_column(run *R, size_t width)
{
    const char *s = R->now_column_arg;
    size_t n = strlen(s), i = 0, k = 0;
    char *item = malloc(n + 1);
    if (!item)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    long v = 0;
    int got = csv_columns_item(s, n, &i, 0, item, &k, &v);
    if (got == CSV_COL_INDEX) {
        if (v < 1 || (width > 0 && (size_t)v > width)) {
            fprintf(stderr, "datenorm csv: --now-column: no column %ld (the %s has %zu)\n", v,
                    R->no_header ? "first row" : "header", width);
            exit(CLI_EXIT_USAGE);
        }
        R->now_col = (size_t)v - 1;
    } else if (got == CSV_COL_END || got == CSV_COL_EMPTY || got == CSV_COL_UNTERMINATED ||
               got == CSV_COL_AFTER_QUOTE || i < n) {
        csv_usage("invalid --now-column '%s': one column name or 1-based index", s);
    } else if (R->no_header) {
        csv_usage("--now-column: '%s' is a name, but with --no-header there are no names", item);
    } else {
        size_t at = find_header(R, item, k);
        if (at == SIZE_MAX)
            unknown_column(R, item, k);
        R->now_col = at;
    }
    free(item);
}

static int by_index(const void *a, const void *b)
{
    const column *x = a, *y = b;
    return (x->index > y->index) - (x->index < y->index);
}


static void summary(const run *R)
{
    if (R->now_col != SIZE_MAX && R->rows_no_ref)
        fprintf(stderr, "datenorm csv: --now-column %zu: %llu rows hold no reference instant "
                "(the first on line %llu); their relative dates are kept as written\n",
                R->now_col + 1, (unsigned long long)R->rows_no_ref,
                (unsigned long long)R->first_no_ref);
    for (size_t k = 0; k < R->ncols; k++) {
        const column *c = &R->cols[k];
        const char *locale = c->ev.locs[0].n ? c->ev.locs[0].loc : "none";
        fprintf(stderr, "datenorm csv: column %zu%s%s%s: %llu converted", c->index + 1,
                c->name[0] ? " '" : "", c->name, c->name[0] ? "'" : "",
                (unsigned long long)c->converted);
        if (c->mismatched)
            fprintf(stderr, " (%llu naming a weekday the date does not fall on, first on line "
                    "%llu)", (unsigned long long)c->mismatched,
                    (unsigned long long)c->mismatch_line);
        fprintf(stderr, ", %llu kept", (unsigned long long)c->kept);
        if (c->no_ref)
            fprintf(stderr, " (%llu relative to a row without a reference instant)",
                    (unsigned long long)c->no_ref);
        fprintf(stderr, ", %llu empty; order %s", (unsigned long long)c->empty,
                c->how == CSV_ORDER_NA ? "n/a" : csvi_order_name(c->order));
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
                    R->order != DN_ORDER_AUTO ? "--order"
                    : c->locales[0] ? "from the locale"
                    : "as one date alone is read: dots day-first, / and - month-first");
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
        } else if (option(argc, argv, &i, "calendar", 0, &v)) { /* issue 11 */
            if (dn_calendar_from_name(v) < 0)
                csv_usage("invalid --calendar '%s': an ICU calendar name (buddhist, persian, "
                          "islamic-civil, ...; see datenorm --help)", v);
            R->calendar = v;
        } else if (option(argc, argv, &i, "now", 0, &v)) {
            R->now = v;
        } else if (option(argc, argv, &i, "now-column", 0, &v)) { /* issue 8 */
            if (!v[0])
                csv_usage("invalid --now-column '%s': a column name or a 1-based index", v);
            R->now_column_arg = v;
        } else if (option(argc, argv, &i, "zone", 0, &v)) {
            R->zone = v;
        } else if (option(argc, argv, &i, "to-zone", 0, &v)) { /* issue 9 */
            R->to_zone = v;
        } else if (option(argc, argv, &i, "assume-zone", 0, &v)) {
            R->assume_zone = v;
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

/* Opens R->encoding as the input's converter; *quiet_fail: return false instead of a usage
   error (a detected name ICU cannot use). */
static bool open_converter(run *R, bool quiet_fail);

static void open_encoding(run *R)
{
    if (R->encoding)
        open_converter(R, false);
}

/* Without --encoding, the input is taken for UTF-8 unless its head is not: then ICU's
   charset detector (ucsdet) names the encoding of that head, and an ASCII-compatible one
   is used as if --encoding had named it, with a notice on standard error. Cells further
   on that are not UTF-8 (the head was) are counted, and the summary suggests --encoding. */
static void detect_encoding(run *R)
{
    if (R->encoding)
        return;
    const char *p;
    long n = csv_reader_peek(R->rd, SNIFF_BYTES, &p);
    if (n < 0)
        csvi_read_failed(R, errno);
    size_t bad = utf8_bad(p, (size_t)n);
    if (bad == (size_t)n || ((size_t)n - bad < 4 && (size_t)n == SNIFF_BYTES))
        return; /* UTF-8 (a sequence cut by the sample's end is no evidence) */
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    const UCharsetMatch *m = NULL;
    if (U_SUCCESS(st))
        ucsdet_setText(det, p, (int32_t)n, &st);
    if (U_SUCCESS(st))
        m = ucsdet_detect(det, &st);
    const char *name = m && U_SUCCESS(st) ? ucsdet_getName(m, &st) : NULL;
    int32_t conf = m && U_SUCCESS(st) ? ucsdet_getConfidence(m, &st) : 0;
    static char chosen[64];
    if (name && U_SUCCESS(st) && strcmp(name, "UTF-8") != 0 && strlen(name) < sizeof chosen) {
        strcpy(chosen, name);
        R->encoding = chosen;
        if (!open_converter(R, true))
            R->encoding = NULL;
    }
    if (det)
        ucsdet_close(det);
    if (R->cnv)
        fprintf(stderr, "datenorm csv: %s is not UTF-8 (byte 0x%02X at offset %zu); reading it as "
                "%s, which ICU's detector names (confidence %d%%); --encoding chooses "
                "another\n", R->in_name, (unsigned char)p[bad], bad, R->encoding, (int)conf);
    else
        fprintf(stderr, "datenorm csv: warning: %s is not UTF-8 (byte 0x%02X at offset %zu) "
                "and its encoding could not be told; cells that do not decode are kept as they "
                "are; give --encoding\n", R->in_name, (unsigned char)p[bad], bad);
}

static bool open_converter(run *R, bool quiet_fail)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(R->encoding, &st);
    if (U_FAILURE(st) || !cnv) {
        if (quiet_fail)
            return false;
        csv_usage("invalid --encoding '%s': not a converter ICU knows", R->encoding);
    }
    const char *canon = ucnv_getName(cnv, &st);
    if (ucnv_getMinCharSize(cnv) != 1) {
        ucnv_close(cnv);
        if (quiet_fail)
            return false;
        csv_usage("--encoding '%s': only ASCII-compatible encodings can be read byte-exactly",
                  R->encoding);
    }
    if (U_SUCCESS(st) && strcmp(canon, "UTF-8") == 0) {
        ucnv_close(cnv);
        return true;
    }
    /* A byte the encoding cannot decode makes the cell "not a date", never a guess. */
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    R->cnv = cnv;
    return true;
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

static const char *delim_name(char d)
{
    switch (d) {
    case '\t': return "tab";
    case ',': return "','";
    case ';': return "';'";
    default: return "'|'";
    }
}

/* The delimiter, from whole records at the head of the input (csv_sniff_delimiter): 64 KiB
   first, more while that sample cuts the deciding records short (a quoted cell of 100 KB
   in the fourth row), up to the window's size. A delimiter that cannot be told is a usage
   error that asks for --delimiter, never a guess. */
static void detect_delimiter(run *R)
{
    if (R->delim)
        return;
    csv_sniff s;
    for (size_t want = SNIFF_BYTES;; want *= 4) {
        if (want > WINDOW_BYTES)
            want = WINDOW_BYTES;
        const char *p;
        long n = csv_reader_peek(R->rd, want, &p);
        if (n < 0)
            csvi_read_failed(R, errno);
        bool at_end = (size_t)n < want;
        if ((size_t)n > want)
            n = (long)want; /* the reader may hold more: the sample is what was asked for */
        size_t bom = n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        csv_sniff_delimiter(p + bom, (size_t)n - bom, at_end, &s);
        if (s.verdict != CSV_SNIFF_SHORT || at_end || want >= WINDOW_BYTES)
            break;
    }
    if (s.verdict == CSV_SNIFF_SHORT && s.other == 0 && s.width < 2) {
        fprintf(stderr, "datenorm csv: cannot tell the delimiter of %s: its first record is "
                "longer than %zu MB; give it with --delimiter (',', ';', tab or '|')\n",
                R->in_name, WINDOW_BYTES >> 20);
        exit(CLI_EXIT_USAGE);
    }
    if (s.other) {
        fprintf(stderr, "datenorm csv: cannot tell the delimiter of %s: %s and %s split its "
                "first %zu records equally well; give it with --delimiter (for instance "
                "--delimiter %s)\n", R->in_name, delim_name(s.delim), delim_name(s.other),
                s.records, delim_name(s.delim));
        exit(CLI_EXIT_USAGE);
    }
    if (s.verdict == CSV_SNIFF_ONE_COLUMN) {
        /* The header (or first row) holds no candidate: one column, whatever commas the
           rows hold ("Nov 22, 2015" unquoted is one cell, not "Nov 22" and " 2015"). The
           reader then splits at NUL only, which no text holds; --add-column needs a
           delimiter to write. */
        if (R->suffix) {
            fprintf(stderr, "datenorm csv: cannot tell the delimiter of %s: its first record "
                    "holds none of ',', ';', tab, '|', and --add-column needs one; give it with "
                    "--delimiter\n", R->in_name);
            exit(CLI_EXIT_USAGE);
        }
        s.delim = '\0';
    }
    R->delim = s.delim;
    csv_reader_set_delim(R->rd, R->delim);
}


int dn_cli_csv(int argc, char **argv)
{
    run *R = calloc(1, sizeof *R);
    if (!R)
        cli_fatal(CLI_EXIT_IO, "out of memory");
    cli_prog = "datenorm csv";
    parse_args(R, argc, argv);
    cli_check_zone("--to-zone", R->to_zone); /* issue 9 */
    cli_check_zone("--assume-zone", R->assume_zone);
    open_encoding(R);
    cli_context(&R->ctx, R->now, R->zone);
    R->run_ctx = R->ctx;
    R->now_col = SIZE_MAX;
    if (R->now_column_arg && R->now)
        csv_usage("--now and --now-column exclude each other%s", "");
    dn_options base = {0};
    base.locales = R->locale;
    base.order = R->order;
    base.calendar = R->calendar; /* issue 11 */
    R->base = cli_parser(&base);
    open_input(R);
    detect_encoding(R);
    encode_suffix(R);
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
    if (R->now_column_arg && !R->no_header)
        resolve_now_column(R, width);
    bool ended = csvi_read_window(R, &evs, &nev, detect || R->no_header);
    if (R->now_column_arg && R->no_header)
        resolve_now_column(R, nev);
    if (!detect && R->no_header) {
        resolve_columns(R, nev);
        for (size_t k = 0; k < R->ncols; k++)
            if (R->cols[k].index < nev) {
                R->cols[k].ev = evs[R->cols[k].index];
                evs[R->cols[k].index].named = NULL; /* the column's now */
            }
    }
    if (detect) {
        for (size_t i = 0; i < nev; i++)
            if (csvi_is_date_column(&evs[i])) {
                add_column(R, i);
                R->cols[R->ncols - 1].ev = evs[i];
                evs[i].named = NULL; /* the column's now */
            }
    }
    for (size_t i = 0; i < nev; i++)
        csvi_free_evidence(&evs[i]);
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

    csvi_settle(R, ended);

    R->progress = !R->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &R->t0);
    R->tlast = R->t0;
    int status = csvi_convert_all(R);

    if (!R->quiet)
        summary(R);
    cli_clock_note(R->now, &R->run_ctx, R->from_clock, R->quiet);
    bool missed = R->ncols == 0 && detect;
    for (size_t k = 0; k < R->ncols; k++) {
        const column *c = &R->cols[k];
        missed |= c->kept > 0;
        if (c->undecoded)
            fprintf(stderr, "datenorm csv: warning: column %zu: %llu kept cells are not UTF-8 "
                    "(the first on line %llu); if they hold dates, give the input's encoding "
                    "with --encoding (windows-1252, iso-8859-2, ...)\n", c->index + 1,
                    (unsigned long long)c->undecoded, (unsigned long long)c->undecoded_line);
        if (c->late_line)
            fprintf(stderr, "datenorm csv: warning: column %zu: line %llu reads only as %s, but "
                    "the first rows of this pipe left the order open and %s was used; rerun "
                    "with --order %s or from a file\n", c->index + 1,
                    (unsigned long long)c->late_line,
                    c->order == DN_ORDER_DMY ? "MDY" : "DMY", csvi_order_name(c->order),
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
    csvi_locale_done();
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
