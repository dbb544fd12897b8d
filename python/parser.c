/*
 * parser.c: datenorm.Parser, a dn_parser built once from its options and then immutable.
 *
 *     Parser(locales=None, order=None, zone=None, two_digit_pivot=None, prefer=None,
 *            hints_only=False, to_zone=None, assume_zone=None)
 *     p.parse(text, now=None)  -> Date or None      the best date of a text
 *     p.iso(text, now=None)    -> str or None       the same, as ISO 8601 only
 *     p.search(text, now=None) -> [Date, ...]       every date of a running text
 *     p.iso_many(values, now=None, style='auto') -> [str or None, ...]
 *
 * Options: locales "fr,en" or ["fr", "en"] (hints in priority order, BCP 47 or POSIX);
 * order "DMY", "MDY", "YMD" or None (from the first hint); zone "Europe/Paris", "+05:30",
 * "UTC" or None (UTC): the zone of `now` when it is a wall-clock time, and of the current
 * time; prefer "past", "future" or "current" (dn_options.prefer: the year of a date written
 * without one); hints_only (DN_OPT_HINTS_ONLY: readings in the hinted languages only);
 * to_zone and assume_zone (dn_date_to_zone on every result, as the CLI's --to-zone and
 * --assume-zone; Date.to_zone does it for one result).
 * Anything the library refuses raises ValueError with its message.
 *
 * Threads: the dn_parser is shared, read-only, by every call; iso_many, and parse or search
 * on long texts, release the GIL while the library works, so threads parse in parallel.
 * iso_many works in chunks: with the GIL it takes each value's UTF-8 bytes (holding a
 * reference to each value, so that another thread changing the caller's list cannot free
 * them), without it parses and formats the chunk into a buffer, then with it again makes
 * the result strings. Pickling rebuilds the parser from its options (Parser is shipped to
 * Dask, Spark or multiprocessing workers that way).
 */
#include <math.h>
#include <string.h>

#include "binding.h"

typedef struct {
    PyObject_HEAD
    dn_parser *p;
    PyObject *locales; /* str or None, as normalized ("fr,en") */
    PyObject *order;   /* "DMY", "MDY", "YMD" or None */
    PyObject *zone;    /* str or None */
    int pivot;         /* 0 = the library's default */
    char *zone_c;      /* UTF-8 copy of zone, or NULL */
    PyObject *prefer;  /* issue 12: "past", "future", "current" or None (the default rule) */
    int hints_only;    /* issue 12: DN_OPT_HINTS_ONLY */
    PyObject *to_zone, *assume_zone; /* str or None: dn_date_to_zone's arguments */
    char *to_zone_c, *assume_zone_c; /* UTF-8 copies, or NULL */
} dnpy_parser;

/* Texts at least this long are parsed without the GIL (below, releasing costs more than
   it gives). */
#define GIL_FREE_BYTES 4096
/* iso_many's chunk: values converted, parsed and turned into strings per round. */
#define CHUNK 512

/* ---- arguments ------------------------------------------------------------------------ */

/* Vectorcall arguments by position or keyword into out[0..nmax), names in position order;
   the first nreq are required. 0, or -1 with TypeError. */
static int get_args(const char *fname, PyObject *const *args, Py_ssize_t nargs,
                    PyObject *kwnames, const char *const *names, int nreq, int nmax,
                    PyObject **out)
{
    for (int i = 0; i < nmax; i++)
        out[i] = NULL;
    if (nargs > nmax) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d arguments (%zd given)", fname,
                     nmax, nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    Py_ssize_t nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t j = 0; j < nk; j++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, j);
        int k = 0;
        while (k < nmax && PyUnicode_CompareWithASCIIString(key, names[k]) != 0)
            k++;
        if (k == nmax) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname,
                         key);
            return -1;
        }
        if (out[k]) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", fname,
                         names[k]);
            return -1;
        }
        out[k] = args[nargs + j];
    }
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s'", fname,
                         names[i]);
            return -1;
        }
    return 0;
}

static int style_of(PyObject *o, dn_style *st)
{
    *st = DN_STYLE_AUTO;
    if (!o || o == Py_None)
        return 0;
    static const struct {
        const char *name;
        dn_style style;
    } styles[] = {{"auto", DN_STYLE_AUTO}, {"date", DN_STYLE_DATE}, {"datetime", DN_STYLE_DATETIME}};
    if (PyUnicode_Check(o))
        for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++)
            if (PyUnicode_CompareWithASCIIString(o, styles[i].name) == 0) {
                *st = styles[i].style;
                return 0;
            }
    PyErr_Format(PyExc_ValueError, "style must be 'auto', 'date' or 'datetime', not %R", o);
    return -1;
}

