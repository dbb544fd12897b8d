/*
 * Table-driven cases: every .tsv file of tests/data becomes one TCase, and each of its rows one
 * iteration of tcase_add_loop_test, so a failing row is reported with its file, line and input.
 *
 * Row format (also written at the top of each data file):
 *     input<TAB>hint<TAB>expected[<TAB>style]
 *   input     the text given to dn_parse, raw UTF-8 (NFD, U+202F, RLM... kept as written);
 *             the escapes \t \n \\ and \uXXXX / \UXXXXXXXX are decoded, for characters a
 *             TSV line cannot hold or an editor would hide
 *   hint      dn_options.locales ("fr", "en-US", "es,en"), or '-' for none; "only:LIST"
 *             is LIST with DN_OPT_HINTS_ONLY (issue 12)
 *   expected  what dn_format(result, style) prints; empty = no date in the text
 *   style     optional: auto, date or datetime (default: date)
 * Lines starting with '#' and blank lines are comments. The reference instant is pinned to
 * 2026-11-26T12:00:00Z, so a day and month without a year take 2026.
 *
 * This file does not decide what is right: the data files do, following the rules the README states.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

typedef struct {
    const char *file; /* base name, for messages */
    int line;
    char *input;
    size_t input_len;
    char *hint;     /* NULL = none */
    char *expected; /* "" = no date */
    dn_style style;
} case_row;

static case_row *rows;
static size_t nrows, caprows;

/* Parsers, one per distinct hint, built before the tests fork (an unchecked fixture). */
typedef struct {
    char *hint;
    dn_parser *p;
    int status;
    char message[160];
} hinted_parser;
static hinted_parser *parsers;
static size_t nparsers;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (q == NULL) {
        fprintf(stderr, "check_cases: out of memory\n");
        exit(EXIT_FAILURE);
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

static size_t put_utf8(unsigned long c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

/* Decodes the escapes of the input column in place; returns the decoded length (the text
   may then hold NUL bytes, so the length is kept). An unknown escape stays as written. */
static size_t unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r != '\0';) {
        if (r[0] != '\\' || r[1] == '\0') {
            *w++ = *r++;
            continue;
        }
        int hex = r[1] == 'u' ? 4 : r[1] == 'U' ? 8 : 0;
        if (r[1] == 't' || r[1] == 'n' || r[1] == '\\') {
            *w++ = r[1] == 't' ? '\t' : r[1] == 'n' ? '\n' : '\\';
            r += 2;
        } else if (hex > 0 && strspn(r + 2, "0123456789abcdefABCDEF") >= (size_t)hex) {
            char digits[9];
            memcpy(digits, r + 2, (size_t)hex);
            digits[hex] = '\0';
            w += put_utf8(strtoul(digits, NULL, 16), w);
            r += 2 + hex;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    return (size_t)(w - s);
}

static int parse_style(const char *s, dn_style *out)
{
    if (strcmp(s, "date") == 0)
        *out = DN_STYLE_DATE;
    else if (strcmp(s, "auto") == 0)
        *out = DN_STYLE_AUTO;
    else if (strcmp(s, "datetime") == 0)
        *out = DN_STYLE_DATETIME;
    else
        return -1;
    return 0;
}

/* Reads one data file, appending its rows; a malformed row stops the build of the suite
   loudly rather than being skipped, since a skipped row is a test that cannot fail. */
static void load_file(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "check_cases: %s: %s\n", path, strerror(errno));
        exit(EXIT_FAILURE);
    }
    const char *base = xstrdup(name);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int lineno = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *field[5] = { line, NULL, NULL, NULL, NULL };
        int nf = 1;
        for (char *t = line; (t = strchr(t, '\t')) != NULL && nf < 5;) {
            *t++ = '\0';
            field[nf++] = t;
        }
        dn_style style = DN_STYLE_DATE;
        if (nf < 2 || nf > 4 || field[0][0] == '\0' || field[1][0] == '\0' ||
            (nf == 4 && parse_style(field[3], &style) != 0)) {
            fprintf(stderr, "check_cases: %s:%d: malformed row (want input<TAB>hint<TAB>expected"
                            "[<TAB>style])\n", path, lineno);
            exit(EXIT_FAILURE);
        }
        if (nrows == caprows) {
            caprows = caprows ? caprows * 2 : 1024;
            rows = xrealloc(rows, caprows * sizeof *rows);
        }
        case_row *r = &rows[nrows++];
        r->file = base;
        r->line = lineno;
        r->input = xstrdup(field[0]);
        r->input_len = unescape(r->input);
        r->hint = strcmp(field[1], "-") == 0 ? NULL : xstrdup(field[1]);
        r->expected = xstrdup(nf >= 3 ? field[2] : "");
        r->style = style;
    }
    free(line);
    fclose(f);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static hinted_parser *find_parser(const char *hint)
{
    for (size_t i = 0; i < nparsers; i++)
        if ((hint == NULL && parsers[i].hint == NULL) ||
            (hint != NULL && parsers[i].hint != NULL && strcmp(hint, parsers[i].hint) == 0))
            return &parsers[i];
    return NULL;
}

