/*
 * date.c: datenorm.Date, one result of the library (a dn_date) as Python sees it.
 *
 * A Date is immutable and holds the dn_date as the library filled it, the span in
 * characters of the str it came from, and that str (for Date.text). Its attributes follow
 * the CLI's --json: a field the text did not give is None ("November 2015": day None),
 * precision and flags are names ("day"; Flag.AMBIGUOUS), locale is "" for
 * language-neutral forms (ISO 8601, numeric dates), confidence has three digits, offset is
 * in minutes east of UTC and None when the text gave none. Conversions: iso / format(style)
 * (dn_format), to_datetime() and to_date() (aware only when there is an offset; fields
 * finer than the precision are the first of their period: "2015-11" -> 2015-11-01 00:00,
 * an ISO week -> its Monday), timestamp() (dn_date_unix). Dates compare equal when every
 * field and the span are equal; they pickle (Dask and multiprocessing ship results).
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "binding.h"

#include <datetime.h> /* after Python.h */

const char *dnpy_precision_name(dn_precision p)
{
    const char *name = dn_precision_name(p);
    return name ? name : "none";
}

PyObject *dnpy_flag_type;

typedef struct {
    PyObject_HEAD
    dn_date d;
    Py_ssize_t start, end; /* characters */
    PyObject *text;        /* the str searched, or NULL */
} dnpy_date;

static int datetime_ready(void)
{
    if (!PyDateTimeAPI)
        PyDateTime_IMPORT;
    return PyDateTimeAPI ? 0 : -1;
}

PyObject *dnpy_date_new(const dn_date *d, Py_ssize_t start, Py_ssize_t end, PyObject *text)
{
    dnpy_date *self = PyObject_New(dnpy_date, &dnpy_date_type);
    if (!self)
        return NULL;
    self->d = *d;
    self->start = start;
    self->end = end;
    self->text = text;
    Py_XINCREF(text);
    return (PyObject *)self;
}

static void date_dealloc(dnpy_date *self)
{
    Py_XDECREF(self->text);
    PyObject_Free(self);
}

/* ---- attributes ----------------------------------------------------------------------- */

enum {
    F_YEAR, F_MONTH, F_DAY, F_WEEK, F_WEEKDAY, F_HOUR, F_MINUTE, F_SECOND, F_NANOSECOND,
    F_FRACTION_DIGITS, F_OFFSET, F_START, F_END
};

static PyObject *opt_int(int given, long long v)
{
    if (!given)
        Py_RETURN_NONE;
    return PyLong_FromLongLong(v);
}

static PyObject *date_int(dnpy_date *self, void *closure)
{
    const dn_date *d = &self->d;
    dn_precision p = d->precision;
    switch ((int)(intptr_t)closure) {
    case F_YEAR: return opt_int(p != DN_PREC_NONE, d->year);
    case F_MONTH: return opt_int(d->month > 0, d->month);
    case F_DAY: return opt_int(d->day > 0, d->day);
    case F_WEEK: return opt_int(p == DN_PREC_WEEK, d->week);
    case F_WEEKDAY: return opt_int(d->weekday > 0, d->weekday);
    case F_HOUR: return opt_int(p >= DN_PREC_HOUR, d->hour);
    case F_MINUTE: return opt_int(p >= DN_PREC_MINUTE, d->minute);
    case F_SECOND: return opt_int(p >= DN_PREC_SECOND, d->second);
    case F_NANOSECOND: return opt_int(p >= DN_PREC_FRACTION, d->nanosecond);
    case F_FRACTION_DIGITS: return opt_int(p >= DN_PREC_FRACTION, d->fraction_digits);
    case F_OFFSET: return opt_int((d->flags & DN_FLAG_HAS_OFFSET) != 0, d->offset_minutes);
    case F_START: return PyLong_FromSsize_t(self->start);
    case F_END: return PyLong_FromSsize_t(self->end);
    }
    Py_RETURN_NONE;
}