/* ---- construction --------------------------------------------------------------------- */

/* locales: None, a str, or an iterable of str -> a str "fr,en" or None. */
static PyObject *norm_locales(PyObject *o)
{
    if (o == Py_None || (PyUnicode_Check(o) && PyUnicode_GET_LENGTH(o) == 0))
        Py_RETURN_NONE;
    if (PyUnicode_Check(o)) {
        Py_INCREF(o);
        return o;
    }
    PyObject *seq = PySequence_Fast(o, "locales must be a str such as 'fr,en' or a list of str");
    if (!seq)
        return NULL;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++)
        if (!PyUnicode_Check(PySequence_Fast_GET_ITEM(seq, i))) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_TypeError, "locales must be a str or a list of str");
            return NULL;
        }
    PyObject *sep = PyUnicode_FromString(",");
    PyObject *r = sep ? PyUnicode_Join(sep, seq) : NULL;
    Py_XDECREF(sep);
    Py_DECREF(seq);
    if (r && PyUnicode_GET_LENGTH(r) == 0) {
        Py_DECREF(r);
        Py_RETURN_NONE;
    }
    return r;
}

/* The orders an option may name, by the library's names (dn_order_name: "DMY"...). */
static const dn_order orders[] = {DN_ORDER_DMY, DN_ORDER_MDY, DN_ORDER_YMD};

static PyObject *norm_order(PyObject *o, dn_order *out)
{
    *out = DN_ORDER_AUTO;
    if (o == Py_None)
        Py_RETURN_NONE;
    if (PyUnicode_Check(o)) {
        PyObject *up = PyObject_CallMethod(o, "upper", NULL);
        if (!up)
            return NULL;
        if (PyUnicode_CompareWithASCIIString(up, "AUTO") == 0) {
            Py_DECREF(up);
            Py_RETURN_NONE;
        }
        for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++)
            if (PyUnicode_CompareWithASCIIString(up, dn_order_name(orders[i])) == 0) {
                *out = orders[i];
                return up;
            }
        Py_DECREF(up);
    }
    PyErr_Format(PyExc_ValueError, "order must be 'DMY', 'MDY', 'YMD' or None, not %R", o);
    return NULL;
}

/* The year preferences by the names the CLI's --prefer takes (issue 12). */
static const struct {
    const char *name;
    int prefer;
} prefers[] = {{"past", DN_PREFER_PAST}, {"future", DN_PREFER_FUTURE},
               {"current", DN_PREFER_CURRENT}};

static PyObject *norm_prefer(PyObject *o, int *out)
{
    *out = DN_PREFER_AUTO;
    if (o == Py_None)
        Py_RETURN_NONE;
    if (PyUnicode_Check(o)) {
        if (PyUnicode_CompareWithASCIIString(o, "auto") == 0)
            Py_RETURN_NONE;
        for (size_t i = 0; i < sizeof prefers / sizeof prefers[0]; i++)
            if (PyUnicode_CompareWithASCIIString(o, prefers[i].name) == 0) {
                *out = prefers[i].prefer;
                return PyUnicode_FromString(prefers[i].name);
            }
    }
    PyErr_Format(PyExc_ValueError, "prefer must be 'past', 'future', 'current' or None, not %R",
                 o);
    return NULL;
}

/* A zone option: None or "" -> None (*c NULL), a str -> itself with a UTF-8 copy in *c. */
static PyObject *norm_zone(PyObject *o, const char *name, char **c)
{
    *c = NULL;
    if (o == Py_None || (PyUnicode_Check(o) && PyUnicode_GET_LENGTH(o) == 0))
        Py_RETURN_NONE;
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be a str such as 'Europe/Paris' or None", name);
        return NULL;
    }
    Py_ssize_t n;
    const char *z = PyUnicode_AsUTF8AndSize(o, &n);
    if (!z)
        return NULL;
    if (!(*c = PyMem_Malloc((size_t)n + 1)))
        return PyErr_NoMemory();
    memcpy(*c, z, (size_t)n + 1);
    Py_INCREF(o);
    return o;
}

/* dn_date_to_zone with the parser's to_zone and assume_zone (checked when it was built). */
static void convert_zone(const dnpy_parser *self, dn_date *d)
{
    if (self->to_zone_c || self->assume_zone_c)
        (void)dn_date_to_zone(d, self->to_zone_c, self->assume_zone_c, NULL);
}

