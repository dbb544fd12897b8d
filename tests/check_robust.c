/*
 * Hostile input and threads: the library's "never crashes, never reads a byte twice as a
 * date it is not" promises, checked with specific expected results.
 *   - bytes that are not text (invalid UTF-8, NUL, overlong encodings, lone surrogates, C0
 *     and C1 controls) are separators that no date spans: a date in the valid part is found
 *     with its exact span, a date cut by such a byte is not read across it;
 *   - every row of tests/data with a hostile byte put at every position: no result spans it;
 *   - lines of 10 MB of digits, dashes, brackets, "1/1/...", letters, spaces, invalid
 *     bytes (1 MB of month names, times, CJK marks): no date, or exactly the date appended
 *     after them, at its offset;
 *   - a date anywhere in a long run of tokens is read whole and once, across the engine's
 *     overlapping windows;
 *   - one parser shared by many threads gives the same results, byte for byte, as a
 *     single-threaded run; parsers built and freed in many threads at once agree too;
 *   - dn_search reads a page of many windows in a thread of DN_STACK_MIN bytes of stack.
 * Not here: allocation failure (tests/check_nomem.c, a program of its own because it wraps
 * the allocator), CLI faults (tests/robust-cli.test), timing (bench/degenerate).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

static dn_parser *new_parser(const char *locales, dn_order order)
{
    return dn_test_parser(locales, order);
}

/* The bytes of a string literal, NULs included. */
#define LIT(s) s, sizeof s - 1

/* ---- hostile bytes: table of exact expectations ---------------------------------------- */

typedef struct {
    const char *what;
    const char *text;
    size_t len;
    const char *want;   /* dn_format auto, "" = no date */
    size_t start, end;  /* the span when a date is wanted */
} hostile_case;

static const hostile_case hostile[] = {
    /* a word after an ISO 8601 hour that is an ordinal suffix somewhere and am/pm elsewhere:
       the ISO reader reads the time without a context (found by fuzz_parse, 2026-12-06) */
    {"an ordinal or am/pm word after an ISO 8601 hour", LIT("2015-11-22T10de"),
     "2015-11-22T10:00:00", 0, 13},
    /* a clock that goes on past what a reader took is no time, and the ISO 8601 date it
       belongs to is no date: "1A" is not 1 am before ":30:00Z" (2026-12-06) */
    {"an am/pm letter glued inside an ISO 8601 time", LIT("2015-11-22T1A:30:00Z"), "", 0, 0},
    {"a timecode's fourth field", LIT("2015-11-22T10:30:00:45"), "", 0, 0},
    /* a date between invalid bytes is found, the bytes are outside its span */
    {"0xFF and 0xFE around", LIT("\xff" "22 Nov 2015\xfe"), "2015-11-22", 1, 12},
    {"0xFE 0xFF (a UTF-16 BOM) before", LIT("\xfe\xff" "2015-11-22"), "2015-11-22", 2, 12},
    {"bytes F5..FF (never UTF-8)", LIT("\xf5\x80\x80\x80 2015-11-22 \xf8\x88\x80\x80\x80"),
     "2015-11-22", 5, 15},
    {"a code point past U+10FFFF", LIT("\xf4\x90\x80\x80" "2015-11-22"), "2015-11-22", 4, 14},
    {"a sequence cut by the end", LIT("22 Nov 2015 \xe2\x82"), "2015-11-22", 0, 11},
    /* an invalid byte between the parts of a date cuts it */
    {"0xFF between all-numeric parts", LIT("22\xff" "11\xff" "2015"), "", 0, 0},
    {"0xFF between day and month", LIT("22\xffNov 2015"), "2015-11", 3, 11},
    /* NUL bytes are separators that break a date, not the end of the text */
    {"NUL after a date", LIT("2015-11-22\0garbage"), "2015-11-22", 0, 10},
    {"NULs before a date", LIT("\0\0" "2015-11-22"), "2015-11-22", 2, 12},
    {"NUL inside ISO 8601", LIT("2015-11\0-22"), "2015-11", 0, 7},
    /* overlong encodings of '/', '-' and digits are not those characters */
    {"overlong '/' (C0 AF)", LIT("22\xc0\xaf" "11\xc0\xaf" "2015"), "", 0, 0},
    {"overlong '-' (E0 80 AD)", LIT("2015\xe0\x80\xad" "11\xe0\x80\xad" "22"), "", 0, 0},
    {"overlong digits (C0 B2 ...)", LIT("\xc0\xb2\xc0\xb0\xc0\xb1\xc0\xb5-11-22"), "", 0, 0},
    /* UTF-16 surrogates encoded in UTF-8 (CESU-8, WTF-8) are invalid */
    {"lone surrogates around", LIT("\xed\xa0\x80" "22 Nov 2015\xed\xbf\xbf"), "2015-11-22", 3, 14},
    {"lone surrogate inside ISO 8601", LIT("2015-11\xed\xa0\x80-22"), "2015-11", 0, 7},
    {"a CESU-8 pair inside", LIT("22 Nov\xed\xa0\xbd\xed\xb8\x80 2015"), "2026-11-22", 0, 6},
    /* controls: C0 (except tab, LF, CR), DEL and C1 break a date */
    {"C0 and DEL around", LIT("\x01\x02" "22 Nov 2015\x7f"), "2015-11-22", 2, 13},
    {"ESC inside", LIT("22 Nov\x1b 2015"), "2026-11-22", 0, 6},
    {"C1 NEL inside", LIT("22 Nov\xc2\x85" "2015"), "2026-11-22", 0, 6},
    {"tabs are white space", LIT("22\tNov\t2015"), "2015-11-22", 0, 11},
};

