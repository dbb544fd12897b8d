/*
 * functions.c: the SQL functions of the datenorm extension, over libdatenorm's public API.
 *
 *     datenorm('22 Novembre 2015')                        -> '2015-11-22' (text, ISO 8601)
 *     datenorm_date('Sonntag, 22. November 2015')         -> 2015-11-22 (date)
 *     datenorm_timestamptz('Sun, 22 Nov 2015 10:00:00 +0100') -> 2015-11-22 09:00:00+00
 *     datenorm_parse('22 Nov 2015')                       -> one datenorm_result row
 *     datenorm_search('Posted 22 Nov 2015, edited 2016-01-02') -> a datenorm_result per date
 *     datenorm_to_zone('22 Nov 2015 23:30 UTC', 'Asia/Kolkata') -> '2015-11-23T05:00:00+05:30'
 *
 * Each takes (input text), (input text, now timestamptz) or (input text, now timestamptz,
 * zone text, locales text, date_order text). The first two read the datenorm.* settings
 * (settings.c) and are STABLE; the first takes the transaction's start as the reference
 * instant, as now() does. The third reads only its arguments and is IMMUTABLE. A text with
 * no date is NULL (datenorm_search: no row), never an error, and so is a date that the
 * SQL type cannot hold (datenorm_date of "November 2015", datenorm_timestamptz of a time
 * without an offset when no zone is named). datenorm_to_zone(input, to_zone, assume_zone
 * [, now [, zone, locales, date_order]]) reads what datenorm(input [, now [, ...]]) reads
 * and writes the result seen in another zone (the library's dn_date_to_zone, the CLI's
 * --to-zone and --assume-zone), with the same volatility; a zone it cannot read is an ERROR
 * (22023) with the library's message, whatever the input.
 *
 * Text: in a UTF8 database the library reads the value's bytes as they are; in a SQL_ASCII
 * database too (they may be any bytes: the library reads an invalid sequence as a
 * separator); in any other encoding the text is converted to UTF-8 first. Positions
 * (start, length) count characters as PostgreSQL's substr() does, so
 * substr(input, start, length) is the date as written: in SQL_ASCII that is bytes.
 *
 * Memory: everything a call allocates is in the memory context the executor gives it (a
 * row's, reset after the row; a set-returning call's, deleted when its set ends). Only
 * settings.c keeps anything longer, once per option set.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "pgdn.h"

PG_MODULE_MAGIC;

void _PG_init(void);

void _PG_init(void)
{
    pgdn_define_settings();
}

/* ---- a call's arguments --------------------------------------------------------------- */

typedef struct {
    const char *orig; /* the input, in the database's encoding */
    int orig_len;
    const char *utf8; /* the input as the library reads it */
    size_t len;
    int encoding;     /* the database's */
    pgdn_setup *setup;
    dn_context ctx;
} call;

/* The input text (argument 0) as the library reads it. */
static void read_input(FunctionCallInfo fcinfo, call *c)
{
    text *input = PG_GETARG_TEXT_PP(0);

    c->orig = VARDATA_ANY(input);
    c->orig_len = VARSIZE_ANY_EXHDR(input);
    c->encoding = GetDatabaseEncoding();
    if (c->encoding == PG_UTF8 || c->encoding == PG_SQL_ASCII) {
        c->utf8 = c->orig;
        c->len = c->orig_len;
    } else {
        c->utf8 = pg_server_to_any(c->orig, c->orig_len, PG_UTF8);
        c->len = c->utf8 == c->orig ? (size_t)c->orig_len : strlen(c->utf8);
    }
}

/* Reads the arguments, the reference instant being argument `at` when the call has one
   and the zone, locales and date_order the arguments after it: false when the result is
   NULL (a NULL input or reference). */
