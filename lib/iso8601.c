/*
 * iso8601.c: ISO 8601 and RFC 3339 dates, over items (the scan) and straight from the
 * bytes (the byte reader: whole-text stamps and dn_context_from_iso).
 *
 * Reads:
 *   2015-11-22, 2015-11-22T10:00, 2015-11-22 10:00:00.5+01:00 (RFC 3339), 2015-11-22T10
 *   (the hour alone), 20151122, 20151122T1000Z, 20151122T100000Z (basic), 2015-W47,
 *   2015-W47-7, 2015W47, 2015W477 (week dates), 2015-326 (ordinal), 2015326 (basic ordinal,
 *   the whole text only), 2015-11 (year and month); times and offsets within clock.c's
 *   range rules (2015-11-22T24:00 is 2015-11-23T00:00).
 * Does not read: 2015-11-22-1234 (an id), 2015-16 (a range), 2015-11-5 (no such form),
 * 2015-11-22T25:00 (a time after "T" that breaks the rules: the stamp is no date, not its
 * date alone); times with a zone name; years of other than four digits (+002015).
 */
#include "engine.h"

#include <string.h>

/* The items of a broken time after "T": numbers and the signs of clocks and offsets, each
   touching the one before. Returns the index of the last. */
static int clock_run(const item *it, int n, int j)
{
    while (j + 1 < n && it[j + 1].start == it[j].end &&
           (it[j + 1].type == IT_NUM || it[j + 1].type == IT_GEN ||
            (it[j + 1].type == IT_SEP && (it[j + 1].sep == ':' || it[j + 1].sep == '.' ||
                                          it[j + 1].sep == ',' || it[j + 1].sep == '+' ||
                                          it[j + 1].sep == '-'))))
        j++;
    return j;
}

/* The time after a date that ends before k: "T", one space or a comma and a space, then a
   clock time (14:30:05.5,
   T1430, T143005, T14) and its offset. Returns the index after it, k when there is none, or -1
   when a "T" stands before something that is no time ("2015-11-22T25:00": the stamp is
   broken, no date; c->last is the end of it). In search, blanks that part a table's cells
   (engine.h's dnp_cell_gap: "2026-11-25    14:02     16:11", a flight log's date column,
   then its departure and arrival columns) end the date, as they do for the other readers. */
static int iso_time_tail(const env *e, const item *it, int n, int k, cand *c)
{
    int j = k;
    bool t = false, comma = false;
    if (j < n && it[j].type == IT_GEN && it[j].gen == G_T)
        j++, t = true;
    else if (j < n && is_space(&it[j])) {
        /* (timejoin: unless a heading names the next cell's column a time's, "Dato   Kl.":
           dnp_table_time_cell, the caller's c->first the date's) */
        if (e->search && dnp_cell_gap(e, &it[j]) && !dnp_table_time_cell(e, it, &it[j], c))
            return k;
        j++;
    } else if (j + 1 < n && is_sep(&it[j], ',') && is_space(&it[j + 1]) && it[j].start == it[j - 1].end)
        j += 2, comma = true; /* a forum's "2026-11-19, 22:14" */
    else
        return k;
    if (j < n && it[j].type == IT_NUM && (it[j].ndigits == 4 || it[j].ndigits == 6) && t) {
        /* basic: T1030, T103000 */
        int v = (int)it[j].value, h, mi, s = 0;
        if (it[j].ndigits == 6)
            h = v / 10000, mi = v / 100 % 100, s = v % 100;
        else
            h = v / 100, mi = v % 100;
        if (dnp_clock_valid(h, mi, s, 0)) {
            c->hour = h, c->minute = mi, c->second = s, c->has_time = true;
            c->prec = it[j].ndigits == 6 ? DN_PREC_SECOND : DN_PREC_MINUTE;
            return dnp_read_offset(it, n, j + 1, c);
        }
    } else {
        cand tm = *c;
        int r = dnp_read_time(NULL, it, n, j, &tm, NULL);
        /* after a comma, a time with a minus offset may be a span of hours ("2026-11-19,
           10:00-12:00"): the date alone; after a space too when the "offset" is a later
           clock time than the start, or an earlier one within DNP_OVERNIGHT_SPAN_HOURS (issue
           10, b20: "2026-12-05 23:30-01:00"), and no seconds precede it ("2026-11-19
           10:00-12:00"), while "2026-11-19 10:00-05:00" and "2026-11-19T10:00-12:00" keep
           their offsets */
        if (r >= 0 && tm.has_offset && tm.offset < 0 &&
            (comma || (!t && tm.prec == DN_PREC_MINUTE &&
                       dnp_span_minutes(tm.hour * 60 + tm.minute, -tm.offset))))
            return k;
        if (r >= 0) {
            *c = tm;
            return r;
        }
        /* the hour alone, ISO 8601's reduced precision: 2015-11-22T14 */
        if (t && j < n && it[j].type == IT_NUM && it[j].ndigits == 2 &&
            !(j + 1 < n && it[j + 1].type == IT_SEP && it[j + 1].start == it[j].end &&
              (it[j + 1].sep == ':' || it[j + 1].sep == '.' || it[j + 1].sep == ',')) &&
            dnp_clock_valid((int)it[j].value, 0, 0, 0)) {
            c->hour = (int)it[j].value, c->has_time = true, c->prec = DN_PREC_HOUR;
            return dnp_read_offset(it, n, j + 1, c);
        }
    }
    if (!t)
        return k;
    c->last = clock_run(it, n, k);
    return -1;
}

