/*
 * The API contract of lib/datenorm.h, checked call by call: building and freeing parsers,
 * the error codes and messages, dn_format in every precision and style, the reference
 * instant read by dn_context_from_iso, byte spans, flags, and thread safety of one shared
 * parser. It does not check coverage of languages and forms: that is check_cases.c (the
 * tables in tests/data) and check_roundtrip.c (every ICU locale).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uvernum.h>

#include "suites.h"

/* ---- helpers ----------------------------------------------------------------------- */

static dn_parser *new_parser(const char *locales)
{
    return dn_test_parser(locales, DN_ORDER_AUTO);
}

/* Parses text with p and the pinned context; returns dn_parse's status. */
static int parse(const dn_parser *p, const char *text, dn_date *d)
{
    dn_context ctx = dn_test_context();
    return dn_parse(p, text, strlen(text), &ctx, d);
}

/* Formats d in style and compares with want. */
static void expect_format(const dn_date *d, dn_style style, const char *want)
{
    char buf[DN_FORMAT_MAX];
    memset(buf, 'x', sizeof buf);
    int n = dn_format(d, style, buf, sizeof buf);
    ck_assert_msg(n == (int)strlen(want) && strcmp(buf, want) == 0,
                  "dn_format(style %d) = %d \"%s\", expected \"%s\"", (int)style, n,
                  n >= 0 ? buf : "", want);
}

/* Parses text (no hint) and checks the date-style output. */
static void expect_parse(const dn_parser *p, const char *text, dn_style style, const char *want)
{
    dn_date d;
    int rc = parse(p, text, &d);
    char buf[DN_FORMAT_MAX] = "";
    if (rc == 1)
        dn_format(&d, style, buf, sizeof buf);
    ck_assert_msg(rc == 1 && strcmp(buf, want) == 0, "\"%s\": dn_parse = %d \"%s\", expected \"%s\"",
                  text, rc, buf, want);
}

static dn_date make_date(int y, int mo, int d, int h, int mi, int s, dn_precision prec)
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
    return r;
}

/* ---- parsers: construction and errors ------------------------------------------------ */

START_TEST(test_parser_new_null_options)
{
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    ck_assert_ptr_nonnull(p);
    dn_date d;
    ck_assert_int_eq(parse(p, "2015-11-22", &d), 1);
    ck_assert_int_eq(d.year, 2015);
    ck_assert_int_eq(d.month, 11);
    ck_assert_int_eq(d.day, 22);
    ck_assert_int_eq(d.precision, DN_PREC_DAY);
    dn_parser_free(p);
    dn_parser_free(NULL); /* allowed, like free(NULL) */
}
END_TEST

START_TEST(test_parser_new_hints)
{
    /* BCP 47, POSIX with encoding, ICU ids and lists all read. */
    static const char *const ok[] = { "fr", "pt-BR", "pt_BR.UTF-8", "es,en", "sr_Latn",
                                      "zh-Hant-TW", "", NULL };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        dn_parser *p = new_parser(ok[i]);
        dn_parser_free(p);
    }
}
END_TEST

START_TEST(test_parser_new_bad_locale)
{
    static const char *const bad[] = { "!!", "fr,@@@", "12345678901234567890", "en_US;rm -rf" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dn_options o;
        memset(&o, 0, sizeof o);
        o.locales = bad[i];
        dn_parser *p = (dn_parser *)&o; /* must be reset to NULL */
        dn_error e;
        memset(&e, 0, sizeof e);
        int rc = dn_parser_new(&o, &p, &e);
        ck_assert_msg(rc == DN_ERR_LOCALE, "hint \"%s\": rc %d, expected DN_ERR_LOCALE", bad[i], rc);
        ck_assert_ptr_null(p);
        ck_assert_int_eq(e.code, DN_ERR_LOCALE);
        ck_assert_msg(e.message[0] != '\0', "hint \"%s\": empty error message", bad[i]);
        ck_assert_msg(memchr(e.message, '\0', sizeof e.message) != NULL, "message not terminated");
        /* err may be NULL */
        ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_ERR_LOCALE);
    }
}
END_TEST

START_TEST(test_parser_new_null_out)
{
    dn_error e;
    memset(&e, 0, sizeof e);
    ck_assert_int_eq(dn_parser_new(NULL, NULL, &e), DN_ERR_ARG);
    ck_assert_int_eq(e.code, DN_ERR_ARG);
}
END_TEST

