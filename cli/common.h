/*
 * Helpers shared by the modes of the datenorm program (line mode, search, csv): exit
 * statuses, a buffered writer and a line reader over raw file descriptors, the parsers of
 * the option values every mode takes (--format, --order, --now), and the messages of
 * usage and I/O errors. Nothing here knows about dates beyond the public API's types.
 *
 * Failures end the program from inside these helpers, on purpose: a CLI has one sensible
 * reaction to a write error (say so, exit 3) or a closed pipe (exit 0, silently), and
 * doing it here keeps every mode's loop free of error plumbing.
 */
#ifndef DATENORM_CLI_COMMON_H
#define DATENORM_CLI_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "datenorm.h"

/* Exit statuses, as documented in --help, datenorm(1) and the README. */
enum {
    CLI_EXIT_OK = 0,     /* every input held a date (a closed output pipe also ends with 0) */
    CLI_EXIT_NODATE = 1, /* some input held no date */
    CLI_EXIT_USAGE = 2,  /* unknown option, bad option value */
    CLI_EXIT_IO = 3      /* read or write error, or a failure to start (memory, ICU data) */
};

/* ---- output: one buffer in front of write(2) ------------------------------------------ */
#define CLI_OUT_SIZE (64 * 1024)

typedef struct {
    int fd;
    bool line_flush; /* flush at each end of line: the output is a terminal */
    size_t n;        /* bytes waiting in buf */
    char buf[CLI_OUT_SIZE];
} cli_out;

void cli_out_init(cli_out *o, int fd);
/* Writes out what is buffered. On EPIPE exits 0 without a word; on any other error prints
   a message and exits CLI_EXIT_IO. */
void cli_out_flush(cli_out *o);

/* Makes room for n more bytes (n <= CLI_OUT_SIZE) and returns where to write them; the
   caller then adds what it wrote to o->n. */
static inline char *cli_out_reserve(cli_out *o, size_t n)
{
    if (CLI_OUT_SIZE - o->n < n)
        cli_out_flush(o);
    return o->buf + o->n;
}

void cli_out_bytes_slow(cli_out *o, const char *s, size_t n);

static inline void cli_out_bytes(cli_out *o, const char *s, size_t n)
{
    if (CLI_OUT_SIZE - o->n >= n) {
        memcpy(o->buf + o->n, s, n);
        o->n += n;
    } else {
        cli_out_bytes_slow(o, s, n);
    }
}

static inline void cli_out_str(cli_out *o, const char *s)
{
    cli_out_bytes(o, s, strlen(s));
}

static inline void cli_out_char(cli_out *o, char c)
{
    if (o->n == CLI_OUT_SIZE)
        cli_out_flush(o);
    o->buf[o->n++] = c;
}

/* Ends a line: LF, and a flush when the output is a terminal. */
static inline void cli_out_eol(cli_out *o)
{
    cli_out_char(o, '\n');
    if (o->line_flush)
        cli_out_flush(o);
}

void cli_out_long(cli_out *o, long long v);

/* ---- input: lines of any length from a file descriptor -------------------------------- */
typedef struct {
    int fd;
    const char *name; /* for messages: "standard input" */
    char *buf;
    size_t cap;       /* allocated size of buf */
    size_t pos, end;  /* unread bytes are buf[pos..end) */
    size_t max_line;  /* bytes of a line kept; the rest of a longer line is skipped */
    bool eof;
    bool skipping;    /* dropping the tail of a line longer than max_line */
} cli_in;

/* Default for max_line: a line is examined up to its first 64 MiB (DATENORM_MAX_LINE in the
   environment overrides it, which the tests use to reach the limit cheaply). */
#define CLI_MAX_LINE_DEFAULT ((size_t)64 << 20)

void cli_in_init(cli_in *in, int fd, const char *name);
void cli_in_free(cli_in *in);
/* Reads the next line (without its LF, and without the CR of a CRLF) into *line, *len; the
   bytes stay valid until the next call. Returns false at the end of the input. A last line
   without LF is a line; an empty input has none. Exits CLI_EXIT_IO on a read error. */
bool cli_in_line(cli_in *in, const char **line, size_t *len);
/* Reads more bytes into the buffer, growing it to hold at least want unread bytes. Returns
   the number of bytes read (0 at the end of the input). Used by search's chunking. */
size_t cli_in_fill(cli_in *in, size_t want);

/* ---- option values, messages ----------------------------------------------------------- */
extern const char *cli_prog; /* "datenorm", or "datenorm search" */

/* Each returns true and sets *out, or false when the value is not one of the names. */
bool cli_parse_style(const char *s, dn_style *out);
bool cli_parse_order(const char *s, dn_order *out);

/* Prints "PROG: MESSAGE" and "Try 'datenorm --help' for more information." on stderr, and
   exits CLI_EXIT_USAGE. */
_Noreturn void cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "PROG: error reading|writing NAME: strerror(err)", exit CLI_EXIT_IO. */
_Noreturn void cli_io_error(const char *verb, const char *name, int err);
/* "PROG: MESSAGE" on stderr, exit status as given. */
_Noreturn void cli_fatal(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The reference instant of a run: --now (ISO 8601 or Unix seconds) seen in --zone, or the
   current time in --zone (NULL = none: UTC), by the library's rule (dn_context_from_text).
   Exits CLI_EXIT_USAGE naming the option whose value cannot be read. */
void cli_context(dn_context *ctx, const char *now, const char *zone);
/* issue 8: the flags of a result that the reference instant decided (a relative date, a
   year taken from the reference). */
#define CLI_FROM_REFERENCE (DN_FLAG_RELATIVE | DN_FLAG_YEAR_IMPLIED)
/* issue 8: without --now (now NULL), a run that resolved n > 0 results against the clock
   says so once on standard error, with the instant used: scraped text is rarely from today.
   Nothing with --now, with --quiet, or when n is 0. */
void cli_clock_note(const char *now, const dn_context *ctx, unsigned long long n, bool quiet);
/* issue 9: --to-zone and --assume-zone. cli_check_zone exits CLI_EXIT_USAGE naming the
   option and the zone when zone (NULL = not given) cannot be read; cli_to_zone applies both
   to a result (dn_date_to_zone), a no-op when neither is given. */
void cli_check_zone(const char *option, const char *zone);
static inline void cli_to_zone(dn_date *d, const char *to_zone, const char *assume_zone)
{
    if (to_zone || assume_zone)
        dn_date_to_zone(d, to_zone, assume_zone, NULL);
}
/* Builds the parser; a bad --locale is a usage error, other failures exit CLI_EXIT_IO. */
dn_parser *cli_parser(const dn_options *opts);

#endif
