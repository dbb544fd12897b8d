/*
 * status.c: what the status codes say (dn_strerror), and dn_search_ex, the search that
 * reports errors.
 *
 * dn_search returns a count, so a NULL parser or an absurd reference instant looks like a
 * text without dates. dn_search_ex checks its arguments first and says which is wrong, then
 * hands the call to the search with the document's options (dnp_search): a call without
 * options gives exactly dn_search's results, and the engine's hot path gains no test.
 */
#include <config.h>

#include "engine.h"

#include <stdio.h>

/* Indexed by -status: one English sentence per dn_status, in the enum's order. */
static const char *const status_text[] = {
    "success",                                                 /* DN_OK */
    "a NULL or out-of-range argument",                         /* DN_ERR_ARG */
    "a locale hint ICU cannot read",                           /* DN_ERR_LOCALE */
    "out of memory",                                           /* DN_ERR_NOMEM */
    "ICU reported an error",                                   /* DN_ERR_ICU */
    "the buffer is too small",                                 /* DN_ERR_SPACE */
    "a reference instant that cannot be read or is out of range", /* DN_ERR_TIME */
    "a time zone that cannot be read",                         /* DN_ERR_ZONE */
};

const char *dn_strerror(int status)
{
    if (status >= 0)
        return status_text[0];
    /* -(INT_MIN) overflows: compare before negating */
    if (status < -(int)(sizeof status_text / sizeof status_text[0] - 1))
        return "unknown status";
    return status_text[-status];
}

static int refuse(dn_error *err, int code, const char *message, size_t *found)
{
    if (found)
        *found = 0;
    if (err) {
        err->code = code;
        err->offset = 0;
        snprintf(err->message, sizeof err->message, "%s", message);
    }
    return code;
}

/* Field by field: padding bytes may hold anything. The reserved fields are zero, the flags
   and the order known ones. */
static bool options_valid(const dn_search_options *o)
{
    bool ok = (o->flags & ~(DN_SEARCH_HINTS_ONLY | DN_SEARCH_NO_PAGE)) == 0 &&
              o->order >= DN_ORDER_AUTO && o->order <= DN_ORDER_YMD;
    for (size_t i = 0; i < sizeof o->reserved_int / sizeof o->reserved_int[0]; i++)
        ok &= o->reserved_int[i] == 0;
    for (size_t i = 0; i < sizeof o->reserved_ptr / sizeof o->reserved_ptr[0]; i++)
        ok &= o->reserved_ptr[i] == NULL;
    return ok;
}

/* Whether every code of a comma-separated language list is a language the lexicon has
   ("fr", "pt-BR", "pt_BR.UTF-8"); *bad gets the offset of the first that is not. */
static bool locales_known(const char *list, size_t *bad)
{
    const char *s = list;
    while (*s) {
        while (*s == ',' || *s == ' ')
            s++;
        const char *a = s;
        while (*s && *s != ',' && *s != ' ')
            s++;
        size_t len = 0;
        char code[16];
        while (a + len < s && a[len] != '-' && a[len] != '_' && a[len] != '.' &&
               a[len] != '@' && len < sizeof code)
            code[len] = (char)(a[len] >= 'A' && a[len] <= 'Z' ? a[len] + 32 : a[len]), len++;
        if (a < s && dnp_locale_of_hint(a, (size_t)(s - a)) < 0 &&
            (len == 0 || len == sizeof code || dnp_lang_find(code, len) < 0)) {
            *bad = (size_t)(a - list);
            return false;
        }
    }
    return true;
}

int dn_search_ex(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                 const dn_search_options *opts, dn_date *out, size_t cap, size_t *found,
                 dn_error *err)
{
    if (!p)
        return refuse(err, DN_ERR_ARG, "dn_search_ex: the parser is NULL", found);
    if (!text && len > 0)
        return refuse(err, DN_ERR_ARG, "dn_search_ex: text is NULL but len is not 0", found);
    if (!out && cap > 0)
        return refuse(err, DN_ERR_ARG, "dn_search_ex: out is NULL but cap is not 0", found);
    if (len > UINT32_MAX) /* dn_search would read the first 4 GiB only (spans are 32-bit) */
        return refuse(err, DN_ERR_ARG, "dn_search_ex: text longer than 4 GiB", found);
    if (opts && !options_valid(opts))
        return refuse(err, DN_ERR_ARG, "dn_search_ex: an unknown flag or order, or a reserved "
                      "option set", found);
    size_t bad = 0;
    if (opts && opts->locales && !locales_known(opts->locales, &bad)) {
        refuse(err, DN_ERR_LOCALE, "dn_search_ex: a language of the document's locales is "
               "not known", found);
        if (err)
            err->offset = bad;
        return DN_ERR_LOCALE;
    }
    if (ctx) {
        int rc = dnp_context_check(ctx, err);
        if (rc < 0) {
            if (found)
                *found = 0;
            return rc;
        }
    }
    size_t n = dnp_search(p, text, len, ctx, opts, out, cap);
    if (found)
        *found = n;
    return DN_OK;
}