START_TEST(test_parse_bad_arguments)
{
    dn_parser *p = new_parser(NULL);
    dn_context ctx = dn_test_context();
    dn_date d;
    ck_assert_int_eq(dn_parse(p, NULL, 10, &ctx, &d), DN_ERR_ARG);
    ck_assert_int_eq(dn_parse(NULL, "2015-11-22", 10, &ctx, &d), DN_ERR_ARG);
    ck_assert_int_eq(dn_parse(p, "2015-11-22", 10, &ctx, NULL), DN_ERR_ARG);
    /* a NULL context is allowed: the current time */
    ck_assert_int_eq(dn_parse(p, "2015-11-22", 10, NULL, &d), 1);
    ck_assert_int_eq(d.day, 22);
    dn_parser_free(p);
}
END_TEST

START_TEST(test_parse_none_zeroes_result)
{
    dn_parser *p = new_parser(NULL);
    dn_date d;
    memset(&d, 0x5a, sizeof d);
    ck_assert_int_eq(parse(p, "hello world", &d), 0);
    ck_assert_int_eq(d.year, 0);
    ck_assert_int_eq(d.month, 0);
    ck_assert_int_eq(d.precision, DN_PREC_NONE);
    ck_assert_uint_eq(d.flags, 0);
    ck_assert_uint_eq(d.start, 0);
    ck_assert_uint_eq(d.end, 0);
    ck_assert_int_eq(dn_parse(p, "", 0, NULL, &d), 0);
    dn_parser_free(p);
}
END_TEST

START_TEST(test_parse_reads_only_len)
{
    /* The text need not be NUL-terminated: only text[0..len) is read. */
    dn_parser *p = new_parser(NULL);
    dn_context ctx = dn_test_context();
    dn_date d;
    static const char buf[] = "2015-11-22T14:30:00Z";
    ck_assert_int_eq(dn_parse(p, buf, 10, &ctx, &d), 1);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22");
    ck_assert_uint_eq(d.end, 10);
    /* a NUL byte is a separator, not an end */
    static const char nul[] = "on\0 22 Nov 2015";
    ck_assert_int_eq(dn_parse(p, nul, sizeof nul - 1, &ctx, &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    ck_assert_uint_eq(d.start, 4);
    dn_parser_free(p);
}
END_TEST

/* ---- dn_format ----------------------------------------------------------------------- */

START_TEST(test_format_precisions)
{
    dn_date d = make_date(2015, 0, 0, 0, 0, 0, DN_PREC_YEAR);
    expect_format(&d, DN_STYLE_AUTO, "2015");
    expect_format(&d, DN_STYLE_DATE, "2015");
    expect_format(&d, DN_STYLE_DATETIME, "2015-01-01T00:00:00");

    d = make_date(2015, 11, 0, 0, 0, 0, DN_PREC_MONTH);
    expect_format(&d, DN_STYLE_AUTO, "2015-11");
    expect_format(&d, DN_STYLE_DATE, "2015-11");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-01T00:00:00");

    /* ISO week 2015-W47 runs from Monday 2015-11-16 */
    d = make_date(2015, 0, 0, 0, 0, 0, DN_PREC_WEEK);
    d.week = 47;
    expect_format(&d, DN_STYLE_AUTO, "2015-W47");
    expect_format(&d, DN_STYLE_DATE, "2015-W47");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-16T00:00:00");
    d.week = 1;
    d.year = 2026; /* 2026-W01 starts on 2025-12-29 */
    expect_format(&d, DN_STYLE_AUTO, "2026-W01");
    expect_format(&d, DN_STYLE_DATETIME, "2025-12-29T00:00:00");

    d = make_date(2015, 11, 22, 0, 0, 0, DN_PREC_DAY);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T00:00:00");

    d = make_date(2015, 11, 22, 14, 0, 0, DN_PREC_HOUR);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:00:00");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:00:00");

    d = make_date(2015, 11, 22, 14, 30, 0, DN_PREC_MINUTE);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:00");

    d = make_date(2015, 11, 22, 14, 30, 5, DN_PREC_SECOND);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:05");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:05");

    /* the fraction keeps the digits as written, trailing zeros included */
    d = make_date(2015, 11, 22, 14, 30, 5, DN_PREC_FRACTION);
    d.nanosecond = 250000000;
    d.fraction_digits = 2;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:05.25");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:05.25");
    d.nanosecond = 120000000;
    d.fraction_digits = 3;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:05.120");
    d.nanosecond = 123456789;
    d.fraction_digits = 9;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:05.123456789");
    d.nanosecond = 5000000;
    d.fraction_digits = 3;
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:05.005");
}
END_TEST

