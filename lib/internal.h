/*
 * Private declarations shared by the files of lib/ (and by the build-time generator lexgen).
 * Nothing here is exported: the library is built with -fvisibility=hidden and only dn_*
 * symbols leave it. Cross-file symbols carry the dnp_ prefix.
 */
#ifndef DATENORM_INTERNAL_H
#define DATENORM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

#include <unicode/utypes.h>

#include "datenorm.h"

#define DNP_HIDDEN __attribute__((visibility("hidden")))

/* issue 8: a helper for a case most lines never meet (another calendar, an era, a weak
   month word, running text's checks): kept out of its caller and placed with the compiler's
   other rarely run code, so the code the common line runs stays small enough for the
   instruction cache. Only where it is rare: GCC takes the path to its call as unlikely. */
#define DNP_RARE __attribute__((noinline, cold))
/* A helper kept out of its caller but not cold: one that some percent of lines call (a
   month's dot, "27 nov. 2016"; an am/pm word before the hour). Marked cold, GCC moved the
   path to its call into the caller's .cold part, away from the code around it, and the
   line ran both (bench/icache, 20k lines: I1 misses a line 48.1 -> 41.7, label_end,
   day_suffix_of and ampm_before). */
#define DNP_OUTLINE __attribute__((noinline))

/* ---- fold.c: one code point at a time, no allocation --------------------------------
 * Folding makes matching insensitive to case, width, Unicode normalization form and, for
 * Latin, Greek and Cyrillic letters, accents ("Décembre", "DECEMBRE", "décembre" in NFD all
 * fold to "decembre"). The lexicon generator folds CLDR's names with the same function, so
 * the two sides always agree. */

/* Must be called once before any other dnp_fold* function (idempotent, thread-safe). Returns
   0, or a negative dn_status when ICU's normalization data cannot be loaded. */
int dnp_fold_init(void);
/* Appends the folded UTF-8 form of code point c to out[*n..cap); returns false (and leaves
   *n unchanged) when it does not fit. Marks that folding drops append nothing. */
bool dnp_fold_cp(UChar32 c, char *out, size_t *n, size_t cap);

/* Character classes the tokenizer needs (ASCII is answered without ICU). */
enum {
    DNP_CC_SEP = 0,    /* separator: space, punctuation, symbol, control, invalid byte */
    DNP_CC_DIGIT,      /* a decimal digit of any script; dnp_digit_value() gives 0..9 */
    DNP_CC_LETTER,     /* letters and combining marks: part of a word */
    DNP_CC_CJK,        /* Han, Hiragana, Katakana: each one a word of its own */
    DNP_CC_IGNORE,     /* format characters (LRM, RLM, ZWJ, ZWNJ, soft hyphen): skipped */
    DNP_CC_HARD        /* NUL, C0/C1 controls except tab/newline, invalid UTF-8: breaks dates */
};
int dnp_char_class(UChar32 c);
int dnp_digit_value(UChar32 c);
/* The script of a letter (uscript_getScript; USCRIPT_COMMON when ICU fails, USCRIPT_LATIN
   for ASCII): a change of script ends a word (tokenize.c). An int, a UScriptCode. */
int dnp_script_of(UChar32 c) DNP_HIDDEN;

/* The same four answers computed by ICU, one call per property. Below DNP_CP_HI the functions
   above read lexgen's per-code-point tables instead (dnp_cp_info, dnp_cp_fold), made from
   these very functions; lexgen itself is built with DNP_NO_CP_TABLE (it cannot read the
   table it writes) and tests/check_lexicon.c checks that both sides agree. */
/* The CJK Unified Ideographs block: a Han character (DNP_CC_CJK) that folds to itself and
   is no digit (ICU says so; tests/check_page.c checks every one). fold.c answers for it
   without ICU. */
#define DNP_CJK_UNIFIED(c) ((c) >= 0x4E00 && (c) <= 0x9FFF)
/* The precomposed Hangul syllables (issue 8: Korean text without ICU): letters of the Hangul
   script, no digit, each folded to itself (fold.c's fold_kept keeps them whole, no jamo).
   fold.c answers for them without ICU; tests/check_lexicon.c checks every one against
   the ICU path. */
#define DNP_HANGUL_SYLLABLE(c) ((c) >= 0xAC00 && (c) <= 0xD7A3)
int dnp_char_class_icu(UChar32 c) DNP_HIDDEN;
int dnp_digit_value_icu(UChar32 c) DNP_HIDDEN;
int dnp_script_of_icu(UChar32 c) DNP_HIDDEN;
bool dnp_fold_cp_icu(UChar32 c, char *out, size_t *n, size_t cap) DNP_HIDDEN;
/* issue 10: whether a letter of Latin, Greek or Cyrillic among s[0..n) bears a mark that
   folding drops ("giù", "août"; not the case of "EKİM", nor fullwidth "ＤＥＣ"): lexgen
   marks the month names so written (DNP_MF_MARKED), the scan the words. */
bool dnp_word_marked(const char *s, size_t n) DNP_HIDDEN;
/* The same with ICU for every code point (lexgen, tests), and its test of one code point:
   a Latin, Greek or Cyrillic base with a mark under NFKD (DNP_CPI_ACCENT). */
bool dnp_word_marked_icu(const char *s, size_t n) DNP_HIDDEN;
bool dnp_cp_accented_icu(UChar32 c) DNP_HIDDEN;

/* The code points the tables cover: [DNP_CP_LO, DNP_CP_HI), Latin to CJK punctuation,
   Hiragana and Katakana (issue 10: the kana of Japanese pages without ICU). */
#define DNP_CP_LO 0x80
#define DNP_CP_HI 0x3100
/* dnp_cp_info[c - DNP_CP_LO]: */
#define DNP_CPI_CLASS(x)  ((int)((x) & 7u))             /* dnp_char_class */
#define DNP_CPI_DIGIT(x)  ((int)(((x) >> 3) & 15u) - 1) /* dnp_digit_value */
#define DNP_CPI_MARK      0x80u /* Mn or Me: dropped after a Latin/Greek/Cyrillic base */
#define DNP_CPI_FLEN(x)   ((size_t)(((x) >> 8) & 7u))   /* folded bytes in dnp_cp_fold, 0..4 */
#define DNP_CPI_LONG      0x800u /* folds to more than 4 bytes: ask ICU */
#define DNP_CPI_ACCENT    0x1000u /* no mark itself, a Latin/Greek/Cyrillic base with a mark
                                     that folding drops (dnp_cp_accented_icu: "ù") */
#define DNP_CPI_SCRIPT(x) ((int)((x) >> 16))            /* dnp_script_of */
#define DNP_CPI_MAKE(cls, digit, mark, flen, lng, accent, script)                              \
    ((uint32_t)(cls) | (uint32_t)((digit) + 1) << 3 | ((mark) ? DNP_CPI_MARK : 0u) |           \
     (uint32_t)(flen) << 8 | ((lng) ? DNP_CPI_LONG : 0u) | ((accent) ? DNP_CPI_ACCENT : 0u) |  \
     (uint32_t)(script) << 16)

/* The characters scraped text writes for an apostrophe ("aujourd’hui", "aujourdʼhui",
   "Aujourd＇hui", "Aujourd′hui", "Aujourd‵hui", "Aujourd՚hui"): folded to "'" and, between
   two letters, kept inside the word (issue 8). Not the modifier letters ʻ ʹ and ꞌ: Tongan
   and Hawaiian write ʻ as a letter of their words ("ʻaho"), at their start too; between
   two letters they are an apostrophe (dnp_is_letter_apostrophe). */
static inline bool dnp_is_apostrophe(UChar32 c)
{
    switch (c) {
    case '\'': case 0x2018: case 0x2019: case 0x02BC: case 0x055A: case 0xFF07: case 0x2032:
    case 0x2035:
        return true;
    default:
        return false;
    }
}

