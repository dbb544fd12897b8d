/*
 * zone.c: what a time-zone name in the text stands for, and the offset it gives.
 *
 * A DNP_K_ZONE word of the lexicon (tools/lexgen/zones.c: CLDR's zone names in every
 * locale, IANA ids, locales/zones.tsv's abbreviations) has entries in dnp_zone_names: a zone
 * (an IANA id) and a type. The type says which offset the name means, at the local date and
 * time the text gives, by ICU's rules for the zone (its history too: Moscow 2011 and 2014,
 * Sao Paulo 2019):
 *   standard ("EST", "MEZ", "Central European Standard Time"): the zone's standard offset;
 *   daylight ("EDT", "MESZ"): the standard offset plus the zone's daylight saving;
 *   generic and IANA ids ("ET", "Pacific Time", "Europe/Paris"): the offset in force at that
 *   local time. A local time the zone skips (a daylight-saving gap) takes the offset in
 *   force before the gap; one it repeats, the later of the two (standard time), as
 *   dn_context_from_text reads them; both are flagged DN_FLAG_ZONE_GAP.
 * An abbreviation with several zones (IST, CST, BST, AST) is settled by the locale hint's
 * region, else the hint's languages, else the language of the date's words, else the
 * entry marked default; the result is flagged DN_FLAG_ZONE_AMBIGUOUS.
 *
 * Reads ICU's zone rules (ucal) once per zone name read: a text without a zone name never
 * gets here; one with a name costs a calendar (an allocation ICU makes and frees).
 */
#include "engine.h"

#include <string.h>

#include <unicode/ucal.h>
#include <unicode/ustring.h>

/* The key of a word's meanings (the meanings of one key are contiguous, in key order). */
static int32_t key_of(const item *w)
{
    uint32_t mi = (uint32_t)(w->m - dnp_lex_meanings);
    uint32_t lo = 0, hi = dnp_lex_nkeys;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (dnp_lex_keys[mid].meaning + dnp_lex_keys[mid].nmeaning <= mi)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < dnp_lex_nkeys && dnp_lex_keys[lo].meaning <= mi ? (int32_t)lo : -1;
}

/* The zone entries of a word: [*first, *first + count). */
static uint32_t entries_of(const item *w, uint32_t *first)
{
    int32_t k = key_of(w);
    if (k < 0)
        return 0;
    uint32_t lo = 0, hi = dnp_nzone_names;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (dnp_zone_names[mid].key < (uint32_t)k)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t end = lo;
    while (end < dnp_nzone_names && dnp_zone_names[end].key == (uint32_t)k)
        end++;
    *first = lo;
    return end - lo;
}

static bool usable(const item *w, const dnp_zone_name *z)
{
    return !(z->flags & DNP_ZF_CAPS) || (w->tflags & XF_CAPS);
}

bool dnp_zone_word(const item *w, int type)
{
    if (!has_kind(w, DNP_K_ZONE))
        return false;
    uint32_t first, n = entries_of(w, &first);
    for (uint32_t i = first; i < first + n; i++)
        if (usable(w, &dnp_zone_names[i]) &&
            (type < 0 ? dnp_zone_names[i].type != DNP_ZT_GMT : dnp_zone_names[i].type == type))
            return true;
    return false;
}

/* The region of the first locale hint ("IE" of en_IE), or "". */
static void hint_region(const env *e, char out[3])
{
    out[0] = '\0';
    if (!e->p->nhints || e->p->hint_locale[0] < 0)
        return;
    const char *name = dnp_locales[e->p->hint_locale[0]].name;
    const char *u = strrchr(name, '_');
    if (u && strlen(u + 1) == 2 && u[1] >= 'A' && u[1] <= 'Z')
        memcpy(out, u + 1, 3);
}

/* How well an entry fits what the call knows (the rule of the head comment). */
static int fit(const env *e, const dnp_zone_name *z, const char *region, int text_lang)
{
    if (z->region[0])
        return region[0] && strcmp(z->region, region) == 0 ? 6 : 0;
    if (z->lang != 0xFFFF) {
        for (int h = 0; h < e->p->nhints; h++)
            if (e->p->hint_lang[h] == z->lang)
                return 5;
        if (z->lang == text_lang)
            return 4;
        return (z->flags & DNP_ZF_SUPPLEMENT) ? 0 : 1;
    }
    return (z->flags & DNP_ZF_DEFAULT) ? 3 : 2;
}

