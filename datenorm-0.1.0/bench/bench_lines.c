/*
 * bench_lines: measures datenorm's line mode through the library, on one core.
 *
 *     bench/bench_lines [-r RUNS] [-l LOCALES] FILE
 *
 * Reads FILE into memory, builds one parser (no locale hint unless -l is given), then RUNS
 * times (default 5) calls dn_parse and, when a date is found, dn_format (DN_STYLE_AUTO) on
 * every line, as `datenorm < FILE` does minus the I/O. Prints the median lines per second
 * over the runs, by wall time and by the thread's CPU time (on a loaded shared machine the
 * CPU figure is what one core does; on an idle one the two agree), ns per line, the found/none/error counts, a checksum of the formatted
 * output (the same corpus must give the same checksum on every run and every machine), and
 * the peak resident set size. Lines end at '\n'; a '\r' before it is not part of the line.
 *
 * The reference instant is pinned (2026-11-26T12:00:00Z) so that relative expressions and
 * dates without a year resolve the same way on every run.
 *
 * Not measured here: reading stdin, writing stdout, start-up (bench/run times the CLI for
 * those). Single-threaded on purpose: the target is per core.
 * Under callgrind, run with --toggle-collect=run_once so that only the parse loop counts.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, getopt under -std=c11 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "datenorm.h"

typedef struct {
    size_t lines, found, none, errors;
    uint64_t checksum;
} tally;

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now_seconds(void)
{
    return clock_seconds(CLOCK_MONOTONIC);
}

/* FNV-1a over the formatted dates, so a changed result changes the checksum. */
static uint64_t mix(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3u;
    }
    return h;
}

/* One pass over the corpus. noinline: callgrind's --toggle-collect names this function. */
__attribute__((noinline)) static tally run_once(const dn_parser *p, const dn_context *ctx,
                                                const char *text, size_t len)
{
    tally t = {0, 0, 0, 0, 0xcbf29ce484222325u};
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t n = end - pos;
        if (n > 0 && text[pos + n - 1] == '\r')
            n--;
        dn_date d;
        int rc = dn_parse(p, text + pos, n, ctx, &d);
        if (rc == 1) {
            char buf[DN_FORMAT_MAX];
            int k = dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
            if (k > 0) {
                t.found++;
                t.checksum = mix(t.checksum, buf, (size_t)k);
            } else {
                t.errors++;
            }
        } else if (rc == 0) {
            t.none++;
        } else {
            t.errors++;
        }
        t.checksum = mix(t.checksum, "\n", 1);
        t.lines++;
        pos = end + 1;
    }
    return t;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* kilobytes on Linux */
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            errno = ENOMEM;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void usage(const char *argv0)
{
    fprintf(stderr, "usage: %s [-r RUNS] [-l LOCALES] FILE\n", argv0);
}

int main(int argc, char **argv)
{
    int runs = 5, opt;
    const char *locales = NULL;
    while ((opt = getopt(argc, argv, "r:l:h")) != -1) {
        switch (opt) {
        case 'r':
            runs = atoi(optarg);
            if (runs < 1 || runs > 1000) {
                fprintf(stderr, "bench_lines: RUNS must be 1..1000\n");
                return 2;
            }
            break;
        case 'l':
            locales = optarg;
            break;
        default:
            usage(argv[0]);
            return opt == 'h' ? 0 : 2;
        }
    }
    if (optind != argc - 1) {
        usage(argv[0]);
        return 2;
    }

    dn_options opts;
    memset(&opts, 0, sizeof opts);
    opts.locales = locales;
    dn_parser *p = NULL;
    dn_error err;
    double t0 = now_seconds();
    if (dn_parser_new(&opts, &p, &err) < 0) {
        fprintf(stderr, "bench_lines: dn_parser_new: %s\n", err.message);
        return 1;
    }
    double build = now_seconds() - t0;
    long rss_parser = peak_rss_kb();

    size_t len;
    char *text = read_file(argv[optind], &len);
    if (!text) {
        fprintf(stderr, "bench_lines: %s: %s\n", argv[optind], strerror(errno));
        dn_parser_free(p);
        return 1;
    }

    const dn_context ctx = {1795694400, 0}; /* 2026-11-26T12:00:00Z */
    double *secs = calloc((size_t)runs, sizeof *secs);
    double *cpu = calloc((size_t)runs, sizeof *cpu);
    if (!secs || !cpu) {
        fprintf(stderr, "bench_lines: out of memory\n");
        return 1;
    }
    tally first = {0, 0, 0, 0, 0};
    for (int r = 0; r < runs; r++) {
        double s = now_seconds(), c = clock_seconds(CLOCK_THREAD_CPUTIME_ID);
        tally t = run_once(p, &ctx, text, len);
        secs[r] = now_seconds() - s;
        cpu[r] = clock_seconds(CLOCK_THREAD_CPUTIME_ID) - c;
        if (r == 0) {
            first = t;
        } else if (t.checksum != first.checksum || t.found != first.found) {
            /* The parser is immutable and the context pinned: runs must agree. */
            fprintf(stderr, "bench_lines: run %d differs from run 0 (nondeterminism)\n", r);
            return 1;
        }
    }
    qsort(secs, (size_t)runs, sizeof *secs, cmp_double);
    qsort(cpu, (size_t)runs, sizeof *cpu, cmp_double);
    double median = runs % 2 ? secs[runs / 2] : (secs[runs / 2 - 1] + secs[runs / 2]) / 2;
    double cpu_median = runs % 2 ? cpu[runs / 2] : (cpu[runs / 2 - 1] + cpu[runs / 2]) / 2;
    double n = first.lines ? (double)first.lines : 1;

    printf("corpus:        %s (%zu lines, %zu bytes)\n", argv[optind], first.lines, len);
    printf("hint:          %s\n", locales ? locales : "(none)");
    printf("parser build:  %.3f ms\n", build * 1e3);
    printf("runs:          %d (fastest %.0f, slowest %.0f lines/s)\n", runs,
           n / secs[0], n / secs[runs - 1]);
    printf("lines/s:       %.0f (median)\n", n / median);
    printf("ns/line:       %.1f\n", median * 1e9 / n);
    printf("CPU lines/s:   %.0f (median of the thread's CPU time)\n", n / cpu_median);
    printf("CPU ns/line:   %.1f\n", cpu_median * 1e9 / n);
    printf("found:         %zu (%.1f%%)\n", first.found, 100.0 * (double)first.found / n);
    printf("none:          %zu (%.1f%%)\n", first.none, 100.0 * (double)first.none / n);
    printf("errors:        %zu\n", first.errors);
    printf("checksum:      %016" PRIx64 "\n", first.checksum);
    printf("peak RSS:      %.1f MB (%.1f MB after dn_parser_new; the corpus in memory: %.1f MB)\n",
           peak_rss_kb() / 1024.0, rss_parser / 1024.0, (double)len / (1024.0 * 1024.0));

    free(secs);
    free(cpu);
    free(text);
    dn_parser_free(p);
    return first.errors ? 1 : 0;
}