/* The modifier letters ʻ ʹ Ꞌ ꞌ: letters, but between two letters of a word the tokenizer
   folds them to "'" as it does the apostrophes ("Aujourdʻhui" = "aujourd'hui", Tongan
   "kuoʻosi" = "kuo'osi"); elsewhere they stay letters ("ʻaho", Ngomba "lɛꞌ"). */
static inline bool dnp_is_letter_apostrophe(UChar32 c)
{
    return c == 0x02BB || c == 0x02B9 || c == 0xA78B || c == 0xA78C;
}

/* Decodes one UTF-8 code point at s[*i] (i < len) and advances *i. Invalid, overlong and
   surrogate sequences decode as -1 and advance by one byte. */
UChar32 dnp_utf8_next(const char *s, size_t len, size_t *i);

/* ---- tokenize.c ---------------------------------------------------------------------- */
enum { DNP_TK_NUM = 1, DNP_TK_WORD, DNP_TK_SEP };

#define DNP_WORD_MAX 48
#define DNP_KEY_WORDS_MAX 8 /* words in one lexicon key ("Mweri wa ikumi na moja") */ /* folded bytes kept for a word; longer words are never in the lexicon */

/* token flags */
#define DNP_TF_ADJ     0x01 /* no separator between this token and the previous one */
#define DNP_TF_LONG    0x02 /* word longer than DNP_WORD_MAX (not stored), or number > 18 digits */
#define DNP_TF_CJK     0x04 /* a one-character CJK word */
#define DNP_TF_SPACE   0x08 /* separator: a run of white space */
#define DNP_TF_HARD    0x10 /* separator: a control, NUL or invalid byte (breaks any date) */
#define DNP_TF_NEWLINE 0x20 /* separator: a run of white space holding a line break */
#define DNP_TF_WIDE    0x40 /* number: in digits of another script than ASCII's ("۱۴۰۵") */

typedef struct {
    uint8_t kind;        /* DNP_TK_* */
    uint8_t flags;       /* DNP_TF_* */
    uint8_t ndigits;     /* NUM: digits written (capped at 255) */
    uint8_t flen;        /* WORD: folded length in bytes */
    uint32_t start, end; /* byte span in the caller's text (end exclusive) */
    uint64_t value;      /* NUM: the value (saturates); SEP: the code point (' ' for spaces) */
    char fold[DNP_WORD_MAX]; /* WORD: folded UTF-8, not NUL-terminated */
} dnp_token;

/* Reads the next token of text[*pos..len) into *t and advances *pos. Returns false at the
   end of the text. A run of white space is one SEP token; every other separator character
   is a token of its own. Words: letters and marks, with an apostrophe or hyphen between two
   letters kept inside ("d'abril", "Ɔbɛsɛ-Ahinime"); digits always end a word. */
bool dnp_next_token(const char *text, size_t len, size_t *pos, dnp_token *t);
size_t dnp_cjk_fold(const char *text, size_t len, size_t pos, char fold[DNP_WORD_MAX]) DNP_HIDDEN;
/* Where in text[a, b) a NUM token may begin, read with b as the text's end (an ASCII digit,
   or a character beyond ASCII that is a digit or a format character); b when nowhere: a
   byte pass that most text beyond ASCII passes at one step a byte (tokenize.c). */
size_t dnp_number_may_start(const char *text, size_t a, size_t b) DNP_HIDDEN;

/* ---- the words' hash, shared by lexgen (which builds the hash table and the zone
   filters) and the library (which looks words up in them) ---------------------------- */
/* Little-endian loads of eight and four bytes (one load on such machines; the same value
   on every machine, so that the tables need not be built where they are used). */
static inline uint64_t dnp_load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static inline uint64_t dnp_load32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

/* A word's 32-bit hash, eight bytes a turn: every word of a text is hashed once (two loads
   and two multiplications for a word of up to 16 bytes, where a byte-at-a-time hash such as
   FNV-1a chains one multiplication per byte). The length is hashed too; the last eight (or
   four) bytes are read overlapping the ones before, so that no byte past s[n) is read. All
   32 bits are mixed: the table takes its slot from the low bits and checks the high ones,
   the zone filters take two windows of them. */
static inline uint32_t dnp_hash(const char *key, size_t n)
{
    const unsigned char *s = (const unsigned char *)key;
    uint64_t a, b;
    if (n >= 8) {
        a = (uint64_t)n * 0x9E3779B97F4A7C15ull;
        for (size_t i = 0; i + 8 < n; i += 8) {
            a = (a ^ dnp_load64(s + i)) * 0xBF58476D1CE4E5B9ull;
            a ^= a >> 31;
        }
        b = dnp_load64(s + n - 8);
    } else if (n >= 4) {
        a = (uint64_t)n << 32 | dnp_load32(s);
        b = dnp_load32(s + n - 4);
    } else {
        a = n;
        b = n ? (uint64_t)s[0] | (uint64_t)s[n / 2] << 8 | (uint64_t)s[n - 1] << 16 : 0;
    }
    uint64_t x = (a ^ 0x2545F4914F6CDD1Dull) * 0x9E3779B97F4A7C15ull + b;
    x ^= x >> 32;
    x *= 0xD6E8FEB86659FD93ull;
    x ^= x >> 32;
    return (uint32_t)x;
}

/* ---- the lexicon (generated table lexicon-data.c, read by lexicon.c) -----------------
 * A key is a folded word, or several folded words: the words of a multi-word name are
 * joined with one space where a separator stood between them and with nothing where they
 * touched (CJK: "星期日"); separators at either end are dropped ("janv." -> "janv",
 * "n. Chr." -> "n chr"). Every proper prefix of a multi-word key is present with a
 * DNP_K_PREFIX meaning, so the matcher extends a word only when some key continues it. */
