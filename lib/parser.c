/*
 * parser.c: building and freeing a dn_parser, reading locale hints, and reading a reference
 * instant and its zone: ISO 8601 ("2026-11-26T12:00:00Z", "2026-11-26T12:00", "2026-11-26"),
 * Unix seconds ("1795694400", "@1795694400"), zones as offsets ("+05:30", "UTC") or as ids
 * whose offset at an instant ICU's time-zone data gives ("Europe/Paris").
 *
 * A parser holds only what is fixed for a run: the hints resolved to lexicon languages and
 * locales, the numeric order and the two-digit-year pivot. The word tables themselves are
 * the generated, read-only lexicon shared by every parser, so building one is cheap (no
 * CLDR is read at run time) and a parser never changes after dn_parser_new returns.
 */
#include <config.h>

#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <time.h>

#include <unicode/ucal.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static void set_error(dn_error *err, int code, size_t offset, const char *fmt, const char *arg)
{
    if (!err)
        return;
    err->code = code;
    err->offset = offset;
    snprintf(err->message, sizeof err->message, fmt, arg ? arg : "");
}

/* "pt_BR.UTF-8", "pt-BR", "sr-Latn-RS", "de_DE@euro" -> an ICU locale id, or false. */
static bool canonical_locale(const char *hint, size_t n, char *out, size_t cap)
{
    char raw[64];
    if (n == 0 || n >= sizeof raw)
        return false;
    memcpy(raw, hint, n);
    raw[n] = '\0';
    /* POSIX: drop the codeset and modifier */
    char *cut = strpbrk(raw, ".@");
    if (cut)
        *cut = '\0';
    if (!raw[0])
        return false;
    for (char *c = raw; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
              *c == '-' || *c == '_'))
            return false;
    UErrorCode st = U_ZERO_ERROR;
    char tmp[ULOC_FULLNAME_CAPACITY];
    if (strchr(raw, '-')) {
        int32_t parsed = 0;
        uloc_forLanguageTag(raw, tmp, sizeof tmp, &parsed, &st);
        if (U_FAILURE(st) || parsed != (int32_t)strlen(raw))
            return false;
    } else {
        uloc_canonicalize(raw, tmp, sizeof tmp, &st);
        if (U_FAILURE(st))
            return false;
    }
    char lang[16];
    st = U_ZERO_ERROR;
    int32_t ln = uloc_getLanguage(tmp, lang, sizeof lang, &st);
    if (U_FAILURE(st) || ln < 2 || ln > 3)
        return false;
    if (strlen(tmp) >= cap)
        return false;
    strcpy(out, tmp);
    return true;
}

/* Deprecated ISO 639 codes that ICU's C API does not replace (its C++ createCanonical
   does): the hint "tl" must find the Filipino data, "iw" the Hebrew. */
static const char *const lang_aliases[][2] = {
    {"in", "id"}, {"iw", "he"}, {"ji", "yi"}, {"jw", "jv"}, {"mo", "ro"},
    {"no", "nb"}, {"sh", "sr_Latn"}, {"tl", "fil"},
};

static int find_locale(const char *id)
{
    int li = dnp_locale_find(id);
    if (li >= 0)
        return li;
    char lang[16];
    UErrorCode st = U_ZERO_ERROR;
    int32_t ln = uloc_getLanguage(id, lang, sizeof lang, &st);
    if (U_FAILURE(st))
        return -1;
    for (size_t i = 0; i < sizeof lang_aliases / sizeof lang_aliases[0]; i++) {
        if (strcmp(lang, lang_aliases[i][0]) == 0) {
            char buf[ULOC_FULLNAME_CAPACITY];
            snprintf(buf, sizeof buf, "%s%s", lang_aliases[i][1], id + ln);
            return dnp_locale_find(buf);
        }
    }
    return -1;
}

int dnp_locale_of_hint(const char *hint, size_t n)
{
    char id[ULOC_FULLNAME_CAPACITY];
    return canonical_locale(hint, n, id, sizeof id) ? find_locale(id) : -1;
}

