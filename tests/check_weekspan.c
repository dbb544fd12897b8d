/*
 * The weekday before a date (lib/weekspan.c, issue 13): "So., 22. Nov. 2015", "Sunday
 * 22/11/2015" and "Mo., 17.11.2015" are read with the weekday inside the span, in dn_parse
 * and in dn_search, and the weekday is checked: one the date does not fall on is flagged
 * DN_FLAG_WEEKDAY_MISMATCH. A word that is a weekday somewhere but a filler here stays out.
 */
#include <string.h>

#include "suites.h"

typedef struct {
    const char *text;
    const char *iso;     /* dn_format, DN_STYLE_DATE */
    size_t start, end;   /* the span */
    int weekday;         /* dn_date.weekday: the date's own (1 = Monday) */
    int mismatch;        /* DN_FLAG_WEEKDAY_MISMATCH expected */
} span_case;

static const span_case span_cases[] = {
    {"So., 22. Nov. 2015", "2015-11-22", 0, 18, 7, 0},       /* ICU de MEDIUM + weekday */
    {"Sonntag, 22. November 2015", "2015-11-22", 0, 26, 7, 0}, /* read so before too */
    {"Sunday 22/11/2015", "2015-11-22", 0, 17, 7, 0},
    {"Sunday, 22/11/2015", "2015-11-22", 0, 18, 7, 0},
    {"So. 22.11.2015", "2015-11-22", 0, 14, 7, 0},
    {"Mo., 16.11.2015", "2015-11-16", 0, 15, 1, 0},
    /* 17.11.2015 is a Tuesday: in the span, and flagged */
    {"Mo., 17.11.2015", "2015-11-17", 0, 15, 2, 1},
    {"Monday 22/11/2015", "2015-11-22", 0, 17, 7, 1},
    {"Sun, 23 Nov 2015", "2015-11-23", 0, 16, 1, 1},
    /* "on" is a Danish weekday and an English filler: no part of the date */
    {"Published on 22/11/2015", "2015-11-22", 13, 23, 7, 0},
    /* a weekday behind a hard separator or another date stays out */
    {"Sunday; 22/11/2015", "2015-11-22", 8, 18, 7, 0},
    {"2015-11-22", "2015-11-22", 0, 10, 7, 0},
};

START_TEST(span)
{
    const span_case *c = &span_cases[_i];
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d;
    char iso[DN_FORMAT_MAX];
    ck_assert_int_eq(dn_parse(p, c->text, strlen(c->text), &ctx, &d), 1);
    ck_assert_int_gt(dn_format(&d, DN_STYLE_DATE, iso, sizeof iso), 0);
    ck_assert_msg(strcmp(iso, c->iso) == 0 && d.start == c->start && d.end == c->end &&
                      d.weekday == c->weekday &&
                      !!(d.flags & DN_FLAG_WEEKDAY_MISMATCH) == c->mismatch,
                  "'%s': got %s [%zu,%zu) weekday %d flags %#x, want %s [%zu,%zu) weekday %d%s",
                  c->text, iso, d.start, d.end, d.weekday, d.flags, c->iso, c->start, c->end,
                  c->weekday, c->mismatch ? " mismatch" : "");
    dn_parser_free(p);
}
END_TEST

/* In running text the span starts at the weekday too, and the dates after the first do not
   take a weekday that belongs to the one before. */
START_TEST(search_span)
{
    static const char text[] = "am So., 22. Nov. 2015 und Sunday 22/11/2015, Mo., 16.11.2015";
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d[4];
    size_t n = dn_search(p, text, strlen(text), &ctx, d, 4);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(d[0].start, 3);
    ck_assert_uint_eq(d[0].end, 21);
    ck_assert_uint_eq(d[1].start, 26);
    ck_assert_uint_eq(d[1].end, 43);
    ck_assert_uint_eq(d[2].start, 45);
    ck_assert_uint_eq(d[2].end, 60);
    ck_assert_int_eq(d[2].day, 16);
    ck_assert_uint_eq(d[2].flags & DN_FLAG_WEEKDAY_MISMATCH, 0);
    dn_parser_free(p);
}
END_TEST

Suite *weekspan_suite(void)
{
    Suite *s = suite_create("weekspan");
    TCase *tc = tcase_create("weekspan");
    tcase_add_loop_test(tc, span, 0, sizeof span_cases / sizeof span_cases[0]);
    tcase_add_test(tc, search_span);
    suite_add_tcase(s, tc);
    return s;
}
