/*
 * Prints the ICU round-trip figures of issue 2 in full: the pass rate of each group (no hint:
 * FULL/LONG/MEDIUM and the month-name skeletons; hinted: SHORT and yMd), the rate of each
 * form, the locales with failures, and every failing string. Built by `make roundtrip` (or
 * `make bench/roundtrip`), not by `make check`: tests/check_roundtrip.c asserts the rates.
 *
 * Usage: bench/roundtrip [-q]   (-q: the summary only, no failing strings)
 */
#include <stdio.h>
#include <string.h>

#include "../tests/roundtrip-gen.h"

#define MAX_FORMS 16
#define MAX_LOCALES 1024

typedef struct {
    long total[RT_NGROUPS], pass[RT_NGROUPS];
    const char *form_name[MAX_FORMS];
    long form_total[MAX_FORMS], form_pass[MAX_FORMS];
    int nforms;
    const char *loc_name[MAX_LOCALES];
    long loc_fail[MAX_LOCALES];
    int nlocs;
    int quiet;
} figures;

static void count(const rt_item *it, void *arg)
{
    figures *f = arg;
    f->total[it->group]++;
    f->pass[it->group] += it->ok;
    int k = 0;
    while (k < f->nforms && strcmp(f->form_name[k], it->form) != 0)
        k++;
    if (k == f->nforms && f->nforms < MAX_FORMS)
        f->form_name[f->nforms++] = it->form;
    if (k < f->nforms) {
        f->form_total[k]++;
        f->form_pass[k] += it->ok;
    }
    if (it->ok)
        return;
    /* locale ids come from uloc_getAvailable: stable pointers, compared by value here */
    int l = 0;
    while (l < f->nlocs && strcmp(f->loc_name[l], it->locale) != 0)
        l++;
    if (l == f->nlocs && f->nlocs < MAX_LOCALES)
        f->loc_name[f->nlocs++] = it->locale;
    if (l < f->nlocs)
        f->loc_fail[l]++;
    if (!f->quiet)
        printf("FAIL\t%s\t%s\t%s\t%s\t%s\n", it->locale, it->form, it->text,
               it->got[0] ? it->got : "-", it->expected);
}

int main(int argc, char **argv)
{
    static figures f;
    f.quiet = argc > 1 && strcmp(argv[1], "-q") == 0;
    dn_parser *p = NULL;
    dn_error e;
    if (dn_parser_new(NULL, &p, &e) != DN_OK) {
        fprintf(stderr, "roundtrip: %s\n", e.message);
        return 1;
    }
    int nloc = rt_run(p, count, &f);
    dn_parser_free(p);
    if (nloc < 0) {
        fprintf(stderr, "roundtrip: ICU failed (%d)\n", nloc);
        return 1;
    }
    printf("# datenorm %s, ICU %s: %d Gregorian-default locales\n", dn_version(), dn_icu_version(),
           nloc);
    static const char *const group_name[RT_NGROUPS] = {
        "no hint  (FULL/LONG/MEDIUM + month-name skeletons)", "hinted   (SHORT + yMd)"
    };
    for (int g = 0; g < RT_NGROUPS; g++)
        printf("group %s: %ld/%ld = %.2f%%\n", group_name[g], f.pass[g], f.total[g],
               f.total[g] ? 100.0 * f.pass[g] / f.total[g] : 0.0);
    for (int k = 0; k < f.nforms; k++)
        printf("form  %-12s %ld/%ld = %.2f%%\n", f.form_name[k], f.form_pass[k], f.form_total[k],
               100.0 * f.form_pass[k] / f.form_total[k]);
    printf("locales with failures: %d\n", f.nlocs);
    for (int l = 0; l < f.nlocs; l++)
        printf("  %-14s %ld\n", f.loc_name[l], f.loc_fail[l]);
    return 0;
}
