/*
 * calconv.c: conversion of dates of other calendars to the proleptic Gregorian calendar
 * (issue 11), with the tables lexgen read from ICU (tools/lexgen/calendars.c: each era's year
 * arithmetic, each year's first day and month lengths): no ICU call, no allocation. And the
 * re-reading of Gregorian readings whose year only the context's calendar fits:
 *   22 พฤศจิกายน 2558 (a Thai month: the Buddhist era, read by monthname.c's hook),
 *   22/11/58 and 29/2/2567 under a Thai hint (numeric.c's hook), ۱۳۹۴/۹/۱ under a Persian
 *   hint, and with no context a Buddhist-era year kept as written, flagged
 *   DN_FLAG_CALENDAR_AMBIGUOUS with the Buddhist reading in alt_*.
 * A month or a year of a calendar whose months are not the Gregorian ones gives the
 * Gregorian month or year that holds it whole (آذر ۱۳۹۴: 2015), else no date (دی ۱۴۰۲).
 * Not here: reading calendar words in text (calendar.c).
 */
#include "engine.h"

#include <string.h>

/* ---- conversion ---------------------------------------------------------------------------- */

static const dnp_cal_span *span_of(int cal)
{
    if (cal == DN_CAL_ISLAMIC_RGSA)
        cal = DN_CAL_ISLAMIC; /* ICU has no tables of its own for it */
    for (int i = 0; i < dnp_ncal_spans; i++)
        if (dnp_cal_spans[i].cal == cal)
            return &dnp_cal_spans[i];
    return NULL;
}

/* The Gregorian year of year y of era table entry `era` (a calendar with Gregorian months). */
static int era_year(const dnp_cal_era *er, int y)
{
    return er->dir ? er->first_year + y - 1 : er->first_year - (y - 1);
}

/* The era a year without an era word is counted in: the one in use on 2000-01-01 (the
   Buddhist era, Minguo); -1 for the Japanese calendar, whose years need their era. */
static int default_era(int cal)
{
    if (cal == DN_CAL_JAPANESE)
        return -1;
    int found = -1;
    for (int i = 0; i < dnp_ncal_eras; i++)
        if (dnp_cal_eras[i].cal == cal && (found < 0 || dnp_cal_eras[i].start_days != INT32_MIN ||
                                            dnp_cal_eras[found].start_days == INT32_MIN))
            found = i;
    return found;
}

/* The first and last day (days since 1970-01-01) of year y, month m (0 = the whole year),
   day d (0 = the whole month) of calendar cal counted in era `era` (-1: the default). */
static bool cal_range(int cal, int era, int y, int m, int d, int64_t *first, int64_t *last)
{
    if (dnp_cal_family(cal) == DN_CAL_GREGORIAN) {
        if (era < 0)
            era = default_era(cal);
        if (era < 0 || dnp_cal_eras[era].cal != cal || y < 1 || m < 0 || m > 12)
            return false;
        int gy = era_year(&dnp_cal_eras[era], y);
        if (gy < DNP_CAL_PLAUSIBLE_MIN - 200 || gy > DNP_CAL_PLAUSIBLE_MAX + 200)
            return false;
        if (d && !valid_ymd(gy, m, d))
            return false;
        *first = dnp_days_from_civil(gy, m ? (unsigned)m : 1u, d ? (unsigned)d : 1u);
        *last = d ? *first
                  : dnp_days_from_civil(gy, m ? (unsigned)m : 12u,
                                        (unsigned)dnp_days_in_month(gy, m ? m : 12));
        /* an era's days start on its first day (平成 on 1989-01-08) */
        int32_t start = dnp_cal_eras[era].start_days;
        if (start != INT32_MIN && *last < start)
            return false;
        if (start != INT32_MIN && *first < start)
            *first = start;
        return true;
    }
    const dnp_cal_span *sp = span_of(cal);
    if (!sp || y < sp->first_year || y >= sp->first_year + (int)sp->nyears || m < 0 || m > 13)
        return false;
    const dnp_cal_year *yr = &dnp_cal_years[sp->index + (uint32_t)(y - sp->first_year)];
    int64_t start = yr->start;
    if (m == 0) {
        int total = 0;
        for (int k = 0; k < 13; k++)
            total += yr->len[k];
        *first = start, *last = start + total - 1;
        return total > 0;
    }
    for (int k = 0; k < m - 1; k++)
        start += yr->len[k];
    int len = yr->len[m - 1];
    if (len == 0 || d > len || d < 0)
        return false;
    *first = d ? start + d - 1 : start;
    *last = d ? *first : start + len - 1;
    return true;
}

/* issue 10: the year of calendar cal (of months of its own) that holds day `days` (since
   1970-01-01), or 0 outside its tables. */