static PyObject *parser_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *names[] = {"locales", "order", "zone", "two_digit_pivot", "prefer",
                            "hints_only", "to_zone", "assume_zone", NULL};
    PyObject *locales = Py_None, *order = Py_None, *zone = Py_None, *pivot = Py_None;
    PyObject *prefer = Py_None, *to_zone = Py_None, *assume_zone = Py_None;
    int hints_only = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOOOpOO:Parser", names, &locales, &order, &zone,
                                     &pivot, &prefer, &hints_only, &to_zone, &assume_zone))
        return NULL;
    dnpy_parser *self = (dnpy_parser *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    dn_options opts;
    memset(&opts, 0, sizeof opts);
    if (!(self->locales = norm_locales(locales)) || !(self->order = norm_order(order, &opts.order)) ||
        !(self->prefer = norm_prefer(prefer, &opts.prefer)))
        goto fail;
    if (!(self->to_zone = norm_zone(to_zone, "to_zone", &self->to_zone_c)) ||
        !(self->assume_zone = norm_zone(assume_zone, "assume_zone", &self->assume_zone_c)))
        goto fail;
    if (self->to_zone_c || self->assume_zone_c) {
        /* a zone the library cannot read is an error now, with its message */
        dn_date probe;
        dn_error zerr;
        memset(&probe, 0, sizeof probe);
        memset(&zerr, 0, sizeof zerr);
        int zrc = dn_date_to_zone(&probe, self->to_zone_c, self->assume_zone_c, &zerr);
        if (zrc < 0) {
            dnpy_set_error(&zerr, zrc, "dn_date_to_zone");
            goto fail;
        }
    }
    self->hints_only = hints_only;
    if (hints_only)
        opts.flags |= DN_OPT_HINTS_ONLY;
    if (zone != Py_None && !PyUnicode_Check(zone)) {
        PyErr_SetString(PyExc_TypeError, "zone must be a str such as 'Europe/Paris' or None");
        goto fail;
    }
    if (zone != Py_None && PyUnicode_GET_LENGTH(zone) > 0) {
        Py_ssize_t n;
        const char *z = PyUnicode_AsUTF8AndSize(zone, &n);
        if (!z || !(self->zone_c = PyMem_Malloc((size_t)n + 1)))
            goto fail_nomem;
        memcpy(self->zone_c, z, (size_t)n + 1);
        Py_INCREF(zone);
        self->zone = zone;
    } else {
        Py_INCREF(Py_None);
        self->zone = Py_None;
    }
    if (pivot != Py_None) {
        long v = PyLong_AsLong(pivot);
        if (v == -1 && PyErr_Occurred())
            goto fail;
        if (v < 1 || v > 100) {
            PyErr_SetString(PyExc_ValueError, "two_digit_pivot must be 1..100 or None");
            goto fail;
        }
        self->pivot = (int)v;
    }
    opts.two_digit_pivot = self->pivot;
    opts.zone = self->zone_c;
    if (self->locales != Py_None && !(opts.locales = PyUnicode_AsUTF8(self->locales)))
        goto fail;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_parser_new(&opts, &self->p, &err);
    if (rc < 0) {
        if (rc == DN_ERR_NOMEM)
            goto fail_nomem;
        dnpy_set_error(&err, rc, "dn_parser_new");
        goto fail;
    }
    return (PyObject *)self;
fail_nomem:
    if (!PyErr_Occurred())
        PyErr_NoMemory();
fail:
    Py_DECREF(self);
    return NULL;
}

