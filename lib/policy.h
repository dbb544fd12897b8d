/*
 * policy.h: the engine's policy numbers, in one place, each with its reason: the confidence
 * every reader gives what it read, what lowers a confidence, what a reading needs to be a
 * result, how readings of one text are ranked, and the weights of the two decisions about
 * words (which language a word is in, how much of a month name a word is), with the two
 * formulas that apply them. Private to lib/.
 *
 * A confidence (0..1, dn_date.confidence) says how sure a reader is that the text means
 * this date: the form's own doubt (an ISO 8601 stamp has little, a lone year much), less
 * the doubts met on the way (DNP_PEN_*). Changing a number changes results: run `make
 * check` and bench/run's step 7 (what was found, by kind of line), and say why in the commit.
 */
#ifndef DATENORM_POLICY_H
#define DATENORM_POLICY_H

#include <stdbool.h>
#include <stdint.h>

/* ---- confidences: what each reader gives a date it read -------------------------------- */
/* ISO 8601 / RFC 3339 (iso8601.c): machine formats */
#define DNP_CONF_ISO_DATE 1.0f  /* 2015-11-22, with a time or not: the least doubtful form */
#define DNP_CONF_ISO_WEEK 0.95f /* 2015-W47-7, 2015W47: the W leaves little doubt */
/* weeks: "KW 4/2027", "week 50, 2026", "48. hafta" (weeknum.c): a week word and its number;
   without a year DNP_PEN_YEAR_IMPLIED less */
#define DNP_CONF_WEEK_NUMBER 0.8f
#define DNP_CONF_ISO_BASIC 0.9f /* 20151122, 2015-326: eight digits or an ordinal may be an id */
#define DNP_CONF_ISO_SHORT 0.7f /* 2015-11 (also a range, a part number), 2015326 as the whole
                                   text (also a phone or an order number) */
/* month names (monthname.c) and CLDR marks (marks.c) */
#define DNP_CONF_MONTH_NAME 0.9f /* 22 Nov 2015: before the doubts of the window (DNP_PEN_*) */
#define DNP_CONF_MARKS 0.9f      /* 2015年11月22日: the marks say which number is which */
#define DNP_CONF_MARKS_NO_YEAR 0.7f /* 11月22日: the year is the reference's */
/* all-numeric dates and a lone year (numeric.c) */
#define DNP_CONF_NUMERIC 0.8f   /* 22/11/2015: numbers only, but one order reads them */
#define DNP_CONF_NUMERIC_AMBIGUOUS 0.6f /* 05/06/2015: both orders do, and neither the user
                                           nor a hint chose */
/* issue 10: a weekday that fits one reading of an ambiguous all-numeric date only proves
   its order ("dissabte 5/12/26"): the date has the doubt of an unambiguous one */
#define DNP_CONF_WEEKDAY_SETTLED (DNP_CONF_NUMERIC - DNP_CONF_NUMERIC_AMBIGUOUS)
#define DNP_CONF_SPACED 0.5f    /* 22 11 2015: spaces only; as often a list of numbers */
#define DNP_CONF_SPACED_AMBIGUOUS 0.4f  /* 05 06 2015 */
#define DNP_CONF_DAY_MONTH 0.5f /* am 22.11.: two numbers, taken only with a day-first hint */
/* issue 10: Sa 28.11. 19:30: a weekday before and a time after say the two numbers are a
   day and a month (dots: day-first), in running text too */
#define DNP_CONF_DAY_MONTH_TIMED 0.7f
/* ... or with a weekday it falls on ("čtvrtek 26. 11."): the weekday proves it */
#define DNP_CONF_DAY_MONTH_WEEKDAY 0.7f
/* ... or as one end of a range of two such dates ("27.11–06.12.", "с 28.11 по 06.12",
   "26. 11. – 2. 12. 2026"): each end proves the other (numeric.c's dm_range_partner) */
#define DNP_CONF_DAY_MONTH_RANGE 0.65f
#define DNP_CONF_MONTH_YEAR 0.5f /* 11/2015: also a fraction, a score, a page range */
/* issue 10: 04.2015, 11/2026 in running text: a month in two digits, a plausible year
   (numeric.c's padded_month_year); above DNP_CONF_SEARCH_MIN */
