/*
 * binding.h: what the four C files of the Python extension datenorm._datenorm share. The
 * extension is a thin layer over the public API of lib/datenorm.h (nothing else of the
 * library): module.c (the module, its functions and the Flag enum), parser.c (the Parser
 * type: parse, search, iso_many), date.c (the Date type, a dn_date with character spans)
 * and convert.c (Python str <-> UTF-8 spans, and the `now` argument -> dn_context).
 *
 * Spans: the library counts bytes of UTF-8, Python counts code points of a str. A str is
 * handed to the library as UTF-8 (ASCII strs without a copy) and every byte offset that
 * comes back is turned into a code point offset by counting the lead bytes before it; a
 * str holding lone surrogates is encoded with "surrogatepass" (3 bytes, one code point,
 * which the library reads as a separator).
 */
#ifndef DATENORM_PY_BINDING_H
#define DATENORM_PY_BINDING_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "datenorm.h"

#define DNPY_HIDDEN __attribute__((visibility("hidden")))

/* ---- convert.c ---------------------------------------------------------------------- */

/* A str as UTF-8: utf8[0..len) stays valid while the str (and owner) live. */
typedef struct {
    const char *utf8;
    Py_ssize_t len;
    PyObject *owner; /* a bytes object holding the encoding, or NULL (the str's own data) */
    int ascii;       /* every byte is a code point: byte offsets are character offsets */
} dnpy_text;

/* Fills t from a str (TypeError for anything else). 0, or -1 with an exception set. */
int dnpy_text_get(PyObject *str, dnpy_text *t) DNPY_HIDDEN;
void dnpy_text_release(dnpy_text *t) DNPY_HIDDEN;

/* Byte offsets -> character offsets, for offsets that never go backwards (the spans of
   one search, left to right): each call counts only the bytes since the previous one. */
typedef struct {
    const dnpy_text *t;
    size_t byte;
    Py_ssize_t chr;
} dnpy_cursor;
void dnpy_cursor_init(dnpy_cursor *c, const dnpy_text *t) DNPY_HIDDEN;
Py_ssize_t dnpy_cursor_chars(dnpy_cursor *c, size_t byte) DNPY_HIDDEN;

/* The reference instant of one call. now: None (the current time), a str in ISO 8601, a
   datetime.datetime or datetime.date (naive: a wall-clock time in `zone`), or Unix seconds
   (int or float). zone: NULL for UTC, else a zone dn_zone_offset reads. 0, or -1 with
   ValueError (the library's message) or TypeError set. */
int dnpy_context(PyObject *now, const char *zone, dn_context *ctx) DNPY_HIDDEN;

/* ValueError carrying the library's message (or a fallback naming the code). */
void dnpy_set_error(const dn_error *err, int code, const char *what) DNPY_HIDDEN;

/* ---- date.c ------------------------------------------------------------------------- */

extern PyTypeObject dnpy_date_type DNPY_HIDDEN;

/* A new datenorm.Date for d; start and end are character offsets into text (a str, kept
   for Date.text; may be NULL). */
PyObject *dnpy_date_new(const dn_date *d, Py_ssize_t start, Py_ssize_t end, PyObject *text)
    DNPY_HIDDEN;
/* Date.__reduce__'s inverse (the module function _date_from_state). */
PyObject *dnpy_date_from_state(PyObject *module, PyObject *state) DNPY_HIDDEN;

/* The name of a precision ("day"), the library's (dn_precision_name), as the CLI's --json
   and the PostgreSQL extension print it; "none" for a value the library does not name. */
const char *dnpy_precision_name(dn_precision p) DNPY_HIDDEN;

/* datenorm.Flag (an enum.IntFlag built by module.c on first use from the library's flag
   names, dn_flag_name, upper-cased: AMBIGUOUS), or NULL with an exception set. */
extern PyObject *dnpy_flag_type DNPY_HIDDEN;
PyObject *dnpy_get_flag_type(void) DNPY_HIDDEN;

/* ---- parser.c ----------------------------------------------------------------------- */

extern PyTypeObject dnpy_parser_type DNPY_HIDDEN;

#endif
