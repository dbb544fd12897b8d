/*
 * bench_search.c: dn_search's throughput over whole pages (bench/search-bench). Reads a
 * corpus of pages separated by form feeds (bench/gen_pages) into memory, then searches each
 * page with one dn_search call (reference 2026-11-26T12:00:00Z), ROUNDS times, and prints
 * for each round the MB/s of text on one core (process CPU time), then the median, and the
 * dates found per round.
 *
 *     bench_search FILE [ROUNDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datenorm.h"

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_search FILE [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    if (rounds < 1 || rounds > 99)
        rounds = 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "bench_search: cannot read %s\n", argv[1]);
        return 2;
    }
    fclose(f);
    dn_parser *p;
    dn_error err;
    if (dn_parser_new(NULL, &p, &err) < 0) {
        fprintf(stderr, "bench_search: %s\n", err.message);
        return 2;
    }
    dn_context ctx;
    dn_context_from_iso(&ctx, "2026-11-26T12:00:00Z", 20, NULL);
    static dn_date out[4096];
    double mbs[99];
    size_t found = 0, pages = 0;
    for (int r = 0; r < rounds; r++) {
        found = 0, pages = 0;
        double t0 = cpu_seconds();
        for (char *s = text, *end = text + size; s < end;) {
            char *ff = memchr(s, '\f', (size_t)(end - s));
            size_t len = ff ? (size_t)(ff - s) : (size_t)(end - s);
            found += dn_search(p, s, len, &ctx, out, 4096);
            pages++;
            s += len + 1;
        }
        double dt = cpu_seconds() - t0;
        mbs[r] = (double)size / (1 << 20) / dt;
        printf("round %d: %.1f MB/s\n", r + 1, mbs[r]);
    }
    qsort(mbs, (size_t)rounds, sizeof mbs[0], cmp);
    printf("%ld bytes, %zu pages, %zu dates a round; median %.1f MB/s on one core\n", size,
           pages, found, mbs[rounds / 2]);
    dn_parser_free(p);
    free(text);
    return 0;
}
