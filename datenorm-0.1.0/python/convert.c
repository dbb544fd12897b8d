/*
 * convert.c: the two conversions every call of the extension makes.
 *
 * Text: a Python str becomes UTF-8 for the library. An ASCII str is passed as it is (its
 * bytes are its UTF-8, no copy, and byte offsets are character offsets); any other str is
 * encoded into a temporary bytes object (not PyUnicode_AsUTF8, which would keep a UTF-8
 * copy inside the caller's str for its whole life), with "surrogatepass" so that a str
 * holding lone surrogates still goes through (the library reads those bytes as
 * separators). Byte offsets coming back become code point offsets: the number of UTF-8
 * lead bytes before them ("né 22 mai" -> byte 4 is character 3; an emoji is 4 bytes and 1
 * character, as Python indexes it).
 *
 * The reference instant: the `now` argument of parse, search and iso_many ->
 * dn_context. Accepted: None (the current time, read once per call); a str in ISO 8601
 * ("2026-11-26T12:00:00Z"; without an offset, a wall-clock time in the parser's zone);
 * a datetime.datetime (aware: that instant and its offset; naive: a wall-clock time in the
 * parser's zone); a datetime.date (its midnight, in the parser's zone); Unix seconds, an
 * int or a float (rounded down). A wall-clock time becomes an instant with the zone's
 * offset at that time (dn_zone_offset), looked up twice so that a time just after a
 * daylight-saving change gets the new offset.
 */
#include <math.h>
#include <string.h>
#include <time.h>

#include "binding.h"

#include <datetime.h> /* after Python.h */

/* ---- text ----------------------------------------------------------------------------- */

int dnpy_text_get(PyObject *str, dnpy_text *t)
{
    t->owner = NULL;
    if (!PyUnicode_Check(str)) {
        PyErr_Format(PyExc_TypeError, "expected a str, not %.80s", Py_TYPE(str)->tp_name);
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) /* a str built with the legacy API (before 3.12) */
        return -1;
#endif
    if (PyUnicode_IS_ASCII(str)) {
        t->ascii = 1;
        t->utf8 = (const char *)PyUnicode_DATA(str);
        t->len = PyUnicode_GET_LENGTH(str);
        return 0;
    }
    t->ascii = 0;
    t->owner = PyUnicode_AsEncodedString(str, "utf-8", "surrogatepass");
    if (!t->owner)
        return -1;
    t->utf8 = PyBytes_AS_STRING(t->owner);
    t->len = PyBytes_GET_SIZE(t->owner);
    return 0;
}

void dnpy_text_release(dnpy_text *t)
{
    Py_CLEAR(t->owner);
}

void dnpy_cursor_init(dnpy_cursor *c, const dnpy_text *t)
{
    c->t = t;
    c->byte = 0;
    c->chr = 0;
}

Py_ssize_t dnpy_cursor_chars(dnpy_cursor *c, size_t byte)
{
    if (byte > (size_t)c->t->len)
        byte = (size_t)c->t->len;
    if (c->t->ascii)
        return (Py_ssize_t)byte;
    if (byte < c->byte) /* not expected (spans go left to right); count again from 0 */
        dnpy_cursor_init(c, c->t);
    const unsigned char *s = (const unsigned char *)c->t->utf8;
    Py_ssize_t n = c->chr;
    for (size_t i = c->byte; i < byte; i++)
        n += (s[i] & 0xC0) != 0x80; /* a lead byte (or ASCII) starts a code point */
    c->byte = byte;
    c->chr = n;
    return n;
}

/* ---- errors --------------------------------------------------------------------------- */

void dnpy_set_error(const dn_error *err, int code, const char *what)
{
    if (err && err->message[0])
        PyErr_Format(PyExc_ValueError, "%s", err->message);
    else
        PyErr_Format(PyExc_ValueError, "%s failed (datenorm status %d)", what, code);
}

/* ---- the reference instant ------------------------------------------------------------ */

/* datetime's range, years 1 to 9999, as Unix seconds: a reference outside it is refused
   here rather than handed to the library's calendar arithmetic. */
#define NOW_MIN (-62135596800LL)
#define NOW_MAX (253402300799LL)

static int check_range(int64_t t)
{
    if (t < NOW_MIN || t > NOW_MAX) {
        PyErr_Format(PyExc_ValueError,
                     "now is out of range: %lld is not within the years 1 to 9999",
                     (long long)t);
        return -1;
    }
    return 0;
}

static int zone_offset(const char *zone, int64_t at, int *minutes)
{
    *minutes = 0;
    if (!zone)
        return 0;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_zone_offset(zone, at, minutes, &err);
    if (rc != DN_OK) {
        dnpy_set_error(&err, rc, "dn_zone_offset");
        return -1;
    }
    return 0;
}

/* An instant in the zone: ctx gets it and the zone's offset then. */
static int at_instant(const char *zone, int64_t t, dn_context *ctx)
{
    int off;
    if (check_range(t) < 0 || zone_offset(zone, t, &off) < 0)
        return -1;
    ctx->now = t;
    ctx->now_offset_minutes = off;
    return 0;
}

/* A wall-clock time (seconds as if it were UTC) in the zone. */
static int at_wall(const char *zone, int64_t wall, dn_context *ctx)
{
    int off1, off2;
    if (check_range(wall) < 0 || zone_offset(zone, wall, &off1) < 0 ||
        zone_offset(zone, wall - (int64_t)off1 * 60, &off2) < 0)
        return -1;
    ctx->now = wall - (int64_t)off2 * 60;
    ctx->now_offset_minutes = off2;
    return 0;
}