static void parser_dealloc(dnpy_parser *self)
{
    dn_parser_free(self->p);
    PyMem_Free(self->zone_c);
    PyMem_Free(self->to_zone_c);
    PyMem_Free(self->assume_zone_c);
    Py_XDECREF(self->to_zone);
    Py_XDECREF(self->assume_zone);
    Py_XDECREF(self->locales);
    Py_XDECREF(self->order);
    Py_XDECREF(self->zone);
    Py_XDECREF(self->prefer);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* ---- parse, iso, search --------------------------------------------------------------- */

/* dn_parse of one str; 1 found (d filled), 0 none, -1 error set. */
static int parse_one(dnpy_parser *self, const dnpy_text *t, const dn_context *ctx, dn_date *d)
{
    int rc;
    if (t->len >= GIL_FREE_BYTES) {
        Py_BEGIN_ALLOW_THREADS
        rc = dn_parse(self->p, t->utf8, (size_t)t->len, ctx, d);
        Py_END_ALLOW_THREADS
    } else
        rc = dn_parse(self->p, t->utf8, (size_t)t->len, ctx, d);
    if (rc < 0) {
        PyErr_Format(PyExc_ValueError, "datenorm: %s", dn_strerror(rc));
        return -1;
    }
    if (rc == 1)
        convert_zone(self, d);
    return rc;
}

static const char *const text_now[] = {"text", "now", "whole"};

/* whole=True: the date only when every word around it means something to the library
   (dn_words_known on the text before and after its span). */
static int whole_text(const dnpy_parser *self, const dnpy_text *t, const dn_date *d)
{
    return dn_words_known(self->p, t->utf8, d->start, NULL, NULL) == 1 &&
           dn_words_known(self->p, t->utf8 + d->end, (size_t)t->len - d->end, NULL, NULL) == 1;
}

static PyObject *parser_parse(dnpy_parser *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames)
{
    PyObject *a[3];
    dn_context ctx;
    dnpy_text t;
    int whole = 0;
    if (get_args("parse", args, nargs, kwnames, text_now, 1, 3, a) < 0 ||
        (a[2] && (whole = PyObject_IsTrue(a[2])) < 0) || dnpy_text_get(a[0], &t) < 0)
        return NULL;
    dn_date d;
    int rc = dnpy_context(a[1], self->zone_c, &ctx) < 0 ? -1 : parse_one(self, &t, &ctx, &d);
    if (rc == 1 && whole && !whole_text(self, &t, &d))
        rc = 0;
    PyObject *r = NULL;
    if (rc == 0) {
        Py_INCREF(Py_None);
        r = Py_None;
    } else if (rc == 1) {
        dnpy_cursor c;
        dnpy_cursor_init(&c, &t);
        Py_ssize_t s = dnpy_cursor_chars(&c, d.start);
        r = dnpy_date_new(&d, s, dnpy_cursor_chars(&c, d.end), a[0]);
    }
    dnpy_text_release(&t);
    return r;
}

/* unknown_word(text) -> (start, end) of the first word that means nothing to the library,
   in characters, or None (dn_words_known). */
static PyObject *parser_unknown_word(dnpy_parser *self, PyObject *text)
{
    dnpy_text t;
    if (dnpy_text_get(text, &t) < 0)
        return NULL;
    size_t bs = 0, be = 0;
    int rc = dn_words_known(self->p, t.utf8, (size_t)t.len, &bs, &be);
    PyObject *r = NULL;
    if (rc < 0)
        PyErr_Format(PyExc_ValueError, "datenorm: %s", dn_strerror(rc));
    else if (rc == 1)
        r = (Py_INCREF(Py_None), Py_None);
    else {
        dnpy_cursor c;
        dnpy_cursor_init(&c, &t);
        Py_ssize_t s = dnpy_cursor_chars(&c, bs);
        r = Py_BuildValue("(nn)", s, dnpy_cursor_chars(&c, be));
    }
    dnpy_text_release(&t);
    return r;
}

static PyObject *parser_iso(dnpy_parser *self, PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames)
{
    PyObject *a[2];
    dn_context ctx;
    dnpy_text t;
    if (get_args("iso", args, nargs, kwnames, text_now, 1, 2, a) < 0 ||
        dnpy_text_get(a[0], &t) < 0)
        return NULL;
    dn_date d;
    int rc = dnpy_context(a[1], self->zone_c, &ctx) < 0 ? -1 : parse_one(self, &t, &ctx, &d);
    dnpy_text_release(&t);
    if (rc <= 0) {
        if (rc < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    char buf[DN_FORMAT_MAX];
    int n = dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf);
    if (n <= 0)
        Py_RETURN_NONE;
    return PyUnicode_FromStringAndSize(buf, n);
}

static PyObject *parser_search(dnpy_parser *self, PyObject *const *args, Py_ssize_t nargs,
                               PyObject *kwnames)
{
    PyObject *a[2];
    dn_context ctx;
    dnpy_text t;
    if (get_args("search", args, nargs, kwnames, text_now, 1, 2, a) < 0 ||
        dnpy_text_get(a[0], &t) < 0)
        return NULL;
    if (dnpy_context(a[1], self->zone_c, &ctx) < 0) {
        dnpy_text_release(&t);
        return NULL;
    }
    dn_date small[32], *out = small;
    size_t cap = sizeof small / sizeof small[0], n;
    int nogil = t.len >= GIL_FREE_BYTES, rc;
    dn_error err;
    for (;;) {
        /* dn_search_ex: a text the library refuses (over 4 GiB) is an error, not "no date" */
        if (nogil) {
            Py_BEGIN_ALLOW_THREADS
            rc = dn_search_ex(self->p, t.utf8, (size_t)t.len, &ctx, NULL, out, cap, &n, &err);
            Py_END_ALLOW_THREADS
        } else
            rc = dn_search_ex(self->p, t.utf8, (size_t)t.len, &ctx, NULL, out, cap, &n, &err);
        if (rc < 0) {
            if (out != small)
                PyMem_Free(out);
            dnpy_text_release(&t);
            dnpy_set_error(&err, rc, "dn_search_ex");
            return NULL;
        }
        if (n <= cap)
            break;
        /* more dates than room: once more with room for all of them */
        if (out != small)
            PyMem_Free(out);
        cap = n;
        out = PyMem_Malloc(cap * sizeof *out);
        if (!out) {
            dnpy_text_release(&t);
            return PyErr_NoMemory();
        }
    }
    for (size_t i = 0; i < n; i++)
        convert_zone(self, &out[i]);
    PyObject *list = PyList_New((Py_ssize_t)n);
    dnpy_cursor c;
    dnpy_cursor_init(&c, &t);
    for (size_t i = 0; list && i < n; i++) {
        Py_ssize_t s = dnpy_cursor_chars(&c, out[i].start);
        PyObject *m = dnpy_date_new(&out[i], s, dnpy_cursor_chars(&c, out[i].end), a[0]);
        if (!m)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, (Py_ssize_t)i, m);
    }
    if (out != small)
        PyMem_Free(out);
    dnpy_text_release(&t);
    return list;
}

/* ---- iso_many ------------------------------------------------------------------------- */

/* Whether a value is a missing value: None, a float NaN (numpy.float64 is a float too),
   pandas.NA or pandas.NaT (recognized by their type's name: no pandas import here). */
static int is_missing(PyObject *o)
{
    if (o == Py_None)
        return 1;
    if (PyFloat_Check(o))
        return isnan(PyFloat_AS_DOUBLE(o));
    const char *name = Py_TYPE(o)->tp_name, *dot = strrchr(name, '.');
    name = dot ? dot + 1 : name;
    return strcmp(name, "NAType") == 0 || strcmp(name, "NaTType") == 0;
}

/* values as a sequence this call owns: a copy of a list (another thread may change the
   caller's while the GIL is released), a tuple as it is, a pandas Series or Index through
   to_numpy(), anything else iterated into a list. */
static PyObject *own_sequence(PyObject *values)
{
    if (PyList_Check(values))
        return PyList_GetSlice(values, 0, PyList_GET_SIZE(values));
    if (PyTuple_Check(values)) {
        Py_INCREF(values);
        return values;
    }
    if (PyUnicode_Check(values) || PyBytes_Check(values)) {
        PyErr_SetString(PyExc_TypeError,
                        "iso_many takes an iterable of texts, not one text: use parse() or iso()");
        return NULL;
    }
    PyObject *arr = NULL;
    if (PyObject_HasAttrString(values, "to_numpy")) {
        arr = PyObject_CallMethod(values, "to_numpy", NULL);
        if (!arr)
            return NULL;
    }
    PyObject *seq = PySequence_List(arr ? arr : values);
    Py_XDECREF(arr);
    return seq;
}

typedef struct {
    const char *s;
    size_t n;
    int len; /* of out, after parsing: >0 ISO 8601 written, 0 no date, -1 a missing value */
} many_item;

static PyObject *parser_iso_many(dnpy_parser *self, PyObject *const *args, Py_ssize_t nargs,
                                 PyObject *kwnames)
{
    static const char *const names[] = {"values", "now", "style"};
    PyObject *a[3];
    dn_style style;
    dn_context ctx;
    if (get_args("iso_many", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        style_of(a[2], &style) < 0 || dnpy_context(a[1], self->zone_c, &ctx) < 0)
        return NULL;
    PyObject *seq = own_sequence(a[0]);
    if (!seq)
        return NULL;
    Py_ssize_t total = PySequence_Fast_GET_SIZE(seq);
    PyObject **values = PySequence_Fast_ITEMS(seq);
    PyObject *result = PyList_New(total);
    many_item *items = PyMem_Malloc(CHUNK * sizeof *items);
    char(*out)[DN_FORMAT_MAX] = PyMem_Malloc(CHUNK * sizeof *out);
    PyObject **owners = PyMem_Calloc(CHUNK, sizeof *owners);
    int failed = 0, status = 0;
    if (!result || !items || !out || !owners) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        failed = 1;
    }
    for (Py_ssize_t base = 0; !failed && base < total; base += CHUNK) {
        Py_ssize_t k = total - base < CHUNK ? total - base : CHUNK;
        size_t bytes = 0;
        /* 1. with the GIL: each value's bytes, and a reference that keeps them alive */
        for (Py_ssize_t i = 0; i < k; i++) {
            PyObject *v = values[base + i];
            many_item *it = &items[i];
            it->len = -1;
            if (PyUnicode_Check(v)) {
                dnpy_text t;
                if (dnpy_text_get(v, &t) < 0) {
                    failed = 1;
                    k = i;
                    break;
                }
                owners[i] = t.owner ? t.owner : (Py_INCREF(v), v);
                it->s = t.utf8;
                it->n = (size_t)t.len;
                it->len = 0;
            } else if (PyBytes_Check(v)) {
                Py_INCREF(v);
                owners[i] = v;
                it->s = PyBytes_AS_STRING(v);
                it->n = (size_t)PyBytes_GET_SIZE(v);
                it->len = 0;
            } else if (!is_missing(v)) {
                PyErr_Format(PyExc_TypeError,
                             "iso_many: value %zd is %.80s, not a str (None and NaN give None)",
                             base + i, Py_TYPE(v)->tp_name);
                failed = 1;
                k = i;
                break;
            }
            bytes += it->len == 0 ? it->n : 0;
        }
        /* 2. without the GIL (when there is enough to do): parse and format */
        if (!failed) {
            PyThreadState *ts = (k >= 16 || bytes >= GIL_FREE_BYTES) ? PyEval_SaveThread() : NULL;
            for (Py_ssize_t i = 0; i < k; i++) {
                many_item *it = &items[i];
                if (it->len < 0)
                    continue;
                dn_date d;
                int rc = dn_parse(self->p, it->s, it->n, &ctx, &d);
                if (rc == 1) {
                    convert_zone(self, &d);
                    int len = dn_format(&d, style, out[i], DN_FORMAT_MAX);
                    it->len = len > 0 ? len : 0;
                } else if (rc < 0 && status == 0)
                    status = rc;
            }
            if (ts)
                PyEval_RestoreThread(ts);
        }
        /* 3. with the GIL: the result strings (ISO 8601 is ASCII) */
        for (Py_ssize_t i = 0; i < k; i++) {
            Py_CLEAR(owners[i]);
            if (failed)
                continue;
            PyObject *r;
            if (items[i].len > 0) {
                r = PyUnicode_New(items[i].len, 127);
                if (!r) {
                    failed = 1;
                    continue;
                }
                memcpy(PyUnicode_DATA(r), out[i], (size_t)items[i].len);
            } else {
                Py_INCREF(Py_None);
                r = Py_None;
            }
            PyList_SET_ITEM(result, base + i, r);
        }
        if (status < 0 && !failed) {
            PyErr_Format(PyExc_ValueError, "datenorm: %s", dn_strerror(status));
            failed = 1;
        }
    }
    PyMem_Free(items);
    PyMem_Free(out);
    PyMem_Free(owners);
    Py_DECREF(seq);
    if (failed) {
        Py_XDECREF(result);
        return NULL;
    }
    return result;
}

/* ---- the rest: pickling, equality, attributes ----------------------------------------- */

static PyObject *parser_reduce(dnpy_parser *self, PyObject *unused)
{
    (void)unused;
    PyObject *pivot = self->pivot ? PyLong_FromLong(self->pivot) : (Py_INCREF(Py_None), Py_None);
    if (!pivot)
        return NULL;
    PyObject *r = Py_BuildValue("(O(OOOOOOOO))", Py_TYPE(self), self->locales, self->order,
                                self->zone, pivot, self->prefer,
                                self->hints_only ? Py_True : Py_False, self->to_zone,
                                self->assume_zone);
    Py_DECREF(pivot);
    return r;
}

static PyObject *parser_copy(PyObject *self, PyObject *unused)
{
    (void)unused;
    Py_INCREF(self); /* immutable: a copy is the parser itself */
    return self;
}

static PyObject *options_key(dnpy_parser *self)
{
    return Py_BuildValue("(OOOiOiOO)", self->locales, self->order, self->zone, self->pivot,
                         self->prefer, self->hints_only, self->to_zone, self->assume_zone);
}

static PyObject *parser_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, &dnpy_parser_type) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *ka = options_key((dnpy_parser *)a), *kb = ka ? options_key((dnpy_parser *)b) : NULL;
    PyObject *r = kb ? PyObject_RichCompare(ka, kb, op) : NULL;
    Py_XDECREF(ka);
    Py_XDECREF(kb);
    return r;
}