int dnp_cal_year_of(int cal, int64_t days)
{
    const dnp_cal_span *sp = span_of(cal);
    if (!sp || !sp->nyears || days < dnp_cal_years[sp->index].start)
        return 0;
    uint32_t lo = 0, hi = sp->nyears; /* the last year whose first day is <= days */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (dnp_cal_years[sp->index + mid].start <= days)
            lo = mid;
        else
            hi = mid;
    }
    return hi == sp->nyears && lo + 1 == sp->nyears ? 0 : sp->first_year + (int)lo;
}

/* rest36: the month and day of calendar cal (of months of its own) of day `days`, with its
   year: false outside its tables. */
bool dnp_cal_date_of(int cal, int64_t days, int *y, int *m, int *d)
{
    int year = dnp_cal_year_of(cal, days);
    const dnp_cal_span *sp = span_of(cal);
    if (!year || !sp)
        return false;
    const dnp_cal_year *yr = &dnp_cal_years[sp->index + (uint32_t)(year - sp->first_year)];
    int64_t at = yr->start;
    for (int k = 0; k < 13; k++) {
        if (days < at + yr->len[k]) {
            *y = year, *m = k + 1, *d = (int)(days - at) + 1;
            return true;
        }
        at += yr->len[k];
    }
    return false;
}

int dnp_cal_convert(int cal, int era, int y, int m, int d, cand *c)
{
    int64_t first, last;
    if (!cal_range(cal, era, y, m, d, &first, &last))
        return DNP_CV_NONE;
    int y1, m1, d1, y2, m2, d2;
    dnp_civil_from_days(first, &y1, &m1, &d1);
    dnp_civil_from_days(last, &y2, &m2, &d2);
    if (y1 < DNP_CAL_PLAUSIBLE_MIN - 200 || y2 > DNP_CAL_PLAUSIBLE_MAX + 200)
        return DNP_CV_NONE;
    c->year = y1, c->month = m1, c->day = d1;
    if (d)
        c->prec = DN_PREC_DAY;
    else if (y1 == y2 && m1 == m2)
        c->prec = DN_PREC_MONTH, c->day = 0;
    else if (y1 == y2)
        c->prec = DN_PREC_YEAR, c->month = 0, c->day = 0;
    else
        return DNP_CV_NO_CONTAINER; /* the date exists; no Gregorian month or year holds it */
    c->calendar = cal;
    return DNP_CV_OK;
}

int dnp_cal_hijri_variant(const env *e)
{
    return dnp_cal_family(e->p->calendar) == DN_CAL_ISLAMIC ? e->p->calendar
                                                            : DN_CAL_ISLAMIC_UMALQURA;
}

int dnp_lang_calendar(int lang)
{
    if (lang < 0 || lang >= dnp_nlangs)
        return 0;
    int li = dnp_locale_find(dnp_langs[lang].code);
    return li >= 0 ? dnp_locales[li].calendar : 0;
}

/* ---- a Gregorian reading in a calendar's context ---------------------------------------- */

int dnp_calendar_window_year(const env *e, const item *mw, int year, bool two_digit, int *cal)
{
    bool buddhist = e->p->calendar == DN_CAL_BUDDHIST;
    for (uint32_t q = 0; q < mw->nm && !buddhist && !e->p->calendar; q++)
        buddhist = mw->m[q].kind == DNP_K_MONTH &&
                   dnp_langset_has(&e->p->buddhist_langs, (unsigned)mw->m[q].lang);
    if (!buddhist)
        return year;
    cand b;
    memset(&b, 0, sizeof b);
    /* a two-digit year with a Thai month is the Buddhist year whose Gregorian one falls in
       the window of two-digit years (the pivot's): "1 ธ.ค. 69" is 2569 BE, 2026 */
    int y = two_digit ? 2500 + year % 100 : year;
    if (dnp_cal_convert(DN_CAL_BUDDHIST, -1, y, 0, 0, &b) != DNP_CV_OK)
        return year;
    int shift = !two_digit                        ? 0
                : b.year >= 2000 + e->p->pivot    ? -100
                : b.year < 1900 + e->p->pivot     ? 100
                                                  : 0;
    if (shift && dnp_cal_convert(DN_CAL_BUDDHIST, -1, y + shift, 0, 0, &b) != DNP_CV_OK)
        return year;
    if (!dnp_cal_plausible(b.year))
        return year;
    *cal = DN_CAL_BUDDHIST;
    return b.year;
}


