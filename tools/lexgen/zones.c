/*
 * zones.c: the names of time zones, read once at build time into a table of their own,
 * outside the lexicon's keys (86,000 names in 218 languages made the lexicon 7 times larger
 * as keys with their prefixes): dnp_zone_names (the folded names, sorted, front-coded),
 * dnp_zone_recs (what a name stands for: a zone of dnp_zone_ids and a type; a name that
 * means one zone in every language shares its record with every other such name), the
 * places and formats of the location names, and filters of the first words
 * (dnp_zone_first). lib/zone.c reads them. Sources:
 *   - every locale's zoneStrings in ICU's zone data (what ICU's TimeZoneNames reads):
 *     metazone names long and short, standard, daylight and generic ("Pacific Time",
 *     "heure normale d’Europe centrale", "MEZ", "MESZ", "Восточноевропейское стандартное
 *     время") and a zone's own names ("British Summer Time", "Irish Standard Time");
 *   - the location formats (regionFormat, regionFormatStandard, regionFormatDaylight of
 *     every locale): not as names, which would be every format with every place (the
 *     generic ones alone made 45,000 of the 86,000 names), but as each format's words
 *     before and after the place (dnp_zone_formats: "hora de", "time", "heure d’été") and
 *     a table of places (dnp_zone_places: each zone's exemplar city, the language's or the
 *     one the id spells, and its country's name when the country names the zone), which
 *     lib/zone.c puts together when it reads (read_locations says what stays a name);
 *   - each locale's gmtFormat word ("GMT", "غرينتش", "ГМТ", "UTC"): kind DNP_K_ZONE with
 *     value DNP_ZT_GMT, read by the parser like GMT (an offset follows it);
 *   - the IANA ids ICU knows that hold a slash ("Europe/Paris", "America/Argentina/
 *     Buenos_Aires"; not "Etc/GMT+5": a key holds no digit);
 *   - locales/zones.tsv (when the directory has one): the abbreviations CLDR lacks (EST, CET, MSK, IST...), with the
 *     regions and languages that settle an ambiguous one.
 * A metazone name stands for the metazone's golden zone (ICU's metaZones mapTimezones,
 * territory 001): "Central European Time" is Europe/Paris.
 *
 * Not done here: offsets (lib/zone.c asks ICU's rules for the local time the text gives).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

/* One name of a zone, before the merge: its key is made as add_name makes it. */
typedef struct {
    char key[KEY_MAX];
    size_t klen;
    int lang;       /* the language of the name (-1: none, an IANA id or an abbreviation) */
    int zone;       /* index in zone_ids */
    uint8_t type;   /* DNP_ZT_* */
    uint8_t flags;  /* DNP_ZF_* */
    char region[3]; /* locales/zones.tsv: the region that settles it ("" = none) */
    uint8_t first;  /* the length of the key's first word */
    uint8_t nwords;
    uint16_t set;   /* its name's record set (index of the set's first record) */
    uint8_t table;  /* T_NAMES: a zone name; T_PLACES: a place of the location formats */
    bool alone;     /* T_PLACES: a zone name by itself (see add_place) */
} zrec;

enum { T_NAMES, T_PLACES };

static zrec *zrecs;
static size_t nzrecs, zrecs_cap;
static char **zone_ids;
static size_t nzone_ids, zone_ids_cap;

/* The index of a zone id, added when new (sorted at the end: see sort_zone_ids). */
static int zone_index(const char *id)
{
    for (size_t i = 0; i < nzone_ids; i++)
        if (strcmp(zone_ids[i], id) == 0)
            return (int)i;
    if (nzone_ids == zone_ids_cap) {
        zone_ids_cap = zone_ids_cap ? zone_ids_cap * 2 : 512;
        zone_ids = xrealloc(zone_ids, zone_ids_cap * sizeof *zone_ids);
    }
    zone_ids[nzone_ids] = xstrdup(id);
    return (int)nzone_ids++;
}

/* Whether a name is an abbreviation in capitals: one to five letters, all upper case
   (ICU's Lu), of a script whose words are written in small letters, Latin, Greek or
   Cyrillic ("EST", "МСК", "TSİ"; not Cherokee or Adlam, whose capitals are ordinary
   writing). Letters beyond ASCII only in a zone name (wide: a place, "ОАЭ", is read with
   its format's words, which are not in capitals). */
#define CAPS_LETTERS_MAX 5
static bool caps_abbreviation(const char *name, size_t n, bool wide)
{
    int32_t i = 0, count = 0;
    while (i < (int32_t)n) {
        UChar32 c;
        U8_NEXT(name, i, (int32_t)n, c);
        UErrorCode st = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(c, &st);
        if (c < 0 || !u_isupper(c) || ++count > CAPS_LETTERS_MAX || (c >= 0x80 && !wide) ||
            (sc != USCRIPT_LATIN && sc != USCRIPT_GREEK && sc != USCRIPT_CYRILLIC))
            return false;
    }
    return count > 0;
}

/* Adds a name for a zone (or a place, table T_PLACES): a zone record. A name with digits
   or of several runs is no key and is skipped. */