START_TEST(test_hostile_bytes)
{
    const hostile_case *c = &hostile[_i];
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d;
    int rc = dn_parse(p, c->text, c->len, &ctx, &d);
    char got[DN_FORMAT_MAX] = "";
    if (rc == 1)
        ck_assert_int_gt(dn_format(&d, DN_STYLE_AUTO, got, sizeof got), 0);
    ck_assert_msg(strcmp(got, c->want) == 0, "%s: dn_parse = %d \"%s\", expected \"%s\"", c->what,
                  rc, got, c->want);
    ck_assert_int_eq(rc, c->want[0] ? 1 : 0);
    if (rc == 1)
        ck_assert_msg(d.start == c->start && d.end == c->end, "%s: span [%zu,%zu), expected [%zu,%zu)",
                      c->what, d.start, d.end, c->start, c->end);
    dn_parser_free(p);
}
END_TEST

/* ---- hostile bytes put into every row of the tables ------------------------------------ */

/* The input column of every row of tests/data/NAME.tsv, raw (escapes as written). */
typedef struct {
    char **text;
    size_t *len;
    size_t n, cap;
} input_list;

static void load_inputs(input_list *l, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.tsv", dn_test_data_dir(), name);
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        size_t n = strcspn(line, "\t\n");
        if (n == 0)
            continue;
        if (l->n == l->cap) {
            l->cap = l->cap ? 2 * l->cap : 256;
            l->text = realloc(l->text, l->cap * sizeof *l->text);
            l->len = realloc(l->len, l->cap * sizeof *l->len);
            ck_assert(l->text && l->len);
        }
        l->text[l->n] = malloc(n + 1);
        ck_assert(l->text[l->n] != NULL);
        memcpy(l->text[l->n], line, n);
        l->text[l->n][n] = '\0';
        l->len[l->n++] = n;
    }
    fclose(f);
}

static void free_inputs(input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->text[i]);
    free(l->text);
    free(l->len);
    memset(l, 0, sizeof *l);
}

/* Every table whose rows are real inputs (the generator script is not a table). */
static const char *const tables[] = {"datetime", "icu-dates", "icu-datetimes", "icu-nodates",
                                     "iso-rfc", "nodate", "numeric", "precision", "scripts",
                                     "web"};

/* Hostile sequences, each read as one hard separator or as a few. */
static const struct {
    const char *b;
    size_t n;
} poison[] = {{LIT("\0")}, {LIT("\xff")}, {LIT("\xc0\xaf")}, {LIT("\xed\xa0\x80")},
              {LIT("\x1b")}, {LIT("\xc2\x85")}, {LIT("\x80")}};

/* Inserting a poison sequence at position k of a row: no date, from dn_parse or dn_search,
   may contain any byte of it. */
