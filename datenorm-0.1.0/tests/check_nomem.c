/*
 * check_nomem: the library's allocations can fail, and the API says so instead of crashing.
 *
 * A program of its own, not a suite of check_datenorm, because it replaces the allocator:
 *   - libdatenorm is linked in statically with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc
 *     (Makefile.am), so every allocation the library's own code makes goes through the
 *     __wrap_ functions below, which fail the Nth one on request. ICU, Check and libc are
 *     not wrapped: only the library's allocations fail.
 *   - ICU's allocations go through u_setMemoryFunctions, with a countdown of their own, to
 *     check a failure inside ICU's start-up (the normalization data dn_parser_new loads).
 * Each test runs in a fresh child process (Check's fork mode, forced here): ICU caches a
 * failed initialization for the life of a process, so every countdown needs a new one.
 * Exits 77 (skipped) when the library is not linked statically (a --disable-static build),
 * where the wrapping cannot reach it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <check.h>
#include <unicode/uclean.h>

#include "datenorm.h"

/* ---- the wrapped allocator ------------------------------------------------------------- */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);

static long lib_calls;        /* allocations the library made since the last reset */
static long lib_fail_at = -1; /* the index of the one to fail, -1 = none */

static int lib_should_fail(void)
{
    return lib_calls++ == lib_fail_at;
}

