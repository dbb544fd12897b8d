/*
 * engine.h: what the files of the date engine share, private to lib/ (hidden, never
 * exported). The engine is the scan (scan.c) and the readers it calls:
 *
 *   scan.c      the cluster walk, dn_parse and dn_search
 *   clock.c     times of day and UTC offsets over items (14:30, 2:30 pm, 14h30, +01:00)
 *   iso8601.c   ISO 8601 / RFC 3339 over items, and the byte-level reader of whole stamps
 *   monthname.c a window of date words around a month name (22 Nov 2015)
 *   marks.c     numbers made date fields by CLDR marks (2015年11月22日, 22 tháng 11, 2015)
 *   numeric.c   all-numeric dates (22/11/2015) and a year alone (2015, 44 BC)
 *   relative.c  relative expressions (3 days ago, yesterday, last Monday) and a weekday alone
 *   choose.c    the language and scoring decisions (which month a word means, which
 *               language a word is in)
 *
 * The shared vocabulary: an item is one token of a cluster, classified (a number, a known
 * word with its lexicon meanings, a separator, or a language-neutral letter of ISO 8601 and
 * the RFCs); a cand is a date while a reader assembles it; an env is what one call knows
 * (the parser, the text, the reference instant). Cross-file functions carry the dnp_ prefix;
 * the short type names are the engine's own and never leave lib/.
 */
#ifndef DATENORM_ENGINE_H
#define DATENORM_ENGINE_H

#include "parser.h"
#include "policy.h"

enum { IT_NUM = 1, IT_WORD, IT_SEP, IT_GEN };

#define XF_MONEY 0x80 /* item flag: a currency, percent or degree sign */

/* A matcher's answer when it read a date-like run that holds no valid date ("31 November
   2015"): the run is consumed, so that no shorter reading ("November 2015") is made of it. */
#define NO_DATE_HERE (-2)

/* Language-neutral words of ISO 8601 and the RFCs (scan.c's generic_id). */
enum { G_T = 1, G_Z, G_W, G_GMT, G_UTC, G_UT };

typedef struct {
    uint8_t type;
    uint8_t gen;     /* IT_GEN: G_* */
    uint8_t ndigits; /* IT_NUM */
    uint8_t tflags;  /* DNP_TF_* */
    uint32_t sep;    /* IT_SEP: code point */
    uint64_t value;  /* IT_NUM */
    uint32_t start, end;
    uint32_t kinds;  /* IT_WORD: bit (1 << kind) for each kind among its meanings */
    /* IT_WORD with a month meaning, from one pass over its meanings (analyze_month_word) */
    int16_t mstrength; /* month_strength */
    bool mweak;        /* month_weak */
    bool mrisky;       /* every month meaning is risky */
    bool mone;         /* every month meaning has one value: no language decides it */
    uint8_t mbest;     /* the month value with the most speakers (no hint, no context) */
    int16_t mtop;      /* the language with the most speakers for mbest */
    uint32_t zset;     /* issue 9: a zone name (kind DNP_K_ZONE): its record set + 1 */
    const dnp_meaning *m;
    uint32_t nm;
    uint8_t ztype;     /* issue 9: a location format's DNP_ZT_* ("Paris Time": generic), 0 for
                          a name (its records give the type) */
    uint8_t zcaps;     /* a zone word in capitals (dnp_zone_caps): 1 ASCII ("EST"), 2 beyond
                          ASCII ("МСК", "TSİ"), 0 not */
    uint8_t flen;      /* IT_WORD of one token, the key of that word alone: the token's folded
                          length; 0 for any other (a key of several words, a zone name) */
    uint8_t week;      /* weeks: IT_WORD whose key has a week's word (DNP_KM_WEEK; weeknum.c) */
} item;

/* The lexicon's answers for the short words of one dn_search call (issue 10: a page's words
   repeat, "de", "la", "的", and a look-up hashes the word): a word of up to eight folded
   bytes, by those bytes and its length, in a table of two slots a word. dnp_lex_find is a
   function of the bytes alone, so an answer kept is the answer. scan.c's, and page.c's through
   env's wcache. */
#define DNP_WORD_CACHE_LOG2 8
typedef struct {
    uint64_t w;   /* the folded bytes, zero after the last */
    uint32_t len; /* 0: an empty slot */
    const dnp_lex_key *key;
} dnp_word_slot;

static inline __attribute__((always_inline)) const dnp_lex_key *
dnp_lex_find_cached(dnp_word_slot *cache, const char *fold, size_t len)
{
    /* the word's bytes of the eight read, by its length */
    static const uint64_t keep[9] = {0,          0xFF,         0xFFFF,         0xFFFFFF,
                                     0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
                                     ~0ull};
    if (len > 8 || len == 0)
        return dnp_lex_find(fold, len);
    uint64_t w = dnp_load64((const unsigned char *)fold) & keep[len];
    /* two slots a word: the newest answer in the first, the one it replaced in the second */
    dnp_word_slot *sl = &cache[(((w ^ len) * 0x9E3779B97F4A7C15ull) >> (64 - DNP_WORD_CACHE_LOG2)) & ~1ull];
    if (sl->len == len && sl->w == w)
        return sl->key;
    if (sl[1].len == len && sl[1].w == w)
        return sl[1].key;
    sl[1] = sl[0];
    sl->w = w, sl->len = (uint32_t)len;
    sl->key = dnp_lex_find(fold, len);
    return sl->key;
}