int dn_zone_offset(const char *zone, int64_t at, int *minutes, dn_error *err)
{
    if (!zone || !minutes) {
        set_error(err, DN_ERR_ARG, 0, "dn_zone_offset: NULL argument%s", NULL);
        return DN_ERR_ARG;
    }
    if (!*zone || !strcmp(zone, "UTC") || !strcmp(zone, "Z") || !strcmp(zone, "GMT")) {
        *minutes = 0;
        return DN_OK;
    }
    /* "+05:30", "-0800", "+01": the offsets a stamp may end with, under the same rules */
    if (dnp_offset_bytes(zone, strlen(zone), minutes))
        return DN_OK;
    /* a zone id: ICU's time-zone data (IANA's, with its rules and daylight saving time) */
    UChar id[128];
    if (strlen(zone) >= sizeof id / sizeof id[0])
        goto unknown;
    /* ids are ASCII; by hand, not u_uastrcpy (ICU's default converter: shared, racy) */
    for (size_t k = 0;; k++) {
        if ((unsigned char)zone[k] >= 0x80)
            goto unknown;
        id[k] = (UChar)zone[k];
        if (!zone[k])
            break;
    }
    UChar canon[128];
    UBool system = false;
    UErrorCode st = U_ZERO_ERROR;
    ucal_getCanonicalTimeZoneID(id, -1, canon, 128, &system, &st);
    if (U_FAILURE(st))
        goto unknown;
    UCalendar *cal = ucal_open(id, -1, "", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) {
        set_error(err, DN_ERR_ICU, 0, "ICU cannot open the zone '%s'", zone);
        return DN_ERR_ICU;
    }
    ucal_setMillis(cal, (UDate)at * 1000.0, &st);
    int32_t ms = ucal_get(cal, UCAL_ZONE_OFFSET, &st) + ucal_get(cal, UCAL_DST_OFFSET, &st);
    ucal_close(cal);
    if (U_FAILURE(st))
        goto unknown;
    *minutes = ms / 60000;
    return DN_OK;
unknown:
    set_error(err, DN_ERR_ZONE, 0, "unknown zone '%s'", zone);
    return DN_ERR_ZONE;
}

