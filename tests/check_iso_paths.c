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
 * The feed dates (RFC 2822, RFC 850, asctime) the feed reader takes as whole texts
 * (dnp_feed_stamp, lib/stamp.c) are compared with the token path in the same way, every
 * field, and each is also written again in the feed forms' variants (feed_variants: zones
 * GMT, UT, EST, military letters, numeric ones in and out of range; without seconds or
 * weekday, a wrong weekday, two-digit years, lower and upper case, extra spaces, the clock's
 * and calendar's edges): whatever of them the feed reader takes must agree too. `-n` reads
 * the lines alone, without the variants (for a large corpus: /tmp/corpus1m.txt).
 * Whole texts of ASCII numbers, spaces and punctuation, no letter ("1/31/1998",
 * "192.168.0.1", "$12.99"), which the token path scans from items built from their bytes
 * (scan.c's ascii_shape, DNP_PATH_SHAPES), must give what the tokenized path gives, every
 * field, for every line and for such lines written again with other marks, spaces and edge
 * numbers (shape_variants).
 * Exits 1 with a message per difference, or when too few stamps or feed dates were compared
 * for the test to mean anything.
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
    if (a->calendar != b->calendar)
        fail(text, "calendar", a->calendar, b->calendar);
    if (strcmp(a->zone, b->zone) != 0) {
        fail(text, "zone", 0, 0);
        printf("  zone: \"%s\", \"%s\"\n", a->zone, b->zone);
    }
}

/* ---- feed dates (dnp_feed_stamp, lib/stamp.c) -------------------------------------------
   Each text the feed reader takes must give the token path's dn_date; offset_minutes is
   compared whatever the flags (both paths zero what they do not set). */
static long feed_compared, feed_declined;

static void compare_feed(const char *text)
{
    size_t len = strlen(text);
    dn_date a, b;
    if (dnp_parse_paths(parser, text, len, &ctx, &a, DNP_PATH_FEED) != 1) {
        feed_declined++;
        return;
    }
    feed_compared++;
    if (dnp_parse_paths(parser, text, len, &ctx, &b, DNP_PATH_TOKENS) != 1) {
        fail(text, "found (feed reader, token path)", 1, 0);
        return;
    }
    same_date(text, &a, &b);
    if (a.offset_minutes != b.offset_minutes)
        fail(text, "offset_minutes (any flags)", a.offset_minutes, b.offset_minutes);
}

/* The date a feed line names, written again in the feed forms and their variants: every
   zone form (numeric at and beyond the range rules, names the reader leaves to the token
   path, military letters), with and without seconds and weekday, the right and a wrong
   weekday, two- and four-digit years, upper and lower case, extra spaces, padded days, and
   the edges of the clock. */