START_TEST(test_format_offsets)
{
    dn_date d = make_date(2015, 11, 22, 14, 30, 0, DN_PREC_MINUTE);
    d.flags = DN_FLAG_HAS_OFFSET;
    d.offset_minutes = 0;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00Z");
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:00Z");
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    d.offset_minutes = 330;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00+05:30");
    d.offset_minutes = -180;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00-03:00");
    d.offset_minutes = -570; /* Marquesas */
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00-09:30");
    d.offset_minutes = 840; /* Kiribati */
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:00+14:00");
    /* an offset_minutes without the flag is not printed: a naive time stays naive */
    d.flags = 0;
    d.offset_minutes = 60;
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:00");

    /* the longest output fits DN_FORMAT_MAX */
    d = make_date(2015, 11, 22, 14, 30, 5, DN_PREC_FRACTION);
    d.nanosecond = 123456789;
    d.fraction_digits = 9;
    d.flags = DN_FLAG_HAS_OFFSET;
    d.offset_minutes = -720;
    expect_format(&d, DN_STYLE_DATETIME, "2015-11-22T14:30:05.123456789-12:00");
}
END_TEST

START_TEST(test_format_space)
{
    dn_date d = make_date(2015, 11, 22, 0, 0, 0, DN_PREC_DAY);
    char buf[DN_FORMAT_MAX];
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATE, buf, 11), 10); /* exactly enough */
    ck_assert_str_eq(buf, "2015-11-22");
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATE, buf, 10), DN_ERR_SPACE);
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATE, buf, 5), DN_ERR_SPACE);
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATE, buf, 0), DN_ERR_SPACE);
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATETIME, buf, 19), DN_ERR_SPACE);
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATETIME, buf, 20), 19);
    ck_assert_int_eq(dn_format(NULL, DN_STYLE_DATE, buf, sizeof buf), DN_ERR_ARG);
    ck_assert_int_eq(dn_format(&d, DN_STYLE_DATE, NULL, 16), DN_ERR_ARG);
}
END_TEST

START_TEST(test_format_none)
{
    /* what dn_parse leaves when it finds nothing: formats as the empty string */
    dn_date d;
    memset(&d, 0, sizeof d);
    char buf[DN_FORMAT_MAX] = "junk";
    ck_assert_int_eq(dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "");
}
END_TEST

/* ---- the reference instant --------------------------------------------------------- */