static void add_record(const char *name, int lang, int zone, int type, int flags,
                       const char *region, int table)
{
    parsed_name pn;
    size_t n = strlen(name);
    if (n == 0 || !parse_name(name, n, &pn) || pn.nnum != 0 || pn.nrun != 1)
        return;
    /* (a key that would split otherwise if tokenized again, katakana whose voicing mark
       folding detaches: "ロサンゼルス", is still matched: lib/zone.c builds the key from the
       text's tokens, as parse_name did from the name's) */
    /* an abbreviation of capitals is read only in capitals ("EST", not "est"; issue 10:
       "МСК", "TSİ", not "мск", "tsi") */
    if (caps_abbreviation(name, n, table == T_NAMES)) {
        flags |= DNP_ZF_CAPS;
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)name[i] >= 0x80)
                flags |= DNP_ZF_WIDE; /* "МСК", "SEČ": so written, not "MSK", "SEC" */
    }
    if (pn.run[0].len > 255 || pn.run[0].nwords > 255)
        return;
    if (nzrecs == zrecs_cap) {
        zrecs_cap = zrecs_cap ? zrecs_cap * 2 : 65536;
        zrecs = xrealloc(zrecs, zrecs_cap * sizeof *zrecs);
    }
    zrec *z = &zrecs[nzrecs++];
    memcpy(z->key, pn.run[0].key, pn.run[0].len);
    z->klen = pn.run[0].len;
    z->first = (uint8_t)pn.run[0].ends[0], z->nwords = (uint8_t)pn.run[0].nwords;
    z->lang = lang, z->zone = zone, z->type = (uint8_t)type, z->flags = (uint8_t)flags;
    z->table = (uint8_t)table;
    z->alone = false;
    snprintf(z->region, sizeof z->region, "%s", region ? region : "");
}

static void add_zone_name(const char *name, int lang, int zone, int type, int flags,
                          const char *region)
{
    add_record(name, lang, zone, type, flags, region, T_NAMES);
}

/* A resource string as UTF-8 into buf ("" when it is not a string). */
static const char *res_string(UResourceBundle *r, const char *key, char *buf, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    const UChar *u = key ? ures_getStringByKey(r, key, &len, &st) : ures_getString(r, &len, &st);
    buf[0] = '\0';
    if (U_SUCCESS(st)) {
        int32_t out = 0;
        u_strToUTF8(buf, (int32_t)cap - 1, &out, u, len, &st);
        buf[U_SUCCESS(st) && out < (int32_t)cap ? out : 0] = '\0';
    }
    return buf;
}

/* The golden zone of a metazone (metaZones/mapTimezones/MZ/001), or NULL. */
static UResourceBundle *map_timezones;
static int golden_zone(const char *mz)
{
    char buf[128];
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *m = ures_getByKey(map_timezones, mz, NULL, &st);
    res_string(m, "001", buf, sizeof buf);
    ures_close(m);
    return U_SUCCESS(st) && buf[0] ? zone_index(buf) : -1;
}

/* The GMT format of each language ("GMT{0}"), from its first locale that has one: for its
   locales that have none of their own. */
static char **gmt_formats;

static const struct {
    const char *key;
    uint8_t type, flags;
} name_keys[] = {
    { "lg", DNP_ZT_GENERIC, 0 }, { "ls", DNP_ZT_STD, 0 }, { "ld", DNP_ZT_DST, 0 },
    { "sg", DNP_ZT_GENERIC, DNP_ZF_SHORT }, { "ss", DNP_ZT_STD, DNP_ZF_SHORT },
    { "sd", DNP_ZT_DST, DNP_ZF_SHORT },
};

/* The zone names of one locale's own zoneStrings. */
static void read_locale_zones(const locale_rec *lr)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *b = ures_open(U_ICUDATA_NAME "-zone", lr->name, &st);
    UResourceBundle *zs = ures_getByKey(b, "zoneStrings", NULL, &st);
    if (U_FAILURE(st)) {
        ures_close(zs);
        ures_close(b);
        return;
    }
    char **gmt = &gmt_formats[lr->lang];
    char buf[512];
    /* the locale's own format, else its language's: a language's locales may differ (ff
       writes "GMT{0}", ff_Adlm "𞤑𞤖𞤘{0}") */
    const char *fmt = res_string(zs, "gmtFormat", buf, sizeof buf)[0] ? buf : *gmt;
    if (!*gmt && fmt)
        *gmt = xstrdup(fmt);
    /* the word of "GMT{0}" ("غرينتش{0}", "ГМТ{0}"): read like GMT */
    if (fmt) {
        char word[128];
        const char *p = strstr(fmt, "{0}");
        snprintf(word, sizeof word, "%.*s%s", p ? (int)(p - fmt) : 0, fmt, p ? p + 3 : "");
        add_zone_name(word, lr->lang, zone_index("Etc/GMT"), DNP_ZT_GMT, 0, NULL);
    }
    int n = ures_getSize(zs);
    for (int i = 0; i < n; i++) {
        UErrorCode s2 = U_ZERO_ERROR;
        UResourceBundle *it = ures_getByIndex(zs, i, NULL, &s2);
        const char *key = ures_getKey(it);
        if (U_FAILURE(s2) || ures_getType(it) != URES_TABLE || !key) {
            ures_close(it);
            continue;
        }
        int zone = -1;
        if (strncmp(key, "meta:", 5) == 0)
            zone = golden_zone(key + 5);
        else if (strchr(key, ':')) {
            char id[128];
            snprintf(id, sizeof id, "%s", key);
            for (char *c = id; *c; c++)
                if (*c == ':')
                    *c = '/';
            zone = zone_index(id); /* its own names: "British Summer Time" */
        }
        /* a short name of a regional locale ("IST" of en_IN, "BST" of en_GB) holds in its
           region: the abbreviation names another zone elsewhere */
        const char *us = strrchr(lr->name, '_');
        const char *region = us && strlen(us + 1) == 2 ? us + 1 : NULL;
        for (size_t k = 0; zone >= 0 && k < sizeof name_keys / sizeof *name_keys; k++)
            if (res_string(it, name_keys[k].key, buf, sizeof buf)[0])
                add_zone_name(buf, lr->lang, zone, name_keys[k].type, name_keys[k].flags,
                              (name_keys[k].flags & DNP_ZF_SHORT) ? region : NULL);
        ures_close(it);
    }
    ures_close(zs);
    ures_close(b);
}