/* issue 10: the numbers and words of the dates dn_search's scan reported, as it read them
   (scan.c's record_span), so that page.c reads a date's words without tokenizing its span
   again and looking its words up: a word the scan looked up alone (no key of several words,
   no zone name, no ISO letter) has the key page.c's read_words would find. A date of the
   page whose words were not recorded (the tables full, an item of another kind, no word) is
   read from its bytes, as before. Words in text order; the dates by their spans. */
typedef struct {
    uint32_t start, end;
    uint32_t num_end;     /* where the last number before it ended (UINT32_MAX: none) */
    uint32_t nm, kinds;   /* its key's count of meanings and kinds */
    const dnp_meaning *m; /* its key's meanings */
    uint8_t flen;         /* its folded length */
    uint8_t tflags;       /* DNP_TF_* */
} dnp_span_tok;
typedef struct {
    uint32_t start, end;  /* the date's span */
    uint16_t first, n;    /* its words: toks[first, first + n) */
    bool year4;           /* a number of four digits */
} dnp_span_date;
#define DNP_SPAN_DATES 128 /* dates of one page recorded (the first ones) */
#define DNP_SPAN_TOKS 256  /* their words */
typedef struct {
    uint32_t ndates, ntoks;
    dnp_span_date dates[DNP_SPAN_DATES];
    dnp_span_tok toks[DNP_SPAN_TOKS];
} dnp_spans;

typedef struct {
    const dn_parser *p;
    const char *text;
    size_t len;
    int64_t now_days; /* the reference date, in the reference zone */
    int now_year, now_month, now_day;
    int now_sec;      /* the reference's seconds into its day */
    int now_off;      /* the reference's zone, minutes east of UTC */
    size_t content_start, content_end; /* first and last non-separator bytes of the text */
    bool money;       /* the text holds a currency or percent sign (set while reading) */
    bool search;      /* dn_search: running text, read by page.c afterwards */
    dnp_word_slot *wcache; /* dn_search: the page's word cache (NULL: none) */
    const dnp_spans *spans; /* dn_search: its dates' words as the scan read them (NULL: none) */
} env;

/* A private dn_date flag of dn_search (never seen by a caller): a day and month without a
   year ("18/11", "03.12.") whose order only the page can give; page.c keeps it in the
   page's order or drops it. */
#define DNP_FLAG_PAGE_DAY_MONTH 0x80000000u
/* Another (issue 10): a month name alone in running text ("w grudniu", "у жовтні", "i
   januar"), read only by dn_search (monthname.c); page.c keeps it when the word is a month
   in one of the page's languages, or drops it. */
#define DNP_FLAG_PAGE_MONTH_ALONE 0x40000000u
/* Another (issue 10): a weekday alone in running text ("у вівторок", "on Monday"), the latest
   such day on or before the reference as read; page.c keeps it (or moves it to the next
   one) when the page says it is a date, or drops it. */
#define DNP_FLAG_PAGE_WEEKDAY 0x20000000u
/* Another (issue 10): a named day of a language few people write, read in running text
   ("Heddiw", Welsh today); page.c keeps it only on a page in that language. */
#define DNP_FLAG_PAGE_LANG 0x10000000u
/* Another (issue 10): such a day and month that nothing around it says is a date ("até
   5/12", a one-digit number, no time): page.c keeps it only beside a date of its month. */
#define DNP_FLAG_PAGE_DM_NEAR 0x08000000u

/* Another (issue 10): a four-digit number of running text that may be a year alone
   ("el 1992", "1936-ban"), read only by dn_search (numeric.c); page.c keeps it when a
   word of the page's languages introduces it as one (locales/ year_* cues), or drops it. */
#define DNP_FLAG_PAGE_YEAR 0x04000000u

/* Another (issue 10): a date whose year only a calendar the text leaves open fits, read in
   running text in that calendar: a three-digit year in Taiwan's ROC calendar ("115年12月1日",
   "115/11/25", "115-11-20": 2026, dnp_roc_year), as a page written in it does; page.c
   keeps it on a page one of whose dates names the calendar's era ("民國115年11月20日"), or
   drops it. */
#define DNP_FLAG_PAGE_CAL 0x02000000u

/* Another (issue 10): a day alone with its CJK mark in running text ("28日（土）", "27日夜间
   至29日", "28일(토)"), read only by dn_search (marks.c) in January of the reference's year
   as a placeholder; page.c gives it the month of the date before it in its passage or of
   the page's first date (a weekday in brackets after it must agree), or drops it. */
#define DNP_FLAG_PAGE_DAY_ALONE 0x01000000u
/* With it: the words after the day say it is one (a day period, a clock time glued); else
   only a weekday in brackets or a range's link from the day before proves it (page.c). */
#define DNP_FLAG_PAGE_DAY_PROVED 0x00800000u
/* Another (reldir): a named day whose word is one unit at once back and ahead (Hindi, Urdu
   "कल", "کل": yesterday and tomorrow), read as the past; page.c moves it ahead when its
   sentence says the future, keeps it when it says the past, else lowers its confidence. */
#define DNP_FLAG_PAGE_TWO_WAYS 0x00400000u