static bool read_call_at(FunctionCallInfo fcinfo, call *c, int at)
{
    int nargs = PG_NARGS() - (at - 1); /* as if the reference were argument 1 */
    TimestampTz now;

    if (PG_ARGISNULL(0) || (nargs > 1 && PG_ARGISNULL(at)))
        return false;
    if (nargs > 2) {
        /* zone, locales, date_order: NULL is the default ('', '', auto) */
        const char *zone = NULL, *locales = NULL;
        int zone_len = 0, locales_len = 0;
        dn_order order = DN_ORDER_AUTO;

        if (!PG_ARGISNULL(at + 1)) {
            text *t = PG_GETARG_TEXT_PP(at + 1);
            zone = VARDATA_ANY(t);
            zone_len = VARSIZE_ANY_EXHDR(t);
        }
        if (nargs > 3 && !PG_ARGISNULL(at + 2)) {
            text *t = PG_GETARG_TEXT_PP(at + 2);
            locales = VARDATA_ANY(t);
            locales_len = VARSIZE_ANY_EXHDR(t);
        }
        if (nargs > 4 && !PG_ARGISNULL(at + 3)) {
            text *t = PG_GETARG_TEXT_PP(at + 3);
            order = pgdn_order_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
        }
        c->setup = pgdn_setup_from_options(zone, zone_len, locales, locales_len, order);
    } else
        c->setup = pgdn_setup_from_settings();
    now = nargs > 1 ? PG_GETARG_TIMESTAMPTZ(at) : GetCurrentTransactionStartTimestamp();
    pgdn_context(c->setup, now, &c->ctx);
    read_input(fcinfo, c);
    return true;
}

/* The usual calls: (input [, now [, zone, locales, date_order]]). */
static bool read_call(FunctionCallInfo fcinfo, call *c)
{
    return read_call_at(fcinfo, c, 1);
}

static bool parse(const call *c, dn_date *d)
{
    int rc = dn_parse(pgdn_parser(c->setup), c->utf8, c->len, &c->ctx, d);

    if (rc < 0)
        ereport(ERROR, (errcode(pgdn_sqlstate(rc)), errmsg("datenorm: %s", dn_strerror(rc))));
    return rc == 1;
}

/* ---- positions in characters ---------------------------------------------------------- */

/* A walk through the input from left to right: byte offset in c->utf8 and the number of
   the database's characters before it. */
typedef struct {
    size_t byte;
    int64 chars;
} cursor;

static int64 count_chars(const call *c, const char *s, size_t n)
{
    int64 k = 0;
    size_t i;

    if (c->encoding == PG_SQL_ASCII)
        return (int64)n; /* one byte, one character, as PostgreSQL counts there */
    if (c->encoding == PG_UTF8) {
        for (i = 0; i < n; i++)
            k += ((unsigned char)s[i] & 0xC0) != 0x80; /* every byte but a continuation */
        return k;
    } else {
        /* the UTF-8 piece back in the database's encoding, counted as substr() counts */
        char *back = pg_any_to_server(s, (int)n, PG_UTF8);

        k = pg_mbstrlen_with_len(back, strlen(back));
        if (back != s)
            pfree(back);
        return k;
    }
}

static int64 chars_to(const call *c, cursor *cur, size_t byte)
{
    cur->chars += count_chars(c, c->utf8 + cur->byte, byte - cur->byte);
    cur->byte = byte;
    return cur->chars;
}

/* ---- results as SQL values ------------------------------------------------------------ */

static Datum iso_text(const dn_date *d)
{
    char buf[DN_FORMAT_MAX];
    int n = dn_format(d, DN_STYLE_AUTO, buf, sizeof buf);

    if (n <= 0)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                        errmsg("datenorm: cannot format a result: %s", dn_strerror(n))));
    return PointerGetDatum(cstring_to_text_with_len(buf, n));
}

/* The day of a result with day precision or finer, as a Julian day number. */
static bool julian_day(const dn_date *d, int *jd)
{
    if (d->precision < DN_PREC_DAY || !IS_VALID_JULIAN(d->year, d->month, d->day))
        return false;
    *jd = date2j(d->year, d->month, d->day);
    return true;
}

static bool as_date(const dn_date *d, DateADT *out)
{
    int jd;

    if (!julian_day(d, &jd) || !IS_VALID_DATE(jd - POSTGRES_EPOCH_JDATE))
        return false;
    *out = jd - POSTGRES_EPOCH_JDATE;
    return true;
}

/* A result with a time, at its own offset, or at the setup's zone's when it has none and
   the setup names one. */
