/*
 * format.c: writes a dn_date as ISO 8601 text into the caller's buffer.
 *
 * Forms (README, "Output forms"): YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, then for times
 * THH:MM:SS, a fraction only when the text gave one (with the digits it gave), and an offset
 * only when the text gave one: Z for zero, else +HH:MM / -HH:MM. Years outside 0..9999 use
 * the expanded form with a sign (+10000, -0044). No locale, no allocation.
 */
#include "internal.h"

#include <string.h>

/* Writes v (>= 0) with at least `width` digits, zero-padded; returns the length. printf
   would do, at thirty times the cost: this runs once for every date the CLI prints. */
static int put_num(char *b, long v, int width)
{
    char d[24];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    while (n < width)
        d[n++] = '0';
    for (int i = 0; i < n; i++)
        b[i] = d[n - 1 - i];
    return n;
}

/* "00".."99": two digits at once (every field put2 writes is under 100: dn_format checks
   the ranges first). */
#define DN_ROW(t) t "0" t "1" t "2" t "3" t "4" t "5" t "6" t "7" t "8" t "9"
static const char two_digits[201] = DN_ROW("0") DN_ROW("1") DN_ROW("2") DN_ROW("3") DN_ROW("4")
    DN_ROW("5") DN_ROW("6") DN_ROW("7") DN_ROW("8") DN_ROW("9");
#undef DN_ROW

/* A lead character and v (0..99) in two digits. */
static int put2(char *b, char lead, unsigned v)
{
    b[0] = lead;
    b[1] = two_digits[2 * v];
    b[2] = two_digits[2 * v + 1];
    return 3;
}

static inline __attribute__((always_inline)) int put_year(char *b, int y)
{
    if (y >= 0 && y <= 9999) {
        unsigned hi = (unsigned)y / 100, lo = (unsigned)y % 100;
        b[0] = two_digits[2 * hi];
        b[1] = two_digits[2 * hi + 1];
        b[2] = two_digits[2 * lo];
        b[3] = two_digits[2 * lo + 1];
        return 4;
    }
    /* ISO 8601 expanded years carry a sign */
    b[0] = y < 0 ? '-' : '+';
    return 1 + put_num(b + 1, y < 0 ? -(long)y : y, 4);
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
    /* written straight into buf when it holds the longest text, else into tmp first */
    char spare[DN_FORMAT_MAX + 16];
    char *tmp = cap >= DN_FORMAT_MAX ? buf : spare;
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
        tmp[n++] = '-';
        n += put2(tmp + n, 'W', d->week);
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
            n += put2(tmp + n, '-', month);
        if (want_time || prec >= DN_PREC_DAY)
            n += put2(tmp + n, '-', day);
        if (want_time) {
            n += put2(tmp + n, 'T', d->hour);
            n += put2(tmp + n, ':', d->minute);
            n += put2(tmp + n, ':', d->second);
            if (d->fraction_digits > 0 && d->fraction_digits <= 9) {
                /* the digits as written: 250 ms written ".25" prints ".25" */
                int32_t v = d->nanosecond;
                int digits = d->fraction_digits;
                for (int k = digits; k < 9; k++)
                    v /= 10;
                tmp[n++] = '.';
                n += put_num(tmp + n, v, digits);
            }
            if (d->flags & DN_FLAG_HAS_OFFSET) {
                int off = d->offset_minutes;
                if (off == 0) {
                    tmp[n++] = 'Z';
                } else {
                    char sign = off < 0 ? '-' : '+';
                    if (off < 0)
                        off = -off;
                    n += put2(tmp + n, sign, off / 60);
                    n += put2(tmp + n, ':', off % 60);
                }
            }
        }
    }
    tmp[n] = '\0';
    if ((size_t)n + 1 > cap)
        return DN_ERR_SPACE;
    if (tmp != buf)
        memcpy(buf, tmp, (size_t)n + 1);
    return n;
}
