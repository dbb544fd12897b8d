/*
 * datenorm: find dates written in any language and normalize them to ISO 8601.
 *
 * Ownership and threads, once for the whole API:
 * - A dn_parser is built once by dn_parser_new() and released by dn_parser_free(). After
 *   construction it is immutable: any number of threads may call dn_parse(), dn_search() and
 *   the other functions taking a `const dn_parser *` on one parser at the same time.
 * - Every other struct (dn_options, dn_context, dn_date, dn_error) and every buffer belongs
 *   to the caller. The library keeps no pointer to them after a call returns, allocates
 *   nothing per call and has no global mutable state.
 * - Text is UTF-8 given as (pointer, length in bytes); it need not be NUL-terminated and may
 *   hold invalid sequences or NUL bytes, which are read as separators.
 * - The library never prints. Functions return a status; an optional dn_error (NULL allowed)
 *   says what went wrong. Finding no date is a result (0), not an error.
 * - Since a call allocates nothing, its working memory is the calling thread's stack:
 *   dn_search needs about 125 KB of it on a long page (its windows of dates and the page's
 *   votes), dn_parse about 10 KB. A thread that calls the library needs DN_STACK_MIN bytes
 *   of stack (glibc's default of 8 MB is plenty; musl's default of 128 KB is not: set
 *   the size with pthread_attr_setstacksize, or Python's threading.stack_size).
 */
#ifndef DATENORM_H
#define DATENORM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The stack a thread that calls the library needs, in bytes (twice what dn_search uses on
   the longest pages; tests/check_robust.c runs it in a thread of this size). */
#define DN_STACK_MIN (256u * 1024u)

/* The library is built with hidden visibility; what is declared DN_API is its interface. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define DN_API __attribute__((visibility("default")))
#else
#define DN_API
#endif

#define DN_VERSION_MAJOR 0
#define DN_VERSION_MINOR 1
#define DN_VERSION_PATCH 0

/* Status codes: 0 and positive values are results, negative values errors. */
typedef enum {
    DN_OK = 0,
    DN_ERR_ARG = -1,    /* a NULL or out-of-range argument */
    DN_ERR_LOCALE = -2, /* a locale hint ICU cannot read */
    DN_ERR_NOMEM = -3,  /* an allocation failed while building a parser */
    DN_ERR_ICU = -4,    /* ICU reported an error */
    DN_ERR_SPACE = -5,  /* the caller's buffer is too small */
    DN_ERR_TIME = -6,   /* a reference instant that cannot be read or is out of range */
    DN_ERR_ZONE = -7    /* a time zone (id or offset) that cannot be read */
} dn_status;

/* A static English sentence for a dn_status ("a NULL or out-of-range argument"); never
   NULL. 0 and positive values (results) give "success"; an unknown code gives "unknown
   status". */
DN_API const char *dn_strerror(int status);

typedef struct {
    int code;          /* a dn_status */
    size_t offset;     /* byte offset in the offending argument, when it applies */
    char message[160]; /* NUL-terminated, English */
} dn_error;

/* Order of all-numeric dates such as 05/06/2015. */
typedef enum {
    DN_ORDER_AUTO = 0, /* from the first hint's CLDR short pattern; with no hint: DMY for 22.11.2015, MDY for 11/22/2015 and 11-22-2015, flagged ambiguous */
    DN_ORDER_DMY,
    DN_ORDER_MDY,
    DN_ORDER_YMD
} dn_order;

/* How much of a date and time the text gave. Output never claims more. */
typedef enum {
    DN_PREC_NONE = 0,
    DN_PREC_YEAR,   /* 2015 */
    DN_PREC_MONTH,  /* 2015-11 */
    DN_PREC_WEEK,   /* 2015-W47 */
    DN_PREC_DAY,    /* 2015-11-22 */
    DN_PREC_HOUR,   /* 2015-11-22T14 (printed with :00 minutes) */
    DN_PREC_MINUTE, /* 2015-11-22T14:30 */
    DN_PREC_SECOND, /* 2015-11-22T14:30:05 */
    DN_PREC_FRACTION /* 2015-11-22T14:30:05.25 */
} dn_precision;