#define DNP_CONF_MONTH_YEAR_PADDED 0.6f
#define DNP_CONF_YEAR_MARKED 0.6f /* 2015年, năm 1935, 44 BC: a year said to be one */
#define DNP_CONF_YEAR_ALONE 0.4f /* 2015 as the whole text: a number that may be a year */
/* issue 9: 2012:08:03 18:31:59, 20140722105203, 171113 14:14:20 as the whole text
   (stamp.c): forms only programs write, every field checked */
#define DNP_CONF_PROGRAM_STAMP 0.9f
#define DNP_CONF_EPOCH 0.5f      /* 1448150400: any ten or thirteen digits (scan.c) */
/* relative expressions and a weekday alone (relative.c) */
#define DNP_CONF_REL_COUNTED 0.8f /* 3 days ago: a count, a unit and a direction, one language */
#define DNP_CONF_REL_NAMED 0.7f   /* yesterday, last month: one word or phrase */
#define DNP_CONF_REL_DAY 0.75f    /* today; Monday of last week: the phrase names one day */
#define DNP_CONF_WEEKDAY_WHOLE 0.6f   /* Monday, as the whole text */
#define DNP_CONF_WEEKDAY_RUNNING 0.5f /* on Friday, in running text */
/* issue 8: 16:10, 10:04am as the whole text: today at that time (clock.c); a clock time
   is also a duration, a score or a verse number, hence less than a weekday with it */
#define DNP_CONF_TIME_ALONE 0.55f
/* issue 8: how far (in hours) an hour may lie outside the day period named with it: "3 du
   matin" is 03:00 though French "matin" starts at 4 (clock.c) */
#define DNP_PERIOD_SLACK_HOURS 2
/* issue 10 (b20): the longest span of hours past midnight that "HH:MM-HH:MM" is read as: a
   dash and an earlier hour after a time is the span's end ("22:00–02:00", four hours; a
   night shift's "20:00-08:00"); a longer one is a UTC offset ("10:00-05:00"; clock.c, page.c) */
#define DNP_OVERNIGHT_SPAN_HOURS 12
/* zoneline: the most hours a count after a zone name shifts it by ("МСК+9": Kamchatka), and
   the range of real zones a shifted offset must lie in ("PST-8" read as a count, -16:00, is
   none: no date) (clock.c, scan.c) */
#define DNP_ZONE_SHIFT_MAX 12
#define DNP_ZONE_WEST_MINUTES (-12 * 60)
#define DNP_ZONE_EAST_MINUTES (14 * 60)
#define DNP_CONF_REL_STAMP 0.6f   /* 5m, 3d as the whole text: a social-media stamp (issue 8) */
/* "15 hrs", "3 dny" as the whole text: a stamp without its "ago"; below csv's column
   threshold (MIN_CONFIDENCE, 0.5, cli/csvrun.h), so a column of durations is no date column */
#define DNP_CONF_REL_BARE 0.45f
/* A stamp's count stays below the next unit's size ("59m", then "1h"), by DNP_RU_* unit:
   year, quarter (none), month, week, day, hour, minute, second. "100m" (meters) and "24h"
   (a service) are no stamps. */
#define DNP_STAMP_LIMITS {0, 100, 0, 12, 53, 31, 24, 60, 60}

/* calendars other than the Gregorian (calendar.c, issue 11) */
#define DNP_CONF_CALENDAR_ERA 0.9f   /* ١٠ صفر ١٤٣٧ هـ, 平成27年11月22日: an era names the calendar */
#define DNP_CONF_CALENDAR_MONTH 0.85f /* ۱ آذر ۱۳۹۴: a month of one calendar, no era */
#define DNP_CONF_CALENDAR_CONTEXT 0.7f /* 22 พฤศจิกายน 2558, 22/11/2558 with a Thai hint: the
                                          year fits only the context's calendar */
/* The years a reading must land in, in the Gregorian calendar, to be believed when the text
   does not name its calendar: 2558 in a Thai date is no Gregorian year (it lands after
   DNP_CAL_PLAUSIBLE_MAX) but is 2015 in the Buddhist era; 1394 under a Persian hint is 2015,
   not the Middle Ages. The range of the conversion tables (tools/lexgen/calendars.c). */