int dn_parser_new(const dn_options *opts, dn_parser **out, dn_error *err)
{
    if (!out) {
        set_error(err, DN_ERR_ARG, 0, "dn_parser_new: out is NULL%s", NULL);
        return DN_ERR_ARG;
    }
    *out = NULL;
    int rc = dnp_fold_init();
    if (rc < 0) {
        set_error(err, rc, 0, "ICU normalization data could not be loaded%s", NULL);
        return rc;
    }
    dn_parser *p = calloc(1, sizeof *p);
    if (!p) {
        set_error(err, DN_ERR_NOMEM, 0, "out of memory%s", NULL);
        return DN_ERR_NOMEM;
    }
    dn_options o = {0};
    if (opts)
        o = *opts;
    if (o.order < DN_ORDER_AUTO || o.order > DN_ORDER_YMD) {
        free(p);
        set_error(err, DN_ERR_ARG, 0, "unknown numeric order%s", NULL);
        return DN_ERR_ARG;
    }
    p->pivot = o.two_digit_pivot > 0 && o.two_digit_pivot <= 100 ? o.two_digit_pivot : 69;
    for (int l = 0; l < dnp_nlangs; l++)
        if (dnp_lang_calendar(l) == DN_CAL_BUDDHIST)
            dnp_langset_add(&p->buddhist_langs, (unsigned)l);
    if (o.prefer < DN_PREFER_AUTO || o.prefer > DN_PREFER_CURRENT) {
        free(p);
        set_error(err, DN_ERR_ARG, 0, "unknown year preference%s", NULL);
        return DN_ERR_ARG;
    }
    p->prefer = o.prefer;
    if (o.flags & ~DN_OPT_HINTS_ONLY) {
        free(p);
        set_error(err, DN_ERR_ARG, 0, "unknown bits in dn_options.flags%s", NULL);
        return DN_ERR_ARG;
    }
    p->hints_only = (o.flags & DN_OPT_HINTS_ONLY) != 0;
    if (o.zone) {
        rc = dn_zone_offset(o.zone, (int64_t)time(NULL), &p->zone_offset, err);
        if (rc < 0) {
            free(p);
            return rc;
        }
    }

    const char *s = o.locales ? o.locales : "";
    size_t off = 0, len = strlen(s);
    while (off < len) {
        size_t e = off;
        while (e < len && s[e] != ',')
            e++;
        size_t a = off, b = e;
        while (a < b && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (b > a) {
            char id[ULOC_FULLNAME_CAPACITY];
            char shown[64];
            snprintf(shown, sizeof shown, "%.*s", (int)(b - a < 60 ? b - a : 60), s + a);
            int li = -1;
            if (canonical_locale(s + a, b - a, id, sizeof id))
                li = find_locale(id);
            if (li < 0) {
                free(p);
                set_error(err, DN_ERR_LOCALE, a, "unknown locale '%s'", shown);
                return DN_ERR_LOCALE;
            }
            if (p->nhints == 0) {
                /* issue 11: the first hint's calendar: its -u-ca- keyword (th-u-ca-buddhist,
                   ar-SA-u-ca-islamic-civil), else the locale's default (fa: persian) */
                char kw[32];
                UErrorCode kst = U_ZERO_ERROR;
                int32_t kn = uloc_getKeywordValue(id, "calendar", kw, sizeof kw, &kst);
                int cal = U_SUCCESS(kst) && kn > 0 && kn < (int32_t)sizeof kw
                              ? dn_calendar_from_name(kw) : -1;
                p->calendar = (uint8_t)(cal >= 0 ? cal : dnp_locales[li].calendar);
            }
            if (p->nhints < DNP_MAX_HINTS) {
                p->hint_locale[p->nhints] = (int16_t)li;
                p->hint_lang[p->nhints] = dnp_locales[li].lang;
                p->nhints++;
                dnp_langset_add(&p->hint_set, dnp_locales[li].lang);
            }
        }
        off = e + 1;
    }

    if (p->hints_only && p->nhints == 0) {
        free(p);
        set_error(err, DN_ERR_ARG, 0, "DN_OPT_HINTS_ONLY needs locale hints%s", NULL);
        return DN_ERR_ARG;
    }

    if (o.calendar && *o.calendar) {
        int cal = dn_calendar_from_name(o.calendar);
        if (cal < 0) {
            free(p);
            set_error(err, DN_ERR_ARG, 0, "unknown calendar '%s'", o.calendar);
            return DN_ERR_ARG;
        }
        p->calendar = (uint8_t)cal;
    }

    /* numeric order: the option, else the first hint's CLDR short pattern. Without either,
       the engine decides per date from its separator (see match_numeric) and flags the
       date ambiguous when both readings hold; dn_parser_order then reports MDY. */
    if (o.order != DN_ORDER_AUTO)
        p->order = (uint8_t)o.order;
    else if (p->nhints > 0) {
        int so = dnp_locales[p->hint_locale[0]].short_order;
        p->order = so == DNP_ORD_MDY ? DN_ORDER_MDY : so == DNP_ORD_YMD ? DN_ORDER_YMD
                                                                         : DN_ORDER_DMY;
    } else
        p->order = DN_ORDER_MDY;
    p->order_from_user = o.order != DN_ORDER_AUTO || p->nhints > 0;
    p->user_order = (uint8_t)o.order;
    if (p->nhints > 0) {
        const dnp_locale *l = &dnp_locales[p->hint_locale[0]];
        p->hint_short = l->short_order;
        p->hint_ymd = l->ymd_order ? l->ymd_order : l->short_order;
    }
    *out = p;
    return DN_OK;
}

void dn_parser_free(dn_parser *p)
{
    free(p);
}

dn_order dn_parser_order(const dn_parser *p)
{
    return p ? (dn_order)p->order : DN_ORDER_AUTO;
}

const char *dn_version(void)
{
    return PACKAGE_VERSION;
}

const char *dn_icu_version(void)
{
    return dnp_lex_icu_version;
}

/* The stamp as the byte reader of whole-text stamps reads it (iso8601.c: the same forms and
   range rules as dn_parse): YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|(+|-)HH[[:]MM]]; a fraction
   of a second is read and dropped, 24:00 is the next day's 00:00. *has_offset (NULL
   allowed): whether the text wrote its offset (Z or a sign); without one the time is UTC. */
static int read_iso(dn_context *ctx, const char *text, size_t len, bool *has_offset,
                    dn_error *err)
{
    if (!ctx || !text) {
        set_error(err, DN_ERR_ARG, 0, "NULL argument%s", NULL);
        return DN_ERR_ARG;
    }
    dn_date d;
    size_t stop = len;
    if (!dnp_iso_stamp(text, len, &d, &stop) || d.precision < DN_PREC_DAY) {
        if (err) {
            char shown[64];
            snprintf(shown, sizeof shown, "%.*s", (int)(len < 60 ? len : 60), text);
            set_error(err, DN_ERR_TIME, stop, "cannot read '%s' as an ISO 8601 date and time",
                      shown);
        }
        return DN_ERR_TIME;
    }
    bool wrote_offset = (d.flags & DN_FLAG_HAS_OFFSET) != 0;
    int off = wrote_offset ? d.offset_minutes : 0;
    ctx->now = dnp_days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day) * 86400 +
               d.hour * 3600 + d.minute * 60 + d.second - (int64_t)off * 60;
    ctx->now_offset_minutes = off;
    if (has_offset)
        *has_offset = wrote_offset;
    return DN_OK;
}

