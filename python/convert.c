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
 * dn_context, by the library's own rule (dn_context_from_text and dn_context_from_unix,
 * the CLI's --now and --zone). Accepted: None (the current time, read once per call); a
 * str as --now takes it: ISO 8601 ("2026-11-26T12:00:00Z"; without an offset a wall-clock
 * time in the parser's zone) or Unix seconds ("@1795694400"); a datetime.datetime (aware:
 * that instant; naive: a wall-clock time in the parser's zone, handed to the library as
 * that ISO text); a datetime.date (its midnight, in the parser's zone); Unix seconds, an
 * int or a float (rounded down). An instant is seen in the parser's zone when it has one
 * ("today" is the zone's date then), else it keeps its own offset (UTC for seconds). The
 * library's range applies: years 0000 to 9999 (DN_NOW_MIN..DN_NOW_MAX).
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
        PyErr_Format(PyExc_ValueError, "%s: %s", what, dn_strerror(code));
}

/* ---- the reference instant ------------------------------------------------------------ */

/* ValueError "invalid now ...: <the library's message>". */
static int now_error(PyObject *now, const dn_error *err, int rc)
{
    if (err->message[0])
        PyErr_Format(PyExc_ValueError, "invalid now %R: %s", now, err->message);
    else
        PyErr_Format(PyExc_ValueError, "invalid now %R: %s", now, dn_strerror(rc));
    return -1;
}

/* An instant, seen in the zone (without one: UTC). */
static int from_unix(PyObject *now, int64_t t, const char *zone, dn_context *ctx)
{
    dn_error err;
    err.message[0] = '\0';
    int rc = dn_context_from_unix(ctx, t, zone, &err);
    return rc == DN_OK ? 0 : now_error(now, &err, rc);
}

/* Text as the CLI's --now reads it: ISO 8601 (an instant with its offset, else a
   wall-clock time in the zone) or Unix seconds ("@1795694400", "1795694400"). */
static int from_text(PyObject *now, const char *s, size_t n, const char *zone, dn_context *ctx)
{
    dn_error err;
    err.message[0] = '\0';
    int rc = dn_context_from_text(ctx, s, n, zone, &err);
    return rc == DN_OK ? 0 : now_error(now, &err, rc);
}

static int from_datetime(PyObject *now, const char *zone, dn_context *ctx)
{
    char buf[64];
    PyObject *off = PyObject_CallMethod(now, "utcoffset", NULL);
    if (!off)
        return -1;
    if (off == Py_None) {
        /* naive: a wall-clock time in the zone, as the text form without an offset */
        Py_DECREF(off);
        int n = snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d",
                         PyDateTime_GET_YEAR(now), PyDateTime_GET_MONTH(now),
                         PyDateTime_GET_DAY(now), PyDateTime_DATE_GET_HOUR(now),
                         PyDateTime_DATE_GET_MINUTE(now), PyDateTime_DATE_GET_SECOND(now));
        return from_text(now, buf, (size_t)n, zone, ctx);
    }
    /* aware: its instant (seconds rounded down), seen in the zone; without a zone at its
       own offset (whole minutes toward zero: Python allows seconds, the library minutes) */
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
    if (from_unix(now, (int64_t)floor(t), zone, ctx) < 0)
        return -1;
    if (!zone)
        ctx->now_offset_minutes = (int)(secs >= 0 ? secs / 60 : -((-secs) / 60));
    return 0;
}

int dnpy_context(PyObject *now, const char *zone, dn_context *ctx)
{
    memset(ctx, 0, sizeof *ctx);
    if (now == NULL || now == Py_None)
        return from_unix(Py_None, (int64_t)time(NULL), zone, ctx);
    if (PyUnicode_Check(now)) {
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(now, &n);
        return s ? from_text(now, s, (size_t)n, zone, ctx) : -1;
    }
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
            PyErr_Format(PyExc_ValueError, "invalid now %R: out of range (years 0000 to 9999)",
                         now);
            return -1;
        }
        return from_unix(now, (int64_t)t, zone, ctx);
    }
    if (PyFloat_Check(now)) {
        double t = PyFloat_AS_DOUBLE(now);
        /* the library checks the range; here only what an int64 cannot hold */
        if (!isfinite(t) || t < -9.2e18 || t > 9.2e18) {
            PyErr_Format(PyExc_ValueError, "invalid now %R: out of range (years 0000 to 9999)",
                         now);
            return -1;
        }
        return from_unix(now, (int64_t)floor(t), zone, ctx);
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
        /* its midnight, a wall-clock time in the zone */
        char buf[16];
        int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", PyDateTime_GET_YEAR(now),
                         PyDateTime_GET_MONTH(now), PyDateTime_GET_DAY(now));
        return from_text(now, buf, (size_t)n, zone, ctx);
    }
    PyErr_Format(PyExc_TypeError,
                 "now must be None, a str (ISO 8601), a datetime or Unix seconds, not %.80s",
                 Py_TYPE(now)->tp_name);
    return -1;
}
