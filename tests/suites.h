/*
 * The list of Check suites the one test runner (tests/check_main.c) builds, libevdev style:
 * each tests/check_*.c file defines one `Suite *NAME_suite(void)` builder, and this header
 * names it once in DN_TEST_SUITES. Adding a suite is a two-line edit: one X(NAME) line here
 * and its source file in Makefile.am's tests_check_datenorm_SOURCES.
 *
 * Each suite runs in a process of its own, its tests one after the other in it (see
 * check_main.c); a suite whose tests need a process each (an exit or signal test) must be
 * named in check_main.c's fork_per_test[].
 *
 * It also gives the suites the few helpers they share (where the test data lives, the
 * pinned reference instant). It does not hold test logic.
 */
#ifndef DATENORM_TESTS_SUITES_H
#define DATENORM_TESTS_SUITES_H

#include <check.h>

#include "datenorm.h"

/* One X(name) line per suite, in the order they run. Keep one suite per line so that
   engineers adding suites at the same time do not edit the same line. */
#define DN_TEST_SUITES(X) \
    X(api)                \
    X(cases)              \
    X(roundtrip)          \
    X(csv)                \
    X(lexicon)            \
    X(robust)             \
    X(cliapi)             \
    X(instant)            \
    X(names)              \
    X(weekspan)           \
    X(calendar)           \
    X(relresult)          \
    X(relrt)              \
    X(relyear)            \
    X(page)               \
    X(hints)              \
    X(dayperiod)          \
    X(zones)              \
    X(timeutil)           \
    /* end of the list */

#define DN_DECLARE_SUITE(name) Suite *name##_suite(void);
DN_TEST_SUITES(DN_DECLARE_SUITE)
#undef DN_DECLARE_SUITE

/* The reference instant every test pins (as SQLite's tests pin the current time), so that
   a day and month without a year always take 2026: 2026-11-26T12:00:00Z. */
#define DN_TEST_NOW 1795694400
static inline dn_context dn_test_context(void)
{
    dn_context ctx = { DN_TEST_NOW, 0 };
    return ctx;
}

/* The directory of tests/data (absolute, from the build: works out of tree and under
   distcheck). The environment variable DN_TEST_DATA_DIR overrides it. */
#ifndef TEST_DATA_DIR
#define TEST_DATA_DIR "tests/data"
#endif
const char *dn_test_data_dir(void);

/* A parser for these hints and numeric order; fails the test when it cannot be built. */
dn_parser *dn_test_parser(const char *locales, dn_order order);

#endif