static void feed_variants(const dn_date *d)
{
    static const char *const wd3[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const wdfull[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const zones[] = {
        "", " GMT", " UT", " UTC", " Z", " z", " gmt", " Ut", " EST", " EDT", " CST", " CDT",
        " MST", " MDT", " PST", " PDT", " A", " M", " N", " Y", " J", " BST", " CET", " IST",
        " +0000", " -0000", " +0100", " -0500", " +0530", " +1800", " -1800", " +1801",
        " +1900", " +2400", " +9999", " +0060", " +0099", " +01:00", " +01", " +010",
        " +01000", " GMT+1", " (GMT)", " +0100 (CET)", "  GMT", " GMT ", ",GMT",
    };
    const char *w = wd3[d->weekday - 1], *wrong = wd3[d->weekday % 7];
    const char *m = mon[d->month - 1];
    char buf[128], lo[128];
    int y = d->year, dd = d->day, h = d->hour, mi = d->minute, se = d->second;
    for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        const char *zz = zones[z];
        snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d%s", w, dd, m, y, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d%s", wrong, dd, m, y, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %d %s %04d %02d:%02d%s", w, dd, m, y, h, mi, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%d %s %04d %02d:%02d:%02d%s", dd, m, y, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%02d %s %04d %02d:%02d%s", dd, m, y, h, mi, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %02d %s %02d %02d:%02d:%02d%s", w, dd, m, y % 100, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %02d-%s-%02d %02d:%02d:%02d%s", wdfull[d->weekday - 1], dd, m,
                 y % 100, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %02d-%s-%02d %02d:%02d:%02d%s", wdfull[d->weekday % 7], dd, m,
                 y % 100, h, mi, se, zz);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s, %02d-%s-%04d %02d:%02d:%02d%s", wdfull[d->weekday - 1], dd, m,
                 y, h, mi, se, zz);
        compare_feed(buf);
        for (size_t i = 0; buf[i]; i++) /* lower case */
            lo[i] = (char)((buf[i] >= 'A' && buf[i] <= 'Z') ? buf[i] | 0x20 : buf[i]), lo[i + 1] = 0;
        compare_feed(lo);
        snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d%s", w, m, dd, h, mi, se, y, zz);
        compare_feed(buf);
        for (size_t i = 0; buf[i]; i++) /* upper case */
            lo[i] = (char)((buf[i] >= 'a' && buf[i] <= 'z') ? buf[i] & ~0x20 : buf[i]), lo[i + 1] = 0;
        compare_feed(lo);
    }
    static const char *const odd[] = {
        "%s, %02d %s %04d  %02d:%02d:%02d +0100", "%s,  %02d %s %04d %02d:%02d:%02d +0100",
        "%s,%02d %s %04d %02d:%02d:%02d +0100", "  %s, %02d %s %04d %02d:%02d:%02d +0100  ",
        "%s, %02d %s %04d %02d:%02d:%02d +0100\t", "%s %02d %s %04d %02d:%02d:%02d +0100",
        "%s %s %02d %02d:%02d:%02d %04d", "%s %s  %d %02d:%02d:%02d %04d",
        "%s, %02d %s. %04d %02d:%02d:%02d +0100", "%s., %02d %s %04d %02d:%02d:%02d +0100",
        "%s, %02d %s %04d %02d.%02d.%02d +0100", "%s, %02d %s %04d %02d:%02d:%02d.5 +0100",
        "%s, %02d %s %04d, %02d:%02d:%02d +0100", "(%s, %02d %s %04d %02d:%02d:%02d +0100)",
    };
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        if (i == 6 || i == 7)
            snprintf(buf, sizeof buf, odd[i], w, m, dd, h, mi, se, y);
        else
            snprintf(buf, sizeof buf, odd[i], w, dd, m, y, h, mi, se);
        compare_feed(buf);
    }
    /* the clock's and the calendar's edges */
    static const char *const clocks[] = {"00:00:00", "23:59:59", "24:00:00", "23:59:60",
                                         "23:60:00", "25:00:00", "12:00:61", "24:00"};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        snprintf(buf, sizeof buf, "%s, %02d %s %04d %s GMT", w, dd, m, y, clocks[i]);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s %s %2d %s %04d", w, m, dd, clocks[i], y);
        compare_feed(buf);
    }
    static const char *const days[] = {"00", "0", "28", "29", "30", "31", "32", "99", "000", "022"};
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
        snprintf(buf, sizeof buf, "%s %s %04d 10:00:00 +0100", days[i], m, y);
        compare_feed(buf);
    }
    static const char *const years[] = {"0001", "0999", "1000", "1799", "1800", "1899", "1970",
                                        "2199", "2200", "2201", "9999", "10000", "999"};
    for (size_t i = 0; i < sizeof years / sizeof years[0]; i++) {
        snprintf(buf, sizeof buf, "%d %s %s 10:00:00 +0100", dd, m, years[i]);
        compare_feed(buf);
        snprintf(buf, sizeof buf, "%s %s %2d 10:00:00 %s", w, m, dd, years[i]);
        compare_feed(buf);
    }
    /* every weekday and month name with every day of the week (the language the names
       choose) */
    for (int mo = 0; mo < 12; mo++)
        for (int k = 0; k < 7; k++) {
            snprintf(buf, sizeof buf, "%s, %d %s %04d 10:00 GMT", wd3[k], 1 + k, mon[mo], 2024);
            compare_feed(buf);
            snprintf(buf, sizeof buf, "%d %s %04d 10:00:00 -0800", 1 + k, mon[mo], 2024);
            compare_feed(buf);
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

/* ---- whole-text shapes (scan.c's ascii_shape) -------------------------------------------
   A text of ASCII numbers, spaces and punctuation, no letter, of at most 64 bytes, is
   scanned from items built from its bytes, not tokenized: the token path with and without
   the shapes must give the same answer, every field, for every text (the others never take
   the shape). */
static long shape_compared;

static bool shape_text(const char *text)
{
    size_t n = strlen(text);
    if (n == 0 || n > 64)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b < ' ' || b >= 0x7F || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
            return false;
    }
    return true;
}

static void compare_shape(const char *text)
{
    size_t len = strlen(text);
    dn_date a, b;
    int fa = dnp_parse_paths(parser, text, len, &ctx, &a, DNP_PATH_TOKENS | DNP_PATH_SHAPES);
    int fb = dnp_parse_paths(parser, text, len, &ctx, &b, DNP_PATH_TOKENS);
    shape_compared += shape_text(text);
    if (fa != fb)
        fail(text, "found (shape, token path)", fa, fb);
    else if (fa == 1)
        same_date(text, &a, &b);
}

