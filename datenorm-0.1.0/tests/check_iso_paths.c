/*
 * check_iso_paths: the two readers of ISO 8601 stamps agree.
 *
 * dn_parse reads a text that is one ISO 8601 / RFC 3339 stamp straight from its bytes
 * (dnp_iso_fast, lib/iso8601.c); every other text takes the token path (clusters and
 * readers, lib/scan.c). For each stamp the byte reader accepts, the token path must give
 * the same dn_date, field for field (every field --json prints: the date and time, offset,
 * precision, weekday, locale, confidence, span, flags and the other reading). And
 * dn_context_from_iso, which uses the byte reader, must give the same instant.
 *
 * The input: lines on standard input, a corpus of the benchmark's kinds (tests/iso-paths.test
 * pipes `bench/gen_lines 4000 7` in: ISO stamps in all their forms, feed dates, ICU's
 * formats, numeric dates and lines with no date; deterministic, and a few thousand lines
 * are enough to keep `make check` fast). Each stamp of the corpus is also written again
 * with the times and offsets at the edges of the range rules (lib/clock.c): hour 24, second
 * 60, offsets at and beyond 18:00, fractions of 1 to 19 digits, lower-case t and z.
 * Exits 1 with a message per difference, or when too few stamps were compared for the test
 * to mean anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define MIN_COMPARED 1000 /* stamps compared at the least: fewer means a broken corpus */

static const dn_parser *parser;
static dn_context ctx;
static long compared, context_compared, failures;

/* A difference: what differs, and the two values (the byte reader's first). */
static void fail(const char *text, const char *what, long a, long b)
{
    if (failures++ < 100)
        printf("FAIL: \"%s\": %s: %ld, %ld\n", text, what, a, b);
}

/* Every field of two results, as --json prints them. */
static void same_date(const char *text, const dn_date *a, const dn_date *b)
{
#define FIELD(f)                                                                               \
    if (a->f != b->f)                                                                          \
        fail(text, #f " (byte reader, token path)", (long)a->f, (long)b->f);
    FIELD(year) FIELD(month) FIELD(day) FIELD(week) FIELD(hour) FIELD(minute) FIELD(second)
    FIELD(nanosecond) FIELD(fraction_digits) FIELD(precision) FIELD(weekday) FIELD(start)
    FIELD(end) FIELD(flags) FIELD(alt_year) FIELD(alt_month) FIELD(alt_day)
#undef FIELD
    if ((a->flags & DN_FLAG_HAS_OFFSET) && a->offset_minutes != b->offset_minutes)
        fail(text, "offset_minutes", a->offset_minutes, b->offset_minutes);
    if (a->confidence != b->confidence)
        fail(text, "confidence (x1000)", (long)(a->confidence * 1000), (long)(b->confidence * 1000));
    if (strcmp(a->locale, b->locale) != 0) {
        fail(text, "locale", 0, 0);
        printf("  locale: \"%s\", \"%s\"\n", a->locale, b->locale);
    }
}

/* The instant a result names (Unix seconds), for a result with a day. */
static int64_t instant_of(const dn_date *d)
{
    int64_t t = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day) * 86400 +
                d->hour * 3600 + d->minute * 60 + d->second;
    return t - ((d->flags & DN_FLAG_HAS_OFFSET) ? (int64_t)d->offset_minutes * 60 : 0);
}

static void compare(const char *text)
{
    size_t len = strlen(text);
    dn_date a, b;
    int fa = dnp_parse_paths(parser, text, len, &ctx, &a, DNP_PATH_BYTES);
    dn_context c;
    int rc = dn_context_from_iso(&c, text, len, NULL);
    /* the reference instant is read by the same byte reader: it takes what the reader
       takes (a stamp with a day, nothing around it), and gives the same instant */
    bool whole = fa == 1 && a.start == 0 && a.end == len && a.precision >= DN_PREC_DAY &&
                 !(a.flags & DN_FLAG_EPOCH);
    if ((rc == DN_OK) != whole)
        fail(text, "taken by the byte reader (a whole stamp with a day), by dn_context_from_iso", whole,
             rc == DN_OK);
    else if (whole) {
        context_compared++;
        if (c.now != instant_of(&a))
            fail(text, "dn_context_from_iso's instant", (long)instant_of(&a), (long)c.now);
        int off = (a.flags & DN_FLAG_HAS_OFFSET) ? a.offset_minutes : 0;
        if (c.now_offset_minutes != off)
            fail(text, "dn_context_from_iso's offset", off, c.now_offset_minutes);
    }
    if (fa != 1 || (a.flags & DN_FLAG_EPOCH))
        return; /* not a stamp the byte reader takes: the token path alone reads it */
    compared++;
    int fb = dnp_parse_paths(parser, text, len, &ctx, &b, DNP_PATH_TOKENS);
    if (fb != 1) {
        fail(text, "found (byte reader, token path)", fa, fb);
        return;
    }
    same_date(text, &a, &b);
}

/* The stamp at the start of line (YYYY-MM-DD), written again with edge times and offsets. */
static void edges(const char *line)
{
    static const char *const tails[] = {
        "", "T00:00", "T23:59", "T24:00", "T24:00:00", "T24:00:00Z", "T24:00:00.000",
        "T24:00:00.5", "T24:01", "T24:00:01", "T25:00", "T23:60", "T23:59:60Z", "T23:59:61",
        "T12:00+18:00", "T12:00+18:01", "T12:00-18:00", "T12:00+18:59", "T12:00+19:00",
        "T12:00+23:59", "T12:00+24:00", "T12:00+99", "T12:00+05", "T12:00+0530", "T12:00-0800",
        "T12:00+05:3", "T12:00+05:", "T12:00+5", "t12:00z", "T12:00Z", "T12:00z", " 12:00:00,5",
        "T12:00:00.1", "T12:00:00.123456789", "T12:00:00.1234567890",
        "T12:00:00.123456789012345678", "T12:00:00.1234567890123456789", "T12:00:00.",
        "T12:00:", "T12", "T1200", "T12:00:00Z ", " 12:00", "T12:00:00+01:00Z",
    };
    char buf[96];
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        snprintf(buf, sizeof buf, "%.10s%s", line, tails[i]);
        compare(buf);
    }
    /* the year and month alone, and days at the ends of the month */
    snprintf(buf, sizeof buf, "%.7s", line);
    compare(buf);
    static const char *const days[] = {"-00", "-28", "-29", "-30", "-31", "-32"};
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
        snprintf(buf, sizeof buf, "%.7s%sT10:00Z", line, days[i]);
        compare(buf);
    }
}

int main(void)
{
    dn_parser *p;
    dn_error err;
    if (dn_parser_new(NULL, &p, &err) < 0) {
        printf("FAIL: dn_parser_new: %s\n", err.message);
        return 1;
    }
    parser = p;
    if (dn_context_from_iso(&ctx, "2026-11-26T12:00:00Z", 20, &err) < 0) {
        printf("FAIL: dn_context_from_iso: %s\n", err.message);
        return 1;
    }
    char line[1024];
    long lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        lines++;
        compare(line);
        if (strlen(line) >= 10 && line[4] == '-' && line[7] == '-')
            edges(line);
    }
    dn_parser_free(p);
    printf("%ld lines read, %ld stamps compared with the token path, %ld with "
           "dn_context_from_iso, %ld differences\n", lines, compared, context_compared, failures);
    if (compared < MIN_COMPARED) {
        printf("FAIL: fewer than %d stamps compared: is the corpus right?\n", MIN_COMPARED);
        return 1;
    }
    return failures ? 1 : 0;
}