#define DNP_CAL_PLAUSIBLE_MIN 1800
#define DNP_CAL_PLAUSIBLE_MAX 2200
/* wrong21: an era that a later era ended (平成, Heisei, 1989-2019) counts a year at most this
   many years past its end (forms printed before the change still write 平成32年); a larger
   year is no year of that era ("平成の頃、115年9月1日": Taiwan's year 115, not 2103) */
#define DNP_CAL_ERA_OVERRUN 5
/* wrong21: a clock written with a colon right after a date whose hour is 25 to this ("22
   Nov 2015 25:00"), or whose minutes pass 59, is a broken time: the date with it cannot be
   read whole and gives nothing (scan.c's broken_clock_after); a larger first number is no
   clock (a score "31:28", a lap time) and leaves the date alone */
#define DNP_CLOCK_BROKEN_HOUR_MAX 29

/* ---- what lowers a confidence --------------------------------------------------------- */
#define DNP_PEN_TWO_DIGIT_YEAR 0.1f /* 22/11/15: the century is the pivot's guess */
#define DNP_PEN_UNUSED_NUMBER 0.2f  /* a number inside a date's extent that no field took
                                       ("22 3 Nov 2015"): something else may be meant */
#define DNP_PEN_RISKY_PARTIAL 0.3f  /* a month word that is also an ordinary word ("may",
                                       "mar") without both a day and a year */
#define DNP_PEN_YEAR_IMPLIED 0.15f  /* 22 Nov: the year is the reference's guess */
#define DNP_PEN_NO_DAY 0.1f         /* November 2015: less of a date, more of a phrase */
#define DNP_PEN_LANGS_DISAGREE 0.1f /* the weekday and the month share no language */
#define DNP_PEN_WEEKDAY_MISMATCH 0.3f /* the text names a weekday the date does not fall on:
                                         the date or the weekday is wrong (scan.c) */

/* ---- what a reading needs to be a result, and which of a text's readings wins (scan.c) ---- */
/* Below DNP_CONF_MIN a reading is none: a weak form with two doubts, such as a risky month
   word without a day whose weekday names another language (0.9 - 0.3 - 0.1 - 0.1 - 0.15),
   or a spaced date whose weekday does not match (0.5 - 0.3). */
#define DNP_CONF_MIN 0.3f
#define DNP_CONF_FLOOR 0.05f /* a result's confidence is never reported lower (nor above 1) */
/* dn_parse keeps the best reading of a text: the most complete first (a day beats a month,
   a month or a week a year, a time adds a little), then the most confident; the steps are
   larger than any confidence so that completeness decides first. */
#define DNP_SCORE_MONTH 1.0f /* a month or a week */
#define DNP_SCORE_DAY 2.0f   /* a day, with a time or not */
#define DNP_SCORE_TIME 0.2f  /* a time of day on top */

/* ---- languages: which language a word is in (choose.c) ---------------------------------- */
/* A language's preference, highest first: a hinted language over any other (the user said
   so), then a language the other words of the date share (the context), then the language
   with the most speakers, which only breaks ties: speakers in thousands over
   DNP_PREF_SPEAKERS_SCALE stays below 0.2 (1.5 billion speakers at the most), under any
   of the steps. */
#define DNP_PREF_HINT 10000.0
#define DNP_PREF_CONTEXT 1000.0
#define DNP_PREF_SPEAKERS_SCALE 1e7
/* a full form of a relative word before an abbreviation (Arabic's short style has "خلال" for
   the past too): more than speakers, less than context */
#define DNP_PREF_FULL_FORM 0.5
/* Fewer than ten million speakers (in thousands): a single word of such a language in running
   text is more likely an ordinary word of another (Afrikaans "môre" in "Read more", Igbo
   "monde" in "il y a du monde"); it counts only as the whole text or with a hint. */
#define DNP_RARE_SPEAKERS_K 10000
/* An era word alone after a number makes it a year only when this many languages or more
   have it ("BC", "AD"), or a hint does: "100 km/h" is no year of some language's era. */
#define DNP_ERA_MIN_LANGS 8

/* linewrong: a weekday word whose meanings read name two days names neither when the other
   day's language has at least this share of the speakers of the chosen day's ("Di": French
   Sunday, German Tuesday, about one half; "Lin": Filipino Sunday, Morisyen Monday, 0.02) */
