/*
 * The library calls the command-line program relies on so that cli/ holds no date grammar
 * (issue 7): dn_strerror's text for every status, dn_search_ex and its errors, a reference
 * instant built from Unix seconds or text and seen in a zone (dn_context_from_unix,
 * dn_context_from_text), and the order flags of all-numeric dates (DN_DATE_ORDER,
 * DN_FLAG_ORDER_PROVED) that `datenorm csv` infers a column's order from. Every case
 * asserts the exact value; instants were computed independently (Python's datetime).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

/* ---- dn_strerror ---------------------------------------------------------------------- */

START_TEST(test_strerror)
{
    static const struct {
        int status;
        const char *text;
    } cases[] = {
        {DN_OK, "success"},
        {1, "success"}, /* dn_parse's "found" */
        {4096, "success"},
        {DN_ERR_ARG, "a NULL or out-of-range argument"},
        {DN_ERR_LOCALE, "a locale hint ICU cannot read"},
        {DN_ERR_NOMEM, "out of memory"},
        {DN_ERR_ICU, "ICU reported an error"},
        {DN_ERR_SPACE, "the buffer is too small"},
        {DN_ERR_TIME, "a reference instant that cannot be read or is out of range"},
        {DN_ERR_ZONE, "a time zone that cannot be read"},
        {-8, "unknown status"},
        {-1000, "unknown status"},
        {INT_MIN, "unknown status"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_str_eq(dn_strerror(cases[i].status), cases[i].text);
}
END_TEST

/* ---- dn_search_ex ---------------------------------------------------------------------- */

static const char search_text[] = "Posted 22/11/2015, updated 2016-01-02 and 3 March 2017.";

START_TEST(test_search_ex_results)
{
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date got[8], want[8];
    size_t found = 99;
    dn_error err = {0};
    size_t len = sizeof search_text - 1;
    ck_assert_int_eq(dn_search_ex(p, search_text, len, &ctx, NULL, got, 8, &found, &err), DN_OK);
    ck_assert_uint_eq(found, 3);
    ck_assert_uint_eq(dn_search(p, search_text, len, &ctx, want, 8), 3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_msg(memcmp(&got[i], &want[i], sizeof got[i]) == 0, "result %zu differs", i);
    ck_assert_int_eq(got[0].year, 2015);
    ck_assert_int_eq(got[0].month, 11);
    ck_assert_int_eq(got[0].day, 22);
    ck_assert_uint_eq(got[0].start, 7);
    ck_assert_uint_eq(got[0].end, 17);
    ck_assert_int_eq(got[2].year, 2017);

    /* fewer slots than dates: the count says how many there were, nothing past cap moves */
    dn_date one[2];
    memset(one, 0x5a, sizeof one);
    ck_assert_int_eq(dn_search_ex(p, search_text, len, &ctx, NULL, one, 1, &found, NULL), DN_OK);
    ck_assert_uint_eq(found, 3);
    ck_assert_int_eq(one[0].year, 2015);
    unsigned char fill[sizeof one[1]];
    memset(fill, 0x5a, sizeof fill);
    ck_assert_int_eq(memcmp(&one[1], fill, sizeof fill), 0);

    /* counting only (no slots), zeroed options, NULL found and NULL err */
    dn_search_options opts = {0};
    ck_assert_int_eq(dn_search_ex(p, search_text, len, &ctx, &opts, NULL, 0, &found, NULL), DN_OK);
    ck_assert_uint_eq(found, 3);
    ck_assert_int_eq(dn_search_ex(p, search_text, len, NULL, NULL, got, 8, NULL, NULL), DN_OK);
    /* an empty text (NULL with len 0) has no date and is no error */
    ck_assert_int_eq(dn_search_ex(p, NULL, 0, &ctx, NULL, got, 8, &found, &err), DN_OK);
    ck_assert_uint_eq(found, 0);
    /* the oldest and newest instants and offsets a context may hold */
    dn_context edge = {DN_NOW_MIN, -1439};
    ck_assert_int_eq(dn_search_ex(p, "3 days ago", 10, &edge, NULL, got, 8, &found, &err), DN_OK);
    edge.now = DN_NOW_MAX, edge.now_offset_minutes = 1439;
    ck_assert_int_eq(dn_search_ex(p, "22/11/2015", 10, &edge, NULL, got, 8, &found, &err), DN_OK);
    ck_assert_uint_eq(found, 1);
    dn_parser_free(p);
}
END_TEST

/* Each bad call: its status, *found set to 0, and err's code and message. */
START_TEST(test_search_ex_errors)
{
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date out[4];
    size_t len = sizeof search_text - 1;
    dn_search_options opts = {0};
    dn_context late = {DN_NOW_MAX + 1, 0}, early = {DN_NOW_MIN - 1, 0};
    dn_context east = {DN_TEST_NOW, 1440}, west = {DN_TEST_NOW, -1440};
    const struct {
        int p_null, text_null, out_null, opt;
        const dn_context *ctx;
        int status;
        const char *message;
    } cases[] = {
        {1, 0, 0, 0, NULL, DN_ERR_ARG, "dn_search_ex: the parser is NULL"},
        {0, 1, 0, 0, NULL, DN_ERR_ARG, "dn_search_ex: text is NULL but len is not 0"},
        {0, 0, 1, 0, NULL, DN_ERR_ARG, "dn_search_ex: out is NULL but cap is not 0"},
        {0, 0, 0, 1, NULL, DN_ERR_ARG,
         "dn_search_ex: an unknown flag or order, or a reserved option set"},
        {0, 0, 0, 2, NULL, DN_ERR_ARG,
         "dn_search_ex: an unknown flag or order, or a reserved option set"},
        {0, 0, 0, 3, NULL, DN_ERR_ARG,
         "dn_search_ex: an unknown flag or order, or a reserved option set"},
        {0, 0, 0, 0, &late, DN_ERR_TIME, "reference instant out of range (years 0000 to 9999)"},
        {0, 0, 0, 0, &early, DN_ERR_TIME, "reference instant out of range (years 0000 to 9999)"},
        {0, 0, 0, 0, &east, DN_ERR_TIME, "reference offset out of range (less than a day)"},
        {0, 0, 0, 0, &west, DN_ERR_TIME, "reference offset out of range (less than a day)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memset(&opts, 0, sizeof opts);
        if (cases[i].opt == 1)
            opts.flags = 0x80000000u; /* no DN_SEARCH_* flag (issue 10 defines 0x1, 0x2) */
        else if (cases[i].opt == 2)
            opts.reserved_int[1] = -1;
        else if (cases[i].opt == 3)
            opts.reserved_ptr[2] = &opts;
        size_t found = 7;
        dn_error err;
        memset(&err, 0, sizeof err);
        int rc = dn_search_ex(cases[i].p_null ? NULL : p, cases[i].text_null ? NULL : search_text,
                              len, cases[i].ctx ? cases[i].ctx : &ctx, &opts,
                              cases[i].out_null ? NULL : out, 4, &found, &err);
        ck_assert_msg(rc == cases[i].status, "case %zu: status %d, expected %d", i, rc,
                      cases[i].status);
        ck_assert_uint_eq(found, 0);
        ck_assert_int_eq(err.code, cases[i].status);
        ck_assert_str_eq(err.message, cases[i].message);
        /* err may be NULL */
        rc = dn_search_ex(cases[i].p_null ? NULL : p, cases[i].text_null ? NULL : search_text, len,
                          cases[i].ctx ? cases[i].ctx : &ctx, &opts,
                          cases[i].out_null ? NULL : out, 4, NULL, NULL);
        ck_assert_int_eq(rc, cases[i].status);
    }
#if SIZE_MAX > UINT32_MAX
    /* over 4 GiB: refused before a byte is read (dn_search would stop at 4 GiB silently) */
    size_t found = 7;
    ck_assert_int_eq(dn_search_ex(p, search_text, (size_t)UINT32_MAX + 1, &ctx, NULL, out, 4,
                                  &found, NULL), DN_ERR_ARG);
    ck_assert_uint_eq(found, 0);
#endif
    dn_parser_free(p);
}
END_TEST

/* ---- the reference instant in a zone ------------------------------------------------- */

START_TEST(test_context_from_unix)
{
    static const struct {
        int64_t secs;
        const char *zone;
        int status, offset;
    } cases[] = {
        {DN_TEST_NOW, NULL, DN_OK, 0},
        {DN_TEST_NOW, "", DN_OK, 0},
        {DN_TEST_NOW, "UTC", DN_OK, 0},
        {DN_TEST_NOW, "Europe/Paris", DN_OK, 60},
        {1782900000, "Europe/Paris", DN_OK, 120}, /* 2026-07-01T10:00:00Z: summer time */
        {DN_TEST_NOW, "Asia/Kolkata", DN_OK, 330},
        {DN_TEST_NOW, "America/New_York", DN_OK, -300},
        {DN_TEST_NOW, "-03:30", DN_OK, -210},
        {DN_NOW_MIN, NULL, DN_OK, 0},
        {DN_NOW_MAX, "+05:30", DN_OK, 330},
        {DN_NOW_MAX + 1, NULL, DN_ERR_TIME, 0},
        {DN_NOW_MIN - 1, "UTC", DN_ERR_TIME, 0},
        {INT64_MAX, NULL, DN_ERR_TIME, 0},
        {DN_TEST_NOW, "Foo/Bar", DN_ERR_ZONE, 0},
        {DN_TEST_NOW, "+25:00", DN_ERR_ZONE, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_context c = {42, 7};
        dn_error err;
        memset(&err, 0, sizeof err);
        int rc = dn_context_from_unix(&c, cases[i].secs, cases[i].zone, &err);
        ck_assert_msg(rc == cases[i].status, "case %zu: status %d, expected %d", i, rc,
                      cases[i].status);
        if (rc == DN_OK) {
            ck_assert_int_eq(c.now, cases[i].secs);
            ck_assert_int_eq(c.now_offset_minutes, cases[i].offset);
        } else {
            ck_assert_int_eq(err.code, rc);
            ck_assert_int_eq(c.now, 42); /* untouched on failure */
            ck_assert_int_eq(c.now_offset_minutes, 7);
        }
    }
    dn_error err;
    ck_assert_int_eq(dn_context_from_unix(NULL, 0, NULL, &err), DN_ERR_ARG);
    dn_context c;
    ck_assert_int_eq(dn_context_from_unix(&c, 0, "Nowhere/Else", &err), DN_ERR_ZONE);
    ck_assert_str_eq(err.message, "unknown zone 'Nowhere/Else'");
}
END_TEST

START_TEST(test_context_from_text)
{
    static const struct {
        const char *text, *zone;
        int status;
        int64_t now;
        int offset;
    } cases[] = {
        /* an instant with its offset keeps it without a zone, is seen in the zone with one */
        {"2026-11-26T12:00:00Z", NULL, DN_OK, 1795694400, 0},
        {"2026-11-26T12:00:00Z", "Europe/Paris", DN_OK, 1795694400, 60},
        {"2026-11-26T12:00:00+05:30", NULL, DN_OK, 1795674600, 330},
        {"2026-11-26T12:00:00+05:30", "Europe/Paris", DN_OK, 1795674600, 60},
        {"2026-11-26T12:00:00-00:00", "Asia/Kolkata", DN_OK, 1795694400, 330},
        /* a wall-clock time is read in the zone, with the offset in force then */
        {"2026-11-26T12:00", NULL, DN_OK, 1795694400, 0},
        {"2026-11-26T12:00", "Europe/Paris", DN_OK, 1795690800, 60},
        {"2026-07-01T12:00", "Europe/Paris", DN_OK, 1782900000, 120},
        {"2026-11-26", "Asia/Kolkata", DN_OK, 1795631400, 330},
        {"2026-11-26 12:00:00", "+01:00", DN_OK, 1795690800, 60},
        /* a skipped hour moves forward by the gap; a repeated one reads as the later */
        {"2026-03-29T02:30", "Europe/Paris", DN_OK, 1774747800, 120},
        {"2026-10-25T02:30", "Europe/Paris", DN_OK, 1792891800, 60},
        {"2026-03-08T02:30", "America/New_York", DN_OK, 1772955000, -240},
        {"2026-11-01T01:30", "America/New_York", DN_OK, 1793514600, -300},
        /* Unix seconds */
        {"1795694400", NULL, DN_OK, 1795694400, 0},
        {"1795694400", "Asia/Kolkata", DN_OK, 1795694400, 330},
        {"@1795694400", "Europe/Paris", DN_OK, 1795694400, 60},
        {"@-86400", NULL, DN_OK, -86400, 0},
        {"+1795694400", NULL, DN_OK, 1795694400, 0},
        {"@0", NULL, DN_OK, 0, 0},
        {"00000", NULL, DN_OK, 0, 0},
        {"253402300799", NULL, DN_OK, DN_NOW_MAX, 0},
        /* what it refuses */
        {"2026", NULL, DN_ERR_TIME, 0, 0}, /* a year, not an instant */
        {"-2026", NULL, DN_ERR_TIME, 0, 0},
        {"@", NULL, DN_ERR_TIME, 0, 0},
        {"@+", NULL, DN_ERR_TIME, 0, 0},
        {"1795694400x", NULL, DN_ERR_TIME, 0, 0},
        {"1795694400.5", NULL, DN_ERR_TIME, 0, 0},
        {" 1795694400", NULL, DN_ERR_TIME, 0, 0},
        {"253402300800", NULL, DN_ERR_TIME, 0, 0},
        {"99999999999999999999999", NULL, DN_ERR_TIME, 0, 0},
        {"", "Europe/Paris", DN_ERR_TIME, 0, 0},
        {"yesterday", NULL, DN_ERR_TIME, 0, 0},
        {"2026-13-01", "Europe/Paris", DN_ERR_TIME, 0, 0},
        {"2026-11-26T12:00:00Z", "Foo/Bar", DN_ERR_ZONE, 0, 0},
        {"2026-11-26", "Foo/Bar", DN_ERR_ZONE, 0, 0},
        {"1795694400", "Nowhere", DN_ERR_ZONE, 0, 0},
        {"2026-11-26T12:00", "+25:00", DN_ERR_ZONE, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_context c = {42, 7};
        dn_error err;
        memset(&err, 0, sizeof err);
        const char *t = cases[i].text;
        int rc = dn_context_from_text(&c, t, strlen(t), cases[i].zone, &err);
        ck_assert_msg(rc == cases[i].status, "\"%s\" in %s: status %d, expected %d", t,
                      cases[i].zone ? cases[i].zone : "(none)", rc, cases[i].status);
        if (rc == DN_OK) {
            ck_assert_msg(c.now == cases[i].now && c.now_offset_minutes == cases[i].offset,
                          "\"%s\" in %s: %lld %+d, expected %lld %+d", t,
                          cases[i].zone ? cases[i].zone : "(none)", (long long)c.now,
                          c.now_offset_minutes, (long long)cases[i].now, cases[i].offset);
        } else {
            ck_assert_int_eq(err.code, rc);
            ck_assert_int_eq(c.now, 42);
        }
    }
    /* the messages name what was wrong */
    dn_context c;
    dn_error err;
    ck_assert_int_eq(dn_context_from_text(&c, "2026", 4, NULL, &err), DN_ERR_TIME);
    ck_assert_str_eq(err.message,
                     "cannot read '2026' as an ISO 8601 date and time or as Unix seconds");
    ck_assert_int_eq(dn_context_from_text(&c, "2026-11-26", 10, "Foo/Bar", &err), DN_ERR_ZONE);
    ck_assert_str_eq(err.message, "unknown zone 'Foo/Bar'");
    ck_assert_int_eq(dn_context_from_text(&c, "1795694400", 10, "Foo/Bar", &err), DN_ERR_ZONE);
    ck_assert_int_eq(dn_context_from_text(NULL, "1795694400", 10, NULL, &err), DN_ERR_ARG);
    ck_assert_int_eq(dn_context_from_text(&c, NULL, 0, NULL, &err), DN_ERR_ARG);
    /* only len bytes are read */
    ck_assert_int_eq(dn_context_from_text(&c, "17956944001234", 10, NULL, NULL), DN_OK);
    ck_assert_int_eq(c.now, 1795694400);

    /* without a zone, an ISO text reads as dn_context_from_iso reads it */
    static const char *const iso[] = {"2026-11-26T12:00:00Z", "2026-11-26", "2026-11-26T12:00",
                                      "2026-11-26T12:00:00-05:30", "1970-01-01T00:00:00Z"};
    for (size_t i = 0; i < sizeof iso / sizeof iso[0]; i++) {
        dn_context a, b;
        ck_assert_int_eq(dn_context_from_text(&a, iso[i], strlen(iso[i]), NULL, NULL), DN_OK);
        ck_assert_int_eq(dn_context_from_iso(&b, iso[i], strlen(iso[i]), NULL), DN_OK);
        ck_assert_msg(a.now == b.now && a.now_offset_minutes == b.now_offset_minutes, "%s",
                      iso[i]);
    }
}
END_TEST

/* "today" is the zone's date at the instant: 2026-11-25T23:30:00Z is already the 26th in
   Kolkata, and relative results carry the zone's offset. */
START_TEST(test_context_zone_dates)
{
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    static const struct {
        const char *now, *zone, *text, *want;
    } cases[] = {
        {"2026-11-25T23:30:00Z", NULL, "today", "2026-11-25"},
        {"2026-11-25T23:30:00Z", "Asia/Kolkata", "today", "2026-11-26"},
        {"1795649400", "Asia/Kolkata", "yesterday", "2026-11-25"},
        {"2026-11-26T12:00:00Z", "Europe/Paris", "2 hours ago", "2026-11-26T11:00:00+01:00"},
        {"2026-11-26T03:00", "America/New_York", "2 hours ago", "2026-11-26T01:00:00-05:00"},
        {"@1795694400", "-03:30", "2 hours ago", "2026-11-26T06:30:00-03:30"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_context c;
        ck_assert_int_eq(dn_context_from_text(&c, cases[i].now, strlen(cases[i].now),
                                              cases[i].zone, NULL), DN_OK);
        dn_date d;
        ck_assert_int_eq(dn_parse(p, cases[i].text, strlen(cases[i].text), &c, &d), 1);
        char buf[DN_FORMAT_MAX];
        ck_assert_int_gt(dn_format(&d, DN_STYLE_AUTO, buf, sizeof buf), 0);
        ck_assert_msg(strcmp(buf, cases[i].want) == 0, "%s in %s, \"%s\": %s, expected %s",
                      cases[i].now, cases[i].zone ? cases[i].zone : "(none)", cases[i].text, buf,
                      cases[i].want);
    }
    dn_parser_free(p);
}
END_TEST

/* ---- the order of all-numeric dates ---------------------------------------------------- */

typedef struct {
    const char *text, *hint; /* hint NULL = none */
    dn_order option;
    const char *iso;         /* NULL = no date */
    dn_order order;          /* DN_DATE_ORDER of the result */
    int proved;
} order_case;

static const order_case order_cases[] = {
    /* the values decide */
    {"25/12/2015", NULL, DN_ORDER_AUTO, "2015-12-25", DN_ORDER_DMY, 1},
    {"12/25/2015", NULL, DN_ORDER_AUTO, "2015-12-25", DN_ORDER_MDY, 1},
    {"13-01-2016 14:30", NULL, DN_ORDER_AUTO, "2016-01-13", DN_ORDER_DMY, 1},
    {" 01/13/16", NULL, DN_ORDER_AUTO, "2016-01-13", DN_ORDER_MDY, 1},
    {"29/02/2016", NULL, DN_ORDER_AUTO, "2016-02-29", DN_ORDER_DMY, 1},
    {"29.02.16", NULL, DN_ORDER_AUTO, "2016-02-29", DN_ORDER_DMY, 1},
    {"31.12.1999", NULL, DN_ORDER_AUTO, "1999-12-31", DN_ORDER_DMY, 1},
    {"25/12/2015", "en-US", DN_ORDER_AUTO, "2015-12-25", DN_ORDER_DMY, 1}, /* over the hint */
    {"12/25/2015", NULL, DN_ORDER_DMY, "2015-12-25", DN_ORDER_MDY, 1},     /* over --order */
    {"2015/11/22", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_YMD, 1},
    {"2015.11.22", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_YMD, 1},
    {"22 11 2015", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_DMY, 1},
    {"am 22.11.", "de", DN_ORDER_AUTO, "2026-11-22", DN_ORDER_DMY, 1},
    /* a preference decides: the separator, the hint, --order */
    {"05/06/2015", NULL, DN_ORDER_AUTO, "2015-05-06", DN_ORDER_MDY, 0},
    {"05-06-2015", NULL, DN_ORDER_AUTO, "2015-05-06", DN_ORDER_MDY, 0},
    {"05.06.2015", NULL, DN_ORDER_AUTO, "2015-06-05", DN_ORDER_DMY, 0},
    {"5.6.15", NULL, DN_ORDER_AUTO, "2015-06-05", DN_ORDER_DMY, 0},
    {"05/06/2015", "en-GB", DN_ORDER_AUTO, "2015-06-05", DN_ORDER_DMY, 0},
    {"05/06/2015", "fr", DN_ORDER_MDY, "2015-05-06", DN_ORDER_MDY, 0},
    {"05/05/2015", NULL, DN_ORDER_AUTO, "2015-05-05", DN_ORDER_MDY, 0}, /* both read alike */
    {"2015/05/06", NULL, DN_ORDER_AUTO, "2015-05-06", DN_ORDER_YMD, 0},
    {"15/11/22", "ja", DN_ORDER_AUTO, "2015-11-22", DN_ORDER_YMD, 0}, /* two-digit year first */
    {"05 06 2015", NULL, DN_ORDER_AUTO, "2015-06-05", DN_ORDER_DMY, 0},
    {"05 06 2015", "en-US", DN_ORDER_AUTO, "2015-05-06", DN_ORDER_MDY, 0},
    {"05.06.", "de", DN_ORDER_AUTO, "2026-06-05", DN_ORDER_DMY, 0},
    /* not read by an order */
    {"2015-11-22", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_AUTO, 0}, /* ISO 8601 */
    {"2015-11-22T14:30:00Z", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_AUTO, 0},
    {"22 November 2015", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_AUTO, 0},
    {"Nov 22, 2015", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_AUTO, 0},
    {"11/2015", NULL, DN_ORDER_AUTO, "2015-11", DN_ORDER_AUTO, 0},
    {"3 days ago", NULL, DN_ORDER_AUTO, "2026-11-23", DN_ORDER_AUTO, 0},
    {"1448150400", NULL, DN_ORDER_AUTO, "2015-11-22", DN_ORDER_AUTO, 0},
    /* no date, so no order */
    {"29/02/2015", NULL, DN_ORDER_AUTO, NULL, DN_ORDER_AUTO, 0},
    {"31/04/2015", NULL, DN_ORDER_AUTO, NULL, DN_ORDER_AUTO, 0},
};

START_TEST(test_order_flags)
{
    const order_case *c = &order_cases[_i];
    dn_parser *p = dn_test_parser(c->hint, c->option);
    dn_context ctx = dn_test_context();
    dn_date d;
    int rc = dn_parse(p, c->text, strlen(c->text), &ctx, &d);
    char iso[DN_FORMAT_MAX] = "";
    if (rc == 1)
        dn_format(&d, DN_STYLE_DATE, iso, sizeof iso);
    ck_assert_msg(c->iso ? rc == 1 && strcmp(iso, c->iso) == 0 : rc == 0,
                  "\"%s\": dn_parse %d \"%s\", expected %s", c->text, rc, iso,
                  c->iso ? c->iso : "no date");
    ck_assert_msg(DN_DATE_ORDER(&d) == c->order, "\"%s\": order %d, expected %d", c->text,
                  (int)DN_DATE_ORDER(&d), (int)c->order);
    ck_assert_msg(((d.flags & DN_FLAG_ORDER_PROVED) != 0) == c->proved,
                  "\"%s\": proved %d, expected %d", c->text,
                  (d.flags & DN_FLAG_ORDER_PROVED) != 0, c->proved);
    /* dn_search reports the same order */
    dn_date s;
    size_t n = dn_search(p, c->text, strlen(c->text), &ctx, &s, 1);
    if (c->iso && n == 1 && s.start == d.start && s.end == d.end)
        ck_assert_uint_eq(s.flags & (DN_FLAG_ORDER_MASK | DN_FLAG_ORDER_PROVED),
                          d.flags & (DN_FLAG_ORDER_MASK | DN_FLAG_ORDER_PROVED));
    dn_parser_free(p);
}
END_TEST

/* The order bits do not collide with the other flags. */
START_TEST(test_order_bits)
{
    const unsigned others = DN_FLAG_AMBIGUOUS | DN_FLAG_WEEKDAY_MISMATCH | DN_FLAG_HAS_OFFSET |
                            DN_FLAG_RELATIVE | DN_FLAG_YEAR_IMPLIED | DN_FLAG_TWO_DIGIT_YEAR |
                            DN_FLAG_EPOCH;
    ck_assert_uint_eq(others & (DN_FLAG_ORDER_MASK | DN_FLAG_ORDER_PROVED), 0);
    ck_assert_uint_eq(DN_FLAG_ORDER_MASK & DN_FLAG_ORDER_PROVED, 0);
    dn_date d;
    memset(&d, 0, sizeof d);
    for (int o = DN_ORDER_AUTO; o <= DN_ORDER_YMD; o++) {
        d.flags = (unsigned)o << DN_FLAG_ORDER_SHIFT;
        ck_assert_uint_eq(d.flags & ~DN_FLAG_ORDER_MASK, 0);
        ck_assert_int_eq(DN_DATE_ORDER(&d), o);
    }
}
END_TEST

Suite *cliapi_suite(void)
{
    Suite *s = suite_create("cliapi");
    TCase *tc = tcase_create("errors");
    tcase_add_test(tc, test_strerror);
    tcase_add_test(tc, test_search_ex_results);
    tcase_add_test(tc, test_search_ex_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("context");
    tcase_add_test(tc, test_context_from_unix);
    tcase_add_test(tc, test_context_from_text);
    tcase_add_test(tc, test_context_zone_dates);
    suite_add_tcase(s, tc);

    tc = tcase_create("order");
    tcase_add_loop_test(tc, test_order_flags, 0, sizeof order_cases / sizeof order_cases[0]);
    tcase_add_test(tc, test_order_bits);
    suite_add_tcase(s, tc);
    return s;
}