int dn_context_from_iso(dn_context *ctx, const char *text, size_t len, dn_error *err)
{
    return read_iso(ctx, text, len, NULL, err);
}

/* ---- the reference instant seen in a zone ----------------------------------------------- */

int dnp_context_check(const dn_context *ctx, dn_error *err)
{
    if (ctx->now < DN_NOW_MIN || ctx->now > DN_NOW_MAX) {
        set_error(err, DN_ERR_TIME, 0, "reference instant out of range (years 0000 to 9999)%s",
                  NULL);
        return DN_ERR_TIME;
    }
    if (ctx->now_offset_minutes <= -24 * 60 || ctx->now_offset_minutes >= 24 * 60) {
        set_error(err, DN_ERR_TIME, 0, "reference offset out of range (less than a day)%s",
                  NULL);
        return DN_ERR_TIME;
    }
    return DN_OK;
}

int dn_context_from_unix(dn_context *ctx, int64_t seconds, const char *zone, dn_error *err)
{
    if (!ctx) {
        set_error(err, DN_ERR_ARG, 0, "dn_context_from_unix: ctx is NULL%s", NULL);
        return DN_ERR_ARG;
    }
    dn_context c = {seconds, 0};
    int rc = dnp_context_check(&c, err);
    if (rc < 0)
        return rc;
    if (zone && *zone && (rc = dn_zone_offset(zone, seconds, &c.now_offset_minutes, err)) < 0)
        return rc;
    *ctx = c;
    return DN_OK;
}

/* Unix seconds as text: ['@'][+-]digits; without '@' five digits at least ("2026" is a
   year). Returns false when text is not of that form; *out may then be out of range. */