static void build_parsers(void)
{
    if (parsers != NULL)
        return;
    parsers = xrealloc(NULL, (nrows + 1) * sizeof *parsers);
    for (size_t i = 0; i < nrows; i++) {
        if (find_parser(rows[i].hint) != NULL)
            continue;
        hinted_parser *h = &parsers[nparsers++];
        dn_options o;
        dn_error e;
        memset(&o, 0, sizeof o);
        memset(&e, 0, sizeof e);
        o.locales = rows[i].hint;
        if (o.locales && strncmp(o.locales, "only:", 5) == 0) /* issue 12 */
            o.locales += 5, o.flags = DN_OPT_HINTS_ONLY;
        h->hint = rows[i].hint;
        h->p = NULL;
        h->status = dn_parser_new(&o, &h->p, &e);
        snprintf(h->message, sizeof h->message, "%s", e.message);
    }
}

static void free_parsers(void)
{
    for (size_t i = 0; i < nparsers; i++)
        dn_parser_free(parsers[i].p);
    free(parsers);
    parsers = NULL;
    nparsers = 0;
}

/* Writes s into out as a quoted, readable string (control bytes escaped). */
static void quote(const char *s, size_t n, char *out, size_t cap)
{
    size_t w = 0;
    out[w++] = '"';
    for (size_t i = 0; i < n && w + 8 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f)
            w += (size_t)snprintf(out + w, cap - w, "\\x%02x", c);
        else
            out[w++] = (char)c;
    }
    out[w++] = '"';
    out[w] = '\0';
}

START_TEST(test_case_row)
{
    const case_row *r = &rows[_i];
    const hinted_parser *h = find_parser(r->hint);
    char shown[600];
    quote(r->input, r->input_len, shown, sizeof shown);
    ck_assert_msg(h != NULL && h->status == DN_OK && h->p != NULL,
                  "%s:%d: %s: no parser for hint %s (%d: %s)", r->file, r->line, shown,
                  r->hint ? r->hint : "-", h ? h->status : 0, h ? h->message : "");

    dn_context ctx = dn_test_context();
    dn_date d;
    int rc = dn_parse(h->p, r->input, r->input_len, &ctx, &d);
    char got[DN_FORMAT_MAX] = "";
    if (rc == 1 && dn_format(&d, r->style, got, sizeof got) < 0)
        snprintf(got, sizeof got, "(format error)");
    ck_assert_msg(rc >= 0, "%s:%d: %s hint %s: dn_parse error %d", r->file, r->line, shown,
                  r->hint ? r->hint : "-", rc);
    ck_assert_msg(strcmp(got, r->expected) == 0, "%s:%d: %s hint %s: got \"%s\", expected \"%s\"",
                  r->file, r->line, shown, r->hint ? r->hint : "-", got, r->expected);
    /* a found date has a span inside the text */
    if (rc == 1)
        ck_assert_msg(d.start < d.end && d.end <= r->input_len, "%s:%d: %s: span [%zu,%zu)",
                      r->file, r->line, shown, d.start, d.end);
}
END_TEST