/* A candidate date while it is being assembled. */
typedef struct {
    int year, month, day, week, yday;
    int hour, minute, second, ns, fdigits;
    int offset;
    bool has_offset, has_time;
    int weekday; /* named in the text, 0 if none */
    dn_precision prec;
    unsigned flags;
    int alt_y, alt_m, alt_d;
    float conf;
    int lang;    /* lexicon language index that matched, -1 = neutral */
    int first, last; /* items used */
    int calendar; /* issue 11: the dn_calendar the text was written in (0: Gregorian) */
    /* issue 9: a zone named after the time (zone.c resolves it when the date is known) */
    bool has_zone;
    /* zoneline: hours written after a zone name as a count ("МСК+4", "MSK-1": Moscow time
       plus 4 hours), in minutes: added to the zone's offset once the date is known */
    int16_t zshift;
    int zitem;   /* its item */
} cand;

/* A cand zeroed in two halves: GCC (12, -O2) writes one memset of its 96 bytes as rep stosq,
   whose start-up costs more than the stores, once for every reader tried at every item of
   a cluster; halves are written as vector stores (issue 10). */
static inline void dnp_cand_clear(cand *c)
{
    memset(c, 0, sizeof *c / 2);
    memset((char *)c + sizeof *c / 2, 0, sizeof *c - sizeof *c / 2);
}

/* A reader: tries to read a date starting at item i of it[0..n). Returns the index after the
   date (c filled), -1 when there is none here, or NO_DATE_HERE (c->last set). */
typedef int (*dnp_matcher)(const env *, const item *, int, int, cand *);

/* ---- predicates over items ---------------------------------------------------------------- */

static inline bool is_sep(const item *it, uint32_t c)
{
    return it->type == IT_SEP && it->sep == c;
}

static inline bool is_space(const item *it)
{
    return it->type == IT_SEP && (it->tflags & DNP_TF_SPACE);
}

/* issue 10: the mark an abbreviation takes, glued after it: a dot ("Mo.", "dc."), an
   apostrophe or a Hebrew geresh ("יום ג'", "יום ג׳": Tuesday) */
static inline bool is_abbr_mark(const item *it)
{
    return it->type == IT_SEP &&
           (it->sep == '.' || it->sep == 0x05F3 || dnp_is_apostrophe((UChar32)it->sep));
}

static inline bool has_kind(const item *it, int kind)
{
    return it->type == IT_WORD && (it->kinds & (1u << kind));
}

/* issue 10: whether the word x is a filler only as a word that introduces or connects a
   time (locales/ time_word, time_link: DNP_K_FILLER of value 1 or 2), none of value 0 (an
   ordinary filler such as "de", "um"): such a word joins a time to a date only in its own
   languages (clock.c, monthname.c). */
static inline bool time_link_only(const item *x)
{
    if (!has_kind(x, DNP_K_FILLER))
        return false;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_FILLER && x->m[q].value == 0)
            return false;
    return true;
}

/* timejoin: whether items from h are H:MM:SS with the hour in one digit ("1:02:40"): after
   a mark that parts a line's fields, a length (a podcast's, a video's), no time of day; a
   stamp pads its hour ("| 09:05:12"; clock.c's dnp_time_after, monthname.c's find_time). */
static inline bool dnp_length_clock(const item *it, int n, int h)
{
    return h + 4 < n && it[h].type == IT_NUM && it[h].ndigits == 1 && is_sep(&it[h + 1], ':') &&
           it[h + 2].type == IT_NUM && it[h + 2].ndigits == 2 && is_sep(&it[h + 3], ':') &&
           it[h + 4].type == IT_NUM && it[h + 1].start == it[h].end &&
           it[h + 3].start == it[h + 2].end;
}

/* misses19: a mark that parts the fields of a page's line: a middle dot, a bullet, a
   vertical bar (scan.c's lookup_multi; b28fix: calendar.c's window, "১১ অগ্রহায়ণ ১৪৩৩ | ১৬
   জমাদিউস সানি ১৪৪৮": the year before the bar is no year of the date after it). */
static inline bool dnp_field_mark(uint32_t c)
{
    return c == 0xB7 || c == 0x2022 || c == 0x2027 || c == 0x30FB || c == '|' || c == 0xFF5C;
}

/* issue 10: whether the blanks of x part two cells of a table rather than words: a tab, or
   DNP_CELL_GAP_BLANKS spaces or more ("Zaterdag 28 november   18.00 u   Eucharistie", a
   parish's list of masses: the date column, then the time column). A time in the next
   cell is no time of the date: pages mark the date alone (clock.c's dnp_time_after,
   monthname.c's find_time; search only); timejoin: unless a heading names that column a
   time's ("Dato   Kl.": dnp_table_time_cell). */
static inline bool dnp_cell_gap(const env *e, const item *x)
{
    if (x->end - x->start < DNP_CELL_GAP_BLANKS && !memchr(e->text + x->start, '\t', x->end - x->start))
        return false;
    int blanks = 0; /* characters, a line's end not one: NBSP is two bytes */
    for (size_t k = x->start; k < x->end; k++) {
        unsigned char b = (unsigned char)e->text[k];
        if (b == '\t')
            return true;
        blanks += b != '\n' && b != '\r' && (b & 0xC0) != 0x80;
    }
    return blanks >= DNP_CELL_GAP_BLANKS;
}

/* The word has this kind in a hinted language. */
static inline bool hinted_kind(const env *e, const item *w, int kind)
{
    if (!e->p->nhints)
        return false;
    for (uint32_t i = 0; i < w->nm; i++)
        if (w->m[i].kind == kind && dnp_langset_has(&e->p->hint_set, w->m[i].lang))
            return true;
    return false;
}

/* The word means nothing but this kind, in every language that has it ("and" and "about"
   words, which mean something only inside a relative phrase, aside: "à" is a filler in
   French and "a" joins in Czech). */