/* Whether an ISO 8601 text names its offset: Z or a sign after the time begins. */
static int iso_has_offset(const char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    while (i < n && s[i] != 'T' && s[i] != 't' && s[i] != ' ')
        i++;
    for (; i < n; i++)
        if (s[i] == 'Z' || s[i] == 'z' || s[i] == '+' || s[i] == '-')
            return 1;
    return 0;
}

static int from_str(PyObject *now, const char *zone, dn_context *ctx)
{
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(now, &n);
    if (!s)
        return -1;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_context_from_iso(ctx, s, (size_t)n, &err);
    if (rc != DN_OK) {
        if (err.message[0])
            PyErr_Format(PyExc_ValueError, "invalid now %R: %s", now, err.message);
        else
            PyErr_Format(PyExc_ValueError,
                         "invalid now %R: expected ISO 8601 such as 2026-11-26T12:00:00Z", now);
        return -1;
    }
    if (iso_has_offset(s, n))
        return check_range(ctx->now);
    /* a wall-clock time: dn_context_from_iso read it as UTC */
    return at_wall(zone, ctx->now, ctx);
}

/* The wall-clock seconds of a naive date and time, through the library's own calendar. */
static int wall_seconds(int y, int mo, int d, int h, int mi, int s, int64_t *out)
{
    dn_date w;
    memset(&w, 0, sizeof w);
    w.year = y;
    w.month = mo;
    w.day = d;
    w.hour = h;
    w.minute = mi;
    w.second = s;
    w.precision = DN_PREC_SECOND;
    if (dn_date_unix_at(&w, 0, out) != DN_OK) {
        PyErr_SetString(PyExc_ValueError, "now: a date out of range");
        return -1;
    }
    return 0;
}

static int from_datetime(PyObject *now, const char *zone, dn_context *ctx)
{
    PyObject *off = PyObject_CallMethod(now, "utcoffset", NULL);
    if (!off)
        return -1;
    if (off != Py_None) {
        /* aware: its own instant and offset */
        if (!PyDelta_Check(off)) {
            Py_DECREF(off);
            PyErr_SetString(PyExc_TypeError, "now.utcoffset() did not return a timedelta");
            return -1;
        }
        long secs = PyDateTime_DELTA_GET_DAYS(off) * 86400L + PyDateTime_DELTA_GET_SECONDS(off);
        Py_DECREF(off);
        PyObject *ts = PyObject_CallMethod(now, "timestamp", NULL);
        if (!ts)
            return -1;
        double t = PyFloat_AsDouble(ts);
        Py_DECREF(ts);
        if (t == -1.0 && PyErr_Occurred())
            return -1;
        ctx->now = (int64_t)floor(t);
        ctx->now_offset_minutes = (int)(secs >= 0 ? secs / 60 : -((-secs) / 60));
        return check_range(ctx->now);
    }
    Py_DECREF(off);
    int64_t wall;
    if (wall_seconds(PyDateTime_GET_YEAR(now), PyDateTime_GET_MONTH(now), PyDateTime_GET_DAY(now),
                     PyDateTime_DATE_GET_HOUR(now), PyDateTime_DATE_GET_MINUTE(now),
                     PyDateTime_DATE_GET_SECOND(now), &wall) < 0)
        return -1;
    return at_wall(zone, wall, ctx);
}

int dnpy_context(PyObject *now, const char *zone, dn_context *ctx)
{
    memset(ctx, 0, sizeof *ctx);
    if (now == NULL || now == Py_None)
        return at_instant(zone, (int64_t)time(NULL), ctx);
    if (PyUnicode_Check(now))
        return from_str(now, zone, ctx);
    if (PyBool_Check(now)) {
        PyErr_SetString(PyExc_TypeError, "now must be a str, a datetime or Unix seconds, not bool");
        return -1;
    }
    if (PyLong_Check(now)) {
        int overflow = 0;
        long long t = PyLong_AsLongLongAndOverflow(now, &overflow);
        if (t == -1 && PyErr_Occurred())
            return -1;
        if (overflow) {
            PyErr_SetString(PyExc_ValueError, "now is out of range (years 1 to 9999)");
            return -1;
        }
        return at_instant(zone, (int64_t)t, ctx);
    }
    if (PyFloat_Check(now)) {
        double t = PyFloat_AS_DOUBLE(now);
        if (!isfinite(t) || t < (double)NOW_MIN || t > (double)NOW_MAX + 1) {
            PyErr_Format(PyExc_ValueError, "now is out of range: %R", now);
            return -1;
        }
        return at_instant(zone, (int64_t)floor(t), ctx);
    }
    /* datetime's C API only now: importing datetime costs start-up time for nothing
       when every call passes a str or seconds */
    if (!PyDateTimeAPI) {
        PyDateTime_IMPORT;
        if (!PyDateTimeAPI)
            return -1;
    }
    if (PyDateTime_Check(now))
        return from_datetime(now, zone, ctx);
    if (PyDate_Check(now)) {
        int64_t wall;
        if (wall_seconds(PyDateTime_GET_YEAR(now), PyDateTime_GET_MONTH(now),
                         PyDateTime_GET_DAY(now), 0, 0, 0, &wall) < 0)
            return -1;
        return at_wall(zone, wall, ctx);
    }
    PyErr_Format(PyExc_TypeError,
                 "now must be None, a str (ISO 8601), a datetime or Unix seconds, not %.80s",
                 Py_TYPE(now)->tp_name);
    return -1;
}
