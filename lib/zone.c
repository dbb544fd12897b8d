/*
 * zone.c: what a time-zone name in the text stands for, and the offset it gives.
 *
 * The names (tools/lexgen/zones.c: CLDR's zone names in every locale, IANA ids,
 * locales/zones.tsv's abbreviations) are a table of their own, not lexicon keys:
 * dnp_zone_match reads the longest name at a word where one may stand (scan.c asks after a
 * number, a separator, am/pm or a time mark) and makes it an item of kind DNP_K_ZONE; a
 * filter of the names' first words keeps the look-up off almost every other word. A
 * location name is read in parts: a format's words before the place ("hora de", "heure"),
 * a place of dnp_zone_places ("Nueva York", "Paris", "Frankrig"), the format's words after
 * it ("Time", "Standard Time", "(heure d’été)"): "hora de Nueva York", "Paris Standard
 * Time", "Paris (heure d’été)"; the format gives the type (generic, standard, daylight), the
 * place the zone. A place alone is a zone name only where a language writes it so ("{0}":
 * "Москва", "New York"; not "Paris", a city its country names). A name of that length wins
 * over a location name.
 * A name has records (dnp_zone_recs): a zone (an IANA id) and a type. The type says which
 * offset the name means, at the local date and time the text gives, by ICU's rules for the zone (its history too: Moscow 2011 and 2014,
 * Sao Paulo 2019):
 *   standard ("EST", "MEZ", "Central European Standard Time"): the zone's standard offset;
 *   daylight ("EDT", "MESZ"): the standard offset plus the zone's daylight saving;
 *   generic and IANA ids ("ET", "Pacific Time", "Europe/Paris"): the offset in force at that
 *   local time. A local time the zone skips (a daylight-saving gap) takes the offset in
 *   force before the gap; one it repeats, the later of the two (standard time), as
 *   dn_context_from_text reads them; both are flagged DN_FLAG_ZONE_GAP.
 * An abbreviation with several zones (IST, CST, BST, AST) is settled by the locale hint's
 * region, else the hint's languages, else the language of the date's words, else the
 * entry marked default; the result is flagged DN_FLAG_ZONE_AMBIGUOUS. So is a place with
 * several zones ("Rome": Lomé in one language; "Salvador": Bahia's city in Polish): the
 * hint's region (the zone's country), the languages, else the zone most languages give it.
 *
 * Reads ICU's zone rules (ucal) once per zone name read: a text without a zone name never
 * gets here; one with a name costs a calendar (an allocation ICU makes and frees).
 */
#include "engine.h"

#include <string.h>

#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

/* ---- the tables: dnp_zone_names, dnp_zone_places ----------------------------------------
   The folded keys, sorted by bytes, in blocks of DNP_ZONE_BLOCK. A block's first key is
   [length][bytes], each other one [bytes shared with the key before][length of the rest]
   [the rest]; every key is followed by its record set, two bytes little-endian. */

static int cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
    /* memcmp's order, in a loop: the names are short, and a call cost more than they do */
    size_t n = alen < blen ? alen : blen;
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k])
            return (unsigned char)a[k] < (unsigned char)b[k] ? -1 : 1;
    return (alen > blen) - (alen < blen);
}

/* A finder: whether key is an entry (nonzero: what it stands for) and whether a longer
   entry begins with it. */
typedef uint32_t (*finder)(const void *ctx, const char *key, size_t len, bool *longer);