static inline bool only_kind(const item *it, int kind)
{
    return it->type == IT_WORD &&
           (it->kinds & ~((1u << DNP_K_PREFIX) | (1u << DNP_K_REL_AND) |
                          (1u << DNP_K_REL_ABOUT))) == (1u << kind);
}

/* The kinds that make a word a date word (page.c weighs their languages; DN_OPT_HINTS_ONLY
   wants each in a hinted language): month, weekday, era, relative words, date marks. */
#define DNP_DATE_KINDS                                                                         \
    ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY) | (1u << DNP_K_ERA) |                         \
     (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_MONTH_MARK) | (1u << DNP_K_DAY_MARK) |             \
     (1u << DNP_K_MONTH_PREFIX) | (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX) |       \
     DNP_REL_KINDS)

/* Language set of the meanings of it that have the given kind (and value, if >= 0).
   Out of line (choose.c): inlined, its loop was copied into every reader, and the copies
   together made the code a line runs too large for the instruction cache (issue 8). */
dnp_langset dnp_langs_of(const item *it, int kind, int value) DNP_HIDDEN;

/* Whether word x has a meaning of kind kx in a language in which word m has one of kind km
   (an era, a filler or a cue of the month word's language). */
static inline bool shares_lang(const item *x, int kx, const item *m, int km)
{
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == kx)
            for (uint32_t k = 0; k < m->nm; k++)
                if (m->m[k].kind == km && m->m[k].lang == x->m[q].lang)
                    return true;
    return false;
}

/* Skips white space forward from i; returns the index of the next non-space item. */
static inline int skip_space(const item *it, int n, int i)
{
    while (i < n && is_space(&it[i]))
        i++;
    return i;
}

/* ---- small readers over items ------------------------------------------------------------- */

static inline int year_from_digits(const env *e, uint64_t v, int ndigits, unsigned *flags)
{
    if (ndigits == 2) {
        *flags |= DN_FLAG_TWO_DIGIT_YEAR;
        return (int)v < e->p->pivot ? 2000 + (int)v : 1900 + (int)v;
    }
    return (int)v;
}

static inline bool valid_ymd(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= dnp_days_in_month(y, m);
}

/* numeric.c: whether the number at k can be part of a date: not a piece of a decimal or
   grouped number ("5,99", "1,234") and not an amount or a percentage ("$ 12", "12 %"). */
bool dnp_num_usable(const env *e, const item *it, int n, int k) DNP_HIDDEN;
/* The same for calendar.c: the numbers of an all-numeric date before a calendar's era or
   month ("1448/10/10هـ") are usable in running text too. */
bool dnp_num_usable_cal(const env *e, const item *it, int n, int k) DNP_HIDDEN;

/* ---- scan.c ----------------------------------------------------------------------------- */
/* A word that begins a multi-word key: extends it over the following tokens and keeps the
   longest key with a real meaning (*pos moves past it). */
bool dnp_lookup_multi(const env *e, const dnp_token *first, size_t *pos, item *it,
                      const dnp_lex_key **found_key) DNP_HIDDEN;

/* ---- clock.c ---------------------------------------------------------------------------- */
/* The range rules of times and offsets, for every path (clock.c's head comment says them):
   whether a time is one (hour 24 only as 24:00:00, the end of the day), whether an offset
   of hours:minutes is one (within DNP_OFFSET_MAX minutes of UTC). */
#define DNP_OFFSET_MAX (18 * 60)
bool dnp_clock_valid(int hour, int minute, int second, int ns) DNP_HIDDEN;
bool dnp_offset_valid(int hours, int minutes) DNP_HIDDEN;
/* Whether the time to the minute of c is followed at k by "-HH:MM" naming a later time, or
   an earlier one within DNP_OVERNIGHT_SPAN_HOURS: a span of hours's end ("10:00-12:00",
   "22:00–02:00"), not an offset. */
bool dnp_span_end_after_dash(const item *it, int n, int k, const cand *c, bool wide) DNP_HIDDEN;
/* Whether a span of hours from minute a to minute b of the day is one: b later, or earlier
   within DNP_OVERNIGHT_SPAN_HOURS past midnight. */
static inline bool dnp_span_minutes(int a, int b)
{
    return b > a || (b < a && b + 24 * 60 - a <= DNP_OVERNIGHT_SPAN_HOURS * 60);
}
/* A result at 24:00 becomes the next day at 00:00 (its weekday too); others stay. */
void dnp_end_of_day(dn_date *d) DNP_HIDDEN;
/* s[0..n) is exactly an offset +HH, +HHMM or +HH:MM (or with -) within the rules. */
bool dnp_offset_bytes(const char *s, size_t n, int *minutes) DNP_HIDDEN;

/* Two ASCII digits at s (s[0] and s[1] must be readable). Always inline: GCC kept it out of
   line in iso8601.c, a call for each field of every stamp (issue 8). */
static inline __attribute__((always_inline)) bool dnp_two_digits(const char *s, int *v)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return false;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

int dnp_read_offset(const item *it, int n, int i, cand *c) DNP_HIDDEN;
/* Copies the time of t (fields, precision, offset, zone) into c. */
void dnp_take_time(cand *c, const cand *t) DNP_HIDDEN;