/* A zoneStrings string found up the locale's parent chain (fr_CA, fr, root), into buf. */
static bool inherited(const char *loc, const char *table, const char *key, char *buf,
                      size_t cap)
{
    char cur[ULOC_FULLNAME_CAPACITY];
    snprintf(cur, sizeof cur, "%s", loc);
    for (int depth = 0; depth < 8; depth++) {
        UErrorCode st = U_ZERO_ERROR;
        UResourceBundle *b = ures_open(U_ICUDATA_NAME "-zone", cur, &st);
        UResourceBundle *zs = ures_getByKey(b, "zoneStrings", NULL, &st);
        UResourceBundle *t = table ? ures_getByKey(zs, table, NULL, &st) : NULL;
        bool found = U_SUCCESS(st) && res_string(table ? t : zs, key, buf, cap)[0];
        ures_close(t);
        ures_close(zs);
        ures_close(b);
        if (found)
            return true;
        if (strcmp(cur, "root") == 0)
            break;
        char parent[ULOC_FULLNAME_CAPACITY];
        st = U_ZERO_ERROR;
        uloc_getParent(cur, parent, sizeof parent, &st);
        snprintf(cur, sizeof cur, "%s", U_SUCCESS(st) && parent[0] ? parent : "root");
    }
    buf[0] = '\0';
    return false;
}

/* The canonical zones with their country, and whether the country names the zone (its
   only zone, or its primary one: metaZones/primaryZones). */
typedef struct {
    char id[64];
    char country[4];
    bool by_country;
} loc_zone;
static loc_zone *lzones;
static size_t nlzones;

static void read_countries(UResourceBundle *mz)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *primary = ures_getByKey(mz, "primaryZones", NULL, &st);
    for (const char *const *c = uloc_getISOCountries(); *c; c++) {
        st = U_ZERO_ERROR;
        UEnumeration *en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION,
                                                          *c, NULL, &st);
        const char *id;
        int32_t len;
        size_t first = nlzones;
        while (U_SUCCESS(st) && (id = uenum_next(en, &len, &st)) != NULL) {
            lzones = xrealloc(lzones, (nlzones + 1) * sizeof *lzones);
            loc_zone *z = &lzones[nlzones++];
            snprintf(z->id, sizeof z->id, "%s", id);
            snprintf(z->country, sizeof z->country, "%s", *c);
            z->by_country = false;
        }
        uenum_close(en);
        char pz[64];
        UErrorCode s2 = U_ZERO_ERROR;
        res_string(primary, *c, pz, sizeof pz);
        (void)s2;
        for (size_t i = first; i < nlzones; i++)
            lzones[i].by_country = nlzones - first == 1 || strcmp(lzones[i].id, pz) == 0;
    }
    ures_close(primary);
}

/* ---- the location formats ("Paris Time", "hora de Nueva York", "Paris (heure d’été)") ----
   Each language's regionFormat, regionFormatStandard and regionFormatDaylight (of every
   locale of it: en_CA's "{0} Daylight Saving Time") become the words before and after the
   place (dnp_zone_formats), and its places (the exemplar city of every zone, its own or
   the one the id spells, and the country's name for the only or primary zone of a
   country) a table of their own (T_PLACES): lib/zone.c matches "format words + a place"
   when it reads, so the table holds each place once, not once for each format.
   Where the place is not a word of its own in the text (Swedish "{0}tid", Afrikaans
   "{0}-tyd": one token), the whole name goes in the names table; a format of the place
   alone ("{0}": Russian, Danish) makes the language's places zone names by themselves. A
   format with a digit (root's "{0} (+1)") is not read. */
typedef struct {
    char pre[KEY_MAX], suf[KEY_MAX]; /* keys: words joined as parse_name joins them */
    uint8_t type;
} zfmt;
static zfmt *zfmts;
static size_t nzfmts;

/* The folded words of s, each ended by '\1' (a signature to compare word splits), or
   false when s holds a number or a word too long. */
static bool word_sig(const char *s, char *out, size_t cap)
{
    size_t pos = 0, o = 0, n = strlen(s);
    dnp_token t;
    while (dnp_next_token(s, n, &pos, &t)) {
        if (t.kind == DNP_TK_NUM || (t.kind == DNP_TK_WORD && (t.flags & DNP_TF_LONG)))
            return false;
        if (t.kind != DNP_TK_WORD)
            continue;
        if (o + t.flen + 2 > cap)
            return false;
        memcpy(out + o, t.fold, t.flen);
        o += t.flen;
        out[o++] = '\1';
    }
    out[o] = '\0';
    return true;
}

/* The key of an affix ("" for none); false when it cannot be one. */
static bool affix_key(const char *s, char *key)
{
    parsed_name pn;
    key[0] = '\0';
    if (!parse_name(s, strlen(s), &pn) || pn.nnum || pn.nrun > 1)
        return false;
    if (pn.nrun == 1) {
        memcpy(key, pn.run[0].key, pn.run[0].len);
        key[pn.run[0].len] = '\0';
    }
    return true;
}

static void add_format(const char *pre, const char *suf, int type)
{
    for (size_t i = 0; i < nzfmts; i++)
        if (strcmp(zfmts[i].pre, pre) == 0 && strcmp(zfmts[i].suf, suf) == 0) {
            if (zfmts[i].type != type) /* one language's generic, another's standard */
                zfmts[i].type = DNP_ZT_GENERIC;
            return;
        }
    zfmts = xrealloc(zfmts, (nzfmts + 1) * sizeof *zfmts);
    zfmt *f = &zfmts[nzfmts++];
    snprintf(f->pre, sizeof f->pre, "%s", pre);
    snprintf(f->suf, sizeof f->suf, "%s", suf);
    f->type = (uint8_t)type;
}

static const struct {
    const char *key;
    uint8_t type;
} region_formats[] = {
    { "regionFormat", DNP_ZT_GENERIC },
    { "regionFormatStandard", DNP_ZT_STD },
    { "regionFormatDaylight", DNP_ZT_DST },
};

