/*
 * The result says exactly what it knows (issue 8), checked on dn_date and on each dn_format
 * style for every kind of result: a day-level relative result ("yesterday", "3 days ago",
 * a weekday) has no time and no offset; a result computed from the reference to finer than
 * a day ("2 hours ago", "now") is the reference's instant moved, to the second, with the
 * reference's offset and DN_FLAG_OFFSET_FROM_REF; named periods have their precision with
 * the finer fields zero; a time the text gives is wall time; an offset the text gives is the
 * text's. The reference has minutes, seconds and an offset of its own, so that a field kept
 * from it or wrongly left in shows: 2026-11-26T12:34:56+01:00.
 */
#include <string.h>

#include "suites.h"

#define RR_NOW (DN_TEST_NOW + 34 * 60 + 56 - 3600) /* 12:34:56+01:00 = 11:34:56Z */

typedef struct {
    const char *input;
    dn_precision prec;
    int year, month, day, week, hour, minute, second;
    int offset; /* minutes, or -9999: none */
    int from_ref;
    const char *autos, *date, *datetime; /* dn_format in each style */
} result_case;

#define NO_OFF (-9999)
static const result_case cases[] = {
    { "yesterday", DN_PREC_DAY, 2026, 11, 25, 0, 0, 0, 0, NO_OFF, 0,
      "2026-11-25", "2026-11-25", "2026-11-25T00:00:00" },
    { "3 days ago", DN_PREC_DAY, 2026, 11, 23, 0, 0, 0, 0, NO_OFF, 0,
      "2026-11-23", "2026-11-23", "2026-11-23T00:00:00" },
    { "in 2 weeks", DN_PREC_DAY, 2026, 12, 10, 0, 0, 0, 0, NO_OFF, 0,
      "2026-12-10", "2026-12-10", "2026-12-10T00:00:00" },
    { "Monday", DN_PREC_DAY, 2026, 11, 23, 0, 0, 0, 0, NO_OFF, 0,
      "2026-11-23", "2026-11-23", "2026-11-23T00:00:00" },
    { "2 hours ago", DN_PREC_SECOND, 2026, 11, 26, 0, 10, 34, 56, 60, 1,
      "2026-11-26T10:34:56+01:00", "2026-11-26", "2026-11-26T10:34:56+01:00" },
    { "in 30 minutes", DN_PREC_SECOND, 2026, 11, 26, 0, 13, 4, 56, 60, 1,
      "2026-11-26T13:04:56+01:00", "2026-11-26", "2026-11-26T13:04:56+01:00" },
    { "1 day 13 hours ago", DN_PREC_SECOND, 2026, 11, 24, 0, 23, 34, 56, 60, 1,
      "2026-11-24T23:34:56+01:00", "2026-11-24", "2026-11-24T23:34:56+01:00" },
    { "now", DN_PREC_SECOND, 2026, 11, 26, 0, 12, 34, 56, 60, 1,
      "2026-11-26T12:34:56+01:00", "2026-11-26", "2026-11-26T12:34:56+01:00" },
    { "now - 1 day", DN_PREC_DAY, 2026, 11, 25, 0, 0, 0, 0, NO_OFF, 0,
      "2026-11-25", "2026-11-25", "2026-11-25T00:00:00" },
    /* issue 10: words that are only "now" (rel_named's first test): the whole text, and
       with a sign after them */
    { "most", DN_PREC_SECOND, 2026, 11, 26, 0, 12, 34, 56, 60, 1,
      "2026-11-26T12:34:56+01:00", "2026-11-26", "2026-11-26T12:34:56+01:00" },
    { "na - 1 dag", DN_PREC_DAY, 2026, 11, 25, 0, 0, 0, 0, NO_OFF, 0,
      "2026-11-25", "2026-11-25", "2026-11-25T00:00:00" },
    { "last month", DN_PREC_MONTH, 2026, 10, 0, 0, 0, 0, 0, NO_OFF, 0,
      "2026-10", "2026-10", "2026-10-01T00:00:00" },
    { "next year", DN_PREC_YEAR, 2027, 0, 0, 0, 0, 0, 0, NO_OFF, 0,
      "2027", "2027", "2027-01-01T00:00:00" },
    { "this week", DN_PREC_WEEK, 2026, 0, 0, 48, 0, 0, 0, NO_OFF, 0,
      "2026-W48", "2026-W48", "2026-11-23T00:00:00" },
    { "yesterday at 14:30", DN_PREC_MINUTE, 2026, 11, 25, 0, 14, 30, 0, NO_OFF, 0,
      "2026-11-25T14:30:00", "2026-11-25", "2026-11-25T14:30:00" },
    { "22 November 2015 14:30 +0100", DN_PREC_MINUTE, 2015, 11, 22, 0, 14, 30, 0, 60, 0,
      "2015-11-22T14:30:00+01:00", "2015-11-22", "2015-11-22T14:30:00+01:00" },
    { "November 2015", DN_PREC_MONTH, 2015, 11, 0, 0, 0, 0, 0, NO_OFF, 0,
      "2015-11", "2015-11", "2015-11-01T00:00:00" },
    { "22 Nov 2015", DN_PREC_DAY, 2015, 11, 22, 0, 0, 0, 0, NO_OFF, 0,
      "2015-11-22", "2015-11-22", "2015-11-22T00:00:00" },
};
#define NCASES (sizeof cases / sizeof cases[0])

static dn_parser *parser;