enum dnp_kind {
    DNP_K_PREFIX = 1,   /* begins a longer key; value unused */
    DNP_K_MONTH,        /* value 1..12 */
    DNP_K_WEEKDAY,      /* value 1 (Monday) .. 7 (Sunday) */
    DNP_K_ERA,          /* value 0 = before the common era, 1 = common era */
    DNP_K_AMPM,         /* value 0 = am, 1 = pm */
    DNP_K_FILLER,       /* a word that may stand inside a date and means nothing ("de", "um") */
    DNP_K_YEAR_MARK,    /* follows the year number ("年", "년", "г", "sal") */
    DNP_K_MONTH_MARK,   /* follows the month number ("月", "월") */
    DNP_K_DAY_MARK,     /* follows the day number ("日", "일") */
    DNP_K_MONTH_PREFIX, /* precedes the month number ("tháng") */
    DNP_K_HOUR_MARK,    /* follows the hour ("h", "Uhr", "时", "시") */
    DNP_K_MINUTE_MARK,  /* follows the minutes ("分", "분", "min") */
    DNP_K_SECOND_MARK,  /* follows the seconds ("秒", "초") */
    DNP_K_ORDINAL,      /* follows a day number ("er", "nd", "º", "শে") */
    DNP_K_YEAR_PREFIX,  /* precedes the year number (Vietnamese "năm", Russian "год") */
    DNP_K_DAY_PREFIX,   /* precedes the day number (Vietnamese "ngày") */
    /* relative expressions (CLDR's ureldatefmt phrases, locales/ rel_* entries): */
    DNP_K_REL_NAMED,    /* a whole phrase: "yesterday", "l'année dernière"; DNP_RN_* value */
    DNP_K_REL_UNIT,     /* a unit after a count: "days", "jours", "Tagen", "天"; DNP_RU_* value */
    DNP_K_REL_PAST,     /* "ago", "il y a", "vor", "назад", "前"; DNP_RP_* value */
    DNP_K_REL_FUTURE,   /* "in", "dans", "через", "后"; DNP_RP_* value */
    DNP_K_REL_NUMBER,   /* a count written as a word: "a", "one", "une", "deux"; value 1..99 */
    DNP_K_NOT_DATE,     /* introduces numbers that are no date: "version", "ISBN", "Seite" */
    /* issue 11: words of calendars other than the Gregorian (tools/lexgen/calendars.c) */
    DNP_K_CAL_MONTH,    /* a month of another calendar: DNP_CALM_MAKE(calendar, month 1..13) */
    DNP_K_CAL_ERA,      /* an era or year marker of another calendar ("平成", "هـ", "AP",
                           "พ.ศ."): index into dnp_cal_eras, or DNP_CAL_FIRST_YEAR */
    /* issue 8: CLDR's counted patterns read whole, the words on either side of the count
       ("il y a {0} jours", "{0} ஆண்டுகளில்", "ᎾᎿ {0} ᏒᎾ.", "{0}කින්"); DNP_RPAT_* value */
    DNP_K_REL_PAT_BEFORE, /* the words before the count: "il y a", "vor", "le ŋkeke" */
    DNP_K_REL_PAT_AFTER,  /* the words after it: "days ago", "jours", "gün içinde", "napja" */
    DNP_K_REL_AND,        /* joins the counts of one offset: "and", "y", "et", "und" (CLDR's
                             list patterns); value unused */
    /* issue 8: CLDR's day periods ("du matin", "nachmittags", "in the evening", "noon",
       "凌晨"), read by tools/lexgen/dayperiods.c; value: index into dnp_day_periods */
    DNP_K_DAY_PERIOD,
    /* issue 9: */
    DNP_K_ZONE,         /* a time zone's name, abbreviation, IANA id or GMT word; no key of
                           the lexicon has it: the names are a table of their own
                           (dnp_zone_fc), matched by lib/zone.c, and the kind marks the
                           items they make */
    DNP_K_REL_ABOUT,      /* makes the count approximate, before it: "about", "environ",
                             "cerca de", "около" (locales/ rel_about); value unused */
    /* issue 10: a word of running text that says which day a weekday named alone is
       (locales/ weekday_cue; page.c reads it, the scan takes it for an unknown word):
       DNP_CUE_FUTURE puts a weekday of its sentence ahead of the reference ("will", "wird",
       "sal", "mun"); DNP_CUE_HABIT right before a weekday makes it a recurring day ("le
       dimanche", "los lunes", "il lunedì") */
    DNP_K_WEEKDAY_CUE,
    DNP_K_KIND_MAX
};

/* Values of the relative kinds.
 * Units (DNP_K_REL_UNIT's value, the low four bits of DNP_K_REL_NAMED's): */
enum {
    DNP_RU_YEAR = 1, DNP_RU_QUARTER, DNP_RU_MONTH, DNP_RU_WEEK, DNP_RU_DAY, DNP_RU_HOUR,
    DNP_RU_MINUTE, DNP_RU_SECOND,
    DNP_RU_MONDAY /* 9 .. 15 = Monday .. Sunday: DNP_RU_MONDAY + ISO weekday - 1 */
};
/* DNP_K_WEEKDAY_CUE values */
#define DNP_CUE_FUTURE 1
#define DNP_CUE_HABIT 2
#define DNP_CUE_HABIT_AFTER 3 /* right after a weekday: recurring (vi "Thứ bảy nào") */
/* Before or after a month named without a year, which one it is (scan.c): the last one
   before the reference's month ("last March", "mars dernier"), this year's ("this March"),
   the next one after it ("next March", "marzo prossimo"): values 4..9 */
#define DNP_CUE_MONTH(dir, after) (5 + (dir) + 3 * (after))
#define DNP_CUE_IS_MONTH(v)       ((v) >= 4 && (v) <= 9)
#define DNP_CUE_MONTH_DIR(v)      (((v) - 4) % 3 - 1)
#define DNP_CUE_MONTH_AFTER(v)    ((v) >= 7)

/* issue 10: a word around a year alone in running text that says it is one (page.c's
   page_year_alone): before it, a preposition after which a four-digit number is a year
   when its phrase ends with it ("in 2019.", "depuis 2010,"; a count may follow one: "in
   2000 homes"); an article before which only years stand ("el 1992", "το 2015", "nel
   2025"); a postposition after it ("2012 óta"); an ending glued to it by a hyphen,
   apostrophe or colon ("1936-ban", "2019'da", "2019-ல்"): values 10..13 */
#define DNP_CUE_YEAR_BEFORE 10
#define DNP_CUE_YEAR_ARTICLE 11
#define DNP_CUE_YEAR_AFTER 12
#define DNP_CUE_YEAR_SUFFIX 13
/* a preposition before a year that only dates ("in", "en", "em", "since", "seit"): its year
   may end its phrase with another phrase of the same clause after it, a conjunction or a
   dating preposition first ("en 1989 en Ciudad Satélite", "em 2015 e recebeu"), where a
   preposition that also counts or prices ("by", "hasta", "até": "by 1500 in 2019", "hasta
   2000 en efectivo") stays a year_before; value 15 (14 is DNP_CUE_REL_FROM, 19 and 20 below) */
#define DNP_CUE_YEAR_IN 15
/* a preposition that starts a range of two years and says nothing alone ("de 1961 à
   1998", "van 1961 tot 1998": "de 2000." is as often a count), and the word that joins
   the second year to the first ("à", "to", "a"): values 16 and 17 */
#define DNP_CUE_YEAR_FROM 16
#define DNP_CUE_YEAR_TO 17
/* the language's word for "year" (CLDR's display name of the year field, lexgen's cldr.c:
   "année", "anno", "سال"): before a year alone, as strong as a year_in preposition ("année
   2019.", "سال ۲۰۲۵ در"; not "chaque année 2000 visiteurs", a count each year); after an
   ordinal ending glued to it, a year mark ("1968-ஆம் ஆண்டு"); value 18 */
#define DNP_CUE_YEAR_WORD 18
/* issue 10: a word before an hour of a clock that counts from dawn, as Ethiopia's does
   (Amharic "ከጠዋቱ 3 ሰዓት", 3 o'clock of the morning: 09:00; "ከቀኑ 8 ሰዓት" 14:00): the hour h
   (1..12) is (h + 6) mod 12 plus the multiple of 12 that puts it in the word's twelve hours
   from `first` (locales/ dawn_clock FIRST: morning 6, day 7, evening 18, night 19). Values
   32..55; the word stays in its cluster (scan.c's month_cue_key), clock.c reads it. */
#define DNP_CUE_DAWN_CLOCK(first) (32 + (first))
#define DNP_CUE_IS_DAWN_CLOCK(v)  ((v) >= 32 && (v) <= 55)
/* issue 10: an ending glued to the word before a counted phrase that makes the phrase count
   from that word's event, not from now (page.c's counted_from_event: Uzbek "joʻnashdan 24
   soat oldin", 24 hours before departure); like the year's cues, it sets no kind bit */
#define DNP_CUE_REL_FROM 14
/* issue 10: a common word of its language that another language writes as a named day
   (German and Dutch "hier", here; French yesterday): relative.c reads the other language's
   word in running text only on a page in that language (locales/ ordinary); no kind bit */
#define DNP_CUE_ORDINARY 19
/* issue 10: a word that links the two ends of a range of days ("по", "al", "au", "do",
   "bis", "to"; locales/ range_link): numeric.c's dm_link asks it between two days and
   months written without a year ("с 28.11 по 06.12"), where "and" ("22.04 ja 24.04", two
   Ubuntu versions) is no link; like the year's cues, it sets no kind bit */
#define DNP_CUE_RANGE_LINK 20
/* issue 10: a word of a street's or square's name that a date names ("rue du 8-Mai-1945",
   "Avenida 9 de Julio", "Plac 3 Maja": locales/ street, before the date, a short word
   between at most; "6 Ekim Caddesi": street_after, right after it): page.c's street_name
   takes such a date for the name; no kind bit */
