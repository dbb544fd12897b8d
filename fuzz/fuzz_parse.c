/*
 * fuzz_parse: a libFuzzer target for the library's entry points over arbitrary bytes:
 * dn_parse, dn_search, dn_search_ex and dn_format, with a few parser option sets (no hint,
 * single and multiple locale hints, each numeric order) and reference instants; and the
 * same bytes read as a reference instant by dn_context_from_text in a few zones.
 *
 * The first input byte picks the parser and the reference instant; the rest is the text,
 * passed without a terminating NUL in a buffer of exactly its size, so ASan sees any read
 * past the end. Beyond "no crash", it checks what the API promises for every input:
 *   - dn_parse returns 0 or 1, zeroes *out on 0, and is deterministic (two calls agree);
 *   - every span lies inside the text, start < end; search spans are ordered and disjoint;
 *   - dn_search's count and first results do not depend on cap (16, 0, 1, room for all);
 *   - dn_format of a result succeeds in DN_FORMAT_MAX bytes, in every style, and the
 *     text is plain ASCII of the length it returned.
 * A broken promise aborts, which libFuzzer records as a crash with the input.
 *
 * With the selector's top bit set, the bytes after it are instead copied into a dn_date
 * as a caller might build one (any field out of range) and given to dn_format with every
 * style and a short buffer: it must return a length below cap with a NUL-terminated text,
 * or a negative status, and never write past cap.
 * Built only with ./configure --enable-fuzzing CC=clang (Makefile.am, fuzzing section).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datenorm.h"

#define NPARSERS 8
static dn_parser *parsers[NPARSERS];

/* Option sets: the ways callers build parsers (the CLI's --locale/--order included). */
static const struct {
    const char *locales;
    dn_order order;
    int pivot;
} option_sets[NPARSERS] = {
    {NULL, DN_ORDER_AUTO, 0},
    {"fr", DN_ORDER_AUTO, 0},
    {"en-US", DN_ORDER_AUTO, 0},
    {"de,ru,ja", DN_ORDER_AUTO, 0},
    {"zh,ko,ar", DN_ORDER_DMY, 0},
    {NULL, DN_ORDER_MDY, 30},
    {"pt_BR.UTF-8", DN_ORDER_YMD, 0},
    {"es,en,fr,de,it,nl,pl,tr,vi,th,hi,fa,he", DN_ORDER_AUTO, 100},
};

/* Reference instants: 2026-11-26T12:00:00Z, the epoch, a negative year, far future. */
static const dn_context contexts[4] = {
    {1795694400, 0},
    {0, -720},
    {-62198755200LL, 840}, /* year -1 (2 BC) */
    {253402300799LL, 330}, /* 9999-12-31T23:59:59Z */
};

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    for (int i = 0; i < NPARSERS; i++) {
        dn_options o = {0};
        o.locales = option_sets[i].locales;
        o.order = option_sets[i].order;
        o.two_digit_pivot = option_sets[i].pivot;
        dn_error err;
        if (dn_parser_new(&o, &parsers[i], &err) != DN_OK) {
            fprintf(stderr, "fuzz_parse: parser %d: %s\n", i, err.message);
            abort();
        }
    }
    return 0;
}

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_parse: broken promise: %s\n", what);
        abort();
    }
}

static void check_format(const dn_date *d)
{
    static const dn_style styles[] = {DN_STYLE_AUTO, DN_STYLE_DATE, DN_STYLE_DATETIME};
    for (size_t s = 0; s < sizeof styles / sizeof styles[0]; s++) {
        char buf[DN_FORMAT_MAX];
        int n = dn_format(d, styles[s], buf, sizeof buf);
        check(n > 0 && n < DN_FORMAT_MAX, "dn_format of a result fits DN_FORMAT_MAX");
        check(strlen(buf) == (size_t)n, "dn_format returns the length it wrote");
        for (int i = 0; i < n; i++)
            check(buf[i] > ' ' && buf[i] < 0x7f, "dn_format writes printable ASCII");
        /* one byte short must be refused, not overrun */
        char small[DN_FORMAT_MAX];
        check(dn_format(d, styles[s], small, (size_t)n) == DN_ERR_SPACE,
              "dn_format refuses a buffer one byte short");
    }
}

static void check_date(const dn_date *d, size_t len)
{
    check(d->start < d->end && d->end <= len, "span inside the text");
    check(d->precision > DN_PREC_NONE && d->precision <= DN_PREC_FRACTION, "precision");
    check(d->confidence >= 0.0f && d->confidence <= 1.0f, "confidence in 0..1");
    check(memchr(d->locale, '\0', sizeof d->locale) != NULL, "locale NUL-terminated");
    if (d->precision >= DN_PREC_MONTH && d->precision != DN_PREC_WEEK)
        check(d->month >= 1 && d->month <= 12, "month 1..12");
    if (d->precision >= DN_PREC_DAY)
        check(d->day >= 1 && d->day <= 31, "day 1..31");
    if (d->precision >= DN_PREC_HOUR)
        check(d->hour >= 0 && d->hour <= 24 && d->minute >= 0 && d->minute <= 59 &&
                  d->second >= 0 && d->second <= 60,
              "time fields in range");
    check_format(d);
}

