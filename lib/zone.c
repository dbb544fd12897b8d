/*
 * zone.c: what a time-zone name in the text stands for, and the offset it gives.
 *
 * The names (tools/lexgen/zones.c: CLDR's zone names in every locale, IANA ids,
 * locales/zones.tsv's abbreviations) are a table of their own, not lexicon keys:
 * dnp_zone_match reads the longest name at a word where one may stand (scan.c asks after a
 * number, a separator, am/pm or a time mark) and makes it an item of kind DNP_K_ZONE; a
 * filter of the names' first words keeps the look-up off almost every other word. A name
 * has records (dnp_zone_recs): a zone (an IANA id) and a type. The type says which offset the name means, at the local date and
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

/* ---- the names: dnp_zone_fc ------------------------------------------------------------
   The folded names, sorted by bytes, in blocks of DNP_ZONE_BLOCK. A block's first name is
   [length][bytes], each other one [bytes shared with the name before][length of the rest]
   [the rest]; every name is followed by its record set, two bytes little-endian. */

typedef struct {
    uint32_t i;            /* the name's index */
    const unsigned char *p; /* where the next name starts */
    char name[256];
    size_t len;
    uint16_t set;
} zcursor;

static void cursor_at_block(zcursor *z, uint32_t b)
{
    z->i = b * DNP_ZONE_BLOCK;
    z->p = dnp_zone_fc + dnp_zone_blocks[b];
    z->len = 0;
}

/* Decodes the next name (false at the end). */
static bool cursor_next(zcursor *z)
{
    if (z->i >= dnp_zone_nnames)
        return false;
    const unsigned char *p = z->p;
    size_t same = 0, rest;
    if (z->i % DNP_ZONE_BLOCK == 0)
        rest = *p++;
    else
        same = *p++, rest = *p++;
    memcpy(z->name + same, p, rest);
    p += rest;
    z->len = same + rest;
    z->set = (uint16_t)(p[0] | p[1] << 8);
    z->p = p + 2;
    z->i++;
    return true;
}

static int cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

/* Looks key up among the names: its record set + 1 (0 when it is no name), and whether a
   longer name begins with it. */
static uint32_t find_name(const char *key, size_t len, bool *longer)
{
    uint32_t lo = 0, hi = (dnp_zone_nnames + DNP_ZONE_BLOCK - 1) / DNP_ZONE_BLOCK;
    /* the last block whose first name is <= key */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        const unsigned char *p = dnp_zone_fc + dnp_zone_blocks[mid];
        if (cmp_bytes((const char *)p + 1, p[0], key, len) <= 0)
            lo = mid;
        else
            hi = mid;
    }
    zcursor z;
    cursor_at_block(&z, lo);
    uint32_t found = 0;
    *longer = false;
    while (cursor_next(&z)) {
        int c = cmp_bytes(z.name, z.len, key, len);
        if (c == 0) {
            found = z.set + 1u;
            continue;
        }
        if (c > 0) {
            *longer = z.len > len && memcmp(z.name, key, len) == 0;
            break;
        }
    }
    return found;
}