#define DNP_WEEKDAY_RIVAL_SHARE 0.1

static inline double dnp_lang_pref(double speakers_k, bool hinted, bool in_context)
{
    return speakers_k / DNP_PREF_SPEAKERS_SCALE + (hinted ? DNP_PREF_HINT : 0) +
           (in_context ? DNP_PREF_CONTEXT : 0);
}

/* ---- month names: how much of a month name a word is (choose.c, monthname.c) ------------ */
/* The weights of a word's month strength (dnp_month_strength). A word that is only ever a
   month beats one that is also a filler, weekday or am/pm somewhere ("de" is December in
   Jola-Fonyi, "sun" June in Tongan); a hint's language and a longer word count too. */
#define DNP_MONTH_PURE 8    /* no meaning but months */
#define DNP_MONTH_MOSTLY 6  /* more month meanings than other ones */
#define DNP_MONTH_SAFE 4    /* some month meaning is not also an ordinary word */
#define DNP_MONTH_HINTED 16 /* a month in a hinted language: strong whatever else it is */
#define DNP_MONTH_LENGTH_MAX 3 /* half a byte a byte, up to this: "november" over "nov" */
#define DNP_MONTH_ALSO_WEEKDAY 2 /* of two month words, the one that is also a weekday is
                                    more likely the weekday: French "mar. 5 jan. 1999" */
/* A strong month name: a pure, safe one (8 + 4), a mostly-month safe word of four bytes or
   more, or a hinted one. A second strong month name starts another date, and only a
   strong one may leave numbers unused in its window. */
#define DNP_MONTH_STRONG 12
/* A word the hinted language uses as something else is that, whatever other languages call
   a month by it (rm "du," is Sunday, sc "de" a filler). */
#define DNP_MONTH_NOT (-100)

static inline int dnp_month_strength(bool pure, bool mostly, bool safe, bool hinted,
                                     uint32_t bytes, bool also_weekday)
{
    int st = pure ? DNP_MONTH_PURE : mostly ? DNP_MONTH_MOSTLY : 0;
    if (safe)
        st += DNP_MONTH_SAFE;
    if (hinted)
        st += DNP_MONTH_HINTED;
    st += bytes > 2 * DNP_MONTH_LENGTH_MAX ? DNP_MONTH_LENGTH_MAX : (int)bytes / 2;
    if (also_weekday)
        st -= DNP_MONTH_ALSO_WEEKDAY;
    return st;
}

/* issue 8: a date without a year takes the reference's year unless that puts it more than
   this many months after the reference (then the year before): a page seen on 2016-01-05
   that says "Dec 3" means 2015-12-03, while "14 December" seen on 2026-11-26 is ahead. */
#define DNP_YEAR_AHEAD_MONTHS 3
/* issue 10: a weekday written with a date without a year that falls on it in neither the
   rule's year nor the other one takes the next year's when that is at most this many months
   ahead ("3月12日（金）" seen on 2026-11-26 is 2027-03-12; relative.c's dnp_infer_year) */
#define DNP_YEAR_WEEKDAY_AHEAD_MONTHS 6
/* weeks: in running text, a week named by its number without a year whose Monday (in the
   year the rule above gives it) is more than this many days before the reference is no
   date: a season's or a course's week ("the Week 18 kickoff" seen in November), or a week
   of the coming year that the rule puts in the last ("viikolla 2." seen in November);
   weeknum.c. The same three months as the rule's ahead. */
#define DNP_WEEK_NEAR_DAYS 91
/* ---- search over a whole page (page.c, scan.c; issue 10) ------------------------------- */
/* Two dates written as one list share a year ("July 12th, 2014. July 13th"): at most this
   many bytes, no digit and no line break between them (scan.c's report). */
#define DNP_PAGE_LIST_GAP 16
/* A list of days that turns the year ("29 Dec 2026, 4 Jan") moves a day earlier in the year
   than the one before it to the next year only this many months on (scan.c's rolls). */
#define DNP_LIST_WRAP_MONTHS 3
/* A day and month without a year that nothing else says is a date ("até 5/12", "次回12/4は"):
   a date when a date of the same month stands at most this many bytes from it in its
   paragraph (no blank line between; page.c) */
