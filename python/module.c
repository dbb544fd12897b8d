/*
 * module.c: the extension module datenorm._datenorm: the Parser and Date types, the Flag
 * enum (an enum.IntFlag made here from the DN_FLAG_* table of date.c, so its names and
 * bits have one home), PRECISIONS, and the library's versions. The package datenorm
 * (python/datenorm/__init__.py) re-exports all of it and adds the module-level helpers.
 */
#include <string.h>

#include "binding.h"

static PyObject *mod_version(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return PyUnicode_FromString(dn_version());
}

static PyObject *mod_icu_version(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return PyUnicode_FromString(dn_icu_version());
}

static PyObject *mod_zone_offset(PyObject *m, PyObject *args)
{
    (void)m;
    const char *zone;
    long long at;
    if (!PyArg_ParseTuple(args, "sL:zone_offset", &zone, &at))
        return NULL;
    int minutes = 0;
    dn_error err;
    memset(&err, 0, sizeof err);
    int rc = dn_zone_offset(zone, (int64_t)at, &minutes, &err);
    if (rc != DN_OK) {
        dnpy_set_error(&err, rc, "dn_zone_offset");
        return NULL;
    }
    return PyLong_FromLong(minutes);
}

static PyObject *mod_getattr(PyObject *m, PyObject *name);

static PyMethodDef module_methods[] = {
    {"__getattr__", mod_getattr, METH_O, "Module attributes made on first use (Flag)."},
    {"zone_offset", mod_zone_offset, METH_VARARGS,
     "zone_offset(zone, unix_seconds) -> int\n\n"
     "The offset in minutes east of UTC of a zone at an instant, from ICU's zone data (the\n"
     "library's dn_zone_offset): zone is 'UTC', '+05:30' or a zone id ('Europe/Paris',\n"
     "daylight saving time applied). ValueError for a zone ICU does not know."},
    {"version", mod_version, METH_NOARGS, "version() -> str: the version of libdatenorm."},
    {"icu_version", mod_icu_version, METH_NOARGS,
     "icu_version() -> str: the ICU version libdatenorm was built against."},
    {"_date_from_state", dnpy_date_from_state, METH_O, "Unpickles a Date."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "datenorm._datenorm",
    .m_doc = "The C extension over libdatenorm; use the package datenorm.",
    .m_size = -1,
    .m_methods = module_methods,
};

/* enum.IntFlag('Flag', [(NAME, bit), ...], module='datenorm') */
static PyObject *make_flag_type(void)
{
    PyObject *enum_mod = PyImport_ImportModule("enum");
    if (!enum_mod)
        return NULL;
    PyObject *members = PyList_New(0), *r = NULL;
    /* the library's names, upper-cased as Python's enums are: "has_offset" -> HAS_OFFSET */
    for (unsigned bit = 1; members && bit; bit <<= 1) {
        const char *lower = dn_flag_name(bit);
        char name[64];
        size_t i;
        if (!lower)
            continue;
        for (i = 0; lower[i] && i < sizeof name - 1; i++)
            name[i] = (lower[i] >= 'a' && lower[i] <= 'z') ? (char)(lower[i] - 'a' + 'A') : lower[i];
        name[i] = '\0';
        PyObject *pair = Py_BuildValue("(sI)", name, bit);
        if (!pair || PyList_Append(members, pair) < 0)
            Py_CLEAR(members);
        Py_XDECREF(pair);
    }
    PyObject *intflag = members ? PyObject_GetAttrString(enum_mod, "IntFlag") : NULL;
    PyObject *args = intflag ? Py_BuildValue("(sO)", "Flag", members) : NULL;
    PyObject *kw = args ? Py_BuildValue("{ss}", "module", "datenorm") : NULL;
    if (kw)
        r = PyObject_Call(intflag, args, kw);
    Py_XDECREF(kw);
    Py_XDECREF(args);
    Py_XDECREF(intflag);
    Py_XDECREF(members);
    Py_DECREF(enum_mod);
    PyObject *doc = r ? PyUnicode_FromString("Flags of a Date (Date.flags): the library's "
                                             "DN_FLAG_* bits, the CLI's --json flags.")
                      : NULL;
    if (doc && PyObject_SetAttrString(r, "__doc__", doc) < 0)
        PyErr_Clear();
    Py_XDECREF(doc);
    return r;
}

/* Flag is made on first use (PEP 562 module __getattr__): building an enum.IntFlag imports
   enum, a few milliseconds that `import datenorm` need not spend. */
PyObject *dnpy_get_flag_type(void)
{
    if (!dnpy_flag_type)
        dnpy_flag_type = make_flag_type();
    return dnpy_flag_type;
}

static PyObject *mod_getattr(PyObject *m, PyObject *name)
{
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "Flag") == 0) {
        PyObject *f = dnpy_get_flag_type();
        if (!f || PyObject_SetAttrString(m, "Flag", f) < 0)
            return NULL;
        Py_INCREF(f);
        return f;
    }
    PyErr_Format(PyExc_AttributeError, "module 'datenorm._datenorm' has no attribute '%U'", name);
    return NULL;
}

PyMODINIT_FUNC PyInit__datenorm(void)
{
    if (PyType_Ready(&dnpy_parser_type) < 0 || PyType_Ready(&dnpy_date_type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (!m)
        return NULL;
    /* the precisions the library names, coarsest first ("none" left out) */
    PyObject *prec = PyList_New(0);
    for (int p = DN_PREC_YEAR; prec && dn_precision_name((dn_precision)p); p++) {
        PyObject *s = PyUnicode_FromString(dn_precision_name((dn_precision)p));
        if (!s || PyList_Append(prec, s) < 0)
            Py_CLEAR(prec);
        Py_XDECREF(s);
    }
    if (prec)
        Py_SETREF(prec, PyList_AsTuple(prec));
    Py_INCREF(&dnpy_parser_type);
    Py_INCREF(&dnpy_date_type);
    if (!prec || PyModule_AddObject(m, "PRECISIONS", prec) < 0 ||
        PyModule_AddObject(m, "Parser", (PyObject *)&dnpy_parser_type) < 0 ||
        PyModule_AddObject(m, "Date", (PyObject *)&dnpy_date_type) < 0)
        goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