static PyObject *format_style(const dn_date *d, dn_style style)
{
    char buf[DN_FORMAT_MAX];
    int n = dn_format(d, style, buf, sizeof buf);
    if (n < 0) {
        PyErr_Format(PyExc_ValueError, "this date cannot be formatted (datenorm status %d)", n);
        return NULL;
    }
    return PyUnicode_FromStringAndSize(buf, n);
}

static PyObject *date_iso(dnpy_date *self, void *closure)
{
    (void)closure;
    return format_style(&self->d, DN_STYLE_AUTO);
}

static PyObject *date_precision(dnpy_date *self, void *closure)
{
    (void)closure;
    return PyUnicode_FromString(dnpy_precision_name(self->d.precision));
}

static PyObject *date_locale(dnpy_date *self, void *closure)
{
    (void)closure;
    return PyUnicode_FromStringAndSize(self->d.locale, (Py_ssize_t)strnlen(self->d.locale,
                                                                           sizeof self->d.locale));
}

static PyObject *date_confidence(dnpy_date *self, void *closure)
{
    (void)closure;
    /* three decimals, as --json prints it (the library's float has no more meaning) */
    return PyFloat_FromDouble(round((double)self->d.confidence * 1000.0) / 1000.0);
}

static PyObject *date_span(dnpy_date *self, void *closure)
{
    (void)closure;
    return Py_BuildValue("(nn)", self->start, self->end);
}

static PyObject *date_byte_span(dnpy_date *self, void *closure)
{
    (void)closure;
    return Py_BuildValue("(nn)", (Py_ssize_t)self->d.start, (Py_ssize_t)self->d.end);
}

static PyObject *date_text(dnpy_date *self, void *closure)
{
    (void)closure;
    if (!self->text)
        Py_RETURN_NONE;
    return PyUnicode_Substring(self->text, self->start, self->end);
}

static PyObject *date_flags(dnpy_date *self, void *closure)
{
    (void)closure;
    PyObject *type = dnpy_get_flag_type();
    /* the order field (DN_DATE_ORDER) is Date.order, not a flag */
    return type ? PyObject_CallFunction(type, "I", self->d.flags & ~DN_FLAG_ORDER_MASK) : NULL;
}

/* The order an all-numeric date was read in: "DMY", "MDY", "YMD" (the names Parser's order
   takes), or None for every other result. */
static PyObject *date_order(dnpy_date *self, void *closure)
{
    (void)closure;
    const char *name = dn_order_name(DN_DATE_ORDER(&self->d)); /* the library's names */
    if (!name)
        Py_RETURN_NONE;
    return PyUnicode_FromString(name);
}

/* The calendar the text was written in, by its ICU name ("gregorian", "buddhist",
   "japanese", "persian", "islamic-umalqura"...): the library's dn_calendar_name. */
static PyObject *date_calendar(dnpy_date *self, void *closure)
{
    (void)closure;
    const char *name = dn_calendar_name(self->d.calendar);
    return PyUnicode_FromString(name ? name : "gregorian");
}

/* The zone the text named or the date was converted to (dn_date.zone): an IANA id, "" when
   none (a numeric offset, Z, GMT, or no offset at all). */
static PyObject *date_zone(dnpy_date *self, void *closure)
{
    (void)closure;
    return PyUnicode_FromStringAndSize(self->d.zone, (Py_ssize_t)strnlen(self->d.zone,
                                                                         sizeof self->d.zone));
}

/* ISO weekday (1 = Monday) of a proleptic Gregorian date (Sakamoto's method). */
static int weekday_of(int y, int m, int d)
{
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    y -= m < 3;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
    if (w < 0)
        w += 7;
    return w == 0 ? 7 : w;
}

