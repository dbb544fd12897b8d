/*
 * Issue 12's library API for the dateparser layer, as C callers see it:
 *  - DN_OPT_HINTS_ONLY in dn_options.flags: readings in the hinted languages only (the
 *    table of cases is tests/data/hints-only.tsv, run by check_cases.c); here the checks
 *    dn_parser_new makes and dn_search under the flag;
 *  - DN_PREFER_CURRENT: the reference's year, always (dateparser's "current_period");
 *    DN_PREFER_FUTURE on a weekday alone: the first such day on or after the reference's;
 *  - dn_words_known: whether the words around a date mean something to the library.
 */
#include <string.h>

#include "suites.h"

static int new_parser(const char *locales, int prefer, unsigned flags, dn_parser **p,
                      dn_error *err)
{
    dn_options o;
    memset(&o, 0, sizeof o);
    o.locales = locales;
    o.prefer = prefer;
    o.flags = flags;
    return dn_parser_new(&o, p, err);
}

START_TEST(test_flags_checked)
{
    dn_parser *p = NULL;
    dn_error err;
    memset(&err, 0, sizeof err);
    /* the flag means nothing without a hint: refused, not ignored */
    ck_assert_int_eq(new_parser(NULL, 0, DN_OPT_HINTS_ONLY, &p, &err), DN_ERR_ARG);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(err.code, DN_ERR_ARG);
    ck_assert_str_eq(err.message, "DN_OPT_HINTS_ONLY needs locale hints");
    ck_assert_int_eq(new_parser("", 0, DN_OPT_HINTS_ONLY, &p, NULL), DN_ERR_ARG);
    /* bits of a later version: refused */
    ck_assert_int_eq(new_parser("en", 0, 0x2u, &p, &err), DN_ERR_ARG);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(new_parser("en", 0, 0x80000000u, &p, NULL), DN_ERR_ARG);
    ck_assert_int_eq(new_parser("en", 4, 0, &p, NULL), DN_ERR_ARG);
    ck_assert_int_eq(new_parser("en", -1, 0, &p, NULL), DN_ERR_ARG);
    ck_assert_int_eq(new_parser("fr,en", DN_PREFER_CURRENT, DN_OPT_HINTS_ONLY, &p, NULL), DN_OK);
    ck_assert_ptr_nonnull(p);
    dn_parser_free(p);
}
END_TEST

/* dn_search under the flag: the readings of other languages are gone before the page is
   read, so "ma 22.11.2015" (Finnish "ma", Monday, which 22.11.2015 is not) leaves its
   numeric date; without the flag the whole is one date of a Finnish weekday that the
   English page drops. */
