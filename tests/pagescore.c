/*
 * pagescore.c: how well dn_search reads whole pages (issue 10): precision and recall over
 * the labelled pages of tests/pages/, no false date in its page furniture, and the
 * calibration of dn_date.confidence.
 *
 * Reads DIR/expected.tsv, one date a reader would mark a line:
 *     page<TAB>marked text<TAB>ISO 8601 as dn_format prints it[<TAB>occurrence]
 * ("en-news.txt  3 hours ago  2026-11-26T09:00:00Z"; the occurrence, 1 by default, picks
 * one of several equal texts of a page). The span is where the marked text stands in the
 * page. Each page (DIR/<page>, every *.txt but furniture.txt and README.txt) is searched whole with the
 * reference instant 2026-11-26T12:00:00Z. A result is right when an expected date of its
 * page has its value (dn_format, DN_STYLE_AUTO) and a span that overlaps it, each expected
 * date taken once; every other result is a false date, every expected date not taken a
 * miss. DIR/furniture.txt holds no-date snippets, one a line (# comments): each is searched
 * alone and any result is a false date.
 *
 *     pagescore [-v] [--min-precision P] [--min-recall R] [--max-furniture N]
 *               [--min-high A] DIR
 * prints the figures (and, with -v, every miss and false date), and exits 1 when a figure
 * is below its floor: precision and recall over the pages, false dates in the furniture,
 * and the share right of the results at confidence >= DN_CONFIDENCE_HIGH (pages and
 * furniture together). Exit 2 for a data error (a marked text not in its page).
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datenorm.h"

#define MAX_EXP 2048
#define MAX_RES 512

typedef struct {
    char page[64];
    char text[256];
    char iso[64];
    size_t start, end;
    bool taken;
} expect;

static expect exps[MAX_EXP];
static int nexp;
static bool verbose;

/* calibration: results by confidence band, [lo, hi) */
static const float bands[] = {0.0f, 0.3f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f, 1.01f};
#define NBANDS (sizeof bands / sizeof bands[0] - 1)
static int band_total[NBANDS], band_right[NBANDS];

static void calibrate(float conf, bool right)
{
    for (size_t b = 0; b < NBANDS; b++)
        if (conf >= bands[b] && conf < bands[b + 1]) {
            band_total[b]++;
            band_right[b] += right;
            return;
        }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t k; buf && (k = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += k;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

/* The n-th occurrence (1-based) of needle in hay. */
static const char *nth(const char *hay, size_t len, const char *needle, int n)
{
    size_t k = strlen(needle);
    for (size_t i = 0; k && i + k <= len; i++)
        if (memcmp(hay + i, needle, k) == 0 && --n == 0)
            return hay + i;
    return NULL;
}

static void read_expected(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/expected.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "pagescore: cannot read %s\n", path);
        exit(2);
    }
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#')
            continue;
        if (nexp == MAX_EXP) {
            fprintf(stderr, "pagescore: more than %d expected dates\n", MAX_EXP);
            exit(2);
        }
        expect *x = &exps[nexp];
        char *f1 = strtok(line, "\t"), *f2 = strtok(NULL, "\t"), *f3 = strtok(NULL, "\t"),
             *f4 = strtok(NULL, "\t");
        if (!f1 || !f2 || !f3) {
            fprintf(stderr, "pagescore: %s: a line without three fields\n", path);
            exit(2);
        }
        snprintf(x->page, sizeof x->page, "%s", f1);
        snprintf(x->text, sizeof x->text, "%s", f2);
        snprintf(x->iso, sizeof x->iso, "%s", f3);
        x->start = (size_t)(f4 ? atoi(f4) : 1); /* the occurrence, until the page is read */
        nexp++;
    }
    fclose(f);
}