/* Flags of a dn_date. */
#define DN_FLAG_AMBIGUOUS        0x0001u /* an all-numeric date with another valid order: alt_* */
#define DN_FLAG_WEEKDAY_MISMATCH 0x0002u /* the text named a weekday the date does not fall on */
#define DN_FLAG_HAS_OFFSET       0x0004u /* offset_minutes is known (from the text, or see DN_FLAG_OFFSET_FROM_REF) */
#define DN_FLAG_RELATIVE         0x0008u /* resolved against the reference instant */
#define DN_FLAG_YEAR_IMPLIED     0x0010u /* the year came from the reference instant */
#define DN_FLAG_TWO_DIGIT_YEAR   0x0020u /* the year was written with two digits (pivot applied) */
#define DN_FLAG_EPOCH            0x0040u /* the whole input was a Unix timestamp */
/* The order an all-numeric date was read in: 22/11/2015, 11-22-15, 22.11.15, 22 11 2015,
   22.11. (no year), 2015/11/22. Two bits hold a dn_order, read with DN_DATE_ORDER(d):
   DN_ORDER_DMY, DN_ORDER_MDY or DN_ORDER_YMD; DN_ORDER_AUTO (0) for every other result
   (month names, ISO 8601's 2015-11-22, relative expressions, Unix time) and for a
   year-day-month reading (2015/22/11, which some locales' patterns write). */
#define DN_FLAG_ORDER_SHIFT      8
#define DN_FLAG_ORDER_MASK       0x0300u
#define DN_DATE_ORDER(d) ((dn_order)(((d)->flags & DN_FLAG_ORDER_MASK) >> DN_FLAG_ORDER_SHIFT))
/* With an order: the values allow it alone, since day and month swapped make no valid date
   (25/12/2015 is day-first, 12/25/2015 month-first, 2015/11/22 year-month-day, 29/02/2016
   day-first), or a weekday written with it falls on one order's date only ("Sunday
   7/12/2014" is day-first: 7 December; "Sat 7/12/2014" month-first). Without it the order was a preference: --order (dn_options.order), the
   locale hint's CLDR pattern, else the separator's convention (dots day-first, slashes
   and dashes month-first); 05/06/2015 and 05/05/2015 are never proved, nor is a two-digit
   year read first (15/11/22 under DN_ORDER_YMD). */
#define DN_FLAG_ORDER_PROVED     0x0400u
/* issue 9: zones. The offset came from an abbreviation that names several zones (IST:
   India, Ireland, Israel; CST, BST, AST), settled by the locale hint's region, else its
   languages, else the language of the date's words, else a documented default
   (locales/zones.tsv). */
#define DN_FLAG_ZONE_AMBIGUOUS   0x1000u
/* The local time lies in a gap or a repeated hour of the named zone's daylight-saving
   change: a gap takes the offset in force before it, a repeated hour the later reading. */
#define DN_FLAG_ZONE_GAP         0x2000u
/* issue 11: the year also reads in another calendar and the text does not say which: a
   Buddhist-era year with no era name and no Thai or Buddhist context ("22/11/2558" without
   a hint: 2558-11-22 as written, the Buddhist reading 2015-11-22 in alt_*). */
#define DN_FLAG_CALENDAR_AMBIGUOUS 0x4000u

/* issue 11: the calendars a text may be written in (dn_date.calendar, dn_options.calendar).
   The Hijri variants differ by a day or two: islamic is ICU's astronomical calculation,
   islamic-civil the tabular one (Friday epoch), islamic-tbla the tabular one (Thursday
   epoch), islamic-umalqura Saudi Arabia's official calendar (the default: see the README),
   islamic-rgsa the Saudi sighting variant (ICU computes it as islamic). */