#define DNP_CUE_STREET 21
#define DNP_CUE_STREET_AFTER 22
/* issue 10: a noun or verb naming the moment an event ends or starts ("окончание через 6
   дней", "ends in 3 days"; locales/ rel_event): a counted phrase after it that points
   ahead dates that moment in running text (scan.c), where one alone is a duration or a
   promise ("ready in 35 minutes"); no kind bit */
#define DNP_CUE_REL_EVENT 23
/* issue 10: a postposition after the second year of two joined by "and" or a dash that
   says both are years and nothing alone (Hungarian "1979 és 1983 között", between 1979 and
   1983; locales/ year_between; page.c's page_year_alone); like the year's cues, no kind bit */
#define DNP_CUE_YEAR_BETWEEN 24
/* issue 10: a year mark after which a three-digit year is Taiwan's ROC year on a page in its
   language (locales/ roc_year_mark: Chinese 年; "115年9月1日" is 2026-09-01 where no era is
   written; page.c's dnp_page_finish); like the year's cues, no kind bit */
#define DNP_CUE_ROC_YEAR 25
/* misses19: the word of "A or B" in CLDR's list patterns (lexgen's relative.c): between two
   years alone of running text it lists them as "and" does ("২০২৩ বা ২০২৪ সালে", "2023
   oder 2024"; page.c's year_after); like the year's cues, no kind bit */
#define DNP_CUE_YEAR_OR 26
/* b21fix: a word before a day written alone with its mark that says which one it is: the
   latest such day on or before the reference (Korean "지난 19일", the 19th just past) or the
   first on or after it ("오는 30일", the coming 30th); locales/ day_past, day_next; marks.c's
   day_alone; like the year's cues, no kind bit */
#define DNP_CUE_DAY_PAST 56
#define DNP_CUE_DAY_NEXT 57
/* miss21: a word right after a year alone that shows the number counts nothing (no noun
   follows a count so): an auxiliary, pronoun, article, adverb or preposition ("in 2009
   under", "in 2022 shall", "en 1841 co", "sejak 2024 masih"; locales/ year_then): after a
   year_before or year_in word, the year's phrase goes on (page.c's page_year_alone); value
   29, like the year's cues no kind bit */
#define DNP_CUE_YEAR_THEN 29
/* weekdir: a past-tense word or past participle in the sentence of a weekday read alone
   ("robił", "enviada", "достигли", vi "hôm"): the weekday is the latest such day on or
   before the reference, whatever else says (page.c's sentence_tense; locales/ weekday_past);
   value 27, no kind bit */
#define DNP_CUE_PAST 27
/* miss21: a verb or pronoun before a year alone in a language that writes its nouns
   capitalised, where a count would take its noun so ("wurde 1967 eröffnet", "wurde er 2001
   von"; not "wurde 2000 Mal", "hat 2000 Einwohner"; locales/ year_verb): a word not
   capitalised after the year says it is one; value 30, no kind bit */
#define DNP_CUE_YEAR_VERB 30
/* miss21: a preposition that only dates, never counts or prices, before which one short
   word may stand between it and the year, whatever follows ("since the 2019 play-off final",
   "since its 2015 launch"; locales/ year_since); value 31, no kind bit */
#define DNP_CUE_YEAR_SINCE 31
/* b25fix: a word right after a year (and its mark) that makes the year a product's model
   year, no date ("2026年モデル", the 2026 model; "2026년형"; locales/ year_model): page.c's
   model_year drops the year; value 58, no kind bit */
#define DNP_CUE_YEAR_MODEL 58
/* b25fix: a comparison's word right before a relative phrase of its language ("daugiau nei
   prieš metus", 7.2 % more than a year ago): the phrase measures, no date (qualify.c's
   dnp_named_qualified; locales/ rel_than); value 59, no kind bit */
#define DNP_CUE_REL_THAN 59
/* years27: "and" written glued before the next word (Hebrew "ו", Arabic "و"; locales/
   year_and): after a year_in word, a year and then such a word start another phrase, as
   with a separate "and" ("מאז 2003 ומונה", since 2003 and counts; page.c's year_after);
   value 60, no kind bit */
#define DNP_CUE_YEAR_AND 60
/* b33as: a noun right after a month named alone (or after one word that follows it) that
   makes the month the title of a listing, no date ("12월 주요 일정", December's main
   schedule; "December schedule"; page.c's month_part; locales/ month_listing); value 69,
   no kind bit */
#define DNP_CUE_MONTH_LISTING 69
/* weeks: a word that names a week by its number (locales/ week_before, week_after,
   week_ordinal; weeknum.c's dnp_match_week): before the number ("week 50", "KW 4/2027",
   "vecka 48", "semaine 48"), after it when the number is written as an ordinal ("48. hafta",
   "48-я неделя", "第48周"), and a word that makes the number an ordinal: before it (第), as
   an ending after its hyphen (Russian "я", "й"), or as the week word itself (Korean 주차,
   which is also a week_after word). Values 61..63; unlike the year's cues they set the kind
   bit 0, which no kind uses (DNP_KIND_WEEK), where the key has no other meaning than a
   key's beginning ("Kalenderwoche", "주차", "й"), so that the word stays in its cluster
   (lexgen's emit.c), and DNP_KM_WEEK in any key that has one ("week", "KW", "第") */
#define DNP_CUE_WEEK_BEFORE 61
#define DNP_CUE_WEEK_AFTER 62
#define DNP_CUE_WEEK_ORDINAL 63
#define DNP_CUE_IS_WEEK(v) ((v) >= DNP_CUE_WEEK_BEFORE && (v) <= DNP_CUE_WEEK_ORDINAL)
#define DNP_KIND_WEEK 1u
/* reldir: a word right before a named year, quarter or month of its language (fillers
   between) that makes the period vague, no date: its end, beginning or middle ("akhir tahun
   ini", end of this year; "početkom sledeće godine", early next year; "later this year";
   qualify.c's dnp_named_qualified; locales/ rel_vague); value 72, no kind bit */
#define DNP_CUE_REL_VAGUE 72
/* reldir: a one-word named day and the word right after it on its line, a phrase in which
   the day's word is as often its homonym (Filipino "Bukas ang check-in": open is the
   check-in; "bukas", tomorrow): the day gives nothing there (qualify.c's
   dnp_named_qualified; locales/ rel_homonym_after); value 73, no kind bit */
#define DNP_CUE_REL_HOMONYM 73
/* The bit a meaning sets in its key's kinds (dnp_lex_key.kinds): a year's cue sets none,
   so that the scan takes a key of only such meanings for a word it does not know and
   another key's fillers stay fillers (page.c reads the cues from the meanings) */
#define DNP_KIND_BIT(kind, value)                                                              \
    ((kind) == DNP_K_WEEKDAY_CUE && (value) >= DNP_CUE_YEAR_BEFORE &&                          \
             !DNP_CUE_IS_DAWN_CLOCK(value)                                                     \
         ? 0u                                                                                  \
         : 1u << (kind))

/* DNP_K_REL_NAMED: unit in bits 0-3, offset + 4 in bits 4-6 (offsets -4..3: "vorgestern"
   is day -2), and bit 7 for a weekday phrase that names the day of a named week (上周一,
   先週の月曜日: Monday of last week) rather than the latest/first such day ("last Monday"). */
#define DNP_RN_MAKE(unit, off, weekof) \
    ((uint8_t)((unit) | (((off) + 4) << 4) | ((weekof) ? 0x80 : 0)))
#define DNP_RN_UNIT(v)   ((int)((v) & 15u))
#define DNP_RN_OFFSET(v) ((int)(((v) >> 4) & 7u) - 4)
#define DNP_RN_WEEKOF(v) (((v) & 0x80u) != 0)
/* Bit 7 of a phrase of another unit: a count in words, resolved as a counted offset (the
   finer fields kept): Arabic "قبل أسبوعين" (two weeks ago, a dual), Hebrew "לפני שבועיים". */
