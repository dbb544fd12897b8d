/*
 * The options of line mode and search (cli/main.c reads them, both modes use them), and
 * search mode's entry point (cli/search.c). `datenorm csv` has its own (cli/csv.h).
 */
#ifndef DATENORM_CLI_SEARCH_H
#define DATENORM_CLI_SEARCH_H

#include <stdbool.h>

#include "datenorm.h"

/* What the options decided, for one run. */
typedef struct {
    dn_options opts;
    const char *now; /* --now as given, NULL = the current time */
    const char *zone; /* --zone as given, NULL = UTC */
    dn_style style;
    bool json;
    bool quiet;
    unsigned search_flags; /* issue 10: DN_SEARCH_* from --only-hinted, --each-alone */
    const char *to_zone;     /* issue 9: --to-zone, NULL = not given */
    const char *assume_zone; /* issue 9: --assume-zone, NULL = not given */
} run_options;


/* Reads the options of argv (getopt_long's conventions; --help and --version print and
   exit, a bad option exits CLI_EXIT_USAGE). Returns the index of the first TEXT in argv. */
int cli_parse_options(int argc, char **argv, run_options *r);

/* `datenorm search`: argv[0] is "search", options and TEXTs follow. Returns the exit
   status. */
int cli_search(int argc, char **argv);

#endif