typedef enum {
    DN_CAL_GREGORIAN = 0, /* proleptic Gregorian: every result is given in it */
    DN_CAL_BUDDHIST,      /* Thai solar calendar: Gregorian months, Buddhist Era years (2558 = 2015) */
    DN_CAL_JAPANESE,      /* Gregorian months, Japanese era years (平成27年 = 2015) */
    DN_CAL_ROC,           /* Gregorian months, Minguo years (民國104年 = 2015) */
    DN_CAL_PERSIAN,       /* Solar Hijri (۱ آذر ۱۳۹۴ = 2015-11-22) */
    DN_CAL_ISLAMIC,
    DN_CAL_ISLAMIC_CIVIL,
    DN_CAL_ISLAMIC_UMALQURA,
    DN_CAL_ISLAMIC_TBLA,
    DN_CAL_ISLAMIC_RGSA,
    DN_CAL_HEBREW,
    DN_CAL_COPTIC,
    DN_CAL_ETHIOPIC,
    DN_CAL_INDIAN,        /* Indian national calendar (Saka era) */
    DN_CAL_COUNT
} dn_calendar;

/* The ICU name of a calendar ("gregorian", "buddhist", "islamic-umalqura"), NULL when out
   of range; and the calendar of an ICU name (-1 when unknown). */
DN_API const char *dn_calendar_name(int calendar);
DN_API int dn_calendar_from_name(const char *name);
/* issue 8: the offset is the reference instant's, not the text's: a result computed from
   the reference to a precision finer than a day ("2 hours ago", "now") is an instant in the
   reference's zone. A day-level relative result ("yesterday", "3 days ago") has no offset. */
#define DN_FLAG_OFFSET_FROM_REF  0x0800u
/* issue 8: the text gave a time of day and no date ("16:10", "10:00 PM" as the whole text of
   dn_parse): the date is the reference's (with DN_FLAG_RELATIVE). A caller that wants dates
   only (datenorm csv: a column of times is no date column) leaves such results out. */
#define DN_FLAG_TIME_ONLY        0x8000u
/* Issue 10: an ambiguous all-numeric date (DN_FLAG_AMBIGUOUS) that dn_search read in the
   order of its page (the order the page's other dates prove, or its language's, or
   dn_search_options.order): 04/12/2026 on a French page is 2026-12-04; alt_* holds the
   other reading. */
#define DN_FLAG_PAGE_ORDER       0x10000u
/* Issue 10: one end of a range written as one ("9–10 January 2027", "du 3 au 5 mars",
   "14 e il 15 dicembre", "15. Juli bis 14. Dezember 2024"): dn_search gives both ends, the
   start taking the month and year of the end. */
#define DN_FLAG_RANGE            0x20000u

/* Options fixed for the life of a parser. Zero-initialize, then set what you need. */
typedef struct {
    /* Comma-separated locale hints in priority order, BCP 47 or POSIX ("fr", "pt-BR",
       "pt_BR.UTF-8", "es,en"). NULL or "" = detect the language from the text. */
    const char *locales;
    dn_order order; /* numeric order preference; DN_ORDER_AUTO = from the hint */
    /* Two-digit years: 00..(pivot-1) -> 20xx, pivot..99 -> 19xx. 0 = default (69, as POSIX
       strptime %y: 00-68 -> 2000-2068, 69-99 -> 1969-1999). */
    int two_digit_pivot;
    /* The zone of the reference instant when a call gives no dn_context (the current
       time): "UTC", "+05:30", or a time-zone id ICU knows ("Europe/Paris"), whose offset is
       taken when the parser is built. NULL or "" = UTC. */
    const char *zone;
    /* issue 11: the calendar of dates whose text does not name one (an ICU calendar name:
       "persian", "buddhist", "islamic-civil"); also the Hijri variant of a Hijri date. NULL
       or "" = from the first locale hint's -u-ca- keyword or default calendar (th:
       buddhist, fa: persian, ar-SA: islamic-umalqura), else Gregorian. */
    const char *calendar;
    /* issue 8: the year of a date written without one ("Dec 3", "October"): DN_PREFER_AUTO
       (0) takes the reference's year unless that puts the date (a month alone: its first
       day) more than three months after the reference, then the year before; PAST the
       latest such date on or before the reference's day, FUTURE the first on or after it.
       A weekday written with the date picks the one of the two years it falls on, or the
       next year when the date then lies at most three months ahead.
       DN_PREFER_CURRENT (issue 12): the reference's year, always. Issue 12: a weekday alone
       ("Monday", "Mon 19:43") is the latest such day on or before the reference's day,
       with DN_PREFER_FUTURE the first on or after it. */
    int prefer;
    /* issue 12: DN_OPT_* bits; the other bits are reserved (dn_parser_new refuses them with
       DN_ERR_ARG, so that a program written for a later version is never half obeyed). */
    unsigned flags;
} dn_options;

