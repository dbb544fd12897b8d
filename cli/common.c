/*
 * The plumbing of the datenorm program, shared by its modes: a buffered writer and a line
 * reader on raw file descriptors, option-value parsers, and error messages with their exit
 * statuses. It does no date work and holds no state beyond the one pointer to standard
 * output's writer (so a read error can first write out the results already computed).
 *
 * Why raw read(2)/write(2) rather than stdio: line mode aims at millions of lines a second,
 * so each line must cost a memchr and a memcpy, never a syscall; and a write error must be
 * seen where it happens (stdio would hide ENOSPC until fclose).
 */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

const char *cli_prog = "datenorm";

/* The writer of standard output, flushed before exiting on a read error: every result
   computed before the failure still reaches the user. */
static cli_out *stdout_writer;

/* ---- messages ----------------------------------------------------------------------- */

/* "datenorm: MESSAGE" and the tail, on standard error. */
static void message(const char *tail, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: ", cli_prog);
    vfprintf(stderr, fmt, ap);
    fputs(tail, stderr);
}

_Noreturn void cli_fatal(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    message("\n", fmt, ap);
    va_end(ap);
    exit(status);
}

_Noreturn void cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    char tail[80]; /* the help of the mode: "datenorm csv --help" in csv mode */
    snprintf(tail, sizeof tail, "\nTry '%s --help' for more information.\n", cli_prog);
    va_start(ap, fmt);
    message(tail, fmt, ap);
    va_end(ap);
    exit(CLI_EXIT_USAGE);
}

_Noreturn void cli_io_error(const char *verb, const char *name, int err)
{
    /* A read error: results already computed are written first. A write error cannot
       flush again, hence the pointer is cleared before. */
    cli_out *o = stdout_writer;
    stdout_writer = NULL;
    if (o && o->fd >= 0 && strcmp(verb, "reading") == 0)
        cli_out_flush(o);
    cli_fatal(CLI_EXIT_IO, "error %s %s: %s", verb, name, strerror(err));
}

/* ---- output ------------------------------------------------------------------------- */

void cli_out_init(cli_out *o, int fd)
{
    o->fd = fd;
    o->n = 0;
    o->line_flush = isatty(fd) == 1;
    if (fd == STDOUT_FILENO)
        stdout_writer = o;
}

void cli_out_flush(cli_out *o)
{
    size_t done = 0;
    while (done < o->n) {
        ssize_t k = write(o->fd, o->buf + done, o->n - done);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            /* The reader went away (datenorm ... | head -1): it has all it wanted. */
            if (errno == EPIPE)
                exit(CLI_EXIT_OK);
            o->n = 0;
            cli_io_error("writing", o->fd == STDOUT_FILENO ? "standard output" : "output",
                         errno);
        }
        done += (size_t)k;
    }
    o->n = 0;
}

void cli_out_bytes_slow(cli_out *o, const char *s, size_t n)
{
    while (n > 0) {
        if (o->n == CLI_OUT_SIZE)
            cli_out_flush(o);
        size_t room = CLI_OUT_SIZE - o->n;
        size_t k = n < room ? n : room;
        memcpy(o->buf + o->n, s, k);
        o->n += k;
        s += k;
        n -= k;
    }
}

void cli_out_long(cli_out *o, long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    /* Work on the magnitude as unsigned so that LLONG_MIN does not overflow. */
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    cli_out_bytes(o, tmp + i, sizeof tmp - i);
}

/* ---- input -------------------------------------------------------------------------- */

#define CLI_IN_INITIAL (256 * 1024)

void cli_in_init(cli_in *in, int fd, const char *name)
{
    memset(in, 0, sizeof *in);
    in->fd = fd;
    in->name = name;
    in->max_line = CLI_MAX_LINE_DEFAULT;
    const char *env = getenv("DATENORM_MAX_LINE");
    if (env && *env) {
        char *endp;
        unsigned long long v = strtoull(env, &endp, 10);
        if (*endp == '\0' && v > 0 && v < ((unsigned long long)1 << 40))
            in->max_line = (size_t)v;
    }
}