#define DNP_RN_COUNTED(v) (((v) & 0x80u) != 0)
/* DNP_K_REL_PAST / DNP_K_REL_FUTURE: where the word stands ("il y a 3 jours", "3 days ago") */
enum { DNP_RP_BEFORE = 1, DNP_RP_AFTER = 2 };
/* DNP_K_REL_PAT_BEFORE / _AFTER: the pattern's unit (DNP_RU_*, bits 0-3), its direction
   (bit 4 set for the future), whether the pattern has words on the other side of the
   count too (bit 5): "il y a" (day, past, other) needs "jours" (day, past, other) after the
   count; "days ago" (day, past, none) stands alone; and whether a sign before the count
   gives the direction (bit 6: narrow "+{0} a", "-{0} J."); and, for the words before the
   count, whether they touch it (bit 7: Amharic "በ{0} ቀን ውስጥ"). */
#define DNP_RPAT_MAKE(unit, future, other, sign) \
    ((uint8_t)((unit) | ((future) ? 0x10 : 0) | ((other) ? 0x20 : 0) | ((sign) ? 0x40 : 0)))
#define DNP_RPAT_GLUED 0x80u
/* Bit 7 of the words after the count of a sign's past pattern: the minus is a typographic
   one (U+2212, U+2013: Swedish "−{0} d", a day), not the hyphen (Scottish Gaelic "-{0} d",
   a second). */
#define DNP_RPAT_MINUS 0x80u
#define DNP_RPAT_SIGNED(v) (((v) & 0x40u) != 0)
#define DNP_RPAT_UNIT(v)   ((int)((v) & 15u))
#define DNP_RPAT_FUTURE(v) (((v) & 0x10u) != 0)
#define DNP_RPAT_OTHER(v)  (((v) & 0x20u) != 0)
/* The relative kinds as a kinds mask. They stand apart from the words of absolute dates:
   lexgen's risk rules and the month strengths do not count them as "other meanings". */
#define DNP_REL_KINDS                                                                          \
    ((1u << DNP_K_REL_NAMED) | (1u << DNP_K_REL_UNIT) | (1u << DNP_K_REL_PAST) |               \
     (1u << DNP_K_REL_FUTURE) | (1u << DNP_K_REL_NUMBER) | (1u << DNP_K_REL_PAT_BEFORE) |   \
     (1u << DNP_K_REL_PAT_AFTER) | (1u << DNP_K_REL_AND) | (1u << DNP_K_REL_ABOUT))
static inline bool dnp_kind_rel(int kind)
{
    return (kind >= DNP_K_REL_NAMED && kind <= DNP_K_REL_NUMBER) ||
           kind == DNP_K_REL_PAT_BEFORE || kind == DNP_K_REL_PAT_AFTER || kind == DNP_K_REL_AND ||
           kind == DNP_K_REL_ABOUT;
}

/* Kinds that stand apart from the words of absolute dates in lexgen's risk rules and the
   month summaries: a month name that is also a relative word or a day period elsewhere
   ("tarde", "este") is no weaker a month for it. */
static inline bool dnp_kind_apart(int kind)
{
    return dnp_kind_rel(kind) || kind == DNP_K_DAY_PERIOD || kind == DNP_K_ZONE;
}

/* meaning flags */
#define DNP_MF_ABBR       0x01 /* an abbreviated form */
#define DNP_MF_STANDALONE 0x02 /* a stand-alone (nominative) form */
#define DNP_MF_SUPPLEMENT 0x04 /* from locales/, not from CLDR */
#define DNP_MF_RISKY      0x08 /* also an ordinary word of the language ("may", "mar", "set") */
/* issue 8: how CLDR writes the words after the count of a counted pattern
   (DNP_K_REL_PAT_AFTER), which folding forgets: the first letter upper or lower case, a
   final dot or none. A key written several ways has each of its bits (lexgen ORs them):
   French "-{0} j" (a day) is LOWER|BARE, Luxembourgish "-{0} J." (a year) UPPER|DOT.
   Unset for the other kinds. */
#define DNP_MF_FORM_UPPER 0x10
#define DNP_MF_FORM_LOWER 0x20
#define DNP_MF_FORM_DOT   0x40
#define DNP_MF_FORM_BARE  0x80
#define DNP_MF_FORMS      0xF0
/* issue 10: on a DNP_K_MONTH meaning (zoneline: and a DNP_K_WEEKDAY one, "čet"): a name of
   it is written with a mark that folding drops ("août", "März", "Aralık"; dnp_word_marked). A key none of whose month meanings has
   it (DNP_KM_PLAIN: Italian "giu") is a month only as a look-alike when the text writes a
   mark on it ("giù", down): the scan reads it as risky. */
#define DNP_MF_MARKED 0x10
/* On a DNP_K_REL_UNIT meaning (the FORM bits are unset there): the language writes one
   direction of this unit with no direction word (Somali's future "{0} sannad", past "{0}
   sannad kahor"), so a count and the unit alone are that direction in it, no stamp of the
   past. */
#define DNP_MF_UNIT_ONE_WAY 0x10
/* With it, the direction the unit alone says there: Tamil "2 நா." is in two days
   (DNP_MF_UNIT_BARE_FUTURE). A key of several locales may have both (then it says none). */
#define DNP_MF_UNIT_BARE_PAST 0x20
#define DNP_MF_UNIT_BARE_FUTURE 0x40
/* On a DNP_K_REL_NAMED meaning: its language spells two phrases of different values that
   fold to this key (Azerbaijani narrow "keçən Ç", last Wednesday, and "keçən C", last
   Friday; Luxembourgish "Mé." and "Më."): dnp_rel_spellings holds its own spelling, and the
   text must spell it so. */
#define DNP_MF_NAMED_SPELLED 0x80
/* On a DNP_K_REL_NAMED meaning of one word: how its sources write it, with a final dot
   (CLDR's short Finnish "huom.", tomorrow; Polish "wcz.", yesterday) or without one (lexgen
   ORs them). A word written only with its dot is an abbreviation only so: the bare word is
   merely the start of longer ones ("Huom!", a note; "huomenna"), and the text must write
   the dot (relative.c's rel_spells). */
#define DNP_MF_NAMED_BARE 0x20
#define DNP_MF_NAMED_DOT  0x40

typedef struct {
    uint16_t lang;  /* index into dnp_langs */
    uint8_t kind;   /* enum dnp_kind */
    uint8_t value;
    uint8_t flags;  /* DNP_MF_* */
} dnp_meaning;

/* issue 10: a year's cue (DNP_CUE_YEAR_*): no word's meaning to the readers, the lexgen's
   merge or the month summaries, only to page.c (a cue of one language must not make a
   month of another weaker: Croatian "tra", April, is Italian "tra", between) */
static inline bool dnp_year_cue(const dnp_meaning *m)
{
    return m->kind == DNP_K_WEEKDAY_CUE && m->value >= DNP_CUE_YEAR_BEFORE;
}

/* A key's kinds (dnp_lex_key.kinds) from its meanings m[0, n): each meaning's DNP_KIND_BIT,
   and DNP_KIND_WEEK for a key whose meanings are week's words (and a key's beginning) only
   (lexgen's emit.c writes them, lexicon.c's check recomputes them). */
static inline uint32_t dnp_key_kinds(const dnp_meaning *m, uint32_t n)
{
    uint32_t kinds = 0;
    bool week = false;
    for (uint32_t q = 0; q < n; q++) {
        kinds |= DNP_KIND_BIT(m[q].kind, m[q].value);
        week |= m[q].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_WEEK(m[q].value);
    }
    return week && !(kinds & ~(1u << DNP_K_PREFIX)) ? kinds | DNP_KIND_WEEK : kinds;
}

