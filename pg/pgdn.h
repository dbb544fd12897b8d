/*
 * pgdn.h: what the extension's two files share (settings.c builds parsers and reference
 * instants from the datenorm.* settings or from a call's arguments; functions.c is the SQL
 * functions over them). Included after postgres.h.
 */
#ifndef PGDN_H
#define PGDN_H

#include "datatype/timestamp.h"

#include <datenorm.h>

/* A parser and the zone it was built for: one per distinct (locales, order, zone), built
   once and kept for the life of the backend (settings.c holds a few of them). */
typedef struct pgdn_setup pgdn_setup;

/* The setup of the session's settings (datenorm.locales, datenorm.order, datenorm.zone),
   built on first use and again only after one of them changed. ERROR when it cannot be
   built. */
pgdn_setup *pgdn_setup_from_settings(void);

/* The setup of explicit options (an IMMUTABLE call's arguments): zone and locales as
   (bytes, length), NULL for the default; order a dn_order. ERROR when they are bad. */
pgdn_setup *pgdn_setup_from_options(const char *zone, int zone_len, const char *locales,
                                    int locales_len, dn_order order);

const dn_parser *pgdn_parser(const pgdn_setup *s);

/* Whether the setup names a zone (an explicit one: not the default ''), in which a time
   written without an offset is read by datenorm_timestamptz. */
bool pgdn_has_zone(const pgdn_setup *s);

/* The reference of a call: the instant `now` in the setup's zone. ERROR (22008) when `now`
   is infinite or outside the library's years 0000 to 9999 (DN_NOW_MIN..DN_NOW_MAX). */
void pgdn_context(pgdn_setup *s, TimestampTz now, dn_context *ctx);

/* The UTC offset, in minutes east, of the setup's zone at a wall-clock time given as
   seconds since 1970-01-01T00:00 of that wall clock. In a gap (the hour skipped when
   clocks go forward) the offset before the gap; in an overlap the earlier instant. */
int pgdn_offset_at_local(pgdn_setup *s, int64 local_seconds);

/* "auto", "DMY", "MDY", "YMD" (any case; "" = auto) -> a dn_order; ERROR otherwise. */
dn_order pgdn_order_from_text(const char *text, int len);

/* The SQLSTATE of a dn_status: 22023 invalid_parameter_value for a locale, zone or order
   the library cannot read, 22008 datetime_field_overflow for an instant out of its range,
   53200 out_of_memory, 38000 external_routine_exception for ICU. */
int pgdn_sqlstate(int status);

/* Registers the settings (_PG_init). */
void pgdn_define_settings(void);

#endif