START_TEST(test_poison_every_position)
{
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    input_list l = {0};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        load_inputs(&l, tables[t]);
    ck_assert_msg(l.n > 1000, "only %zu rows in tests/data", l.n);
    size_t tried = 0, found = 0;
    char buf[4200];
    /* every 7th row keeps the run short under valgrind; each row at every position */
    for (size_t r = 0; r < l.n; r += 7) {
        const size_t np = sizeof poison / sizeof poison[0];
        const size_t ps = r % np;
        for (size_t k = 0; k <= l.len[r]; k++) {
            const char *pb = poison[ps].b;
            size_t pn = poison[ps].n;
            memcpy(buf, l.text[r], k);
            memcpy(buf + k, pb, pn);
            memcpy(buf + k + pn, l.text[r] + k, l.len[r] - k);
            size_t n = l.len[r] + pn;
            dn_date d, all[8];
            int rc = dn_parse(p, buf, n, &ctx, &d);
            tried++;
            if (rc == 1) {
                found++;
                ck_assert_msg(d.end <= k || d.start >= k + pn,
                              "\"%s\" with poison %zu at %zu: span [%zu,%zu) holds it", l.text[r],
                              ps, k, d.start, d.end);
            }
            size_t ns = dn_search(p, buf, n, &ctx, all, 8);
            for (size_t s = 0; s < ns && s < 8; s++)
                ck_assert_msg(all[s].end <= k || all[s].start >= k + pn,
                              "search \"%s\" with poison %zu at %zu: span [%zu,%zu) holds it",
                              l.text[r], ps, k, all[s].start, all[s].end);
        }
    }
    /* poison at either end leaves most dated rows dated: the check above is not vacuous */
    ck_assert_msg(found > tried / 4, "only %zu of %zu poisoned inputs held a date", found, tried);
    free_inputs(&l);
    dn_parser_free(p);
}
END_TEST

/* ---- 10 MB lines ---------------------------------------------------------------------- */

#define BIG (10u << 20)

/* unit repeated to fill `size` bytes (whole units only); returns the length, and leaves
   room after it for a date. */
static char *repeat(const char *unit, size_t size, size_t *len)
{
    size_t u = strlen(unit);
    char *b = malloc(size + 64);
    ck_assert(b != NULL);
    size_t k = 0;
    while (k + u <= size) {
        memcpy(b + k, unit, u);
        k += u;
    }
    *len = k;
    return b;
}

/* The lines the issue names are 10 MB; the costlier units (every token a date word or a
   separator the matcher must look at) are 1 MB, which keeps the suite within a minute or
   two under sanitizers; bench/degenerate times them all at 10 MB. */
static const struct {
    const char *unit;
    size_t size;
} big_units[] = {
    {"1", BIG},    /* digits: one 10 MB number, saturating */
    {"-", BIG},    /* dashes */
    {"[", BIG},    /* brackets */
    {"(", BIG},
    {"1/1/", BIG}, /* an endless all-numeric date */
    {"a", BIG},    /* one 10 MB word */
    {" ", BIG},    /* white space */
    {"\xff", BIG}, /* invalid bytes */
    {"1-", BIG / 10},
    {"1:", BIG / 10},   /* an endless time */
    {"zzq ", BIG / 10}, /* unknown words */
    {"2015", BIG / 10}, /* one long number, again */
    {"Nov ", BIG / 10}, /* a month name again and again: every cluster is full */
    {"\xe5\xb9\xb4", BIG / 10}, /* 年, a CJK year mark */
};

/* The whole line holds no date; the same line with " 22 Nov 2015" after it holds exactly
   that date, at its offset. */
START_TEST(test_big_line)
{
    const char *unit = big_units[_i].unit;
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    size_t n;
    char *b = repeat(unit, big_units[_i].size, &n);
    dn_date d;
    ck_assert_msg(dn_parse(p, b, n, &ctx, &d) == 0, "%zu bytes of '%s': a date [%zu,%zu)", n,
                  unit, d.start, d.end);
    memcpy(b + n, " 22 Nov 2015", 12);
    ck_assert_int_eq(dn_parse(p, b, n + 12, &ctx, &d), 1);
    char got[DN_FORMAT_MAX];
    dn_format(&d, DN_STYLE_AUTO, got, sizeof got);
    ck_assert_str_eq(got, "2015-11-22");
    ck_assert_msg(d.start == n + 1 && d.end == n + 12, "%zu bytes of '%s' + date: span [%zu,%zu)",
                  n, unit, d.start, d.end);
    /* search finds that one date and nothing in the 10 MB before it */
    dn_date all[2];
    ck_assert_uint_eq(dn_search(p, b, n + 12, &ctx, all, 2), 1);
    ck_assert_uint_eq(all[0].start, n + 1);
    free(b);
    dn_parser_free(p);
}
END_TEST