static Py_hash_t parser_hash(dnpy_parser *self)
{
    PyObject *k = options_key(self);
    if (!k)
        return -1;
    Py_hash_t h = PyObject_Hash(k);
    Py_DECREF(k);
    return h;
}

static PyObject *parser_repr(dnpy_parser *self)
{
    /* the options given, those left at their defaults omitted after zone */
    PyObject *head = PyUnicode_FromFormat("datenorm.Parser(locales=%R, order=%R, zone=%R",
                                          self->locales, self->order, self->zone);
    PyObject *pivot = self->pivot ? PyUnicode_FromFormat(", two_digit_pivot=%d", self->pivot)
                                  : PyUnicode_FromString("");
    PyObject *prefer = self->prefer != Py_None ? PyUnicode_FromFormat(", prefer=%R", self->prefer)
                                               : PyUnicode_FromString("");
    PyObject *zones = self->to_zone == Py_None && self->assume_zone == Py_None
                          ? PyUnicode_FromString("")
                          : PyUnicode_FromFormat(", to_zone=%R, assume_zone=%R", self->to_zone,
                                                 self->assume_zone);
    PyObject *r = NULL;
    if (head && pivot && prefer && zones)
        r = PyUnicode_FromFormat("%U%U%U%s%U)", head, pivot, prefer,
                                 self->hints_only ? ", hints_only=True" : "", zones);
    Py_XDECREF(zones);
    Py_XDECREF(head);
    Py_XDECREF(pivot);
    Py_XDECREF(prefer);
    return r;
}