static bool zone_country(const char *loc, const loc_zone *z, char *out, size_t cap)
{
    char tag[16];
    UChar u[128];
    UErrorCode st = U_ZERO_ERROR;
    snprintf(tag, sizeof tag, "und_%s", z->country);
    int32_t n = uloc_getDisplayCountry(tag, loc, u, 128, &st);
    if (U_FAILURE(st) || n <= 0 || n >= 128 || st == U_USING_DEFAULT_WARNING)
        return false;
    int32_t m = 0;
    u_strToUTF8(out, (int32_t)cap - 1, &m, u, n, &st);
    if (U_FAILURE(st))
        return false;
    out[m] = '\0';
    return true;
}

static size_t nglued, nbare;

/* One place of a language under its formats: a place record, and a whole name where a
   format glues to it or is the place alone (bare: only the place ICU's generic location
   format names, as ICU writes it: the country, else the city). */
static void add_place(const char *place, int lang, const loc_zone *z, char fmts[][3][256],
                      int nf, bool names_zone)
{
    char sp[KEY_MAX], sw[3 * KEY_MAX], sa[KEY_MAX], sb[KEY_MAX], name[800];
    if (!word_sig(place, sp, sizeof sp) || !sp[0])
        return;
    int zone = zone_index(z->id);
    size_t before = nzrecs;
    add_record(place, lang, zone, DNP_ZT_GENERIC, DNP_ZF_LOCATION, z->country, T_PLACES);
    if (nzrecs == before)
        return;
    for (int f = 0; f < nf; f++) {
        const char *pre = fmts[f][0], *suf = fmts[f][1];
        int type = fmts[f][2][0];
        if (!word_sig(pre, sa, sizeof sa) || !word_sig(suf, sb, sizeof sb))
            continue; /* a digit: not read */
        if (!sa[0] && !sb[0]) {
            /* the place alone: a one-word place of four letters or fewer ("Mon") is a word
               of dates too, and is left out */
            if (names_zone && type == DNP_ZT_GENERIC &&
                (strchr(place, ' ') || strlen(place) > 4)) {
                zrecs[before].alone = true;
                nbare++;
            }
            continue;
        }
        snprintf(name, sizeof name, "%s%s%s", pre, place, suf);
        snprintf(sw, sizeof sw, "%s%s%s", sa, sp, sb);
        char whole[3 * KEY_MAX];
        if (word_sig(name, whole, sizeof whole) && strcmp(whole, sw) != 0) {
            add_zone_name(name, lang, zone, type, 0, NULL); /* glued: "Paristid" */
            nglued++;
        }
    }
}

/* The exemplar city of a zone in one zoneStrings table ("Nova Iorque" of pt_PT, where pt
   writes "Nova York"). */
static bool own_city(UResourceBundle *zs, const loc_zone *z, char *city, size_t cap)
{
    char key[64];
    snprintf(key, sizeof key, "%s", z->id);
    for (char *c = key; *c; c++)
        if (*c == '/')
            *c = ':';
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *t = ures_getByKey(zs, key, NULL, &st);
    bool found = U_SUCCESS(st) && res_string(t, "ec", city, cap)[0];
    ures_close(t);
    return found;
}

/* The zoneStrings of a locale and of its parents up to root (opened once: a look-up up
   the chain for each zone was most of lexgen's time). */
typedef struct {
    UResourceBundle *b[8], *zs[8];
    int n;
} zchain;

static void open_chain(zchain *c, const char *loc, bool own)
{
    char cur[ULOC_FULLNAME_CAPACITY];
    snprintf(cur, sizeof cur, "%s", loc);
    c->n = 0;
    while (c->n < 8) {
        UErrorCode st = U_ZERO_ERROR;
        UResourceBundle *b = ures_open(U_ICUDATA_NAME "-zone", cur, &st);
        UResourceBundle *zs = ures_getByKey(b, "zoneStrings", NULL, &st);
        if (U_SUCCESS(st) && !(own && (st == U_USING_DEFAULT_WARNING ||
                                       st == U_USING_FALLBACK_WARNING)))
            c->b[c->n] = b, c->zs[c->n++] = zs;
        else {
            ures_close(zs);
            ures_close(b);
        }
        if (own || strcmp(cur, "root") == 0)
            break;
        char parent[ULOC_FULLNAME_CAPACITY];
        st = U_ZERO_ERROR;
        uloc_getParent(cur, parent, sizeof parent, &st);
        snprintf(cur, sizeof cur, "%s", U_SUCCESS(st) && parent[0] ? parent : "root");
    }
}

static void close_chain(zchain *c)
{
    for (int i = 0; i < c->n; i++) {
        ures_close(c->zs[i]);
        ures_close(c->b[i]);
    }
}

/* The exemplar city of a zone along the chain; else (not own) the one its id spells ("Los
   Angeles", "Sydney"). */
static bool zone_city(const zchain *c, bool own, const loc_zone *z, char *city, size_t cap)
{
    for (int i = 0; i < c->n; i++)
        if (own_city(c->zs[i], z, city, cap))
            return true;
    if (own)
        return false;
    const char *slash = strrchr(z->id, '/');
    snprintf(city, cap, "%s", slash ? slash + 1 : z->id);
    for (char *p = city; *p; p++)
        if (*p == '_')
            *p = ' ';
    return city[0] != '\0';
}

/* The places of a locale: the cities and countries it writes, or (own) only the cities its
   own data gives (a regional locale). A country ICU has no name for in the locale is
   written as its code ("FR", "NP वख"): not read (a code is a word of other texts: "PM",
   Saint Pierre and Miquelon; "AM", Armenia). */
