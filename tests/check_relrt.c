/*
 * The CLDR relative round trip as a test (tests/relrt-gen.h says what is formatted): every
 * ICU locale's ureldatefmt phrases in the widths long, short and narrow, parsed back with no
 * hint. Each width's pass rate, the overall rate and the rate of wrong values (a date found
 * that is not the expected one) must stay at or above the floors below, which are the
 * figures measured when they were set, rounded down: a regression fails the test. The
 * issue's targets (97% overall, 95% per width, wrong values at most 0.5%) are printed
 * beside them; `make relroundtrip` lists every failing phrase.
 */
#include <stdio.h>
#include <string.h>

#include "relrt-gen.h"
#include "suites.h"

/* Floors: measured rates, rounded down (raise them when the engine improves). */
static const double rr_floor[RR_NWIDTHS] = { 0.993, 0.988, 0.956 }; /* long, short, narrow */
#define RR_FLOOR_ALL 0.987
/* wrong values, of all cases (0.14% measured) and per width (at most 0.32%: narrow); a text
   a locale writes for two meanings (both directions, or two units: sr_BA's narrow "за 2
   с." for 2 weeks and 2 seconds) is no case (relrt-gen.c) */
#define RR_MAX_WRONG 0.002
#define RR_MAX_WRONG_WIDTH 0.004
/* The targets of issue 8, printed beside the measured rates. */
#define RR_TARGET_ALL 0.97
#define RR_TARGET_WIDTH 0.95
#define RR_TARGET_WRONG 0.005

#define RR_SHOW_FAILURES 10 /* failing phrases printed per width */

static const char *const width_name[RR_NWIDTHS] = { "long", "short", "narrow" };

typedef struct {
    long total[RR_NWIDTHS], pass[RR_NWIDTHS], wrong[RR_NWIDTHS];
    int shown[RR_NWIDTHS];
} rr_tally;

static rr_tally tallies;
static int nloc;

static void tally(const rr_item *it, void *arg)
{
    rr_tally *t = arg;
    t->total[it->width]++;
    t->pass[it->width] += it->ok;
    t->wrong[it->width] += !it->ok && it->got[0];
    if (!it->ok && t->shown[it->width]++ < RR_SHOW_FAILURES)
        fprintf(stderr, "relrt FAIL %-6s %-10s \"%s\": got \"%s\", expected %s%s%s\n",
                width_name[it->width], it->locale, it->text, it->got, it->expected,
                it->alt[0] ? " or " : "", it->alt);
}

/* The walk (about a second) runs once, before the tests fork (an unchecked fixture). */
static void walk_once(void)
{
    dn_parser *p = NULL;
    memset(&tallies, 0, sizeof tallies);
    if (dn_parser_new(NULL, &p, NULL) != DN_OK) {
        nloc = -1;
        return;
    }
    nloc = rr_run(p, tally, &tallies, NULL);
    dn_parser_free(p);
}

static double rate(long a, long b)
{
    return b ? (double)a / (double)b : 0.0;
}

START_TEST(test_relrt_width)
{
    ck_assert_msg(nloc >= 400, "the relative round trip visited %d locales", nloc);
    int w = _i;
    double r = rate(tallies.pass[w], tallies.total[w]);
    fprintf(stderr, "relrt %-6s %ld/%ld = %.2f%% (floor %.1f%%, target %.1f%%), wrong %ld\n",
            width_name[w], tallies.pass[w], tallies.total[w], 100 * r, 100 * rr_floor[w],
            100 * RR_TARGET_WIDTH, tallies.wrong[w]);
    ck_assert_msg(tallies.total[w] > 1000, "only %ld %s phrases", tallies.total[w],
                  width_name[w]);
    ck_assert_msg(r >= rr_floor[w], "relative round trip, %s: %.2f%% below the floor %.1f%%",
                  width_name[w], 100 * r, 100 * rr_floor[w]);
    ck_assert_msg(rate(tallies.wrong[w], tallies.total[w]) <= RR_MAX_WRONG_WIDTH,
                  "relative round trip, %s: %.2f%% wrong values", width_name[w],
                  100 * rate(tallies.wrong[w], tallies.total[w]));
}
END_TEST

START_TEST(test_relrt_all)
{
    ck_assert_msg(nloc >= 400, "the relative round trip visited %d locales", nloc);
    long t = 0, ok = 0, bad = 0;
    for (int w = 0; w < RR_NWIDTHS; w++)
        t += tallies.total[w], ok += tallies.pass[w], bad += tallies.wrong[w];
    fprintf(stderr, "relrt all %ld/%ld = %.2f%% (floor %.1f%%, target %.1f%%), wrong %ld = "
                    "%.2f%% (at most %.1f%%, target %.1f%%)\n",
            ok, t, 100 * rate(ok, t), 100 * RR_FLOOR_ALL, 100 * RR_TARGET_ALL, bad,
            100 * rate(bad, t), 100 * RR_MAX_WRONG, 100 * RR_TARGET_WRONG);
    ck_assert_msg(rate(ok, t) >= RR_FLOOR_ALL, "relative round trip: %.2f%% below %.1f%%",
                  100 * rate(ok, t), 100 * RR_FLOOR_ALL);
    ck_assert_msg(rate(bad, t) <= RR_MAX_WRONG, "relative round trip: %.2f%% wrong values",
                  100 * rate(bad, t));
}
END_TEST

Suite *relrt_suite(void)
{
    Suite *s = suite_create("relrt");
    TCase *tc = tcase_create("cldr");
    tcase_set_timeout(tc, 300); /* ~20,000 parses; slow under valgrind */
    tcase_add_unchecked_fixture(tc, walk_once, NULL);
    tcase_add_loop_test(tc, test_relrt_width, 0, RR_NWIDTHS);
    tcase_add_test(tc, test_relrt_all);
    suite_add_tcase(s, tc);
    return s;
}