/* issue 12: DN_PREFER_CURRENT always takes the reference's year (dateparser's
   PREFER_DATES_FROM "current_period"; a weekday written with the date does not move it, and
   is flagged DN_FLAG_WEEKDAY_MISMATCH when the date does not fall on it). */
enum { DN_PREFER_AUTO = 0, DN_PREFER_PAST = 1, DN_PREFER_FUTURE = 2, DN_PREFER_CURRENT = 3 };

/* issue 12: the text is known to be in the hinted languages (dn_options.locales; at least one
   is then required, else dn_parser_new gives DN_ERR_ARG). A reading whose language is not a
   hinted one, or that has a date word (month, weekday, era, relative word, date mark) with
   no meaning in a hinted language, is no reading: dn_parse and dn_search go on as if it
   were not there, so another reading of the text may win. Language-neutral forms (ISO 8601,
   all-numeric dates, Unix time) stay. With "en": "NA" (Norwegian "now") and "ma" (Hungarian
   "today") are no date, "22 listopad 2015" none, "22/11/2015" and "ma 22.11.2015" are
   2015-11-22. dn_search_options' DN_SEARCH_HINTS_ONLY is the same notion for one document
   (it drops the dates of other languages after the page is read). */
#define DN_OPT_HINTS_ONLY 0x1u

/* What differs per call: the reference instant for relative expressions and for dates
   without a year. NULL context = the current time, in dn_options.zone (UTC by default).
   A document's own instant and zone by name: dn_context_from_unix(&ctx, seconds,
   "Europe/Paris", &err) ("today" is the zone's date at that instant).
   issue 8, times of day: a time alone as the whole text of dn_parse ("16:10", "10:04am",
   "10:00 PM") is the reference's date (in its zone) at that time, and a weekday with a time
   ("Jeu 15:12") that time on the latest such day on or before it; both DN_FLAG_RELATIVE,
   with no offset unless the text gives one, precision that of the time. An hour without
   minutes needs am/pm or a day period ("3pm"; not "15 Uhr"); "10.30" is no time alone.
   dn_search never reads a clock time alone as a date. CLDR's day periods ("du matin",
   "nachmittags", "in the evening", "凌晨", "noon") make a 12-hour clock's hour the one of
   h and h + 12 the period covers, else the one within two hours of it ("3 du matin" 03:00);
   an hour the period contradicts ("2 este": evening) is no time. A day period alone after a
   day ("tegnap este") extends the result's span, not its precision. */
typedef struct {
    int64_t now;            /* Unix seconds */
    int now_offset_minutes; /* the zone of the reference instant, minutes east of UTC */
} dn_context;

