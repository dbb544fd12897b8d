/*
 * The ICU round trip as a test: every Gregorian-default ICU locale formats fixed dates in
 * FULL, LONG, MEDIUM and the month-name skeletons (parsed back with no hint), and in SHORT
 * and yMd (parsed back with the locale as hint); each group's pass rate must reach the
 * issue's target. The measured rate and the first failures go to stderr (the test log).
 * The full per-locale figures are bench/roundtrip's job, not this file's.
 */
#include <stdio.h>
#include <string.h>

#include "roundtrip-gen.h"
#include "suites.h"

/* Targets of issue 2 ("Figures to reach"): a regression below them fails the test. */
#define RT_MIN_RATE_NOHINT 0.99  /* FULL/LONG/MEDIUM + month-name skeletons, no hint */
#define RT_MIN_RATE_HINTED 0.995 /* SHORT + yMd, locale as hint */

#define RT_SHOW_FAILURES 25 /* failing strings printed per group */

typedef struct {
    long total[RT_NGROUPS], pass[RT_NGROUPS];
    int shown[RT_NGROUPS];
} rt_tally;

static void tally(const rt_item *it, void *arg)
{
    rt_tally *t = arg;
    t->total[it->group]++;
    if (it->ok) {
        t->pass[it->group]++;
    } else if (t->shown[it->group]++ < RT_SHOW_FAILURES) {
        fprintf(stderr, "roundtrip FAIL %-12s %-10s \"%s\": got \"%s\" (%d), expected %s\n",
                it->locale, it->form, it->text, it->got, it->status, it->expected);
    }
}

/* The walk (a few seconds) runs once, in the runner's process before the tests fork (an
   unchecked fixture); the tests then judge its tallies. ck_assert is not used here: a
   failure to build the parser shows as nloc <= 0 in both tests. */
static rt_tally tallies;
static int nloc;

static void walk_once(void)
{
    dn_parser *p = NULL;
    memset(&tallies, 0, sizeof tallies);
    if (dn_parser_new(NULL, &p, NULL) != DN_OK) {
        nloc = -1;
        return;
    }
    nloc = rt_run(p, tally, &tallies);
    dn_parser_free(p);
    fprintf(stderr, "roundtrip: %d locales\n", nloc);
}

static void check_group(int group, const char *name, double min_rate)
{
    ck_assert_msg(nloc > 0, "the round trip did not run (%d)", nloc);
    /* ICU 72 has about 790 Gregorian-default locales: far fewer means the walk broke */
    ck_assert_msg(nloc >= 400, "only %d Gregorian locales visited", nloc);
    double rate = (double)tallies.pass[group] / (double)tallies.total[group];
    fprintf(stderr, "roundtrip %s: %ld/%ld = %.2f%% (target %.1f%%)\n", name,
            tallies.pass[group], tallies.total[group], 100.0 * rate, 100.0 * min_rate);
    ck_assert_msg(rate >= min_rate, "round trip %s: %.2f%% (%ld of %ld) below the target %.1f%%",
                  name, 100.0 * rate, tallies.pass[group], tallies.total[group],
                  100.0 * min_rate);
}

START_TEST(test_roundtrip_nohint)
{
    check_group(RT_NOHINT, "no hint (FULL/LONG/MEDIUM/yMMMd/yMMMEd/yMMMMd/yMMMMEEEEd/yMMMM/yMMM)",
                RT_MIN_RATE_NOHINT);
}
END_TEST

START_TEST(test_roundtrip_hinted)
{
    check_group(RT_HINTED, "hinted (SHORT/yMd)", RT_MIN_RATE_HINTED);
}
END_TEST

Suite *roundtrip_suite(void)
{
    Suite *s = suite_create("roundtrip");
    TCase *tc = tcase_create("icu");
    tcase_set_timeout(tc, 300); /* ~35,000 parses; slow under valgrind */
    tcase_add_unchecked_fixture(tc, walk_once, NULL);
    tcase_add_test(tc, test_roundtrip_nohint);
    tcase_add_test(tc, test_roundtrip_hinted);
    suite_add_tcase(s, tc);
    return s;
}
