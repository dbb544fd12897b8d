/*
 * fuzz_options: a libFuzzer target for the values of the command line's options that are
 * read by code rather than matched against a list: --locale (dn_parser_new's hint list),
 * --now (dn_context_from_text), --zone (dn_zone_offset, dn_context_from_unix) and csv's
 * --columns (csv_columns_item).
 *
 * Input: byte 0 picks the option (0 --locale, 1 --now, 2 --zone, 3 --columns, 4 --now and
 * --zone, split at the first NUL); the rest is the value, as argv would hold it (cut at a
 * NUL). Beyond "no crash, no hang":
 *   - --locale: a parser is made or refused with a status and a message; a parser made
 *     still reads 2015-11-22 and finds no date in "version 2.0.1";
 *   - --now / --zone: a context is made or refused (DN_ERR_* and a message); one made gives
 *     "3 days ago" a day-precision date;
 *   - --zone: dn_zone_offset and dn_context_from_unix agree on accepting it, and an offset
 *     is within a day;
 *   - --columns: every item is a name, an index of 1 to 9 digits, or a reported error;
 *     reading moves forward and ends within n + 2 items.
 * Built only with ./configure --enable-fuzzing CC=clang.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "datenorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_options: broken promise: %s\n", what);
        abort();
    }
}

static const dn_parser *plain_parser(void)
{
    static dn_parser *p;
    if (!p)
        check(dn_parser_new(NULL, &p, NULL) == 0, "the default parser");
    return p;
}

static void try_locale(const char *v)
{
    dn_options o = {0};
    o.locales = v;
    dn_parser *p = NULL;
    dn_error err = {0};
    int rc = dn_parser_new(&o, &p, &err);
    if (rc < 0) {
        check(p == NULL, "a refused parser is NULL");
        check(err.message[0] != '\0', "a refusal has a message");
        return;
    }
    check(p != NULL, "a parser");
    dn_context ctx;
    check(dn_context_from_unix(&ctx, 1795694400, "UTC", NULL) == 0, "context");
    dn_date d;
    check(dn_parse(p, "2015-11-22", 10, &ctx, &d) == 1 && d.year == 2015 && d.month == 11 &&
              d.day == 22,
          "any hint reads an ISO date");
    check(dn_parse(p, "version 2.0.1", 13, &ctx, &d) == 0, "any hint finds no date in a version");
    dn_parser_free(p);
}

static void try_context(const char *now, size_t nowlen, const char *zone)
{
    dn_context ctx;
    dn_error err = {0};
    int rc = now ? dn_context_from_text(&ctx, now, nowlen, zone, &err)
                 : dn_context_from_unix(&ctx, 1795694400, zone, &err);
    if (rc < 0) {
        check(err.message[0] != '\0' || rc != 0, "a refusal has a status");
        return;
    }
    dn_date d;
    int got = dn_parse(plain_parser(), "3 days ago", 10, &ctx, &d);
    check(got == 1 && d.precision == DN_PREC_DAY, "a context resolves 3 days ago to a day");
}

static void try_zone(const char *zone)
{
    int minutes = 0;
    dn_error err = {0};
    int a = dn_zone_offset(zone, 1795694400, &minutes, &err);
    dn_context ctx;
    int b = dn_context_from_unix(&ctx, 1795694400, zone, NULL);
    check((a < 0) == (b < 0), "dn_zone_offset and dn_context_from_unix agree on a zone");
    if (a == 0)
        check(minutes > -24 * 60 && minutes < 24 * 60, "an offset within a day");
    try_context(NULL, 0, zone);
}

static void try_columns(const char *s, size_t n)
{
    char *item = malloc(n + 1);
    check(item != NULL, "malloc");
    size_t i = 0, k = 0, nitems = 0, last = 0;
    long index = -1;
    for (;;) {
        int got = csv_columns_item(s, n, &i, nitems, item, &k, &index);
        if (got <= 0)
            break;
        check(nitems == 0 || i > last, "reading moves forward");
        check(k <= n && item[k] == '\0', "an item fits its buffer");
        if (got == CSV_COL_INDEX)
            check(index >= 0 && index <= 999999999 && k >= 1 && k <= 9, "an index of 1 to 9 digits");
        else
            check(got == CSV_COL_NAME, "a name");
        last = i;
        check(++nitems <= n + 2, "the list ends");
    }
    free(item);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    char *v = malloc(size);
    check(v != NULL, "malloc");
    memcpy(v, data + 1, size - 1);
    v[size - 1] = '\0';
    size_t n = strlen(v);
    switch (data[0] % 5) {
    case 0:
        try_locale(v);
        break;
    case 1:
        try_context(v, n, NULL);
        break;
    case 2:
        try_zone(v);
        break;
    case 3:
        try_columns(v, n);
        break;
    default: {
        /* --now then --zone, split at the first NUL of the input */
        const char *zone = (const char *)memchr(data + 1, '\0', size - 1);
        char *z = NULL;
        if (zone) {
            size_t zl = size - 1 - (size_t)(zone + 1 - (const char *)(data + 1));
            z = malloc(zl + 1);
            check(z != NULL, "malloc");
            memcpy(z, zone + 1, zl);
            z[zl] = '\0';
        }
        try_context(v, n, z);
        free(z);
    }
    }
    free(v);
    return 0;
}