typedef struct {
    uint32_t str;      /* offset of the key in dnp_lex_strings */
    uint16_t len;      /* key length in bytes */
    uint16_t nmeaning; /* meanings, sorted by (lang, kind, value) */
    uint32_t meaning;  /* index of the first in dnp_lex_meanings */
    uint32_t kinds;    /* bit (1 << kind) for each kind among the meanings */
    /* For a key with month meanings, what the parser needs when no hint decides (computed
       by lexgen, so that "nov", with a hundred meanings, is not read through per text): */
    uint16_t mtop;     /* the language with the most speakers that gives mbest */
    uint8_t mbest;     /* the month value the most speakers give */
    uint8_t mflags;    /* DNP_KM_* */
} dnp_lex_key;

#define DNP_KM_RISKY  0x01 /* every month meaning is risky */
#define DNP_KM_PURE   0x02 /* no meaning but months (and prefixes) */
#define DNP_KM_MOSTLY 0x04 /* more month meanings than other ones */
#define DNP_KM_ONE    0x08 /* every month meaning has the same value (no conflict) */
#define DNP_KM_PLAIN  0x20 /* issue 10: no month meaning is DNP_MF_MARKED */
#define DNP_KM_RELWORD 0x10 /* issue 8: a word of relative phrases (a unit, "and", a count;
                               no direction word) in a language more spoken than each one
                               that calls it a month: Turkish "gün" (day; Maltese June),
                               Swedish "och" (and; Asturian October), Polish "rok" (year) */
#define DNP_KM_WEEK   0x40 /* weeks: a week's word among the meanings (DNP_CUE_WEEK_*,
                              weeknum.c), of any key, with months or not */

/* Numeric orders of a locale's patterns. */
enum { DNP_ORD_NONE = 0, DNP_ORD_DMY, DNP_ORD_MDY, DNP_ORD_YMD, DNP_ORD_YDM };

typedef struct {
    const char *name;     /* ICU locale id: "fr", "fr_CA", "sr_Latn" */
    uint16_t lang;        /* index into dnp_langs */
    uint8_t short_order;  /* from the SHORT date pattern (all-numeric dates) */
    uint8_t long_order;   /* from the LONG date pattern (dates with a month name) */
    uint8_t gregorian;    /* 1 when the locale's default calendar is Gregorian */
    uint8_t ymd_order;    /* from the yMd skeleton (4-digit years, unpadded fields) */
    uint8_t calendar;     /* issue 11: the locale's default calendar (dn_calendar) */
} dnp_locale;

typedef struct {
    const char *code;     /* language subtag: "fr", "sr", "yue" */
    uint8_t short_order;  /* of the language's base locale */
    uint8_t long_order;
    uint8_t md_order;     /* issue 10: DMY or MDY, a day and month without a year (CLDR's Md
                             skeleton: "d/M" in Swedish, "M/d" in Chinese, "M. d." in
                             Hungarian), NONE when ICU gives no such pattern */
    uint32_t speakers_k;  /* speakers in thousands (CLDR territoryInfo): breaks ties */
} dnp_lang;

/* lexicon-data.c, generated by lexgen: */
extern const char dnp_lex_strings[] DNP_HIDDEN;
extern const dnp_lex_key dnp_lex_keys[] DNP_HIDDEN;      /* sorted by key bytes (memcmp, then length) */
extern const uint32_t dnp_lex_nkeys DNP_HIDDEN;
extern const dnp_meaning dnp_lex_meanings[] DNP_HIDDEN;

/* Whether the key k (NULL: none) has a meaning of `kind` and `value` in language lang, or
   in any with lang < 0 (a filler of value 1, a time word: clock.c; of value 2: page.c). */
static inline bool dnp_key_has(const dnp_lex_key *k, int kind, int value, int lang)
{
    const dnp_meaning *m = k ? &dnp_lex_meanings[k->meaning] : NULL;
    for (uint32_t q = 0; m && q < k->nmeaning; q++)
        if (m[q].kind == kind && m[q].value == value && (lang < 0 || m[q].lang == lang))
            return true;
    return false;
}

/* Whether the key k (NULL: none) has the cue `value` (DNP_CUE_*) in language lang, or in any
   with lang < 0 (locales/ range_link, rel_event...). */
static inline bool dnp_key_has_cue(const dnp_lex_key *k, int value, int lang)
{
    return dnp_key_has(k, DNP_K_WEEKDAY_CUE, value, lang);
}
extern const uint32_t dnp_lex_nmeanings DNP_HIDDEN;
/* a slot: key index + 1 in the mask's bits, the key's dnp_hash above them; 0 = empty */
extern const uint32_t dnp_lex_hash[] DNP_HIDDEN;
/* A filter before the table (issue 10): most words of a page are no key, and this array
   (32 KiB, a cache's worth) turns nearly all of them away where the table (256 KiB) would
   miss the cache. A key sets two bits of one word, both from its dnp_hash h: the word
   h >> (32 - DNP_LEX_BLOOM_LOG2), bits h % 64 and h / 64 % 64 (dnp_lex_bloom_has). */
#define DNP_LEX_BLOOM_LOG2 12
extern const uint64_t dnp_lex_bloom[1u << DNP_LEX_BLOOM_LOG2] DNP_HIDDEN;
static inline bool dnp_lex_bloom_has(const uint64_t *bloom, uint32_t h)
{
    uint64_t w = bloom[h >> (32 - DNP_LEX_BLOOM_LOG2)];
    return (w >> (h & 63)) & (w >> ((h >> 6) & 63)) & 1;
}
/* issue 10: the words that may go on a key of several words, after its first: each end of a
   key that begins after a space or at a CJK character ("wa ikumi na moja", "moja"; "个月",
   "月" of "上个月"), two bits of one word from its dnp_hash h, as dnp_lex_bloom (16 KiB).
   A word not in it makes no key with the words before it: scan.c's lookup_multi is not
   tried (most words after "la", "de", "the" of running text). */
#define DNP_LEX_NEXT_LOG2 11
extern const uint64_t dnp_lex_next_bloom[1u << DNP_LEX_NEXT_LOG2] DNP_HIDDEN;
static inline bool dnp_lex_next_has(const char *word, size_t len)
{
    uint32_t h = dnp_hash(word, len);
    uint64_t w = dnp_lex_next_bloom[h >> (32 - DNP_LEX_NEXT_LOG2)];
    return (w >> (h & 63)) & (w >> ((h >> 6) & 63)) & 1;
}
extern const uint32_t dnp_lex_hash_mask DNP_HIDDEN;      /* table size - 1 (a power of two) */
extern const dnp_lang dnp_langs[] DNP_HIDDEN;            /* sorted by code */
extern const uint16_t dnp_nlangs DNP_HIDDEN;
extern const dnp_locale dnp_locales[] DNP_HIDDEN;        /* sorted by name */
extern const uint16_t dnp_nlocales DNP_HIDDEN;
extern const char dnp_lex_icu_version[] DNP_HIDDEN;
/* issue 8: the hours of each day period (DNP_K_DAY_PERIOD's value indexes it): bit h set
   when the period covers h:00-h:59 ("de l'après-midi" in fr: bits 12..17); noon is bit 12
   alone, midnight bit 0 alone. No mask holds an hour and the hour twelve later. */
extern const uint32_t dnp_day_periods[] DNP_HIDDEN;
extern const uint16_t dnp_nday_periods DNP_HIDDEN;
/* issue 8: the spellings of the named phrases marked DNP_MF_NAMED_SPELLED, case folded,
   with their language and value. */