static PyObject *get_locales(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->locales);
    return self->locales;
}

static PyObject *get_order(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->order);
    return self->order;
}

static PyObject *get_zone(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->zone);
    return self->zone;
}

static PyObject *get_pivot(dnpy_parser *self, void *c)
{
    (void)c;
    if (!self->pivot)
        Py_RETURN_NONE;
    return PyLong_FromLong(self->pivot);
}

static PyObject *get_prefer(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->prefer);
    return self->prefer;
}

static PyObject *get_hints_only(dnpy_parser *self, void *c)
{
    (void)c;
    return PyBool_FromLong(self->hints_only);
}

static PyObject *get_to_zone(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->to_zone);
    return self->to_zone;
}

static PyObject *get_assume_zone(dnpy_parser *self, void *c)
{
    (void)c;
    Py_INCREF(self->assume_zone);
    return self->assume_zone;
}

static PyObject *get_numeric_order(dnpy_parser *self, void *c)
{
    (void)c;
    const char *name = dn_order_name(dn_parser_order(self->p));
    if (!name)
        Py_RETURN_NONE;
    return PyUnicode_FromString(name);
}

static PyGetSetDef parser_getset[] = {
    {"locales", (getter)get_locales, NULL, "The locale hints, 'fr,en', or None (detect).", NULL},
    {"order", (getter)get_order, NULL, "The order given: 'DMY', 'MDY', 'YMD' or None.", NULL},
    {"zone", (getter)get_zone, NULL, "The zone of wall-clock `now` values, or None (UTC).", NULL},
    {"two_digit_pivot", (getter)get_pivot, NULL,
     "Two-digit years below it are 20xx, the others 19xx; None = 69 (POSIX strptime).", NULL},
    {"prefer", (getter)get_prefer, NULL,
     "The year preference given: 'past', 'future', 'current' or None (the default rule).",
     NULL},
    {"hints_only", (getter)get_hints_only, NULL,
     "Whether only readings in the hinted languages count (DN_OPT_HINTS_ONLY).", NULL},
    {"to_zone", (getter)get_to_zone, NULL,
     "The zone every result with a time and an offset is converted to, or None.", NULL},
    {"assume_zone", (getter)get_assume_zone, NULL,
     "The zone a time without an offset is read in, or None (it stays naive).", NULL},
    {"numeric_order", (getter)get_numeric_order, NULL,
     "The order applied to all-numeric dates after the hints: 'DMY', 'MDY', 'YMD', or None\n"
     "when no option or hint fixes it (22.11.2015 day first, 11/22/2015 month first, each\n"
     "flagged AMBIGUOUS when the other order also reads).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define FASTKW(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL | METH_KEYWORDS
static PyMethodDef parser_methods[] = {
    {"parse", FASTKW(parser_parse),
     "parse(text, now=None, whole=False) -> Date or None\n\n"
     "The best date of a text, or None when it holds none (finding none is not an error).\n"
     "now is the reference instant for relative dates ('il y a 3 jours') and dates without\n"
     "a year: None (the current time), an ISO 8601 str, a datetime (naive: in the parser's\n"
     "zone) or Unix seconds.\n"
     "whole=True: the text must be a date and nothing else: None when a word around the\n"
     "date means nothing to the library (dn_words_known: 'on 22 Nov 2015' and 'Sunday,\n"
     "22 Nov 2015' are dates, 'Published on 22 Nov 2015' is None)."},
    {"unknown_word", (PyCFunction)parser_unknown_word, METH_O,
     "unknown_word(text) -> (start, end) or None\n\n"
     "Where the first word of text that means nothing to the library is, in characters;\n"
     "None when every word means something (a month, weekday, filler such as 'on' or 'le',\n"
     "relative word, day period, am/pm...: dn_words_known; with hints_only, in a hinted\n"
     "language). Numbers and separators always do: unknown_word('on 22 Nov') is None,\n"
     "unknown_word('Published on 22 Nov') (0, 9)."},
    {"iso", FASTKW(parser_iso),
     "iso(text, now=None) -> str or None\n\nparse(text, now).iso, without the Date."},
    {"search", FASTKW(parser_search),
     "search(text, now=None) -> list of Date\n\n"
     "Every date of a running text, left to right, without overlaps; each Date's .span\n"
     "(characters) and .text say where it is."},
    {"iso_many", FASTKW(parser_iso_many),
     "iso_many(values, now=None, style='auto') -> list of str or None\n\n"
     "ISO 8601 for each value of a list, tuple, any iterable, numpy object array or pandas\n"
     "Series (in order; the index is not kept): a str (or UTF-8 bytes) gives its date or\n"
     "None; None, NaN, pandas.NA and NaT give None; anything else is a TypeError. One\n"
     "reference instant for the whole call. style: 'auto', 'date' or 'datetime' (see\n"
     "Date.format). The GIL is released while the library parses."},
    {"__reduce__", (PyCFunction)parser_reduce, METH_NOARGS, "Pickle support."},
    {"__copy__", (PyCFunction)parser_copy, METH_NOARGS, "The parser itself (immutable)."},
    {"__deepcopy__", (PyCFunction)parser_copy, METH_O, "The parser itself (immutable)."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject dnpy_parser_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "datenorm.Parser",
    .tp_basicsize = sizeof(dnpy_parser),
    .tp_dealloc = (destructor)parser_dealloc,
    .tp_repr = (reprfunc)parser_repr,
    .tp_hash = (hashfunc)parser_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Parser(locales=None, order=None, zone=None, two_digit_pivot=None, prefer=None,\n"
              "       hints_only=False, to_zone=None, assume_zone=None)\n\n"
              "A date parser, built once and then immutable: share one between threads, pickle\n"
              "it to workers.\n\n"
              "locales: hints in priority order, 'fr,en' or ['fr', 'en'] (BCP 47 or POSIX);\n"
              "    None detects the language from the words of each text.\n"
              "order: how to read all-numeric dates such as 05/06/2015: 'DMY', 'MDY', 'YMD',\n"
              "    or None (the first hint's CLDR pattern; with no hint, see numeric_order).\n"
              "zone: the zone of the reference instant: 'UTC', '+05:30' or a zone id\n"
              "    ('Europe/Paris', daylight saving time applied); a naive `now` is a\n"
              "    wall-clock time there. None is UTC.\n"
              "two_digit_pivot: two-digit years below it are 20xx, others 19xx (default 69).\n"
              "prefer: the year of a date written without one ('Dec 3', 'October'): 'past' the\n"
              "    latest such date on or before the reference's day, 'future' the first on or\n"
              "    after it, 'current' the reference's year; None: the reference's year, or the\n"
              "    year before when that puts the date over three months ahead (CLI --prefer).\n"
              "    A weekday alone ('Monday'): with 'future' the first such day on or after the\n"
              "    reference's day, else the latest on or before it.\n"
              "hints_only: the text is known to be in the hinted languages (locales required):\n"
              "    a reading in another language is none, so another may win. With 'en', 'NA'\n"
              "    (Norwegian 'now') and 'ma' (Hungarian 'today') give None, 'ma 22.11.2015'\n"
              "    2015-11-22; ISO 8601, numeric dates and Unix time stay (CLI --only-hinted).\n"
              "to_zone, assume_zone: every result goes through Date.to_zone(to_zone,\n"
              "    assume_zone) (the CLI's --to-zone and --assume-zone): a time with an offset\n"
              "    is written in to_zone ('2015-11-22T23:30:00Z' with to_zone='Asia/Kolkata'\n"
              "    is '2015-11-23T05:00:00+05:30'); a time without one is read in assume_zone\n"
              "    (else it stays naive); dates without a time are left as they are. zone\n"
              "    only says where `now` is, and converts nothing.\n\n"
              "Options the library refuses (an unknown locale or zone) raise ValueError.",
    .tp_richcompare = parser_richcompare,
    .tp_methods = parser_methods,
    .tp_getset = parser_getset,
    .tp_new = parser_new,
};