void *__wrap_malloc(size_t n)
{
    if (lib_should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
    if (lib_should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
    if (lib_should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __real_realloc(p, n);
}

/* ICU's allocator: the same countdown idea, its own counters. */
static long icu_calls, icu_fail_at = -1;

static void *U_CALLCONV icu_alloc(const void *ctx, size_t n)
{
    (void)ctx;
    if (icu_calls++ == icu_fail_at)
        return NULL;
    return malloc(n);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n)
{
    (void)ctx;
    if (icu_calls++ == icu_fail_at)
        return NULL;
    return realloc(p, n);
}

static void U_CALLCONV icu_free(const void *ctx, void *p)
{
    (void)ctx;
    free(p);
}

static const dn_options hinted = {.locales = "fr,de-CH,ru", .order = DN_ORDER_AUTO};

/* Builds a parser with the library's k-th allocation failing. */
static int build_failing_lib(long k, dn_parser **p, dn_error *err)
{
    lib_calls = 0;
    lib_fail_at = k;
    int rc = dn_parser_new(&hinted, p, err);
    lib_fail_at = -1;
    return rc;
}

/* How many allocations a successful dn_parser_new makes in the library's own code, once
   ICU is up. */
static long lib_allocations(void)
{
    dn_parser *p = NULL;
    dn_parser_new(NULL, &p, NULL); /* ICU's start-up, not counted */
    dn_parser_free(p);
    lib_calls = 0;
    lib_fail_at = -1;
    p = NULL;
    int rc = dn_parser_new(&hinted, &p, NULL);
    long n = lib_calls;
    dn_parser_free(p);
    return rc == DN_OK ? n : -1;
}

/* ---- tests ------------------------------------------------------------------------------ */

/* Failing each of the library's allocations in turn: DN_ERR_NOMEM with the error filled and
   *out NULL; past the last one, a parser that works. */
START_TEST(test_parser_new_each_allocation)
{
    long total = lib_allocations();
    ck_assert_msg(total >= 1, "dn_parser_new made %ld wrapped allocations", total);
    for (long k = 0; k <= total; k++) {
        dn_parser *p = (dn_parser *)&p; /* not NULL: the call must set it */
        dn_error err;
        memset(&err, 0, sizeof err);
        int rc = build_failing_lib(k, &p, &err);
        if (k < total) {
            ck_assert_msg(rc == DN_ERR_NOMEM, "allocation %ld of %ld failed: rc %d", k, total, rc);
            ck_assert_ptr_null(p);
            ck_assert_int_eq(err.code, DN_ERR_NOMEM);
            ck_assert_msg(strstr(err.message, "memory") != NULL, "message \"%s\"", err.message);
        } else {
            ck_assert_int_eq(rc, DN_OK);
            ck_assert_ptr_nonnull(p);
            dn_date d;
            dn_context ctx = {1795694400, 0};
            ck_assert_int_eq(dn_parse(p, "22 novembre 2015", 16, &ctx, &d), 1);
            ck_assert_int_eq(d.month, 11);
            dn_parser_free(p);
        }
    }
}
END_TEST

/* After a failure the library is not left broken: the next dn_parser_new succeeds. */
START_TEST(test_parser_new_after_failure)
{
    dn_parser *p = NULL;
    ck_assert_int_eq(build_failing_lib(0, &p, NULL), DN_ERR_NOMEM); /* err NULL is allowed */
    ck_assert_ptr_null(p);
    ck_assert_int_eq(dn_parser_new(&hinted, &p, NULL), DN_OK);
    dn_date d;
    ck_assert_int_eq(dn_parse(p, "2015-11-22", 10, NULL, &d), 1);
    ck_assert_int_eq(d.day, 22);
    dn_parser_free(p);
}
END_TEST

/* The hot path allocates nothing (datenorm.h's promise): with every allocation failing,
   dn_parse, dn_search and dn_format still work. */
START_TEST(test_parse_allocates_nothing)
{
    dn_parser *p = NULL;
    ck_assert_int_eq(dn_parser_new(&hinted, &p, NULL), DN_OK);
    dn_context ctx = {1795694400, 0};
    dn_date d, all[4];
    char buf[DN_FORMAT_MAX];
    lib_calls = 0;
    lib_fail_at = 0;
    int rc = dn_parse(p, "Sonntag, 22. November 2015", 26, &ctx, &d);
    size_t n = dn_search(p, "le 22/11/2015 et le 23/11/2015", 30, &ctx, all, 4);
    int len = dn_format(&d, DN_STYLE_DATE, buf, sizeof buf);
    long calls = lib_calls;
    lib_fail_at = -1;
    ck_assert_int_eq(rc, 1);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(len, 10);
    ck_assert_str_eq(buf, "2015-11-22");
    ck_assert_int_eq(calls, 0);
    dn_parser_free(p);
}
END_TEST

/* ICU failing its k-th allocation during the parser's start-up (first use of ICU in this
   process): dn_parser_new returns a negative status with a message, never crashes. */
START_TEST(test_icu_allocation_failure)
{
    UErrorCode st = U_ZERO_ERROR;
    u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &st);
    ck_assert_msg(U_SUCCESS(st), "u_setMemoryFunctions: %s", u_errorName(st));
    icu_calls = 0;
    icu_fail_at = _i;
    dn_parser *p = (dn_parser *)&p;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_parser_new(NULL, &p, &err);
    long calls = icu_calls;
    icu_fail_at = -1;
    if (calls > _i) {
        /* the failure happened inside start-up */
        ck_assert_msg(rc == DN_ERR_ICU || rc == DN_ERR_NOMEM, "ICU allocation %d failed: rc %d",
                      _i, rc);
        ck_assert_ptr_null(p);
        ck_assert_int_eq(err.code, rc);
        ck_assert_msg(err.message[0] != '\0', "no message");
    } else {
        /* start-up needed fewer allocations than _i: it must have succeeded */
        ck_assert_int_eq(rc, DN_OK);
        dn_parser_free(p);
    }
}
END_TEST

static Suite *nomem_suite(void)
{
    Suite *s = suite_create("nomem");
    TCase *tc = tcase_create("library");
    tcase_add_test(tc, test_parser_new_each_allocation);
    tcase_add_test(tc, test_parser_new_after_failure);
    tcase_add_test(tc, test_parse_allocates_nothing);
    suite_add_tcase(s, tc);
    tc = tcase_create("icu");
    tcase_add_loop_test(tc, test_icu_allocation_failure, 0, 6);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    /* Is the library really linked in with the wrapped allocator? Ask in a child, so that
       this process has not yet started ICU when the tests fork from it. */
    pid_t pid = fork();
    if (pid < 0)
        return 99;
    if (pid == 0)
        _exit(lib_allocations() >= 1 ? 0 : 77);
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
        return 99;
    if (WEXITSTATUS(status) == 77) {
        fprintf(stderr, "check_nomem: libdatenorm is not linked statically; skipped\n");
        return 77;
    }
    SRunner *sr = srunner_create(nomem_suite());
    srunner_set_fork_status(sr, CK_FORK); /* a fresh process per test: see the top */
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
