/*
 * instant.c: the instant a dn_date stands for, as Unix seconds (dn_date_unix). Pure
 * arithmetic on the fields of a caller's dn_date: no parser, no ICU, no zone rules.
 *
 * A date is an instant only when its text gave the UTC offset (DN_FLAG_HAS_OFFSET):
 * "Sun, 22 Nov 2015 10:00:00 +0100" is 1448182800. A date without one ("22 Novembre 2015",
 * "14:30") is a wall-clock reading in no zone, and the caller must say which zone it means
 * (dn_date_unix_at, with the offset the caller chose); the library never guesses one.
 *
 * The instant is the first moment of the date at its precision, as dn_format's datetime
 * style fills it: "2015-11" at +01:00 is 2015-11-01T00:00:00+01:00; an ISO week is its
 * Monday. The nanoseconds of a fraction stay in dn_date.nanosecond: the result is whole
 * seconds, rounded down. A leap second (second 60) is the first second of the next minute,
 * as POSIX time has no leap seconds. Years are proleptic Gregorian and astronomical, as in
 * dn_date, so the whole int range of years is an int64_t of seconds.
 */
#include "internal.h"

/* Day number (days since 1970-01-01) of the first day of d at its precision, or -1 in
   *ok when a field is out of range for that precision. */
static int64_t first_day(const dn_date *d, int *ok)
{
    *ok = 0;
    switch (d->precision) {
    case DN_PREC_YEAR:
        *ok = 1;
        return dnp_days_from_civil(d->year, 1, 1);
    case DN_PREC_MONTH:
        if (d->month < 1 || d->month > 12)
            return 0;
        *ok = 1;
        return dnp_days_from_civil(d->year, (unsigned)d->month, 1);
    case DN_PREC_WEEK: {
        if (d->week < 1 || d->week > 53)
            return 0;
        /* ISO 8601: week 1 is the week with the year's 4 January; weeks start on Monday. */
        int64_t jan4 = dnp_days_from_civil(d->year, 1, 4);
        int64_t monday = jan4 - (dnp_weekday(jan4) - 1) + (int64_t)(d->week - 1) * 7;
        if (d->week == 53) {
            /* only years whose week 53 exists: its Thursday still lies in the year */
            int y, m, dd;
            dnp_civil_from_days(monday + 3, &y, &m, &dd);
            if (y != d->year)
                return 0;
        }
        *ok = 1;
        return monday;
    }
    case DN_PREC_NONE:
        return 0;
    default: /* day and finer */
        if (d->month < 1 || d->month > 12 || d->day < 1 ||
            d->day > dnp_days_in_month(d->year, d->month))
            return 0;
        *ok = 1;
        return dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
    }
}

int dn_date_unix_at(const dn_date *d, int offset_minutes, int64_t *seconds)
{
    if (!d || !seconds)
        return DN_ERR_ARG;
    int off = (d->flags & DN_FLAG_HAS_OFFSET) ? d->offset_minutes : offset_minutes;
    /* dn_format's bounds: an offset within a day, a time of at most 24:00:00 */
    if (off <= -24 * 60 || off >= 24 * 60)
        return DN_ERR_ARG;
    int ok;
    int64_t day = first_day(d, &ok);
    if (!ok)
        return DN_ERR_ARG;
    int64_t secs = day * 86400;
    if (d->precision >= DN_PREC_HOUR) {
        if (d->hour < 0 || d->hour > 24 || d->minute < 0 || d->minute > 59 || d->second < 0 ||
            d->second > 60 || (d->hour == 24 && (d->minute != 0 || d->second != 0)))
            return DN_ERR_ARG;
        secs += (int64_t)d->hour * 3600 + (int64_t)d->minute * 60 + d->second;
    }
    *seconds = secs - (int64_t)off * 60;
    return DN_OK;
}

int dn_date_unix(const dn_date *d, int64_t *seconds)
{
    if (!d || !seconds || !(d->flags & DN_FLAG_HAS_OFFSET))
        return DN_ERR_ARG;
    return dn_date_unix_at(d, 0, seconds);
}
