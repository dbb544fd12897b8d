/*
 * settings.c: the datenorm.* settings, the parsers built from them or from a call's
 * explicit options, and the reference instant of a call.
 *
 *     SET datenorm.locales = 'fr,en';       -- hints in priority order; '' = detect (default)
 *     SET datenorm.date_order = 'DMY';      -- auto (default), DMY, MDY or YMD
 *     SET datenorm.zone = 'Europe/Paris';   -- UTC, +05:30 or a zone id; '' = UTC (default)
 *
 * (date_order, not order: ORDER is a reserved word, and `SET datenorm.order` a syntax error.)
 * A value the library cannot read is refused when it is set (SQLSTATE 22023, the library's
 * message as the detail), so a bad setting never reaches a row. A parser is built on the
 * first call after a setting changed (an assign hook only marks the setup stale; the
 * settings are read again at the next call), never per row: the last few setups, keyed
 * on (locales, order, zone), stay built for the life of the backend, so switching between
 * a few settings or explicit option sets costs nothing after the first time. Each setup
 * is private to its backend (a parallel worker builds its own from the settings the leader
 * passed it); the library's parsers are malloc'd and freed only when a setup is dropped.
 *
 * The zone gives the reference instant its UTC offset (the library resolves "yesterday"
 * in it) and, when one was named, reads the times that datenorm_timestamptz is given
 * without an offset. '' (the default) is UTC for the reference and names no zone.
 */
#include "postgres.h"

#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "pgdn.h"

struct pgdn_setup {
    char *locales; /* the key, in TopMemoryContext */
    char *zone;
    dn_order order;
    dn_parser *parser;
    bool fixed;       /* the zone's offset never changes (UTC, +HH:MM): fixed_offset */
    int fixed_offset;
    bool memo_valid;  /* the offset at the last instant asked for */
    int64 memo_at;
    int memo_offset;
    uint64 used; /* for dropping the least recently used */
};

/* Distinct option sets kept built at once; more evicts the least recently used. */
#define PGDN_SETUPS 8

static pgdn_setup setups[PGDN_SETUPS];
static int nsetups;
static uint64 use_clock;

/* The settings, as PostgreSQL stores them, and the setup built from them. */
static char *locales_setting;
static int date_order_setting = DN_ORDER_AUTO;
static char *zone_setting;
static pgdn_setup *settings_setup;
static bool settings_changed = true;

/* A value set before the library was loaded in this backend (ALTER DATABASE ... SET,
   postgresql.conf, a SET in the session) is checked only when it loads; PostgreSQL then
   warns and falls back to the default. The functions must not quietly read the default
   instead: the refused value is kept here, and a call raises its error until the setting
   changes again. */
static char *refused_name, *refused_value;

static const struct config_enum_entry order_names[] = {
    {"auto", DN_ORDER_AUTO, false},
    {"DMY", DN_ORDER_DMY, false},
    {"MDY", DN_ORDER_MDY, false},
    {"YMD", DN_ORDER_YMD, false},
    {NULL, 0, false},
};

int pgdn_sqlstate(int status)
{
    switch (status) {
    case DN_ERR_NOMEM:
        return ERRCODE_OUT_OF_MEMORY;
    case DN_ERR_ICU:
        return ERRCODE_EXTERNAL_ROUTINE_EXCEPTION;
    case DN_ERR_TIME:
        return ERRCODE_DATETIME_VALUE_OUT_OF_RANGE;
    default: /* a locale, zone or order the library cannot read */
        return ERRCODE_INVALID_PARAMETER_VALUE;
    }
}

/* ---- the settings ------------------------------------------------------------------ */

static bool check_locales(char **newval, void **extra, GucSource source)
{
    dn_options o = {0};
    dn_parser *p;
    dn_error err;
    int rc;

    (void)extra;
    (void)source;
    o.locales = *newval;
    rc = dn_parser_new(&o, &p, &err);
    if (rc < 0) {
        GUC_check_errcode(pgdn_sqlstate(rc));
        GUC_check_errdetail("%s", err.message);
        return false;
    }
    dn_parser_free(p);
    return true;
}

static bool check_zone(char **newval, void **extra, GucSource source)
{
    int minutes;
    dn_error err;
    int rc = dn_zone_offset(*newval, 0, &minutes, &err);

    (void)extra;
    (void)source;
    if (rc < 0) {
        GUC_check_errcode(pgdn_sqlstate(rc));
        GUC_check_errdetail("%s", err.message);
        return false;
    }
    return true;
}

/* Any change (SET, RESET, a transaction's rollback of a SET, a function's SET clause)
   passes here: the next call reads the settings again. */