/* Zones: numeric offsets, UTC, and ICU's zone ids with their daylight saving time. */
START_TEST(test_zone_offset)
{
    int m = 1;
    dn_error err = {0};
    ck_assert_int_eq(dn_zone_offset("UTC", 0, &m, &err), DN_OK);
    ck_assert_int_eq(m, 0);
    ck_assert_int_eq(dn_zone_offset("+05:30", 0, &m, &err), DN_OK);
    ck_assert_int_eq(m, 330);
    ck_assert_int_eq(dn_zone_offset("-0800", 0, &m, &err), DN_OK);
    ck_assert_int_eq(m, -480);
    /* Paris: +01:00 in winter (2026-01-15), +02:00 in summer (2026-07-15) */
    ck_assert_int_eq(dn_zone_offset("Europe/Paris", 1768435200, &m, &err), DN_OK);
    ck_assert_int_eq(m, 60);
    ck_assert_int_eq(dn_zone_offset("Europe/Paris", 1784073600, &m, &err), DN_OK);
    ck_assert_int_eq(m, 120);
    ck_assert_int_eq(dn_zone_offset("Asia/Kolkata", 1784073600, &m, &err), DN_OK);
    ck_assert_int_eq(m, 330);
    ck_assert_int_eq(dn_zone_offset("Foo/Bar", 0, &m, &err), DN_ERR_ZONE);
    ck_assert_str_eq(err.message, "unknown zone 'Foo/Bar'");
    ck_assert_int_eq(dn_zone_offset("+25:00", 0, &m, &err), DN_ERR_ZONE);
    /* the offsets a stamp may carry (lib/clock.c): within -18:00..+18:00 */
    ck_assert_int_eq(dn_zone_offset("-18:00", 0, &m, &err), DN_OK);
    ck_assert_int_eq(m, -1080);
    ck_assert_int_eq(dn_zone_offset("+18:30", 0, &m, &err), DN_ERR_ZONE);
    ck_assert_int_eq(dn_zone_offset("+05:", 0, &m, &err), DN_ERR_ZONE);
    /* a parser's zone is the reference's when a call gives no context */
    dn_options o = {0};
    o.zone = "+05:30";
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(&o, &p, &err), DN_OK);
    dn_date d;
    ck_assert_int_eq(dn_parse(p, "2 hours ago", 11, NULL, &d), 1);
    ck_assert_int_eq(d.offset_minutes, 330);
    dn_parser_free(p);
    o.zone = "Nowhere/Else";
    ck_assert_int_eq(dn_parser_new(&o, &p, &err), DN_ERR_ZONE);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_context_from_iso)
{
    static const struct {
        const char *text;
        int64_t now;
        int offset;
    } ok[] = {
        { "2026-11-26T12:00:00Z", 1795694400, 0 },
        { "2026-11-26", 1795651200, 0 },
        { "2026-11-26T12:00:00+01:00", 1795694400 - 3600, 60 },
        { "2026-11-26T12:00:00-05:30", 1795694400 + 19800, -330 },
        { "2026-11-26T12:00:00", 1795694400, 0 }, /* naive: UTC */
        { "1970-01-01T00:00:00Z", 0, 0 },
        { "2026-11-26T24:00:00Z", 1795737600, 0 }, /* the end of the day: 27 at 00:00 */
        { "2026-11-26T12:00:00+18:00", 1795694400 - 18 * 3600, 1080 },
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        dn_context c;
        memset(&c, 0x5a, sizeof c);
        int rc = dn_context_from_iso(&c, ok[i].text, strlen(ok[i].text), NULL);
        ck_assert_msg(rc == DN_OK, "\"%s\": rc %d", ok[i].text, rc);
        ck_assert_msg(c.now == ok[i].now, "\"%s\": now %lld, expected %lld", ok[i].text,
                      (long long)c.now, (long long)ok[i].now);
        ck_assert_msg(c.now_offset_minutes == ok[i].offset, "\"%s\": offset %d, expected %d",
                      ok[i].text, c.now_offset_minutes, ok[i].offset);
    }
    static const char *const bad[] = { "", "garbage", "yesterday", "2026-13-01", "2026-02-30",
                                       "2026-11-26T25:00:00Z", "26/11/2026", "2026-11-26T12:00:00+99:00",
                                       "2026-11-26 and more", "2026-11-26T24:00:01Z",
                                       "2026-11-26T12:00:00+18:30", "2026-11-26T12:00:00+05:" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dn_context c;
        dn_error e;
        memset(&e, 0, sizeof e);
        int rc = dn_context_from_iso(&c, bad[i], strlen(bad[i]), &e);
        ck_assert_msg(rc == DN_ERR_TIME, "\"%s\": rc %d, expected DN_ERR_TIME", bad[i], rc);
        ck_assert_int_eq(e.code, DN_ERR_TIME);
        ck_assert_msg(e.message[0] != '\0', "\"%s\": no message", bad[i]);
    }
}
END_TEST