void cli_in_free(cli_in *in)
{
    free(in->buf);
    in->buf = NULL;
    in->cap = 0;
}

/* Moves the unread bytes to the front and grows the buffer to want bytes (always leaving
   room for at least one more byte). Callers choose want, so memory stays bounded by them. */
static void in_make_room(cli_in *in, size_t want)
{
    if (in->pos > 0) {
        memmove(in->buf, in->buf + in->pos, in->end - in->pos);
        in->end -= in->pos;
        in->pos = 0;
    }
    if (want <= in->end)
        want = in->end + 1;
    if (in->cap >= want)
        return;
    char *b = realloc(in->buf, want);
    if (!b)
        cli_fatal(CLI_EXIT_IO, "out of memory (a buffer of %zu bytes for %s)", want, in->name);
    in->buf = b;
    in->cap = want;
}

/* One read(2) into the free space; sets eof at the end. */
static size_t in_read(cli_in *in)
{
    for (;;) {
        ssize_t k = read(in->fd, in->buf + in->end, in->cap - in->end);
        if (k > 0) {
            in->end += (size_t)k;
            return (size_t)k;
        }
        if (k == 0) {
            in->eof = true;
            return 0;
        }
        if (errno != EINTR)
            cli_io_error("reading", in->name, errno);
    }
}

size_t cli_in_fill(cli_in *in, size_t want)
{
    if (in->eof)
        return 0;
    in_make_room(in, want);
    return in_read(in);
}

static inline void strip_cr(const char *line, size_t *len)
{
    if (*len > 0 && line[*len - 1] == '\r')
        (*len)--;
}

bool cli_in_line(cli_in *in, const char **line, size_t *len)
{
    for (;;) {
        size_t avail = in->end - in->pos;
        /* buf is NULL before the first read: NULL + 0 is undefined (clang's UBSan says so) */
        char *start = in->buf ? in->buf + in->pos : NULL;
        if (in->skipping) {
            /* The tail of a line longer than max_line, already answered: drop it. */
            char *nl = avail ? memchr(start, '\n', avail) : NULL;
            if (nl) {
                in->pos += (size_t)(nl - start) + 1;
                in->skipping = false;
                continue;
            }
            in->pos = in->end = 0;
            if (in->eof) {
                in->skipping = false;
                return false;
            }
            in_make_room(in, CLI_IN_INITIAL);
            in_read(in);
            continue;
        }
        /* A line of exactly max_line bytes still has its LF at index max_line. */
        size_t look = avail < in->max_line + 1 ? avail : in->max_line + 1;
        char *nl = look ? memchr(start, '\n', look) : NULL;
        if (nl) {
            *line = start;
            *len = (size_t)(nl - start);
            in->pos += *len + 1;
            strip_cr(*line, len);
            return true;
        }
        if (avail > in->max_line) {
            /* Longer than we examine: answer on its first max_line bytes (still one output
               line for one input line), and drop the rest on the next call. */
            *line = start;
            *len = in->max_line;
            in->pos += in->max_line;
            in->skipping = true;
            return true;
        }
        if (in->eof) {
            if (avail == 0)
                return false;
            *line = start;
            *len = avail;
            in->pos = in->end;
            strip_cr(*line, len);
            return true;
        }
        /* No LF yet: grow geometrically, but never past what one line may use. */
        size_t want = avail < CLI_IN_INITIAL / 2 ? CLI_IN_INITIAL : avail * 2;
        if (want > in->max_line + 1)
            want = in->max_line + 1;
        in_make_room(in, want);
        in_read(in);
    }
}

/* ---- option values ------------------------------------------------------------------ */

