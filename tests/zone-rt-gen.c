/*
 * zone-rt-gen.c: the zone round trip (zone-rt-gen.h says what it checks). The zones cover
 * both hemispheres' daylight saving, offsets of 30 and 45 minutes, a zone whose rules
 * changed (Moscow, Sao Paulo) and one whose metazone's golden zone keeps other rules
 * (Cairo in Eastern European Time); the instants are a northern winter and summer day.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "zone-rt-gen.h"

static const char *const zrt_zones[] = {
    "Europe/Paris", "America/New_York", "America/Los_Angeles", "Asia/Tokyo",
    "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Europe/Moscow",
    "Asia/Kathmandu", "Australia/Adelaide", "Europe/London", "Africa/Cairo",
};
#define NZONES (sizeof zrt_zones / sizeof *zrt_zones)

static const struct {
    const char *field;
    int group;
} zrt_fields[] = {
    { "", ZRT_NONE }, { "z", ZRT_NAME }, { "zzzz", ZRT_NAME }, { "v", ZRT_NAME },
    { "vvvv", ZRT_NAME }, { "VV", ZRT_ID }, { "O", ZRT_OFFSET }, { "OOOO", ZRT_OFFSET },
    { "ZZZZZ", ZRT_OFFSET }, { "VVVV", ZRT_LOCATION },
};
#define NFIELDS (sizeof zrt_fields / sizeof *zrt_fields)

/* 2021-01-15T10:30Z and 2021-07-15T10:30Z */
static const double zrt_when[] = { 1610706600000.0, 1626345000000.0 };
#define NWHEN 2

static int gregorian(const char *loc)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(NULL, 0, loc, UCAL_DEFAULT, &st);
    if (U_FAILURE(st))
        return 0;
    int ok = strcmp(ucal_getType(cal, &st), "gregorian") == 0 && U_SUCCESS(st);
    ucal_close(cal);
    return ok;
}

/* The local time of an instant in a zone and its offset, as dn_format's datetime. */
static void expected_text(const UChar *zone, double when, int with_offset, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(zone, -1, "root", UCAL_GREGORIAN, &st);
    ucal_setMillis(cal, when, &st);
    int off = (ucal_get(cal, UCAL_ZONE_OFFSET, &st) + ucal_get(cal, UCAL_DST_OFFSET, &st)) / 60000;
    int n = snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:00", ucal_get(cal, UCAL_YEAR, &st),
                     ucal_get(cal, UCAL_MONTH, &st) + 1, ucal_get(cal, UCAL_DATE, &st),
                     ucal_get(cal, UCAL_HOUR_OF_DAY, &st), ucal_get(cal, UCAL_MINUTE, &st));
    if (with_offset) {
        int a = off < 0 ? -off : off;
        if (off == 0)
            snprintf(out + n, cap - (size_t)n, "Z");
        else
            snprintf(out + n, cap - (size_t)n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
    }
    ucal_close(cal);
}

int zrt_run(const dn_parser *p, int stride, zrt_callback cb, void *arg)
{
    dn_context ctx = { 1795694400, 0 };
    int nloc = uloc_countAvailable(), visited = 0;
    long combo = 0;
    for (int li = 0; li < nloc; li++) {
        const char *loc = uloc_getAvailable(li);
        if (!gregorian(loc))
            continue;
        visited++;
        UErrorCode st = U_ZERO_ERROR;
        UDateTimePatternGenerator *g = udatpg_open(loc, &st);
        UChar base[128], skel[16];
        u_uastrcpy(skel, "yMMMdjmm");
        int32_t nb = U_SUCCESS(st) ? udatpg_getBestPattern(g, skel, -1, base, 100, &st) : 0;
        udatpg_close(g);
        if (U_FAILURE(st) || nb <= 0)
            return DN_ERR_ICU;
        for (size_t fi = 0; fi < NFIELDS; fi++) {
            UChar pat[160];
            int32_t np = nb;
            u_memcpy(pat, base, nb);
            if (zrt_fields[fi].field[0]) {
                pat[np++] = ' ';
                for (const char *c = zrt_fields[fi].field; *c; c++)
                    pat[np++] = (UChar)*c;
            }
            UDateFormat *df = NULL;
            for (size_t zi = 0; zi < NZONES; zi++)
                for (int wi = 0; wi < NWHEN; wi++) {
                    if (stride > 1 && (combo++ % stride) != 0)
                        continue;
                    UChar zone[64];
                    u_uastrcpy(zone, zrt_zones[zi]);
                    st = U_ZERO_ERROR;
                    if (df == NULL)
                        df = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, zone, -1, pat, np, &st);
                    else {
                        UCalendar *cal = ucal_open(zone, -1, loc, UCAL_GREGORIAN, &st);
                        udat_setCalendar(df, cal);
                        ucal_close(cal);
                    }
                    if (U_FAILURE(st))
                        return DN_ERR_ICU;
                    UChar u[256];
                    char text[768], expected[40], got[DN_FORMAT_MAX] = "";
                    int32_t n = udat_format(df, zrt_when[wi], u, 256, NULL, &st);
                    u_strToUTF8(text, sizeof text, NULL, u, n, &st);
                    if (U_FAILURE(st))
                        return DN_ERR_ICU;
                    expected_text(zone, zrt_when[wi], zrt_fields[fi].group != ZRT_NONE,
                                  expected, sizeof expected);
                    dn_date d;
                    if (dn_parse(p, text, strlen(text), &ctx, &d) == 1)
                        dn_format(&d, DN_STYLE_DATETIME, got, sizeof got);
                    zrt_item it = { zrt_fields[fi].group, zrt_fields[fi].field, loc,
                                    zrt_zones[zi], text, expected, got,
                                    strcmp(got, expected) == 0 };
                    cb(&it, arg);
                }
            if (df)
                udat_close(df);
        }
    }
    return visited;
}