static void add_places(const char *loc, int lang, char fmts[][3][256], int nf, bool own)
{
    char city[256], country[256];
    zchain c;
    open_chain(&c, loc, own);
    for (size_t i = 0; i < nlzones; i++) {
        const loc_zone *z = &lzones[i];
        /* the city of a zone its country names is no zone name by itself ("Paris") */
        if (zone_city(&c, own, z, city, sizeof city))
            add_place(city, lang, z, fmts, nf, !z->by_country);
        if (!own && z->by_country && zone_country(loc, z, country, sizeof country))
            add_place(country, lang, z, fmts, nf, true);
    }
    close_chain(&c);
}

/* The location formats and places of one language: CLDR's (of its locales) and locales/'. */
#define ZONE_FORMATS_MAX 24
static void read_locations(int lang)
{
    const char *code = langs[lang].code;
    char fmts[ZONE_FORMATS_MAX][3][256]; /* pre, suf, type */
    int nf = 0;
    for (int i = 0; i < nlocs; i++) {
        if (locs[i].lang != lang)
            continue;
        for (size_t k = 0; k < sizeof region_formats / sizeof *region_formats; k++) {
            char fmt[256], pk[KEY_MAX], sk[KEY_MAX];
            if (!inherited(locs[i].name, NULL, region_formats[k].key, fmt, sizeof fmt))
                continue;
            char *ph = strstr(fmt, "{0}");
            if (!ph)
                continue;
            *ph = '\0';
            int f = 0;
            for (; f < nf; f++)
                if (strcmp(fmts[f][0], fmt) == 0 && strcmp(fmts[f][1], ph + 3) == 0 &&
                    fmts[f][2][0] == region_formats[k].type)
                    break;
            if (f < nf || nf == ZONE_FORMATS_MAX)
                continue;
            snprintf(fmts[nf][0], 256, "%s", fmt);
            snprintf(fmts[nf][1], 256, "%s", ph + 3);
            fmts[nf][2][0] = (char)region_formats[k].type, fmts[nf][2][1] = '\0';
            nf++;
            if (affix_key(fmt, pk) && affix_key(ph + 3, sk) && (pk[0] || sk[0]))
                add_format(pk, sk, region_formats[k].type);
        }
    }
    /* issue 10: the language's "time of {0}" that CLDR lacks (locales/ zone_format:
       "heure de {0}", "بتوقيت {0}"), generic */
    size_t nsupp;
    const zone_fmt *supp = supplement_zone_formats(&nsupp);
    for (size_t i = 0; i < nsupp; i++) {
        char fmt[256], pk[KEY_MAX], sk[KEY_MAX];
        if (supp[i].lang != lang || nf == ZONE_FORMATS_MAX)
            continue;
        snprintf(fmt, sizeof fmt, "%s", supp[i].fmt);
        char *ph = strstr(fmt, "{0}");
        *ph = '\0';
        snprintf(fmts[nf][0], 256, "%s", fmt);
        snprintf(fmts[nf][1], 256, "%s", ph + 3);
        fmts[nf][2][0] = (char)DNP_ZT_GENERIC, fmts[nf][2][1] = '\0';
        nf++;
        if (!affix_key(fmt, pk) || !affix_key(ph + 3, sk))
            die("locales/: zone_format '%s' is not words around {0}", supp[i].fmt);
        add_format(pk, sk, DNP_ZT_GENERIC);
    }
    /* the places as the language writes them, as each of its scripts does (ff_Adlm,
       sr_Latn, zh_Hant, uz_Cyrl), and the cities its regional locales write otherwise */
    for (int i = -1; i < nlocs; i++) {
        const char *loc = i < 0 ? code : locs[i].name;
        bool script = false;
        if (i >= 0) {
            const char *us = strchr(loc, '_');
            if (locs[i].lang != lang || !us)
                continue;
            script = strlen(us + 1) == 4 && us[1] >= 'A' && us[1] <= 'Z';
        }
        add_places(loc, lang, fmts, nf, i >= 0 && !script);
    }
}

/* The IANA ids with a slash, as the text writes them ("Europe/Paris"), aliases too. */
static void read_ids(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_ANY, NULL, NULL, &st);
    const char *id;
    int32_t len;
    while (U_SUCCESS(st) && (id = uenum_next(en, &len, &st)) != NULL)
        if (strchr(id, '/') && strncmp(id, "SystemV/", 8) != 0)
            add_zone_name(id, -1, zone_index(id), DNP_ZT_ID, 0, NULL);
    uenum_close(en);
}