/* Looks key up in a table (ctx): its record set + 1 (0 when it is none). */
static uint32_t find_key(const void *ctx, const char *key, size_t len, bool *longer)
{
    const dnp_fc_table *t = ctx;
    uint32_t lo = 0, hi = (t->n + DNP_ZONE_BLOCK - 1) / DNP_ZONE_BLOCK;
    *longer = false;
    if (hi == 0)
        return 0;
    /* the last block whose first key is <= key: the one before the first that begins with
       key's byte (below key) up to the last that does (issue 10: a few steps fewer) */
    if (len) {
        unsigned c = (unsigned char)key[0];
        uint32_t below = t->by_byte[c], upto = t->by_byte[c + 1];
        lo = below ? below - 1 : 0;
        hi = upto > lo + 1 ? upto : lo + 1;
    }
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        const unsigned char *p = t->fc + t->blocks[mid];
        if (cmp_bytes((const char *)p + 1, p[0], key, len) <= 0)
            lo = mid;
        else
            hi = mid;
    }
    /* From there, the keys in order (into the next block when need be), each compared from
       where the one before it stops agreeing with key: lcp bytes, that key being below key.
       Front coding says how much each key shares with the one before (exactly): sharing
       more, it is below key too; sharing less, it is above key and does not begin with it;
       sharing as much, its first lcp bytes are key's, and only its rest is compared. No key
       is decoded (issue 10: a page's zone look-ups). */
    const unsigned char *p = t->fc + t->blocks[lo];
    uint32_t found = 0;
    size_t lcp = 0;
    for (uint32_t i = lo * DNP_ZONE_BLOCK; i < t->n; i++) {
        size_t same = 0, rest;
        if (i % DNP_ZONE_BLOCK == 0)
            rest = *p++, lcp = 0; /* a block's first key is written whole */
        else
            same = *p++, rest = *p++;
        const unsigned char *r = p; /* bytes [same, same + rest) of the key */
        size_t klen = same + rest;
        uint16_t set = (uint16_t)(p[rest] | p[rest + 1] << 8);
        p += rest + 2;
        if (same > lcp)
            continue;
        if (same < lcp)
            break;
        size_t k = lcp, m = klen < len ? klen : len;
        while (k < m && (char)r[k - same] == key[k])
            k++;
        if (k == m && klen == len) {
            found = set + 1u, lcp = k;
            continue;
        }
        if (k == m ? klen > len : (unsigned char)r[k - same] > (unsigned char)key[k]) {
            *longer = klen > len && k == len;
            break;
        }
        lcp = k;
    }
    return found;
}

/* The first format of [lo, hi) whose words before the place (suf: after it) are not below
   key, in the table's byte order. */