#define DNP_PAGE_DM_NEAR 160
/* A page's languages (page.c's vote_langs): each date word gives one vote, shared by the
   languages that have it. A page language needs DNP_PAGE_MIN_VOTES votes and, besides the
   first, DNP_PAGE_SHARE of the first's: "ago" is also Spanish and Galician August,
   "november" English, Dutch and Hungarian, and such shares must not make a language of
   the page. */
#define DNP_PAGE_MIN_VOTES 1.5f
/* wrong21: on a page of no known language, the language with the most votes gives the
   order of its numeric dates only with this many at least: a word of many languages gives
   each a sliver ("h" of "Réunion le 5/12 à 8h00": Hungarian's, 0.005, a month-first
   language), which says nothing of the order; a day and month without a year is then read
   in none */
#define DNP_PAGE_ORDER_VOTE 0.02f
#define DNP_PAGE_SHARE 0.5f
/* A month word this short is weak outside the page's languages ("out", "pro", "gen", "set",
   "nad", "Jana"); on a page of unknown language it counts when at least
   DNP_PAGE_WEAK_LANGS languages write the month so ("oct", "dec"), counting only languages
   not rare (DNP_RARE_SPEAKERS_K: "maç" is no Swahili "Mac"). */
#define DNP_PAGE_WEAK_BYTES 4
#define DNP_PAGE_WEAK_LANGS 6
/* What running text needs (dn_search): below this, a reading is more often wrong than right
   on the labelled pages of tests/pages ("4.11.09" after "Firmware-Version", a spaced date
   whose weekday does not match). */
#define DNP_CONF_SEARCH_MIN 0.55f
/* A range's first day: a number at most DNP_PAGE_RANGE_LOOKBACK bytes before the date
   that ends it, with a dash or one or two words of at most DNP_PAGE_RANGE_WORD bytes or
   DNP_PAGE_RANGE_CHARS characters between ("9–10", "16 au 19", "14 e il 15", "12 și 13",
   "8 ਤੋਂ 15"; not "2. etabı 18 Aralık", the second stage). */
#define DNP_PAGE_RANGE_LOOKBACK 24
/* rest36: a list's second day ("డిసెంబర్ 5 మరియు 6 తేదీల్లో", "ታኅሣሥ 10 እና 11 በስካይላይት")
   at most this many days after the first may have a word the lexicon does not know after it
   (a case-marked noun, "on the dates", "at Skylight"); a later one needs a known word, as a
   range's end does ("December 10 and 20 customers"). */
#define DNP_PAGE_LIST_NEXT_DAYS 2

/* b32: how far back page.c's url_piece reads the run of non-blank bytes a date stands in
   for a URL's or path's marks ("/v2/bookings?from=2026-01-01"): longer runs are no
   running text to mark anyway. */
#define DNP_PAGE_URL_BYTES 200
#define DNP_PAGE_RANGE_WORD 5
#define DNP_PAGE_RANGE_CHARS 3
/* issue 10: a reading of the scan that began at a number but read a later date ("18 Ocak –
   1 Şubat 2027" read as its end): the dates before it read alone, at most this many
   (scan.c's first_alone) */
#define DNP_SEARCH_ALONE_MAX 4
/* A span of hours after a date without a time ("Dinsdag 8 Desember, 09:00–16:00",
   "28 November tussen 10:00 en 12:00", "laugardaginn 28. nóvember kl. 13:00–14:00"): at
   most DNP_PAGE_HOURS_WORDS words between the date and the first time, all within
   DNP_PAGE_HOURS_GAP bytes (page.c's hours_after). */
#define DNP_PAGE_HOURS_WORDS 2
#define DNP_PAGE_HOURS_GAP 32
/* b28fix: a span of bare hours after a date ("v sobotu 28. listopadu od 10 do 16 hodin"),
   whose numbers say less than clocks do: at most this many words of no filler of the
   page's languages between the date and the first hour ("از ساعت ۱۶ تا ۱۸": "از"; not "Sa,
   28.11. Chlausmarkt im Stadtpark, 10–18 Uhr", an event's hours after its name) */
