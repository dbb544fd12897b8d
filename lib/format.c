/*
 * format.c: writes a dn_date as ISO 8601 text into the caller's buffer.
 *
 * Forms (DESIGN.md, "Output forms"): YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, then for times
 * THH:MM:SS, a fraction only when the text gave one (with the digits it gave), and an offset
 * only when the text gave one: Z for zero, else +HH:MM / -HH:MM. Years outside 0..9999 use
 * the expanded form with a sign (+10000, -0044). No locale, no allocation.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static int put_year(char *b, int y)
{
    if (y >= 0 && y <= 9999)
        return sprintf(b, "%04d", y);
    return sprintf(b, "%+05d", y);
}

int dn_format(const dn_date *d, dn_style style, char *buf, size_t cap)
{
    if (!d || !buf)
        return DN_ERR_ARG;
    /* A dn_date may be built by the caller. Fields out of their ranges mean nothing in
       ISO 8601, and printed they could overrun tmp (an int minute is up to 11 characters):
       refuse them. Within these ranges the longest text is 42 bytes ("-2147483648-12-31T
       24:59:60.999999999+23:59"), under DN_FORMAT_MAX. (Found by fuzz/fuzz_parse.) */
    if (d->precision < DN_PREC_NONE || d->precision > DN_PREC_FRACTION || d->month < 0 ||
        d->month > 12 || d->day < 0 || d->day > 31 || d->week < 0 || d->week > 53 ||
        d->hour < 0 || d->hour > 24 || d->minute < 0 || d->minute > 59 || d->second < 0 ||
        d->second > 60 || d->nanosecond < 0 || d->nanosecond > 999999999 ||
        d->offset_minutes <= -24 * 60 || d->offset_minutes >= 24 * 60)
        return DN_ERR_ARG;
    char tmp[DN_FORMAT_MAX + 16];
    int n = 0;
    dn_precision prec = d->precision;
    if (prec == DN_PREC_NONE) {
        if (cap < 1)
            return DN_ERR_SPACE;
        buf[0] = '\0';
        return 0;
    }
    bool want_time = false;
    if (style == DN_STYLE_DATETIME)
        want_time = true;
    else if (style == DN_STYLE_AUTO)
        want_time = prec >= DN_PREC_HOUR;

    if (prec == DN_PREC_WEEK && !want_time) {
        n = put_year(tmp, d->year);
        n += sprintf(tmp + n, "-W%02d", d->week);
    } else {
        int month = d->month ? d->month : 1, day = d->day ? d->day : 1;
        if (prec == DN_PREC_WEEK) {
            /* a week as a datetime is its Monday: ISO week 1 holds the year's first
               Thursday, so it starts on the Monday on or before 4 January */
            int64_t jan4 = dnp_days_from_civil(d->year, 1, 4);
            int64_t monday = jan4 - (dnp_weekday(jan4) - 1) + (int64_t)(d->week - 1) * 7;
            int y;
            dnp_civil_from_days(monday, &y, &month, &day);
            n = put_year(tmp, y);
        } else
            n = put_year(tmp, d->year);
        if (want_time || prec >= DN_PREC_MONTH)
            n += sprintf(tmp + n, "-%02d", month);
        if (want_time || prec >= DN_PREC_DAY)
            n += sprintf(tmp + n, "-%02d", day);
        if (want_time) {
            n += sprintf(tmp + n, "T%02d:%02d:%02d", d->hour, d->minute, d->second);
            if (d->fraction_digits > 0 && d->fraction_digits <= 9) {
                /* the digits as written: 250 ms written ".25" prints ".25" */
                int32_t v = d->nanosecond;
                int digits = d->fraction_digits;
                for (int k = digits; k < 9; k++)
                    v /= 10;
                n += sprintf(tmp + n, ".%0*d", digits, (int)v);
            }
            if (d->flags & DN_FLAG_HAS_OFFSET) {
                int off = d->offset_minutes;
                if (off == 0) {
                    tmp[n++] = 'Z';
                    tmp[n] = '\0';
                } else {
                    char sign = off < 0 ? '-' : '+';
                    if (off < 0)
                        off = -off;
                    n += sprintf(tmp + n, "%c%02d:%02d", sign, off / 60, off % 60);
                }
            }
        }
    }
    if ((size_t)n + 1 > cap)
        return DN_ERR_SPACE;
    memcpy(buf, tmp, (size_t)n + 1);
    return n;
}
