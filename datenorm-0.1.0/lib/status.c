/*
 * status.c: what the status codes say (dn_strerror), and dn_search_ex, the search that
 * reports errors.
 *
 * dn_search returns a count, so a NULL parser or an absurd reference instant looks like a
 * text without dates. dn_search_ex checks its arguments first and says which is wrong, then
 * hands the call to dn_search unchanged: a call that passes the checks gives exactly
 * dn_search's results, and the engine's hot path gains no test.
 */
#include <config.h>

#include "parser.h"

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

/* Field by field: padding bytes may hold anything. */
static bool options_unset(const dn_search_options *o)
{
    bool unset = o->flags == 0;
    for (size_t i = 0; i < sizeof o->reserved_int / sizeof o->reserved_int[0]; i++)
        unset &= o->reserved_int[i] == 0;
    for (size_t i = 0; i < sizeof o->reserved_ptr / sizeof o->reserved_ptr[0]; i++)
        unset &= o->reserved_ptr[i] == NULL;
    return unset;
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
    if (opts && !options_unset(opts))
        return refuse(err, DN_ERR_ARG, "dn_search_ex: a reserved option is set (this "
                      "version of the library defines none)", found);
    if (ctx) {
        int rc = dnp_context_check(ctx, err);
        if (rc < 0) {
            if (found)
                *found = 0;
            return rc;
        }
    }
    size_t n = dn_search(p, text, len, ctx, out, cap);
    if (found)
        *found = n;
    return DN_OK;
}