#define DNP_PAGE_BARE_HOURS_WORDS 1
/* b28fix: and the second hour begins at most this many bytes past where the first may
   (hours_after's first look at the bytes: "۱۶ تا ۱۸", "10 do 16") */
#define DNP_PAGE_BARE_SECOND 16
/* b28fix: and the first hour follows at most this many words after the date (the time word,
   "between", a filler: "از ساعت ۱۶") */
#define DNP_PAGE_BARE_LOOK_WORDS 2
/* b28fix: a named week restated by a day of it right after it ("last week, on 19
   November"): at most this many bytes between the two (page.c's week_restated) */
#define DNP_PAGE_RESTATED_GAP 12
/* timebefore: an hour alone that starts such a span ("von 10 bis 17 Uhr") begins within
   this many bytes of the date's end (page.c's clock_bytes, which every date asks) */
#define DNP_PAGE_SPAN_HOUR_BYTES 24
/* Blanks that part two cells of a table, not two words ("Zaterdag 28 november   18.00 u"):
   a time after so many spaces is no time of the date before it (clock.c's dnp_time_after,
   search only). */
#define DNP_CELL_GAP_BLANKS 3
/* timejoin: a clock time alone in the cell after a date that begins its row joins it when
   a row above, within this many lines, heads that column with a time word ("Dato   Kl.",
   then "30.11.2026    09.30    Straffesag": a court's list; clock.c's
   dnp_table_time_cell) */
#define DNP_TABLE_LOOK_LINES 12
/* A zone's local name before the offset in brackets after a time ("(Астана уақыты,
   UTC+5)"): at most this many words (page.c's bracket_offset). */
#define DNP_PAGE_ZONE_WORDS 4
/* An ambiguous all-numeric date read in the order the page's other dates prove, or in
   the order of the page's language. */
#define DNP_CONF_PAGE_PROVED 0.85f
#define DNP_CONF_PAGE_LANG_ORDER 0.7f
/* issue 10: such a date with a two-digit year ("— 11/10/26") is read in running text only
   when its year is at most this many years from the reference's: a score or a version
   ("3/4/10") seldom ends in the year of the page. */
#define DNP_PAGE_TWO_DIGIT_NEAR 1
/* issue 10: a word between a street's word and the date that names it ("place du
   8-Mai-1945", "Straße des 17. Juni") has at most this many characters (page.c's
   street_name). */
#define DNP_PAGE_STREET_LINK 3
/* b25fix: the most CJK characters read as one word after a year for its model word
   (page.c's model_year: "2026年モデル", three characters; "款式", two) */
#define DNP_PAGE_MODEL_CHARS 4
/* misses19: a line with at least this many separators of a menu or a breadcrumb ("|",
   ">", "›", "»", "＞", "][" between bracketed items) and no number is the page's
   navigation: a date word alone in it names a page or a filter ("Home › Program › This
   week", "[Today] [Tomorrow]"), no date (page.c's menu_item). */
#define DNP_PAGE_MENU_SEPS 2
/* A day and month without a year ("18/11", "03.12.") read in running text: its order
   comes from the page only (numeric.c's page_day_month, page.c). */
#define DNP_CONF_PAGE_DAY_MONTH 0.7f
/* A month name alone in running text ("w grudniu", "у жовтні"): a date only as a full month
   word of the page's languages (monthname.c, page.c); its year by the README's rule. */
#define DNP_CONF_PAGE_MONTH_ALONE 0.65f
/* issue 10: a day alone with its CJK mark in running text ("28日（土）", "27日夜间"): a date
   only with the month its passage or its page gives (marks.c, page.c's day_alone_month). */
#define DNP_CONF_PAGE_DAY_ALONE 0.65f
/* The characters at most between a date and a day alone that ends its range ("夜间至",
   the night of, to; page.c's range_end_cjk). */
#define DNP_PAGE_CJK_LINK 4
/* A word that begins relative phrases and stands before a month alone makes it no date
   ("next March", "this May"), unless it is this short: a preposition ("i januar", "w
   grudniu", "у жовтні"). */
#define DNP_PREP_BYTES 2
/* The longest ending (in characters) looked up as a rel_from_suffix on the word before a
   counted phrase (page.c's counted_from_event: Uzbek "-dan", Kazakh "-нан", Nepali "-भन्दा",
   five characters with its virama). */
