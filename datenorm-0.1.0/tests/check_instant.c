/*
 * dn_date_unix and dn_date_unix_at (lib/instant.c): the instant of a result as Unix
 * seconds. Checked three ways: dates parsed from text with their offsets (the expected
 * seconds computed independently, with Python's datetime), hand-built dates at every
 * precision and at the edges (ISO week 53, 24:00, a leap second, year 0, bad fields), and
 * 20,000 pseudo-random dates and offsets against the C library's timegm().
 */
#define _DEFAULT_SOURCE /* timegm */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "suites.h"

static dn_date parsed(const char *text)
{
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d;
    ck_assert_int_eq(dn_parse(p, text, strlen(text), &ctx, &d), 1);
    dn_parser_free(p);
    return d;
}

static dn_date built(int y, int mo, int d, int h, int mi, int s, dn_precision prec, int off)
{
    dn_date r;
    memset(&r, 0, sizeof r);
    r.year = y;
    r.month = mo;
    r.day = d;
    r.hour = h;
    r.minute = mi;
    r.second = s;
    r.precision = prec;
    r.offset_minutes = off;
    r.flags = DN_FLAG_HAS_OFFSET;
    return r;
}

static void expect_unix(const dn_date *d, int64_t want, const char *what)
{
    int64_t got = -1;
    int rc = dn_date_unix(d, &got);
    ck_assert_msg(rc == DN_OK && got == want, "%s: dn_date_unix = %d, %lld; expected %lld", what,
                  rc, (long long)got, (long long)want);
}

START_TEST(test_parsed_with_offset)
{
    dn_date d = parsed("Sun, 22 Nov 2015 10:00:00 +0100");
    expect_unix(&d, 1448182800, "RFC 2822 at +0100");
    d = parsed("2015-11-22T14:30:05.25Z");
    expect_unix(&d, 1448202605, "ISO 8601 with a fraction, Z");
    ck_assert_int_eq(d.nanosecond, 250000000); /* the fraction stays in the date */
    d = parsed("1448186400");
    ck_assert(d.flags & DN_FLAG_EPOCH);
    expect_unix(&d, 1448186400, "a Unix timestamp reads back as itself");
}
END_TEST

START_TEST(test_without_offset)
{
    dn_date d = parsed("22 Novembre 2015");
    ck_assert(!(d.flags & DN_FLAG_HAS_OFFSET));
    int64_t s = 42;
    ck_assert_int_eq(dn_date_unix(&d, &s), DN_ERR_ARG);
    ck_assert_int_eq(s, 42); /* untouched on error */
    /* the caller names the zone: 2015-11-22T00:00 at +01:00 is 2015-11-21T23:00Z */
    ck_assert_int_eq(dn_date_unix_at(&d, 60, &s), DN_OK);
    ck_assert_int_eq(s, 1448146800);
    /* a date with its own offset ignores the caller's */
    d = parsed("Sun, 22 Nov 2015 10:00:00 +0100");
    ck_assert_int_eq(dn_date_unix_at(&d, -300, &s), DN_OK);
    ck_assert_int_eq(s, 1448182800);
}
END_TEST