/* Searches one text; returns the number of results (at most MAX_RES). */
static size_t search(const dn_parser *p, const dn_context *ctx, const char *text, size_t len,
                     dn_date *res)
{
    size_t found = 0;
    dn_error err;
    if (dn_search_ex(p, text, len, ctx, NULL, res, MAX_RES, &found, &err) < 0) {
        fprintf(stderr, "pagescore: dn_search_ex: %s\n", err.message);
        exit(2);
    }
    return found < MAX_RES ? found : MAX_RES;
}

static int pages, found_total, right_total, exact_total, high_total, high_right;

static void score_page(const dn_parser *p, const dn_context *ctx, const char *dir,
                       const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *text = slurp(path, &len);
    if (!text) {
        fprintf(stderr, "pagescore: cannot read %s\n", path);
        exit(2);
    }
    pages++;
    for (int i = 0; i < nexp; i++) {
        if (strcmp(exps[i].page, name) != 0)
            continue;
        const char *at = nth(text, len, exps[i].text, (int)exps[i].start);
        if (!at) {
            fprintf(stderr, "pagescore: %s: \"%s\" (occurrence %zu) is not in the page\n", name,
                    exps[i].text, exps[i].start);
            exit(2);
        }
        exps[i].start = (size_t)(at - text);
        exps[i].end = exps[i].start + strlen(exps[i].text);
    }
    static dn_date res[MAX_RES];
    size_t n = search(p, ctx, text, len, res);
    for (size_t r = 0; r < n; r++) {
        char iso[DN_FORMAT_MAX];
        if (dn_format(&res[r], DN_STYLE_AUTO, iso, sizeof iso) < 0)
            iso[0] = 0;
        int hit = -1;
        for (int i = 0; i < nexp && hit < 0; i++)
            if (!exps[i].taken && strcmp(exps[i].page, name) == 0 &&
                strcmp(exps[i].iso, iso) == 0 && res[r].start < exps[i].end &&
                exps[i].start < res[r].end)
                hit = i;
        found_total++;
        calibrate(res[r].confidence, hit >= 0);
        if (res[r].confidence >= DN_CONFIDENCE_HIGH) {
            high_total++;
            high_right += hit >= 0;
        }
        if (hit >= 0) {
            exps[hit].taken = true;
            right_total++;
            exact_total += exps[hit].start == res[r].start && exps[hit].end == res[r].end;
        } else if (verbose)
            printf("false  %s\t%.*s\t%s\t%s %.2f\n", name, (int)(res[r].end - res[r].start),
                   text + res[r].start, iso, res[r].locale, res[r].confidence);
    }
    if (verbose)
        for (int i = 0; i < nexp; i++)
            if (!exps[i].taken && strcmp(exps[i].page, name) == 0)
                printf("missed %s\t%s\t%s\n", name, exps[i].text, exps[i].iso);
    free(text);
}

static int snippets, furniture_false;