#define DNP_PAGE_REL_FROM_CHARS 5
/* A weekday read alone and the date right after it that falls on it are one date when at
   most this many blanks and commas stand between ("u srijedu, 2. prosinca"). */
#define DNP_PAGE_WEEKDAY_GAP 4
/* issue 10: a named day ("today", "HOXE", "ӨНӨӨДӨР") as the label of the written date of that
   day right after it, at most this many bytes of blanks and a dash, middle dot, bar, colon or
   comma between ("HOXE · xoves 26 de novembro"), is that date: one date, the written one, its
   span taking the label. */
#define DNP_PAGE_LABEL_GAP 6
/* A weekday alone in running text ("у вівторок", "on Monday", page.c): a date on a page of
   known language when its word is a full weekday of the page's languages and it is no
   recurring day; two weekdays at most DNP_PAGE_WEEKDAY_LINK bytes apart on one line are a
   recurring span ("du lundi au vendredi"); one at most that many characters after a date on
   its weekday is that date's ("3 December, that is Thursday"). */
#define DNP_CONF_PAGE_WEEKDAY 0.6f
/* reldir: a named day whose word is yesterday and tomorrow at once ("कल", "کل") in a sentence
   that says neither tense: read as the past, as sure as a weekday alone (page.c's
   two_ways_day) */
#define DNP_CONF_PAGE_TWO_WAYS 0.6f
#define DNP_PAGE_WEEKDAY_LINK 12
/* rest36: a weekday alone followed by the number of its day of the month ("Venres 27",
   "Sábado 28" in a forecast's rows), the day that weekday falls on in the reference's
   month or the one before or after it, at most DNP_PAGE_WEEKDAY_DAY_SPAN days from the
   reference: that date, with this confidence. */
#define DNP_CONF_PAGE_WEEKDAY_DAY 0.7f
#define DNP_PAGE_WEEKDAY_DAY_SPAN 45
/* The bytes read on either side of a weekday alone for the words that make it recurring
   (page.c's weekday_words_recurring: "todos los martes", "de lunes a viernes"). */
#define DNP_PAGE_WEEKDAY_LOOK 32
/* b33as: how far back from a weekday named alone (bytes) page.c's hours_clause_before looks
   for the clause of daily hours before it in its sentence ("प्रतिदिन 08:00 से 20:00 बजे तक खुले
   रहेंगे; रविवार को": 87 bytes of Devanagari and digits) */
#define DNP_PAGE_HOURS_CLAUSE_LOOK 160
/* Which day a weekday alone names (page.c's weekday_day): the latest such day on or before
   the reference when it is at most DNP_PAGE_WEEKDAY_BACK days back, else the next one
   (unless the page's dates or a future word say otherwise); a sentence is read at most
   DNP_PAGE_SENTENCE bytes on either side of the weekday for a future word. */
#define DNP_PAGE_WEEKDAY_BACK 4
/* The dates of the page that say which week a weekday alone is in stand at most this many
   bytes from it (a headline and its first paragraph; not a comment further down). */
#define DNP_PAGE_WEEKDAY_NEAR 400
/* A page that writes dates on one weekday this many weeks in a row (a collection calendar's
   "Tue Dec 1", "Tue Dec 8", "Tue Dec 15") uses that weekday as a weekly slot: the weekday
   alone on it ("Your collection day is Tuesday") is no date (page.c's slot_weekdays). */
#define DNP_PAGE_SLOT_DATES 3
/* A page with this many lines that begin with a clock time is a timetable: a weekday with
   the time that begins one of its lines is no date ("19:00 金曜ロードショー", page.c). */
#define DNP_PAGE_TIMETABLE_LINES 3
/* A named day of one word in a language few people write is read in running text (for
   page.c to keep on a page in that language) when it has at least this many characters:
   "Heddiw" (Welsh today), not "jaan" (Teso yesterday, Estonian January). */
#define DNP_REL_RARE_CHARS 6
/* A year after a preposition in the clause of a date without one (at most DNP_PAGE_CLAUSE
   bytes before it) gives it its year (page.c's sentence_year: "en 2027 se celebra o 9 de
   febreiro") when it lies between these: a four-digit count or price is seldom in that
   range and beside a date. */
