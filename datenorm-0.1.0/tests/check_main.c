/*
 * The one Check runner of datenorm: it builds every suite listed in suites.h
 * (DN_TEST_SUITES) and runs them. It holds no tests itself.
 *
 * Usage: check_datenorm [SUITE...]   runs the named suites only (e.g. "cases api");
 * Check's own CK_RUN_SUITE / CK_RUN_CASE / CK_VERBOSITY variables also apply.
 * Exits 0 when every test passed, 1 otherwise (automake's test driver reads that).
 *
 * How the tests run. Each suite runs in a child process of its own, its tests one after the
 * other in that process (Check's CK_NOFORK), not in a process each: a fork per table row
 * cost about 5 ms, 20 s for tests/data's 4,400 rows. A failing assertion still ends only its
 * own test and is reported with the row's file, line and input. What a process per test
 * gave is kept where it matters:
 *   - a suite whose tests need a process each (an exit test) is named in fork_per_test[];
 *   - a crash, or a suite that outlives SUITE_TIMEOUT seconds (times CK_TIMEOUT_MULTIPLIER),
 *     kills only that suite's process; the suite then runs again with a process per test,
 *     so that Check names the test that crashes or hangs, with its own timeouts.
 * CK_FORK=yes or CK_FORK=no in the environment runs every suite in this process with that
 * fork mode, as Check alone would (CK_FORK=no: under gdb, or helgrind watching threads).
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"

typedef struct {
    const char *name;
    Suite *(*build)(void);
} suite_entry;

#define DN_SUITE_ENTRY(name) { #name, name##_suite },
static const suite_entry all_suites[] = { DN_TEST_SUITES(DN_SUITE_ENTRY) };
#undef DN_SUITE_ENTRY

dn_parser *dn_test_parser(const char *locales, dn_order order)
{
    dn_options o;
    memset(&o, 0, sizeof o);
    o.locales = locales;
    o.order = order;
    dn_parser *p = NULL;
    dn_error e;
    memset(&e, 0, sizeof e);
    int rc = dn_parser_new(&o, &p, &e);
    ck_assert_msg(rc == DN_OK && p != NULL, "dn_parser_new(\"%s\") = %d (%s)",
                  locales ? locales : "(null)", rc, e.message);
    return p;
}

const char *dn_test_data_dir(void)
{
    const char *env = getenv("DN_TEST_DATA_DIR");
    return env != NULL && *env != '\0' ? env : TEST_DATA_DIR;
}

/* Suites whose tests need a process each: csv has an exit test (a --columns naming no
   column makes the CSV driver exit with status 2). */
static const char *const fork_per_test[] = { "csv" };

/* Seconds a suite may run in its process before it is taken for hung (the slowest, robust,
   takes about 10 s; several times that under sanitizers). */
#define SUITE_TIMEOUT 900

static int wanted(const char *name, int argc, char **argv)
{
    const char *only = getenv("CK_RUN_SUITE");
    if (only != NULL && *only != '\0' && strcmp(only, name) != 0)
        return 0;
    if (argc < 2)
        return 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return 0;
}

static enum fork_status suite_fork_mode(const char *name)
{
    for (size_t i = 0; i < sizeof fork_per_test / sizeof fork_per_test[0]; i++)
        if (strcmp(fork_per_test[i], name) == 0)
            return CK_FORK;
    return CK_NOFORK;
}

static unsigned suite_timeout(void)
{
    const char *m = getenv("CK_TIMEOUT_MULTIPLIER");
    double k = m != NULL ? strtod(m, NULL) : 1.0;
    return (unsigned)(SUITE_TIMEOUT * (k >= 1.0 ? k : 1.0));
}

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
}

/* Runs one suite in a child process with the given fork mode; returns its wait status. The
   clock is kept here, not in the child: Check's own SIGALRM handler there would kill its
   whole process group, this runner with it. A child still running after timeout seconds
   (0: no limit) is killed (SIGKILL) and *late set. */
static int run_suite_process(const suite_entry *e, enum fork_status mode, unsigned timeout,
                             bool *late)
{
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "check_datenorm: fork: %s\n", strerror(errno));
        exit(EXIT_FAILURE);
    }
    if (pid == 0) {
        SRunner *sr = srunner_create(e->build());
        srunner_set_fork_status(sr, mode);
        srunner_run_all(sr, CK_ENV);
        int failed = srunner_ntests_failed(sr);
        srunner_free(sr);
        exit(failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
    }
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: the alarm interrupts waitpid */
    sigaction(SIGALRM, &sa, &old);
    timed_out = 0;
    alarm(timeout);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "check_datenorm: waitpid: %s\n", strerror(errno));
            exit(EXIT_FAILURE);
        }
        if (timed_out)
            kill(pid, SIGKILL);
    }
    alarm(0);
    sigaction(SIGALRM, &old, NULL);
    *late = timed_out != 0;
    return status;
}

/* Runs a suite in its own process; returns true when every test passed. */
static bool run_suite(const suite_entry *e)
{
    unsigned timeout = suite_timeout();
    bool late;
    int status = run_suite_process(e, suite_fork_mode(e->name), timeout, &late);
    if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_SUCCESS)
        return true;
    if (WIFEXITED(status)) {
        fprintf(stderr, "check_datenorm: suite %s failed (exit status %d)\n", e->name,
                WEXITSTATUS(status));
        return false;
    }
    if (late)
        fprintf(stderr, "check_datenorm: suite %s still running after %u s;", e->name, timeout);
    else
        fprintf(stderr, "check_datenorm: suite %s killed by signal %d (%s);", e->name,
                WTERMSIG(status), strsignal(WTERMSIG(status)));
    fprintf(stderr, " running it again with a process per test, to name the test\n");
    run_suite_process(e, CK_FORK, 0, &late);
    return false;
}

int main(int argc, char **argv)
{
    size_t n = sizeof all_suites / sizeof all_suites[0];

    for (int i = 1; i < argc; i++) {
        size_t k = 0;
        while (k < n && strcmp(all_suites[k].name, argv[i]) != 0)
            k++;
        if (k == n) {
            fprintf(stderr, "check_datenorm: no suite named '%s'\n", argv[i]);
            return 2;
        }
    }

    /* CK_FORK given: every suite in one runner in this process, as Check alone does */
    if (getenv("CK_FORK") != NULL) {
        SRunner *sr = NULL;
        for (size_t k = 0; k < n; k++) {
            if (!wanted(all_suites[k].name, argc, argv))
                continue;
            Suite *s = all_suites[k].build();
            if (sr == NULL)
                sr = srunner_create(s);
            else
                srunner_add_suite(sr, s);
        }
        if (sr == NULL)
            return 2;
        srunner_run_all(sr, CK_ENV);
        int failed = srunner_ntests_failed(sr);
        srunner_free(sr);
        return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
    }

    int ran = 0, failed = 0;
    for (size_t k = 0; k < n; k++) {
        if (!wanted(all_suites[k].name, argc, argv))
            continue;
        ran++;
        failed += !run_suite(&all_suites[k]);
    }
    if (ran == 0)
        return 2;
    printf("check_datenorm: %d suites, %d failed\n", ran, failed);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