/* locales/zones.tsv: ABBR ZONE TYPE [default] [REGION|lang ...] (format: its head). */
static void read_zone_file(const char *dir)
{
    char path[4096], line[1024];
    snprintf(path, sizeof path, "%s/zones.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return; /* none: CLDR's names and the ids only (tests/lexgen.test's directories) */
    for (int ln = 1; fgets(line, sizeof line, f); ln++) {
        char *fld[16];
        int nf = 0;
        char *rest = line;
        /* issue 10: a name of several words in "double quotes" ("по московскому времени") */
        while (*rest == ' ' || *rest == '\t')
            rest++;
        if (*rest == '"') {
            char *close = strchr(rest + 1, '"');
            if (!close)
                die("%s:%d: a quoted name without its closing quote", path, ln);
            *close = '\0';
            fld[nf++] = rest + 1;
            rest = close + 1;
        }
        for (char *tok = strtok(rest, " \t\r\n"); tok && nf < 16 && tok[0] != '#';
             tok = strtok(NULL, " \t\r\n"))
            fld[nf++] = tok;
        if (nf == 0)
            continue;
        if (nf < 3)
            die("%s:%d: want ABBR ZONE TYPE [default] [WHERE...]", path, ln);
        int type = strcmp(fld[2], "std") == 0 ? DNP_ZT_STD
                   : strcmp(fld[2], "dst") == 0 ? DNP_ZT_DST
                   : strcmp(fld[2], "generic") == 0 ? DNP_ZT_GENERIC : 0;
        if (!type)
            die("%s:%d: type '%s' is none of std, dst, generic", path, ln, fld[2]);
        UChar uid[128];
        UChar canon[128];
        UBool sys = 0;
        UErrorCode st = U_ZERO_ERROR;
        u_uastrncpy(uid, fld[1], 127);
        uid[127] = 0;
        ucal_getCanonicalTimeZoneID(uid, -1, canon, 128, &sys, &st);
        if (U_FAILURE(st) || !sys)
            die("%s:%d: ICU knows no zone '%s'", path, ln, fld[1]);
        int zone = zone_index(fld[1]);
        int flags = DNP_ZF_SUPPLEMENT;
        int a = 3;
        if (a < nf && strcmp(fld[a], "default") == 0)
            flags |= DNP_ZF_DEFAULT, a++;
        if (a == nf)
            add_zone_name(fld[0], -1, zone, type, flags, NULL);
        for (; a < nf; a++) {
            const char *w = fld[a];
            bool region = strlen(w) == 2 && w[0] >= 'A' && w[0] <= 'Z';
            int lang = region ? -1 : lang_index(w);
            if (!region && lang < 0)
                die("%s:%d: '%s' is neither a region (IE) nor a language ICU has", path, ln,
                    w);
            add_zone_name(fld[0], lang, zone, type, flags, region ? w : NULL);
        }
    }
    fclose(f);
}

void read_zones(const char *dir, const bool *only)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *mz = ures_openDirect(NULL, "metaZones", &st);
    map_timezones = ures_getByKey(mz, "mapTimezones", NULL, &st);
    if (U_FAILURE(st))
        die("no mapTimezones in ICU's metaZones: %s", u_errorName(st));
    gmt_formats = xrealloc(NULL, (size_t)nlangs * sizeof *gmt_formats);
    memset(gmt_formats, 0, (size_t)nlangs * sizeof *gmt_formats);
    read_zone_file(dir);
    read_ids();
    for (int i = 0; i < nlocs; i++)
        if (!only || only[locs[i].lang])
            read_locale_zones(&locs[i]);
    read_countries(mz);
    for (int l = 0; l < nlangs; l++)
        if (!only || only[l])
            read_locations(l);
    free(lzones);
    for (int l = 0; l < nlangs; l++)
        free(gmt_formats[l]);
    free(gmt_formats);
    ures_close(map_timezones);
    ures_close(mz);
}

static int cmp_key(const zrec *a, const zrec *b)
{
    if (a->table != b->table)
        return a->table < b->table ? -1 : 1;
    int c = memcmp(a->key, b->key, a->klen < b->klen ? a->klen : b->klen);
    return c ? c : (a->klen > b->klen) - (a->klen < b->klen);
}