/* 1 MB of one date repeated: search counts every copy (87,381), past any cap. */
START_TEST(test_big_line_of_dates)
{
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    size_t n;
    char *b = repeat("22 Nov 2015 ", BIG / 10, &n);
    dn_date d[4];
    ck_assert_uint_eq(dn_search(p, b, n, &ctx, d, 4), BIG / 10 / 12);
    ck_assert_uint_eq(d[3].start, 36);
    ck_assert_uint_eq(d[3].end, 47);
    ck_assert_uint_eq(dn_search(p, b, n, &ctx, NULL, 0), BIG / 10 / 12);
    ck_assert_uint_eq(dn_search(p, b, n - 1, &ctx, NULL, 0), BIG / 10 / 12);
    free(b);
    dn_parser_free(p);
}
END_TEST

/* ---- long clusters: the engine's windows -------------------------------------------------
 * A run of numbers, date words and separators is read in windows of a fixed number of tokens
 * that overlap (lib/scan.c, CL_MAX and CL_KEEP; README "Bounds"). A date anywhere in such a
 * run is read whole, once, whichever window boundary it straddles. */

/* k times "1 " (2 tokens each) and then a date: found whole, at its offset, for k across
   several window boundaries. */
START_TEST(test_window_date_after_k_tokens)
{
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    static const char *const fill[] = {"1 ", "- ", "1/"};
    char buf[2 * 400 + 16];
    for (size_t f = 0; f < 3; f++)
        for (size_t k = 0; k <= 400; k++) {
            size_t n = 0;
            for (size_t j = 0; j < k; j++, n += 2)
                memcpy(buf + n, fill[f], 2);
            memcpy(buf + n, " 22 Nov 2015", 12);
            dn_date d;
            char got[DN_FORMAT_MAX] = "";
            int rc = dn_parse(p, buf, n + 12, &ctx, &d);
            if (rc == 1)
                dn_format(&d, DN_STYLE_AUTO, got, sizeof got);
            ck_assert_msg(rc == 1 && strcmp(got, "2015-11-22") == 0 && d.start == n + 1 &&
                              d.end == n + 12,
                          "%zu times '%s' then a date: %d \"%s\" [%zu,%zu), expected [%zu,%zu)", k,
                          fill[f], rc, got, d.start, d.end, n + 1, n + 12);
        }
    dn_parser_free(p);
}
END_TEST

/* One cluster of 3,000 all-numeric dates (numbers and separators only, so it never ends):
   search reports each exactly once, in order, with its span, across every window. */
START_TEST(test_window_search_counts_each_once)
{
    dn_parser *p = new_parser("fr", DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    enum { N = 3000, W = 11 }; /* "22/11/2015 " */
    char *b = malloc(N * W);
    ck_assert(b != NULL);
    for (int i = 0; i < N; i++)
        memcpy(b + i * W, "22/11/2015 ", W);
    dn_date *all = calloc(N + 1, sizeof *all);
    ck_assert(all != NULL);
    size_t n = dn_search(p, b, N * W - 1, &ctx, all, N + 1);
    ck_assert_uint_eq(n, N);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(all[i].start == i * W && all[i].end == i * W + 10,
                      "date %zu: span [%zu,%zu), expected [%zu,%zu)", i, all[i].start, all[i].end,
                      i * W, i * W + 10);
        ck_assert_int_eq(all[i].day, 22);
        ck_assert_int_eq(all[i].month, 11);
    }
    free(all);
    free(b);
    dn_parser_free(p);
}
END_TEST

/* ---- threads --------------------------------------------------------------------------- */

#define N_THREADS 8
#define N_PARSERS 3
#define SEARCH_CAP 8

typedef struct {
    int rc;
    dn_date d;
    size_t nfound;
    dn_date found[SEARCH_CAP];
} outcome;

typedef struct {
    const dn_parser *const *parsers;
    const input_list *in;
    const outcome *want; /* [parser][row] */
    int id;
    size_t mismatches;
    size_t first_bad;
} job;