#define DNP_PAGE_CLAUSE 120
/* issue 10: a day and month without a year inside the span of two dates with years of its
   sentence (page.c's span_year) looks back at most this many bytes for them: a sentence of
   Cyrillic or Greek letters takes two bytes a letter. */
#define DNP_PAGE_SPAN_BACK 240
/* issue 10: a day and month without a year takes the year of the next date of its list
   ("14 de fevereiro e de 2 a 6 de junho de 2026") across at most this many bytes that
   hold a joining word (page.c's list_year_after) */
#define DNP_PAGE_LIST_AND 24
/* issue 10: a page that looks ahead (an events page, a timetable, a school calendar): at
   least DNP_PAGE_AHEAD_MIN of its dates (of a day, not relative) lie after the reference,
   and DNP_PAGE_AHEAD_RATIO times as many as lie before it by a year at most with their
   year written. On such a page a day and month
   without a year that DNP_YEAR_AHEAD_MONTHS would put in the reference's year, before it,
   takes the next year when that lies within those months ahead ("8 January" seen on
   2026-11-26 is 2027-01-08 there; on a news page 2026-01-08). */
#define DNP_PAGE_AHEAD_MIN 3
#define DNP_PAGE_AHEAD_BACK_DAYS 366 /* the dates behind counted: a year at most */
#define DNP_PAGE_AHEAD_RATIO 2
#define DNP_PAGE_YEAR_MIN 1900
#define DNP_PAGE_YEAR_AHEAD 10
/* issue 10: a year alone in running text that a word of the page's languages introduces
   ("el 1992", "în 1895", "1936-ban"; page.c's page_year_alone): from this year to
   DNP_PAGE_YEAR_AHEAD years after the reference (further ahead, more often a count or a
   price), read with this confidence (a preposition can also stand before a count), its
   words looked for this many bytes on either side */
#define DNP_PAGE_YEAR_ALONE_MIN 1000
#define DNP_CONF_PAGE_YEAR 0.6f
#define DNP_PAGE_YEAR_LOOK 48
/* miss21: the word between a year_since preposition and its year is at most this many
   characters, an article or possessive ("since the 2019 play-off", "since their 2015") */
#define DNP_PAGE_SINCE_WORD 5
/* issue 10: a range of years after a preposition that says nothing alone (locales/
   year_from: "de 1961 à 1998") goes forward by at most this many years: "passé de 1500 à
   2000." and "de 2000 à 1500." are amounts */
#define DNP_PAGE_YEAR_FROM_SPAN 100
/* b33: a list of years written "YEAR, YEAR, ... and YEAR" holds at most this many years
   after its first (page.c year_list_next) */
#define DNP_PAGE_YEAR_LIST_MAX 8
/* wrong31: after a preposition that says nothing alone (year_from), "and" and a word no
   count takes ("de 2022 y fue"), a number that is a multiple of this is as often an amount
   ("un descuento de 2000 y el resto"): no year alone */
#define DNP_PAGE_ROUND_AMOUNT 100
/* wrong31: at most this many timed dates of a page give their time back for hours_after to
   read a span of hours after them (timed_span_unjoin; the rest keep their first time) */
#define DNP_PAGE_UNJOIN_MAX 16
/* issue 10: two years in brackets joined by a dash, no word around them ("Horváth István
   (1947–2026)", an obituary's birth and death) are years when the second is at most this
   many after the first ("(1200–1500)" is as often a range of amounts) */
#define DNP_PAGE_YEAR_LIFESPAN 120
/* In running text a date more than this many years after the reference is a number of
   another kind read as its year: a postal code ("Samstag, 28. November, in 8400"), a count.
   wrong21: the month-name reader takes no such year parted from its month by a word
   (monthname.c's far_parted_year: "Samstag, 28. November" is read without it); page.c
   drops a date that still has one */
#define DNP_PAGE_FAR_YEARS 100
#define DNP_PAGE_SENTENCE 240
/* Line mode: a time or a month name that is all the text says may follow at most this many
   words that introduce it ("at 3pm", "a las 5 de la tarde", "in May"; clock.c's
   dnp_led_whole): a longer run is running text. */
#define DNP_LEAD_WORDS 2

#endif
