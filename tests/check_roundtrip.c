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

/* Each test walks every locale once (the walk takes a second or two). The hinted group
   needs the no-hint parser only to share the walk's code. */
static rt_tally run_once(void)
{
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    rt_tally t;
    memset(&t, 0, sizeof t);
    int nloc = rt_run(p, tally, &t);
    dn_parser_free(p);
    ck_assert_msg(nloc > 0, "rt_run: %d", nloc);
    /* ICU 72 has about 600 Gregorian-default locales: fewer means the walk broke */
    ck_assert_msg(nloc >= 400, "only %d Gregorian locales visited", nloc);
    fprintf(stderr, "roundtrip: %d locales\n", nloc);
    return t;
}

static void check_group(int group, const char *name, double min_rate)
{
    rt_tally t = run_once();
    double rate = (double)t.pass[group] / (double)t.total[group];
    fprintf(stderr, "roundtrip %s: %ld/%ld = %.2f%% (target %.1f%%)\n", name, t.pass[group],
            t.total[group], 100.0 * rate, 100.0 * min_rate);
    ck_assert_msg(rate >= min_rate, "round trip %s: %.2f%% (%ld of %ld) below the target %.1f%%",
                  name, 100.0 * rate, t.pass[group], t.total[group], 100.0 * min_rate);
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
    tcase_set_timeout(tc, 300); /* ~25,000 parses; slow under valgrind */
    tcase_add_test(tc, test_roundtrip_nohint);
    tcase_add_test(tc, test_roundtrip_hinted);
    suite_add_tcase(s, tc);
    return s;
}