static void assign_string(const char *newval, void *extra)
{
    (void)newval;
    (void)extra;
    settings_changed = true;
    refused_name = NULL;
}

static void assign_order(int newval, void *extra)
{
    (void)newval;
    (void)extra;
    settings_changed = true;
    refused_name = NULL;
}

/* The value of a placeholder setting (set before the library was loaded), or NULL. */
static char *placeholder(const char *name)
{
    const char *v = GetConfigOption(name, true, false);
    return v ? MemoryContextStrdup(TopMemoryContext, v) : NULL;
}

static void note_refused(const char *name, char *before)
{
    const char *now = GetConfigOption(name, true, false);

    if (before && now && pg_strcasecmp(before, now) != 0 && !refused_name) {
        refused_name = (char *)name;
        refused_value = before;
    } else if (before)
        pfree(before);
}

void pgdn_define_settings(void)
{
    char *locales_before = placeholder("datenorm.locales");
    char *order_before = placeholder("datenorm.date_order");
    char *zone_before = placeholder("datenorm.zone");

    DefineCustomStringVariable(
        "datenorm.locales", "Locale hints of the datenorm functions, in priority order.",
        "Comma-separated BCP 47 or POSIX locales (fr, pt-BR, es,en); empty detects the "
        "language of each text.",
        &locales_setting, "", PGC_USERSET, 0, check_locales, assign_string, NULL);
    DefineCustomEnumVariable(
        "datenorm.date_order",
        "How the datenorm functions read all-numeric dates such as 05/06/2015.",
        "auto takes the order of the first locale hint, or, with none, reads 22.11.2015 day "
        "first and 11/22/2015 month first.",
        &date_order_setting, DN_ORDER_AUTO, order_names, PGC_USERSET, 0, NULL, assign_order, NULL);
    DefineCustomStringVariable(
        "datenorm.zone", "The zone in which the datenorm functions read the texts.",
        "UTC, an offset such as +05:30, or a time-zone id such as Europe/Paris: the zone of "
        "the reference instant for relative dates, and of the times datenorm_timestamptz is "
        "given without an offset. Empty: UTC for the reference, and no zone for such times.",
        &zone_setting, "", PGC_USERSET, 0, check_zone, assign_string, NULL);
    MarkGUCPrefixReserved("datenorm");
    refused_name = NULL;
    note_refused("datenorm.locales", locales_before);
    note_refused("datenorm.date_order", order_before);
    note_refused("datenorm.zone", zone_before);
}

/* ---- setups ------------------------------------------------------------------------- */

static bool same_key(const char *key, const char *bytes, int len)
{
    return (int)strlen(key) == len && memcmp(key, bytes, len) == 0;
}

static void drop(pgdn_setup *s)
{
    if (s == settings_setup) {
        settings_setup = NULL;
        settings_changed = true;
    }
    dn_parser_free(s->parser);
    pfree(s->locales);
    pfree(s->zone);
    memset(s, 0, sizeof *s);
}

static pgdn_setup *find_or_build(const char *zone, int zone_len, const char *locales,
                                 int locales_len, dn_order order)
{
    pgdn_setup *s;
    dn_options o = {0};
    dn_parser *p;
    dn_error err;
    char *zone_key, *locales_key;
    int rc, i;

    for (i = 0; i < nsetups; i++) {
        s = &setups[i];
        if (s->order == order && same_key(s->zone, zone, zone_len) &&
            same_key(s->locales, locales, locales_len)) {
            s->used = ++use_clock;
            return s;
        }
    }

    zone_key = MemoryContextAlloc(TopMemoryContext, zone_len + 1);
    memcpy(zone_key, zone, zone_len);
    zone_key[zone_len] = '\0';
    locales_key = MemoryContextAlloc(TopMemoryContext, locales_len + 1);
    memcpy(locales_key, locales, locales_len);
    locales_key[locales_len] = '\0';

    o.locales = locales_key;
    o.zone = zone_key;
    o.order = order;
    rc = dn_parser_new(&o, &p, &err);
    if (rc < 0) {
        pfree(zone_key);
        pfree(locales_key);
        ereport(ERROR, (errcode(pgdn_sqlstate(rc)), errmsg("datenorm: %s", err.message)));
    }

    if (nsetups < PGDN_SETUPS)
        s = &setups[nsetups++];
    else {
        s = &setups[0];
        for (i = 1; i < nsetups; i++)
            if (setups[i].used < s->used)
                s = &setups[i];
        drop(s);
    }
    s->locales = locales_key;
    s->zone = zone_key;
    s->order = order;
    s->parser = p;
    /* The zones the library reads without ICU's rules: their offset is one number. */
    s->fixed = zone_key[0] == '\0' || zone_key[0] == '+' || zone_key[0] == '-' ||
               strcmp(zone_key, "UTC") == 0 || strcmp(zone_key, "Z") == 0 ||
               strcmp(zone_key, "GMT") == 0;
    if (s->fixed && dn_zone_offset(zone_key, 0, &s->fixed_offset, NULL) < 0)
        s->fixed = false;
    s->used = ++use_clock;
    return s;
}