typedef struct {
    int year;   /* proleptic Gregorian; 0 and negative years are astronomical (1 BC = 0) */
    int month;  /* 1..12, 0 when the precision is coarser */
    int day;    /* 1..31, 0 when the precision is coarser */
    int week;   /* ISO week 1..53 when precision == DN_PREC_WEEK */
    int hour, minute, second;
    int32_t nanosecond;
    int fraction_digits;    /* digits of the fraction as written (1..9), 0 = none */
    int offset_minutes;     /* east of UTC; valid when flags & DN_FLAG_HAS_OFFSET */
    dn_precision precision;
    int weekday;            /* 1 = Monday .. 7 = Sunday, of the resulting date (0 if unknown) */
    char locale[24];        /* the language of the text that holds the date: dn_search
                               gives the page's language when the date's words have it
                               ("15 marzo" on an Italian page is it, not es); "" for
                               language-neutral forms (ISO 8601, all-numeric dates) */
    float confidence;       /* 0..1, calibrated: see DN_CONFIDENCE_HIGH */
    size_t start, end;      /* byte span in the caller's text, end exclusive */
    unsigned flags;         /* DN_FLAG_* */
    int alt_year, alt_month, alt_day; /* the other reading when DN_FLAG_AMBIGUOUS (or
                                         DN_FLAG_CALENDAR_AMBIGUOUS) */
    /* issue 11: the calendar the text was written in (a dn_calendar); the fields above are
       always proleptic Gregorian. A month or year of another calendar keeps the precision
       of the Gregorian month or year that holds it whole, else it is no date. */
    int calendar;
    /* issue 9: the zone the text named, as an IANA id ("Europe/Paris" for "CET", "MEZ",
       "Central European Standard Time" or "Europe/Paris"), "" when it named none (a
       numeric offset, Z, GMT); after dn_date_to_zone, the zone converted to */
    char zone[40];
} dn_date;

/* What dn_date.confidence means (issue 10): how often a result of that confidence is the
   date a reader marks, measured on the labelled pages of tests/pages/ (47 pages in 22
   languages and 344 no-date snippets, searched with dn_search): of the results at
   DN_CONFIDENCE_HIGH (0.9) or more, 100% were right (105 of 105; the aim is 99% or more);
   at 0.8 to 0.9, 97.8%; at 0.7 to 0.8, 96%; at 0.6 to 0.7, 87.5%. dn_search reports
   nothing below 0.55 (readings there were wrong more often than right). A result at
   DN_CONFIDENCE_HIGH or more can be taken without a second look; below 0.7, check it. The
   numbers are lib/policy.h's DNP_CONF_*; `tests/pagescore -v tests/pages` prints the table
   again, and `make check` fails if it falls. */
#define DN_CONFIDENCE_HIGH 0.9f

typedef struct dn_parser dn_parser;

/* Builds a parser. opts may be NULL (no hints, defaults). On failure returns a negative
   dn_status, sets *out to NULL and fills err when given. */
DN_API int dn_parser_new(const dn_options *opts, dn_parser **out, dn_error *err);
DN_API void dn_parser_free(dn_parser *p);

/* Finds the best date in text[0..len). Returns 1 and fills *out when one is found, 0 when
   the text holds none (*out is then zeroed), or a negative dn_status. */
DN_API int dn_parse(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
             dn_date *out);

/* Finds every date in running text, left to right, without overlaps. Writes at most cap
   results into out and returns how many were found (which may exceed cap). Bad arguments
   give 0, like a text without dates: dn_search_ex tells them apart.
   The text is read as a page (issue 10; README, "Search over pages"): its languages (from
   its dates' words) label each date and turn away short month words of other languages
   ("4 out of 5"); its numeric order (what its unambiguous dates prove, else its language's)
   reads its ambiguous dates (DN_FLAG_PAGE_ORDER); durations ("in 40 minutes"), weekdays
   alone ("every Saturday") and pieces of longer numbers are no dates; a range gives both
   ends (DN_FLAG_RANGE), the first while out has room. A date without a year takes the
   reference's year by the README's rule ("Relative expressions"), or its list neighbour's. dn_search_ex's options
   set the page's languages and order, or turn the page off. The count and the results do
   not depend on cap: out[0..cap) are the first cap results of a call with room for all,
   ordered left to right, each beginning at or after the end of the one before. The page
   decides over windows of 128 dates as read before its decisions: a text of up to 128 is
   one window; a longer one is read in windows that overlap by 32 of them, each deciding
   the dates of its middle (README, "Search over pages"). */
