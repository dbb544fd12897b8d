/*
 * timeutil.c: proleptic Gregorian calendar arithmetic on day numbers (days since
 * 1970-01-01), after Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms"
 * (days_from_civil / civil_from_days): eras of 400 years, March-based years so that the
 * leap day falls at the end. No time zones here: offsets are plain minutes.
 * Within DNP_FAST_DAYS of 1970 (+-30,000 years) both conversions take Neri and Schneider's
 * form of the same arithmetic ("Euclidean affine functions and their application to
 * calendar algorithms", 2022): unsigned 32-bit, no division but by constants that become
 * multiplications; every parse computes the reference's date, and every result its day
 * number. tests/check_timeutil.c checks the two forms agree.
 */
#include "internal.h"

/* The fast forms count from 1 March of year -400 * FAST_S (FAST_K days before 1970-01-01). */
#define FAST_S 82u
#define FAST_K (719468u + 146097u * FAST_S)
#define FAST_L (400u * FAST_S)
/* The fast forms' range, well inside what their 32-bit products hold. */
#define DNP_FAST_YEARS 30000
#define DNP_FAST_DAYS 11000000

/* Hinnant's form: any int64 day number (the fast forms' range aside). */
static int64_t days_from_civil_wide(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);                       /* [0, 399] */
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days_wide(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned dd = doy - (153 * mp + 2) / 5 + 1;
    const unsigned mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)((int64_t)yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

int64_t dnp_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    if (y < -DNP_FAST_YEARS || y > DNP_FAST_YEARS || m - 1 > 11 || d - 1 > 30)
        return days_from_civil_wide(y, m, d);
    const uint32_t j = m <= 2;
    const uint32_t yy = (uint32_t)((int32_t)y + (int32_t)FAST_L) - j; /* years from -32800 */
    const uint32_t mm = j ? m + 12 : m;                              /* March = 3 .. Feb = 14 */
    const uint32_t c = yy / 100;
    const uint32_t ys = 1461 * yy / 4 - c + c / 4;
    const uint32_t ms = (979 * mm - 2919) / 32;
    return (int64_t)(ys + ms + d - 1) - (int64_t)FAST_K;
}

void dnp_civil_from_days(int64_t z, int *y, int *m, int *d)
{
    if (z < -DNP_FAST_DAYS || z > DNP_FAST_DAYS) {
        civil_from_days_wide(z, y, m, d);
        return;
    }
    const uint32_t n = (uint32_t)((int32_t)z + (int32_t)FAST_K);
    const uint32_t n1 = 4 * n + 3;
    const uint32_t c = n1 / 146097;                  /* centuries */
    const uint32_t nc = n1 % 146097 / 4;             /* day of the century */
    const uint64_t p2 = (uint64_t)2939745 * (4 * nc + 3);
    const uint32_t yc = (uint32_t)(p2 >> 32);        /* year of the century */
    const uint32_t ny = (uint32_t)p2 / 2939745 / 4;  /* day of the year, from 1 March */
    const uint32_t n3 = 2141 * ny + 197913;
    const uint32_t mo = n3 >> 16, da = (n3 & 0xFFFF) / 2141;
    const uint32_t jan = ny >= 306;                  /* January or February: the next year */
    *y = (int)(int32_t)(100 * c + yc - FAST_L + jan);
    *m = (int)(jan ? mo - 12 : mo);
    *d = (int)da + 1;
}

/* dnp_days_in_month and dnp_weekday: internal.h, inline (issue 8: called for every date). */

void dnp_add_months(int *y, int *m, int *d, int64_t months)
{
    int64_t t = (int64_t)*y * 12 + (*m - 1) + months;
    int64_t ny = t >= 0 ? t / 12 : (t - 11) / 12;
    *y = (int)ny;
    *m = (int)(t - ny * 12) + 1;
    int dim = dnp_days_in_month(*y, *m);
    if (*d > dim)
        *d = dim;
}

int64_t dnp_iso_week_monday(int y, int w)
{
    /* ISO week 1 is the week with the year's first Thursday, the one with 4 January */
    int64_t jan4 = dnp_days_from_civil(y, 1, 4);
    return jan4 - (dnp_weekday(jan4) - 1) + (int64_t)(w - 1) * 7;
}

int dnp_iso_weeks(int y)
{
    /* 28 December is always in the year's last week */
    return (int)((dnp_days_from_civil(y, 12, 28) - dnp_iso_week_monday(y, 1)) / 7) + 1;
}

void dnp_iso_week(int64_t days, int *year, int *week)
{
    /* the week belongs to the year of its Thursday */
    int64_t thu = days + 4 - dnp_weekday(days);
    int m, d;
    dnp_civil_from_days(thu, year, &m, &d);
    int64_t jan1 = dnp_days_from_civil(*year, 1, 1);
    *week = (int)((thu - jan1) / 7) + 1;
}
