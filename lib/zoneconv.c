/*
 * zoneconv.c (issue 9): a result seen in another zone (dn_date_to_zone). It reads a caller's
 * dn_date and two zone arguments, as dn_zone_offset reads them ("UTC", "+05:30", "-0800",
 * an IANA id such as "Asia/Kathmandu"), and rewrites the date's fields:
 *   assume: a naive time (no offset) is a wall-clock time in that zone, taking the offset
 *     in force there then ("2021-03-28 12:00" assumed Europe/Paris is +02:00); a time the
 *     zone skips moves forward by the gap, a repeated one is the later reading, both
 *     flagged DN_FLAG_ZONE_GAP (dn_context_from_text's rule);
 *   to: a time with an offset becomes the same instant in that zone, with the offset in
 *     force there at that instant; the date moves when it must ("2015-11-22T23:30:00Z" to
 *     Asia/Kolkata is 2015-11-23T05:00:00+05:30).
 * Only results with a time of day take part: a date, month or week is no instant, and stays
 * as it is. A result at hour precision that lands off the hour ("14:00Z" to +05:30) shows its
 * minutes (minute precision): the instant is the same, only written in full.
 * Zones are ICU's (dn_zone_offset: a calendar per look-up, which ICU allocates and frees);
 * a call with neither zone does nothing, so a caller pays only when it asks.
 */
#include "engine.h"

#include <stdio.h>
#include <string.h>

static void set_error(dn_error *err, int code, const char *message)
{
    if (!err)
        return;
    err->code = code;
    err->offset = 0;
    snprintf(err->message, sizeof err->message, "%s", message);
}

/* The zone id a zone argument names, as given ("Asia/Kolkata", not ICU's canonical
   "Asia/Calcutta"), into out; "" for an offset, UTC, Z or GMT (they name no zone, as a
   text's "+01:00" does not). */
static void zone_name(const char *zone, char *out, size_t cap)
{
    int m;
    size_t n = strlen(zone);
    if (n >= cap || !strcmp(zone, "UTC") || !strcmp(zone, "Z") || !strcmp(zone, "GMT") ||
        dnp_offset_bytes(zone, n, &m))
        n = 0;
    memcpy(out, zone, n);
    out[n] = '\0';
}

/* Writes the instant `at` at offset `off` into d's fields (the fraction stays), moving
   alt_* by as many days as the date moved. A leap second (second 60, which Unix time reads
   as the next minute's first) stays second 60 of its minute. */
static void set_fields(dn_date *d, int64_t at, int off)
{
    bool leap = d->second == 60;
    at -= leap;
    int64_t local = at + (int64_t)off * 60;
    int64_t day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    int64_t secs = local - day * 86400;
    int64_t old_day = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
    int64_t moved = day - old_day;
    if (d->hour == 24)
        moved -= 1; /* 24:00 was already the next day */
    dnp_civil_from_days(day, &d->year, &d->month, &d->day);
    if (moved && (d->alt_year || d->alt_month || d->alt_day)) {
        int64_t alt = dnp_days_from_civil(d->alt_year, (unsigned)d->alt_month,
                                          (unsigned)d->alt_day) + moved;
        dnp_civil_from_days(alt, &d->alt_year, &d->alt_month, &d->alt_day);
    }
    d->hour = (int)(secs / 3600);
    d->minute = (int)(secs / 60 % 60);
    d->second = (int)(secs % 60) + leap;
    d->weekday = dnp_weekday(day);
    d->offset_minutes = off;
    d->flags |= DN_FLAG_HAS_OFFSET;
    if (d->precision == DN_PREC_HOUR && d->minute != 0)
        d->precision = DN_PREC_MINUTE;
}

int dn_date_to_zone(dn_date *d, const char *to_zone, const char *assume_zone, dn_error *err)
{
    if (!d) {
        set_error(err, DN_ERR_ARG, "dn_date_to_zone: d is NULL");
        return DN_ERR_ARG;
    }
    bool to = to_zone && *to_zone, assume = assume_zone && *assume_zone;
    int off, rc;
    /* the arguments are checked whatever the date: a bad zone is an error on every call */
    if ((to && (rc = dn_zone_offset(to_zone, 0, &off, err)) < 0) ||
        (assume && (rc = dn_zone_offset(assume_zone, 0, &off, err)) < 0))
        return rc;
    if (d->precision < DN_PREC_HOUR)
        return 0;
    bool naive = !(d->flags & DN_FLAG_HAS_OFFSET);
    if (naive && !assume)
        return 0;
    if (!naive && !to)
        return 0;
    int64_t at;
    if (naive) {
        if ((rc = dn_date_unix_at(d, 0, &at)) < 0)
            return rc;
        bool gap = false;
        if ((rc = dnp_wall_in_zone(assume_zone, at, &at, &off, &gap, err)) < 0)
            return rc;
        if (gap)
            d->flags |= DN_FLAG_ZONE_GAP;
        set_fields(d, at, off);
        zone_name(assume_zone, d->zone, sizeof d->zone);
        if (!to)
            return 1;
    }
    if ((rc = dn_date_unix(d, &at)) < 0)
        return rc;
    if ((rc = dn_zone_offset(to_zone, at, &off, err)) < 0)
        return rc;
    set_fields(d, at, off);
    zone_name(to_zone, d->zone, sizeof d->zone);
    return 1;
}