static void setup(void)
{
    parser = dn_test_parser(NULL, DN_ORDER_AUTO);
}

static void teardown(void)
{
    dn_parser_free(parser);
}

START_TEST(test_result_fields)
{
    const result_case *r = &cases[_i];
    dn_context ctx = { RR_NOW, 60 };
    dn_date d;
    ck_assert_int_eq(dn_parse(parser, r->input, strlen(r->input), &ctx, &d), 1);
    ck_assert_msg(d.precision == r->prec, "%s: precision %d, expected %d", r->input,
                  d.precision, r->prec);
    ck_assert_msg(d.year == r->year && d.month == r->month && d.day == r->day &&
                      d.week == r->week,
                  "%s: %d-%d-%d W%d, expected %d-%d-%d W%d", r->input, d.year, d.month, d.day,
                  d.week, r->year, r->month, r->day, r->week);
    ck_assert_msg(d.hour == r->hour && d.minute == r->minute && d.second == r->second &&
                      d.nanosecond == 0 && d.fraction_digits == 0,
                  "%s: %02d:%02d:%02d.%d, expected %02d:%02d:%02d", r->input, d.hour, d.minute,
                  d.second, d.nanosecond, r->hour, r->minute, r->second);
    int has = (d.flags & DN_FLAG_HAS_OFFSET) != 0;
    ck_assert_msg(has == (r->offset != NO_OFF) && (!has || d.offset_minutes == r->offset),
                  "%s: offset %s%d, expected %d", r->input, has ? "" : "(none) ",
                  d.offset_minutes, r->offset);
    ck_assert_msg(((d.flags & DN_FLAG_OFFSET_FROM_REF) != 0) == r->from_ref,
                  "%s: DN_FLAG_OFFSET_FROM_REF %s", r->input, r->from_ref ? "missing" : "set");
    static const dn_style styles[] = { DN_STYLE_AUTO, DN_STYLE_DATE, DN_STYLE_DATETIME };
    const char *want[] = { r->autos, r->date, r->datetime };
    for (int s = 0; s < 3; s++) {
        char buf[DN_FORMAT_MAX];
        ck_assert_int_ge(dn_format(&d, styles[s], buf, sizeof buf), 0);
        ck_assert_msg(strcmp(buf, want[s]) == 0, "%s: style %d gives %s, expected %s", r->input,
                      s, buf, want[s]);
    }
}
END_TEST

Suite *relresult_suite(void)
{
    Suite *s = suite_create("relresult");
    TCase *tc = tcase_create("fields");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_result_fields, 0, (int)NCASES);
    suite_add_tcase(s, tc);
    return s;
}

/* The year of a date written without one, seen on 2016-01-05 (a Tuesday), by preference. */
typedef struct {
    const char *input;
    int prefer;
    const char *expected;
} year_case;

static const year_case year_cases[] = {
    { "Dec 3", DN_PREFER_AUTO, "2015-12-03" },          /* 11 months ahead: the year before */
    { "3 February", DN_PREFER_AUTO, "2016-02-03" },     /* within three months ahead */
    { "le 5 avril", DN_PREFER_AUTO, "2016-04-05" },     /* exactly three months ahead */
    { "le 6 avril", DN_PREFER_AUTO, "2015-04-06" },
    { "October", DN_PREFER_AUTO, "2015-10" },           /* a month alone: its first day */
    { "Thursday, Dec 3", DN_PREFER_AUTO, "2015-12-03" },
    { "Saturday, Dec 3", DN_PREFER_AUTO, "2016-12-03" }, /* the weekday picks the year */
    { "Jan 10", DN_PREFER_PAST, "2015-01-10" },
    { "Jan 5", DN_PREFER_PAST, "2016-01-05" },
    { "Jan 1", DN_PREFER_FUTURE, "2017-01-01" },
    { "Jan 5", DN_PREFER_FUTURE, "2016-01-05" },
    { "Dec 3", DN_PREFER_FUTURE, "2016-12-03" },
};
#define NYEAR_CASES (sizeof year_cases / sizeof year_cases[0])

START_TEST(test_year_rule)
{
    const year_case *r = &year_cases[_i];
    dn_options o;
    memset(&o, 0, sizeof o);
    o.prefer = r->prefer;
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_OK);
    dn_context ctx = { 1451995200, 0 }; /* 2016-01-05T12:00:00Z */
    dn_date d;
    char buf[DN_FORMAT_MAX] = "";
    if (dn_parse(p, r->input, strlen(r->input), &ctx, &d) == 1)
        dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
    dn_parser_free(p);
    ck_assert_msg(strcmp(buf, r->expected) == 0, "%s (prefer %d): %s, expected %s", r->input,
                  r->prefer, buf, r->expected);
}
END_TEST

START_TEST(test_prefer_checked)
{
    dn_options o;
    memset(&o, 0, sizeof o);
    o.prefer = DN_PREFER_CURRENT + 1; /* issue 12 added DN_PREFER_CURRENT (3) */
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(&o, &p, NULL), DN_ERR_ARG);
    ck_assert_ptr_null(p);
}
END_TEST

Suite *relyear_suite(void)
{
    Suite *s = suite_create("relyear");
    TCase *tc = tcase_create("year");
    tcase_add_loop_test(tc, test_year_rule, 0, (int)NYEAR_CASES);
    tcase_add_test(tc, test_prefer_checked);
    suite_add_tcase(s, tc);
    return s;
}