static uint32_t formats_lower_bound(uint32_t lo, uint32_t hi, bool suf, const char *key,
                                    size_t len)
{
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const dnp_zone_format *f = &dnp_zone_formats[mid];
        if ((suf ? cmp_bytes(f->suf, f->suflen, key, len)
                 : cmp_bytes(f->pre, f->prelen, key, len)) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The formats' words before the place: the first format whose pre is key, + 1. In a sorted
   list, the first string above key is the one that begins with it if any does. */
static uint32_t find_pre(const void *ctx, const char *key, size_t len, bool *longer)
{
    (void)ctx;
    uint32_t i = formats_lower_bound(0, dnp_nzone_formats, false, key, len), found = 0;
    if (i < dnp_nzone_formats &&
        cmp_bytes(dnp_zone_formats[i].pre, dnp_zone_formats[i].prelen, key, len) == 0)
        found = i + 1;
    while (i < dnp_nzone_formats && found && dnp_zone_formats[i].prelen == len &&
           memcmp(dnp_zone_formats[i].pre, key, len) == 0)
        i++;
    *longer = i < dnp_nzone_formats && dnp_zone_formats[i].prelen > len &&
              memcmp(dnp_zone_formats[i].pre, key, len) == 0;
    return found;
}

/* The formats' words after the place, among the formats [r[0], r[1]) (one pre): the
   format whose suf is key, + 1. */
static uint32_t find_suf(const void *ctx, const char *key, size_t len, bool *longer)
{
    const uint32_t *r = ctx;
    uint32_t found = 0, i = formats_lower_bound(r[0], r[1], true, key, len);
    if (i < r[1] && cmp_bytes(dnp_zone_formats[i].suf, dnp_zone_formats[i].suflen, key, len) == 0)
        found = i + 1, i++;
    *longer = i < r[1] && dnp_zone_formats[i].suflen > len &&
              memcmp(dnp_zone_formats[i].suf, key, len) == 0;
    return found;
}

/* The next word from *q, over separators that are not hard; *sep: one stood before it. */
static bool next_word(const env *e, size_t *q, dnp_token *t, bool *sep)
{
    *sep = false;
    for (;;) {
        if (!dnp_next_token(e->text, e->len, q, t))
            return false;
        if (t->kind != DNP_TK_SEP)
            break;
        if (t->flags & DNP_TF_HARD)
            return false;
        *sep = true;
    }
    return t->kind == DNP_TK_WORD && !(t->flags & DNP_TF_LONG);
}

/* The longest entry that the words from first on spell, joined as the lexicon's keys join
   them (one space for any separators between: "america argentina buenos aires" for
   "America/Argentina/Buenos_Aires"; nothing between words that touch: "パリ"). Returns the
   finder's answer; *pos moves past the entry and *end is its last byte + 1. */
static uint32_t longest(const env *e, const dnp_token *first, size_t *pos, uint32_t *end,
                        finder f, const void *ctx)
{
    char key[256];
    size_t klen = first->flen, p = *pos, best_pos = p;
    bool longer;
    if (klen > sizeof key)
        return 0;
    memcpy(key, first->fold, klen);
    uint32_t best = f(ctx, key, klen, &longer);
    if (best)
        *end = first->end;
    for (int words = 1; longer && words < dnp_zone_words_max; words++) {
        dnp_token t;
        bool sep;
        size_t q = p;
        if (!next_word(e, &q, &t, &sep) || klen + 1 + t.flen > sizeof key)
            break;
        if (sep)
            key[klen++] = ' ';
        memcpy(key + klen, t.fold, t.flen);
        klen += t.flen;
        uint32_t got = f(ctx, key, klen, &longer);
        if (got)
            best = got, best_pos = q, *end = t.end;
        p = q;
    }
    if (best)
        *pos = best_pos;
    return best;
}

/* After a place read up to *pos (last byte end - 1), the words of one of the formats
   [r[0], r[1]) that share their words before it: the format (+ 1), *pos and *end past its
   words. A format with nothing after the place ("hora de {0}") sorts first. */
static uint32_t format_after(const env *e, const uint32_t r[2], size_t *pos, uint32_t *end)
{
    dnp_token t;
    bool sep;
    size_t q = *pos;
    uint32_t e2 = 0;
    if (next_word(e, &q, &t, &sep)) {
        uint32_t f = longest(e, &t, &q, &e2, find_suf, r);
        if (f) {
            *pos = q, *end = e2;
            return f;
        }
    }
    return dnp_zone_formats[r[0]].suf[0] ? 0 : r[0] + 1;
}

/* A location format at first: "Paris Time", "hora de Nueva York", "Paris (heure d’été)".
   Returns the place's record set + 1, with the format's type; *pos and *end past it. */
static uint32_t location(const env *e, const dnp_token *first, unsigned filters, size_t *pos,
                         uint32_t *end, uint8_t *type)
{
    uint32_t best = 0, best_end = 0;
    size_t best_pos = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (!(filters & (1u << (pass ? DNP_ZONE_FILTER_PLACES : DNP_ZONE_FILTER_PRE))))
            continue;
        size_t p = *pos;
        uint32_t r[2], e1 = 0, set;
        dnp_token t;
        const dnp_token *place = first;
        if (pass == 0) {
            /* words before the place ("hora de"), then the place */
            uint32_t f = longest(e, first, &p, &e1, find_pre, NULL);
            bool sep;
            if (!f || !next_word(e, &p, &t, &sep))
                continue;
            r[0] = f - 1;
            for (r[1] = r[0]; r[1] < dnp_nzone_formats &&
                              dnp_zone_formats[r[1]].prelen == dnp_zone_formats[r[0]].prelen &&
                              memcmp(dnp_zone_formats[r[1]].pre, dnp_zone_formats[r[0]].pre,
                                     dnp_zone_formats[r[0]].prelen) == 0;
                 r[1]++)
                ;
            place = &t;
        } else {
            /* the place first ("Paris Time"): the formats with nothing before it */
            r[0] = 0, r[1] = dnp_nzone_formats_after;
        }
        if (!(set = longest(e, place, &p, &e1, find_key, &dnp_zone_places)))
            continue;
        bool alone = pass == 1 && ((set - 1) & DNP_ZONE_PLACE_ALONE);
        set = ((set - 1) & ~DNP_ZONE_PLACE_ALONE) + 1;
        uint32_t f = r[1] > r[0] ? format_after(e, r, &p, &e1) : 0;
        if (f && e1 > best_end)
            best = set, best_end = e1, best_pos = p, *type = dnp_zone_formats[f - 1].type;
        else if (!f && alone && e1 > best_end)
            best = set, best_end = e1, best_pos = p, *type = DNP_ZT_GENERIC;
    }
    if (best)
        *pos = best_pos, *end = best_end;
    return best;
}

bool dnp_zone_match(const env *e, const dnp_token *first, size_t *pos, item *x)
{
    unsigned filters = dnp_zone_filters(dnp_hash(first->fold, first->flen));
    if (!filters)
        return false;
    size_t best_pos = *pos, loc_pos = *pos;
    uint32_t best_end = 0, loc_end = 0, best = 0, loc = 0;
    uint8_t type = 0;
    if (filters & (1u << DNP_ZONE_FILTER_NAMES))
        best = longest(e, first, &best_pos, &best_end, find_key, &dnp_zone_names);
    if (filters & ~(1u << DNP_ZONE_FILTER_NAMES))
        loc = location(e, first, filters, &loc_pos, &loc_end, &type);
    if (loc && loc_end > best_end)
        best = loc, best_end = loc_end, best_pos = loc_pos; /* a name of that length wins */
    else
        type = 0;
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
    x->ztype = type;
    return true;
}

/* A zone word written in capitals: zcaps 1 in ASCII ("EST"), 2 beyond it (issue 10: "МСК",
   "TSİ", capitals of Latin, Greek or Cyrillic, as tools/lexgen/zones.c's
   caps_abbreviation). An abbreviation is read only so, as written (usable). */
void dnp_zone_caps(const env *e, item *x)
{
    uint8_t caps = 1;
    for (size_t i = x->start; i < x->end;) {
        if (e->text[i] >= 'A' && e->text[i] <= 'Z') {
            i++;
            continue;
        }
        if ((unsigned char)e->text[i] < 0x80)
            return;
        UChar32 c = dnp_utf8_next(e->text, x->end, &i);
        if (c < 0 || !u_isupper(c))
            return;
        UErrorCode st = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(c, &st);
        if (sc != USCRIPT_LATIN && sc != USCRIPT_GREEK && sc != USCRIPT_CYRILLIC)
            return;
        caps = 2;
    }
    x->zcaps = caps;
}

/* issue 10: a zone name at byte p of the text (page.c: after a span of hours, "02:00 - 06:00
   (TSİ)"), blanks before it, alone in brackets or not: x becomes its zone word; returns the
   byte after it (and its closing bracket), or 0 when none stands there, or only a GMT word
   (an offset follows that) or an abbreviation not in capitals. */
size_t dnp_zone_after(const env *e, size_t p, size_t lim, item *x)
{
    dnp_token t;
    size_t q = p;
    uint32_t close = 0;
    for (int step = 0; step < 3; step++) {
        if (!dnp_next_token(e->text, lim, &q, &t))
            return 0;
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
            continue;
        if (t.kind == DNP_TK_SEP && !close && (t.value == '(' || t.value == '[' || t.value == 0xFF08)) {
            close = t.value == '(' ? ')' : t.value == '[' ? ']' : 0xFF09;
            continue;
        }
        break;
    }
    if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
        return 0;
    memset(x, 0, sizeof *x);
    x->type = IT_WORD;
    x->start = (uint32_t)t.start, x->end = (uint32_t)t.end;
    size_t pos = q;
    if (!dnp_zone_match(e, &t, &pos, x))
        return 0;
    dnp_zone_caps(e, x);
    if (!dnp_zone_word(x, -1))
        return 0;
    size_t end = x->end;
    if (end > lim)
        return 0; /* the name runs into what follows (the next date) */
    /* a sign and a digit after it: an offset the name stands before ("GMT+3", "PST-08"),
       which the scan reads with it */
    q = x->end;
    bool got = dnp_next_token(e->text, lim, &q, &t);
    if (got && t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
        got = dnp_next_token(e->text, lim, &q, &t); /* "GMT +3" */
    if (got && t.kind == DNP_TK_SEP && (t.value == '+' || t.value == '-' || t.value == 0x2212) &&
        q < lim && e->text[q] >= '0' && e->text[q] <= '9')
        return 0;
    if (close) {
        q = x->end;
        if (!dnp_next_token(e->text, lim, &q, &t))
            return 0;
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
            !dnp_next_token(e->text, lim, &q, &t))
            return 0;
        if (t.kind != DNP_TK_SEP || t.value != close)
            return 0;
        end = t.end;
    }
    return end;
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

/* The type of record i for the word w: a location format's ("Paris Standard Time"), else
   the record's. */
static int type_of(const item *w, uint32_t i)
{
    return w->ztype ? w->ztype : dnp_zone_recs[i].type;
}

static bool usable(const item *w, const dnp_zone_rec *z)
{
    return !(z->flags & DNP_ZF_CAPS) || w->zcaps == ((z->flags & DNP_ZF_WIDE) ? 2 : 1);
}

bool dnp_zone_word(const item *w, int type)
{
    if (!has_kind(w, DNP_K_ZONE))
        return false;
    uint32_t first, n = entries_of(w, &first);
    for (uint32_t i = first; i < first + n; i++)
        if (usable(w, &dnp_zone_recs[i]) &&
            (type < 0 ? dnp_zone_recs[i].type != DNP_ZT_GMT : type_of(w, i) == type))
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
    if (z->region[0]) {
        if (region[0] && strcmp(z->region, region) == 0)
            return 6;
        if (!(z->flags & DNP_ZF_LOCATION))
            return 0; /* an abbreviation of another region */
    }
    if (z->lang != 0xFFFF) {
        for (int h = 0; h < e->p->nhints; h++)
            if (e->p->hint_lang[h] == z->lang)
                return 5;
        if (z->lang == text_lang)
            return 4;
        if (z->flags & DNP_ZF_LOCATION)
            return (z->flags & DNP_ZF_DEFAULT) ? 2 : 1; /* a place's most common zone */
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
    *type = type_of(w, (uint32_t)best);
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
