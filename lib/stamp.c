/*
 * stamp.c: whole-text stamps that programs write without ISO 8601's dashes, read from the
 * bytes when they are all the text holds (issue 9):
 *   2012:08:03 18:31:59     EXIF's DateTimeOriginal (YYYY:MM:DD HH:MM:SS)
 *   20140722105203          a compact YYYYMMDDHHMMSS, read as a stamp only when it is the
 *                           whole text and every field is in range (a 14-digit number
 *                           inside running text may be an id: the scan leaves it)
 *   171113 14:14:20         MySQL's YYMMDD HH:MM:SS (two-digit year, the pivot applies)
 * with no offset: these forms carry none. Nothing else: a part out of range makes no stamp
 * (the token path then reads what it can).
 */
#include "engine.h"

#include <string.h>

/* n digits at s as a number, or -1. */
static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* HH:MM:SS at s (8 bytes) into out. */
static bool hms(const char *s, dn_date *out)
{
    int h = digits(s, 2), mi = digits(s + 3, 2), se = digits(s + 6, 2);
    if (s[2] != ':' || s[5] != ':' || h < 0 || mi < 0 || se < 0 || h == 24 ||
        !dnp_clock_valid(h, mi, se, 0))
        return false;
    out->hour = h, out->minute = mi, out->second = se;
    return true;
}

bool dnp_program_stamp(const env *e, dn_date *out)
{
    const char *s = e->text + e->content_start;
    size_t n = e->content_end - e->content_start;
    dn_date d;
    memset(&d, 0, sizeof d);
    if (n == 19 && s[4] == ':' && s[7] == ':' && s[10] == ' ') { /* EXIF */
        d.year = digits(s, 4), d.month = digits(s + 5, 2), d.day = digits(s + 8, 2);
        if (d.year < 0 || d.month < 0 || d.day < 0 || !hms(s + 11, &d))
            return false;
    } else if (n == 14) { /* compact */
        d.year = digits(s, 4), d.month = digits(s + 4, 2), d.day = digits(s + 6, 2);
        char t[8] = { s[8], s[9], ':', s[10], s[11], ':', s[12], s[13] };
        if (d.year < 0 || d.month < 0 || d.day < 0 || !hms(t, &d))
            return false;
    } else if (n == 15 && s[6] == ' ') { /* MySQL */
        int yy = digits(s, 2);
        d.month = digits(s + 2, 2), d.day = digits(s + 4, 2);
        if (yy < 0 || d.month < 0 || d.day < 0 || !hms(s + 7, &d))
            return false;
        d.year = year_from_digits(e, (uint64_t)yy, 2, &d.flags);
    } else
        return false;
    if (!valid_ymd(d.year, d.month, d.day))
        return false;
    d.precision = DN_PREC_SECOND;
    d.weekday = dnp_weekday(dnp_days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day));
    d.confidence = DNP_CONF_PROGRAM_STAMP;
    d.start = e->content_start, d.end = e->content_end;
    *out = d;
    return true;
}