typedef struct {
    const char *form;
    uint16_t lang;
    uint8_t value;
} dnp_rel_spelling;
extern const dnp_rel_spelling dnp_rel_spellings[] DNP_HIDDEN;
extern const uint16_t dnp_nrel_spellings DNP_HIDDEN;
/* Per code point of [DNP_CP_LO, DNP_CP_HI): class, digit value, mark flag, folded length and
   script packed (DNP_CPI_*), and the folded UTF-8 bytes of the code point at the start of a
   buffer (byte i in bits 8i..8i+7). Read by fold.c. */
extern const uint32_t dnp_cp_info[DNP_CP_HI - DNP_CP_LO] DNP_HIDDEN;
extern const uint32_t dnp_cp_fold[DNP_CP_HI - DNP_CP_LO] DNP_HIDDEN;
/* issue 10: the folds of DNP_CPI_LONG code points of up to DNP_CP_LONG_MAX bytes (the voiced
   kana of Japanese, "が" as "か" and its mark): a DNP_CPI_LONG code point's dnp_cp_fold is
   its row here, 0 for none (a longer fold: ICU's at run time). */
#define DNP_CP_LONG_MAX 15
typedef struct {
    uint8_t len;
    char b[DNP_CP_LONG_MAX];
} dnp_cp_long_fold;
extern const dnp_cp_long_fold dnp_cp_long[] DNP_HIDDEN;
/* dnp_char_class of each ASCII character (fold.c; not in lexgen's build, DNP_NO_CP_TABLE). */
extern const uint8_t dnp_ascii_classes[128] DNP_HIDDEN;
/* dnp_fold_init has loaded ICU's NFKD data: dnp_cp_fold's folds are dnp_fold_cp's (set once,
   before dnp_fold_init returns; the tokenizer folds most letters from the table itself). */
extern bool dnp_fold_tables_ok DNP_HIDDEN;
/* Appends the folded bytes of c from the table (info = its dnp_cp_info, neither a mark nor
   DNP_CPI_LONG) to out[*n..cap): false when they do not fit. */
static inline bool dnp_fold_from_table(UChar32 c, uint32_t info, char *out, size_t *n,
                                       size_t cap)
{
    size_t len = DNP_CPI_FLEN(info);
    if (*n + len > cap)
        return false;
    uint32_t f = dnp_cp_fold[c - DNP_CP_LO];
    for (size_t i = 0; i < len; i++, f >>= 8)
        out[*n + i] = (char)(f & 0xFF);
    *n += len;
    return true;
}

/* Time-zone names (issue 9; tools/lexgen/zones.c writes them, lib/zone.c reads them).
   The type of a name, DNP_K_ZONE's value: */
enum {
    DNP_ZT_STD = 1, /* a standard-time name: the zone's standard offset ("EST", "MEZ") */
    DNP_ZT_DST,     /* a daylight-time name: standard offset plus the zone's saving ("EDT") */
    DNP_ZT_GENERIC, /* a name of the zone, whatever the season ("Pacific Time", "ET",
                       "Paris Time"): the offset in force at the local time */
    DNP_ZT_ID,      /* an IANA id ("Europe/Paris"): like a generic name */
    DNP_ZT_GMT      /* the word of a locale's GMT format ("GMT", "غرينتش"): an offset follows */
};
#define DNP_ZF_SHORT      0x01 /* a short (abbreviated) CLDR name */
#define DNP_ZF_LOCATION   0x02 /* a place of the location formats (region: its country) */
#define DNP_ZF_SUPPLEMENT 0x04 /* from locales/zones.tsv */
#define DNP_ZF_DEFAULT    0x08 /* the documented default of an ambiguous abbreviation */
#define DNP_ZF_CAPS       0x10 /* read only when written in capitals ("EST", not "est") */
#define DNP_ZF_END        0x20 /* the last record of a name's set */
#define DNP_ZF_WIDE       0x40 /* issue 10: with DNP_ZF_CAPS, capitals beyond ASCII ("МСК",
                                  "SEČ"): read only so written, as an ASCII one ("MSK") only
                                  in ASCII capitals (not "MŠK", a club, folded alike) */
/* In dnp_zone_places, a key's set with this bit: the place alone is a zone name too (a
   language whose location format is the place alone: Russian, Danish "{0}") */
#define DNP_ZONE_PLACE_ALONE 0x8000u
typedef struct {
    uint16_t lang;    /* the name's language; 0xFFFF = none (an id, an abbreviation, or a
                         name that means one zone in every language that has it) */
    uint16_t zone;    /* index in dnp_zone_ids */
    uint8_t type;     /* DNP_ZT_* */
    uint8_t flags;    /* DNP_ZF_* */
    char region[3];   /* a region that settles an ambiguous abbreviation ("IE"), or "" */
} dnp_zone_rec;
/* A name's records are a set: dnp_zone_recs from the set's first record up to the one
   flagged DNP_ZF_END, sorted by (lang, region, default first). */
extern const dnp_zone_rec dnp_zone_recs[] DNP_HIDDEN;
/* A table of folded keys, sorted by bytes and front-coded in blocks of DNP_ZONE_BLOCK
   (lib/zone.c reads them): blocks[b] is where block b starts in fc; by_byte[c] is the
   number of blocks whose first key begins with a byte below c (c up to 256), so that a
   key's search begins among the blocks of its first byte (issue 10). */
#define DNP_ZONE_BLOCK 16
typedef struct {
    const unsigned char *fc;
    const uint32_t *blocks;
    uint32_t n;
    const uint16_t *by_byte;
} dnp_fc_table;
/* The zone names; the places of the location formats (exemplar cities, countries) */
extern const dnp_fc_table dnp_zone_names DNP_HIDDEN;
extern const dnp_fc_table dnp_zone_places DNP_HIDDEN;
/* The location formats of every language: the words before and after the place (keys, ""
   for none), sorted by (pre, suf), and the type they give ("{0} Time": generic; "{0}
   Standard Time": standard; "horario de verano de {0}": daylight). */
typedef struct {
    const char *pre, *suf;
    uint8_t prelen, suflen;
    uint8_t type;
} dnp_zone_format;
extern const dnp_zone_format dnp_zone_formats[] DNP_HIDDEN;
extern const uint16_t dnp_nzone_formats DNP_HIDDEN;
extern const uint16_t dnp_nzone_formats_after DNP_HIDDEN; /* those with no words before the
                                                              place: the first ones */
extern const uint8_t dnp_zone_words_max DNP_HIDDEN; /* the most words a name, place or
                                                       format's words have */
/* The first words of the names, of the places, and of the formats' words before the
   place: three filters in one, a nibble for each of DNP_ZONE_FILTER_BITS positions (bit f
   for filter f); a word sets filter f at two positions from its dnp_hash
   (dnp_zone_filter_bit), and a word that does not find the bit at both begins nothing of
   that table. One array, so that the three tests are two loads. */
enum { DNP_ZONE_FILTER_NAMES, DNP_ZONE_FILTER_PLACES, DNP_ZONE_FILTER_PRE };
#define DNP_ZONE_FILTER_BITS (1u << 19)
extern const uint8_t dnp_zone_first[DNP_ZONE_FILTER_BITS / 2] DNP_HIDDEN;
static inline uint32_t dnp_zone_filter_bit(uint32_t h, int which)
{
    return (which ? (h >> 16 | h << 16) : h) & (DNP_ZONE_FILTER_BITS - 1);
}
/* The filters a word with hash h passes: bit f for filter f. */
static inline unsigned dnp_zone_filters(uint32_t h)
{
    uint32_t b1 = dnp_zone_filter_bit(h, 0), b2 = dnp_zone_filter_bit(h, 1);
    return (unsigned)(dnp_zone_first[b1 / 2] >> (b1 % 2 * 4)) &
           (unsigned)(dnp_zone_first[b2 / 2] >> (b2 % 2 * 4)) & 7u;
}
extern const char *const dnp_zone_ids[] DNP_HIDDEN; /* sorted */
extern const uint16_t dnp_nzone_ids DNP_HIDDEN;

