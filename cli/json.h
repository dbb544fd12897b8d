/*
 * JSON output of the datenorm program: strings escaped from arbitrary bytes, and the fields
 * of a dn_date under stable names. It writes through a cli_out and never allocates; it
 * does not parse JSON and knows nothing of the modes that call it.
 */
#ifndef DATENORM_CLI_JSON_H
#define DATENORM_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "datenorm.h"

/* Writes s[0..n) as a JSON string, quotes included: '"', '\' and control characters are
   escaped, NUL as \u0000; each maximal invalid UTF-8 subpart becomes U+FFFD (as Unicode
   recommends and Python's "replace" decoder does), so the output is always valid UTF-8. */
void cli_json_string(cli_out *o, const char *s, size_t n);

/* Writes ,"found":...,"iso":... and every other field of a result (no braces), in this
   order: found, iso, year, month, day, week, weekday, hour, minute, second, nanosecond,
   fraction_digits, offset (minutes east of UTC), precision, locale, confidence, start, end,
   flags (array of names), alt ({year, month, day, iso} when ambiguous), order ("DMY",
   "MDY" or "YMD": the order an all-numeric date was read in) and order_proved (true when
   its values allow that order alone; both null for other results). A field the text
   did not give is null; with found false every field but flags ([]) is null. start and end
   are added to base (search mode reports offsets into the whole input). */
void cli_json_result(cli_out *o, const dn_date *d, bool found, dn_style style, size_t base);

#endif