DN_API size_t dn_search(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                 dn_date *out, size_t cap);

/* Per-document options of dn_search_ex (issue 10). Zero-initialize it ({0}), or pass NULL:
   the page's languages and numeric order are then read from the page itself (see
   dn_search_ex). The reserved fields must be zero, or dn_search_ex refuses the call with
   DN_ERR_ARG, so that a program written for a later version never has an option silently
   ignored. The struct keeps its size when fields are given meaning. */
#define DN_SEARCH_HINTS_ONLY 0x1u /* only dates in the languages of `locales` (or of the
                                     parser's hints), and language-neutral ones (ISO 8601,
                                     all-numeric): a page known to be in those languages */
#define DN_SEARCH_NO_PAGE    0x2u /* read each date alone, as dn_parse would in its place:
                                     no page languages, no page order */
typedef struct {
    unsigned flags;            /* DN_SEARCH_*; other bits reserved: 0 */
    /* The document's numeric order (DN_ORDER_DMY, _MDY; a YMD page reads its dates alone);
       DN_ORDER_AUTO = the order its unambiguous dates prove, else its language's. */
    dn_order order;
    int reserved_int[2];       /* reserved: 0 */
    /* The document's languages, comma-separated BCP 47 ("fr", "pt-BR,en"): they replace the
       languages read from the page (and the parser's hints, for this document); the first
       one's region sets the numeric order as a parser hint does ("en-GB" day-first, "en"
       and "en-US" month-first) unless the page proves one. NULL or "" = from the page. A
       code the library does not know is DN_ERR_LOCALE. */
    const char *locales;
    const void *reserved_ptr[3]; /* reserved: NULL */
} dn_search_options;

/* dn_search that reports errors. Finds every date of text[0..len) as dn_search does, writes
   at most cap of them into out and the number found (which may exceed cap) into *found
   (NULL allowed). Returns DN_OK, or a negative dn_status with err filled (NULL allowed) and
   *found set to 0:
     DN_ERR_ARG   p is NULL, text is NULL with len > 0, out is NULL with cap > 0, len is
                  over 4 GiB (UINT32_MAX; dn_search reads that much only), or opts has a
                  non-zero reserved field;
     DN_ERR_TIME  ctx holds an instant outside DN_NOW_MIN..DN_NOW_MAX or an offset of a
                  day or more (|now_offset_minutes| >= 1440).
   opts may be NULL; ctx may be NULL (the current time, as dn_search). */
DN_API int dn_search_ex(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                        const dn_search_options *opts, dn_date *out, size_t cap, size_t *found,
                        dn_error *err);

typedef enum {
    DN_STYLE_AUTO = 0, /* as precise as the text: 2015-11, 2015-11-22, 2015-11-22T14:30:00+01:00 */
    DN_STYLE_DATE,     /* the date part only; reduced precision kept (2015-11) */
    DN_STYLE_DATETIME  /* a full date and time; missing fields are filled with 1 or 0 */
} dn_style;

/* Writes d as ISO 8601 into buf (NUL-terminated). Returns the length written, or
   DN_ERR_SPACE when cap is too small (DN_FORMAT_MAX is always enough), or DN_ERR_ARG when a
   field is out of its range (month 0..12, day 0..31, hour 0..24, offset within a day...). */
#define DN_FORMAT_MAX 48
DN_API int dn_format(const dn_date *d, dn_style style, char *buf, size_t cap);

/* Reads an ISO 8601 instant ("2026-11-26T12:00:00Z", "2026-11-26", with an offset or not)
   into a context: YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|+HH|+HHMM|+HH:MM|-...], read as
   dn_parse reads a stamp (hours 00-23, 24:00 the next day's 00:00, seconds up to 60,
   offsets within +-18:00). Returns DN_OK or DN_ERR_TIME. */
