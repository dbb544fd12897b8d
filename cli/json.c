/*
 * JSON writer for --json: escapes any byte string into a valid JSON string and prints a
 * dn_date's fields under fixed names (the names are part of the documented output; see
 * json.h and datenorm(1)); the names of precisions, flags and orders are the library's
 * (dn_precision_name, dn_flag_name, dn_order_name), as pg/ and python/ print them. No
 * allocation, no JSON parsing, no knowledge of modes.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>

#include "json.h"

/* Bytes that go into a JSON string as they are: printable ASCII except '"' and '\'. The
   fast path copies runs of them in one memcpy. */
static inline bool plain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Length of the valid UTF-8 sequence at s[0..n) (2..4), or, when it is invalid, minus the
   length of its maximal subpart (the bytes to replace with one U+FFFD: at least 1). */
static int utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    int len;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; /* no overlong forms */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else
        return -1;
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n)
            return -i;
        unsigned char b = s[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return -i;
    }
    return len;
}

void cli_json_string(cli_out *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    cli_out_char(o, '"');
    while (i < n) {
        size_t j = i;
        while (j < n && plain(u[j]))
            j++;
        if (j > i) {
            cli_out_bytes(o, s + i, j - i);
            i = j;
            if (i == n)
                break;
        }
        unsigned char c = u[i];
        if (c >= 0x80) {
            int k = utf8_seq(u + i, n - i);
            if (k > 0) {
                cli_out_bytes(o, s + i, (size_t)k);
                i += (size_t)k;
            } else {
                cli_out_bytes(o, "\xEF\xBF\xBD", 3);
                i += (size_t)-k;
            }
            continue;
        }
        char esc[6] = {'\\', 0, 0, 0, 0, 0};
        size_t elen = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default: /* the other control characters, NUL included */
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        cli_out_bytes(o, esc, elen);
        i++;
    }
    cli_out_char(o, '"');
}

static void key(cli_out *o, const char *name)
{
    cli_out_char(o, ',');
    cli_out_char(o, '"');
    cli_out_str(o, name);
    cli_out_bytes(o, "\":", 2);
}

/* A library name ("day", "DMY") as a JSON string, or null. The names are ASCII words. */
static void name_or_null(cli_out *o, const char *name)
{
    if (!name) {
        cli_out_bytes(o, "null", 4);
        return;
    }
    cli_out_char(o, '"');
    cli_out_str(o, name);
    cli_out_char(o, '"');
}

/* "name":v when given, "name":null otherwise. */
static void int_field(cli_out *o, const char *name, bool given, long long v)
{
    key(o, name);
    if (given)
        cli_out_long(o, v);
    else
        cli_out_bytes(o, "null", 4);
}

static void iso_string(cli_out *o, const dn_date *d, dn_style style)
{
    char buf[DN_FORMAT_MAX];
    int k = dn_format(d, style, buf, sizeof buf);
    if (k > 0)
        cli_json_string(o, buf, (size_t)k);
    else
        cli_out_bytes(o, "null", 4);
}

void cli_json_result(cli_out *o, const dn_date *d, bool found, dn_style style, size_t base)
{
    key(o, "found");
    cli_out_str(o, found ? "true" : "false");
    key(o, "iso");
    if (found)
        iso_string(o, d, style);
    else
        cli_out_bytes(o, "null", 4);

    dn_precision p = found ? d->precision : DN_PREC_NONE;
    int_field(o, "year", found, d->year);
    int_field(o, "month", found && d->month > 0, d->month);
    int_field(o, "day", found && d->day > 0, d->day);
    int_field(o, "week", found && p == DN_PREC_WEEK, d->week);
    int_field(o, "weekday", found && d->weekday > 0, d->weekday);
    int_field(o, "hour", found && p >= DN_PREC_HOUR, d->hour);
    int_field(o, "minute", found && p >= DN_PREC_MINUTE, d->minute);
    int_field(o, "second", found && p >= DN_PREC_SECOND, d->second);
    int_field(o, "nanosecond", found && p >= DN_PREC_FRACTION, d->nanosecond);
    int_field(o, "fraction_digits", found && p >= DN_PREC_FRACTION, d->fraction_digits);
    int_field(o, "offset", found && (d->flags & DN_FLAG_HAS_OFFSET), d->offset_minutes);

    key(o, "precision");
    name_or_null(o, found ? dn_precision_name(p) : NULL);

    key(o, "locale");
    if (found)
        cli_json_string(o, d->locale, strnlen(d->locale, sizeof d->locale));
    else
        cli_out_bytes(o, "null", 4);

    key(o, "confidence");
    if (found && isfinite(d->confidence)) {
        char num[32];
        int k = snprintf(num, sizeof num, "%.3g", (double)d->confidence);
        cli_out_bytes(o, num, (size_t)k);
    } else
        cli_out_bytes(o, "null", 4);

    int_field(o, "start", found, (long long)(base + d->start));
    int_field(o, "end", found, (long long)(base + d->end));

    key(o, "flags");
    cli_out_char(o, '[');
    bool first = true;
    for (unsigned bit = 1; found && bit; bit <<= 1) {
        const char *name = (d->flags & bit) ? dn_flag_name(bit) : NULL;
        if (!name)
            continue;
        if (!first)
            cli_out_char(o, ',');
        first = false;
        cli_out_char(o, '"');
        cli_out_str(o, name);
        cli_out_char(o, '"');
    }
    cli_out_char(o, ']');

    key(o, "alt");
    if (found && (d->flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_CALENDAR_AMBIGUOUS))) {
        /* The other reading, printed in the same style as the main one. */
        dn_date alt = *d;
        alt.year = d->alt_year;
        alt.month = d->alt_month;
        alt.day = d->alt_day;
        alt.flags &= ~(DN_FLAG_AMBIGUOUS | DN_FLAG_CALENDAR_AMBIGUOUS);
        cli_out_str(o, "{\"year\":");
        cli_out_long(o, d->alt_year);
        cli_out_str(o, ",\"month\":");
        cli_out_long(o, d->alt_month);
        cli_out_str(o, ",\"day\":");
        cli_out_long(o, d->alt_day);
        cli_out_str(o, ",\"iso\":");
        iso_string(o, &alt, style);
        cli_out_char(o, '}');
    } else
        cli_out_bytes(o, "null", 4);

    /* The order an all-numeric date was read in, and whether its values proved it; both
       null for any other result (month names, ISO 8601, relative dates...). */
    const char *order = found ? dn_order_name(DN_DATE_ORDER(d)) : NULL;
    key(o, "order");
    name_or_null(o, order);
    key(o, "order_proved");
    if (order)
        cli_out_str(o, (d->flags & DN_FLAG_ORDER_PROVED) ? "true" : "false");
    else
        cli_out_bytes(o, "null", 4);

    /* issue 11: the calendar the text was written in */
    key(o, "calendar");
    if (found && dn_calendar_name(d->calendar)) {
        cli_out_char(o, '"');
        cli_out_str(o, dn_calendar_name(d->calendar));
        cli_out_char(o, '"');
    } else
        cli_out_bytes(o, "null", 4);

    /* issue 9: the zone the text named, as an IANA id (ASCII: no escaping needed) */
    key(o, "zone");
    if (found && d->zone[0]) {
        cli_out_char(o, '"');
        cli_out_str(o, d->zone);
        cli_out_char(o, '"');
    } else
        cli_out_bytes(o, "null", 4);
}
