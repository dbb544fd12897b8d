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

/* ---- feed dates -------------------------------------------------------------------------
 * The dates of mail headers, feeds and HTTP (issue 8: the benchmark's feed lines), when one
 * is all the text holds:
 *   [Sun, ]22 Nov 2015 10:00[:00][ ZONE]   RFC 2822 (RFC 5322): a day of 1 or 2 digits,
 *                                           a four-digit year
 *   Sunday, 22-Nov-15 10:00:00 ZONE         RFC 850 (the two-digit year, the pivot applies)
 *   Sun Nov 22 10:00:00 2015                asctime (the day padded with a space or a 0)
 * ZONE: +HHMM or -HHMM (dnp_offset_bytes' rules), GMT, UT, UTC or Z. The names are the
 * English abbreviations these formats are defined with, in any case. Read from the bytes
 * only where the token path gives the same dn_date (tests/check_iso_paths.c compares the
 * two over the benchmark's lines and variants of them): a parser without hints and with the
 * Gregorian calendar (a hint or a calendar may choose another language or year), a weekday
 * the date falls on, single spaces, a time within 00:00:00..23:59:59. Everything else (zone
 * names such as EST, military letters, a leap second, a wrong weekday, a two-digit year in
 * RFC 2822) is the token path's. The result is the token path's reading of these words:
 * the language of the month and weekday abbreviations (FEED_LOCALE: no hint, and no other
 * language with as many speakers writes them) and the confidence of a month name. */
#define FEED_LOCALE "en"

static inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The three letters at s, in any case, as one of the n names (3 bytes each, lower case)
   of names: 1 .. n, or 0. */
static int name3(const char *s, const char *names, int n)
{
    char a = (char)(s[0] | 0x20), b = (char)(s[1] | 0x20), c = (char)(s[2] | 0x20);
    for (int i = 0; i < n; i++)
        if (names[3 * i] == a && names[3 * i + 1] == b && names[3 * i + 2] == c)
            return i + 1;
    return 0;
}

static const char months3[] = "janfebmaraprmayjunjulaugsepoctnovdec";
static const char wdays3[] = "montuewedthufrisatsun"; /* ISO: 1 = Monday .. 7 = Sunday */
static const char *const wday_rest[] = {"day", "sday", "nesday", "rsday", "day", "urday", "day"};

/* HH:MM at s (5 bytes), then :SS when with_seconds; *k moves past what was read. */
static bool feed_time(const char *s, size_t n, size_t *k, bool with_seconds, dn_date *d)
{
    size_t i = *k;
    if (i + 5 > n || !is_digit(s[i]) || !is_digit(s[i + 1]) || s[i + 2] != ':' ||
        !is_digit(s[i + 3]) || !is_digit(s[i + 4]))
        return false;
    d->hour = digits(s + i, 2), d->minute = digits(s + i + 3, 2);
    i += 5;
    d->precision = DN_PREC_MINUTE;
    if (with_seconds || (i < n && s[i] == ':')) {
        if (i + 3 > n || s[i] != ':' || !is_digit(s[i + 1]) || !is_digit(s[i + 2]))
            return false;
        d->second = digits(s + i + 1, 2);
        i += 3;
        d->precision = DN_PREC_SECOND;
    }
    if (d->hour > 23 || d->minute > 59 || d->second > 59)
        return false;
    *k = i;
    return true;
}

/* " ZONE" from s[k] to the end (or nothing at all when optional). */
static bool feed_zone(const char *s, size_t n, size_t k, bool optional, dn_date *d)
{
    if (k == n)
        return optional;
    if (s[k] != ' ')
        return false;
    const char *z = s + k + 1;
    size_t zn = n - k - 1;
    if (zn == 5 && (z[0] == '+' || z[0] == '-')) {
        if (!is_digit(z[1]) || !is_digit(z[2]) || !is_digit(z[3]) || !is_digit(z[4]) ||
            !dnp_offset_bytes(z, zn, &d->offset_minutes))
            return false;
    } else if (!((zn == 3 && name3(z, "gmtutc", 2)) || (zn == 2 && (z[0] | 0x20) == 'u' &&
                                                          (z[1] | 0x20) == 't') ||
                 (zn == 1 && (z[0] | 0x20) == 'z')))
        return false;
    d->flags |= DN_FLAG_HAS_OFFSET;
    return true;
}