/* ---- zone.c (issue 9) ---------------------------------------------------------------------- */
/* The longest zone name that begins at the word first (its tokens read on from *pos): when
   it is longer than the item x the lexicon made there, x becomes a zone word only (no
   meanings) and *pos moves past the name; when it is as long, x gets the zone kind too.
   False when no name is as long as x. Cheap for a word that begins no name (a filter on
   the first words). */
bool dnp_zone_match(const env *e, const dnp_token *first, size_t *pos, item *x) DNP_HIDDEN;
/* Whether w is a zone word usable as written (an abbreviation in capitals): of that
   DNP_ZT_* type, or (type < 0) of any type but DNP_ZT_GMT. */
bool dnp_zone_word(const item *w, int type) DNP_HIDDEN;
/* The zone (index in dnp_zone_ids) and DNP_ZT_* type a zone word stands for in this call
   (the hint's region and languages, the text's language text_lang, the default); false
   when none. *ambiguous: the word names more than one zone. */
bool dnp_zone_choose(const env *e, const item *w, int text_lang, int *zone, int *type,
                     bool *ambiguous) DNP_HIDDEN;
/* The offset (minutes east) a zone name of that type gives at c's local date and time;
   *gap set when that local time is skipped or repeated there. False when ICU cannot say. */
bool dnp_zone_offset_local(int zone, int type, const cand *c, int *minutes, bool *gap) DNP_HIDDEN;
const char *dnp_zone_id(int zone) DNP_HIDDEN;
/* issue 10: x->zcaps of a zone word: written in capitals ("EST", "МСК"), as an
   abbreviation must be */
void dnp_zone_caps(const env *e, item *x) DNP_HIDDEN;
/* issue 10: a zone name at byte p, blanks before it, in brackets or not ("(TSİ)", " EET"):
   x its zone word, the byte after it returned; 0 when none (or a GMT word only). */
size_t dnp_zone_after(const env *e, size_t p, size_t lim, item *x) DNP_HIDDEN;
int dnp_read_time(const env *e, const item *it, int n, int i, cand *c,
                  dnp_langset *langs) DNP_HIDDEN;
int dnp_time_after(const env *e, const item *it, int n, int from, cand *c) DNP_HIDDEN;
/* zoneline: whether x, before a time, may be that time's zone: a zone's abbreviation in
   capitals ("EST 20:45", "МСК 15:00") or GMT, UTC ("UTC 14:00"), and no weekday's
   abbreviation as a language writes it (dnp_zone_weekday_clash); dnp_zone_before_take
   gives the time t read after it that zone (clock.c) */
bool dnp_zone_weekday_clash(const item *x) DNP_HIDDEN;
static inline bool dnp_zone_before(const item *x)
{
    return (x->type == IT_GEN && (x->gen == G_GMT || x->gen == G_UTC)) ||
           (x->type == IT_WORD && x->zcaps && dnp_zone_word(x, -1) &&
            !dnp_zone_weekday_clash(x));
}
void dnp_zone_before_take(const item *it, int q, cand *t) DNP_HIDDEN;
/* Whether a word that introduces a time (locales/ time_word: "kl.", "klo", "kell") stands
   before the number at j, a dot or blanks between (clock.c) */
bool dnp_time_word_before(const item *it, int j) DNP_HIDDEN;
/* issue 10: the time of c, ending at byte `at`, starts a span of times ("10:00–16:00") */
bool dnp_time_span_after(const env *e, size_t at, const cand *c) DNP_HIDDEN;
/* b29fix: the end of a case ending glued to the clock time that ends at byte at, by a hyphen
   or nothing, blanks after it ("11:00-dan 14:00", "07:00etatik 09:00": from ... to); 0
   when none (clock.c). */
size_t dnp_time_ending_end(const env *e, size_t at) DNP_HIDDEN;
/* b29fix: a day period and the hour after it at text[p] (blanks first), up to lim ("सकाळी
   १०", in the morning 10; "दुपारी १", in the afternoon 1: 13:00; "de la tarde" is none: the
   word first): its end, the minutes of the day in *minutes; 0 when there is none (clock.c) */
size_t dnp_period_clock_text(const env *e, size_t p, size_t lim, int *minutes) DNP_HIDDEN;
size_t dnp_clock_text(const env *e, size_t p, size_t lim, int *minutes) DNP_HIDDEN;
/* timejoin: whether the clock time in the table cell after the blanks x (a cell gap) is the
   time of the date c that begins its row (clock.c) */
bool dnp_table_time_cell(const env *e, const item *it, const item *x, const cand *c) DNP_HIDDEN;
/* clock.c: the hour an am/pm word or day period (a lexicon key) makes of hour h; h when the
   key is neither; -1 when none fits */
int dnp_word_hour(const dnp_lex_key *w, int h) DNP_HIDDEN;
/* issue 8: a time read from items [first, end) that is the whole text ("16:10", "10:04am",
   "10:00 PM", "午後3時"): c becomes today (the reference's date in its zone) at that time,
   flagged relative. */
bool dnp_time_alone(const env *e, const item *it, int first, int end, cand *c) DNP_HIDDEN;
int dnp_point_period_alone(const env *e, const item *it, int i, cand *c) DNP_HIDDEN;
/* clock.c: the hour a day period word names alone (noon 12, midnight 0), or -1 */
int dnp_point_period_hour(const env *e, const item *x) DNP_HIDDEN;
bool dnp_hour_named(const env *e, const item *it, int first, int end) DNP_HIDDEN;
bool dnp_led_whole(const env *e, const item *it, int first, bool in_word, int *lead,
                   dnp_langset *langs) DNP_HIDDEN;

