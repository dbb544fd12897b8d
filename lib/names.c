/*
 * names.c: the names of the public enums' values, as every front end prints them.
 *
 *     dn_precision_name(DN_PREC_DAY)      -> "day"
 *     dn_flag_name(DN_FLAG_HAS_OFFSET)    -> "has_offset"
 *     dn_order_name(DN_ORDER_DMY)         -> "DMY"
 *
 * The CLI's --json, the PostgreSQL extension's datenorm_result and the Python binding's
 * Date.precision / datenorm.Flag all read these tables, so a name is spelled once and a
 * new flag bit is named for all of them here. The names are part of the documented
 * output (datenorm(1), the README): lower case ASCII words joined by '_' (Python's Flag
 * upper-cases them), never changed once published. Does not name statuses (status.c).
 */
#include <config.h>

#include "datenorm.h"

/* Indexed by dn_precision. */
static const char *const precision_names[] = {
    [DN_PREC_NONE] = "none",     [DN_PREC_YEAR] = "year",     [DN_PREC_MONTH] = "month",
    [DN_PREC_WEEK] = "week",     [DN_PREC_DAY] = "day",       [DN_PREC_HOUR] = "hour",
    [DN_PREC_MINUTE] = "minute", [DN_PREC_SECOND] = "second", [DN_PREC_FRACTION] = "fraction",
};

/* Indexed by the bit's position. The two bits of the numeric order (DN_FLAG_ORDER_MASK)
   are a field, not flags: dn_order_name names their value. A bit without a name here is
   not (yet) a flag. */
static const char *const flag_names[32] = {
    [0] = "ambiguous",      /* DN_FLAG_AMBIGUOUS        0x0001 */
    [1] = "weekday_mismatch", /* DN_FLAG_WEEKDAY_MISMATCH 0x0002 */
    [2] = "has_offset",     /* DN_FLAG_HAS_OFFSET       0x0004 */
    [3] = "relative",       /* DN_FLAG_RELATIVE         0x0008 */
    [4] = "year_implied",   /* DN_FLAG_YEAR_IMPLIED     0x0010 */
    [5] = "two_digit_year", /* DN_FLAG_TWO_DIGIT_YEAR   0x0020 */
    [6] = "epoch",          /* DN_FLAG_EPOCH            0x0040 */
    [10] = "order_proved",  /* DN_FLAG_ORDER_PROVED     0x0400 */
    [11] = "offset_from_reference", /* DN_FLAG_OFFSET_FROM_REF 0x0800 (issue 8) */
    [12] = "zone_ambiguous", /* DN_FLAG_ZONE_AMBIGUOUS  0x1000 (issue 9) */
    [13] = "zone_gap",      /* DN_FLAG_ZONE_GAP         0x2000 (issue 9) */
    [14] = "calendar_ambiguous", /* DN_FLAG_CALENDAR_AMBIGUOUS 0x4000 */
    [15] = "time_only",     /* DN_FLAG_TIME_ONLY        0x8000 (issue 8) */
    [16] = "page_order",    /* DN_FLAG_PAGE_ORDER       0x10000 (issue 10) */
    [17] = "range",         /* DN_FLAG_RANGE            0x20000 (issue 10) */
};

static const char *const order_names[] = {
    [DN_ORDER_AUTO] = NULL, [DN_ORDER_DMY] = "DMY", [DN_ORDER_MDY] = "MDY", [DN_ORDER_YMD] = "YMD",
};

const char *dn_precision_name(dn_precision p)
{
    if ((unsigned)p >= sizeof precision_names / sizeof precision_names[0])
        return NULL;
    return precision_names[p];
}

const char *dn_flag_name(unsigned bit)
{
    /* exactly one bit: bit & (bit - 1) clears the lowest */
    if (bit == 0 || (bit & (bit - 1)) != 0)
        return NULL;
    unsigned i = 0;
    while (!(bit & 1u))
        bit >>= 1, i++;
    return i < sizeof flag_names / sizeof flag_names[0] ? flag_names[i] : NULL;
}

const char *dn_order_name(dn_order o)
{
    if ((unsigned)o >= sizeof order_names / sizeof order_names[0])
        return NULL;
    return order_names[o];
}