bool dnp_zone_match(const env *e, const dnp_token *first, size_t *pos, item *x)
{
    uint32_t h = dnp_hash(first->fold, first->flen);
    uint32_t b1 = h & (DNP_ZONE_FILTER_BITS - 1), b2 = (h >> 16) & (DNP_ZONE_FILTER_BITS - 1);
    if (!(dnp_zone_first[b1 / 8] & (1u << (b1 % 8))) ||
        !(dnp_zone_first[b2 / 8] & (1u << (b2 % 8))))
        return false;
    char key[256];
    size_t klen = first->flen, p = *pos, best_pos = 0;
    uint32_t best = 0, best_end = 0;
    memcpy(key, first->fold, klen);
    bool longer;
    uint32_t set = find_name(key, klen, &longer);
    if (set)
        best = set, best_pos = p, best_end = first->end;
    for (int words = 1; longer && words < dnp_zone_words_max; words++) {
        dnp_token t;
        bool sep = false;
        size_t q = p;
        for (;;) {
            if (!dnp_next_token(e->text, e->len, &q, &t))
                goto done;
            if (t.kind != DNP_TK_SEP)
                break;
            if (t.flags & DNP_TF_HARD)
                goto done;
            sep = true;
        }
        /* words as the lexicon's keys join them: one space for any separators between
           ("america argentina buenos aires" for "America/Argentina/Buenos_Aires") */
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) ||
            klen + 1 + t.flen > sizeof key)
            goto done;
        if (sep)
            key[klen++] = ' ';
        memcpy(key + klen, t.fold, t.flen);
        klen += t.flen;
        set = find_name(key, klen, &longer);
        if (set)
            best = set, best_pos = q, best_end = t.end;
        p = q;
    }
done:
    if (!best || best_end < x->end)
        return false; /* the lexicon's word is longer: it stays what it is */
    if (best_end > x->end || x->type != IT_WORD) {
        /* a name longer than any word of the lexicon there: a zone word only */
        x->type = IT_WORD, x->gen = 0;
        x->m = NULL, x->nm = 0, x->kinds = 0;
        x->end = best_end;
        *pos = best_pos;
    }
    x->kinds |= 1u << DNP_K_ZONE;
    x->zset = best;
    return true;
}

/* The zone records of a word: [*first, end of its set]. */
static uint32_t entries_of(const item *w, uint32_t *first)
{
    if (!w->zset)
        return 0;
    uint32_t a = w->zset - 1, b = a;
    while (!(dnp_zone_recs[b].flags & DNP_ZF_END))
        b++;
    *first = a;
    return b - a + 1;
}

static bool usable(const item *w, const dnp_zone_rec *z)
{
    return !(z->flags & DNP_ZF_CAPS) || (w->tflags & XF_CAPS);
}

bool dnp_zone_word(const item *w, int type)
{
    if (!has_kind(w, DNP_K_ZONE))
        return false;
    uint32_t first, n = entries_of(w, &first);
    for (uint32_t i = first; i < first + n; i++)
        if (usable(w, &dnp_zone_recs[i]) &&
            (type < 0 ? dnp_zone_recs[i].type != DNP_ZT_GMT : dnp_zone_recs[i].type == type))
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
static int fit(const env *e, const dnp_zone_rec *z, const char *region, int text_lang)
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
        const dnp_zone_rec *z = &dnp_zone_recs[i];
        if (!usable(w, z) || z->type == DNP_ZT_GMT)
            continue;
        if (best >= 0 && z->zone != dnp_zone_recs[best].zone)
            *ambiguous = true;
        int f = fit(e, z, region, text_lang);
        /* on a tie, locales/zones.tsv's line (a decision written down) over CLDR's */
        if (f > best_fit || (f == best_fit && (z->flags & DNP_ZF_SUPPLEMENT) &&
                             !(dnp_zone_recs[best].flags & DNP_ZF_SUPPLEMENT)))
            best_fit = f, best = (int)i;
    }
    if (best < 0)
        return false;
    *zone = dnp_zone_recs[best].zone;
    *type = dnp_zone_recs[best].type;
    return true;
}

bool dnp_zone_offset_local(int zone, int type, const cand *c, int *minutes, bool *gap)
{
    if (zone < 0 || zone >= dnp_nzone_ids)
        return false;
    /* the ids are ASCII: copied by hand, since u_uastrncpy takes ICU's default converter,
       whose shared cache is a data race between threads (helgrind) */
    UChar id[64];
    const char *zid = dnp_zone_ids[zone];
    size_t k = 0;
    for (; zid[k] && k < 63; k++)
        id[k] = (UChar)(unsigned char)zid[k];
    id[k] = 0;
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