START_TEST(test_search_hints_only)
{
    static const char text[] = "NA: released 22 Nov 2015, ma 22.11.2015; mardi 3 mars, "
                               "hace 3 días, yesterday";
    static const char *const want[][2] = {
        {"22 Nov 2015", "2015-11-22"}, {"22.11.2015", "2015-11-22"}, {"yesterday", "2026-11-25"},
    };
    dn_parser *p = NULL;
    ck_assert_int_eq(new_parser("en", 0, DN_OPT_HINTS_ONLY, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_date out[8];
    size_t n = dn_search(p, text, sizeof text - 1, &ctx, out, 8);
    ck_assert_uint_eq(n, 3);
    for (size_t i = 0; i < n; i++) {
        char buf[DN_FORMAT_MAX];
        ck_assert_int_gt(dn_format(&out[i], DN_STYLE_AUTO, buf, sizeof buf), 0);
        ck_assert_str_eq(buf, want[i][1]);
        ck_assert_uint_eq(out[i].end - out[i].start, strlen(want[i][0]));
        ck_assert(memcmp(text + out[i].start, want[i][0], strlen(want[i][0])) == 0);
    }
    dn_parser_free(p);
}
END_TEST

/* DN_PREFER_CURRENT, seen on 2016-01-05 (a Tuesday): the reference's year, where the
   default rule takes the year before for a date more than three months ahead. */
typedef struct {
    const char *input;
    const char *expected;
    unsigned flags; /* DN_FLAG_* the result must carry (besides DN_FLAG_YEAR_IMPLIED) */
} current_case;

static const current_case current_cases[] = {
    {"Dec 3", "2016-12-03", 0},        /* DN_PREFER_AUTO: 2015-12-03 */
    {"October", "2016-10", 0},         /* DN_PREFER_AUTO: 2015-10 */
    {"Jan 5", "2016-01-05", 0},
    {"Jan 4", "2016-01-04", 0},
    {"Saturday, Dec 3", "2016-12-03", 0},
    /* the weekday does not move the year (DN_PREFER_AUTO: 2015-12-03, a Thursday) */
    {"Thursday, Dec 3", "2016-12-03", DN_FLAG_WEEKDAY_MISMATCH},
    /* a year written is kept */
    {"Dec 3, 2014", "2014-12-03", 0},
};
#define NCURRENT (sizeof current_cases / sizeof current_cases[0])

START_TEST(test_prefer_current)
{
    const current_case *r = &current_cases[_i];
    dn_parser *p = NULL;
    ck_assert_int_eq(new_parser(NULL, DN_PREFER_CURRENT, 0, &p, NULL), DN_OK);
    dn_context ctx = {1451995200, 0}; /* 2016-01-05T12:00:00Z */
    dn_date d;
    char buf[DN_FORMAT_MAX] = "";
    int rc = dn_parse(p, r->input, strlen(r->input), &ctx, &d);
    if (rc == 1)
        dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
    dn_parser_free(p);
    ck_assert_msg(strcmp(buf, r->expected) == 0, "%s: %s, expected %s", r->input, buf,
                  r->expected);
    ck_assert_msg((d.flags & r->flags) == r->flags, "%s: flags %#x lack %#x", r->input, d.flags,
                  r->flags);
}
END_TEST

/* A weekday alone under each preference, seen on Thursday 2026-11-26 (DN_TEST_NOW):
   DN_PREFER_FUTURE the first such day on or after the reference's day, the others the
   latest on or before it; a weekday of a named week does not move. */
typedef struct {
    const char *input;
    int prefer;
    const char *expected;
} weekday_case;

static const weekday_case weekday_cases[] = {
    {"Monday", DN_PREFER_FUTURE, "2026-11-30"},
    {"Thursday", DN_PREFER_FUTURE, "2026-11-26"},
    {"Fri 10:00", DN_PREFER_FUTURE, "2026-11-27T10:00:00"},
    {"Monday", DN_PREFER_PAST, "2026-11-23"},
    {"Friday", DN_PREFER_PAST, "2026-11-20"},
    {"Friday", DN_PREFER_CURRENT, "2026-11-20"},
    {"Friday", DN_PREFER_AUTO, "2026-11-20"},
    {"last Monday", DN_PREFER_FUTURE, "2026-11-23"},
    {"next Monday", DN_PREFER_PAST, "2026-11-30"},
};
#define NWEEKDAY (sizeof weekday_cases / sizeof weekday_cases[0])

START_TEST(test_prefer_weekday)
{
    const weekday_case *r = &weekday_cases[_i];
    dn_parser *p = NULL;
    ck_assert_int_eq(new_parser(NULL, r->prefer, 0, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_date d;
    char buf[DN_FORMAT_MAX] = "";
    if (dn_parse(p, r->input, strlen(r->input), &ctx, &d) == 1)
        dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
    dn_parser_free(p);
    ck_assert_msg(strcmp(buf, r->expected) == 0, "%s (prefer %d): %s, expected %s", r->input,
                  r->prefer, buf, r->expected);
}
END_TEST

/* weeks: the year of a week named by its number without one (relative.c's infer_week_year):
   the rule's, with its Monday as the date, under each preference and at other references
   (days since 1970-01-01 at noon UTC); a week 53 the reference's year has not is the year
   before's */
typedef struct {
    int64_t now_days;
    const char *input;
    int prefer;
    const char *expected;
} week_year_case;

static const week_year_case week_year_cases[] = {
    {20783, "week 2", DN_PREFER_AUTO, "2026-W02"},    /* 2026-11-26 */
    {20783, "week 2", DN_PREFER_FUTURE, "2027-W02"},
    {20783, "week 2", DN_PREFER_PAST, "2026-W02"},
    {20783, "week 50", DN_PREFER_PAST, "2025-W50"},
    {20783, "week 50", DN_PREFER_FUTURE, "2026-W50"},
    {20783, "week 48", DN_PREFER_FUTURE, "2026-W48"}, /* the reference's own week */
    {20783, "week 48", DN_PREFER_PAST, "2026-W48"},
    {20783, "week 50", DN_PREFER_CURRENT, "2026-W50"},
    {20820, "week 53", DN_PREFER_AUTO, "2026-W53"},   /* 2027-01-02: 2027 has no week 53 */
    {20820, "week 1", DN_PREFER_AUTO, "2027-W01"},
    {20820, "KW 50", DN_PREFER_AUTO, "2026-W50"},
    {21336, "week 53", DN_PREFER_AUTO, ""},           /* 2028-06-01: 2028, 2027 have none */
    {21336, "week 52", DN_PREFER_AUTO, "2027-W52"},
    {16805, "week 53", DN_PREFER_AUTO, "2015-W53"},   /* 2016-01-05 */
    {16805, "uge 52", DN_PREFER_AUTO, "2015-W52"},
};
#define NWEEKYEAR (sizeof week_year_cases / sizeof week_year_cases[0])

START_TEST(test_week_year)
{
    const week_year_case *r = &week_year_cases[_i];
    dn_parser *p = NULL;
    ck_assert_int_eq(new_parser(NULL, r->prefer, 0, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    ctx.now = r->now_days * 86400 + 43200;
    dn_date d;
    char buf[DN_FORMAT_MAX] = "";
    if (dn_parse(p, r->input, strlen(r->input), &ctx, &d) == 1)
        dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
    dn_parser_free(p);
    ck_assert_msg(strcmp(buf, r->expected) == 0, "%s (prefer %d, day %lld): %s, expected %s",
                  r->input, r->prefer, (long long)r->now_days, buf, r->expected);
}
END_TEST

/* dn_words_known: whether the words around a date mean something (the layer's whole
   strings). Each row: text, and the first word that means nothing ("" when all do). */
START_TEST(test_words_known)
{
    static const char *const rows[][2] = {
        {"on ", ""},                     /* an English filler */
        {", Sunday", ""},                /* a weekday */
        {"le ", ""},                     /* a French filler */
        {" at 10:00 PM", ""},            /* numbers, a filler, am/pm */
        {" a.m.", ""},                   /* a multi-word key read as one */
        {" (PDT)", ""},                  /* a zone abbreviation */
        {" Europe/Paris", ""},           /* a zone id of several words */
        {"3 days ago", ""},              /* relative words */
        {"", ""},
        {"Published on ", "Published"},  /* the first unknown word */
        {"on Publishé ", "Publishé"},    /* its span in bytes, whatever the script */
        {"I was there on ", "was"},     /* "i" means "and" in several languages */
        {" yes", "yes"},
    };
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const char *t = rows[i][0];
        size_t s = 99, e = 99;
        int rc = dn_words_known(p, t, strlen(t), &s, &e);
        if (!rows[i][1][0]) {
            ck_assert_msg(rc == 1, "'%s': %d", t, rc);
            continue;
        }
        ck_assert_msg(rc == 0, "'%s': %d", t, rc);
        ck_assert_msg(e - s == strlen(rows[i][1]) && !memcmp(t + s, rows[i][1], e - s),
                      "'%s': %zu..%zu, want '%s'", t, s, e, rows[i][1]);
    }
    ck_assert_int_eq(dn_words_known(p, "yes", 3, NULL, NULL), 0); /* NULL spans allowed */
    ck_assert_int_eq(dn_words_known(NULL, "on", 2, NULL, NULL), DN_ERR_ARG);
    ck_assert_int_eq(dn_words_known(p, NULL, 2, NULL, NULL), DN_ERR_ARG);
    ck_assert_int_eq(dn_words_known(p, NULL, 0, NULL, NULL), 1);
    dn_parser_free(p);
    /* with DN_OPT_HINTS_ONLY, a hinted language's words only: "ma" is Hungarian "today" */
    ck_assert_int_eq(new_parser("en", 0, DN_OPT_HINTS_ONLY, &p, NULL), DN_OK);
    ck_assert_int_eq(dn_words_known(p, "ma ", 3, NULL, NULL), 0);
    ck_assert_int_eq(dn_words_known(p, "on ", 3, NULL, NULL), 1);
    dn_parser_free(p);
    ck_assert_int_eq(new_parser("hu", 0, DN_OPT_HINTS_ONLY, &p, NULL), DN_OK);
    ck_assert_int_eq(dn_words_known(p, "ma ", 3, NULL, NULL), 1);
    dn_parser_free(p);
}
END_TEST

Suite *hints_suite(void)
{
    Suite *s = suite_create("hints");
    TCase *tc = tcase_create("api");
    tcase_add_test(tc, test_flags_checked);
    tcase_add_test(tc, test_search_hints_only);
    tcase_add_test(tc, test_words_known);
    tcase_add_loop_test(tc, test_prefer_current, 0, (int)NCURRENT);
    tcase_add_loop_test(tc, test_prefer_weekday, 0, (int)NWEEKDAY);
    tcase_add_loop_test(tc, test_week_year, 0, (int)NWEEKYEAR);
    suite_add_tcase(s, tc);
    return s;
}
