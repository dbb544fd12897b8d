/*
 * degenerate: worst-case time per byte of dn_parse and dn_search on degenerate inputs, and
 * a linearity check. Each input is one line of 1 MB and of 10 MB made of one unit repeated
 * (digits, dashes, brackets, "1/1/", "1-", spaces, a month name, a whole date, invalid
 * bytes, CJK marks, ...) or of random bytes; the time per byte of the 10 MB line is
 * compared with that of the 1 MB line. A quadratic path shows as a ratio near 10; a linear
 * one stays near 1.
 *
 * Usage: bench/degenerate [-q] [MAX_RATIO]
 *   prints one row per input: ns/byte at 1 MB and 10 MB for dn_parse and dn_search, and the
 *   10 MB / 1 MB ratio; then the worst ns/byte. Exits 1 when a ratio exceeds MAX_RATIO
 *   (default 2.5: the machine is shared, timings are noisy, a quadratic path gives ~10).
 * Each figure is the fastest of a few runs (1 MB: 5, 10 MB: 2) in CPU time of the thread
 * (CLOCK_THREAD_CPUTIME_ID): on a machine shared with builds, wall time mostly measures the
 * others; CPU time still includes cache and memory effects of a 10 MB line.
 * It is a measurement, not a test: `make check` does not run it (`make degenerate` does).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datenorm.h"

#define MB ((size_t)1 << 20)

static const struct {
    const char *name;
    const char *unit; /* NULL = random bytes */
} inputs[] = {
    {"digits", "1"},
    {"dashes", "-"},
    {"brackets", "["},
    {"parens", "("},
    {"1/1/", "1/1/"},
    {"1-", "1-"},
    {"1:", "1:"},
    {"1.", "1."},
    {"spaces", " "},
    {"letters", "a"},
    {"words", "zzq "},
    {"Nov", "Nov "},
    {"Novembre 22", "Novembre 22 "},
    {"22 Nov 2015", "22 Nov 2015 "},
    {"2015-11-22T", "2015-11-22T"},
    {"invalid 0xFF", "\xff"},
    {"NUL", "\0"}, /* unit of length 1: see fill() */
    {"CJK 年", "\xe5\xb9\xb4"},
    {"2015年11月", "2015\xe5\xb9\xb4" "11\xe6\x9c\x88"},
    {"random bytes", NULL},
};

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* Fills b[0..size) with the unit repeated (whole units), or with random bytes. */
static size_t fill(char *b, size_t size, const char *unit, int is_nul)
{
    if (!unit) {
        uint64_t x = 0x9E3779B97F4A7C15u; /* fixed seed: the same bytes on every run */
        for (size_t i = 0; i < size; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            b[i] = (char)(x >> 24);
        }
        return size;
    }
    size_t u = is_nul ? 1 : strlen(unit), k = 0;
    while (k + u <= size) {
        memcpy(b + k, unit, u);
        k += u;
    }
    return k;
}

/* Fastest of `runs` calls, in ns per byte. */
static double time_parse(const dn_parser *p, const char *b, size_t n, int runs, int search)
{
    dn_context ctx = {1795694400, 0};
    double best = 1e300;
    for (int r = 0; r < runs; r++) {
        dn_date d;
        double t0 = now_ns();
        if (search)
            (void)dn_search(p, b, n, &ctx, &d, 1);
        else
            (void)dn_parse(p, b, n, &ctx, &d);
        double t = now_ns() - t0;
        if (t < best)
            best = t;
    }
    return best / (double)n;
}

int main(int argc, char **argv)
{
    int quiet = 0;
    double max_ratio = 2.5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-q") == 0)
            quiet = 1;
        else
            max_ratio = atof(argv[i]);
    }
    dn_parser *p;
    dn_error err;
    if (dn_parser_new(NULL, &p, &err) != DN_OK) {
        fprintf(stderr, "degenerate: %s\n", err.message);
        return 2;
    }
    char *b = malloc(10 * MB);
    if (!b)
        return 2;
    double worst = 0, worst_ratio = 0;
    const char *worst_name = "", *worst_ratio_name = "";
    if (!quiet)
        printf("%-14s %10s %10s %10s %10s %7s\n", "input", "parse 1MB", "parse 10MB",
               "search 1MB", "search 10MB", "ratio");
    for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
        int is_nul = inputs[k].unit && inputs[k].unit[0] == '\0';
        double t[2][2]; /* [size][parse/search] ns per byte */
        for (int s = 0; s < 2; s++) {
            size_t n = fill(b, s ? 10 * MB : MB, inputs[k].unit, is_nul);
            int runs = s ? 2 : 5;
            t[s][0] = time_parse(p, b, n, runs, 0);
            t[s][1] = time_parse(p, b, n, runs, 1);
        }
        /* the ratio of the slower call: that is where a quadratic path would show */
        int slow = t[1][1] > t[1][0];
        double ratio = t[1][slow] / t[0][slow];
        if (!quiet)
            printf("%-14s %10.1f %10.1f %10.1f %10.1f %7.2f\n", inputs[k].name, t[0][0], t[1][0],
                   t[0][1], t[1][1], ratio);
        for (int s = 0; s < 2; s++)
            for (int c = 0; c < 2; c++)
                if (t[s][c] > worst)
                    worst = t[s][c], worst_name = inputs[k].name;
        if (ratio > worst_ratio)
            worst_ratio = ratio, worst_ratio_name = inputs[k].name;
    }
    printf("worst: %.1f ns/byte (%s); largest 10MB/1MB ratio %.2f (%s), limit %.2f\n", worst,
           worst_name, worst_ratio, worst_ratio_name, max_ratio);
    free(b);
    dn_parser_free(p);
    return worst_ratio > max_ratio ? 1 : 0;
}