static bool unix_seconds(const char *text, size_t len, int64_t *out, bool *range)
{
    size_t i = 0;
    bool at = len > 0 && text[0] == '@';
    i += at;
    int sign = 1;
    if (i < len && (text[i] == '+' || text[i] == '-'))
        sign = text[i++] == '-' ? -1 : 1;
    size_t first = i;
    int64_t v = 0;
    *range = true;
    for (; i < len && text[i] >= '0' && text[i] <= '9'; i++) {
        if (v > DN_NOW_MAX)
            *range = false; /* stop growing: the value is refused anyway */
        else
            v = v * 10 + (text[i] - '0');
    }
    if (v > DN_NOW_MAX)
        *range = false;
    if (i != len || i == first || (!at && i - first < 5))
        return false;
    *out = sign * v;
    return true;
}

/* The instant whose wall-clock time in zone is `wall` (seconds since 1970-01-01T00:00 of that
   wall clock), and the offset then. A zone changes its offset at most once in a day (no real
   zone does more), so the offsets a day before and a day after are the only candidates: one
   that holds at the instant it gives is the answer; when both hold (a repeated hour) the later
   instant; when neither does (a skipped hour) the offset before the gap, which moves the time
   forward by the gap. ICU's calendars do the same by default (UCAL_WALLTIME_LAST). *gap
   (NULL allowed) is set when the wall time was skipped or repeated. */
int dnp_wall_in_zone(const char *zone, int64_t wall, int64_t *at, int *offset, bool *gap,
                     dn_error *err)
{
    int before, after, o;
    int rc = dn_zone_offset(zone, wall - 86400, &before, err);
    if (rc == DN_OK)
        rc = dn_zone_offset(zone, wall + 86400, &after, err);
    if (rc < 0)
        return rc;
    int64_t best = 0;
    int holds = 0; /* how many of the candidates hold: 0 skipped, 2 repeated */
    const int offs[2] = {before, after};
    for (int k = 0; k < 2; k++) {
        if (k == 1 && after == before)
            break;
        int64_t t = wall - (int64_t)offs[k] * 60;
        if ((rc = dn_zone_offset(zone, t, &o, err)) < 0)
            return rc;
        if (o == offs[k] && (!holds++ || t > best))
            best = t;
    }
    bool found = holds > 0;
    if (gap && holds != 1)
        *gap = true;
    if (!found)
        best = wall - (int64_t)before * 60;
    if ((rc = dn_zone_offset(zone, best, &o, err)) < 0)
        return rc;
    *at = best;
    *offset = o;
    return DN_OK;
}

int dn_context_from_text(dn_context *ctx, const char *text, size_t len, const char *zone,
                         dn_error *err)
{
    if (!ctx || !text) {
        set_error(err, DN_ERR_ARG, 0, "dn_context_from_text: NULL argument%s", NULL);
        return DN_ERR_ARG;
    }
    int64_t secs;
    bool in_range;
    if (unix_seconds(text, len, &secs, &in_range)) {
        if (!in_range) {
            set_error(err, DN_ERR_TIME, 0, "Unix time out of range (years 0000 to 9999)%s",
                      NULL);
            return DN_ERR_TIME;
        }
        return dn_context_from_unix(ctx, secs, zone, err);
    }
    dn_context c;
    bool has_offset = false;
    int rc = read_iso(&c, text, len, &has_offset, err);
    if (rc < 0) {
        if (err) {
            char shown[64];
            snprintf(shown, sizeof shown, "%.*s", (int)(len < 60 ? len : 60), text);
            set_error(err, DN_ERR_TIME, err->offset,
                      "cannot read '%s' as an ISO 8601 date and time or as Unix seconds",
                      shown);
        }
        return rc;
    }
    if (!zone || !*zone) {
        if ((rc = dnp_context_check(&c, err)) < 0)
            return rc;
        *ctx = c;
        return DN_OK;
    }
    if (has_offset)
        return dn_context_from_unix(ctx, c.now, zone, err);
    /* a wall-clock time in the zone: read_iso took it as UTC */
    if ((rc = dnp_wall_in_zone(zone, c.now, &c.now, &c.now_offset_minutes, NULL, err)) < 0)
        return rc;
    if ((rc = dnp_context_check(&c, err)) < 0)
        return rc;
    *ctx = c;
    return DN_OK;
}