/* The names the command line accepts, as data; matched case-insensitively. */
static const struct {
    const char *name;
    dn_style style;
} style_names[] = {
    {"auto", DN_STYLE_AUTO},
    {"date", DN_STYLE_DATE},
    {"datetime", DN_STYLE_DATETIME},
};

static const struct {
    const char *name;
    dn_order order;
} order_names[] = {
    {"DMY", DN_ORDER_DMY},
    {"MDY", DN_ORDER_MDY},
    {"YMD", DN_ORDER_YMD},
};

bool cli_parse_style(const char *s, dn_style *out)
{
    for (size_t i = 0; i < sizeof style_names / sizeof style_names[0]; i++)
        if (strcasecmp(s, style_names[i].name) == 0) {
            *out = style_names[i].style;
            return true;
        }
    return false;
}

bool cli_parse_order(const char *s, dn_order *out)
{
    for (size_t i = 0; i < sizeof order_names / sizeof order_names[0]; i++)
        if (strcasecmp(s, order_names[i].name) == 0) {
            *out = order_names[i].order;
            return true;
        }
    return false;
}

void cli_context(dn_context *ctx, const char *now, const char *zone)
{
    dn_error err = {0};
    int rc;
    if (now)
        rc = dn_context_from_text(ctx, now, strlen(now), zone, &err);
    else /* read the clock once: every input of a run shares one reference instant */
        rc = dn_context_from_unix(ctx, (int64_t)time(NULL), zone, &err);
    if (rc == DN_ERR_ZONE)
        cli_usage_error("invalid --zone value '%s': %s", zone, err.message);
    if (rc < 0)
        cli_usage_error("invalid --now value '%s': %s", now ? now : "",
                        err.message[0] ? err.message : dn_strerror(rc));
}

void cli_check_zone(const char *option, const char *zone)
{
    dn_error err = {0};
    int minutes;
    if (zone && dn_zone_offset(zone, 0, &minutes, &err) < 0)
        cli_usage_error("invalid %s value '%s' (expected UTC, an offset such as +05:30, or a "
                        "zone id such as Europe/Paris)", option, zone);
}

void cli_clock_note(const char *now, const dn_context *ctx, unsigned long long n, bool quiet)
{
    if (now || n == 0 || quiet)
        return;
    int64_t local = ctx->now + (int64_t)ctx->now_offset_minutes * 60;
    int64_t days = (local >= 0 ? local : local - 86399) / 86400, secs = local - days * 86400;
    /* days since 1970-01-01 to a civil date (Howard Hinnant's algorithm) */
    int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
    long long y = (long long)(yoe + era * 400 + (m <= 2));
    int off = ctx->now_offset_minutes, aoff = off < 0 ? -off : off;
    char zone[16] = "Z";
    if (off)
        snprintf(zone, sizeof zone, "%c%02d:%02d", off < 0 ? '-' : '+', aoff / 60, aoff % 60);
    fprintf(stderr, "%s: note: %llu result%s resolved against the current time, "
            "%04lld-%02d-%02dT%02d:%02d:%02d%s (no --now given)\n", cli_prog, n,
            n == 1 ? " was" : "s were", y, m, d, (int)(secs / 3600), (int)(secs / 60 % 60),
            (int)(secs % 60), zone);
}

dn_parser *cli_parser(const dn_options *opts)
{
    dn_parser *p = NULL;
    dn_error err = {0};
    int rc = dn_parser_new(opts, &p, &err);
    if (rc == DN_ERR_LOCALE)
        cli_usage_error("invalid --locale value '%s': %s", opts->locales ? opts->locales : "",
                        err.message[0] ? err.message : "not a locale ICU knows");
    if (rc == DN_ERR_ZONE)
        cli_usage_error("invalid --zone value '%s': %s", opts->zone ? opts->zone : "",
                        err.message);
    if (rc < 0 || !p)
        cli_fatal(CLI_EXIT_IO, "cannot start: %s", err.message[0] ? err.message : dn_strerror(rc));
    return p;
}