static int cmp_zrec(const void *pa, const void *pb)
{
    const zrec *a = pa, *b = pb;
    int c = cmp_key(a, b);
    if (c)
        return c;
    if (a->lang != b->lang)
        return a->lang < b->lang ? -1 : 1;
    c = strcmp(a->region, b->region);
    if (c)
        return c;
    /* the default first among a key's abbreviations, then the order read */
    if ((a->flags ^ b->flags) & DNP_ZF_DEFAULT)
        return (a->flags & DNP_ZF_DEFAULT) ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return a->zone < b->zone ? -1 : a->zone > b->zone;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The record sets: the records of one name, the last flagged DNP_ZF_END. A name whose
   records all give one zone and type needs neither its languages nor its regions (nothing
   is left to settle): it shares a one-record set with every other such name. */
static dnp_zone_rec *recs;
static size_t nrecs, recs_cap;
static uint16_t *single_set; /* [zone][type][caps]: its set + 1, 0 = none yet */

static size_t add_rec(const zrec *z, int flags)
{
    if (nrecs == recs_cap) {
        recs_cap = recs_cap ? recs_cap * 2 : 4096;
        recs = xrealloc(recs, recs_cap * sizeof *recs);
    }
    dnp_zone_rec *r = &recs[nrecs];
    memset(r, 0, sizeof *r);
    r->lang = z->lang >= 0 ? (uint16_t)z->lang : 0xFFFF;
    r->zone = (uint16_t)z->zone, r->type = z->type, r->flags = (uint8_t)flags;
    memcpy(r->region, z->region, sizeof r->region);
    return nrecs++;
}

/* A place that names several zones ("Rome": Europe/Rome in 116 languages, Africa/Lome in
   one; "Salvador": El Salvador, and Bahia's city in Portuguese) is settled by the hint's
   region, else the languages (lib/zone.c's fit), else by this default: the zone that the
   most languages give the place. */
static size_t nambiguous_places;
static void mark_default_place(size_t a, size_t b)
{
    int best = -1, best_n = 0;
    for (size_t r = a; r < b; r++) {
        int n = 0;
        for (size_t o = a; o < b; o++)
            n += zrecs[o].zone == zrecs[r].zone;
        if (n > best_n)
            best_n = n, best = zrecs[r].zone;
    }
    for (size_t r = a; r < b; r++)
        if (zrecs[r].zone == best)
            zrecs[r].flags |= DNP_ZF_DEFAULT;
    nambiguous_places++;
}

/* After the merge, before the output: the ids sorted (the records renumbered), the records
   sorted by name, duplicates dropped, and each name given its record set. */
void resolve_zones(void)
{
    char **sorted = xrealloc(NULL, (nzone_ids + 1) * sizeof *sorted);
    memcpy(sorted, zone_ids, nzone_ids * sizeof *sorted);
    qsort(sorted, nzone_ids, sizeof *sorted, cmp_cstr);
    int *remap = xrealloc(NULL, (nzone_ids + 1) * sizeof *remap);
    for (size_t i = 0; i < nzone_ids; i++) {
        char **p = bsearch(&zone_ids[i], sorted, nzone_ids, sizeof *sorted, cmp_cstr);
        remap[i] = (int)(p - sorted);
    }
    for (size_t r = 0; r < nzrecs; r++)
        zrecs[r].zone = remap[zrecs[r].zone];
    free(zone_ids);
    zone_ids = sorted;
    free(remap);
    if (nzone_ids > UINT16_MAX)
        die("too many zone ids");
    qsort(zrecs, nzrecs, sizeof *zrecs, cmp_zrec);
    size_t o = 0;
    for (size_t r = 0; r < nzrecs; r++) {
        /* the same capitals written with letters beyond ASCII and without ("TSİ", "TSI")
           stay two records: each is read as written */
        bool both_caps = o && (zrecs[o - 1].flags & zrecs[r].flags & DNP_ZF_CAPS) != 0;
        if (o && cmp_key(&zrecs[o - 1], &zrecs[r]) == 0 && zrecs[o - 1].lang == zrecs[r].lang &&
            strcmp(zrecs[o - 1].region, zrecs[r].region) == 0 &&
            zrecs[o - 1].zone == zrecs[r].zone && zrecs[o - 1].type == zrecs[r].type &&
            !(both_caps && ((zrecs[o - 1].flags ^ zrecs[r].flags) & DNP_ZF_WIDE))) {
            zrecs[o - 1].flags &= zrecs[r].flags | ~DNP_ZF_CAPS; /* caps only if all are */
            if (!(zrecs[o - 1].flags & DNP_ZF_CAPS))
                zrecs[o - 1].flags &= ~DNP_ZF_WIDE;
            zrecs[o - 1].alone |= zrecs[r].alone;
            continue;
        }
        zrecs[o++] = zrecs[r];
    }
    nzrecs = o;
    single_set = xrealloc(NULL, nzone_ids * 8 * 3 * sizeof *single_set);
    memset(single_set, 0, nzone_ids * 8 * 3 * sizeof *single_set);
    for (size_t a = 0, b; a < nzrecs; a = b) {
        bool one = true;
        int caps = DNP_ZF_CAPS, wide_and = DNP_ZF_WIDE, wide_or = 0;
        for (b = a; b < nzrecs && cmp_key(&zrecs[a], &zrecs[b]) == 0; b++) {
            one &= zrecs[b].zone == zrecs[a].zone && zrecs[b].type == zrecs[a].type;
            caps &= zrecs[b].flags;
            wide_and &= zrecs[b].flags, wide_or |= zrecs[b].flags & DNP_ZF_WIDE;
        }
        if (caps && wide_and != wide_or)
            one = false; /* "TSİ" and "TSI": a record for each way of writing it */
        int wide = caps ? wide_and : 0;
        if (!one && zrecs[a].table == T_PLACES)
            mark_default_place(a, b);
        size_t set;
        if (one) {
            uint16_t *slot = &single_set[((size_t)zrecs[a].zone * 8 + zrecs[a].type) * 3 +
                                         (caps ? (wide ? 2 : 1) : 0)];
            if (!*slot) {
                zrec any = zrecs[a];
                any.lang = -1, any.region[0] = '\0';
                *slot = (uint16_t)(add_rec(&any, caps | wide | DNP_ZF_END) + 1);
            }
            set = *slot - 1u;
        } else {
            set = nrecs;
            for (size_t r = a; r < b; r++)
                add_rec(&zrecs[r], (zrecs[r].flags & ~DNP_ZF_END) | (r + 1 == b ? DNP_ZF_END : 0));
        }
        if (nrecs >= DNP_ZONE_PLACE_ALONE)
            die("too many zone records");
        for (size_t r = a; r < b; r++)
            zrecs[r].set = (uint16_t)set;
    }
    free(single_set);
}

/* A first word into filter f (two positions from the word's dnp_hash). */
static void set_first_bit(uint8_t *bits, int f, uint32_t h)
{
    uint32_t b1 = dnp_zone_filter_bit(h, 0), b2 = dnp_zone_filter_bit(h, 1);
    bits[b1 / 2] |= (uint8_t)(1u << (f + b1 % 2 * 4));
    bits[b2 / 2] |= (uint8_t)(1u << (f + b2 % 2 * 4));
}

/* One front-coded table (lib/zone.c's head comment gives the format): the keys of table t,
   as NAME (dnp_fc_table); the first words into the filter. Returns its bytes. */
static size_t write_fc(int t, int filter, const char *name, uint8_t *bits, size_t *words_max,
                       size_t *count)
{
    size_t cap = 1 << 20, len = 0, nnames = 0, nblocks = 0;
    uint16_t by_byte[257] = {0}; /* dnp_fc_table's */
    uint8_t *fc = xrealloc(NULL, cap);
    uint32_t *blocks = NULL;
    const zrec *prev = NULL;
    for (size_t r = 0; r < nzrecs; r++) {
        const zrec *z = &zrecs[r];
        if (z->table != t || (prev && cmp_key(prev, z) == 0))
            continue;
        uint16_t set = z->set;
        for (size_t o = r; o < nzrecs && cmp_key(z, &zrecs[o]) == 0; o++)
            if (zrecs[o].alone)
                set |= DNP_ZONE_PLACE_ALONE;
        if (len + z->klen + 8 > cap)
            fc = xrealloc(fc, cap *= 2);
        if (nnames % DNP_ZONE_BLOCK == 0) {
            for (unsigned c = (unsigned char)z->key[0] + 1; c <= 256; c++)
                by_byte[c] = (uint16_t)(nblocks + 1);
            blocks = xrealloc(blocks, (nblocks + 1) * sizeof *blocks);
            blocks[nblocks++] = (uint32_t)len;
            fc[len++] = (uint8_t)z->klen;
            memcpy(fc + len, z->key, z->klen);
            len += z->klen;
        } else {
            size_t same = 0;
            while (same < prev->klen && same < z->klen && prev->key[same] == z->key[same])
                same++;
            fc[len++] = (uint8_t)same;
            fc[len++] = (uint8_t)(z->klen - same);
            memcpy(fc + len, z->key + same, z->klen - same);
            len += z->klen - same;
        }
        fc[len++] = (uint8_t)(set & 0xFF);
        fc[len++] = (uint8_t)(set >> 8);
        set_first_bit(bits, filter, dnp_hash(z->key, z->first));
        if (z->nwords > *words_max)
            *words_max = z->nwords;
        nnames++;
        prev = z;
    }
    printf("static const unsigned char %s_fc[] =\n", name);
    for (size_t i = 0; i < len; i += 40) {
        fputs("    \"", stdout);
        put_c_bytes((const char *)fc + i, len - i < 40 ? len - i : 40);
        fputs("\"\n", stdout);
    }
    printf("    ;\nstatic const uint32_t %s_blocks[] = {\n", name);
    for (size_t b = 0; b < nblocks; b++)
        printf("%s%u,%s", b % 10 ? " " : "    ", blocks[b], b % 10 == 9 ? "\n" : "");
    if (nblocks > UINT16_MAX) {
        fprintf(stderr, "lexgen: %s: %zu blocks, more than by_byte counts\n", name, nblocks);
        exit(1);
    }
    printf("\n};\nstatic const uint16_t %s_by_byte[257] = {\n", name);
    for (unsigned c = 0; c <= 256; c++)
        printf("%s%u,%s", c % 16 ? " " : "    ", by_byte[c], c % 16 == 15 || c == 256 ? "\n" : "");
    printf("};\nconst dnp_fc_table %s = { %s_fc, %s_blocks, %zu, %s_by_byte };\n\n", name, name,
           name, nnames, name);
    free(fc);
    free(blocks);
    *count = nnames;
    return len + nblocks * 4;
}

static int cmp_zfmt(const void *pa, const void *pb)
{
    const zfmt *a = pa, *b = pb;
    int c = strcmp(a->pre, b->pre);
    return c ? c : strcmp(a->suf, b->suf);
}

size_t write_zones(void)
{
    printf("const char *const dnp_zone_ids[] = {\n");
    for (size_t i = 0; i < nzone_ids; i++)
        printf("    \"%s\",\n", zone_ids[i]);
    printf("};\nconst uint16_t dnp_nzone_ids = %zu;\n\n", nzone_ids);
    printf("const dnp_zone_rec dnp_zone_recs[] = {\n");
    for (size_t r = 0; r < nrecs; r++)
        printf("    {%u, %u, %u, %u, \"%s\"},\n", recs[r].lang, recs[r].zone, recs[r].type,
               recs[r].flags, recs[r].region);
    printf("};\n\n");
    static uint8_t bits[DNP_ZONE_FILTER_BITS / 2];
    size_t words_max = 0, nnames, nplaces, nafter = 0;
    size_t bytes = write_fc(T_NAMES, DNP_ZONE_FILTER_NAMES, "dnp_zone_names", bits, &words_max,
                            &nnames);
    bytes += write_fc(T_PLACES, DNP_ZONE_FILTER_PLACES, "dnp_zone_places", bits, &words_max,
                      &nplaces);
    /* the location formats, sorted by (words before, words after) */
    qsort(zfmts, nzfmts, sizeof *zfmts, cmp_zfmt);
    printf("const dnp_zone_format dnp_zone_formats[] = {\n");
    for (size_t f = 0; f < nzfmts; f++) {
        fputs("    {\"", stdout);
        put_c_bytes(zfmts[f].pre, strlen(zfmts[f].pre));
        fputs("\", \"", stdout);
        put_c_bytes(zfmts[f].suf, strlen(zfmts[f].suf));
        printf("\", %zu, %zu, %u},\n", strlen(zfmts[f].pre), strlen(zfmts[f].suf),
               zfmts[f].type);
        if (strlen(zfmts[f].pre) > 255 || strlen(zfmts[f].suf) > 255)
            die("a location format's words are too long");
        nafter += !zfmts[f].pre[0];
        if (zfmts[f].pre[0]) {
            parsed_name pn;
            if (parse_name(zfmts[f].pre, strlen(zfmts[f].pre), &pn) && pn.nrun == 1) {
                set_first_bit(bits, DNP_ZONE_FILTER_PRE,
                              dnp_hash(pn.run[0].key, pn.run[0].ends[0]));
                if ((size_t)pn.run[0].nwords > words_max)
                    words_max = (size_t)pn.run[0].nwords;
            }
        }
        bytes += strlen(zfmts[f].pre) + strlen(zfmts[f].suf) + 2 + 2 * sizeof(char *) + 8;
    }
    printf("};\nconst uint16_t dnp_nzone_formats = %zu;\n", nzfmts);
    printf("const uint16_t dnp_nzone_formats_after = %zu;\n", nafter);
    printf("const uint8_t dnp_zone_words_max = %zu;\n", words_max);
    printf("const uint8_t dnp_zone_first[DNP_ZONE_FILTER_BITS / 2] = {\n");
    for (size_t i = 0; i < sizeof bits; i += 16) {
        fputs("   ", stdout);
        for (size_t j = i; j < i + 16; j++)
            printf(" %u,", bits[j]);
        putchar('\n');
    }
    printf("};\n\n");
    fprintf(stderr,
            "lexgen: %zu zone names, %zu places (%zu of several zones; %zu place readings "
            "alone, %zu glued location names before the merge), %zu location formats, %zu "
            "bytes front-coded, %zu zone records\n",
            nnames, nplaces, nambiguous_places, nbare, nglued, nzfmts, bytes, nrecs);
    return bytes + nrecs * sizeof(dnp_zone_rec) + sizeof bits + nzone_ids * 8;
}