bool dnp_feed_stamp(const env *e, dn_date *out)
{
    if (e->p->nhints != 0 || e->p->calendar != DN_CAL_GREGORIAN)
        return false;
    const char *s = e->text + e->content_start;
    size_t n = e->content_end - e->content_start, k = 0;
    dn_date d;
    memset(&d, 0, sizeof d);
    int wd = 0;
    if (n < 16)
        return false;
    if (!is_digit(s[0])) {
        /* the separators first (most texts that get here are other dates), the names then */
        if (s[3] == ' ') { /* asctime: Sun Nov 22 10:00:00 2015 */
            if (n != 24 || s[7] != ' ' || s[10] != ' ' || s[13] != ':' ||
                !(wd = name3(s, wdays3, 7)) || !(d.month = name3(s + 4, months3, 12)) ||
                !(s[8] == ' ' || is_digit(s[8])) || !is_digit(s[9]))
                return false;
            d.day = s[8] == ' ' ? s[9] - '0' : digits(s + 8, 2);
            k = 11;
            if (!feed_time(s, n, &k, true, &d) || s[k] != ' ' || !is_digit(s[k + 1]) ||
                s[k + 1] == '0' || (d.year = digits(s + k + 1, 4)) < 0)
                return false;
            goto check;
        }
        if (s[3] != ',') { /* RFC 850: the full name */
            if (!(s[6] == ',' || s[7] == ',' || s[8] == ',' || s[9] == ',') ||
                !(wd = name3(s, wdays3, 7)))
                return false;
            const char *rest = wday_rest[wd - 1];
            size_t rn = strlen(rest);
            if (n < 3 + rn + 2)
                return false;
            for (size_t i = 0; i < rn; i++)
                if ((s[3 + i] | 0x20) != rest[i])
                    return false;
            k = 3 + rn;
            if (s[k] != ',' || s[k + 1] != ' ' || k + 2 + 9 + 1 > n)
                return false;
            k += 2;
            /* 22-Nov-15 */
            const char *q = s + k;
            if (!is_digit(q[0]) || !is_digit(q[1]) || q[2] != '-' || q[6] != '-' ||
                !(d.month = name3(q + 3, months3, 12)) || !is_digit(q[7]) || !is_digit(q[8]) ||
                q[9] != ' ')
                return false;
            d.day = digits(q, 2);
            d.year = year_from_digits(e, (uint64_t)digits(q + 7, 2), 2, &d.flags);
            k += 10;
            if (!feed_time(s, n, &k, true, &d) || !feed_zone(s, n, k, false, &d))
                return false;
            goto check;
        }
        if (s[4] != ' ' || !(wd = name3(s, wdays3, 7)))
            return false;
        k = 5;
    }
    /* RFC 2822: 22 Nov 2015 10:00[:00][ ZONE] */
    if (!is_digit(s[k]))
        return false;
    d.day = s[k] - '0';
    k++;
    if (is_digit(s[k]))
        d.day = d.day * 10 + (s[k++] - '0');
    if (k + 10 > n || s[k] != ' ' || s[k + 4] != ' ' || s[k + 9] != ' ' ||
        !is_digit(s[k + 5]) || s[k + 5] == '0' || (d.year = digits(s + k + 5, 4)) < 0 ||
        !(d.month = name3(s + k + 1, months3, 12)))
        return false;
    k += 10;
    if (!feed_time(s, n, &k, false, &d) || !feed_zone(s, n, k, true, &d))
        return false;
check:
    if (!valid_ymd(d.year, d.month, d.day))
        return false;
    d.weekday = dnp_weekday(dnp_days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day));
    if (wd && wd != d.weekday)
        return false; /* the token path says which is wrong */
    memcpy(d.locale, FEED_LOCALE, sizeof FEED_LOCALE);
    d.confidence = DNP_CONF_MONTH_NAME;
    d.start = e->content_start, d.end = e->content_end;
    *out = d;
    return true;
}