/* ---- choose.c --------------------------------------------------------------------------- */
/* The speakers (thousands) of a language, 0 for an index past the table. */
static inline double dnp_speakers_k(int lang)
{
    return lang >= 0 && lang < dnp_nlangs ? dnp_langs[lang].speakers_k : 0;
}
/* Whether a language has too few speakers for one of its words to count in running text
   (DNP_RARE_SPEAKERS_K). */
static inline bool dnp_lang_rare(int lang)
{
    return lang < 0 || lang >= dnp_nlangs || dnp_langs[lang].speakers_k < DNP_RARE_SPEAKERS_K;
}
/* The preference (policy.h's dnp_lang_pref) of a meaning's language: hinted, in ctx (may be
   NULL), its speakers; the one rule of every reader that picks among languages. */
static inline double dnp_meaning_pref(const env *e, const dnp_meaning *m, const dnp_langset *ctx)
{
    return dnp_lang_pref(dnp_speakers_k(m->lang),
                         e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang),
                         ctx && dnp_langset_has(ctx, m->lang));
}
/* The era a word names (0 before the common era, 1 the common era): its preferred meaning's
   (a hinted language's, else the most spoken one's): "A.D." is English's common era, though
   Quechua's CLDR writes "a.d." for the era before it. -1 when it names none. */
static inline int dnp_era_of(const env *e, const item *w)
{
    int era = -1;
    double best = -1;
    for (uint32_t q = 0; w->type == IT_WORD && q < w->nm; q++)
        if (w->m[q].kind == DNP_K_ERA && dnp_meaning_pref(e, &w->m[q], NULL) > best)
            best = dnp_meaning_pref(e, &w->m[q], NULL), era = w->m[q].value;
    return era;
}

double dnp_langset_speakers(const dnp_langset *s, int *top) DNP_HIDDEN;
int dnp_choose_month_by_langs(const env *e, const item *w, const dnp_langset *ctx,
                              dnp_langset *langs) DNP_HIDDEN;

/* Chooses the month value of a month word given the languages of the other words (ctx, may
   be NULL); returns it and, when langs is given, the languages that give it. With nothing
   but speakers to decide, the word's analysis has the answer (inline: the common case). */
static inline int dnp_choose_month(const env *e, const item *w, const dnp_langset *ctx,
                                   dnp_langset *langs)
{
    if (!e->p->nhints && (w->mone || !(ctx && !dnp_langset_empty(ctx)))) {
        if (langs && w->mbest)
            *langs = dnp_langs_of(w, DNP_K_MONTH, w->mbest);
        return w->mbest;
    }
    return dnp_choose_month_by_langs(e, w, ctx, langs);
}
void dnp_analyze_month_word_hinted(const env *e, item *w) DNP_HIDDEN;

/* Fills a month word's mstrength, mweak, mrisky, mone, mbest and mtop, once per word and
   text: how strong a month name it is, whether it is weak, and its month and language when
   no hint or other word decides (dnp_choose_month). Without a hint lexgen has summed the
   meanings up in the key (the same rules as dnp_analyze_month_word_hinted); inline, since
   the scan calls it for every month word of a stream. */
static inline void dnp_analyze_month_word(const env *e, item *w, const dnp_lex_key *key)
{
    if (e->p->nhints) {
        dnp_analyze_month_word_hinted(e, w);
        return;
    }
    w->mbest = key->mbest;
    w->mtop = (int16_t)key->mtop;
    w->mrisky = (key->mflags & DNP_KM_RISKY) != 0;
    w->mstrength = (int16_t)dnp_month_strength(key->mflags & DNP_KM_PURE,
                                               key->mflags & DNP_KM_MOSTLY, !w->mrisky, false,
                                               w->end - w->start,
                                               w->kinds & (1u << DNP_K_WEEKDAY));
    w->mweak = w->mrisky || (key->mflags & (DNP_KM_MOSTLY | DNP_KM_RELWORD)) != DNP_KM_MOSTLY;
    w->mone = (key->mflags & DNP_KM_ONE) != 0;
}

static inline int month_strength(const env *e, const item *w)
{
    (void)e;
    return w->mstrength;
}

static inline bool month_weak(const env *e, const item *w)
{
    (void)e;
    return w->mweak;
}