DN_API int dn_context_from_iso(dn_context *ctx, const char *text, size_t len, dn_error *err);

/* The instants a context may hold: 0000-01-01T00:00:00Z .. 9999-12-31T23:59:59Z. */
#define DN_NOW_MIN INT64_C(-62167219200)
#define DN_NOW_MAX INT64_C(253402300799)

/* A context for the Unix instant `seconds` seen in `zone`: "today" is the zone's date at
   that instant, and now_offset_minutes the zone's offset then (dn_zone_offset: "UTC",
   "+05:30", "Europe/Paris" with its daylight saving time). zone NULL or "" = UTC.
   Returns DN_OK, DN_ERR_TIME for seconds outside DN_NOW_MIN..DN_NOW_MAX, DN_ERR_ZONE for a
   zone that cannot be read, DN_ERR_ARG for a NULL ctx. */
DN_API int dn_context_from_unix(dn_context *ctx, int64_t seconds, const char *zone,
                                dn_error *err);

/* Reads a reference instant as a crawler or a user writes it, seen in `zone` (NULL or "" =
   none given). text is one of
     - Unix seconds: digits, with an optional sign, after an optional '@' ("1795694400",
       "@-86400"); without '@' at least five digits, since "2026" is a year, not an instant;
     - an ISO 8601 date and time as dn_context_from_iso reads it.
   The rule:
     - Unix seconds, or an ISO instant with its offset ("2026-11-26T12:00:00Z",
       "...T13:00:00+01:00"), is that instant; it is seen in zone, so "today" is the zone's
       date then ("2026-11-26T23:30:00Z" in Asia/Kolkata is 2026-11-27). Without a zone
       the instant's own offset is kept (UTC for Unix seconds).
     - An ISO time without an offset ("2026-11-26T12:00", "2026-11-26") is a wall-clock time
       in zone, with the offset in force then (UTC without a zone). A wall-clock time that
       the zone skips (a daylight saving gap) moves forward by the gap; one that it repeats
       reads as the later of the two.
   Returns DN_OK, DN_ERR_TIME for text it cannot read, DN_ERR_ZONE for a zone it cannot
   read, DN_ERR_ARG for a NULL ctx or text. */
DN_API int dn_context_from_text(dn_context *ctx, const char *text, size_t len, const char *zone,
                                dn_error *err);

/* The offset, in minutes east of UTC, of a zone at the Unix instant `at`: zone is "UTC"
   (or "Z", "GMT"), "+HH:MM", "+HHMM", "+HH" (or with "-"; within +-18:00, as in a stamp),
   or a time-zone id ICU knows
   ("Europe/Paris", "America/New_York": their rules and daylight saving time apply).
   Returns DN_OK, or DN_ERR_ZONE for a zone ICU does not know or an offset out of range. */
DN_API int dn_zone_offset(const char *zone, int64_t at, int *minutes, dn_error *err);

/* The instant a result stands for, as Unix seconds, when the text gave its UTC offset
   (DN_FLAG_HAS_OFFSET): its first moment at its precision (a month is its first day at
   00:00, an ISO week its Monday), whole seconds (the fraction stays in d->nanosecond).
   "Sun, 22 Nov 2015 10:00:00 +0100" -> 1448182800. Returns DN_OK, or DN_ERR_ARG when d has
   no offset, no precision, or a field out of range. */
DN_API int dn_date_unix(const dn_date *d, int64_t *seconds);
/* The same for any result: a date without an offset is read as a wall-clock time at
   offset_minutes east of UTC (the zone the caller means); a date with one keeps its own. */
DN_API int dn_date_unix_at(const dn_date *d, int offset_minutes, int64_t *seconds);