pgdn_setup *pgdn_setup_from_settings(void)
{
    if (refused_name)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("datenorm: invalid value for parameter \"%s\": \"%s\"",
                               refused_name, refused_value),
                        errdetail("The value was set before the extension was loaded, "
                                  "and refused when it was (see the warning then)."),
                        errhint("SET %s to a valid value, or RESET it.", refused_name)));
    if (settings_changed || !settings_setup) {
        const char *l = locales_setting ? locales_setting : "";
        const char *z = zone_setting ? zone_setting : "";

        settings_setup = find_or_build(z, strlen(z), l, strlen(l), (dn_order)date_order_setting);
        settings_changed = false;
    }
    settings_setup->used = ++use_clock;
    return settings_setup;
}

pgdn_setup *pgdn_setup_from_options(const char *zone, int zone_len, const char *locales,
                                    int locales_len, dn_order order)
{
    if (!zone)
        zone = "", zone_len = 0;
    if (!locales)
        locales = "", locales_len = 0;
    return find_or_build(zone, zone_len, locales, locales_len, order);
}

const dn_parser *pgdn_parser(const pgdn_setup *s)
{
    return s->parser;
}

bool pgdn_has_zone(const pgdn_setup *s)
{
    return s->zone[0] != '\0';
}

dn_order pgdn_order_from_text(const char *text, int len)
{
    int i;

    if (len == 0)
        return DN_ORDER_AUTO;
    for (i = 0; order_names[i].name; i++)
        if ((int)strlen(order_names[i].name) == len &&
            pg_strncasecmp(order_names[i].name, text, len) == 0)
            return (dn_order)order_names[i].val;
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("datenorm: unknown date order \"%.*s\"", len > 40 ? 40 : len, text),
                    errhint("The date order is auto, DMY, MDY or YMD.")));
    return DN_ORDER_AUTO; /* not reached */
}

/* ---- instants and offsets ----------------------------------------------------------- */

/* The zone's offset at a Unix instant (memoized: a statement's rows often share it). */
static int offset_at(pgdn_setup *s, int64 at)
{
    dn_error err;
    int minutes, rc;

    if (s->fixed)
        return s->fixed_offset;
    if (s->memo_valid && s->memo_at == at)
        return s->memo_offset;
    rc = dn_zone_offset(s->zone, at, &minutes, &err);
    if (rc < 0)
        ereport(ERROR, (errcode(pgdn_sqlstate(rc)), errmsg("datenorm: %s", err.message)));
    s->memo_valid = true;
    s->memo_at = at;
    s->memo_offset = minutes;
    return minutes;
}

void pgdn_context(pgdn_setup *s, TimestampTz now, dn_context *ctx)
{
    int64 secs;

    if (TIMESTAMP_NOT_FINITE(now))
        ereport(ERROR, (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
                        errmsg("datenorm: the reference instant must be finite")));
    /* microseconds since 2000-01-01 -> seconds since 1970-01-01, rounded down */
    secs = now / USECS_PER_SEC;
    if (now % USECS_PER_SEC < 0)
        secs--;
    secs += (int64)(POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY;
    /* timestamptz reaches 4713 BC and 294276 AD; the library's calendar years 0 to 9999 */
    if (secs < DN_NOW_MIN || secs > DN_NOW_MAX)
        ereport(ERROR, (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
                        errmsg("datenorm: the reference instant %s is out of range",
                               timestamptz_to_str(now)),
                        errdetail("The reference instant must lie within the years 0000 to "
                                  "9999 (UTC).")));
    ctx->now = secs;
    ctx->now_offset_minutes = offset_at(s, secs);
}

int pgdn_offset_at_local(pgdn_setup *s, int64 local)
{
    /* The offsets a day either side: no zone changes its offset twice within two days. */
    int before, after;

    if (s->fixed)
        return s->fixed_offset;
    before = offset_at(s, local - SECS_PER_DAY);
    after = offset_at(s, local + SECS_PER_DAY);
    /* PostgreSQL's own rule for such wall-clock times (timestamp AT TIME ZONE): in an
       overlap (both offsets fit), the offset after the transition; in a gap (neither
       fits), the offset before it. */
    if (offset_at(s, local - (int64)after * 60) == after)
        return after;
    return before;
}