static PyObject *date_alt(dnpy_date *self, void *closure)
{
    (void)closure;
    if (!(self->d.flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_CALENDAR_AMBIGUOUS)))
        Py_RETURN_NONE;
    /* the other reading: the same result with the day and month read the other way */
    dn_date a = self->d;
    a.year = a.alt_year;
    a.month = a.alt_month;
    a.day = a.alt_day;
    a.alt_year = self->d.year;
    a.alt_month = self->d.month;
    a.alt_day = self->d.day;
    if (a.month >= 1 && a.month <= 12 && a.day >= 1)
        a.weekday = weekday_of(a.year, a.month, a.day);
    return dnpy_date_new(&a, self->start, self->end, self->text);
}

#define INT_FIELD(name, id, doc) {name, (getter)date_int, NULL, doc, (void *)(intptr_t)(id)}
static PyGetSetDef date_getset[] = {
    {"iso", (getter)date_iso, NULL,
     "ISO 8601, as precise as the text: '2015-11-22', '2015-11', '2015-W48', "
     "'2015-11-22T14:30:00+01:00' (the library's dn_format, style auto).", NULL},
    {"precision", (getter)date_precision, NULL,
     "How much the text gave: 'year', 'month', 'week', 'day', 'hour', 'minute', 'second' or "
     "'fraction' (datenorm.PRECISIONS lists them in order).", NULL},
    {"locale", (getter)date_locale, NULL,
     "The language whose words matched ('fr'); '' for language-neutral forms such as ISO "
     "8601 or 22/11/2015.", NULL},
    {"confidence", (getter)date_confidence, NULL, "How sure the library is, 0 to 1.", NULL},
    {"span", (getter)date_span, NULL,
     "(start, end): where the date is in the text, in characters of the str (text[start:end]).",
     NULL},
    {"byte_span", (getter)date_byte_span, NULL,
     "(start, end) in bytes of the text's UTF-8 encoding, as the C library and the CLI give it.",
     NULL},
    {"text", (getter)date_text, NULL, "The matched part of the text (text[start:end]).", NULL},
    {"flags", (getter)date_flags, NULL,
     "datenorm.Flag: AMBIGUOUS, WEEKDAY_MISMATCH, HAS_OFFSET, RELATIVE, YEAR_IMPLIED, "
     "TWO_DIGIT_YEAR, EPOCH, ORDER_PROVED (the values chose the order of an all-numeric "
     "date: swapped, day and month make no date), OFFSET_FROM_REFERENCE (the offset is the "
     "reference's: '2 hours ago'), ZONE_AMBIGUOUS (an abbreviation of several zones: IST), "
     "ZONE_GAP (a local time a DST change skips or repeats), CALENDAR_AMBIGUOUS (the year also "
     "reads in another calendar: alt holds that reading), TIME_ONLY (a time alone, read as "
     "today), PAGE_ORDER (search read an ambiguous date in its page's order), RANGE (one end "
     "of a range).", NULL},
    {"calendar", (getter)date_calendar, NULL,
     "The calendar the text was written in, by its ICU name: 'gregorian', 'buddhist', "
     "'japanese', 'roc', 'persian', 'islamic-umalqura', 'hebrew'... (the date's fields are "
     "always proleptic Gregorian: 平成27年11月22日 is 2015-11-22, calendar 'japanese').", NULL},
    {"order", (getter)date_order, NULL,
     "The order an all-numeric date was read in: 'DMY', 'MDY' or 'YMD' (22/11/2015: 'DMY'); "
     "None for every other result.", NULL},
    {"zone", (getter)date_zone, NULL,
     "The zone the text named, as an IANA id ('Europe/Paris' for 'CET' or 'MEZ'), or the zone\n"
     "to_zone() converted to; '' when none (a numeric offset, Z, GMT, or no offset).", NULL},
    {"alt", (getter)date_alt, NULL,
     "The other reading of an ambiguous all-numeric date (Flag.AMBIGUOUS: 05/06/2015 read "
     "the other way), as a Date; None when the date is not ambiguous.", NULL},
    INT_FIELD("year", F_YEAR, "The year (proleptic Gregorian; 0 is 1 BC)."),
    INT_FIELD("month", F_MONTH, "1..12, or None when the text gave no month."),
    INT_FIELD("day", F_DAY, "1..31, or None when the text gave no day."),
    INT_FIELD("week", F_WEEK, "The ISO week (1..53) when the precision is 'week', else None."),
    INT_FIELD("weekday", F_WEEKDAY, "The ISO weekday of the date, 1 = Monday .. 7 = Sunday."),
    INT_FIELD("hour", F_HOUR, "0..24, or None when the text gave no time."),
    INT_FIELD("minute", F_MINUTE, "0..59, or None."),
    INT_FIELD("second", F_SECOND, "0..60, or None."),
    INT_FIELD("nanosecond", F_NANOSECOND, "The fraction of the second in nanoseconds, or None."),
    INT_FIELD("fraction_digits", F_FRACTION_DIGITS,
              "How many digits the fraction was written with, or None."),
    INT_FIELD("offset", F_OFFSET,
              "The UTC offset in minutes east (+01:00 is 60), or None when the text gave none."),
    INT_FIELD("start", F_START, "span[0]."),
    INT_FIELD("end", F_END, "span[1]."),
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- methods -------------------------------------------------------------------------- */

static PyObject *tzinfo_of(const dn_date *d)
{
    if (!(d->flags & DN_FLAG_HAS_OFFSET))
        Py_RETURN_NONE;
    PyObject *delta = PyDelta_FromDSU(0, d->offset_minutes * 60, 0);
    if (!delta)
        return NULL;
    PyObject *tz = d->offset_minutes == 0 ? (Py_INCREF(PyDateTime_TimeZone_UTC),
                                             PyDateTime_TimeZone_UTC)
                                          : PyTimeZone_FromOffset(delta);
    Py_DECREF(delta);
    return tz;
}

/* The first day of the date at its precision, as (y, m, d). */
static int first_day(const dn_date *d, int *y, int *m, int *dd)
{
    *y = d->year;
    if (*y < 1 || *y > 9999) {
        PyErr_Format(PyExc_ValueError, "year %d is out of Python's datetime range (1 to 9999)",
                     d->year);
        return -1;
    }
    switch (d->precision) {
    case DN_PREC_NONE:
        PyErr_SetString(PyExc_ValueError, "this date has no precision");
        return -1;
    case DN_PREC_YEAR:
        *m = 1;
        *dd = 1;
        return 0;
    case DN_PREC_MONTH:
        *m = d->month;
        *dd = 1;
        return 0;
    case DN_PREC_WEEK: {
        /* Monday of the ISO week: date.fromisocalendar does the arithmetic */
        PyObject *r = PyObject_CallMethod((PyObject *)PyDateTimeAPI->DateType, "fromisocalendar",
                                          "iii", d->year, d->week, 1);
        if (!r)
            return -1;
        *y = PyDateTime_GET_YEAR(r);
        *m = PyDateTime_GET_MONTH(r);
        *dd = PyDateTime_GET_DAY(r);
        Py_DECREF(r);
        return 0;
    }
    default:
        *m = d->month;
        *dd = d->day;
        return 0;
    }
}

static PyObject *date_to_datetime(dnpy_date *self, PyObject *unused)
{
    (void)unused;
    if (datetime_ready() < 0)
        return NULL;
    const dn_date *d = &self->d;
    int y, m, dd;
    if (first_day(d, &y, &m, &dd) < 0)
        return NULL;
    int h = 0, mi = 0, s = 0, us = 0, carry = 0; /* carry: seconds past 23:59:59 */
    if (d->precision >= DN_PREC_HOUR) {
        h = d->hour;
        mi = d->minute;
        s = d->second;
        us = d->precision >= DN_PREC_FRACTION ? d->nanosecond / 1000 : 0;
        if (h == 24) { /* 24:00 is the next midnight */
            h = 0;
            carry = 86400;
        }
        if (s == 60) { /* a leap second: POSIX time has none, so the next minute */
            s = 59;
            carry += 1;
        }
    }
    PyObject *tz = tzinfo_of(d);
    if (!tz)
        return NULL;
    PyObject *r = PyDateTimeAPI->DateTime_FromDateAndTime(y, m, dd, h, mi, s, us, tz,
                                                          PyDateTimeAPI->DateTimeType);
    Py_DECREF(tz);
    if (r && carry) {
        PyObject *delta = PyDelta_FromDSU(0, carry, 0);
        PyObject *r2 = delta ? PyNumber_Add(r, delta) : NULL;
        Py_XDECREF(delta);
        Py_DECREF(r);
        r = r2;
    }
    return r;
}

static PyObject *date_to_date(dnpy_date *self, PyObject *unused)
{
    (void)unused;
    if (datetime_ready() < 0)
        return NULL;
    int y, m, dd;
    if (first_day(&self->d, &y, &m, &dd) < 0)
        return NULL;
    return PyDate_FromDate(y, m, dd);
}

static PyObject *date_timestamp(dnpy_date *self, PyObject *args, PyObject *kw)
{
    static char *names[] = {"offset", NULL};
    PyObject *offset = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:timestamp", names, &offset))
        return NULL;
    int64_t secs;
    int rc;
    if (offset == Py_None) {
        rc = dn_date_unix(&self->d, &secs);
        if (rc == DN_ERR_ARG && !(self->d.flags & DN_FLAG_HAS_OFFSET)) {
            PyErr_SetString(PyExc_ValueError,
                            "the text gave no UTC offset: say which one it means, "
                            "timestamp(offset=minutes east of UTC)");
            return NULL;
        }
    } else {
        long off = PyLong_AsLong(offset);
        if (off == -1 && PyErr_Occurred())
            return NULL;
        if (off <= -24 * 60 || off >= 24 * 60) {
            PyErr_SetString(PyExc_ValueError, "offset must be minutes within a day (-1439..1439)");
            return NULL;
        }
        rc = dn_date_unix_at(&self->d, (int)off, &secs);
    }
    if (rc != DN_OK) {
        PyErr_Format(PyExc_ValueError, "this date has no instant (datenorm status %d)", rc);
        return NULL;
    }
    double frac = self->d.precision >= DN_PREC_FRACTION ? self->d.nanosecond / 1e9 : 0.0;
    return PyFloat_FromDouble((double)secs + frac);
}

static PyObject *date_format(dnpy_date *self, PyObject *args, PyObject *kw)
{
    static char *names[] = {"style", NULL};
    const char *style = "auto";
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|s:format", names, &style))
        return NULL;
    dn_style st;
    if (strcmp(style, "auto") == 0)
        st = DN_STYLE_AUTO;
    else if (strcmp(style, "date") == 0)
        st = DN_STYLE_DATE;
    else if (strcmp(style, "datetime") == 0)
        st = DN_STYLE_DATETIME;
    else {
        PyErr_Format(PyExc_ValueError, "style must be 'auto', 'date' or 'datetime', not '%s'",
                     style);
        return NULL;
    }
    return format_style(&self->d, st);
}

/* Date.to_zone(zone=None, assume=None): the library's dn_date_to_zone on a copy. */
static PyObject *date_to_zone(dnpy_date *self, PyObject *args, PyObject *kw)
{
    static char *names[] = {"zone", "assume", NULL};
    const char *to = NULL, *assume = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|zz:to_zone", names, &to, &assume))
        return NULL;
    dn_date d = self->d;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_date_to_zone(&d, to, assume, &err);
    if (rc < 0) {
        dnpy_set_error(&err, rc, "dn_date_to_zone");
        return NULL;
    }
    if (rc == 0) { /* immutable: the date itself */
        Py_INCREF(self);
        return (PyObject *)self;
    }
    return dnpy_date_new(&d, self->start, self->end, self->text);
}

/* The state that pickles a Date and that equality compares. */
static PyObject *date_state(dnpy_date *self)
{
    const dn_date *d = &self->d;
    return Py_BuildValue("(iiiiiiiiiiiisdIiiinnnnOis)", d->year, d->month, d->day, d->week,
                         d->hour, d->minute, d->second, (int)d->nanosecond, d->fraction_digits,
                         d->offset_minutes, (int)d->precision, d->weekday, d->locale,
                         (double)d->confidence, d->flags, d->alt_year, d->alt_month, d->alt_day,
                         (Py_ssize_t)d->start, (Py_ssize_t)d->end, self->start, self->end,
                         self->text ? self->text : Py_None, d->calendar, d->zone);
}

PyObject *dnpy_date_from_state(PyObject *module, PyObject *state)
{
    (void)module;
    dn_date d;
    memset(&d, 0, sizeof d);
    int nano, prec;
    const char *loc, *zone = "";
    double conf;
    Py_ssize_t bs, be, s, e;
    PyObject *text;
    if (!PyArg_ParseTuple(state, "iiiiiiiiiiiisdIiiinnnnO|is:_date_from_state", &d.year, &d.month,
                          &d.day, &d.week, &d.hour, &d.minute, &d.second, &nano,
                          &d.fraction_digits, &d.offset_minutes, &prec, &d.weekday, &loc, &conf,
                          &d.flags, &d.alt_year, &d.alt_month, &d.alt_day, &bs, &be, &s, &e,
                          &text, &d.calendar, &zone))
        return NULL;
    if (!dn_precision_name((dn_precision)prec) || !dn_calendar_name(d.calendar) || strlen(loc) >= sizeof d.locale || strlen(zone) >= sizeof d.zone || bs < 0 ||
        be < bs || s < 0 || e < s || (text != Py_None && !PyUnicode_Check(text))) {
        PyErr_SetString(PyExc_ValueError, "not the state of a datenorm.Date");
        return NULL;
    }
    d.nanosecond = nano;
    d.precision = (dn_precision)prec;
    memcpy(d.locale, loc, strlen(loc) + 1);
    memcpy(d.zone, zone, strlen(zone) + 1);
    d.confidence = (float)conf;
    d.start = (size_t)bs;
    d.end = (size_t)be;
    return dnpy_date_new(&d, s, e, text == Py_None ? NULL : text);
}

static PyObject *date_reduce(dnpy_date *self, PyObject *unused)
{
    (void)unused;
    PyObject *mod = PyImport_ImportModule("datenorm._datenorm");
    if (!mod)
        return NULL;
    PyObject *fn = PyObject_GetAttrString(mod, "_date_from_state");
    Py_DECREF(mod);
    if (!fn)
        return NULL;
    PyObject *state = date_state(self);
    if (!state) {
        Py_DECREF(fn);
        return NULL;
    }
    return Py_BuildValue("(N(N))", fn, state);
}

static PyObject *date_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, &dnpy_date_type) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *sa = date_state((dnpy_date *)a), *sb = sa ? date_state((dnpy_date *)b) : NULL;
    PyObject *r = sb ? PyObject_RichCompare(sa, sb, op) : NULL;
    Py_XDECREF(sa);
    Py_XDECREF(sb);
    return r;
}