/* A shape's numbers written again: every pair of marks, the numbers' edges (0, 1, 12, 13,
   29-32, two- and four-digit years, leading zeros, 18 and 19 digits), and the shapes of the
   corpus's lines with no date (addresses, telephone numbers, prices, scores), spaces and
   money signs around them. */
static void shape_variants(const char *line)
{
    unsigned long v[3];
    char m[2];
    if (!shape_text(line) ||
        sscanf(line, "%lu%c%lu%c%lu", &v[0], &m[0], &v[1], &m[1], &v[2]) != 5)
        return;
    static const char marks[] = "/.- ,:";
    char buf[96];
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            snprintf(buf, sizeof buf, "%lu%c%lu%c%lu", v[0], marks[i], v[1], marks[j], v[2]);
            compare_shape(buf);
            snprintf(buf, sizeof buf, "%02lu%c %02lu%c  %lu.", v[0] % 100, marks[i], v[1] % 100,
                     marks[j], v[2] % 100);
            compare_shape(buf);
            snprintf(buf, sizeof buf, " (%lu%c%lu%c%lu) ", v[0], marks[i], v[1], marks[j], v[2]);
            compare_shape(buf);
        }
    snprintf(buf, sizeof buf, "%lu-%lu", v[0], v[1]);
    compare_shape(buf);
    snprintf(buf, sizeof buf, "%lu/%lu", v[1], v[2]);
    compare_shape(buf);
    snprintf(buf, sizeof buf, "%lu %lu %lu", v[0], v[1], v[2]);
    compare_shape(buf);
    static const char *const edge[] = {
        "0/0/0", "1/1/1", "31.12.1999", "29.02.2000", "29.02.2100", "30-02-2024",
        "13/13/2013", "12/31/99", "31/12/99", "00.01.2000", "1.2.3", "2027/02/29",
        "999999999/1/1", "1/1/999999999", "1234567890/1/1", "2015.11.22", "22.11.2015",
        "11-22-2015", "2015-22-11", "32/1/2020", "1/32/2020", "12.5.00", "5.28.10",
        "2020/1/2", "0001/01/01", "9999/12/31", "10000/1/1", "01/02/03", "13-12-11",
        "192.168.1.1", "10.0.0.255", "+1 (722) 584-3870", "+44 7 12 34 56 78", "$12.99",
        "30%", "30 %", "$ 1999", "1999$", "(2015-11-22)", "[22/11/2015]", "22. 11. 2015",
        "2015. 11. 22.", "22.11.2015, 14:30", "22/11/2015 10:00", "14:30", "10:00:00",
        "1999", "2015-11", "11/2015", "3-1", "3:1", "1/2", "978-3-16-148410-0",
        "1448000000", "1448000000000", "123456789012345678/1/1", "1234567890123456789/1/1",
        "1/1/1234567890123456789", "22.11.2015 - 24.11.2015", "22-24.11.2015", "  22.11.2015  ",
        "#1", "~22.11.2015", "22.11.2015!", "'22.11.2015'", "\"22/11/2015\"", "22.11.2015;",
        "2015/11/22 - 2015/11/23", "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1",
        "", " ", "-", ".", "...", "---", "1", "12", "123", "12345",
    };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        compare_shape(edge[i]);
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

int main(int argc, char **argv)
{
    /* -n: the lines only, no variants of the feed dates (for a large corpus) */
    bool variants = !(argc > 1 && strcmp(argv[1], "-n") == 0);
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
        compare_feed(line);
        compare_shape(line);
        if (variants)
            shape_variants(line);
        if (variants) {
            dn_date d;
            if (dnp_parse_paths(parser, line, strlen(line), &ctx, &d, DNP_PATH_FEED) == 1)
                feed_variants(&d);
        }
        if (strlen(line) >= 10 && line[4] == '-' && line[7] == '-')
            edges(line);
    }
    dn_parser_free(p);
    printf("%ld lines read, %ld stamps compared with the token path, %ld with "
           "dn_context_from_iso, %ld feed dates (%ld texts declined by the feed reader), "
           "%ld shapes, %ld differences\n", lines, compared, context_compared,
           feed_compared, feed_declined, shape_compared, failures);
    if (feed_compared < MIN_COMPARED) {
        printf("FAIL: fewer than %d feed dates compared: is the corpus right?\n", MIN_COMPARED);
        return 1;
    }
    if (shape_compared < MIN_COMPARED / 10) {
        printf("FAIL: fewer than %d shapes compared: is the corpus right?\n",
               MIN_COMPARED / 10);
        return 1;
    }
    if (compared < MIN_COMPARED) {
        printf("FAIL: fewer than %d stamps compared: is the corpus right?\n", MIN_COMPARED);
        return 1;
    }
    return failures ? 1 : 0;
}
