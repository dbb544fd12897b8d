/*
 * Day arithmetic (lib/timeutil.c): dnp_days_from_civil and dnp_civil_from_days, whose fast
 * 32-bit forms serve +-30,000 years around 1970 and whose 64-bit forms serve the rest. Both
 * are checked against a calendar counted one day at a time (the Gregorian leap rule and the
 * month lengths, nothing shared with timeutil.c) from 1970-01-01 forwards and backwards
 * past the fast range's ends (+-11,050,000 days: 30,254 years), and on dates known from
 * Python's datetime.
 */
#include "suites.h"

#include "internal.h"

static int month_days(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dim[m - 1];
}

#define SPAN 11050000 /* days each way: past the fast forms' ends (DNP_FAST_DAYS, 11,000,000) */

static void check_day(int64_t z, int y, int m, int d)
{
    int gy, gm, gd;
    dnp_civil_from_days(z, &gy, &gm, &gd);
    if (gy != y || gm != m || gd != d)
        ck_abort_msg("dnp_civil_from_days(%lld) = %d-%d-%d, want %d-%d-%d", (long long)z, gy, gm,
                     gd, y, m, d);
    int64_t back = dnp_days_from_civil(y, (unsigned)m, (unsigned)d);
    if (back != z)
        ck_abort_msg("dnp_days_from_civil(%d-%d-%d) = %lld, want %lld", y, m, d, (long long)back,
                     (long long)z);
}

START_TEST(forwards)
{
    int y = 1970, m = 1, d = 1;
    for (int64_t z = 0; z <= SPAN; z++) {
        check_day(z, y, m, d);
        if (++d > month_days(y, m)) {
            d = 1;
            if (++m > 12)
                m = 1, y++;
        }
    }
    ck_assert_int_eq(y, 32223); /* 1970 + 11,050,000 days */
}
END_TEST

START_TEST(backwards)
{
    int y = 1970, m = 1, d = 1;
    for (int64_t z = 0; z >= -SPAN; z--) {
        check_day(z, y, m, d);
        if (--d < 1) {
            if (--m < 1)
                m = 12, y--;
            d = month_days(y, m);
        }
    }
    ck_assert_int_lt(y, -28000);
}
END_TEST

/* Day numbers from Python: (date(y, m, d) - date(1970, 1, 1)).days; and far years, where
   the 64-bit forms answer (every 400 years is 146,097 days). */
START_TEST(known)
{
    check_day(20783, 2026, 11, 26);
    check_day(11016, 2000, 2, 29);
    check_day(11017, 2000, 3, 1);
    check_day(-135080, 1600, 3, 1);
    check_day(-719162, 1, 1, 1);
    check_day(2932896, 9999, 12, 31);
    check_day(11017 + 146097LL * 1000, 402000, 3, 1);
    check_day(11017 - 146097LL * 1000, -398000, 3, 1);
    ck_assert_int_eq(dnp_weekday(20783), 4); /* 2026-11-26, a Thursday */
}
END_TEST

Suite *timeutil_suite(void)
{
    Suite *s = suite_create("timeutil");
    TCase *tc = tcase_create("timeutil");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, forwards);
    tcase_add_test(tc, backwards);
    tcase_add_test(tc, known);
    suite_add_tcase(s, tc);
    return s;
}