/* Orders rows by (input, hint, style), so that rows of one question are neighbours. */
static int cmp_rows(const void *a, const void *b)
{
    const case_row *x = *(const case_row *const *)a, *y = *(const case_row *const *)b;
    size_t n = x->input_len < y->input_len ? x->input_len : y->input_len;
    int c = memcmp(x->input, y->input, n);
    if (c != 0 || x->input_len != y->input_len)
        return c != 0 ? c : (x->input_len < y->input_len ? -1 : 1);
    c = strcmp(x->hint ? x->hint : "-", y->hint ? y->hint : "-");
    return c != 0 ? c : (int)x->style - (int)y->style;
}

/* The data files must not contradict themselves: one input, hint and style, one answer. */
START_TEST(test_rows_consistent)
{
    const case_row **v = xrealloc(NULL, nrows * sizeof *v);
    for (size_t i = 0; i < nrows; i++)
        v[i] = &rows[i];
    qsort(v, nrows, sizeof *v, cmp_rows);
    int conflicts = 0;
    for (size_t i = 1; i < nrows; i++)
        if (cmp_rows(&v[i - 1], &v[i]) == 0 && strcmp(v[i - 1]->expected, v[i]->expected) != 0) {
            fprintf(stderr, "%s:%d and %s:%d: \"%s\" expect \"%s\" and \"%s\"\n", v[i - 1]->file,
                    v[i - 1]->line, v[i]->file, v[i]->line, v[i]->input, v[i - 1]->expected,
                    v[i]->expected);
            conflicts++;
        }
    free(v);
    ck_assert_msg(conflicts == 0, "%d pairs of rows contradict each other (listed on stderr)",
                  conflicts);
}
END_TEST

Suite *cases_suite(void)
{
    Suite *s = suite_create("cases");
    const char *dir = dn_test_data_dir();
    DIR *dp = opendir(dir);
    if (dp == NULL) {
        fprintf(stderr, "check_cases: %s: %s\n", dir, strerror(errno));
        exit(EXIT_FAILURE);
    }
    char **names = NULL;
    size_t nnames = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n > 4 && strcmp(de->d_name + n - 4, ".tsv") == 0 && de->d_name[0] != '.') {
            names = xrealloc(names, (nnames + 1) * sizeof *names);
            names[nnames++] = xstrdup(de->d_name);
        }
    }
    closedir(dp);
    /* sorted, so runs are deterministic whatever order readdir gives */
    qsort(names, nnames, sizeof *names, cmp_names);
    for (size_t i = 0; i < nnames; i++) {
        size_t first = nrows;
        load_file(dir, names[i]);
        /* Check keeps the name's pointer: keep the strings reachable for the whole run */
        static char **tc_names;
        tc_names = xrealloc(tc_names, (i + 1) * sizeof *tc_names);
        tc_names[i] = xstrdup(names[i]);
        tc_names[i][strlen(tc_names[i]) - 4] = '\0';
        TCase *tc = tcase_create(tc_names[i]);
        tcase_add_unchecked_fixture(tc, build_parsers, free_parsers);
        tcase_add_loop_test(tc, test_case_row, (int)first, (int)nrows);
        suite_add_tcase(s, tc);
        free(names[i]);
    }
    free(names);
    if (nrows == 0) {
        fprintf(stderr, "check_cases: no rows in %s/*.tsv\n", dir);
        exit(EXIT_FAILURE);
    }
    TCase *tc = tcase_create("data");
    tcase_add_test(tc, test_rows_consistent);
    suite_add_tcase(s, tc);
    return s;
}