static Py_hash_t date_hash(dnpy_date *self)
{
    PyObject *s = date_state(self);
    if (!s)
        return -1;
    Py_hash_t h = PyObject_Hash(s);
    Py_DECREF(s);
    return h;
}

static PyObject *date_repr(dnpy_date *self)
{
    PyObject *iso = date_iso(self, NULL);
    if (!iso)
        return NULL;
    PyObject *r = PyUnicode_FromFormat(
        "datenorm.Date(%R, precision='%s', locale='%s', span=(%zd, %zd))", iso,
        dnpy_precision_name(self->d.precision), self->d.locale, self->start, self->end);
    Py_DECREF(iso);
    return r;
}

static PyMethodDef date_methods[] = {
    {"to_datetime", (PyCFunction)date_to_datetime, METH_NOARGS,
     "to_datetime() -> datetime.datetime\n\n"
     "The date as a datetime: aware (a fixed-offset tzinfo) only when the text gave its UTC\n"
     "offset, naive otherwise. Fields finer than the precision are the first of their\n"
     "period ('2015-11' -> 2015-11-01 00:00; an ISO week -> its Monday); 24:00 is the next\n"
     "midnight. ValueError for years outside 1..9999."},
    {"to_date", (PyCFunction)date_to_date, METH_NOARGS,
     "to_date() -> datetime.date\n\nThe date part, filled as to_datetime() fills it."},
    {"timestamp", (PyCFunction)(void (*)(void))date_timestamp, METH_VARARGS | METH_KEYWORDS,
     "timestamp(offset=None) -> float\n\n"
     "Unix seconds of the date's first moment (the library's dn_date_unix). A date whose\n"
     "text gave no UTC offset has no instant: pass offset= (minutes east of UTC) to say\n"
     "which zone it means, else ValueError."},
    {"to_zone", (PyCFunction)(void (*)(void))date_to_zone, METH_VARARGS | METH_KEYWORDS,
     "to_zone(zone=None, assume=None) -> Date\n\n"
     "The same date seen in another zone (the library's dn_date_to_zone, the CLI's\n"
     "--to-zone and --assume-zone). Zones: 'UTC', an offset ('+05:30', '-0800') or a zone\n"
     "id ('Asia/Kolkata', daylight saving time applied).\n"
     "zone: a date with a time and an offset becomes the same instant in that zone, with\n"
     "the offset in force there then; the day moves when it must:\n"
     "parse('2015-11-22T23:30:00Z').to_zone('Asia/Kolkata').iso is\n"
     "'2015-11-23T05:00:00+05:30'.\n"
     "assume: a time without an offset is a wall-clock time in that zone and gets its\n"
     "offset ('2021-03-28 12:00', assume='Europe/Paris': +02:00); a time a daylight-saving\n"
     "change skips moves forward by the gap, a repeated one is the later reading, both\n"
     "flagged Flag.ZONE_GAP. A naive time stays naive without assume, and a date with no\n"
     "time (a day, week, month) is no instant: both come back unchanged (the Date itself).\n"
     ".zone is then the zone id given ('' for an offset or UTC). A zone the library cannot\n"
     "read raises ValueError with its message."},
    {"format", (PyCFunction)(void (*)(void))date_format, METH_VARARGS | METH_KEYWORDS,
     "format(style='auto') -> str\n\n"
     "ISO 8601 in a style: 'auto' (as precise as the text, = .iso), 'date' (the date part,\n"
     "reduced precision kept) or 'datetime' (a full date and time, missing fields filled)."},
    {"__reduce__", (PyCFunction)date_reduce, METH_NOARGS, "Pickle support."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject dnpy_date_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "datenorm.Date",
    .tp_basicsize = sizeof(dnpy_date),
    .tp_dealloc = (destructor)date_dealloc,
    .tp_repr = (reprfunc)date_repr,
    .tp_hash = (hashfunc)date_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A date found in a text (returned by Parser.parse and Parser.search; not built\n"
              "directly). Immutable. .iso is ISO 8601 as precise as the text; .span the\n"
              "(start, end) characters it covers; fields the text did not give are None.",
    .tp_richcompare = date_richcompare,
    .tp_methods = date_methods,
    .tp_getset = date_getset,
};