static bool as_timestamptz(const dn_date *d, pgdn_setup *s, TimestampTz *out)
{
    int jd, offset;
    int64 local, usecs;

    if (d->precision < DN_PREC_HOUR || !julian_day(d, &jd))
        return false;
    local = (int64)(jd - UNIX_EPOCH_JDATE) * SECS_PER_DAY + d->hour * SECS_PER_HOUR +
            d->minute * SECS_PER_MINUTE + d->second;
    if (d->flags & DN_FLAG_HAS_OFFSET)
        offset = d->offset_minutes;
    else if (pgdn_has_zone(s))
        offset = pgdn_offset_at_local(s, local);
    else
        return false; /* a wall-clock time in no zone is no instant */
    usecs = (local - (int64)offset * SECS_PER_MINUTE -
             (int64)(POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY) * USECS_PER_SEC +
            (d->nanosecond + 500) / 1000; /* rounded to microseconds, as timestamptz_in does */
    if (!IS_VALID_TIMESTAMP(usecs))
        return false;
    *out = usecs;
    return true;
}

/* ---- the datenorm_result row ------------------------------------------------------------ */

enum {
    COL_ISO, COL_YEAR, COL_MONTH, COL_DAY, COL_WEEK, COL_WEEKDAY, COL_HOUR, COL_MINUTE,
    COL_SECOND, COL_NANOSECOND, COL_FRACTION_DIGITS, COL_OFFSET_MINUTES, COL_PRECISION,
    COL_LOCALE, COL_CONFIDENCE, COL_START, COL_LENGTH, COL_TEXT, COL_FLAGS, COL_ALT_ISO,
    NCOLS
};

/* The result type of the SQL function being called, checked against the columns above. */
static TupleDesc result_desc(FunctionCallInfo fcinfo)
{
    TupleDesc td;

    if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE || td->natts != NCOLS)
        ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                        errmsg("datenorm: the result type does not match the extension's "
                               "library (ALTER EXTENSION datenorm UPDATE?)")));
    return BlessTupleDesc(td);
}

/* The same, looked up once per call site (fn_extra; not for set-returning functions, whose
   fn_extra is the executor's). */
static TupleDesc cached_result_desc(FunctionCallInfo fcinfo)
{
    if (!fcinfo->flinfo->fn_extra) {
        MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
        fcinfo->flinfo->fn_extra = result_desc(fcinfo);
        MemoryContextSwitchTo(old);
    }
    return (TupleDesc)fcinfo->flinfo->fn_extra;
}

static void set_int(Datum *values, bool *nulls, int col, bool given, int v)
{
    values[col] = Int32GetDatum(v);
    nulls[col] = !given;
}

static HeapTuple result_row(const call *c, cursor *cur, TupleDesc td, const dn_date *d)
{
    Datum values[NCOLS];
    bool nulls[NCOLS];
    dn_precision p = d->precision;
    Datum flags[32];
    int nflags = 0;
    int64 start, end;
    unsigned bit;
    const char *name;

    memset(nulls, 0, sizeof nulls);
    values[COL_ISO] = iso_text(d);
    /* a field the text did not give is NULL, as in the CLI's --json */
    set_int(values, nulls, COL_YEAR, true, d->year);
    set_int(values, nulls, COL_MONTH, d->month > 0, d->month);
    set_int(values, nulls, COL_DAY, d->day > 0, d->day);
    set_int(values, nulls, COL_WEEK, p == DN_PREC_WEEK, d->week);
    set_int(values, nulls, COL_WEEKDAY, d->weekday > 0, d->weekday);
    set_int(values, nulls, COL_HOUR, p >= DN_PREC_HOUR, d->hour);
    set_int(values, nulls, COL_MINUTE, p >= DN_PREC_MINUTE, d->minute);
    set_int(values, nulls, COL_SECOND, p >= DN_PREC_SECOND, d->second);
    set_int(values, nulls, COL_NANOSECOND, p >= DN_PREC_FRACTION, d->nanosecond);
    set_int(values, nulls, COL_FRACTION_DIGITS, p >= DN_PREC_FRACTION, d->fraction_digits);
    set_int(values, nulls, COL_OFFSET_MINUTES, (d->flags & DN_FLAG_HAS_OFFSET) != 0,
            d->offset_minutes);
    /* names as the CLI's --json and the Python binding write them: the library's */
    if ((name = dn_precision_name(p)) != NULL)
        values[COL_PRECISION] = CStringGetTextDatum(name);
    else
        nulls[COL_PRECISION] = true;
    values[COL_LOCALE] =
        PointerGetDatum(cstring_to_text_with_len(d->locale, strnlen(d->locale, sizeof d->locale)));
    /* three decimals, as the CLI's --json prints it: 0.6, not float4's 0.59999996 */
    values[COL_CONFIDENCE] = Float4GetDatum((float4)(rint(d->confidence * 1000.0) / 1000.0));
    nulls[COL_CONFIDENCE] = !isfinite(d->confidence);

    /* the span: 1-based, in characters, and the matched text in the database's encoding */
    start = chars_to(c, cur, d->start);
    end = chars_to(c, cur, d->end);
    set_int(values, nulls, COL_START, true, (int)(start + 1));
    set_int(values, nulls, COL_LENGTH, true, (int)(end - start));
    if (c->utf8 == c->orig)
        values[COL_TEXT] = PointerGetDatum(
            cstring_to_text_with_len(c->orig + d->start, (int)(d->end - d->start)));
    else {
        char *s = pg_any_to_server(c->utf8 + d->start, (int)(d->end - d->start), PG_UTF8);
        values[COL_TEXT] = CStringGetTextDatum(s);
    }

    for (bit = 1; bit; bit <<= 1)
        if ((d->flags & bit) && (name = dn_flag_name(bit)) != NULL)
            flags[nflags++] = CStringGetTextDatum(name);
    values[COL_FLAGS] = PointerGetDatum(construct_array(flags, nflags, TEXTOID, -1, false,
                                                        TYPALIGN_INT));
    if (d->flags & DN_FLAG_AMBIGUOUS) {
        dn_date alt = *d;
        alt.year = d->alt_year;
        alt.month = d->alt_month;
        alt.day = d->alt_day;
        alt.flags &= ~DN_FLAG_AMBIGUOUS;
        values[COL_ALT_ISO] = iso_text(&alt);
    } else
        nulls[COL_ALT_ISO] = true;
    return heap_form_tuple(td, values, nulls);
}