bool dnp_calendar_reread(const env *e, cand *c, int digit_cal)
{
    int ctx = e->p->calendar ? e->p->calendar : digit_cal ? digit_cal : dnp_lang_calendar(c->lang);
    int m = c->prec >= DN_PREC_MONTH ? c->month : 0, d = c->prec >= DN_PREC_DAY ? c->day : 0;
    if (c->prec == DN_PREC_WEEK)
        return true;
    if (ctx == DN_CAL_BUDDHIST || (ctx == 0 && c->year > DNP_CAL_PLAUSIBLE_MAX)) {
        /* a two-digit year under a Buddhist context is of the 2500s (22/11/58) */
        int y = (c->flags & DN_FLAG_TWO_DIGIT_YEAR) && ctx ? 2500 + c->year % 100 : c->year;
        cand b = *c;
        if (dnp_cal_convert(DN_CAL_BUDDHIST, -1, y, m, d, &b) != DNP_CV_OK || !dnp_cal_plausible(b.year))
            return true;
        if (ctx == DN_CAL_BUDDHIST && (!dnp_cal_plausible(c->year) || (c->flags & DN_FLAG_TWO_DIGIT_YEAR))) {
            b.flags &= ~DN_FLAG_TWO_DIGIT_YEAR;
            b.conf = c->conf < DNP_CONF_CALENDAR_CONTEXT ? c->conf : DNP_CONF_CALENDAR_CONTEXT;
            *c = b;
        } else if (ctx == 0 && !(c->flags & DN_FLAG_AMBIGUOUS)) {
            /* no context: as written, the Buddhist reading beside it */
            c->flags |= DN_FLAG_CALENDAR_AMBIGUOUS;
            c->alt_y = b.year, c->alt_m = b.month, c->alt_d = b.day;
        }
        return true;
    }
    /* the ROC calendar of the option or a hint (Gregorian months, its own years): a year no
       Gregorian reading believes is its year ("115年12月1日" under --calendar roc) */
    if (ctx == DN_CAL_ROC && !dnp_cal_plausible(c->year) && !(c->flags & DN_FLAG_TWO_DIGIT_YEAR)) {
        cand b = *c;
        if (dnp_cal_convert(ctx, -1, c->year, m, d, &b) == DNP_CV_OK && dnp_cal_plausible(b.year)) {
            if (d && c->prec > DN_PREC_DAY)
                b.prec = c->prec;
            b.conf = c->conf < DNP_CONF_CALENDAR_CONTEXT ? c->conf : DNP_CONF_CALENDAR_CONTEXT;
            *c = b;
        }
        return true;
    }
    /* a calendar with months of its own, from the hint or the option: a year no Gregorian
       reading believes (1394 under a Persian hint) */
    if (ctx && dnp_cal_family(ctx) != DN_CAL_GREGORIAN && !dnp_cal_plausible(c->year) &&
        !(c->flags & DN_FLAG_TWO_DIGIT_YEAR)) {
        if (dnp_cal_family(ctx) == DN_CAL_ISLAMIC)
            ctx = dnp_cal_hijri_variant(e);
        cand b = *c;
        int cv = dnp_cal_convert(ctx, -1, c->year, m, d, &b);
        if (cv == DNP_CV_NO_CONTAINER)
            return false; /* ۱۳۹۴ alone under a Persian hint: no Gregorian year holds it */
        if (cv == DNP_CV_OK && dnp_cal_plausible(b.year)) {
            if (d && c->prec > DN_PREC_DAY)
                b.prec = c->prec; /* the time read with the day ("۱۴۰۵-۰۹-۱۲ ۱۴:۳۰") */
            b.conf = c->conf < DNP_CONF_CALENDAR_CONTEXT ? c->conf : DNP_CONF_CALENDAR_CONTEXT;
            b.flags &= ~(DN_FLAG_AMBIGUOUS | DN_FLAG_ORDER_PROVED);
            b.alt_y = b.alt_m = b.alt_d = 0;
            *c = b;
        }
    }
    return true;
}

int dnp_roc_year(int year)
{
    cand b;
    memset(&b, 0, sizeof b);
    if (year < 100 || year > 999 || dnp_cal_convert(DN_CAL_ROC, -1, year, 0, 0, &b) != DNP_CV_OK ||
        !dnp_cal_plausible(b.year))
        return 0;
    return b.year;
}

int dnp_buddhist_year(int year)
{
    cand b;
    memset(&b, 0, sizeof b);
    if (dnp_cal_plausible(year) || dnp_cal_convert(DN_CAL_BUDDHIST, -1, year, 0, 0, &b) != DNP_CV_OK ||
        !dnp_cal_plausible(b.year))
        return 0;
    return b.year;
}

int dnp_calendar_numeric_year(const env *e, int year, bool two_digit, int *cal)
{
    if (e->p->calendar != DN_CAL_BUDDHIST)
        return year;
    int y = two_digit ? 2500 + year % 100 : year;
    cand b;
    memset(&b, 0, sizeof b);
    if ((!two_digit && dnp_cal_plausible(year)) || dnp_cal_convert(DN_CAL_BUDDHIST, -1, y, 0, 0, &b) != DNP_CV_OK ||
        !dnp_cal_plausible(b.year))
        return year;
    *cal = DN_CAL_BUDDHIST;
    return b.year;
}