/* lexicon.c */
/* The meanings of a folded key, or NULL (and *n = 0) when it is not in the lexicon. */
const dnp_meaning *dnp_lex_lookup(const char *key, size_t len, uint32_t *n) DNP_HIDDEN;
/* The key itself (its meanings and their kinds), or NULL. */
const dnp_lex_key *dnp_lex_find(const char *key, size_t len) DNP_HIDDEN;
/* dnp_lex_find without the filter, for the words of dn_parse's text (issue 8): most of them
   are keys (a date's words), and the filter's read is one more cache line for each. */
const dnp_lex_key *dnp_lex_find_line(const char *key, size_t len) DNP_HIDDEN;
/* issue 10: dnp_lex_find that also gives a key of only a year's cues (page.c) */
const dnp_lex_key *dnp_lex_find_cue(const char *key, size_t len) DNP_HIDDEN;
int dnp_lang_find(const char *code, size_t len) DNP_HIDDEN;    /* index or -1 */
int dnp_locale_find(const char *name) DNP_HIDDEN;               /* best ICU-id match or -1 */
/* The dnp_locales index of one locale hint of n bytes ("en-GB", "pt_BR.UTF-8", "tl"), as
   dn_parser_new reads its hints, or -1 (page.c: dn_search_options.locales) */
int dnp_locale_of_hint(const char *hint, size_t n) DNP_HIDDEN;
/* Checks the generated tables' invariants (order, no duplicate keys, hash consistency);
   returns 0 or the index of the first bad key + 1. Run by the tests. */
uint32_t dnp_lex_check(void) DNP_HIDDEN;

/* monthsum.c: the month summary of a key's meanings (dnp_lex_key.mbest, mtop, mflags), one
   rule for lexgen, which stores it per key, and the parser, which computes it again when
   hints are given. langs[] gives each language's speakers (lexgen: the table it writes). */
typedef struct {
    uint32_t months;  /* month meanings; with none, best = 0, top = -1, flags = 0 */
    uint8_t best;     /* the month value the most speakers give (1..12) */
    int16_t top;      /* the language with the most speakers that gives best */
    uint8_t flags;    /* DNP_KM_* */
} dnp_month_summary;
void dnp_month_summarize(const dnp_meaning *m, uint32_t n, const dnp_lang *langs,
                         uint16_t nlangs, dnp_month_summary *out) DNP_HIDDEN;

/* Language sets: a bit per language. */
#define DNP_LANG_WORDS 5 /* up to 320 languages */
typedef struct {
    uint64_t w[DNP_LANG_WORDS];
} dnp_langset;

/* ---- calendars other than the Gregorian (issue 11) ----------------------------------------
 * lexgen (tools/lexgen/calendars.c) reads from ICU, once at build time: each calendar's month
 * names and era names into the lexicon (DNP_K_CAL_MONTH, DNP_K_CAL_ERA), the eras' year
 * arithmetic (dnp_cal_eras) and, for the calendars whose months are not the Gregorian ones,
 * each year's first day and month lengths (dnp_cal_years), so that lib/calendar.c converts
 * with ICU's answers and no ICU call (and no allocation) at run time. */
#define DNP_CALM_MAKE(cal, month) ((uint8_t)(((cal) << 4) | (month)))
#define DNP_CALM_CAL(v) ((int)((v) >> 4))
#define DNP_CALM_MONTH(v) ((int)((v) & 15u))
/* DNP_K_CAL_MONTH's month for a number written in letters (Hebrew י״א, תשע״ו): its value is
   the letters' (lib/calendar.c), not stored */
#define DNP_CALM_NUMERAL 15
/* DNP_K_CAL_ERA's value for the word that writes an era's first year (Japanese 元 in 元年) */
#define DNP_CAL_FIRST_YEAR 255

typedef struct {
    uint8_t cal;        /* dn_calendar */
    uint8_t dir;        /* 1: years count up from first_year, 0: down (民國前, before 1912) */
    int16_t era;        /* ICU's era number */
    int32_t first_year; /* the Gregorian year of the era's year 1 (buddhist: -542); for the
                           calendars of dnp_cal_years, 0: years are the calendar's own */
    int32_t start_days; /* the era's first day (days since 1970-01-01), INT32_MIN = none */
} dnp_cal_era;

typedef struct {
    int32_t start;   /* days since 1970-01-01 of the year's first day */
    uint8_t len[13]; /* days of months 1..13 (0: no such month that year) */
} dnp_cal_year;

typedef struct {
    uint8_t cal;          /* dn_calendar */
    int32_t first_year;   /* the calendar's year of dnp_cal_years[index] */
    uint32_t nyears, index;
} dnp_cal_span;

/* issue 11: the calendar numbers written in a script's digits are in (lexgen: the base
   locales that write those digits by default and their calendars, by speakers) */
typedef struct {
    int32_t zero; /* the script's digit zero: 0x6F0 */
    uint8_t cal;  /* dn_calendar */
} dnp_digit_cal;

extern const dnp_digit_cal dnp_digit_cals[] DNP_HIDDEN;
extern const uint8_t dnp_ndigit_cals DNP_HIDDEN;
extern const dnp_cal_era dnp_cal_eras[] DNP_HIDDEN;
extern const uint16_t dnp_ncal_eras DNP_HIDDEN;
extern const dnp_cal_year dnp_cal_years[] DNP_HIDDEN;
extern const dnp_cal_span dnp_cal_spans[] DNP_HIDDEN;
extern const uint8_t dnp_ncal_spans DNP_HIDDEN;

/* calnames.c (shared with lexgen): ICU's calendar names by dn_calendar, and the calendar
   whose month names a calendar's months are (the Hijri variants share islamic's; the
   Buddhist, Japanese and ROC calendars have the Gregorian months). */
extern const char *const dnp_cal_names[DN_CAL_COUNT] DNP_HIDDEN;
int dnp_cal_family(int cal) DNP_HIDDEN;

/* ---- parser.c: a wall-clock time in a zone (dn_context_from_text, dn_date_to_zone) ----- */
/* The instant whose wall-clock time in zone (dn_zone_offset's forms) is `wall` (seconds
   since 1970-01-01T00:00 of that clock), and the offset then: a skipped time moves forward
   by the gap, a repeated one is the later reading; *gap (NULL allowed) is set for both. */
int dnp_wall_in_zone(const char *zone, int64_t wall, int64_t *at, int *offset, bool *gap,
                     dn_error *err) DNP_HIDDEN;

/* ---- timeutil.c: calendar arithmetic, proleptic Gregorian ----------------------------- */
int64_t dnp_days_from_civil(int64_t y, unsigned m, unsigned d) DNP_HIDDEN;
void dnp_civil_from_days(int64_t z, int *y, int *m, int *d) DNP_HIDDEN;
/* Inline (issue 8): called for every date read, a call cost more than their work. */
static inline int dnp_days_in_month(int y, int m)
{
    static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dim[m - 1];
}

static inline int dnp_weekday(int64_t days) /* ISO: 1 = Monday .. 7 = Sunday */
{
    /* 1970-01-01 was a Thursday (ISO 4) */
    int64_t w = (days + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}
/* Adds months to a date, clamping the day to the target month (31 -> 30); *y, *m, *d in and out. */
void dnp_add_months(int *y, int *m, int *d, int64_t months) DNP_HIDDEN;
/* The ISO 8601 week of a day: its week-numbering year and week 1..53. */
void dnp_iso_week(int64_t days, int *year, int *week) DNP_HIDDEN;
/* The Monday of ISO week w of ISO year y (days since 1970-01-01), and the weeks of that
   year (52 or 53). */
int64_t dnp_iso_week_monday(int y, int w) DNP_HIDDEN;
int dnp_iso_weeks(int y) DNP_HIDDEN;

#endif
