/*
 * The CLDR relative round trip shared by tests/check_relrt.c (which asserts the rates) and
 * bench/relroundtrip.c (which prints them in full): ICU's ureldatefmt formats, in every ICU
 * locale with relative data of its own and in the widths long, short and narrow,
 *   - counted phrases: every unit from the second to the year (a quarter is three months),
 *     past and future, one count for each plural form the locale distinguishes among 1..200
 *     ("3 days ago", "il y a 1 jour", "через 5 дней", "5 საათში");
 *   - named phrases: day, week, month and year at offsets -2..2 ("yesterday", "vorgestern",
 *     "last month"), and "now";
 *   - weekday phrases: each weekday last, this and next ("last Monday", "上周一"); a "this
 *     Friday" that CLDR writes as the bare name ("fredag") may also be read as a bare weekday
 *     (the latest on or before the reference);
 * and datenorm parses each text back with no hint, against the reference instant
 * 2026-11-26T12:00:00Z. A text two locales write with one expected value is tried once. A
 * named form that is the locale's numeric form written in words (Arabic's dual "قبل سنتين",
 * Hebrew "לפני שבועיים") is a counted offset ("two years ago" keeps the day).
 * This file generates and parses; judging the rates is the callers' job.
 */
#ifndef DATENORM_TESTS_RELRT_GEN_H
#define DATENORM_TESTS_RELRT_GEN_H

#include "datenorm.h"

enum { RR_LONG = 0, RR_SHORT, RR_NARROW, RR_NWIDTHS };
enum { RR_COUNTED = 0, RR_NAMED, RR_WEEKDAY, RR_NKINDS };

typedef struct {
    int width;            /* RR_LONG, RR_SHORT, RR_NARROW */
    int kind;             /* RR_COUNTED, RR_NAMED, RR_WEEKDAY */
    const char *locale;   /* the first ICU locale that wrote the text */
    const char *text;     /* what ICU wrote, UTF-8, untouched */
    const char *expected; /* dn_format(DN_STYLE_AUTO) of the meaning */
    const char *alt;      /* another accepted value ("last Monday" as Monday of last week), or "" */
    const char *got;      /* dn_format(DN_STYLE_AUTO) of the result, "" when none */
    int ok;               /* got is expected or alt */
} rr_item;

typedef void (*rr_callback)(const rr_item *item, void *arg);

/* Runs the round trip with parser p (built without hints), calling cb once per distinct
   (text, expected). A text a locale writes for two meanings of one unit (CLDR data: Arabic's
   short "خلال ٣ أشهر" is both "3 months ago" and "in 3 months") is skipped, and counted in
   *ambiguous when it is not NULL. Returns the number of locales visited, or a negative
   dn_status. */
int rr_run(const dn_parser *p, rr_callback cb, void *arg, long *ambiguous);

#endif