static void run_one(const dn_parser *p, const char *s, size_t n, outcome *o)
{
    dn_context ctx = dn_test_context();
    memset(o, 0, sizeof *o);
    o->rc = dn_parse(p, s, n, &ctx, &o->d);
    o->nfound = dn_search(p, s, n, &ctx, o->found, SEARCH_CAP);
}

static int same(const outcome *a, const outcome *b)
{
    size_t k = a->nfound < SEARCH_CAP ? a->nfound : SEARCH_CAP;
    return a->rc == b->rc && memcmp(&a->d, &b->d, sizeof a->d) == 0 && a->nfound == b->nfound &&
           memcmp(a->found, b->found, k * sizeof a->found[0]) == 0;
}

static void *job_main(void *arg)
{
    job *j = arg;
    size_t n = j->in->n;
    /* each thread walks the rows from its own starting point, so that different threads
       parse different inputs at the same moment, with all three parsers */
    for (size_t k = 0; k < n; k++) {
        size_t r = (k + (size_t)j->id * n / N_THREADS) % n;
        for (int q = 0; q < N_PARSERS; q++) {
            outcome o;
            run_one(j->parsers[q], j->in->text[r], j->in->len[r], &o);
            if (!same(&o, &j->want[(size_t)q * n + r])) {
                if (j->mismatches++ == 0)
                    j->first_bad = r;
            }
        }
    }
    return NULL;
}

START_TEST(test_threads_shared_parser)
{
    dn_parser *ps[N_PARSERS] = {new_parser(NULL, DN_ORDER_AUTO), new_parser("fr,de,ru", DN_ORDER_AUTO),
                                new_parser("en-US", DN_ORDER_MDY)};
    input_list l = {0};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        load_inputs(&l, tables[t]);
    outcome *want = calloc(N_PARSERS * l.n, sizeof *want);
    ck_assert(want != NULL);
    size_t dated = 0;
    for (int q = 0; q < N_PARSERS; q++)
        for (size_t r = 0; r < l.n; r++) {
            run_one(ps[q], l.text[r], l.len[r], &want[(size_t)q * l.n + r]);
            dated += want[(size_t)q * l.n + r].rc == 1;
        }
    ck_assert_msg(dated > l.n, "only %zu of %zu single-threaded runs found a date", dated,
                  N_PARSERS * l.n);

    pthread_t tid[N_THREADS];
    job jobs[N_THREADS];
    for (int t = 0; t < N_THREADS; t++) {
        jobs[t] = (job){(const dn_parser *const *)ps, &l, want, t, 0, 0};
        ck_assert_int_eq(pthread_create(&tid[t], NULL, job_main, &jobs[t]), 0);
    }
    size_t bad = 0;
    for (int t = 0; t < N_THREADS; t++) {
        ck_assert_int_eq(pthread_join(tid[t], NULL), 0);
        if (jobs[t].mismatches && !bad)
            fprintf(stderr, "thread %d: first mismatch on \"%s\"\n", t,
                    l.text[jobs[t].first_bad]);
        bad += jobs[t].mismatches;
    }
    ck_assert_msg(bad == 0, "%zu of %zu threaded results differ from the single-threaded run",
                  bad, (size_t)N_THREADS * N_PARSERS * l.n);
    free(want);
    free_inputs(&l);
    for (int q = 0; q < N_PARSERS; q++)
        dn_parser_free(ps[q]);
}
END_TEST

/* Parsers built and freed in many threads at once, each used at once: construction has no
   shared mutable state either. */
static const char *const build_hints[] = {NULL, "fr", "en-US", "de,ru", "ja", "pt_BR.UTF-8",
                                          "ar,fa", "zh-Hant-TW"};

static void *build_main(void *arg)
{
    size_t *bad = arg;
    for (int k = 0; k < 50; k++) {
        const char *h = build_hints[k % 8];
        dn_options o;
        memset(&o, 0, sizeof o);
        o.locales = h;
        dn_parser *p = NULL;
        if (dn_parser_new(&o, &p, NULL) != DN_OK) {
            (*bad)++;
            continue;
        }
        dn_date d;
        dn_context ctx = dn_test_context();
        char got[DN_FORMAT_MAX] = "";
        if (dn_parse(p, LIT("Sunday, 22 November 2015"), &ctx, &d) == 1)
            dn_format(&d, DN_STYLE_AUTO, got, sizeof got);
        if (strcmp(got, "2015-11-22") != 0)
            (*bad)++;
        dn_parser_free(p);
    }
    return NULL;
}