static void score_furniture(const dn_parser *p, const dn_context *ctx, const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/furniture.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "pagescore: cannot read %s\n", path);
        exit(2);
    }
    char line[1024];
    static dn_date res[MAX_RES];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#')
            continue;
        snippets++;
        size_t n = search(p, ctx, line, strlen(line), res);
        for (size_t r = 0; r < n; r++) {
            char iso[DN_FORMAT_MAX];
            if (dn_format(&res[r], DN_STYLE_AUTO, iso, sizeof iso) < 0)
                iso[0] = 0;
            furniture_false++;
            calibrate(res[r].confidence, false);
            if (res[r].confidence >= DN_CONFIDENCE_HIGH)
                high_total++;
            if (verbose)
                printf("false  furniture\t%.*s\t%s\t%s %.2f\t(%s)\n",
                       (int)(res[r].end - res[r].start), line + res[r].start, iso,
                       res[r].locale, res[r].confidence, line);
        }
    }
    fclose(f);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    double min_p = 0, min_r = 0, min_high = 0;
    int max_furniture = -1;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = true;
        else if (!strcmp(argv[i], "--min-precision") && i + 1 < argc)
            min_p = atof(argv[++i]);
        else if (!strcmp(argv[i], "--min-recall") && i + 1 < argc)
            min_r = atof(argv[++i]);
        else if (!strcmp(argv[i], "--max-furniture") && i + 1 < argc)
            max_furniture = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--min-high") && i + 1 < argc)
            min_high = atof(argv[++i]);
        else
            dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: pagescore [-v] [--min-precision P] [--min-recall R] "
                        "[--max-furniture N] [--min-high A] DIR\n");
        return 2;
    }
    read_expected(dir);
    dn_parser *p;
    dn_error err;
    if (dn_parser_new(NULL, &p, &err) < 0) {
        fprintf(stderr, "pagescore: %s\n", err.message);
        return 2;
    }
    dn_context ctx;
    dn_context_from_iso(&ctx, "2026-11-26T12:00:00Z", 20, NULL);

    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "pagescore: cannot open %s\n", dir);
        return 2;
    }
    char *names[512];
    int nnames = 0;
    for (struct dirent *de; (de = readdir(d)) != NULL && nnames < 512;) {
        size_t k = strlen(de->d_name);
        if (k > 4 && !strcmp(de->d_name + k - 4, ".txt") && strcmp(de->d_name, "furniture.txt") &&
            strcmp(de->d_name, "README.txt"))
            names[nnames++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, (size_t)nnames, sizeof names[0], by_name);
    /* a marked date whose page is missing is an error of the data */
    for (int i = 0; i < nexp; i++) {
        bool have = false;
        for (int k = 0; k < nnames && !have; k++)
            have = !strcmp(names[k], exps[i].page);
        if (!have) {
            fprintf(stderr, "pagescore: expected.tsv names %s, which is not in %s\n",
                    exps[i].page, dir);
            return 2;
        }
    }
    for (int k = 0; k < nnames; k++) {
        score_page(p, &ctx, dir, names[k]);
        free(names[k]);
    }
    score_furniture(p, &ctx, dir);

    double prec = found_total ? (double)right_total / found_total : 1.0;
    double rec = nexp ? (double)right_total / nexp : 1.0;
    double high = high_total ? (double)high_right / high_total : 1.0;
    printf("pages %d, dates marked %d, results %d, right %d (exact span %d)\n", pages, nexp,
           found_total, right_total, exact_total);
    printf("precision %.1f%%, recall %.1f%%\n", 100 * prec, 100 * rec);
    printf("furniture: %d snippets, %d false dates\n", snippets, furniture_false);
    printf("confidence >= %.2f: %d of %d right (%.1f%%)\n", (double)DN_CONFIDENCE_HIGH,
           high_right, high_total, 100 * high);
    printf("calibration (confidence band: right / results):\n");
    for (size_t b = 0; b < NBANDS; b++)
        if (band_total[b])
            printf("  [%.2f, %.2f)  %4d / %4d  %5.1f%%\n", (double)bands[b],
                   (double)(bands[b + 1] > 1 ? 1.0f : bands[b + 1]), band_right[b],
                   band_total[b], 100.0 * band_right[b] / band_total[b]);
    dn_parser_free(p);
    int rc = 0;
    if (prec < min_p) {
        printf("FAIL: precision %.3f below %.3f\n", prec, min_p);
        rc = 1;
    }
    if (rec < min_r) {
        printf("FAIL: recall %.3f below %.3f\n", rec, min_r);
        rc = 1;
    }
    if (max_furniture >= 0 && furniture_false > max_furniture) {
        printf("FAIL: %d false dates in the furniture, more than %d\n", furniture_false,
               max_furniture);
        rc = 1;
    }
    if (high < min_high) {
        printf("FAIL: %.3f of the results at confidence >= %.2f right, below %.3f\n", high,
               (double)DN_CONFIDENCE_HIGH, min_high);
        rc = 1;
    }
    return rc;
}