/* issue 9: a result seen in another zone (the CLI's --to-zone and --assume-zone). Zones are
   read as dn_zone_offset reads them ("UTC", "+05:30", "-0800", "Asia/Kathmandu"); NULL or
   "" = not given.
     - assume_zone: a result with a time and no offset is a wall-clock time in that zone; it
       gets the offset in force there then. A time the zone skips (a daylight-saving gap)
       moves forward by the gap, a repeated one is the later reading, both flagged
       DN_FLAG_ZONE_GAP.
     - to_zone: a result with a time and an offset (from the text, or from assume_zone)
       becomes the same instant in that zone, with the offset in force there at that
       instant; the date moves when it must ("2015-11-22T23:30:00Z" to "Asia/Kolkata" is
       2015-11-23T05:00:00+05:30) and alt_* with it. A naive time stays naive without
       assume_zone.
   d->zone becomes the zone id as given ("" for an offset or UTC). A result coarser
   than an hour (a date, month, week) is no instant and stays as it is, as does a naive
   time without assume_zone; an hour result that lands off the hour gets minute precision
   ("14:00Z" to +05:30 is 19:30+05:30). The fraction and a leap second are kept.
   Returns 1 when d changed, 0 when it stays as it is, DN_ERR_ZONE (err names the zone)
   for a zone that cannot be read, whatever d holds, or DN_ERR_ARG for a NULL d or a field
   out of range. */
DN_API int dn_date_to_zone(dn_date *d, const char *to_zone, const char *assume_zone,
                           dn_error *err);

/* issue 12: whether every word of text[0..len) means something to the library, as dn_parse
   reads words (folded; a multi-word name such as "a.m." or "il y a" as one): a month,
   weekday, era, am/pm, filler ("on", "le", "the"), mark ("Uhr", "年"), relative word
   ("ago", "about"), day period... in any language, or with DN_OPT_HINTS_ONLY in a hinted
   one. Numbers, separators and zone names ("GMT", "PDT", "Europe/Paris") always are. A
   caller that wants a text to be a date and nothing else asks it about the text around
   dn_parse's span ("on " and ", Sunday" are known, "I was there on " is not). Returns 1
   when all are, 0 when a word is not (its byte span in *bad_start, *bad_end; NULL
   allowed), DN_ERR_ARG for a NULL p or text (with len > 0) or a text over 4 GiB. */
DN_API int dn_words_known(const dn_parser *p, const char *text, size_t len, size_t *bad_start,
                          size_t *bad_end);

/* The library's version string, and the ICU version it was built against. */
DN_API const char *dn_version(void);
DN_API const char *dn_icu_version(void);

/* The order a parser applies to all-numeric dates, after its hints and options. */
DN_API dn_order dn_parser_order(const dn_parser *p);

/* Names of the public enums' values, as the CLI's --json, the PostgreSQL extension and the
   Python binding print them: static strings, never NULL for a defined value.
   dn_precision_name: "none", "year", "month", "week", "day", "hour", "minute", "second",
   "fraction"; NULL for a value outside dn_precision.
   dn_flag_name: the name of one DN_FLAG_* bit ("ambiguous", "weekday_mismatch",
   "has_offset", "relative", "year_implied", "two_digit_year", "epoch", "order_proved",
   "offset_from_reference", "zone_ambiguous", "zone_gap", "calendar_ambiguous", "time_only",
   "page_order", "range");
   NULL for 0, for more than one bit, for the bits of DN_FLAG_ORDER_MASK (a field: see
   dn_order_name) and for a bit that is no flag. To list a result's flags, try each bit:
   for (unsigned b = 1; b; b <<= 1) if ((d.flags & b) && dn_flag_name(b)) ...
   dn_order_name: "DMY", "MDY", "YMD"; NULL for DN_ORDER_AUTO and values outside dn_order. */
DN_API const char *dn_precision_name(dn_precision p);
DN_API const char *dn_flag_name(unsigned bit);
DN_API const char *dn_order_name(dn_order o);

#ifdef __cplusplus
}
#endif
#endif