/* Whether two results are the same, field by field (a dn_date has padding). */
static int same_date(const dn_date *a, const dn_date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day &&
           a->week == b->week && a->hour == b->hour && a->minute == b->minute &&
           a->second == b->second && a->nanosecond == b->nanosecond &&
           a->fraction_digits == b->fraction_digits && a->offset_minutes == b->offset_minutes &&
           a->precision == b->precision && a->weekday == b->weekday &&
           strcmp(a->locale, b->locale) == 0 && a->confidence == b->confidence &&
           a->start == b->start && a->end == b->end && a->flags == b->flags &&
           a->alt_year == b->alt_year && a->alt_month == b->alt_month &&
           a->alt_day == b->alt_day && a->calendar == b->calendar &&
           strcmp(a->zone, b->zone) == 0;
}

/* dn_format over a caller-built dn_date: any bytes, any style, a buffer of any size. */
static void fuzz_format(const uint8_t *data, size_t size)
{
    dn_date d;
    if (size < sizeof d + 1)
        return;
    memcpy(&d, data + 1, sizeof d);
    size_t cap = data[0] & 0x3f; /* 0..63: below and above DN_FORMAT_MAX */
    for (int s = 0; s < 4; s++) { /* 3 = not a dn_style: must not crash either */
        char *buf = malloc(cap ? cap : 1); /* exact size: ASan sees any overrun */
        if (!buf)
            return;
        int n = dn_format(&d, (dn_style)s, buf, cap);
        if (n >= 0)
            check((size_t)n < cap && buf[n] == '\0' && strlen(buf) == (size_t)n,
                  "dn_format on any dn_date: length below cap, NUL-terminated");
        free(buf);
    }
}

/* The text as a reference instant (the CLI's --now) in one of a few zones: a status the
   header documents, and on success a context dn_search_ex accepts. */
static void fuzz_context(const char *text, size_t len, unsigned sel)
{
    static const char *const zones[4] = {NULL, "Europe/Paris", "+05:30", "America/New_York"};
    dn_context c;
    dn_error err;
    int rc = dn_context_from_text(&c, text, len, zones[(sel >> 1) % 4], &err);
    check(rc == DN_OK || rc == DN_ERR_TIME, "dn_context_from_text: DN_OK or DN_ERR_TIME");
    if (rc != DN_OK) {
        check(err.code == rc && memchr(err.message, '\0', sizeof err.message) != NULL,
              "dn_context_from_text fills err");
        return;
    }
    check(c.now >= DN_NOW_MIN && c.now <= DN_NOW_MAX && c.now_offset_minutes > -1440 &&
              c.now_offset_minutes < 1440, "dn_context_from_text: a context in range");
    size_t m = 1;
    check(dn_search_ex(parsers[0], "3 days ago", 10, &c, NULL, NULL, 0, &m, NULL) == DN_OK &&
              m == 1, "dn_search_ex takes what dn_context_from_text gives");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    if (sel & 0x80) {
        fuzz_format(data, size);
        return 0;
    }
    const dn_parser *p = parsers[sel % NPARSERS];
    const dn_context *ctx = &contexts[(sel >> 3) % 4];
    size_t len = size - 1;
    /* an exact-size copy: a read one past the end is an ASan report */
    char *text = malloc(len ? len : 1);
    if (!text)
        return 0;
    memcpy(text, data + 1, len);

    dn_date a, b;
    int r1 = dn_parse(p, text, len, (sel & 0x20) ? NULL : ctx, &a);
    check(r1 == 0 || r1 == 1, "dn_parse returns 0 or 1 on valid arguments");
    if (r1 == 1) {
        check_date(&a, len);
        /* determinism (not with ctx NULL: the current time may tick between the calls) */
        if (!(sel & 0x20)) {
            int r2 = dn_parse(p, text, len, ctx, &b);
            check(r2 == 1 && memcmp(&a, &b, sizeof a) == 0, "dn_parse is deterministic");
        }
    } else {
        static const dn_date zero;
        check(memcmp(&a, &zero, sizeof a) == 0, "dn_parse zeroes *out when it finds nothing");
    }

    dn_date found[16];
    size_t n = dn_search(p, text, len, ctx, found, 16);
    size_t shown = n < 16 ? n : 16;
    for (size_t i = 0; i < shown; i++) {
        check_date(&found[i], len);
        if (i > 0)
            check(found[i].start >= found[i - 1].end, "search results ordered, no overlap");
    }
    /* cap 0 must count without writing, and agree with the first count */
    check(dn_search(p, text, len, ctx, NULL, 0) == n, "dn_search count independent of cap");
    /* the first results are those of a call with room for all */
    if (n > 16) {
        dn_date *every = malloc(n * sizeof *every);
        if (every) {
            check(dn_search(p, text, len, ctx, every, n) == n, "dn_search count with room for all");
            for (size_t i = 0; i < shown; i++)
                check(same_date(&found[i], &every[i]),
                      "dn_search's first results independent of cap");
            for (size_t i = 1; i < n; i++)
                check(every[i].start >= every[i - 1].end, "search results ordered, no overlap");
            free(every);
        }
    }
    /* dn_search_ex agrees with dn_search on valid arguments, and refuses a reference
       instant outside DN_NOW_MIN..DN_NOW_MAX (the year -1 context) */
    size_t m = 0;
    int rx = dn_search_ex(p, text, len, ctx, NULL, found, 1, &m, NULL);
    if (ctx->now >= DN_NOW_MIN && ctx->now <= DN_NOW_MAX)
        check(rx == DN_OK && m == n, "dn_search_ex finds what dn_search finds");
    else
        check(rx == DN_ERR_TIME && m == 0, "dn_search_ex refuses an instant out of range");
    fuzz_context(text, len, sel);
    free(text);
    return 0;
}