START_TEST(test_precisions_and_edges)
{
    dn_date d = built(2015, 11, 0, 0, 0, 0, DN_PREC_MONTH, 60);
    expect_unix(&d, 1446332400, "a month is its first day at 00:00");
    d = built(2015, 0, 0, 0, 0, 0, DN_PREC_YEAR, -330);
    expect_unix(&d, 1420090200, "a year at -05:30");
    d = built(2015, 0, 0, 0, 0, 0, DN_PREC_WEEK, 0);
    d.week = 47;
    expect_unix(&d, 1447632000, "2015-W47 is Monday 2015-11-16");
    d.week = 53;
    expect_unix(&d, 1451260800, "2015-W53 is Monday 2015-12-28");
    d.year = 2016; /* 2016 has 52 weeks */
    int64_t s;
    ck_assert_int_eq(dn_date_unix(&d, &s), DN_ERR_ARG);
    d = built(2015, 12, 31, 24, 0, 0, DN_PREC_SECOND, 0);
    expect_unix(&d, 1451606400, "24:00 is the next midnight");
    d = built(2015, 12, 31, 23, 59, 60, DN_PREC_SECOND, 0);
    expect_unix(&d, 1451606400, "a leap second is the next minute's first");
    d = built(0, 1, 1, 0, 0, 0, DN_PREC_DAY, 0);
    expect_unix(&d, -62167219200LL, "year 0 (1 BC), proleptic Gregorian");
    d = built(2026, 11, 26, 12, 0, 0, DN_PREC_MINUTE, 0);
    expect_unix(&d, DN_TEST_NOW, "the tests' reference instant");

    static const struct {
        int y, mo, d, h, mi, s, off;
        dn_precision prec;
    } bad[] = {
        {2015, 2, 29, 0, 0, 0, 0, DN_PREC_DAY},     /* not a leap year */
        {2015, 13, 1, 0, 0, 0, 0, DN_PREC_DAY},
        {2015, 0, 0, 0, 0, 0, 0, DN_PREC_MONTH},
        {2015, 1, 1, 25, 0, 0, 0, DN_PREC_HOUR},
        {2015, 1, 1, 24, 1, 0, 0, DN_PREC_MINUTE},
        {2015, 1, 1, 12, 60, 0, 0, DN_PREC_MINUTE},
        {2015, 1, 1, 12, 0, 61, 0, DN_PREC_SECOND},
        {2015, 1, 1, 12, 0, 0, 24 * 60, DN_PREC_SECOND},
        {2015, 1, 1, 0, 0, 0, 0, DN_PREC_NONE},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        d = built(bad[i].y, bad[i].mo, bad[i].d, bad[i].h, bad[i].mi, bad[i].s, bad[i].prec,
                  bad[i].off);
        ck_assert_msg(dn_date_unix(&d, &s) == DN_ERR_ARG, "bad row %zu accepted", i);
    }
    ck_assert_int_eq(dn_date_unix(NULL, &s), DN_ERR_ARG);
    ck_assert_int_eq(dn_date_unix(&d, NULL), DN_ERR_ARG);
    ck_assert_int_eq(dn_date_unix_at(NULL, 0, &s), DN_ERR_ARG);
}
END_TEST

START_TEST(test_against_timegm)
{
    /* a fixed linear congruential sequence: the same dates every run */
    uint64_t x = 0x2545F4914F6CDD1DULL;
#define NEXT(n) ((x = x * 6364136223846793005ULL + 1442695040888963407ULL), (int)((x >> 33) % (n)))
    for (int i = 0; i < 20000; i++) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        int y = 1600 + NEXT(800), mo = 1 + NEXT(12);
        static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int maxd = dim[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
        tm.tm_year = y - 1900;
        tm.tm_mon = mo - 1;
        tm.tm_mday = 1 + NEXT(maxd);
        tm.tm_hour = NEXT(24);
        tm.tm_min = NEXT(60);
        tm.tm_sec = NEXT(60);
        int off = NEXT(2 * 14 * 60 + 1) - 14 * 60;
        dn_date d = built(y, mo, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, DN_PREC_SECOND, off);
        int64_t want = (int64_t)timegm(&tm) - (int64_t)off * 60;
        int64_t got;
        ck_assert_int_eq(dn_date_unix(&d, &got), DN_OK);
        ck_assert_msg(got == want, "%04d-%02d-%02dT%02d:%02d:%02d at %d min: %lld, timegm %lld",
                      y, mo, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, off, (long long)got,
                      (long long)want);
    }
#undef NEXT
}
END_TEST

Suite *instant_suite(void)
{
    Suite *s = suite_create("instant");
    TCase *tc = tcase_create("instant");
    tcase_add_test(tc, test_parsed_with_offset);
    tcase_add_test(tc, test_without_offset);
    tcase_add_test(tc, test_precisions_and_edges);
    tcase_add_test(tc, test_against_timegm);
    suite_add_tcase(s, tc);
    return s;
}
