/*
 * The one Check runner of datenorm: it builds every suite listed in suites.h
 * (DN_TEST_SUITES) into one SRunner and runs them. It holds no tests itself.
 *
 * Usage: check_datenorm [SUITE...]   runs the named suites only (e.g. "cases api");
 * Check's own CK_RUN_SUITE / CK_RUN_CASE / CK_FORK / CK_VERBOSITY variables also apply.
 * Exits 0 when every test passed, 1 otherwise (automake's test driver reads that).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static int wanted(const char *name, int argc, char **argv)
{
    if (argc < 2)
        return 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    SRunner *sr = NULL;
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
