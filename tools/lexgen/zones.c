/*
 * zones.c: the names of time zones, read once at build time into a table of their own,
 * outside the lexicon's keys (86,000 names in 218 languages made the lexicon 7 times larger
 * as keys with their prefixes): dnp_zone_fc (the folded names, sorted, front-coded),
 * dnp_zone_recs (what a name stands for: a zone of dnp_zone_ids and a type; a name that
 * means one zone in every language shares its record with every other such name), and a
 * filter of the names' first words (dnp_zone_first). lib/zone.c reads them. Sources:
 *   - every locale's zoneStrings in ICU's zone data (what ICU's TimeZoneNames reads):
 *     metazone names long and short, standard, daylight and generic ("Pacific Time",
 *     "heure normale d’Europe centrale", "MEZ", "MESZ", "Восточноевропейское стандартное
 *     время") and a zone's own names ("British Summer Time", "Irish Standard Time");
 *   - the generic location formats ICU writes for a zone (pattern v when the zone's
 *     metazone has no short name, vvvv for a zone without a metazone): each language's
 *     regionFormat with the country's name for the only (or primary) zone of a country
 *     ("India Time", "Ora Giappone", "Frankryk-tyd"), else with the exemplar city, the
 *     language's or the one the id spells ("Los Angeles Time", "Sydney ۋاقتى");
 *   - each locale's gmtFormat word ("GMT", "غرينتش", "ГМТ", "UTC"): kind DNP_K_ZONE with
 *     value DNP_ZT_GMT, read by the parser like GMT (an offset follows it);
 *   - the IANA ids ICU knows that hold a slash ("Europe/Paris", "America/Argentina/
 *     Buenos_Aires"; not "Etc/GMT+5": a key holds no digit);
 *   - locales/zones.tsv (when the directory has one): the abbreviations CLDR lacks (EST, CET, MSK, IST...), with the
 *     regions and languages that settle an ambiguous one.
 * A metazone name stands for the metazone's golden zone (ICU's metaZones mapTimezones,
 * territory 001): "Central European Time" is Europe/Paris.
 *
 * Not done here: offsets (lib/zone.c asks ICU's rules for the local time the text gives);
 * the standard and daylight location formats ("Los Angeles Standard Time"): with them the
 * location names were three times as many (FIXME: a city table and the format's words,
 * instead of every name whole?).
 */
#include "lexgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

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
} zrec;

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

/* Adds a name for a zone: a lexicon entry (DNP_K_ZONE, value = type) and a zone record. A
   name with digits or of several runs is no key and is skipped. */