/* Week w of ISO year y, and weekday wd (1..7) when has_wd: "2015-W47-7" is 2015-11-22. A
   weekday out of range makes no date of the whole. */
static int iso_week(const env *e, int y, int w, int wd, bool has_wd, int first, int last, cand *c)
{
    (void)e;
    int64_t mon1 = dnp_iso_week_monday(y, 1);
    if (w < 1 || w > dnp_iso_weeks(y)) {
        c->last = last;
        return NO_DATE_HERE;
    }
    if (has_wd) {
        if (wd < 1 || wd > 7) {
            c->last = last;
            return NO_DATE_HERE;
        }
        dnp_civil_from_days(mon1 + (int64_t)(w - 1) * 7 + wd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY;
    } else {
        c->year = y, c->week = w, c->prec = DN_PREC_WEEK;
    }
    c->conf = DNP_CONF_ISO_WEEK, c->first = first, c->last = last;
    return last + 1;
}

/* ISO 8601 over items, at a number:
     2015-11-22[(T| )time]        extended calendar date (a time as dnp_read_time reads it)
     20151122[Ttime]              basic calendar date (T1430, T143005, T14:30, T14)
     2015-326[(T| )time], 2015326 ordinal date (the basic one as the whole text only)
     2015-W47[-7], 2015W47[7]     week date, with a weekday or not
     2015-11                      year and month
   Not 2015-11-22-1234 (a longer chain), 2015-11-5, 2015-16 (a range), 2015-11-22T25:00
   (NO_DATE_HERE: a broken stamp). */
int dnp_match_iso(const env *e, const item *it, int n, int i, cand *c)
{
    const item *a = &it[i];
    if (a->type != IT_NUM)
        return -1;
    /* basic 20151122[T...] */
    if (a->ndigits == 8) {
        int y = (int)(a->value / 10000), m = (int)(a->value / 100 % 100), d = (int)(a->value % 100);
        if (y < 1000 || !valid_ymd(y, m, d))
            return -1;
        c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
        int k = i + 1;
        if (k < n && it[k].type == IT_GEN && it[k].gen == G_T) {
            k = iso_time_tail(e, it, n, k, c);
            if (k < 0)
                return NO_DATE_HERE;
        } else if (k < n && (it[k].type == IT_NUM || it[k].type == IT_WORD))
            return -1;
        c->conf = DNP_CONF_ISO_BASIC, c->first = i, c->last = k - 1;
        return k;
    }
    /* basic ordinal date 2015326: seven digits are too common (phone numbers, ids) to take
       anywhere but as the whole text */
    if (a->ndigits == 7 && a->start == e->content_start && a->end == e->content_end) {
        int y = (int)(a->value / 1000), yd = (int)(a->value % 1000);
        int days = dnp_days_in_month(y, 2) == 29 ? 366 : 365;
        if (y < 1000 || yd < 1 || yd > days)
            return -1;
        dnp_civil_from_days(dnp_days_from_civil(y, 1, 1) + yd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY, c->conf = DNP_CONF_ISO_SHORT, c->first = c->last = i;
        return i + 1;
    }
    /* basic week date 2015W47, 2015W477 */
    if (a->ndigits == 4 && i + 2 < n && it[i + 1].type == IT_GEN && it[i + 1].gen == G_W &&
        (it[i + 1].tflags & DNP_TF_ADJ) && it[i + 2].type == IT_NUM &&
        (it[i + 2].tflags & DNP_TF_ADJ) && (it[i + 2].ndigits == 2 || it[i + 2].ndigits == 3)) {
        int w = (int)it[i + 2].value, wd = 0;
        if (it[i + 2].ndigits == 3)
            wd = w % 10, w /= 10;
        return iso_week(e, (int)a->value, w, wd, it[i + 2].ndigits == 3, i, i + 2, c);
    }
    if (a->ndigits != 4 || i + 2 >= n)
        return -1;
    int y = (int)a->value;
    uint32_t s = it[i + 1].type == IT_SEP ? it[i + 1].sep : 0;
    if (s != '-')
        return -1;
    const item *b = &it[i + 2];
    /* week date 2015-W47[-7] */
    if (b->type == IT_GEN && b->gen == G_W && i + 3 < n && it[i + 3].type == IT_NUM &&
        it[i + 3].ndigits == 2) {
        int k = i + 4;
        if (k + 1 < n && is_sep(&it[k], '-') && it[k + 1].type == IT_NUM && it[k + 1].ndigits == 1)
            return iso_week(e, y, (int)it[i + 3].value, (int)it[k + 1].value, true, i, k + 1, c);
        return iso_week(e, y, (int)it[i + 3].value, 0, false, i, i + 3, c);
    }
    if (b->type != IT_NUM)
        return -1;
    /* ordinal date 2015-326 */
    if (b->ndigits == 3) {
        int yd = (int)b->value, days = dnp_days_in_month(y, 2) == 29 ? 366 : 365;
        if (yd < 1 || yd > days || (i + 3 < n && is_sep(&it[i + 3], '-')))
            return -1;
        dnp_civil_from_days(dnp_days_from_civil(y, 1, 1) + yd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY;
        c->first = i;
        int k = iso_time_tail(e, it, n, i + 3, c);
        if (k < 0)
            return NO_DATE_HERE;
        c->conf = DNP_CONF_ISO_BASIC, c->first = i, c->last = k - 1;
        return k;
    }
    if (b->ndigits != 2)
        return -1;
    int m = (int)b->value;
    if (i + 4 < n && is_sep(&it[i + 3], '-') && it[i + 4].type == IT_NUM && it[i + 4].ndigits == 2) {
        int d = (int)it[i + 4].value;
        if (!valid_ymd(y, m, d))
            return -1;
        /* a longer chain of numbers (an id such as 2015-11-22-1234) is not a date */
        if (i + 6 < n && is_sep(&it[i + 5], '-') && it[i + 6].type == IT_NUM)
            return -1;
        c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
        c->first = i;
        int k = iso_time_tail(e, it, n, i + 5, c);
        if (k < 0)
            return NO_DATE_HERE;
        /* a filler before the time, as the other readers take it: "2015-11-22 at 14:30",
           "2015-11-22 kl. 4:30" (clock.c's dnp_time_after); zoneline: a zone's abbreviation
           before it, "2026-12-10 EST 20:45", "2026-12-10, EST 20:45" */
        int z = k + 1 < n && is_sep(&it[k], ',') && it[k].start == it[k - 1].end ? k + 1 : k;
        if (k == i + 5 && z + 1 < n && is_space(&it[z]) &&
            ((z == k && has_kind(&it[z + 1], DNP_K_FILLER)) ||
             dnp_zone_before(&it[z + 1]))) {
            int r = dnp_time_after(e, it, n, z, c);
            k = r > 0 ? r : k;
        }
        c->conf = DNP_CONF_ISO_DATE, c->first = i, c->last = k - 1;
        return k;
    }
    /* year and month: 2015-11 (not 2015-11-5, not a range 2015-16 (two digits > 12)) */
    if (m < 1 || m > 12 || (i + 3 < n && (is_sep(&it[i + 3], '-') || it[i + 3].type == IT_NUM)))
        return -1;
    c->year = y, c->month = m, c->prec = DN_PREC_MONTH;
    c->conf = DNP_CONF_ISO_SHORT, c->first = i, c->last = i + 2;
    return i + 3;
}

/* ---- the byte reader --------------------------------------------------------------------
 * A stamp that is a whole text, read straight from its bytes: dn_parse's commonest input
 * ("2024-01-07T15:20:53.688Z", "2015-11-22", "2015-11", dnp_iso_fast) and the reference
 * instant (dn_context_from_iso). It reads
 *   YYYY-MM
 *   YYYY-MM-DD
 *   YYYY-MM-DD(T|t| )HH:MM[:SS[(.|,)F]][Z|z|+HH|+HHMM|+HH:MM|-HH|-HHMM|-HH:MM]
 * with F of 1 to 18 digits (nanoseconds kept, as the token path keeps them), times and
 * offsets within clock.c's range rules, and nothing else: anything around the stamp, and
 * every other form (basic, week and ordinal dates, zone names), is the token path's. For
 * what it takes, it gives what the token path (dnp_match_iso, dnp_read_time,
 * dnp_read_offset) gives: tests/check_iso_paths.c compares the two over a generated corpus. */
bool dnp_iso_stamp(const char *s, size_t n, dn_date *out, size_t *stop)
{
    size_t k = 0;
    int y, y2, mo, d = 0, h = 0, mi = 0, se = 0, ns = 0;
    if (n < 7 || !dnp_two_digits(s, &y2) || !dnp_two_digits(s + 2, &y) || s[4] != '-' ||
        !dnp_two_digits(s + 5, &mo) || mo < 1 || mo > 12)
        goto bad;
    y += y2 * 100;
    if (n == 7) {
        memset(out, 0, sizeof *out);
        out->year = y, out->month = mo, out->precision = DN_PREC_MONTH;
        return true;
    }
    k = 7;
    if (n < 10 || s[7] != '-' || !dnp_two_digits(s + 8, &d) || !valid_ymd(y, mo, d))
        goto bad;
    memset(out, 0, sizeof *out);
    out->year = y, out->month = mo, out->day = d, out->precision = DN_PREC_DAY;
    k = 10;
    if (k == n)
        return true;
    if (!(s[k] == 'T' || s[k] == 't' || s[k] == ' ') || k + 6 > n || !dnp_two_digits(s + k + 1, &h) ||
        s[k + 3] != ':' || !dnp_two_digits(s + k + 4, &mi))
        goto bad;
    k += 6;
    out->precision = DN_PREC_MINUTE;
    if (k < n && s[k] == ':') {
        if (k + 3 > n || !dnp_two_digits(s + k + 1, &se))
            goto bad;
        k += 3;
        out->precision = DN_PREC_SECOND;
        if (k < n && (s[k] == '.' || s[k] == ',')) {
            size_t f = k + 1, end = f;
            while (end < n && s[end] >= '0' && s[end] <= '9')
                end++;
            size_t nd = end - f;
            if (nd == 0 || nd > 18)
                goto bad;
            int64_t v = 0;
            for (size_t q = 0; q < nd && q < 9; q++)
                v = v * 10 + (s[f + q] - '0');
            for (size_t q = nd; q < 9; q++)
                v *= 10;
            ns = (int)v;
            out->nanosecond = ns;
            out->fraction_digits = nd > 9 ? 9 : (int)nd;
            out->precision = DN_PREC_FRACTION;
            k = end;
        }
    }
    if (!dnp_clock_valid(h, mi, se, ns))
        goto bad;
    out->hour = h, out->minute = mi, out->second = se;
    if (k < n) {
        if (k + 1 == n && (s[k] == 'Z' || s[k] == 'z'))
            out->flags |= DN_FLAG_HAS_OFFSET;
        else if (dnp_offset_bytes(s + k, n - k, &out->offset_minutes) &&
                 !(s[10] == ' ' && out->precision == DN_PREC_MINUTE &&
                   dnp_span_minutes(h * 60 + mi, -out->offset_minutes)))
            out->flags |= DN_FLAG_HAS_OFFSET;
        else
            goto bad; /* "2026-11-19 10:00-12:00", a span of hours, is the token path's */
    }
    return true;
bad:
    if (stop)
        *stop = k;
    return false;
}

bool dnp_iso_fast(const env *e, dn_date *out)
{
    if (!dnp_iso_stamp(e->text + e->content_start, e->content_end - e->content_start, out, NULL))
        return false;
    /* the confidences dnp_match_iso gives */
    if (out->precision == DN_PREC_MONTH)
        out->confidence = DNP_CONF_ISO_SHORT;
    else {
        out->confidence = DNP_CONF_ISO_DATE;
        out->weekday =
            dnp_weekday(dnp_days_from_civil(out->year, (unsigned)out->month, (unsigned)out->day));
        dnp_end_of_day(out);
    }
    out->start = e->content_start, out->end = e->content_end;
    return true;
}
