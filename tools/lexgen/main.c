/*
 * main.c: the build-time generator of the lexicon table (tools/lexgen/). Run as
 *     lexgen LOCALES_DIR > lib/lexicon-data.c          (the build does this)
 *     lexgen --list LOCALES_DIR                         (one line per meaning, for people)
 *     lexgen --list --only fr,hr LOCALES_DIR            (the meanings of fr and hr only,
 *                                                        in a fraction of the time: for
 *                                                        tests and for looking)
 * it reads, once, everything CLDR (through ICU) knows about the words of dates in every ICU
 * locale, adds the hand-curated supplements of LOCALES_DIR/LANG.txt (format: locales/README),
 * and writes the sorted, hashed tables that lib/internal.h declares ("the lexicon").
 *
 * The steps, each in a file of its own (lexgen.h lists them): the locale list; the
 * supplements, read and checked before any locale data so that a bad line stops the build
 * at once; every locale's names, patterns and relative phrases (cldr.c, patterns.c,
 * relative.c); the merge into keys and meanings with the risk rules (merge.c); the output
 * (emit.c). Every key is made by the library's own tokenizer and folding (keys.c) so that
 * the keys and the tokens the parser sees at run time cannot disagree.
 *
 * Not done here: deciding anything at run time (lib/lexicon.c looks keys up, the parser
 * scores) and time-zone names.
 *
 * With --only, every supplement file is still read and checked, but only the listed
 * languages' words are kept; the flags merge.c derives from other languages' meanings (an
 * abbreviation that is a filler elsewhere is risky) may then differ from the full table's.
 *
 * Exit status: 0, 1 on any error (a message "lexgen: ..." on stderr, with the file and line
 * of a bad supplement), 2 for a wrong command line.
 */
#include "lexgen.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uloc.h>

struct lexgen_stats stats;

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("lexgen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        die("out of memory");
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --only fr,hr: the languages whose locales are read, as a flag per language. */
static bool *parse_only(const char *list)
{
    bool *only = xrealloc(NULL, (size_t)nlangs * sizeof *only);
    memset(only, 0, (size_t)nlangs * sizeof *only);
    char *copy = xstrdup(list);
    for (char *code = strtok(copy, ","); code; code = strtok(NULL, ",")) {
        int l = lang_index(code);
        if (l < 0)
            die("--only: ICU has no language '%s'", code);
        only[l] = true;
    }
    free(copy);
    return only;
}

static int usage(void)
{
    fprintf(stderr, "usage: lexgen LOCALES_DIR > lexicon-data.c\n"
                    "       lexgen --list [--only LANG[,LANG...]] LOCALES_DIR\n");
    return 2;
}

int main(int argc, char **argv)
{
    bool list = false;
    const char *only_list = NULL;
    int a = 1;
    if (a < argc && strcmp(argv[a], "--list") == 0) {
        list = true;
        a++;
        if (a + 1 < argc && strcmp(argv[a], "--only") == 0) {
            only_list = argv[a + 1];
            a += 2;
        }
    }
    if (a + 1 != argc)
        return usage();
    if (dnp_fold_init() != 0)
        die("cannot load ICU's normalization data");
    if (uloc_countAvailable() <= 0)
        die("ICU has no locale data");
    read_locale_list();
    bool *only = only_list ? parse_only(only_list) : NULL;
    read_cal_tables(); /* before the supplements: cal_era lines name its eras */
    read_supplements(argv[a], only);
    read_icu(only);
    read_calendars(only);
    read_zones(argv[a], only);
    free(only);
    merge();
    resolve_zones();
    if (list)
        list_meanings();
    else
        write_c();
    if (fflush(stdout) != 0 || ferror(stdout))
        die("write error: %s", strerror(errno));
    if (getenv("LEXGEN_STATS"))
        fprintf(stderr,
                "lexgen: %lu names, %lu too long, %lu with digits skipped, %lu root lists "
                "skipped, %lu digit months, %lu glued, %lu supplement lines, %lu abbreviations "
                "made risky, %lu named and %lu counted relative phrases (%lu of a named week, %lu patterns), "
                "%lu day-period names, %lu number words\n",
                stats.names, stats.skipped_long, stats.skipped_digits, stats.skipped_root,
                stats.digit_months, stats.glued, stats.supp_lines, stats.risky_filler,
                stats.rel_named, stats.rel_counted, stats.rel_weekof, stats.rel_patterns,
                stats.day_periods, stats.num_words);
    return 0;
}
