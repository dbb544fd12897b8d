/*
 * Prints the CLDR relative round-trip figures of issue 8 in full: the pass rate and the rate
 * of wrong values (a date found that is not the expected one) per width (long, short,
 * narrow) and per kind (counted, named, weekday), then every failing string with its locale.
 * Built by `make relroundtrip`, not by `make check`: tests/check_relrt.c asserts the rates.
 *
 * Usage: bench/relroundtrip [-q]   (-q: the summary only)
 */
#include <stdio.h>
#include <string.h>

#include "../tests/relrt-gen.h"

static const char *width_name[RR_NWIDTHS] = { "long", "short", "narrow" };
static const char *kind_name[RR_NKINDS] = { "counted", "named", "weekday" };

typedef struct {
    long total[RR_NWIDTHS][RR_NKINDS], pass[RR_NWIDTHS][RR_NKINDS], wrong[RR_NWIDTHS][RR_NKINDS];
    int quiet;
} figures;

static void count(const rr_item *it, void *arg)
{
    figures *f = arg;
    f->total[it->width][it->kind]++;
    f->pass[it->width][it->kind] += it->ok;
    f->wrong[it->width][it->kind] += !it->ok && it->got[0];
    if (!it->ok && !f->quiet)
        printf("%s\t%s\t%s\t%s\t%s\texpected %s%s%s\tgot %s\n", it->got[0] ? "WRONG" : "NONE",
               width_name[it->width], kind_name[it->kind], it->locale, it->text, it->expected,
               it->alt[0] ? " or " : "", it->alt, it->got);
}

int main(int argc, char **argv)
{
    figures f;
    memset(&f, 0, sizeof f);
    f.quiet = argc > 1 && strcmp(argv[1], "-q") == 0;
    dn_parser *p = NULL;
    if (dn_parser_new(NULL, &p, NULL) != DN_OK)
        return 1;
    long amb = 0;
    int nloc = rr_run(p, count, &f, &amb);
    dn_parser_free(p);
    if (nloc < 0)
        return 1;
    long t = 0, ok = 0, bad = 0;
    printf("relative round trip: %d locales (%ld texts skipped: written for two meanings)\n",
           nloc, amb);
    for (int w = 0; w < RR_NWIDTHS; w++) {
        long wt = 0, wo = 0, wb = 0;
        for (int k = 0; k < RR_NKINDS; k++) {
            wt += f.total[w][k], wo += f.pass[w][k], wb += f.wrong[w][k];
            printf("  %-6s %-8s %6ld/%6ld = %6.2f%%  wrong %ld\n", width_name[w], kind_name[k],
                   f.pass[w][k], f.total[w][k],
                   f.total[w][k] ? 100.0 * f.pass[w][k] / f.total[w][k] : 0.0, f.wrong[w][k]);
        }
        printf("  %-6s all      %6ld/%6ld = %6.2f%%  wrong %ld (%.2f%%)\n", width_name[w], wo, wt,
               wt ? 100.0 * wo / wt : 0.0, wb, wt ? 100.0 * wb / wt : 0.0);
        t += wt, ok += wo, bad += wb;
    }
    printf("  all           %6ld/%6ld = %6.2f%%  wrong %ld (%.2f%%)\n", ok, t,
           t ? 100.0 * ok / t : 0.0, bad, t ? 100.0 * bad / t : 0.0);
    return 0;
}