bool dnp_zone_choose(const env *e, const item *w, int text_lang, int *zone, int *type,
                     bool *ambiguous)
{
    char region[3];
    hint_region(e, region);
    uint32_t first, n = entries_of(w, &first);
    int best = -1, best_fit = -1;
    *ambiguous = false;
    for (uint32_t i = first; i < first + n; i++) {
        const dnp_zone_name *z = &dnp_zone_names[i];
        if (!usable(w, z) || z->type == DNP_ZT_GMT)
            continue;
        if (best >= 0 && z->zone != dnp_zone_names[best].zone)
            *ambiguous = true;
        int f = fit(e, z, region, text_lang);
        /* on a tie, locales/zones.tsv's line (a decision written down) over CLDR's */
        if (f > best_fit || (f == best_fit && (z->flags & DNP_ZF_SUPPLEMENT) &&
                             !(dnp_zone_names[best].flags & DNP_ZF_SUPPLEMENT)))
            best_fit = f, best = (int)i;
    }
    if (best < 0)
        return false;
    *zone = dnp_zone_names[best].zone;
    *type = dnp_zone_names[best].type;
    return true;
}

bool dnp_zone_offset_local(int zone, int type, const cand *c, int *minutes, bool *gap)
{
    if (zone < 0 || zone >= dnp_nzone_ids)
        return false;
    UChar id[64];
    u_uastrncpy(id, dnp_zone_ids[zone], 63);
    id[63] = 0;
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(id, -1, "root", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st))
        return false;
    ucal_setGregorianChange(cal, -8.64e15, &st); /* proleptic, as the results are */
    int h = c->has_time ? c->hour : 0, mi = c->has_time ? c->minute : 0;
    int s = c->has_time && c->second < 60 ? c->second : 0;
    int off[2];
    for (int pass = 0; pass < 2; pass++) {
        /* first pass: the later reading of a repeated hour; second: the earlier */
        ucal_setAttribute(cal, UCAL_REPEATED_WALL_TIME,
                          pass == 0 ? UCAL_WALLTIME_LAST : UCAL_WALLTIME_FIRST);
        ucal_setAttribute(cal, UCAL_SKIPPED_WALL_TIME, UCAL_WALLTIME_LAST);
        ucal_clear(cal);
        ucal_setDateTime(cal, c->year, c->month - 1, c->day, h, mi, s, &st);
        /* the offset the wall time was read with: wall clock as UTC minus the instant */
        double wall = ((double)dnp_days_from_civil(c->year, (unsigned)c->month,
                                                   (unsigned)c->day) * 86400.0 +
                       h * 3600.0 + mi * 60.0 + s) * 1000.0;
        double utc = ucal_getMillis(cal, &st);
        int raw = ucal_get(cal, UCAL_ZONE_OFFSET, &st);
        int dst = ucal_get(cal, UCAL_DST_OFFSET, &st);
        if (pass == 0 && U_SUCCESS(st) &&
            (ucal_get(cal, UCAL_HOUR_OF_DAY, &st) != h || ucal_get(cal, UCAL_MINUTE, &st) != mi))
            *gap = true; /* the zone skips this wall time */
        if (type == DNP_ZT_STD)
            off[pass] = raw;
        else if (type == DNP_ZT_DST)
            off[pass] = raw + (dst ? dst : ucal_getDSTSavings(id, &st));
        else
            off[pass] = (int)(wall - utc);
    }
    ucal_close(cal);
    if (U_FAILURE(st))
        return false;
    if (off[0] != off[1] && type != DNP_ZT_STD && type != DNP_ZT_DST)
        *gap = true; /* a repeated hour: the later reading was taken */
    *minutes = off[0] / 60000;
    return off[0] % 60000 == 0 && *minutes >= -DNP_OFFSET_MAX && *minutes <= DNP_OFFSET_MAX;
}

const char *dnp_zone_id(int zone)
{
    return zone >= 0 && zone < dnp_nzone_ids ? dnp_zone_ids[zone] : "";
}
