/*
 * bench/zone-roundtrip: the zone round trip (tests/zone-rt-gen.h) in full, every zone and
 * instant for every locale and field, with the rate per field and group and every failure
 * (-v). `make zone-roundtrip` builds and runs it; tests/check_zones.c asserts a sample.
 */
#include <stdio.h>
#include <string.h>

#include "../tests/zone-rt-gen.h"

typedef struct {
    long total[16], pass[16], gtotal[ZRT_NGROUPS], gpass[ZRT_NGROUPS];
    const char *names[16];
    int nnames, verbose;
} tally;

static void count(const zrt_item *it, void *arg)
{
    tally *t = arg;
    int k = 0;
    while (k < t->nnames && strcmp(t->names[k], it->field) != 0)
        k++;
    if (k == t->nnames)
        t->names[t->nnames++] = it->field;
    t->total[k]++, t->gtotal[it->group]++;
    t->pass[k] += it->ok, t->gpass[it->group] += it->ok;
    if (!it->ok && t->verbose)
        printf("FAIL %-10s %-5s %-20s \"%s\": got \"%s\", expected %s\n", it->locale,
               it->field, it->zone, it->text, it->got, it->expected);
}

int main(int argc, char **argv)
{
    tally t;
    memset(&t, 0, sizeof t);
    t.verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
    dn_parser *p;
    if (dn_parser_new(NULL, &p, NULL) != DN_OK)
        return 1;
    int n = zrt_run(p, 1, count, &t);
    dn_parser_free(p);
    if (n < 0)
        return 1;
    static const char *const gn[] = { "no zone", "zone names", "IANA ids", "offsets",
                                      "locations" };
    long all = 0, pass = 0;
    for (int k = 0; k < t.nnames; k++)
        printf("field %-6s %6ld/%-6ld %.2f%%\n", t.names[k][0] ? t.names[k] : "(none)",
               t.pass[k], t.total[k], 100.0 * t.pass[k] / t.total[k]);
    for (int g = 0; g < ZRT_NGROUPS; g++) {
        printf("%-12s %6ld/%-6ld %.2f%%\n", gn[g], t.gpass[g], t.gtotal[g],
               100.0 * t.gpass[g] / t.gtotal[g]);
        all += t.gtotal[g], pass += t.gpass[g];
    }
    printf("overall      %6ld/%-6ld %.2f%% (%d locales)\n", pass, all, 100.0 * pass / all, n);
    return 0;
}