/* ---- the readers (in the order scan_cluster tries them) ----------------------------------- */
int dnp_match_iso(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_counted(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_month_window(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
/* issue 10 (numeric.c): three numbers from k glued by one separator ("03.11.2026"). */
bool dnp_numeric_chain(const item *it, int n, int k) DNP_HIDDEN;
int dnp_match_marks(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_relative(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_numeric(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_year(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
int dnp_match_weekday(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
/* weeknum.c: a week named by its number ("KW 4/2027", "vecka 48", "48. hafta", "第48周") */
int dnp_match_week(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
bool dnp_weekday_may_stand(const env *e, const item *x) DNP_HIDDEN;
/* qualify.c: a word beside the weekday at i (a time after it up to end) that qualifies it */
/* qualify.c: a weekday abbreviation as the whole text that is more likely another word; a
   named phrase less likely than the weekday or month its word also is */
bool dnp_weekday_abbr_foreign(const item *w, const dnp_meaning *m) DNP_HIDDEN;
bool dnp_named_yields(const env *e, const item *w, const dnp_meaning *m) DNP_HIDDEN;
bool dnp_named_qualified(const env *e, const item *it, int i) DNP_HIDDEN;
bool dnp_weekday_of_what(const env *e, const item *it, int n, int i) DNP_HIDDEN;
/* page.c: a date that ends a range becomes the range's first day (dn_parse) */
void dnp_line_range(const env *e, dn_date *d) DNP_HIDDEN;
bool dnp_weekday_qualified(const env *e, const item *it, int n, int i, int end) DNP_HIDDEN;
/* qualify.c: the time after the weekday at i is none of its language (lang) */
bool dnp_weekday_time_foreign(const env *e, const item *it, int n, int i, int end, int lang) DNP_HIDDEN;
/* weekspan.c (issue 13): a weekday right before a day-precision date joins its span;
   floor is the first item no earlier date used. */
void dnp_weekday_before(const env *e, const item *it, int floor, cand *c) DNP_HIDDEN;

/* calconv.c (issue 11): conversion to the Gregorian calendar. dnp_cal_convert fills c's
   Gregorian fields (and calendar) from year y, month m (0: the whole year), day d (0: the
   whole month) of calendar cal counted in era table entry `era` (-1: the calendar's usual
   era): DNP_CV_OK; DNP_CV_NONE when no such date is in the tables; DNP_CV_NO_CONTAINER when
   the month or year exists but no Gregorian month or year holds it. */
enum { DNP_CV_OK = 1, DNP_CV_NONE = 0, DNP_CV_NO_CONTAINER = -1 };
int dnp_cal_convert(int cal, int era, int y, int m, int d, cand *c) DNP_HIDDEN;
int dnp_cal_year_of(int cal, int64_t days) DNP_HIDDEN; /* issue 10 */
bool dnp_cal_date_of(int cal, int64_t days, int *y, int *m, int *d) DNP_HIDDEN; /* rest36 */
/* The Hijri variant: the parser's (an option or a hint), else Umm al-Qura (README). */
int dnp_cal_hijri_variant(const env *e) DNP_HIDDEN;
/* The default calendar of a language (its first locale's: th buddhist, fa persian), 0 = none. */
int dnp_lang_calendar(int lang) DNP_HIDDEN;
static inline bool dnp_cal_plausible(int y)
{
    return y >= DNP_CAL_PLAUSIBLE_MIN && y <= DNP_CAL_PLAUSIBLE_MAX;
}

/* calendar.c (issue 11): dates in a calendar a word names (an era, a calendar's month),
   and the re-reading of a Gregorian reading whose year only fits the context's calendar. */
int dnp_match_calendar(const env *e, const item *it, int n, int i, cand *c) DNP_HIDDEN;
/* issue 11: the calendar numbers in x's digits are written in (lexgen's dnp_digit_cals:
   Persian for ۰-۹); 0 for Latin digits and the digits of no calendar of their own. */
int dnp_digits_calendar(const env *e, const item *x) DNP_HIDDEN;
/* False when the reading is no date (a year of the hinted calendar no Gregorian year holds).
   digit_cal: the calendar of the reading's digits (dnp_digits_calendar), 0 for none. */
bool dnp_calendar_reread(const env *e, cand *c, int digit_cal) DNP_HIDDEN;
/* numeric.c's hook: under a Buddhist calendar (hint, option) the Gregorian year of a written
   year no Gregorian reading believes (29/2/2567, 22/11/58); *cal is then set. */
int dnp_calendar_numeric_year(const env *e, int year, bool two_digit, int *cal) DNP_HIDDEN;
/* issue 10: the Gregorian year of a three-digit year of the ROC calendar (Minguo 115: 2026),
   0 when it is none or no plausible year. The ROC calendar is the one of Gregorian months
   whose years are three-digit numbers today (marks.c and numeric.c read such years in it
   when the option or the page says so: DNP_FLAG_PAGE_CAL). */
int dnp_roc_year(int year) DNP_HIDDEN;
/* b21fix: the Gregorian year of a year of the Buddhist era that no Gregorian reading believes
   (2569: 2026), 0 when it is none. A page in a language whose locale counts years in that
   era (CLDR: th) writes them without the era word ("15/08/2569"): page.c reads them so. */
int dnp_buddhist_year(int year) DNP_HIDDEN;
/* monthname.c's hook: the Gregorian year of a year written next to month word mw, which is
   `year` unless the year is no Gregorian one and the month's language or the parser counts
   in the Buddhist era (22 ก.พ. 2567); *cal is then set. */
int dnp_calendar_window_year(const env *e, const item *mw, int year, bool two_digit,
                             int *cal) DNP_HIDDEN;
/* Whether a Gregorian reading needs dnp_calendar_reread: a calendar context (an option, a
   hint) or a year no Gregorian date of the web has. Inline: every reading asks. */
static inline bool dnp_calendar_suspect(const env *e, const cand *c)
{
    return c->calendar == 0 && (e->p->calendar != 0 || c->year > DNP_CAL_PLAUSIBLE_MAX) &&
           !(c->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_EPOCH));
}

/* A list of days goes forwards: day d of month m after day pd of month pm is the next
   year's when it is earlier in the year and at most DNP_LIST_WRAP_MONTHS on ("29 Dec 2026,
   4 Jan"); further back it is no turn of the year ("18 November 2026 and 15 November").
   One rule for scan.c's lists and page.c's sentences. */
static inline bool dnp_list_turns_year(int pm, int pd, int m, int d)
{
    return m * 32 + d < pm * 32 + pd && m + 12 - pm <= DNP_LIST_WRAP_MONTHS;
}

/* relative.c: the year of a date written without one (DN_FLAG_YEAR_IMPLIED, read in the
   reference's year): the rule of dn_options.prefer, and a weekday written with it. */
void dnp_infer_year(const env *e, cand *c) DNP_HIDDEN;
/* numeric.c: the weekday value of the word w on which month m, day d falls in the year the
   README's rule gives it (the weekday may pick another year), or 0; *year gets that year.
   Only a word that is a weekday and no filler, in a meaning not flagged risky (in brackets
   either may: "12/12（六）"). */
int dnp_weekday_fits(const env *e, const item *w, int m, int d, int *year,
                     bool bracketed) DNP_HIDDEN;
/* numeric.c, wrong32: whether, in line mode, the weekday word at wk opens the text with its
   comma glued and blanks up to item k, a day and month ("Di, 01.12", "Вт, 01.12"): the line
   is the date, and the weekday, even a short or risky word, proves it as one in brackets
   does when the date falls on it in the year it would have without it (dnp_year_unforced) */
bool dnp_weekday_leads_line(const env *e, const item *it, int n, int wk, int k) DNP_HIDDEN;
/* numeric.c, wrong32: whether year is the one month m, day d would have without a weekday
   (dnp_infer_year's rule) */
bool dnp_year_unforced(const env *e, int m, int d, int year) DNP_HIDDEN;
/* issue 10: whether the word x is a range's link in some language (locales/ range_link:
   "по", "al", "au", "do", "bis", "to"; numeric.c) */
bool dnp_range_link_word(const env *e, const item *x) DNP_HIDDEN;
/* linewrong: whether the word x is a range's link (dnp_range_link_word) or the word that joins
   a range's second year in some language (locales/ year_to: "to", "à", "a"; numeric.c) */
bool dnp_year_link_word(const env *e, const item *x) DNP_HIDDEN;
/* numeric.c, issue 10: which reading of "x.y", a day and month written with a dot and no
   final dot after a weekday word w, falls on w: DN_ORDER_DMY (x the day, as most languages
   write it), DN_ORDER_MDY (x the month: Mongolian "Баасан, 11.27", Friday 27 November), or
   DN_ORDER_AUTO (0) for none. Month-first only when all of w's languages write a day and
   month so (CLDR's Md skeleton), and then before day-first. *wd gets the weekday, *year the
   year. */
int dnp_dotted_order(const env *e, const item *w, int x, int y, int *year, int *wd,
                     bool bracketed) DNP_HIDDEN;
/* ---- issue 10: search over whole pages ---------------------------------------------------- */
/* scan.c: dn_search with per-document options (NULL = none); dn_search_ex calls it. */
size_t dnp_search(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                  const dn_search_options *opts, dn_date *out, size_t cap) DNP_HIDDEN;
/* page.c: decides, from all the dates of a page, what each alone could not (its languages,
   its numeric order) and drops what the page says is no date; adds the first day of a
   range ("9–10 Jan 2027") while out has room (cap). out[0..n) in, in text order; returns
   how many it holds now, in text order. */
size_t dnp_page_finish(const env *e, const dn_search_options *opts, dn_date *out, size_t n,
                       size_t cap) DNP_HIDDEN;

/* relative.c: a word "w" that begins a phrase (Polish "w zeszłym tygodniu"). */
bool dnp_w_phrase(const env *e, const dnp_token *t, size_t *pos, item *x) DNP_HIDDEN;

/* scan.c: dn_parse limited to some of its paths (for tests/check_iso_paths.c, which checks
   that both read an ISO 8601 stamp alike): */
#define DNP_PATH_BYTES 1  /* whole-text forms read from the bytes: epoch, dnp_iso_fast */
#define DNP_PATH_TOKENS 2 /* the token path: clusters and readers */
#define DNP_PATH_FEED 4   /* feed dates read from the bytes: dnp_feed_stamp */
#define DNP_PATH_SHAPES 8 /* with DNP_PATH_TOKENS: whole-text shapes whose items are built
                             from the bytes, not tokenized (scan.c's ascii_shape) */
int dnp_parse_paths(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                    dn_date *out, int paths) DNP_HIDDEN;

/* iso8601.c: the byte reader. s[0..n) whole as one stamp, YYYY-MM or YYYY-MM-DD with an
   optional time and offset, the fields into out as written (an hour 24 too; nothing else of
   out is set). False when s is anything else; *stop (when not NULL) then says where it
   stopped. */
bool dnp_iso_stamp(const char *s, size_t n, dn_date *out, size_t *stop) DNP_HIDDEN;
/* stamp.c (issue 9): EXIF's 2012:08:03 18:31:59, a compact 20140722105203 and MySQL's
   171113 14:14:20, when one of them is the whole text (between e's bounds). */
bool dnp_program_stamp(const env *e, dn_date *out) DNP_HIDDEN;
/* stamp.c (issue 8): an RFC 2822, RFC 850 or asctime date as the whole text (between e's
   bounds), with English names, read as the token path reads it; false for anything else. */
bool dnp_feed_stamp(const env *e, dn_date *out) DNP_HIDDEN;
/* A whole-text stamp (the content between e's bounds) as dn_parse's result, or false. */
bool dnp_iso_fast(const env *e, dn_date *out) DNP_HIDDEN;

/* relative.c (issue 10): a locales/ rel_event word of lang right before start */
bool dnp_rel_event_before(const env *e, size_t start, int lang) DNP_HIDDEN;

#endif
