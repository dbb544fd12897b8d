/*
 * `datenorm csv`: converts the date columns of a CSV file to ISO 8601, byte-exact and
 * streaming (cli/csv.c). cli/main.c hands it the arguments after the program name.
 */
#ifndef DATENORM_CLI_CSV_H
#define DATENORM_CLI_CSV_H

/* argv[0] is "csv", options and an optional file name follow. Returns the exit status. */
int dn_cli_csv(int argc, char **argv);

/* Exit status of a malformed input (an unterminated quote at the end of the file), on top
   of common.h's 0..3. */
#define CLI_EXIT_MALFORMED 4

/* ---- the pieces of column inference, exposed for tests/check_csv.c --------------------- */
#include <stddef.h>
#include <stdint.h>

#include "datenorm.h"

#define CSV_DM_DMY 1u /* the cell reads as day/month/year */
#define CSV_DM_MDY 2u /* the cell reads as month/day/year */
/* The day-month evidence of a date the library found, from the order it read it in:
   CSV_DM_DMY or CSV_DM_MDY alone when the values allow that order only (25/12/2015,
   12/25/2015: DN_FLAG_ORDER_PROVED), both when the order was a preference (05/06/2015),
   0 for a date that is not an all-numeric day-month date (2015-11-22, Nov 22, 2015). */
unsigned csv_dm_of(const dn_date *d);
/* A cell that holds no date by convention ("NULL", "\N", "TBD", "0000-00-00", "k. A.",
   ...: cli/csvnull.def), compared without case after trimming blanks. */
int csv_is_null_marker(const char *s, size_t n);
/* The i-th null marker as csvnull.def writes it, NULL past the last. */
const char *csv_null_marker(size_t i);
/* A plain number: [+-]digits with at most one '.' or ',' group (42, 19.99, -3,5). */
int csv_is_plain_number(const char *s, size_t n);

/* How a column's order was decided. */
enum {
    CSV_ORDER_NA = 0,   /* no all-numeric day-month date seen: the fallback, unused */
    CSV_ORDER_PROVED,   /* cells that read one way only, all agreeing */
    CSV_ORDER_CONFLICT, /* cells proving both orders: the majority */
    CSV_ORDER_UNSETTLED /* only ambiguous cells: the fallback */
};
/* Chooses DMY or MDY from the counts of cells that read only day-first, only month-first,
   or both ways. fallback is returned when the counts do not settle it; *how says which. */
dn_order csv_decide_order(uint64_t dmy_only, uint64_t mdy_only, uint64_t both, dn_order fallback,
                          int *how);

#endif