START_TEST(test_year_from_context)
{
    /* a day and month without a year take the reference's year, unless that puts them
       more than three months after it (issue 8): seen on 2019-03-01, "22 November" is
       2018-11-22; seen on 2026-11-26, 2026-11-22 */
    dn_parser *p = new_parser(NULL);
    dn_date d;
    dn_context ctx;
    ck_assert_int_eq(dn_context_from_iso(&ctx, "2019-03-01", 10, NULL), DN_OK);
    static const char text[] = "22 November";
    ck_assert_int_eq(dn_parse(p, text, sizeof text - 1, &ctx, &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2018-11-22");
    ck_assert_uint_ne(d.flags & DN_FLAG_YEAR_IMPLIED, 0);
    ck_assert_int_eq(parse(p, text, &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2026-11-22");
    dn_parser_free(p);
}
END_TEST

/* The reference day's date is kept from one call to the next (scan.c's now_date): each
   call must still read its own reference, whatever the call before it read, before 1970
   and after the kept range too. */
START_TEST(test_reference_day_each_call)
{
    dn_parser *p = new_parser(NULL);
    static const char *const refs[][2] = {
        { "2026-11-26T12:00:00Z", "2026-11-26" }, { "2026-11-27T00:00:00Z", "2026-11-27" },
        { "2026-11-26T23:59:59Z", "2026-11-26" }, { "1969-12-31T12:00:00Z", "1969-12-31" },
        { "1970-01-01T00:00:00Z", "1970-01-01" }, { "0001-03-01T00:00:00Z", "0001-03-01" },
        { "9999-12-31T23:59:59Z", "9999-12-31" }, { "2024-02-29T10:00:00Z", "2024-02-29" },
        { "2026-11-26T12:00:00+14:00", "2026-11-26" }, { "2026-11-26T12:00:00Z", "2026-11-26" },
    };
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
            dn_context ctx;
            dn_date d;
            ck_assert_int_eq(dn_context_from_iso(&ctx, refs[i][0], strlen(refs[i][0]), NULL),
                             DN_OK);
            ck_assert_int_eq(dn_parse(p, "today", 5, &ctx, &d), 1);
            expect_format(&d, DN_STYLE_DATE, refs[i][1]);
        }
    dn_parser_free(p);
}
END_TEST

/* ---- spans, fields, flags ------------------------------------------------------------ */

START_TEST(test_spans)
{
    static const struct {
        const char *text;
        const char *date; /* the bytes the span must cover */
        const char *iso;
    } cases[] = {
        { "Published on 22 Nov 2015 by Reuters", "22 Nov 2015", "2015-11-22" },
        { "\xe2\x80\x94 Reuters (@Reuters) 22 Novembre 2015", "22 Novembre 2015", "2015-11-22" },
        /* the year mark "г." is part of the date (CLDR: d MMMM y 'г'.), its dot is not */
        { "Последнее обновление: 22 ноября 2015 г., читать далее", "22 ноября 2015 г", "2015-11-22" },
        { "記事 2015年11月22日 公開", "2015年11月22日", "2015-11-22" },
        { "(2015-11-22)", "2015-11-22", "2015-11-22" },
        { "   November 2015   ", "November 2015", "2015-11" },
    };
    dn_parser *p = new_parser(NULL);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_date d;
        ck_assert_msg(parse(p, cases[i].text, &d) == 1, "\"%s\": no date", cases[i].text);
        char buf[DN_FORMAT_MAX];
        dn_format(&d, DN_STYLE_DATE, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, cases[i].iso) == 0, "\"%s\": %s, expected %s", cases[i].text, buf,
                      cases[i].iso);
        size_t start = (size_t)(strstr(cases[i].text, cases[i].date) - cases[i].text);
        size_t end = start + strlen(cases[i].date);
        ck_assert_msg(d.start == start && d.end == end, "\"%s\": span [%zu,%zu), expected [%zu,%zu)",
                      cases[i].text, d.start, d.end, start, end);
        ck_assert_msg(d.confidence > 0.0f && d.confidence <= 1.0f, "\"%s\": confidence %g",
                      cases[i].text, (double)d.confidence);
    }
    dn_parser_free(p);
}
END_TEST

START_TEST(test_fields_and_locale)
{
    dn_parser *p = new_parser(NULL);
    dn_date d;
    ck_assert_int_eq(parse(p, "Sunday, 22 November 2015 14:30:05.25 +05:30", &d), 1);
    ck_assert_int_eq(d.year, 2015);
    ck_assert_int_eq(d.month, 11);
    ck_assert_int_eq(d.day, 22);
    ck_assert_int_eq(d.hour, 14);
    ck_assert_int_eq(d.minute, 30);
    ck_assert_int_eq(d.second, 5);
    ck_assert_int_eq(d.nanosecond, 250000000);
    ck_assert_int_eq(d.fraction_digits, 2);
    ck_assert_int_eq(d.precision, DN_PREC_FRACTION);
    ck_assert_int_eq(d.weekday, 7);
    ck_assert_uint_ne(d.flags & DN_FLAG_HAS_OFFSET, 0);
    ck_assert_int_eq(d.offset_minutes, 330);
    ck_assert_uint_eq(d.flags & DN_FLAG_WEEKDAY_MISMATCH, 0);
    ck_assert_str_eq(d.locale, "en");
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T14:30:05.25+05:30");

    ck_assert_int_eq(parse(p, "22 ноября 2015", &d), 1);
    ck_assert_str_eq(d.locale, "ru");
    ck_assert_int_eq(parse(p, "2015-11-22", &d), 1);
    ck_assert_str_eq(d.locale, ""); /* language-neutral */
    dn_parser_free(p);
}
END_TEST

START_TEST(test_flags)
{
    dn_parser *p = new_parser(NULL);
    dn_date d;
    /* a weekday that contradicts the date keeps the date and lowers confidence */
    ck_assert_int_eq(parse(p, "Sunday, 22 November 2015", &d), 1);
    float good = d.confidence;
    ck_assert_int_eq(parse(p, "Monday, 22 November 2015", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    ck_assert_uint_ne(d.flags & DN_FLAG_WEEKDAY_MISMATCH, 0);
    ck_assert_msg(d.confidence < good, "mismatch confidence %g not below %g", (double)d.confidence,
                  (double)good);

    /* no hint: an all-numeric date with two readings takes the order its separator suggests
       (dots day-first, slashes and dashes month-first) and is flagged with the other one */
    ck_assert_int_eq(parse(p, "05/06/2015", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-05-06");
    ck_assert_uint_ne(d.flags & DN_FLAG_AMBIGUOUS, 0);
    ck_assert_int_eq(d.alt_year, 2015);
    ck_assert_int_eq(d.alt_month, 6);
    ck_assert_int_eq(d.alt_day, 5);
    ck_assert_int_eq(parse(p, "05.06.2015", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-06-05");
    ck_assert_uint_ne(d.flags & DN_FLAG_AMBIGUOUS, 0);
    ck_assert_int_eq(d.alt_month, 5);
    ck_assert_int_eq(d.alt_day, 6);
    /* a field above 12 settles it */
    ck_assert_int_eq(parse(p, "05/26/2015", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-05-26");
    ck_assert_uint_eq(d.flags & DN_FLAG_AMBIGUOUS, 0);
    /* so does a weekday that only one reading falls on; not one both fall on (2 February
       and 3 March 2024 are Saturdays) */
    ck_assert_int_eq(parse(p, "Sat 7/12/2014", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2014-07-12");
    ck_assert_uint_eq(d.flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_ORDER_PROVED), DN_FLAG_ORDER_PROVED);
    ck_assert_int_eq(d.alt_month, 0);
    ck_assert_int_eq(parse(p, "Sunday 7/12/2014", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2014-12-07");
    ck_assert_uint_eq(d.flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_ORDER_PROVED | DN_FLAG_WEEKDAY_MISMATCH),
                      DN_FLAG_ORDER_PROVED);
    ck_assert_int_eq(parse(p, "Sat 2/3/2024", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2024-02-03");
    ck_assert_uint_eq(d.flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_ORDER_PROVED), DN_FLAG_AMBIGUOUS);
    ck_assert_int_eq(d.alt_month, 3);

    ck_assert_int_eq(parse(p, "22/11/15", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2015-11-22");
    ck_assert_uint_ne(d.flags & DN_FLAG_TWO_DIGIT_YEAR, 0);

    ck_assert_int_eq(parse(p, "1448150400", &d), 1);
    expect_format(&d, DN_STYLE_AUTO, "2015-11-22T00:00:00Z");
    ck_assert_uint_ne(d.flags & DN_FLAG_EPOCH, 0);

    ck_assert_int_eq(parse(p, "22 Nov", &d), 1);
    expect_format(&d, DN_STYLE_DATE, "2026-11-22");
    ck_assert_uint_ne(d.flags & DN_FLAG_YEAR_IMPLIED, 0);
    dn_parser_free(p);
}
END_TEST

START_TEST(test_order)
{
    static const struct {
        const char *hint;
        dn_order set, want;
        const char *iso; /* of 05/06/2015 */
    } cases[] = {
        { "en-US", DN_ORDER_AUTO, DN_ORDER_MDY, "2015-05-06" },
        { "en-GB", DN_ORDER_AUTO, DN_ORDER_DMY, "2015-06-05" },
        { "de", DN_ORDER_AUTO, DN_ORDER_DMY, "2015-06-05" },
        { "fr,en-US", DN_ORDER_AUTO, DN_ORDER_DMY, "2015-06-05" },
        { "en-US", DN_ORDER_DMY, DN_ORDER_DMY, "2015-06-05" },
        { "fr", DN_ORDER_MDY, DN_ORDER_MDY, "2015-05-06" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_options o;
        memset(&o, 0, sizeof o);
        o.locales = cases[i].hint;
        o.order = cases[i].set;
        dn_parser *p = NULL;
        ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_OK);
        ck_assert_msg(dn_parser_order(p) == cases[i].want, "%s/%d: order %d, expected %d",
                      cases[i].hint, (int)cases[i].set, (int)dn_parser_order(p), (int)cases[i].want);
        expect_parse(p, "05/06/2015", DN_STYLE_DATE, cases[i].iso);
        dn_parser_free(p);
    }
    /* YMD locales read a leading year */
    dn_parser *p = new_parser("ja");
    ck_assert_int_eq(dn_parser_order(p), DN_ORDER_YMD);
    expect_parse(p, "15/11/22", DN_STYLE_DATE, "2015-11-22");
    dn_parser_free(p);
}
END_TEST

START_TEST(test_two_digit_pivot)
{
    dn_parser *p = new_parser(NULL);
    expect_parse(p, "22/11/68", DN_STYLE_DATE, "2068-11-22");
    expect_parse(p, "22/11/69", DN_STYLE_DATE, "1969-11-22");
    expect_parse(p, "22/11/00", DN_STYLE_DATE, "2000-11-22");
    dn_parser_free(p);

    dn_options o;
    memset(&o, 0, sizeof o);
    o.two_digit_pivot = 50;
    ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_OK);
    expect_parse(p, "22/11/49", DN_STYLE_DATE, "2049-11-22");
    expect_parse(p, "22/11/50", DN_STYLE_DATE, "1950-11-22");
    dn_parser_free(p);
}
END_TEST

START_TEST(test_search)
{
    dn_parser *p = new_parser(NULL);
    dn_context ctx = dn_test_context();
    static const char text[] = "From 22 Nov 2015 to 2016-01-05, version 2.0.1, 1,234 views.";
    dn_date out[4];
    size_t n = dn_search(p, text, sizeof text - 1, &ctx, out, 4);
    ck_assert_uint_eq(n, 2);
    expect_format(&out[0], DN_STYLE_DATE, "2015-11-22");
    ck_assert_uint_eq(out[0].start, 5);
    ck_assert_uint_eq(out[0].end, 16);
    expect_format(&out[1], DN_STYLE_DATE, "2016-01-05");
    ck_assert_uint_eq(out[1].start, 20);
    ck_assert_uint_eq(out[1].end, 30);
    /* cap smaller than the count: the count is still returned */
    ck_assert_uint_eq(dn_search(p, text, sizeof text - 1, &ctx, out, 1), 2);
    expect_format(&out[0], DN_STYLE_DATE, "2015-11-22");
    ck_assert_uint_eq(dn_search(p, text, sizeof text - 1, &ctx, NULL, 0), 2);
    dn_parser_free(p);
}
END_TEST

START_TEST(test_versions)
{
    char want[32];
    snprintf(want, sizeof want, "%d.%d.%d", DN_VERSION_MAJOR, DN_VERSION_MINOR, DN_VERSION_PATCH);
    ck_assert_str_eq(dn_version(), want);
    ck_assert_str_eq(dn_icu_version(), U_ICU_VERSION);
}
END_TEST

/* ---- threads ------------------------------------------------------------------------ */

/* Inputs of every kind the engine has a path for, and some that hold no date. */
static const char *const thread_inputs[] = {
    "22 Novembre 2015", "Sonntag, 22. November 2015 um 14:30 Uhr", "22 ноября 2015 г.",
    "2015年11月22日", "Sun, 22 Nov 2015 10:00:00 +0100", "2015-W47-7", "2015-326", "20151122",
    "1448150400", "1448150400123", "05/06/2015", "November 2015", "22 Nov", "version 2.0.1",
    "$12.99", "555-123-4567", "٢٢ نوفمبر ٢٠١٥", "22 tháng 11, 2015", "2015. november 22.",
    "Mis à jour le 22/11/2015 à 14h30", "nothing here", "2015-11-22T14:30:05.25Z",
};
#define N_THREAD_INPUTS (sizeof thread_inputs / sizeof thread_inputs[0])
#define N_THREADS 8
#define THREAD_ROUNDS 400

typedef struct {
    const dn_parser *p;
    char want[N_THREAD_INPUTS][DN_FORMAT_MAX + 64];
    int mismatches;
} thread_job;

/* One line of everything a result says, so that two runs compare with strcmp. */
static void describe(const dn_parser *p, const char *text, char *out, size_t cap)
{
    dn_context ctx = dn_test_context();
    dn_date d;
    int rc = dn_parse(p, text, strlen(text), &ctx, &d);
    char iso[DN_FORMAT_MAX] = "";
    if (rc == 1)
        dn_format(&d, DN_STYLE_AUTO, iso, sizeof iso);
    snprintf(out, cap, "%d %s %zu %zu %x %s %.3f", rc, iso, d.start, d.end, d.flags, d.locale,
             (double)d.confidence);
}

static void *thread_main(void *arg)
{
    thread_job *job = arg;
    char got[DN_FORMAT_MAX + 64];
    for (int r = 0; r < THREAD_ROUNDS; r++)
        for (size_t i = 0; i < N_THREAD_INPUTS; i++) {
            describe(job->p, thread_inputs[i], got, sizeof got);
            if (strcmp(got, job->want[i]) != 0)
                job->mismatches++;
        }
    return NULL;
}

START_TEST(test_threads)
{
    dn_parser *p = new_parser(NULL);
    static thread_job jobs[N_THREADS];
    pthread_t tid[N_THREADS];
    char want[N_THREAD_INPUTS][DN_FORMAT_MAX + 64];
    int found = 0;
    for (size_t i = 0; i < N_THREAD_INPUTS; i++) {
        describe(p, thread_inputs[i], want[i], sizeof want[i]);
        found += want[i][0] == '1';
    }
    /* a parser that finds nothing would pass trivially */
    ck_assert_msg(found >= 15, "only %d of the thread inputs parsed single-threaded", found);
    for (int t = 0; t < N_THREADS; t++) {
        jobs[t].p = p;
        memcpy(jobs[t].want, want, sizeof want);
        jobs[t].mismatches = 0;
        ck_assert_int_eq(pthread_create(&tid[t], NULL, thread_main, &jobs[t]), 0);
    }
    int mismatches = 0;
    for (int t = 0; t < N_THREADS; t++) {
        pthread_join(tid[t], NULL);
        mismatches += jobs[t].mismatches;
    }
    ck_assert_msg(mismatches == 0, "%d results differ from the single-threaded run", mismatches);
    dn_parser_free(p);
}
END_TEST

Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("parser");
    tcase_add_test(tc, test_parser_new_null_options);
    tcase_add_test(tc, test_parser_new_hints);
    tcase_add_test(tc, test_parser_new_bad_locale);
    tcase_add_test(tc, test_parser_new_null_out);
    tcase_add_test(tc, test_parse_bad_arguments);
    tcase_add_test(tc, test_parse_none_zeroes_result);
    tcase_add_test(tc, test_parse_reads_only_len);
    suite_add_tcase(s, tc);

    tc = tcase_create("format");
    tcase_add_test(tc, test_format_precisions);
    tcase_add_test(tc, test_format_offsets);
    tcase_add_test(tc, test_format_space);
    tcase_add_test(tc, test_format_none);
    suite_add_tcase(s, tc);

    tc = tcase_create("context");
    tcase_add_test(tc, test_context_from_iso);
    tcase_add_test(tc, test_zone_offset);
    tcase_add_test(tc, test_year_from_context);
    tcase_add_test(tc, test_reference_day_each_call);
    suite_add_tcase(s, tc);

    tc = tcase_create("results");
    tcase_add_test(tc, test_spans);
    tcase_add_test(tc, test_fields_and_locale);
    tcase_add_test(tc, test_flags);
    tcase_add_test(tc, test_order);
    tcase_add_test(tc, test_two_digit_pivot);
    tcase_add_test(tc, test_search);
    tcase_add_test(tc, test_versions);
    suite_add_tcase(s, tc);

    tc = tcase_create("threads");
    tcase_set_timeout(tc, 120); /* slow under valgrind and sanitizers */
    tcase_add_test(tc, test_threads);
    suite_add_tcase(s, tc);
    return s;
}