START_TEST(test_threads_build_parsers)
{
    pthread_t tid[N_THREADS];
    size_t bad[N_THREADS] = {0};
    for (int t = 0; t < N_THREADS; t++)
        ck_assert_int_eq(pthread_create(&tid[t], NULL, build_main, &bad[t]), 0);
    size_t total = 0;
    for (int t = 0; t < N_THREADS; t++) {
        ck_assert_int_eq(pthread_join(tid[t], NULL), 0);
        total += bad[t];
    }
    ck_assert_uint_eq(total, 0);
}
END_TEST

/* dn_search on a long page in a thread whose stack is DN_STACK_MIN (datenorm.h): the
   windows and the page's votes live on the stack, and a thread of that size reads the page
   as the main thread does. A page of many windows, in several languages, with years alone
   and ranges, so that every part of the page's decision holds dates. Sanitizers' frames are
   larger: their build gets eight times the room. */
#if defined(__SANITIZE_ADDRESS__)
#define STACK_ROOM (8 * (size_t)DN_STACK_MIN)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STACK_ROOM (8 * (size_t)DN_STACK_MIN)
#endif
#endif
#ifndef STACK_ROOM
#define STACK_ROOM ((size_t)DN_STACK_MIN)
#endif

#define STACK_PAGE_CAP 2048
typedef struct {
    const dn_parser *p;
    const char *text;
    size_t len;
    dn_date out[STACK_PAGE_CAP];
    size_t n;
} stack_job;

static void *stack_main(void *arg)
{
    stack_job *j = arg;
    dn_context ctx = {1764158400, 0}; /* 2025-11-26T12:00:00Z */
    j->n = dn_search(j->p, j->text, j->len, &ctx, j->out, STACK_PAGE_CAP);
    return NULL;
}

START_TEST(test_search_in_small_stack)
{
    static const char *const lines[] = {
        "Posted on 22 November 2015 at 14:30 by admin, updated 3 hours ago.\n",
        "Le festival aura lieu du 3 au 5 mars 2024 ; inscriptions avant le 12 février.\n",
        "Die Ausstellung wurde 1967 eröffnet und läuft bis 28. Februar 2027.\n",
        "Opened in 1998, renovated in 2012 and again between 2019 and 2021.\n",
        "2015年11月22日（日）14時30分 発表、12月5日及6日に開催。\n",
        "Sun, 22 Nov 2015 10:00:00 +0100 — il y a 3 jours — 04/09/2026\n",
        "Матч состоится 7 декабря 2026 года в 19:00 по московскому времени.\n",
    };
    size_t cap = 0, len = 0;
    char *page = NULL;
    for (int rep = 0; rep < 60; rep++)
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            size_t n = strlen(lines[i]);
            if (len + n > cap) {
                cap = 2 * (len + n);
                page = realloc(page, cap);
                ck_assert(page != NULL);
            }
            memcpy(page + len, lines[i], n);
            len += n;
        }
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    stack_job *want = calloc(1, sizeof *want), *got = calloc(1, sizeof *got);
    ck_assert(want && got);
    *want = (stack_job){.p = p, .text = page, .len = len};
    *got = (stack_job){.p = p, .text = page, .len = len};
    stack_main(want);
    ck_assert_msg(want->n > 3 * 128, "only %zu dates: the page must span several windows",
                  want->n);
    pthread_attr_t attr;
    ck_assert_int_eq(pthread_attr_init(&attr), 0);
    ck_assert_int_eq(pthread_attr_setstacksize(&attr, STACK_ROOM), 0);
    pthread_t tid;
    ck_assert_int_eq(pthread_create(&tid, &attr, stack_main, got), 0);
    ck_assert_int_eq(pthread_join(tid, NULL), 0);
    pthread_attr_destroy(&attr);
    ck_assert_uint_eq(got->n, want->n);
    ck_assert(memcmp(got->out, want->out,
                     (want->n < STACK_PAGE_CAP ? want->n : STACK_PAGE_CAP) * sizeof got->out[0]) == 0);
    free(want);
    free(got);
    free(page);
    dn_parser_free(p);
}
END_TEST