/* ---- the SQL functions ------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(pgdn_sql_iso);
PG_FUNCTION_INFO_V1(pgdn_sql_date);
PG_FUNCTION_INFO_V1(pgdn_sql_timestamptz);
PG_FUNCTION_INFO_V1(pgdn_sql_parse);
PG_FUNCTION_INFO_V1(pgdn_sql_search);
PG_FUNCTION_INFO_V1(pgdn_sql_version);
PG_FUNCTION_INFO_V1(pgdn_sql_to_zone);

/* datenorm(input [, now [, zone, locales, date_order]]) -> text */
Datum pgdn_sql_iso(PG_FUNCTION_ARGS)
{
    call c;
    dn_date d;

    if (!read_call(fcinfo, &c) || !parse(&c, &d))
        PG_RETURN_NULL();
    PG_RETURN_DATUM(iso_text(&d));
}

/* datenorm_to_zone(input, to_zone [, assume_zone [, now [, zone, locales, date_order]]])
   -> text: datenorm(input ...) seen in to_zone (a time with an offset), a time without one
   read in assume_zone; NULL or '' zones are not given. The zones are checked first: a bad
   one is an error on every row. */
Datum pgdn_sql_to_zone(PG_FUNCTION_ARGS)
{
    call c;
    dn_date d;
    dn_error err;
    const char *to = NULL, *assume = NULL;
    int rc;

    if (!PG_ARGISNULL(1))
        to = text_to_cstring(PG_GETARG_TEXT_PP(1));
    if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
        assume = text_to_cstring(PG_GETARG_TEXT_PP(2));
    memset(&d, 0, sizeof d);
    memset(&err, 0, sizeof err);
    if ((rc = dn_date_to_zone(&d, to, assume, &err)) < 0)
        ereport(ERROR, (errcode(pgdn_sqlstate(rc)), errmsg("datenorm: %s", err.message)));
    if (PG_NARGS() > 3) {
        if (!read_call_at(fcinfo, &c, 3)) /* the reference is argument 3 */
            PG_RETURN_NULL();
    } else {
        if (PG_ARGISNULL(0))
            PG_RETURN_NULL();
        c.setup = pgdn_setup_from_settings();
        pgdn_context(c.setup, GetCurrentTransactionStartTimestamp(), &c.ctx);
        read_input(fcinfo, &c);
    }
    if (!parse(&c, &d))
        PG_RETURN_NULL();
    (void)dn_date_to_zone(&d, to, assume, NULL); /* the zones read above */
    PG_RETURN_DATUM(iso_text(&d));
}

/* datenorm_date(...) -> date, when the text gives a day or finer */
Datum pgdn_sql_date(PG_FUNCTION_ARGS)
{
    call c;
    dn_date d;
    DateADT date;

    if (!read_call(fcinfo, &c) || !parse(&c, &d) || !as_date(&d, &date))
        PG_RETURN_NULL();
    PG_RETURN_DATEADT(date);
}

