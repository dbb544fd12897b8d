/*
 * The ICU round trip of dates with times and zones (issue 9), shared by tests/check_zones.c
 * (a sample, rates asserted) and bench/zone-roundtrip.c (every combination, `make
 * zone-roundtrip`): every Gregorian-default ICU locale formats instants in several zones
 * with its date-time pattern (skeleton yMMMdjmm) followed by one zone field (z, zzzz, v,
 * vvvv, VV, O, OOOO, ZZZZZ, VVVV, or none); datenorm parses the text back with no hint and the
 * result, printed as a datetime, must equal the local time there with the zone's offset
 * (without a zone field: the local time and no offset).
 */
#ifndef DATENORM_TESTS_ZONE_RT_GEN_H
#define DATENORM_TESTS_ZONE_RT_GEN_H

#include "datenorm.h"

enum {
    ZRT_NONE = 0, /* no zone field */
    ZRT_NAME,     /* z, zzzz, v, vvvv: zone names, specific and generic */
    ZRT_ID,       /* VV: the IANA id */
    ZRT_OFFSET,   /* O, OOOO, ZZZZZ: localized GMT and ISO offsets */
    ZRT_LOCATION, /* VVVV: the generic location format ("France Time", "hora de Nueva York") */
    ZRT_NGROUPS
};

typedef struct {
    int group;
    const char *field;   /* "z", "zzzz", ... or "" */
    const char *locale;
    const char *zone;
    const char *text;
    const char *expected;
    const char *got;
    int ok;
} zrt_item;

typedef void (*zrt_callback)(const zrt_item *item, void *arg);

/* stride 1: every zone and instant per locale and field; stride k > 1: one combination in
   k, rotating with the locale (a sample every locale and field still has). Returns the
   locales visited or a negative dn_status. */
int zrt_run(const dn_parser *p, int stride, zrt_callback cb, void *arg);

#endif