/* Every prefix of texts the fuzzer reported, parsed and searched from a heap copy of
   exactly its length: a read one byte past the end is an ASan or valgrind report (CI runs
   make check under both). "24 December 10.00–15,00" cut after "15" read past the end in
   clock.c's time_span_from (fuzz_parse, 2026-12-07). */
static const char *const fuzz_found[] = {
    "24 December 10.00\xe2\x80\x93" "15,00",
    "24 December 10.00\xe2\x80\x93" "15.00",
    "ponedeljek, 28. 12. 2026, 18.00\xe2\x80\x93" "22",
    /* the sixth session: a span's second end not read left its "bare" flag unset (page.c's
       hours_after; UBSan: a load of 250 as a bool) */
    "o\x01" "25-yil 14-martda4-mari 1-4466554400144",
    /* and a look-up key of 6 bytes read 8 at a time (page.c's period_key, after
       "下午2時至5時"'s merge) */
    "G2026\xe5\xb9\xb4" "12\xe6\x9c\x88" "8\xe6\x97\xa5 \xe5\x91\xa8\xe4\xbc\x8c 20:00\xef\xbc\x88\xe5\x8c\x97\xac\xe6\x97\xb6\xe9\x97\xb4\xef\xbc\x89",
    /* the seventh session: a table cell's index looked one byte past a date that ends the
       text (clock.c's cell_index, fuzz_parse on the merged timejoin) */
    "F20-01\t15-01\t",
    /* and a year joined by a hyphen to four bytes that are no digits, whose value turned
       the sign that says which side they stand on (page.c's years_hyphened, after b33eu) */
    "2\xadO2\xadOgs" "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    "-B9\xe6-1029A",
};

START_TEST(test_fuzz_found_prefixes)
{
    dn_parser *p = new_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = {1764158400, 0};
    for (size_t i = 0; i < sizeof fuzz_found / sizeof fuzz_found[0]; i++) {
        size_t n = strlen(fuzz_found[i]);
        for (size_t k = 1; k <= n; k++) {
            char *t = malloc(k);
            ck_assert(t != NULL);
            memcpy(t, fuzz_found[i], k);
            dn_date d, out[8];
            int r = dn_parse(p, t, k, &ctx, &d);
            ck_assert(r == 0 || r == 1);
            size_t m = dn_search(p, t, k, &ctx, out, 8);
            for (size_t j = 0; j < m && j < 8; j++)
                ck_assert(out[j].end <= k);
            free(t);
        }
    }
    /* the whole text is still read: the day with the span's first hour */
    dn_date d;
    const char *whole = fuzz_found[1];
    ck_assert_int_eq(dn_parse(p, whole, strlen(whole), &ctx, &d), 1);
    ck_assert_int_eq(d.day, 24);
    ck_assert_int_eq(d.month, 12);
    dn_parser_free(p);
}
END_TEST

Suite *robust_suite(void)
{
    Suite *s = suite_create("robust");
    TCase *tc = tcase_create("hostile");
    tcase_add_loop_test(tc, test_hostile_bytes, 0, (int)(sizeof hostile / sizeof hostile[0]));
    tcase_add_test(tc, test_poison_every_position);
    tcase_add_test(tc, test_fuzz_found_prefixes);
    tcase_set_timeout(tc, 600);
    suite_add_tcase(s, tc);

    /* 10 MB lines take a second or two each natively, far more under valgrind */
    tc = tcase_create("big");
    tcase_add_loop_test(tc, test_big_line, 0, (int)(sizeof big_units / sizeof big_units[0]));
    tcase_add_test(tc, test_big_line_of_dates);
    tcase_set_timeout(tc, 600);
    suite_add_tcase(s, tc);

    tc = tcase_create("windows");
    tcase_add_test(tc, test_window_date_after_k_tokens);
    tcase_add_test(tc, test_window_search_counts_each_once);
    tcase_set_timeout(tc, 300);
    suite_add_tcase(s, tc);

    tc = tcase_create("threads");
    tcase_add_test(tc, test_threads_shared_parser);
    tcase_add_test(tc, test_threads_build_parsers);
    tcase_add_test(tc, test_search_in_small_stack);
    tcase_set_timeout(tc, 600);
    suite_add_tcase(s, tc);
    return s;
}