/* datenorm_timestamptz(...) -> timestamptz, when the text gives a time and its offset, or
   a time and the call names a zone */
Datum pgdn_sql_timestamptz(PG_FUNCTION_ARGS)
{
    call c;
    dn_date d;
    TimestampTz ts;

    if (!read_call(fcinfo, &c) || !parse(&c, &d) || !as_timestamptz(&d, c.setup, &ts))
        PG_RETURN_NULL();
    PG_RETURN_TIMESTAMPTZ(ts);
}

/* datenorm_parse(...) -> datenorm_result, NULL when the text holds no date */
Datum pgdn_sql_parse(PG_FUNCTION_ARGS)
{
    call c;
    dn_date d;
    cursor cur = {0, 0};

    if (!read_call(fcinfo, &c) || !parse(&c, &d))
        PG_RETURN_NULL();
    PG_RETURN_DATUM(HeapTupleGetDatum(result_row(&c, &cur, cached_result_desc(fcinfo), &d)));
}

/* The row type of a set-returning call: the one the executor expects (it looked it up once
   for the whole query), else looked up (which costs more than a short search). */
static TupleDesc set_desc(FunctionCallInfo fcinfo)
{
    ReturnSetInfo *rsi = (ReturnSetInfo *)fcinfo->resultinfo;

    if (rsi && IsA(rsi, ReturnSetInfo) && rsi->expectedDesc && rsi->expectedDesc->natts == NCOLS)
        return BlessTupleDesc(rsi->expectedDesc);
    return result_desc(fcinfo);
}

/* dn_search_ex: every date of the call's text, at most cap of them into out, the number
   found into *found; an error (a text over 4 GiB cannot reach it: a text value is at most
   1 GB) is raised with the library's message, not taken for a text without dates. */
static void search(const call *c, const dn_parser *p, dn_date *out, size_t cap, size_t *found)
{
    dn_error err;
    int rc = dn_search_ex(p, c->utf8, c->len, &c->ctx, NULL, out, cap, found, &err);

    if (rc < 0)
        ereport(ERROR, (errcode(pgdn_sqlstate(rc)), errmsg("datenorm: %s", err.message)));
}

/* datenorm_search(...) -> SETOF datenorm_result, left to right. The first call finds every
   date (kept in the set's memory context, with the arguments, which stay valid while the set
   is read); each call then makes one row, in the executor's per-call context. */
typedef struct {
    call c;
    cursor cur;
    dn_date *dates;
} search_state;

Datum pgdn_sql_search(PG_FUNCTION_ARGS)
{
    FuncCallContext *fc;
    search_state *st;

    if (SRF_IS_FIRSTCALL()) {
        MemoryContext old;
        dn_date first[16];
        size_t n = 0;

        fc = SRF_FIRSTCALL_INIT();
        old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
        fc->tuple_desc = set_desc(fcinfo);
        st = palloc0(sizeof *st);
        if (read_call(fcinfo, &st->c)) {
            const dn_parser *p = pgdn_parser(st->c.setup);

            search(&st->c, p, first, lengthof(first), &n);
            st->dates = palloc((n ? n : 1) * sizeof *st->dates);
            if (n > lengthof(first))
                search(&st->c, p, st->dates, n, &n);
            else
                memcpy(st->dates, first, n * sizeof *st->dates);
        }
        fc->user_fctx = st;
        fc->max_calls = n;
        MemoryContextSwitchTo(old);
    }
    fc = SRF_PERCALL_SETUP();
    st = fc->user_fctx;
    if (fc->call_cntr < fc->max_calls) {
        /* a variable: SRF_RETURN_NEXT counts the call before it reads its argument */
        Datum row = HeapTupleGetDatum(
            result_row(&st->c, &st->cur, fc->tuple_desc, &st->dates[fc->call_cntr]));
        SRF_RETURN_NEXT(fc, row);
    }
    SRF_RETURN_DONE(fc);
}

/* datenorm_version() -> 'datenorm 0.1.0 (ICU 72.1)' */
Datum pgdn_sql_version(PG_FUNCTION_ARGS)
{
    PG_RETURN_TEXT_P(cstring_to_text(psprintf("datenorm %s (ICU %s)", dn_version(),
                                              dn_icu_version())));
}