static void add_zone_name(const char *name, int lang, int zone, int type, int flags,
                          const char *region)
{
    parsed_name pn;
    size_t n = strlen(name);
    if (n == 0 || !parse_name(name, n, &pn) || pn.nnum != 0 || pn.nrun != 1)
        return;
    /* the key must read back as itself, word for word: a folded name that splits
       otherwise (katakana whose voicing mark folding detaches) could never be matched */
    parsed_name again;
    if (!parse_name(pn.run[0].key, pn.run[0].len, &again) || again.nrun != 1 ||
        again.run[0].len != pn.run[0].len || again.run[0].nwords != pn.run[0].nwords ||
        memcmp(again.run[0].key, pn.run[0].key, pn.run[0].len) != 0 ||
        memcmp(again.run[0].ends, pn.run[0].ends, (size_t)pn.run[0].nwords * sizeof(size_t)))
        return;
    /* an abbreviation of ASCII capitals is read only in capitals ("EST", not "est") */
    bool caps = pn.run[0].len <= 5;
    for (size_t i = 0; i < n && caps; i++)
        caps = name[i] >= 'A' && name[i] <= 'Z';
    if (caps)
        flags |= DNP_ZF_CAPS;
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
    snprintf(z->region, sizeof z->region, "%s", region ? region : "");
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

/* The generic location names of one language (the head comment says which). */
static void read_locations(int lang)
{
    const char *loc = langs[lang].code;
    char fmt[256], name[600], city[256];
    if (!inherited(loc, NULL, "regionFormat", fmt, sizeof fmt) || !strstr(fmt, "{0}"))
        return;
    const char *ph = strstr(fmt, "{0}");
    bool bare = true; /* the format holds nothing but the place and spaces */
    for (const char *c = fmt; *c; c++)
        if (c < ph || c >= ph + 3)
            bare &= *c == ' ';
    for (size_t i = 0; i < nlzones; i++) {
        const loc_zone *z = &lzones[i];
        if (z->by_country) {
            char tag[16];
            UChar u[128];
            UErrorCode st = U_ZERO_ERROR;
            snprintf(tag, sizeof tag, "und_%s", z->country);
            int32_t n = uloc_getDisplayCountry(tag, loc, u, 128, &st);
            if (U_FAILURE(st) || n <= 0 || n >= 128 || st == U_USING_DEFAULT_WARNING)
                continue;
            int32_t m = 0;
            u_strToUTF8(city, sizeof city - 1, &m, u, n, &st);
            if (U_FAILURE(st))
                continue;
            city[m] = '\0';
        } else {
            char key[64];
            snprintf(key, sizeof key, "%s", z->id);
            for (char *c = key; *c; c++)
                if (*c == '/')
                    *c = ':';
            if (!inherited(loc, key, "ec", city, sizeof city)) {
                const char *slash = strrchr(z->id, '/');
                snprintf(city, sizeof city, "%s", slash ? slash + 1 : z->id);
                for (char *c = city; *c; c++)
                    if (*c == '_')
                        *c = ' ';
            }
        }
        /* a format of the place alone ("{0}") makes a one-word place name a zone name:
           a short one ("Mon") is a word of dates too, and is left out */
        if (bare && !strchr(city, ' ') && strlen(city) <= 4)
            continue;
        snprintf(name, sizeof name, "%.*s%s%s", (int)(ph - fmt), fmt, city, ph + 3);
        add_zone_name(name, lang, zone_index(z->id), DNP_ZT_GENERIC, 0, NULL);
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
        for (char *tok = strtok(line, " \t\r\n"); tok && nf < 16 && tok[0] != '#';
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
        if (o && cmp_key(&zrecs[o - 1], &zrecs[r]) == 0 && zrecs[o - 1].lang == zrecs[r].lang &&
            strcmp(zrecs[o - 1].region, zrecs[r].region) == 0 &&
            zrecs[o - 1].zone == zrecs[r].zone && zrecs[o - 1].type == zrecs[r].type) {
            zrecs[o - 1].flags &= zrecs[r].flags | ~DNP_ZF_CAPS; /* caps only if all are */
            continue;
        }
        zrecs[o++] = zrecs[r];
    }
    nzrecs = o;
    single_set = xrealloc(NULL, nzone_ids * 8 * 2 * sizeof *single_set);
    memset(single_set, 0, nzone_ids * 8 * 2 * sizeof *single_set);
    for (size_t a = 0, b; a < nzrecs; a = b) {
        bool one = true;
        int caps = DNP_ZF_CAPS;
        for (b = a; b < nzrecs && cmp_key(&zrecs[a], &zrecs[b]) == 0; b++) {
            one &= zrecs[b].zone == zrecs[a].zone && zrecs[b].type == zrecs[a].type;
            caps &= zrecs[b].flags;
        }
        size_t set;
        if (one) {
            uint16_t *slot = &single_set[((size_t)zrecs[a].zone * 8 + zrecs[a].type) * 2 +
                                         (caps ? 1 : 0)];
            if (!*slot) {
                zrec any = zrecs[a];
                any.lang = -1, any.region[0] = '\0';
                *slot = (uint16_t)(add_rec(&any, caps | DNP_ZF_END) + 1);
            }
            set = *slot - 1u;
        } else {
            set = nrecs;
            for (size_t r = a; r < b; r++)
                add_rec(&zrecs[r], (zrecs[r].flags & ~DNP_ZF_END) | (r + 1 == b ? DNP_ZF_END : 0));
        }
        if (nrecs > UINT16_MAX)
            die("too many zone records");
        for (size_t r = a; r < b; r++)
            zrecs[r].set = (uint16_t)set;
    }
    free(single_set);
}

/* A bit of the first-word filter (two per word, from the word's dnp_hash). */
static void set_first_bit(uint8_t *bits, uint32_t h)
{
    uint32_t b1 = h & (DNP_ZONE_FILTER_BITS - 1), b2 = (h >> 16) & (DNP_ZONE_FILTER_BITS - 1);
    bits[b1 / 8] |= (uint8_t)(1u << (b1 % 8));
    bits[b2 / 8] |= (uint8_t)(1u << (b2 % 8));
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
    /* the names, sorted and front-coded (lib/zone.c's head comment gives the format) */
    static uint8_t bits[DNP_ZONE_FILTER_BITS / 8];
    size_t cap = 1 << 20, len = 0, nnames = 0, nblocks = 0, words_max = 0;
    uint8_t *fc = xrealloc(NULL, cap);
    uint32_t *blocks = NULL;
    const zrec *prev = NULL;
    for (size_t r = 0; r < nzrecs; r++) {
        const zrec *z = &zrecs[r];
        if (prev && cmp_key(prev, z) == 0)
            continue;
        if (len + z->klen + 8 > cap)
            fc = xrealloc(fc, cap *= 2);
        if (nnames % DNP_ZONE_BLOCK == 0) {
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
        fc[len++] = (uint8_t)(z->set & 0xFF);
        fc[len++] = (uint8_t)(z->set >> 8);
        set_first_bit(bits, dnp_hash(z->key, z->first));
        if (z->nwords > words_max)
            words_max = z->nwords;
        nnames++;
        prev = z;
    }
    printf("const unsigned char dnp_zone_fc[] =\n");
    for (size_t i = 0; i < len; i += 40) {
        fputs("    \"", stdout);
        put_c_bytes((const char *)fc + i, len - i < 40 ? len - i : 40);
        fputs("\"\n", stdout);
    }
    printf("    ;\nconst uint32_t dnp_zone_blocks[] = {\n");
    for (size_t b = 0; b < nblocks; b++)
        printf("%s%u,%s", b % 10 ? " " : "    ", blocks[b], b % 10 == 9 ? "\n" : "");
    printf("\n};\nconst uint32_t dnp_zone_nnames = %zu;\n", nnames);
    printf("const uint8_t dnp_zone_words_max = %zu;\n", words_max);
    printf("const uint8_t dnp_zone_first[DNP_ZONE_FILTER_BITS / 8] = {\n");
    for (size_t i = 0; i < sizeof bits; i += 16) {
        fputs("   ", stdout);
        for (size_t j = i; j < i + 16; j++)
            printf(" %u,", bits[j]);
        putchar('\n');
    }
    printf("};\n\n");
    fprintf(stderr, "lexgen: %zu zone names (%zu bytes front-coded), %zu zone records\n",
            nnames, len, nrecs);
    free(fc);
    free(blocks);
    return len + nblocks * 4 + nrecs * sizeof(dnp_zone_rec) + sizeof bits + nzone_ids * 8;
}
