/*
 * The ICU round trip shared by tests/check_roundtrip.c (which asserts the pass rates) and
 * bench/roundtrip.c (which prints them in full): for every ICU locale whose default calendar
 * is Gregorian, fixed dates are formatted by ICU in several styles and skeletons and parsed
 * back with datenorm. This file generates and parses; judging the rates is the callers' job.
 */
#ifndef DATENORM_TESTS_ROUNDTRIP_GEN_H
#define DATENORM_TESTS_ROUNDTRIP_GEN_H

#include "datenorm.h"

enum {
    RT_NOHINT = 0, /* FULL, LONG, MEDIUM and the month-name skeletons, parsed with no hint */
    RT_HINTED,     /* SHORT and yMd (all-numeric), parsed with the locale as the hint */
    RT_NGROUPS
};

typedef struct {
    int group;           /* RT_NOHINT or RT_HINTED */
    const char *form;    /* "FULL", "LONG", "MEDIUM", "SHORT" or a skeleton such as "yMMMd" */
    const char *locale;  /* the ICU locale id that formatted the text */
    const char *text;    /* what ICU wrote, UTF-8, every mark and narrow space kept */
    const char *expected;/* YYYY-MM-DD, or YYYY-MM for the skeletons without a day */
    const char *got;     /* dn_format(DN_STYLE_DATE) of the result, "" when none */
    int status;          /* dn_parse's return value */
    int ok;              /* got equals expected */
} rt_item;

typedef void (*rt_callback)(const rt_item *item, void *arg);

/* Runs the round trip, calling cb once per formatted string. The no-hint group parses with
   `nohint` (a parser built without hints); the hinted group builds one parser per locale.
   Returns the number of locales visited, or a negative dn_status when ICU fails. */
int rt_run(const dn_parser *nohint, rt_callback cb, void *arg);

#endif
