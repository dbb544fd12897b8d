/*
 * check_page.c: dn_search reads a page as a page (issue 10, lib/page.c): the numeric order
 * its dates prove or its language writes, the language a date's words share with the page,
 * weak words and counted durations that are no dates, ranges with both ends, and the
 * per-document options of dn_search_ex (flags, order, locales) with their errors. Each case
 * is a text, its options and the exact results (dn_format's ISO 8601, the locale, and the
 * issue-10 flags), the reference pinned to 2026-11-26T12:00:00Z.
 */
#include <stdio.h>
#include <string.h>

#include "suites.h"
#include "internal.h"

typedef struct {
    const char *text;
    unsigned flags;      /* DN_SEARCH_* */
    dn_order order;
    const char *locales; /* per document, or NULL */
    const char *expected; /* "ISO locale flags; ..." ('-' for no locale, flags as letters:
                             o = DN_FLAG_PAGE_ORDER, r = DN_FLAG_RANGE, '-' none); "" none */
} page_case;

static const page_case page_cases[] = {
    /* the order the page proves: 25/11/2026 is day-first, so 04/12/2026 too */
    {"Posted 04/12/2026; updated 25/11/2026.", 0, 0, NULL,
     "2026-12-04 - o; 2026-11-25 - -"},
    /* nothing proves it, no language: the separator's convention, as alone */
    {"Posted 04/12/2026.", 0, 0, NULL, "2026-04-12 - -"},
    /* the page's language writes day-first */
    {"Rendez-vous le 04/12/2026, publié le 3 mars 2026 et hier.", 0, 0, NULL,
     "2026-12-04 - o; 2026-03-03 fr -; 2026-11-25 fr -"},
    /* each date alone: no page order */
    {"Posted 04/12/2026; updated 25/11/2026.", DN_SEARCH_NO_PAGE, 0, NULL,
     "2026-04-12 - -; 2026-11-25 - -"},
    /* the document's order, and its language */
    {"Posted 04/12/2026; updated 25/11/2026.", 0, DN_ORDER_MDY, NULL,
     "2026-04-12 - o; 2026-11-25 - -"},
    {"Posted 04/12/2026.", 0, 0, "fr", "2026-12-04 - o"},
    /* the document's locale with its region: en-GB writes day-first though en (en-US) writes
       month-first, for days and months without a year too; "tl" is Filipino, month-first */
    {"Posted 04/12/2026.", 0, 0, "en-GB", "2026-12-04 - o"},
    {"The deadline is noon on 4/1/27; the fair opened on 3/11.", 0, 0, "en-GB",
     "2027-01-04T12:00:00 - o; 2026-11-03 - o"},
    {"Posted 04/12/2026.", 0, 0, "en", "2026-04-12 - o"},
    {"Posted 04/12/2026.", 0, 0, "en-US", "2026-04-12 - o"},
    {"Posted 04/12/2026.", 0, 0, "tl", "2026-04-12 - o"},
    /* a year and a month with a slash after a reference's word is a case or order number,
       no month (rest36's "érvényes: 2027/08" reading, reverted for these) */
    {"Case No. 2021/05 was closed; Order 2024/12 shipped. Ref: 2024/12", 0, 0, NULL, ""},
    /* Thai "เตอร์" (ICU's Thai name of the Persian month Tir) is the ending of loanwords: a
       shutter's 20 seconds is no 20 Tir */
    {"ใช้เลนส์ 14 มม. f/2.8 เปิดชัตเตอร์ 20 วินาที", 0, 0, NULL, ""},
    /* the language the page's words share: Italian, not Spanish or French */
    {"Il 15 marzo 2026, ieri, 3 giorni fa", 0, 0, NULL,
     "2026-03-15 it -; 2026-11-25 it -; 2026-11-23 it -"},
    {"op 5 december 2026, gisteren, 2 dagen geleden", 0, 0, NULL,
     "2026-12-05 nl -; 2026-11-25 nl -; 2026-11-24 nl -"},
    /* b32: a month word of several meanings reads as the page's language does: Croatian
       "listopad" is October, Czech and Polish November (so is "studeni") */
    {"Sezona počinje 3. listopada 2026., a jučer je izašao novi vozni red za 14. studenoga.",
     0, 0, NULL, "2026-10-03 hr -; 2026-11-25 hr -; 2026-11-14 hr -"},
    {"Schůze proběhne 3. listopadu 2026, včera jsme dostali pozvánku na 14. prosince.", 0, 0,
     NULL, "2026-11-03 cs -; 2026-11-25 cs -; 2026-12-14 cs -"},
    {"Spotkanie 3 listopada 2026 r., wczoraj dostaliśmy zaproszenie na 14 grudnia.", 0, 0,
     NULL, "2026-11-03 pl -; 2026-11-25 pl -; 2026-12-14 pl -"},
    /* b32: a word that opens a span ("od", from) between a number and a date links no
       range: the number is none of its days; a range's own link does */
    {"Promocija važi za paket 5 od 12. decembra 2026.", 0, 0, NULL, "2026-12-12 sr -"},
    {"Oferta dotyczy pakietu 5 od 12 grudnia 2026 r.", 0, 0, NULL, "2026-12-12 pl -"},
    {"Akce platí 5 až 12. prosince 2026.", 0, 0, NULL, "2026-12-05 cs r; 2026-12-12 cs r"},
    /* b32: a date inside a URL or a path is none; one beside it is */
    {"Archiv: https://example.org/zpravy/2026-03-14/rozpocet, vydáno 2026-03-15", 0, 0, NULL,
     "2026-03-15 - -"},
    {"Anrop: /api/v1/orders?since=2025-12-01&limit=50", 0, 0, NULL, ""},
    {"Utgiven 2026/01/05, se www.example.se", 0, 0, NULL, "2026-01-05 - -"},
    /* b32: a rate before a date is neither its time nor its year */
    {"Benki ilishusha riba hadi 8.75% tarehe 2 Desemba.", 0, 0, NULL, "2026-12-02 sw -"},
    /* linewrong: a later day that is "morning" too with a linked hour no 12-hour clock
       writes, which no morning holds, is that day at that hour; one a morning holds, none */
    {"Nos vemos mañana a las 17:00 en la plaza.", 0, 0, NULL, "2026-11-27T17:00:00 es -"},
    {"Nos vemos mañana a las 10:00 en la plaza.", 0, 0, NULL, ""},
    {"Treffen: morgen um 15 Uhr im Büro.", 0, 0, NULL, "2026-11-27T15:00:00 de -"},
    {"Treffen: morgen um 9 Uhr im Büro.", 0, 0, NULL, ""},
    /* linewrong: a short named day, its clock time joined by its own language's time word */
    {"Nos vemos hoy a las 17:00 en la plaza.", 0, 0, NULL, "2026-11-26T17:00:00 es -"},
    /* linewrong: "von" links a span of hours to the date: both ends, each the date's */
    {"Der Termin ist am 3. Dezember von 14 bis 16 Uhr.", 0, 0, NULL,
     "2026-12-03T14:00:00 de r; 2026-12-03T16:00:00 de r"},
    {"Riba ya 13.50 % tarehe 3 Desemba.", 0, 0, NULL, "2026-12-03 sw -"},
    {"Mkutano tarehe 3 Desemba saa 13.50.", 0, 0, NULL, "2026-12-03T13:50:00 sw -"},
    /* b32: bare hours after a clock's word ("kl.", "klo") are a span whatever word follows
       them ("eller", or): the word names a clock's hour, no count's */
    {"Afhentning søndag den 6. december mellem kl. 9 og 12 eller efter aftale.", 0, 0, "da",
     "2026-12-06T09:00:00 da r; 2026-12-06T12:00:00 da r"},
    {"Kirpputori lauantaina 5. joulukuuta klo 10–14 tai sopimuksen mukaan.", 0, 0, "fi",
     "2026-12-05T10:00:00 fi r; 2026-12-05T14:00:00 fi r"},
    /* b32: a label's colon glued to the date before its span of hours */
    {"Ofisi zitafunguliwa 31/12/2026: 9:00 - 12:30 pekee.", 0, 0, "sw",
     "2026-12-31T09:00:00 - r; 2026-12-31T12:30:00 - r"},
    /* b32: a named day without a number takes its span of hours too */
    {"Tjänsten låg nere i går mellan 09:30 och 11:00.", 0, 0, "sv",
     "2026-11-25T09:30:00 sv r; 2026-11-25T11:00:00 sv r"},
    {"Die Bibliothek war gestern von 14 bis 16 Uhr geschlossen.", 0, 0, "de",
     "2026-11-25T14:00:00 de r; 2026-11-25T16:00:00 de r"},
    /* b32: a one-letter link glued to the span's end by a hyphen (Hebrew "ל-", to) */
    {"ההרצאה תתקיים ביום שלישי 1.12 בין 17:30 ל-19:00 באולם.", 0, 0, "he",
     "2026-12-01T17:30:00 he r; 2026-12-01T19:00:00 he r"},
    /* b32: an ISO 8601 date after a version and a dash is the release's date; a second
       version after the dash is none */
    {"Version 4.2.1 - 2026-10-05: rättade fel", 0, 0, NULL, "2026-10-05 - -"},
    {"Version 4.2.1 - 4.3.0: nya funktioner", 0, 0, NULL, ""},
    /* b32: Persian "به وقت {0}" (the time of a place) after a clock time: the zone's offset */
    {"نشست ۵ دی ساعت ۹:۱۵ به وقت تهران برگزار می‌شود.", 0, 0, "fa",
     "2026-12-26T09:15:00+03:30 fa -"},
    /* b33: a table's next cell after a day and month word ends the date: no two-digit year
       nor day from a temperature (nor from one glued after the minus sign U+2212) */
    {"Сб, 28 ноября    −12 / −18  ясно", 0, 0, NULL, "2026-11-28 ru -"},
    {"Чт, 26 ноября    −9 / −13   снег", 0, 0, NULL, "2026-11-26 ru -"},
    {"В субботу, 28 ноября −12 градусов.", 0, 0, NULL, "2026-11-28 ru -"},
    {"05 Nov   POS Purchase Engen   -1 150.20", 0, 0, NULL, "2026-11-05 en -"},
    /* b33: a span of a 12-hour clock after a date whose weekday the reference's year keeps:
       no two-digit year 2010 (a Sunday); "AM" is German "am" only before a word */
    {"Preview: Saturday, December 5, 10 AM–3 PM, 4120 Old Mill Rd", 0, 0, NULL,
     "2026-12-05T10:00:00 en r; 2026-12-05T15:00:00 en r"},
    {"Preview: Saturday, December 5, 10:00 AM–3:00 PM, at the mill", 0, 0, NULL,
     "2026-12-05T10:00:00 en r; 2026-12-05T15:00:00 en r"},
    {"Preview: Saturday, December 5, 10 AM to 3 PM, at the mill", 0, 0, NULL,
     "2026-12-05T10:00:00 en r; 2026-12-05T15:00:00 en r"},
    {"Sunday, December 5, 10", 0, 0, NULL, "2010-12-05 en -"},
    {"วันอาทิตย์ที่ 6 ธ.ค. 69 เวลา", 0, 0, NULL, "2026-12-06 th -"},
    /* b33: a list of days joined by "&" ("Dec 12 & 14"): both days, no year 2014 */
    {"Pickup: Dec 12 & 14 by appointment only.", 0, 0, NULL,
     "2026-12-12 en r; 2026-12-14 en r"},
    /* b33: a month and year alone whose month word only a language few people writes has,
       on a page of another language, is none: its year may be a year of the page ("fondò",
       founded, is Sango's June) */
    {"Maestro dal 1958 al 1995, fondò la banda nel 1972. Giovedì 26 novembre 2026, ieri.", 0,
     0, NULL, "1958 it -; 1995 it -; 2026-11-26 it -; 2026-11-25 it -"},
    /* b33: one letter after the time that is a filler is no am/pm nor hour mark before a
       word (Italian "a", at: Friulian am, Esperanto's hour mark), nor is the place after it
       the time's zone; Dutch "u" still marks the hour */
    {"Messa domenica 29 novembre alle ore 9 a Santa Lucia.", 0, 0, NULL,
     "2026-11-29T09:00:00 it -"},
    {"Messa domenica 29 novembre alle 9:00 a Roma.", 0, 0, NULL, "2026-11-29T09:00:00 it -"},
    {"Kerstmis: donderdag 24 december om 17 u kindereucharistie.", 0, 0, NULL,
     "2026-12-24T17:00:00 nl -"},
    /* b33: a named year then a date of it, a filler and a weekday between: one date ("w",
       in, is English "w", week, too) */
    {"Gala w tym roku w piątek 11 grudnia, szczegóły wkrótce.", 0, 0, NULL,
     "2026-12-11 pl -"},
    /* b33: "last" before a weekday named alone keeps it back (Polish weekday_past) */
    {"Wójcik strzelił 15 goli, w tym hat-trick w ostatnią sobotę. Wczoraj 25 listopada 2026 r.",
     0, 0, NULL, "2026-11-21 pl -; 2026-11-25 pl -"},
    /* b33: a month somewhere that is a filler of the weekday's language qualifies no
       weekday (Dutch "op", Yoruba December); a weekday glued to a hyphen before a blank is
       a compound's first part, no day */
    {"Op maandag was de catalogus onbereikbaar. Gisteren, 25 november 2026, werkte alles.", 0, 0,
     "nl", "2026-11-23 nl -; 2026-11-25 nl -"},
    {"Gesloten op zon- en feestdagen. Gisteren, 25 november 2026, was het open.", 0, 0, "nl",
     "2026-11-25 nl -"},
    /* b33: Turkish "dün" (yesterday) alone is read on a Turkish page: Teso's "Dun" (April)
       is no month to it; a range of years with the plural year mark after it ("2019-2021
       yılları") is both years, no piece of a number */
    {"Reyting (dün)\nKuzey Rüzgârı 26 Kasım 2026 Perşembe, 4 gün önce.", 0, 0, NULL,
     "2026-11-25 tr -; 2026-11-26 tr -; 2026-11-22 tr -"},
    {"Dizi 2019-2021 yılları arasında 68 bölüm sürmüştü; 26 Kasım 2026 Perşembe yayında.", 0, 0,
     NULL, "2019 tr -; 2021 tr -; 2026-11-26 tr -"},
    /* b33: English "by" links a deadline's time to the date before it */
    {"Absentee bids due December 9 by 5 p.m. at the office.", 0, 0, NULL,
     "2026-12-09T17:00:00 en -"},
    /* b33: a year after a dating preposition, another right after it: a year ("from 1928
       until"); not a round number ("by 2000 after", an amount); Dutch participles and
       "als" after "in" and a year */
    {"The dairy operated on the site from 1928 until milk production stopped.", 0, 0, "en",
     "1928 en -"},
    {"Sales rose by 2000 after the merger.", 0, 0, "en", ""},
    {"De kering werd in 1986 geopend en de bibliotheek opgericht in 1921 als leesbibliotheek.",
     0, 0, "nl", "1986 nl -; 1921 nl -"},
    /* b33: a list of years "YEAR, YEAR and YEAR" after a year's cue: every year; a comma
       alone before a number is no list */
    {"Sokół był mistrzem w latach 2019, 2021 i 2023.", 0, 0, "pl",
     "2019 pl -; 2021 pl -; 2023 pl -"},
    {"The club was founded in 2019, 2000 people came.", 0, 0, "en", "2019 en -"},
    /* b33: noon named before a numeric date, a filler between, is its time; "del" before
       one is no Hungarian noon */
    {"Speakers must register by noon on 4/1/27. Each speaker is allowed 3 minutes.", 0,
     DN_ORDER_DMY, NULL, "2027-01-04T12:00:00 - o"},
    {"La fattura (del 5/10/2026) è di 1.180 euro.", 0, 0, "it", "2026-10-05 - o"},
    /* b33: a named day that ends a quoted title dates nothing ("nowadays") */
    {"Mardi 8 décembre 2026 : table ronde « Les tiers-lieux aujourd’hui » avec hier un débat.",
     0, 0, "fr", "2026-12-08 fr -; 2026-11-25 fr -"},
    /* b33: a season, "of" and a year: the year */
    {"Most pieces came from the farmhouse the couple bought in the spring of 1965.", 0, 0,
     "en", "1965 en -"},
    /* b33: an ISO 8601 date and a time in a table's next cell: the date alone (a log's
       "2026-11-25 14:02" keeps its time) */
    {"2026-11-25    14:02     16:11     正常\n2026-11-24 14:31 到达", 0, 0, NULL,
     "2026-11-25 - -; 2026-11-24T14:31:00 - -"},
    /* only the hinted languages */
    {"le 3 mars 2026, am 4. März 2026, 2026-03-05", DN_SEARCH_HINTS_ONLY, 0, "de",
     "2026-03-04 de -; 2026-03-05 - -"},
    /* durations, recurring days and weak words are no dates; past phrases are */
    {"Ready in 35 minutes, ships within 3 hours, posted 2 hours ago.", 0, 0, NULL,
     "2026-11-26T10:00:00Z en -"},
    {"Open every Saturday, du lundi au vendredi.", 0, 0, NULL, ""},
    {"Rated 4 out of 5, Pixel 9 Pro, 13th Gen, 12-bit colour", 0, 0, NULL, ""},
    {"Serial number 2310-1145-07, invoice 2024-117", 0, 0, NULL, ""},
    /* a version after a product's name is no date; a padded date after one is */
    {"Forum software phpBB 3.3.15, macOS 12.6.1; posted 03.03.15", 0, 0, NULL,
     "2015-03-03 - -"},
    /* a counted phrase after a noun with Nepali "-भन्दा" (than) glued counts from its
       event: "3 days before the exam" is no date; "3 hours ago" alone is */
    {"आवेदन परीक्षाभन्दा ३ दिन अगाडि इमेलमा पठाइने छ। सुमन · ३ घण्टा अगाडि", 0, 0, NULL,
     "2026-11-26T09:00:00Z ne -"},
    /* the word for year glued to a year alone by a hyphen (Uzbek "2016-yilda", in 2016) */
    {"2026-yil 1-dekabrdan joriy etiladi. Qamchiq dovonidagi yangi tunellar 2016-yilda "
     "foydalanishga topshirilgan.", 0, 0, NULL, "2026-12-01 uz -; 2016 uz -"},
    /* eight digits inside an identifier: an invoice's number, a file's name */
    {"Invoice INV/20261124/MPL/4419283712, see report_20261124_final.pdf", 0, 0, NULL, ""},
    /* ranges give both ends, the start taking the end's month and year */
    {"Festival 9–10 January 2027.", 0, 0, NULL, "2027-01-09 en r; 2027-01-10 en r"},
    /* a snippet of no known language: a month's full name after its day, as written, is
       a date ("July" is only English and Frisian, too few languages to count as "Dec"
       does); "Mars 27" (month first, as French does not write it) and Turkish "maç" (Malay
       "Mac") are not */
    {"Starts 27 July.", 0, 0, NULL, "2026-07-27 en -"},
    /* an am/pm word before the hour in none of the page's languages: "to" is Uzbek am
       (and a Danish Thursday), "versions 10.11 to 10.12" no date at 10:12; on an Uzbek
       page it is the time's */
    {"Posted yesterday. Released versions 10.11 to 10.12 on Monday 23 November 2026.", 0, 0,
     NULL, "2026-11-25 en -; 2026-11-23 en -"},
    /* b27: the second number of a score ("31-28", no range of days) begins no date: the
       month's own day after it is read ("on Oct. 18"; was none, "28 on Oct. 18" with a
       two-digit year turned away); a range of days still is */
    {"Detroit won the first meeting 31-28 on Oct. 18 at Soldier Field.", 0, 0, "en",
     "2026-10-18 en -"},
    {"Festival 14-16 Feb 2027.", 0, 0, "en", "2027-02-14 en r; 2027-02-16 en r"},
    /* b27: "منذ عام 2021" is since the year 2021 (عام a year_article too), no year ago */
    {"وهو النظام المعمول به منذ عام 2021، وقد تم افتتاحه منذ عام.", 0, 0, "ar",
     "2021 ar -; 2025-11-26 ar -"},
    /* b27: a weekday alone before the date it falls on, a comma and the article of its
       language between ("am Montag, den 16.11."), is that date's; not another day's */
    {"Der Techniker war am Montag, den 16.11. da und hat entlüftet.", 0, 0, "de",
     "2026-11-16 - -"},
    /* b27: a month alone after a day's number and a filler (a date turned away: "cada",
       every), after "week of", or before a word that introduces no date (12月上旬, early
       December: locales/ not_date) names no month; "au mois de janvier" does */
    {"Cada 6 de enero comemos roscón y volvemos al pueblo en agosto.", 0, 0, "es",
     "2026-08 es -"},
    {"Exams in the 2nd week of January; results in February.", 0, 0, "en", "2026-02 en -"},
    {"入荷予定は12月上旬、発売は1月です。", 0, 0, "ja", "2026-01 ja -"},
    {"Le procès est fixé au mois de janvier.", 0, 0, "fr", "2026-01 fr -"},
    /* a page that looks ahead (its dates after the reference): a day and month without a
       year, behind the reference in its year, is the next year's within three months; on
       a page of past dates the reference's year; a weekday written with it chooses */
    {"Concerts on 3 December 2026, 10 December 2026 and 17 December 2026. The hall reopens "
     "on 8 January.", 0, 0, NULL,
     "2026-12-03 en -; 2026-12-10 en -; 2026-12-17 en -; 2027-01-08 en -"},
    {"Posted 20 November 2026. Sales of 3 October 2026 and 5 November 2026. Revised on 8 "
     "January.", 0, 0, NULL,
     "2026-11-20 en -; 2026-10-03 en -; 2026-11-05 en -; 2026-01-08 en -"},
    {"Shows: 3 December 2026, 10 December 2026, 17 December 2026. Gala on Thursday 8 January.",
     0, 0, NULL, "2026-12-03 en -; 2026-12-10 en -; 2026-12-17 en -; 2026-01-08 en -"},
    {"Shows: 3 December 2026. Gala on Friday 8 January.", 0, 0, NULL,
     "2026-12-03 en -; 2027-01-08 en -"},
    /* "and" joins two named days ("today and tomorrow" gave today alone); after other
       words "and today" is "nowadays" */
    {"Open today and tomorrow. We met yesterday and today.", 0, 0, NULL,
     "2026-11-26 en -; 2026-11-27 en -; 2026-11-25 en -; 2026-11-26 en -"},
    {"Founded in 2011, and today it has 120 shops.", 0, 0, NULL, ""},
    /* a time before a date joins it across words its language writes in dates only: Russian
       "а" is "and" (Belarusian "at"), no 02:00 of 1 January */
    {"Метро работает до 02:00, а 1 января откроется в 07:00.", 0, 0, NULL,
     "2026-01-01 ru -"},
    /* a list takes the year of its next date ("and" joins them) */
    {"Posted 25 November 2026. After the strikes of 14 February and 6 June 2025, talks resumed.",
     0, 0, NULL, "2026-11-25 en -; 2025-02-14 en -; 2025-06-06 en -"},
    {"Uchrashuv 28.11.2026 TO 10:12 da, kecha.", 0, 0, NULL,
     "2026-11-28T10:12:00 - -; 2026-11-25 uz -"},
    {"Le stage commence le 27 août pour les élèves.", 0, 0, NULL, "2026-08-27 fr -"},
    {"Le stand ouvre le 3 mai.", 0, 0, NULL, "2026-05-03 fr -"},
    {"Updated: July 4", 0, 0, NULL, "2026-07-04 en -"},
    {"Mission to Mars 27 times", 0, 0, NULL, ""},
    {"Kapılar her gün 10:30'da açılır · 3. maç", 0, 0, NULL, ""},
    /* a time before a date does not join it across a bracket; two days and months linked
       by "по" are a range's ends (no 6 December 2025 of a range to 23 November 2026) */
    {"Акция действует с 28.11 по 06.12 (23 ноября 2026 года).", 0, 0, NULL,
     "2026-11-28 - -; 2026-12-06 - -; 2026-11-23 ru -"},
    /* a list of days without a year turns the year too ("28 Aralık - 2 Ocak") */
    {"Kampanya 28 Aralık - 2 Ocak tarihleri arasında.", 0, 0, NULL,
     "2026-12-28 tr -; 2027-01-02 tr -"},
    {"From 20 November, 3 March", 0, 0, NULL, "2026-11-20 en -; 2026-03-03 en -"},
    /* a list of days turns the year only a few months on: the same November, not the next */
    {"Sessions held 18 November 2026 and 15 November.", 0, 0, NULL,
     "2026-11-18 en -; 2026-11-15 en -"},
    {"Sessions on 18 December 2026 and 5 January.", 0, 0, NULL,
     "2026-12-18 en -; 2027-01-05 en -"},
    /* a time after a range of days without one is every day's hours: the end keeps its day */
    {"Posadas todas las noches del 16 al 24 de diciembre, 19:00 h, en el jardín.", 0, 0, NULL,
     "2026-12-16 es r; 2026-12-24 es r"},
    /* a time word of several languages is no whole vote for the one where it is a date
       word: this page is Swedish ("kl." is also a Yangben word) */
    {"Söndag 13 december kl. 10 i Hagaparken; i går kl. 21:50.", 0, 0, NULL,
     "2026-12-13T10:00:00 sv -; 2026-11-25T21:50:00 sv -"},
    /* a two-digit year gives no year to the list after it, and a version is no date */
    {"系統已完成軟體更新（版本 5.2.11），並將在12月5日進行測試。", 0, 0, "zh", "2026-12-05 zh -"},
    /* a year alone whose year word is of no page language (Azerbaijani "il" on an
       Italian page): the Italian article's year alone ("Nel 2025") */
    {"Il 15 marzo 2026, ieri, 3 giorni fa. Nel 2025 il fatturato è cresciuto.", 0, 0, NULL,
     "2026-03-15 it -; 2026-11-25 it -; 2026-11-23 it -; 2025 it -"},
    /* a year alone in running text (locales/ year_* cues): a preposition before it when
       its phrase ends there or a second year follows, an article, a postposition, a glued
       ending; in the page's languages only */
    {"Ieri, 25 noiembrie 2026. Podul a fost construit în 1987. Lucrările au avut loc între "
     "2009 și 2012.", 0, 0, NULL, "2026-11-25 ro -; 1987 ro -; 2009 ro -; 2012 ro -"},
    {"Tegnap, 2026. november 25. A ház 1936-ban épült, 2012 óta itt lakunk.", 0, 0, "hu",
     "2026-11-25 hu -; 1936 hu -; 2012 hu -"},
    /* a postposition after the second of two years (year_between: "1979 és 1983 között");
       not an amount's range ("1500 és 2000 között", 500 years apart); a lifespan in
       brackets after a name (no language's), not after a word in lower case ("kötet
       (1990–1995)"), not a range of amounts "(1200–1500)" nor backwards */
    {"Tegnap, 2026. november 25. Tanított 1979 és 1983 között. Ára 1500 és 2000 között van. "
     "Kiss Anna (1938–2026), kötet (1990–1995), Díj (1200–1500), Kód (2019–2001).", 0, 0, "hu",
     "2026-11-25 hu -; 1979 hu -; 1983 hu -; 1938 - -; 2026 - -"},
    {"Вчора, 25 листопада 2026. Зали реставрували у 2017–2019 роках.", 0, 0, NULL,
     "2026-11-25 uk -; 2017 uk -; 2019 uk -"},
    /* the locative of "year" after a year alone ("у 1905 році"; "в 1905 году"); a count
       after "у цьому році" (this year) is none */
    {"Вчора, 25 листопада 2026. Фунікулер відкрили у 1905 році. У цьому році 2000 людей.", 0,
     0, NULL, "2026-11-25 uk -; 1905 uk -"},
    {"Χθες, 25 Νοεμβρίου 2026. Το λιμάνι επεκτάθηκε το 2015 ώστε να δέχεται πλοία.", 0, 0,
     NULL, "2026-11-25 el -; 2015 el -"},
    {"I går, 25. november 2026. Kontrakten løber til sommeren 2029 – han vandt i 2021, og "
     "mere.", 0, 0, "da", "2026-11-25 da -; 2029 da -; 2021 da -"},
    {"Eilen 25.11.2026. Yritys on toiminut vuodesta 1988 ja 2019 lähtien verkossa.", 0, 0,
     "fi", "2026-11-25 - -; 1988 fi -; 2019 fi -"},
    {"Dün, 25 Kasım 2026. Fabrika 2019'da açıldı, 1500'den fazla çalışan var.", 0, 0, "tr",
     "2026-11-25 tr -; 2019 tr -"},
    {"Ayer, 25 de noviembre de 2026. El festival nació el 1992, y desde 2010 crece; en 2000 "
     "personas.", 0, 0, NULL, "2026-11-25 es -; 1992 es -"},
    /* an ending with nothing between (Basque "2019an"; "an" is an English word and an
       Akan am); a year whose word after it is a year mark or era of another language
       (Galician "no 1987 e") */
    {"Jaialdia 2019an sortu zen eta 2021etik hazi da.", 0, 0, "eu", "2019 eu -; 2021 eu -"},
    {"Onte, 25 de novembro de 2026. A ponte construíuse no 1987 e desde 2010, está pechada.",
     0, 0, "gl", "2026-11-25 gl -; 1987 gl -; 2010 gl -"},
    /* a preposition that only dates (locales/ year_in), then another phrase after a
       conjunction or a dating preposition; not after one that counts too ("by", "hasta"),
       nor before a number ("by 1500 in 2019") */
    {"Ayer, 25 de noviembre de 2026. La banda, formada en 1989 en Ciudad Satélite, toca; "
     "retira hasta 2000 en efectivo.", 0, 0, "es", "2026-11-25 es -; 1989 es -"},
    {"Ontem, 25 de novembro de 2026. A empresa foi fundada em 2015 e recebeu aporte.", 0, 0,
     "pt", "2026-11-25 pt -; 2015 pt -"},
    {"Yesterday, 25 November 2026. Sales rose by 1500 in 2019 and then fell.", 0, 0, "en",
     "2026-11-25 en -; 2019 en -"},
    /* b31fix: a year_in preposition after the year that is also another language's am/pm
       (Portuguese "em", Swedish pm) starts the next phrase; on a Swedish page it stays no
       year; Dutch verbs that put the subject after a leading year (locales/ year_then) */
    {"Ontem, 25 de novembro de 2026. A padaria abriu em 1994 em Recife e cresceu.", 0, 0,
     "pt", "2026-11-25 pt -; 1994 pt -"},
    {"Igår, 25 november 2026. Vi kom 1994 em och åt.", 0, 0, "sv", "2026-11-25 sv -"},
    {"Gisteren, 25 november 2026. In 2019 ging de brug open; in 2000 woningen komen ramen.", 0,
     0, "nl", "2026-11-25 nl -; 2019 nl -"},
    /* a second year after an article ("dal 1918 al 1964") */
    {"Ieri, 25 novembre 2026. La mostra raccoglie 84 opere dal 1918 al 1964, tra cui tele.", 0,
     0, "it", "2026-11-25 it -; 1918 it -; 1964 it -"},
    /* the language's word for "year" before it (CLDR's display name of the year field:
       Persian "سال", French "année") as a preposition that only dates; not before a count
       ("chaque année 2000 visiteurs"), nor one of Han or Hangul, a year mark after its
       number */
    {"بر اساس این گزارش، ۳۲ درصد روزهای سال ۲۰۲۵ در محدوده آلوده بود.", 0, 0, "fa",
     "2025 fa -"},
    {"Ontem, 25 de novembro de 2026. Todo ano 2000 pessoas vêm; relatório do ano 2019.", 0, 0,
     "pt", "2026-11-25 pt -; 2019 pt -"},
    {"12月5日开放。每年 2000 人参观。", 0, 0, "zh", "2026-12-05 zh -"},
    /* seasons and ordinal endings (locales/: Icelandic "veturinn", Bulgarian "-а"), and
       Albanian "më", Filipino "nung" */
    {"Keypt veturinn 2022. Verð: 35.000 kr.", 0, 0, "is", "2022 is -"},
    {"Сега сме в края на 2026-а и най-сетне има дата.", 0, 0, "bg", "2026 bg -"},
    {"Shtëpia u ndërtua në vitin 2009; çatia u ndërrua më 2021.", 0, 0, "sq",
     "2009 sq -; 2021 sq -"},
    {"Sana totoo na ngayon, hindi gaya nung 2024 na na-delay.", 0, 0, "fil", "2024 fil -"},
    /* a range of years after a preposition that says nothing alone (locales/ year_from,
       year_to: "de 1961 à 1998"; "1961 a" is an Estonian year mark); not a range of
       amounts (a unit after it, or over DNP_PAGE_YEAR_FROM_SPAN years) nor "de 2000."
       alone; a case ending then a postposition ("2012'den beri"; not "1500'den fazla",
       more than 1500) */
    {"Hier, 25 novembre 2026. Instituteur de 1961 à 1998, il fut aussi échevin; loyer de "
     "1500 à 2000 euros, un total de 2000; les visiteurs, passés de 1500 à 2000.", 0, 0, "fr",
     "2026-11-25 fr -; 1961 fr -; 1998 fr -"},
    {"Dün, 25 Kasım 2026. Satıcı 2012'den beri burada; 1500'den fazla ürün, 1985'ten kalma "
     "tarif.", 0, 0, "tr", "2026-11-25 tr -; 2012 tr -; 1985 tr -"},
    /* an ordinal ending, then the word for year or a year mark of its language (the 2011th
       year); an ordinal before another noun is none ("2000-ci mağaza", the 2000th shop) */
    {"Dünən, 25 noyabr 2026. Şirkət 2011-ci ildə başlayıb; 2000-ci mağaza açıldı.", 0, 0, "az",
     "2026-11-25 az -; 2011 az -"},
    {"என் பாட்டி 1968-ஆம் ஆண்டு கொண்டு வந்தார்; 2000-ஆம் பக்கம்.", 0, 0, "ta", "1968 ta -"},
    /* miss21: after a preposition that only dates, a word no count takes (locales/
       year_then: "in 2009 under", "in 2022 shall", "sejak 2024 masih"; not "in 2000 homes",
       nor after one that counts too: "by 2000 the"); after a German verb, a word not
       capitalised (year_verb: "wurde 1967 eröffnet", "wurde er 2001 von"; not "wurde 2000
       Mal", "wurden 2000 verkauft"); "since" and an article, whatever follows ("since the
       2019 play-off final"; not "in the 2000 homes") */
    {"Yesterday, 25 November 2026. The university, established in 2009 under the Act; "
     "students admitted in 2022 shall appear; in 2000 homes; by 2000 the end.", 0, 0, "en",
     "2026-11-25 en -; 2009 en -; 2022 en -"},
    {"Yesterday, 25 November 2026. Best since the 2019 play-off final; in the 2000 homes.",
     0, 0, "en", "2026-11-25 en -; 2019 en -"},
    {"Gestern, 25. November 2026. Die Brücke wurde 1967 eröffnet; erstmals wurde er 2001 von "
     "der Landjugend organisiert; das Video wurde 2000 Mal gesehen; es wurden 2000 verkauft.",
     0, 0, "de", "2026-11-25 de -; 1967 de -; 2001 de -"},
    {"Semalam, 25 November 2026. Yang pertama sejak 2024 masih elok; sejak 2000 unit dijual.",
     0, 0, "ms", "2026-11-25 ms -; 2024 ms -"},
    {"Onte, 25 de novembro de 2026. En 1978 aínda se facían; inaugurouse en 1841 co nome de "
     "Teatro; en 2000 casas.", 0, 0, "gl", "2026-11-25 gl -; 1978 gl -; 1841 gl -"},
    /* years27: years alone with cues the languages lacked: Norwegian, Danish, Swedish
       words no count takes after "i" or "siden" (year_then: "i 2021 med", "Siden 2015 er";
       not "i 2000 boliger", "siden 2000 personer"), Swedish passives no count follows
       (year_in: "invigdes 1949 och"), English "replaced", Croatian "uspostavljena" (year_before,
       the phrase ending: not "replaced 2000 bulbs"), Arabic "في" (year_in: "في 2023 وكان";
       not "في 2000 منزل") */
    {"I går, 25. november 2026. Gården ble totalrenovert i 2021 med nytt bad; i 2000 boliger.",
     0, 0, "nb", "2026-11-25 nb -; 2021 nb -"},
    {"I går, 25. november 2026. Siden 2015 er priserne steget; siden 2000 personer.", 0, 0,
     "da", "2026-11-25 da -; 2015 da -"},
    {"I går, 25 november 2026. Skolan invigdes 1949 och firar; vi har 2000 och 3000 elever.",
     0, 0, "sv", "2026-11-25 sv -; 1949 sv -"},
    {"Yesterday, 25 November 2026. Boiler replaced 2019, service record; replaced 2000 bulbs.",
     0, 0, "en", "2026-11-25 en -; 2019 en -"},
    {"Jučer, 25. studenoga 2026. Linija je uspostavljena 1998., kada je brod uplovio.", 0, 0,
     "hr", "2026-11-25 hr -; 1998 hr -"},
    {"حضرت الحفلة في 2023 وكان التنظيم ممتاز؛ في 2000 منزل.", 0, 0, "ar", "2023 ar -"},
    /* years27: Hebrew "מאז" (since) only dates, and "and" glued to the word after its year
       starts another phrase (locales/ year_and: "מאז 2003 ומונה"; not "מאז 2000 אנשים",
       people); "since" and "desde" before a count or price stay none ("since 2000 people",
       "desde 1500 €") */
    {"הפורום פועל מאז 2003 ומונה חברים רבים; מאז 2000 אנשים.", 0, 0, "he", "2003 he -"},
    {"Yesterday, 25 November 2026. Up since 2000 people came; in 2000 homes.", 0, 0, "en",
     "2026-11-25 en -"},
    {"Ayer, 25 de noviembre de 2026. Pisos desde 1500 € al mes; desde 1500 euros y más.", 0, 0,
     "es", "2026-11-25 es -"},
    /* years27: a zone's abbreviation written right before its time, after a date ("TSİ
       20.45", "EST 20:45"); not a word that is no abbreviation ("saat 20:00", hour) */
    {"Galatasaray - Ajax | 10 Aralık 2026 Perşembe, TSİ 20.45; gala: 27.11.2026 Cuma, saat "
     "20:00.", 0, 0, "tr", "2026-12-10T20:45:00+03:00 tr -; 2026-11-27T20:00:00 tr -"},
    {"Kickoff: 10 December 2026, EST 20:45. Doors open 19:00.", 0, 0, "en",
     "2026-12-10T20:45:00-05:00 en -"},
    /* zoneline: so after an ISO 8601 date; a zone that is a weekday somewhere (Slovenian
       "CET", Thursday) is the zone, never the date's weekday; GMT and UTC too; "МСК+4"
       is Moscow time plus four hours; a zone and a time alone name no date in running
       text */
    {"Kickoff: 2026-12-10 EST 20:45. Doors open 19:00.", 0, 0, NULL,
     "2026-12-10T20:45:00-05:00 - -"},
    {"Kickoff: 10 December 2026, CET 20:45. Doors open 19:00.", 0, 0, NULL,
     "2026-12-10T20:45:00+01:00 en -"},
    {"Kickoff: 10 December 2026, UTC 20:45. Doors open 19:00.", 0, 0, NULL,
     "2026-12-10T20:45:00Z en -"},
    {"Начало 1 декабря 2026 в 15:00 МСК+4, регистрация открыта.", 0, 0, NULL,
     "2026-12-01T15:00:00+07:00 ru -"},
    {"Kickoff at EST 20:45 for the fans.", 0, 0, NULL, ""},
    /* zoneline: a named day that names a part of it sets its time's period ("í gærkvöldi
       kl. 8", last night at 8: 20:00); after a date it is its own day, no time of the
       date's */
    {"Við sáum leikinn í gærkvöldi kl. 8 á RÚV.", 0, 0, NULL, "2026-11-25T20:00:00 is -"},
    {"Gisteravond om 8 uur ging het mis.", 0, 0, NULL, "2026-11-25T20:00:00 nl -"},
    {"Portes ouvertes le samedi 5 décembre, ce soir à 18 h HNE.", 0, 0, NULL,
     "2026-12-05 fr -"},
    /* miss21: Icelandic seasons with their article before a year, whatever follows, and an
       obituary's "f." (born) and "d." (died); Armenian "-ից" (from) glued to a year, Tamil
       "முதல்" (from) after one, Azerbaijani "ildən" (since the year) after an ordinal year */
    {"Gær, 25. nóvember 2026. Páll, f. 1935, d. 2011. Sumarið 1987 fórum við.", 0, 0, "is",
     "2026-11-25 is -; 1935 is -; 2011 is -; 1987 is -"},
    {"Խորհրդային տարիներին՝ 1936-ից մինչև 1991 թվականը, եկեղեցին փակ էր։", 0, 0, "hy",
     "1936 hy -; 1991 hy -"},
    {"1,200 சதுர அடி, 2015 முதல் பட்டா உள்ளது.", 0, 0, "ta", "2015 ta -"},
    {"Xəzər Bank 1992-ci ildən fəaliyyət göstərir.", 0, 0, "az", "1992 az -"},
    /* miss21: Basque headings write the month with "-k" before its day ("Osteguna, azaroak
       26, 19:00"); Filipino "ng" (of) is no weak month prefix beside a month's name (it
       is Kwasio's: "Pahina 1 ng 3" stays none) */
    {"Osteguna, azaroak 26, 19:00, udaletxeko bilkura aretoan.", 0, 0, "eu",
     "2026-11-26T19:00:00 eu -"},
    {"Pinadala ko noong Agosto 28, dumating noong ika-19 ng Nobyembre. Pahina 1 ng 3", 0, 0,
     "fil", "2026-08-28 fil -; 2026-11-19 fil -"},
    /* miss21: a named year just before a day and month, a comma between, gives it its year
       ("Last year, on December 28"); not across a sentence's end */
    {"Last year, on December 28 we got it.", 0, 0, "en", "2025 en -; 2025-12-28 en -"},
    {"L'année dernière, le 28 février, rien.", 0, 0, "fr", "2025 fr -; 2025-02-28 fr -"},
    {"Last year was great. On December 28 we got it.", 0, 0, "en",
     "2025 en -; 2026-12-28 en -"},
    /* miss21: a bracket closing one opened before a date's year ends that date ("(Jan.
       2026), 269 € (Juli 2026)": no date "2026), 269 € (Juli") */
    {"Preis: (Jan. 2026), 269 € (Juli 2026), heute", 0, 0, "de",
     "2026-01 de -; 2026-07 de -; 2026-11-26 de -"},
    /* miss21: a year mark of the page's language after a year alone whose reading went to
       a month of another ("mam od 1979 roku": some language's May); German and English
       participles before a year that ends its phrase ("gegründet 1874,") */
    {"Wczoraj, 25 listopada 2026. Mam od 1979 roku i tak.", 0, 0, "pl",
     "2026-11-25 pl -; 1979 pl -"},
    {"Gestern, 25. November 2026. Der Turnverein, gegründet 1874, hat 2000 Mitglieder.", 0, 0,
     "de", "2026-11-25 de -; 1874 de -"},
    /* miss21: a row of opening hours, a dash between the date and its H.MM–H.MM: the
       date alone (no offset of -14:00, no year 2000 of its ".00"), as for H:MM */
    {"Darba laiks\n24. decembrī – 10.00–15.00\n31.12.2026. – 10.00–15.00", 0, 0, "lv",
     "2026-12-24 lv -; 2026-12-31 - -"},
    {"Hours\n24 December – 10.00–14.00\n", 0, 0, "en", "2026-12-24 en -"},
    /* miss21: a year that opens a line of a chronology, a dash between blanks after it,
       the line before or after opening with a date and the same dash; not alone ("2026 –
       Todos os direitos"), nor beside a line of another mark */
    {"CRONOLOGIA\n12 de julho de 2019 – Escolha do terreno.\n2020 – A pandemia suspende os "
     "estudos.\nout. 2021 – Conclusão do estudo.", 0, 0, "pt",
     "2019-07-12 pt -; 2020 pt -; 2021-10 pt -"},
    {"Ontem, 25 de novembro de 2026.\n2026 – Todos os direitos reservados.", 0, 0, "pt",
     "2026-11-25 pt -"},
    {"12 de julho de 2019: Escolha do terreno.\n2020 – A pandemia suspende os estudos.", 0, 0,
     "pt", "2019-07-12 pt -"},
    /* miss21: a day and month restated with the weekday it falls on after it (a
       forecast's rows): a date, the weekday's year; not a weekday it does not fall on */
    {"Погода\n03.12 четверг – −22°\n04.12 пятница – −28°", 0, 0, "ru",
     "2026-12-03 ru -; 2026-12-04 ru -"},
    /* no year alone: a count or price with its noun or unit after a preposition ("in 2000
       homes", "od 1999 Kč", "ab 1500 Euro"), a number no word introduces ("© 2026", "2027
       budget", a postal code, a phone number), a time ("um 1930 Uhr"), a page of no
       known language */
    {"Yesterday we sold 1500 copies in 2000 homes; call 1800 555 0199. © 2026 Acme. Read "
     "more: 2027 budget.", 0, 0, NULL, "2026-11-25 en -"},
    {"Včera: od 1999 Kč, 2000 m, 1500 mm, Praha 1050.", 0, 0, NULL, "2026-11-25 cs -"},
    {"Gestern: ab 1500 Euro, seit 1500 Jahren, um 1930 Uhr, 1050 Wien.", 0, 0, NULL,
     "2026-11-25 de -"},
    {"Founded in 1992.", 0, 0, NULL, ""},
    /* a month alone in running text beside a weekday word of another language (Finnish
       "la", Saturday; "ho") */
    {"Ayer subió 18% desde octubre; la Central dice que hace 3 días bajó.", 0, 0, NULL,
     "2026-11-25 es -; 2026-10 es -; 2026-11-23 es -"},
    {"Ieri ho letto: a settembre ho preso una Model 3, 3 giorni fa l'ho venduta.", 0, 0, NULL,
     "2026-11-25 it -; 2026-09 it -; 2026-11-23 it -"},
    /* a name's initial before a stamp ("M", a month prefix of Kako) */
    {"Sheila_M · 2 hrs ago\nDarren M. · 45 mins ago", 0, 0, NULL,
     "2026-11-26T10:00:00Z en -; 2026-11-26T11:15:00Z en -"},
    /* a day and month without a year in the order the page's language writes them (CLDR's
       Md: Chinese "M/d" though its full dates are y/M/d; Swedish "d/M" though y-MM-dd) */
    {"小芳：12/19 我一定要去搭。（昨天 21:40）", 0, 0, NULL,
     "2026-12-19 - o; 2026-11-25T21:40:00 zh -"},
    {"Nyårsloppet 31/12 och i går kl. 21:50, i fredags.", 0, 0, NULL,
     "2026-12-31 - o; 2026-11-25T21:50:00 sv -; 2026-11-20 sv -"},
    /* a stamp in brackets is a clause of its own: no year from the words before it */
    {"老王：從2019年3月等到現在……（11/24 18:05）昨天 21:40", 0, 0, NULL,
     "2019-03 zh -; 2026-11-24T18:05:00 - o; 2026-11-25T21:40:00 zh -"},
    /* an am/pm word after its time is no weak month word of the page ("pm", Nheengatu July):
       the stamp stays on a page whose dates say English */
    {"Updated 25/11/2026 4:15pm AEDT\nThursday 24 December, gates open 5:30pm\n"
     "Melbourne Park, 18–31 January 2027", 0, 0, NULL,
     "2026-11-25T16:15:00+11:00 - -; 2026-12-24 en -; 2027-01-18 en r; 2027-01-31 en r"},
    /* a range whose ends have their weekdays */
    {"Sa 5. – So 6. Dezember 2026", 0, 0, NULL, "2026-12-05 de r; 2026-12-06 de r"},
    {"du lun. 3 au ven. 7 mars 2027", 0, 0, NULL, "2027-03-03 fr r; 2027-03-07 fr r"},
    /* a range or list goes forwards: a day earlier in the year than the one before it is
       the next year's */
    {"29 December 2026 – 4 January", 0, 0, NULL, "2026-12-29 en -; 2027-01-04 en -"},
    {"2026年12月29日～1月4日", 0, 0, "zh", "2026-12-29 zh -; 2027-01-04 zh -"},
    {"29 Dec 2026, 4 Jan, 5 Jan", 0, 0, NULL, "2026-12-29 en -; 2027-01-04 en -; 2027-01-05 en -"},
    /* a range's first day with a month of its own is no day of the end's month; a first
       day before a hyphen is no serial number */
    {"del 15 de enero al 28 de febrero de 2027", 0, 0, NULL, "2027-01-15 es r; 2027-02-28 es r"},
    {"14-16 Feb 2026 - bridge inspection", 0, 0, NULL, "2026-02-14 en r; 2026-02-16 en r"},
    /* a filler of the page's language before a date's time says the date is the page's
       ("às": Portuguese, also Hausa Saturday) */
    {"Publicado em 25/11/2026 23h41, há 10 horas.\nVasco x Palmeiras – quinta, 3/12, às 21h30\n"
     "A última rodada está marcada para 6 de dezembro de 2026.", 0, 0, NULL,
     "2026-11-25T23:41:00 - -; 2026-11-26T02:00:00Z pt -; 2026-12-03T21:30:00 pt o; "
     "2026-12-06 pt -"},
    /* ranges: the link word inside the end's span, digits of another script, a slash
       between two days with their dots */
    {"od 28 do 31 grudnia", 0, 0, NULL, "2026-12-28 pl r; 2026-12-31 pl r"},
    {"٢٠ إلى ٣١ ديسمبر", 0, 0, NULL, "2026-12-20 ar r; 2026-12-31 ar r"},
    /* sspeed11: range_link_before reads the tokens before the end only when a number (of
       any script) may begin there: a range's first day in Arabic-Indic digits, in ASCII
       digits after Cyrillic words; none after kana alone */
    {"من ٢٠ إلى ٣١ ديسمبر ٢٠٢٦", 0, 0, NULL, "2026-12-20 ar r; 2026-12-31 ar r"},
    {"Отпуск с 20 по 31 декабря 2026 года.", 0, 0, NULL, "2026-12-20 ru r; 2026-12-31 ru r"},
    {"てんらんかいは12月5日からです。", 0, 0, "ja", "2026-12-05 ja -"},
    {"18./19. Februar 2022", 0, 0, NULL, "2022-02-18 de r; 2022-02-19 de r"},
    /* a weekday abbreviation that contradicts the date is another word (Russian "по",
       until, is Serbian Monday): the date without it */
    {"Период: с 01.10.2026 по 31.10.2026", 0, 0, NULL, "2026-10-01 - o; 2026-10-31 - -"},
    /* a range after an opening bracket; a numeric date with a two-digit year is no range */
    {"1. Tur (23-24 Kasım)", 0, 0, NULL, "2026-11-23 tr r; 2026-11-24 tr r"},
    {"Posted on 08/22/08 by admin", 0, 0, NULL, "2008-08-22 - -"},
    {"Für Sonntag, 29.11., wird erneut Wind erwartet.", 0, 0, NULL, "2026-11-29 - -"},
    /* Czech "pro" (for) is prosinec's abbreviation too: no December 2013 on a Chinese page */
    {"雲端記帳 Pro 於 2013 年 在台北創立", 0, 0, NULL, "2013 ja -"},
    /* a programme's headings: a weekday the spaced day and month fall on */
    {"Program kina\nčtvrtek 26. 11.\n17:30 Film\npátek 27. 11.\n20:00 Film", 0, 0, NULL,
     "2026-11-26 cs -; 2026-11-27 cs -"},
    /* a day and month with a dot after a weekday are no time ("1.12" was 01:12) */
    {"Järjestämme infotilaisuuden tiistaina 1.12. klo 14.00.", 0, 0, NULL,
     "2026-12-01T14:00:00 - -"},
    /* issue 10 (b15): a named day labelling the written date of that day is that date; a
       weekday before a dotted day and month falls on it month-first where its language
       writes so (Mongolian) */
    {"Today · Thursday 26 November", 0, 0, NULL, "2026-11-26 en -"},
    /* a middle dot or bar after a year alone ends its phrase ("zënter 2019 · 88 Bäiträg") */
    {"Member zënter 2019 · 88 Bäiträg\nvirun 3 Deeg\nDéi éischt Ukënnegung war jo fir 2024, "
     "duerno Enn 2025.", 0, 0, NULL, "2019 lb -; 2026-11-23 lb -; 2024 lb -; 2025 lb -"},
    /* an en dash ends a chain of numbers: two dates; a case ending after a hyphen is the
       date's */
    {"Ferien 21.12.2026–10.01.2027.", 0, 0, NULL, "2026-12-21 - -; 2027-01-10 - o"},
    {"сургуулиуд 2026.12.21–2027.01.10-ны хооронд", 0, 0, NULL, "2026-12-21 - -; 2027-01-10 - -"},
    {"ISBN 978–3–16–148410–0", 0, 0, NULL, ""},
    /* a time after a middle dot is the date's when written H:MM; a duration is not */
    {"Mércores 9/12/2026 · 20:00 · Concerto", 0, 0, NULL, "2026-12-09T20:00:00 gl -"},
    {"Episódio 12 · 18/11/2026 · 1 h 12 min", 0, 0, NULL, "2026-11-18 - -"},
    /* or H.MM with an hour mark after it (not a price); a vertical bar or a bullet after a
       whole date the same (a forum post's stamp), not after a day and month alone */
    {"dc. 16/12/2026 · 19.30 h", 0, 0, "ca", "2026-12-16T19:30:00 ca -"},
    {"Entrades 16/12/2026 · 12.50 €", 0, 0, "ca", "2026-12-16 - -"},
    {"Beitrag #3  23.11.26 | 17:40\nAntwort 23/11/2026 • 09:15", 0, 0, NULL,
     "2026-11-23T17:40:00 - -; 2026-11-23T09:15:00 - -"},
    {"Abfahrt 23.11. | 17:40", 0, 0, "de", "2026-11-23 - o"},
    /* locales/el time_link: "από τις" (from) joins the time after it to the date; a
       number that is no time stays out */
    {"Παραλαβή: Αύριο, Παρασκευή 27 Νοεμβρίου, από τις 10:00", 0, 0, "el",
     "2026-11-27T10:00:00 el -"},
    {"Παρασκευή 27 Νοεμβρίου, από τις 10 ευρώ", 0, 0, "el", "2026-11-27 el -"},
    {"Прогноз. ӨНӨӨДӨР — 2026 оны 11 дүгээр сарын 26, Пүрэв гараг", 0, 0, NULL,
     "2026-11-26 mn -"},
    {"Tomorrow · Thursday 26 November", 0, 0, NULL, "2026-11-27 en -; 2026-11-26 en -"},
    {"Бямба, 11.28   −22°\nНям, 11.29   −19°", 0, 0, NULL, "2026-11-28 mn -; 2026-11-29 mn -"},
    /* a year more than a century ahead in running text is another number (a postal code):
       wrong21, the date is read without it (b11 de-ch-occasion marks it); "10일 전부터"
       (from 10 days before an event) is a rule, not a date */
    {"Besichtigung am Samstag, 28. November, in 8400 Winterthur.", 0, 0, NULL,
     "2026-11-28 de -"},
    {"관람일 10일 전부터 취소 수수료 30%", 0, 0, NULL, ""},
    /* a month without a year and the word that says which one it is (issue 10, scan.c) */
    {"We launched last March and will expand next May.", 0, 0, NULL, "2026-03 en -; 2027-05 en -"},
    {"Le salon revient le 3 mars prochain, comme en mars de l'année dernière.", 0, 0, NULL,
     "2027-03-03 fr -; 2025-03 fr -"},
    {"신제품은 발표 후 작년 12월 5일 출시되었다", 0, 0, NULL, "2025-12-05 ko -"},
    {"du 16 au 19 juillet 2027", 0, 0, NULL, "2027-07-16 fr r; 2027-07-19 fr r"},
    /* issue 10 (branch ranges): a range across months, its first day read alone where the
       month reader read the range's end from it (scan.c's first_alone) */
    {"Ara tatilde indirim: 18 Ocak – 1 Şubat 2027.", 0, 0, NULL,
     "2027-01-18 tr r; 2027-02-01 tr r"},
    {"1re étape : du 27 août au 6 novembre 2026 – bulletin", 0, 0, NULL,
     "2026-08-27 fr r; 2026-11-06 fr r"},
    {"Collecte de denrées : du 30 nov. au 11 déc.", 0, 0, NULL, "2026-11-30 en -; 2026-12-11 en -"},
    /* two days and months without a year, a dash or a range's link word between
       (locales/ range_link): each proves the other; "and" is no link, nor a version's */
    {"Müddət: 27.11–06.12.", 0, 0, NULL, "2026-11-27 - -; 2026-12-06 - -"},
    {"dal 27.11 al 29.11 · Ex Ospedale dei Bastardini", 0, 0, NULL,
     "2026-11-27 - -; 2026-11-29 - -"},
    {"Program kina na týden 26. 11. – 2. 12. 2026", 0, 0, NULL, "2026-11-26 - r; 2026-12-02 - or"},
    {"Windows 10/11, macOS 13–15, Ubuntu 22.04 ja 24.04", 0, 0, NULL, ""},
    {"Python 3.10–3.12 and 1.5–2.5 kg", 0, 0, NULL, ""},
    /* a second day after a date that ends with its day, a range's link word between; no
       count or hour after it */
    {"బీటా టెస్టింగ్ డిసెంబర్ 10 నుండి 20 వరకు జరుగుతుంది.", 0, 0, NULL,
     "2026-12-10 te r; 2026-12-20 te r"},
    {"Testing runs December 10 through 20 in Berlin.", 0, 0, NULL,
     "2026-12-10 en r; 2026-12-20 en r"},
    {"The talk on December 10 takes 10 to 12 minutes.", 0, 0, NULL, "2026-12-10 en -"},
    {"Sales on December 10 to 20 customers", 0, 0, NULL, "2026-12-10 en -"},
    {"on December 10 to 20.5 degrees", 0, 0, NULL, "2026-12-10 en -"},
    {"Open December 10 until 20.", 0, 0, NULL, "2026-12-10 en r; 2026-12-20 en r"},
    {"il 14 e il 15 dicembre", 0, 0, NULL, "2026-12-14 it r; 2026-12-15 it r"},
    /* a link of two letters glued by a slash ("t/m", tot en met; Indonesian "s/d", sampai
       dengan), of three words with a range's link among them */
    {"Eerder werd gewerkt van 13 t/m 16 maart 2024, toen", 0, 0, NULL,
     "2024-03-13 nl r; 2024-03-16 nl r"},
    {"gewerkt 13 tot en met 16 maart 2024", 0, 0, NULL, "2024-03-13 nl r; 2024-03-16 nl r"},
    {"Pameran dari 13 s/d 16 Juli 2024", 0, 0, NULL, "2024-07-13 id r; 2024-07-16 id r"},
    {"Room 13 is at the 16 July", 0, 0, NULL, "2026-07-16 en -"},
    {"Speed 13 km/h 16 July", 0, 0, NULL, "2026-07-16 en -"},
    /* a day and month with a dot, without its final dot, that ends a range of days
       sharing the month */
    {"Jasełka 17–18.12 w szkole, 24 grudnia", 0, 0, NULL,
     "2026-12-17 - or; 2026-12-18 - or; 2026-12-24 pl -"},
    {"Ceny 10–12.50 zł, 24 grudnia", 0, 0, NULL, "2026-12-24 pl -"},
    /* a list of days before the two, joined by "and" */
    {"les 11, 12 et 13 décembre", 0, 0, NULL,
     "2026-12-11 fr r; 2026-12-12 fr r; 2026-12-13 fr r"},
    {"Termine: 1, 8 und 15 Dezember", 0, 0, NULL,
     "2026-12-01 de r; 2026-12-08 de r; 2026-12-15 de r"},
    {"el 3, 4 y 5 de diciembre", 0, 0, NULL, "2026-12-03 es r; 2026-12-04 es r; 2026-12-05 es r"},
    {"Room 5, 12 and 13 December", 0, 0, NULL, "2026-12-12 en r; 2026-12-13 en r"},
    {"Version 2, 3 and 4 December 2026", 0, 0, NULL, "2026-12-03 en r; 2026-12-04 en r"},
    {"du 11, 12 au 13 décembre", 0, 0, NULL, "2026-12-12 fr r; 2026-12-13 fr r"},
    {"vom 15. Juli bis 14. Dezember 2024", 0, 0, "de", "2024-07-15 de r; 2024-12-14 de r"},
    /* b23: linked so, not across a clause's end (a later trip, then its booking's day; a
       notice's date in brackets) */
    {"2 de setembro e 14 de outubro de 2024 – Período", 0, 0, "pt",
     "2024-09-02 pt r; 2024-10-14 pt r"},
    {"我也是 12 月 26 日要去，2026年11月20日才訂到機票。", 0, 0, "zh",
     "2026-12-26 zh -; 2026-11-20 zh -"},
    {"・旧橋の夜間通行止め 11月2日から（2026年10月28日）", 0, 0, "ja",
     "2026-11-02 ja -; 2026-10-28 ja -"},
    /* b23: a weekday before a list's first day is not the last day's (it chose 2025, the
       year 6 December is a Saturday); one right before its day still chooses it */
    {"Zaterdag 5 en zondag 6 december rijden er geen treinen", 0, 0, "nl",
     "2026-12-05 nl r; 2026-12-06 nl r"},
    {"samedi 5 et 6 décembre", 0, 0, "fr", "2026-12-05 fr r; 2026-12-06 fr r"},
    {"Saturday 6 December", 0, 0, "en", "2025-12-06 en -"},
    /* b23: a four-digit number right after the month is its year, not a decree's number
       before the day; but not the next date's year glued to its mark */
    {"(D.R. n. 1577 del 9 ottobre 2025)", 0, 0, "it", "2025-10-09 it -"},
    /* b23: Italian "ore" introduces a bare hour ("ore 15"), as "alle" does */
    {"Sessione informativa: giovedì 3 dicembre, ore 15, Aula Magna", 0, 0, "it",
     "2026-12-03T15:00:00 it -"},
    /* b23: a time that ends its sentence is not the next sentence's date's; a dot before
       a small letter may be an abbreviation's */
    {"laatste treinen rond 20:00 uur. Op 1 januari 2027 rijden", 0, 0, "nl", "2027-01-01 nl -"},
    {"rond 20:00 u. op 1 januari 2027 rijden", 0, 0, "nl", "2027-01-01T20:00:00 nl -"},
    /* b23: a number right after "since" is a year, whatever word follows */
    {"Bin seit 1993 Dauerkarteninhaber, so ein Spiel", 0, 0, "de", "1993 de -"},
    {"Je la fais depuis 2019 avec la recette de votre livre", 0, 0, "fr", "2019 fr -"},
    {"Sinds 2023 rijdt de Intercity direct naar Berlijn", 0, 0, "nl", "2023 nl -"},
    /* b23: Turkish "-teki" (of the year: "-te" and "-ki"); Polish "w latach" (in the
       years) before a range of years */
    {"Aydın'ın golü harikaydı, 2023'teki şampiyonluk ruhu geri geldi.", 0, 0, "tr", "2023 tr -"},
    {"W latach 1968–2004 pracował w Zakładach Azotowych", 0, 0, "pl", "1968 pl -; 2004 pl -"},
    /* b23: Korean "also in" 에도 glued to a month, "about" 경 to an hour */
    {"작년 11월에도 엘리베이터 점검 때 공지가 늦었는데", 0, 0, "ko", "2025-11 ko -"},
    {"※ 어제 오후 3시경 102동 급수 배관", 0, 0, "ko", "2026-11-25T15:00:00 ko -"},
    /* a year-less date takes the reference's year, not an older date's before it */
    {"The plant opened in 2019. On 3 May 2019 it closed. We met on 14 October.", 0, 0, NULL,
     "2019-05-03 en -; 2026-10-14 en -"},
    /* but a list shares its year */
    {"July 12th, 2014. July 13th, July 14th", 0, 0, NULL,
     "2014-07-12 en -; 2014-07-13 en -; 2014-07-14 en -"},
    /* a weekday alone (the reference is a Thursday): the latest such day up to four days
       back; the next one further back, in a sentence with a future word, or when the page
       writes a date on it; recurring days, and pages of no known language, give none */
    {"The council met on Tuesday and approved the plan.", 0, 0, "en", "2026-11-24 en -"},
    {"The minister will visit the plant on Tuesday.", 0, 0, "en", "2026-12-01 en -"},
    {"An orange warning is in force on Saturday.", 0, 0, "en", "2026-11-28 en -"},
    {"Works start on Monday: the road closes on 30 November 2026.", 0, 0, "en",
     "2026-11-30 en -; 2026-11-30 en -"},
    {"Open every Saturday, Monday to Friday 9–17.", 0, 0, "en", ""},
    {"Le magasin est fermé le dimanche. Todos los martes. Jeden Montag.", 0, 0, "fr,es,de", ""},
    {"It closed on Monday.", 0, 0, NULL, ""},
    /* a weekday of two words before another ("từ Thứ Hai đến Thứ Bảy", Monday to Saturday)
       and a word of "any" right after one (weekday_cue 3) make it recurring; a count in
       words of another language before it does not qualify it ("het": Hungarian 7) */
    {"Làm việc 8h–17h30 từ Thứ Hai đến Thứ Bảy. Thứ bảy nào cũng kẹt xe.", 0, 0, "vi", ""},
    {"Chúng tôi gặp nhau Thứ Hai rồi.", 0, 0, "vi", "2026-11-23 vi -"},
    {"Eskom het Woensdag aangekondig dat die kragonderbrekings voortduur.", 0, 0, "af",
     "2026-11-25 af -"},
    {"Viðvörun gildir á föstudag.", 0, 0, "is", "2026-11-27 is -"},
    /* b22: a range's or list's first day after an elided article ("l'11", "dall'8") */
    {"No lectius l'11 i el 24 de setembre; de l'1 al 5 d'octubre.", 0, 0, "ca",
     "2026-09-11 ca r; 2026-09-24 ca r; 2026-10-01 ca r; 2026-10-05 ca r"},
    {"Mostra dall'8 al 12 dicembre.", 0, 0, "it", "2026-12-08 it r; 2026-12-12 it r"},
    /* b22: a clock time right before a date in brackets is that date's; not one glued to
       a version's number */
    {"31.12.2026. – noćni polazak iz Supetra u 01:30 (1. 1. 2027.); v1.12:30 (2. 1. 2027)", 0,
     0, "hr", "2026-12-31 - -; 2027-01-01T01:30:00 - -; 2027-01-02 - o"},
    /* b22: a Hebrew weekday with "from" glued to its "day" ("מיום שני", from Monday): the
       latest Monday in a sentence of the past */
    {"האספה הכללית נדחתה מיום שני האחרון ל-14 בדצמבר בשעה 20:00.", 0, 0, "he",
     "2026-11-23 he -; 2026-12-14T20:00:00 he -"},
    /* b22: Hebrew "ב" (in) dates a year that another phrase follows, after "and until"
       ("ועד") glued; a price after it stays none */
    {"ההרצאה עוסקת בשכונה מאז הקמתה ב-1953 ועד פתיחת הכרמלית ב-1959. קנינו ב-1500 ש\"ח.",
     0, 0, "he", "1953 he -; 1959 he -"},
    /* b22: the date's weekday after the day's ordinal dot and a comma is the date's, no
       date of its own */
    {"Várható kiszállítás: 2026. november 27., péntek. Szállítás: 2026.11.27., péntek", 0, 0,
     "hu", "2026-11-27 hu -; 2026-11-27 - -"},
    /* b22: a weekday's genitive (locales/el.txt): "του Σαββάτου" in a sentence with "θα" is
       the next Saturday */
    {"Ο Ολυμπιακός θα πάρει το ντέρμπι του Σαββάτου.", 0, 0, "el", "2026-11-28 el -"},
    {"Na avtocesti od ponedeljka delne zapore, od 30. novembra 2026.", 0, 0, "sl",
     "2026-11-30 sl -; 2026-11-30 sl -"},
    /* months and weekdays with the endings locales/ "suffix" lines give (Georgian, Basque,
       Uzbek, Belarusian); a number after a date's weekday or before the next date's month
       is no two-digit year; a range's start does not take a year across a ';' */
    {"ფესტივალი 7 დეკემბრიდან 11 დეკემბრამდე გაიმართება, ოქტომბერში კი 2025 წლის 12 "
     "დეკემბერს.", 0, 0, "ka", "2026-12-07 ka -; 2026-12-11 ka -; 2026-10 ka -; 2025-12-12 ka -"},
    {"Hurrengo partida abenduaren 3an, ostegunean, 21:00etan; azkena 2024ko martxoaren 2an.",
     0, 0, "eu", "2026-12-03T21:00:00 eu -; 2024-03-02 eu -"},
    {"Aksiya 27-noyabrdan 1-dekabrgacha davom etadi.", 0, 0, "uz", "2026-11-27 uz -; 2026-12-01 uz -"},
    {"Ён нарадзіўся ў чэрвені 1941 года.", 0, 0, "be", "1941-06 be -"},
    /* a date without a year takes the year its clause gives: an earlier date's, a year
       after a preposition; not across a comma, not a noun's year */
    {"Neuvottelut alkoivat lokakuussa 1939 ja katkesivat marraskuun 13. päivänä.", 0, 0, "fi",
     "1939-10 fi -; 1939-11-13 fi -"},
    {"As filloas son o doce do Entroido, que en 2027 se celebra o 9 de febreiro.", 0, 0, "gl",
     "2027-02-09 gl -"},
    {"Die Anlage ist vom Juni 2024, die letzte Wartung war am 14. September.", 0, 0, "de",
     "2024-06 de -; 2026-09-14 de -"},
    {"Vinjeta za leto 2027 bo v prodaji od 1. decembra.", 0, 0, "sl", "2026-12-01 sl -"},
    {"Narxlar 2025-yil mart oyidan beri o'zgarmagan.", 0, 0, "uz", "2025-03 uz -"},
    /* a bare hour after a word that introduces a time (locales/ time_word) */
    {"Vi ses mandag den 30. november kl. 8 i hallen.", 0, 0, "da", "2026-11-30T08:00:00 da -"},
    {"La riunione è il 3 dicembre alle 15 in sala, per 3 ore.", 0, 0, "it",
     "2026-12-03T15:00:00 it -"},
    /* issue 10: a phrase of several words is read whole for the page's languages ("kun
       oldin": "kun" alone is a Samburu weekday); a word after a weekday that makes it
       recurring (weekday_cue 3); a range's word counted in characters ("ਤੋਂ", to) */
    {"Dushanba kuni buyurtma berdim. Dilnoza R. · 3 kun oldin · ★★★★★", 0, 0, "uz",
     "2026-11-23 uz -; 2026-11-23 uz -"},
    {"Hôm qua tôi đi chợ. Thứ bảy nào cũng kẹt xe ở đây.", 0, 0, "vi", "2026-11-25 vi -"},
    /* weekdir: a past word right before or after a weekday alone (fillers between) keeps
       it back, even six days back or with a future word further in its sentence
       (weekday_past); without one the weekday moves as before; a comment's stamp
       ("Name · weekday time") is past */
    {"U nas podobnie, mąż robił w piątek i wyszło.", 0, 0, "pl", "2026-11-20 pl -"},
    {"U nas podobnie, mąż będzie w piątek.", 0, 0, "pl", "2026-11-27 pl -"},
    {"Pedido de Juliana — enviada segunda-feira", 0, 0, "pt", "2026-11-23 pt -"},
    {"O pedido vai chegar segunda-feira.", 0, 0, "pt", "2026-11-30 pt -"},
    {"Пробки в Новосибирске в пятницу достигли 9 баллов.", 0, 0, "ru", "2026-11-20 ru -"},
    {"Пробки в Новосибирске в пятницу будут сильными.", 0, 0, "ru", "2026-11-27 ru -"},
    {"Theo kế hoạch công bố hôm thứ Ba, đoàn tàu sẽ vận hành thử.", 0, 0, "vi",
     "2026-11-24 vi -"},
    {"Theo kế hoạch, thứ Ba đoàn tàu sẽ vận hành thử.", 0, 0, "vi", "2026-12-01 vi -"},
    /* weekdir: future words of es and tr (weekday_cue 1: "hay", "va", "será"; "miyiz",
       "olacak"); the past tense keeps the latest one */
    {"VAMOS VERDE!!! el domingo hay que llenar todo.", 0, 0, "es", "2026-11-29 es -"},
    {"El domingo hubo que llenar todo.", 0, 0, "es", "2026-11-22 es -"},
    {"O saatlerde gelemiyoruz, Pazar günü görebilir miyiz?", 0, 0, "tr", "2026-11-29 tr -"},
    {"Pazar günü gördük.", 0, 0, "tr", "2026-11-22 tr -"},
    /* weekdir: fa "گذشته", pa "ਪਿਛਲੇ", is "vann" keep a weekday back (weekday_past); he
       "הבא" after one puts it ahead (weekday_cue 1) */
    {"جمعه گذشته سفارش دادم و زود رسید.", 0, 0, "fa", "2026-11-20 fa -"},
    {"جمعه سفارش می‌دهم.", 0, 0, "fa", "2026-11-27 fa -"},
    {"ਉਹ ਪਿਛਲੇ ਸ਼ੁੱਕਰਵਾਰ ਪੰਜਾਬ ਪਹੁੰਚੇ।", 0, 0, "pa", "2026-11-20 pa -"},
    {"ਉਹ ਸ਼ੁੱਕਰਵਾਰ ਪੰਜਾਬ ਆਉਣਗੇ।", 0, 0, "pa", "2026-11-27 pa -"},
    {"Tindastóll vann Keflavík 94:88 á föstudaginn.", 0, 0, "is", "2026-11-20 is -"},
    {"Tindastóll mætir Keflavík á föstudaginn.", 0, 0, "is", "2026-11-27 is -"},
    {"אסיפת הורים ביום רביעי הבא.", 0, 0, "he", "2026-12-02 he -"},
    {"אסיפת הורים ביום רביעי.", 0, 0, "he", "2026-11-25 he -"},
    /* weekdir: a past participle after a future auxiliary is future; a '.' between digits
       ends no sentence */
    {"O pedido será enviado segunda-feira.", 0, 0, "pt", "2026-11-30 pt -"},
    {"O pedido enviado segunda-feira.", 0, 0, "pt", "2026-11-23 pt -"},
    /* b27: "past" right before the weekday (es "el pasado", pt "na passada"; weekday_past)
       keeps it back on a page that looks ahead, and qualifies it no more than "el domingo
       pasado" does; an English "last Friday's" with its possessive */
    {"Reunión el 3 de diciembre y fiesta el 18 de diciembre. El pasado martes cerramos la "
     "sala.", 0, 0, "es", "2026-12-03 es -; 2026-12-18 es -; 2026-11-24 es -"},
    {"Reunião a 3 de dezembro e festa a 18 de dezembro. Na passada sexta-feira, a turma "
     "venceu o concurso.", 0, 0, "pt", "2026-12-03 pt -; 2026-12-18 pt -; 2026-11-20 pt -"},
    {"Last Tuesday's storm closed the line until 10 December.", 0, 0, "en",
     "2026-11-24 en -; 2026-12-10 en -"},
    {"Mąż w piątek za 1.800 zł robił przegląd.", 0, 0, "pl", "2026-11-20 pl -"},
    {"Mąż w piątek za 1.800 zł zrobi przegląd.", 0, 0, "pl", "2026-11-27 pl -"},
    {"Que bo recordo!\nLois · venres ás 9:47\nQuedáronme un pouco grosas.", 0, 0, "gl",
     "2026-11-20T09:47:00 gl -"},
    {"Que bo recordo!\nLois, venres ás 9:47 imos á feira.", 0, 0, "gl",
     "2026-11-27T09:47:00 gl -"},
    {"ਟੂਰਨਾਮੈਂਟ 8 ਤੋਂ 15 ਦਸੰਬਰ ਤੱਕ ਚੱਲੇਗਾ।", 0, 0, "pa", "2026-12-08 pa r; 2026-12-15 pa r"},
    {"Narlıdere hattının 2. etabı 18 Aralık 2026'da açılacak.", 0, 0, "tr", "2026-12-18 tr -"},
    {"दर रविवारी आम्ही नवीन पाककृती प्रकाशित करतो.", 0, 0, "mr", ""},
    /* a date without a year after "every year" recurs; a year's dot before a capital ends
       the sentence, whose year the next date does not take */
    {"Ĉiujare la 15-an de decembro esperantistoj festas. Ni venos la 3-an de decembro.", 0, 0,
     "eo", "2026-12-03 eo -"},
    {"Il-maltemp ta' 16 ta' Frar 2025. F'Ottubru, Malta rċeviet 112 mm xita.", 0, 0, "mt",
     "2025-02-16 mt -; 2026-10 mt -"},
    /* a weekday of two words in lower case after a capitalised name is no name's ("Black
       Friday"); a number that is no day after a weekday and a filler leaves it alone; a
       one-letter word read whole with the next ("í gær") speaks for the page's language;
       a one-letter month prefix before a superscript is a unit */
    {"Ni fydd trenau rhwng Machynlleth ac Aberystwyth ddydd Sadwrn.", 0, 0, "cy",
     "2026-11-28 cy -"},
    {"برینٹ خام تیل منگل کو 71.3 ڈالر فی بیرل پر بند ہوا۔", 0, 0, "ur", "2026-11-24 ur -"},
    {"Birt 26. nóvember 2026 kl. 09:12, fyrir 2 klukkustundum.\nJón · í gær kl. 22:40\n"
     "Gunna · fyrir 3 dögum", 0, 0, NULL,
     "2026-11-26T09:12:00 is -; 2026-11-26T10:00:00Z is -; 2026-11-25T22:40:00 is -; "
     "2026-11-23 is -"},
    {"Loyer: 2.150 € · 78 m², 3. Stack", 0, 0, NULL, ""},
    /* weekdays told in order in one sentence: the first stays in the days just past when
       the next one does (ordered on Friday, came on Monday) */
    {"Баасан гарагт захиалсан, Даваа гарагт ирсэн.", 0, 0, "mn",
     "2026-11-20 mn -; 2026-11-23 mn -"},
    /* a month without a year after "every year", past a preposition, recurs */
    {"Husk at servicen skal laves hvert år i oktober. Vi ses i december.", 0, 0, "da",
     "2026-12 da -"},
    /* a colon and one digit is a score, not a time */
    {"Legia pokonała Wisłę 2:0 w niedzielę 22 listopada.", 0, 0, "pl", "2026-11-22 pl -"},
    /* issue 10, part A: a range written after its month gives both ends, never a day read
       as a two-digit year ("Dec 18–20" is no 18 December 2020) */
    {"Christmas market Dec 18–20 in the old town.", 0, 0, NULL,
     "2026-12-18 en r; 2026-12-20 en r"},
    {"Tickets for Nov 28 - 30, 2027 are on sale.", 0, 0, NULL,
     "2027-11-28 en r; 2027-11-30 en r"},
    {"Christmas market 18–20 Dec in the old town.", 0, 0, NULL,
     "2026-12-18 en r; 2026-12-20 en r"},
    {"Sale Dec-18-20", 0, 0, NULL, "2020-12-18 en -"},
    /* numbers across a middle dot, bar, bullet or spaced dash are no one date */
    {"Ausgabe 12 · 2024 | Seite 3 | 2019 • 12 — 2024", 0, 0, NULL, ""},
    {"Posted Nov 12 · 2024 comments", 0, 0, NULL, "2026-11-12 en -"},
    {"Veröffentlicht am 3. Dezember 2026 · 14:30 Uhr", 0, 0, NULL, "2026-12-03T14:30:00 de -"},
    /* a superscript or subscript digit glued to a word or number is no number */
    {"Wohnung 21 m² 12 Dez frei, 80 m² 2019 renoviert", 0, 0, "de", "2026-12-12 de -"},
    {"Studio 21 m² · 2e étage · H₂O 3 · CO₂ 2024", 0, 0, NULL, ""},
    /* a weekday and a time around a day and month: day-first with dots, the order the
       weekday fits with a slash; a bracket closes the weekday before the time */
    {"Konzert: Sa 28.11. 19:30, sobota 28.11. 18:00", 0, 0, NULL,
     "2026-11-28T19:30:00 - -; 2026-11-28T18:00:00 - -"},
    /* a weekday before a day and month by a hyphen, both of two digits, in the order it
       falls on (a timetable's rows); a weekday of a common word ("za", "zo") at the start
       of a line only; no span of hours ("za 10-17") */
    {"Dag\nvr 27-11 (vanaf 22:00)\nza 28-11\nen zo 29-11 keer", 0, 0, NULL,
     "2026-11-27 - -; 2026-11-28 - -"},
    {"Fri 11-27 and Pt 27-11", 0, 0, NULL, "2026-11-27 - -; 2026-11-27 - -"},
    {"Öffnungszeiten: Sa 10-17, dissabte 10–18, vr 26-11", 0, 0, NULL, ""},
    /* b27: so by a dot without its final one, when the numbers are no clock's ("Вт 24.11",
       a guide's days); not on a day the weekday does not fall on ("Пт 25.11") */
    {"Программа: ◄ Вт 24.11 | Ср 25.11 | Чт 26.11 ►", 0, 0, "ru",
     "2026-11-24 ru -; 2026-11-25 ru -; 2026-11-26 ru -"},
    {"Программа: Пт 25.11 и Ср 30.11", 0, 0, "ru", ""},
    {"開演 12/5（土）10:00、11月28日（土）10:00", 0, 0, NULL,
     "2026-12-05T10:00:00 ja -; 2026-11-28T10:00:00 ja -"},
    {"Publié le 25/11/2026, le 04/12 à 10 h.", 0, 0, NULL,
     "2026-11-25 - -; 2026-12-04T10:00:00 - o"},
    /* a month and year in numbers, the month in two digits (DNP_CONF_MONTH_YEAR_PADDED);
       not an issue number, a score, a part number or a one-digit month */
    /* a filler's languages share its vote: "kl." twice makes no Yangben page (its
       Thursday), and the Swedish weak months stay */
    {"Publicerad 24 november 2026 kl. 20:31. Lucialoppet söndag 13 december kl. 10. "
     "Marathon den 5 juni 2027. Lotta · 3 timmar sedan", 0, 0, NULL,
     "2026-11-24T20:31:00 sv -; 2026-12-13T10:00:00 sv -; 2027-06-05 sv -; "
     "2026-11-26T09:00:00Z sv -"},
    /* a month alone beside a weekday word of another language ("ho", "CP") is one, and
       after "every" in another clause ("Ciao a tutti, a settembre"); a month in its
       stand-alone form only (a nominative: the month named) is none */
    {"Ciao a tutti, a settembre ho preso una Model 3.", 0, 0, "it", "2026-09 it -"},
    {"Em outubro, a CP transportou 15,2 milhões de passageiros.", 0, 0, "pt", "2026-10 pt -"},
    {"Tomai, gegužė ten geriausias laikas. Grįžome gegužės mėnesį.", 0, 0, "lt",
     "2026-05 lt -"},
    /* a day and month without a year in the order the language writes them without one
       (CLDR's Md: zh "M/d", though its dates with a year are year-first); a weekday in
       brackets reads "12/12" alike; a version's numbers lend no year; CJK punctuation ends
       the clause whose year a date takes */
    {"台北捷運局今日宣布。小芳：12/19 我一定要去搭。淡水線將於12/12（六）維修。", 0, 0, "zh",
     "2026-11-26 zh -; 2026-12-19 - o; 2026-12-12 zh -"},
    {"系統已完成軟體更新（版本 5.2.11），並將在12月5日進行測試。", 0, 0, "zh",
     "2026-12-05 zh -"},
    {"老王：從民國108年等到現在……（11/24 18:05）", 0, 0, "zh",
     "2019 zh -; 2026-11-24T18:05:00 - o"},
    /* issue 10: a page that writes the ROC era once (民國) writes its other years in it
       without the era: three-digit years with 年 and in numbers, year first, are Minguo
       years (115 is 2026); on a page that writes no era, the years before a Chinese 年 only
       (locales/ roc_year_mark; b19), none in numbers; each date alone, nothing */
    {"發文日期：中華民國115年11月20日\n停水時間：115年12月5日（星期六）22時起。已於115/11/25"
     "公布。發布日期：115-11-20", 0, 0, NULL,
     "2026-11-20 zh -; 2026-12-05T22:00:00 zh -; 2026-11-25 - -; 2026-11-20 - -"},
    {"停水時間：115年12月5日（星期六）22時起。已於115/11/25公布。發布日期：115-11-20", 0, 0,
     NULL, "2026-12-05T22:00:00 zh -"},
    {"發文日期：中華民國115年11月20日\n停水時間：115年12月5日（星期六）22時起。已於115/11/25"
     "公布。", DN_SEARCH_NO_PAGE, 0, NULL, "2026-11-20 yue -"},
    /* a year ROC's tables cannot read (115年2月29日: 2026 has no 29 February) is none */
    {"中華民國115年11月20日公告，115年2月29日", 0, 0, NULL, "2026-11-20 yue -"},
    /* a date before a span of times keeps no time, and the span's numbers no day or year */
    {"Market on Saturday, 13 December 10:00–16:00; then 13.12.2026 10:00-16:00", 0, 0, "en",
     "2025-12-13T10:00:00 en r; 2025-12-13T16:00:00 en r; 2026-12-13T10:00:00 - r; "
     "2026-12-13T16:00:00 - r"},
    {"Fair on 13 December 10:00–16:00; 13.12.2026", 0, 0, "en",
     "2026-12-13T10:00:00 en r; 2026-12-13T16:00:00 en r; 2026-12-13 - -"},
    /* issue 10: a span of clock times after a date gives both ends, the words before the
       first and between them of any language ("tussen ... en", "kl.", a suffix "-ին"); the
       hours after a range of days, or after a date that ends one, are every day's */
    {"Besigtiging: Saterdag 28 November tussen 10:00 en 12:00.", 0, 0, "af",
     "2026-11-28T10:00:00 af r; 2026-11-28T12:00:00 af r"},
    {"Woensdag 9 Desember 2026 om 10:00 · Besigtiging Dinsdag 8 Desember, 09:00–16:00", 0, 0,
     "af", "2026-12-09T10:00:00 af -; 2026-12-08T09:00:00 af r; 2026-12-08T16:00:00 af r"},
    {"Opið hús laugardaginn 28. nóvember kl. 13:00–14:00.", 0, 0, "is",
     "2026-11-28T13:00:00 is r; 2026-11-28T14:00:00 is r"},
    {"Ausstellung 24.11.–23.12.2026, täglich 10:00–21:00 Uhr", 0, 0, "de",
     "2026-11-24 - or; 2026-12-23 - r"},
    /* b22: a range's link that is also another language's weekday (Catalan "al", a Basque
       Monday, as 29 March 2027 is one) is the range's, no weekday of its end */
    {"Setmana Santa: del 22 al 29 de març de 2027.", 0, 0, "ca",
     "2027-03-22 ca r; 2027-03-29 ca r"},
    /* b22: the date's weekday in brackets, and the page's fillers ("v", "od"), count as
       no words between the date and its hours; a weekday that is not the date's stops it */
    {"Zber sa uskutoční 3.12.2026 (štvrtok) v čase od 7:30 do 15:30 hod. na dvore.", 0, 0, "sk",
     "2026-12-03T07:30:00 - or; 2026-12-03T15:30:00 - or"},
    {"Zber sa uskutoční 3.12.2026 (piatok) v čase od 7:30 do 15:30 hod.", 0, 0, "sk",
     "2026-12-03 - o; 2026-11-27 sk -"},
    /* b22: a date's time after its weekday in brackets and "nuo" (from: locales/ time_link);
       a year alone with the instrumental of "year" after it ("2008 metais") */
    {"Atsisveikinti galima lapkričio 27 d. (penktadienį) nuo 14 val. Į pensiją išėjo 2008 "
     "metais, bet dirbo.", 0, 0, "lt", "2026-11-27T14:00:00 lt -; 2008 lt -"},
    /* misses19: two times right after a date joined by the language's "and" are the day's
       showings, a list and no span: the date alone, its time read by the scan or not
       (Polish "i", Slovak "a"); the same times joined by a dash stay a span */
    {"Seanse: sobota 5 grudnia 2026, 15:00 i 19:30; bilety od 1 grudnia 2026.", 0, 0, "pl",
     "2026-12-05 pl -; 2026-12-01 pl -"},
    {"Predstavenia: piatok 4. decembra 2026 17:00 a 20:00", 0, 0, "sk", "2026-12-04 sk -"},
    {"Predstavenie: piatok 4. decembra 2026 17:00–20:00", 0, 0, "sk",
     "2026-12-04T17:00:00 sk r; 2026-12-04T20:00:00 sk r"},
    /* b31fix: a span of hours whose am/pm word only its end writes: the start takes the
       pm when it is then no later than the end; "11:00-1:30 p.m." keeps its 11:00, and a
       span in 24 hours or with no pm word stays as written */
    {"Town hall on Thursday, March 4, 2027, 5:15-8:00 p.m. at the library.", 0, 0, "en",
     "2027-03-04T17:15:00 en r; 2027-03-04T20:00:00 en r"},
    {"Clinic on Thursday, March 4, 2027, 11:00-1:30 p.m. at the library.", 0, 0, "en",
     "2027-03-04T11:00:00 en r; 2027-03-04T13:30:00 en r"},
    {"Clinic on Thursday, March 4, 2027, 8:00-11:00 a.m. at the library.", 0, 0, "en",
     "2027-03-04T08:00:00 en r; 2027-03-04T11:00:00 en r"},
    /* b31fix: two hours alone linked by a time word of the page ("alle") are a span
       whatever word follows the end; a unit after it still makes them a count */
    {"La visita guidata si terrà martedì 15 dicembre dalle 9 alle 11 presso il museo.", 0, 0,
     "it", "2026-12-15T09:00:00 it r; 2026-12-15T11:00:00 it r"},
    /* b31fix: a one-letter month prefix apart from its numbers (Yangben "o") is a weak
       month word: "2 o 3" is no 2 March on a Spanish page, nor on one of unknown language */
    {"Ayer, 25 de noviembre de 2026. Se quita tras 4 o 5 lavados; el 3 de diciembre abre.", 0,
     0, NULL, "2026-11-25 es -; 2026-12-03 es -"},
    {"Se quita tras 4 o 5 lavados.", 0, 0, NULL, ""},
    /* issue 10 (branch conn): the span's times read whole by clock.c's dnp_clock_text: an
       hour mark ("8h00", "13 h", "8 h 30"), digits of any script, H.MM with an am/pm word
       or day period, which sets the hour ("1.00 petang" 13:00, "1:00 مساءً" 13:00); the
       link a short word the first time's reader may take for am/pm ("de 00:00 a 23:59") */
    {"Nhà mẫu: Thứ Bảy, 28/11/2026, từ 8h00 đến 11h30 tại số 259.", 0, 0, NULL,
     "2026-11-28T08:00:00 vi r; 2026-11-28T11:30:00 vi r"},
    {"Rencontres : vendredi 27 novembre, de 8 h 30 à 11 h 30 (prise de rendez-vous)", 0, 0,
     NULL, "2026-11-27T08:30:00 fr r; 2026-11-27T11:30:00 fr r"},
    {"Kelas – Sabtu, 19 Disember 2026, 9.00 pagi – 1.00 petang", 0, 0, NULL,
     "2026-12-19T09:00:00 ms r; 2026-12-19T13:00:00 ms r"},
    {"ថ្ងៃសុក្រ ទី២៧ ខែវិច្ឆិកា ម៉ោង ២០:០០–២២:០០ — កាស", 0, 0, NULL,
     "2026-11-27T20:00:00 km r; 2026-11-27T22:00:00 km r"},
    {"الأحد 13 ديسمبر 2026م، 10:00 صباحًا – 1:00 مساءً", 0, 0, NULL,
     "2026-12-13T10:00:00 ar r; 2026-12-13T13:00:00 ar r"},
    {"Nyílt nap: 2026. december 5., szombat 10:00 – 13:00, előzetes bejelentkezéssel.", 0, 0,
     NULL, "2026-12-05T10:00:00 hu r; 2026-12-05T13:00:00 hu r"},
    {"paros el viernes 11 de diciembre, de 00:00 a 23:59.", 0, 0, NULL,
     "2026-12-11T00:00:00 es r; 2026-12-11T23:59:00 es r"},
    /* b27: hours without their own mark, the second end's mark ("Uhr") giving it to both,
       with at most one word before the first (DNP_PAGE_BARE_HOURS_WORDS); not an event's
       name and place before them, nor numbers no hour mark follows (a duration) */
    {"Führung: Sonntag, 6. Dezember, 14 bis 16 Uhr im Museum", 0, 0, NULL,
     "2026-12-06T14:00:00 de r; 2026-12-06T16:00:00 de r"},
    {"Sprechstunde: Dienstag, 1. Dezember, zwischen 9 und 11 Uhr.", 0, 0, NULL,
     "2026-12-01T09:00:00 de r; 2026-12-01T11:00:00 de r"},
    {"Mo, 30.11.  Adventmarkt am Hauptplatz, 10–18 Uhr", 0, 0, "de", "2026-11-30 de -"},
    {"Samstag, 5. Dezember, 2 bis 3 Stunden Wartezeit", 0, 0, NULL, "2026-12-05 de -"},
    /* b27: a list's bullet is no range's dash, though a number stands on the line before */
    {"Cursos (plazas 30 €)\n- viernes 4 de diciembre de 2026, de 18:00 a 20:00", 0, 0, NULL,
     "2026-12-04T18:00:00 es r; 2026-12-04T20:00:00 es r"},
    /* b27: the bracket the date opened closes before its hours; an am/pm word before the
       first hour sets it, and the second's when that makes it later (上午 ... 12時 stays
       noon); a wave dash before the date makes it a range's end ("until 9 December"), its
       hours every day's */
    /* (after the bracketed date, the scan joins its first time itself (timebefore: a time
       after the date's own closing bracket); wrong31: the date gives it back for
       hours_after to read the span: timed_span_unjoin) */
    {"［公告］本週日（11/29）下午2時至5時停水", 0, 0, "zh",
     "2026-11-29T14:00:00 - or; 2026-11-29T17:00:00 - or"},
    {"說明會：12月5日（六）上午9時至12時", 0, 0, "zh",
     "2026-12-05T09:00:00 zh r; 2026-12-05T12:00:00 zh r"},
    {"個別面談（〜12月9日（水）、14:00〜16:30）", 0, 0, "ja", "2026-12-09 ja -"},
    /* b27: the bytes after a date that may begin such a span, read before its tokens
       (bare_span_bytes): an am/pm word glued to the hours ("10yb – 2yp", Welsh) */
    {"Ffair: Dydd Sadwrn 5 Rhagfyr 2026, 10yb – 2yp", 0, 0, NULL,
     "2026-12-05T10:00:00 cy r; 2026-12-05T14:00:00 cy r"},
    /* the hours after the end of a range of days stay every day's, "a" their link */
    {"Del 5 de diciembre de 2026 al 6 de enero de 2027, de 10:00 a 22:00 h. Entrada", 0, 0,
     NULL, "2026-12-05 es -; 2027-01-06 es -"},
    /* a word that connects a time to the date before it (locales/ time_link, time_word), of
       the date's language: "à partir de" is no Spanish "a partir de" after a French date */
    {"Domenica 29 novembre dalle 13:50: Gran Premio", 0, 0, NULL,
     "2026-11-29T13:50:00 it -"},
    {"Preventa: 30/11/2026 a partir de las 11:00 h. Venta general", 0, 0, NULL,
     "2026-11-30T11:00:00 - -"},
    {"Седница за четврток, 3 декември 2026 година, со почеток во 10:00 часот,", 0, 0, NULL,
     "2026-12-03T10:00:00 mk -"},
    {"Odprtje razstave: sreda, 2. decembra 2026, ob 18. uri", 0, 0, "sl",
     "2026-12-02T18:00:00 sl -"},
    {"Özel gala gösterimi: 27.11.2026 Cuma, saat 20:00 – oyuncularla", 0, 0, NULL,
     "2026-11-27T20:00:00 - -"},
    /* b26fix: the weekday the date falls on, a space, its time; a weekday that does not
       fit takes no time, nor does a weekday-like word with none after it */
    {"Festival: 25.11.2026 Wednesday 7:30 in the hall", 0, 0, NULL,
     "2026-11-25T07:30:00 - -"},
    {"Festival: 25.11.2026 Thursday 7:30 in the hall", 0, 0, NULL, "2026-11-25 - -"},
    {"திருவிழா 25.11.2026 புதன்கிழமை அன்று காலை 7.30 மணிக்கு கொடியேற்றத்துடன் தொடங்கியது.", 0,
     0, NULL, "2026-11-25T07:30:00 - -"},
    {"Quillstore v4.11.09 on Ubuntu 22.04 hosts", 0, 0, NULL, ""},
    /* b26fix: a risky weekday name (Azeri "C") after a marked date is no weekday of it
       unless bracketed: the year-less date keeps the reference's year, not the year the
       31st of October was a Friday */
    {"截至10月31日，C919累计交付62架。", 0, 0, NULL, "2026-10-31 ja -"},
    /* b26fix: a named year before the month, a filler between; "this year's" August */
    {"Moje prethodno putovanje ovde bilo je prošle godine u maju, kada je sve bilo zeleno.", 0,
     0, NULL, "2025-05 sr -"},
    {"Předchozí vysavač jsem měla od roku 2019, vydržel letošního srpna.", 0, 0, NULL,
     "2019 cs -; 2026-08 cs -"},
    /* b26fix: Finnish "vuoden" (of the year) before a year alone, whatever follows */
    {"Vuoden 2025 joulunavaukseen osallistui noin 8 000 ihmistä.", 0, 0, "fi", "2025 fi -"},
    {"Tatkal opens on 30th November at 10 AM.", 0, 0, NULL, "2026-11-30T10:00:00 en -"},
    {"Arrivée le vendredi 18 décembre 2026 (à partir de 15h).", 0, 0, NULL, "2026-12-18 fr -"},
    /* a time in a table's next cell (3 blanks or a tab) is no time of the date */
    {"Zaterdag 28 november   18.00 u   Eucharistie\nZondag 29 november\t09.30 u   Mis", 0, 0,
     NULL, "2026-11-28 nl -; 2026-11-29 nl -"},
    {"31 Nollaig 2026                 10.00 – 14.00", 0, 0, NULL, "2026-12-31 ga -"},
    /* timejoin: unless a heading names the column a time's (a time word at its top: a
       court's list), the time alone in its cell and the date first on its row; a row of
       two times (a flight's departure and arrival) keeps the date alone */
    {"RETSLISTE\nDato          Kl.      Sagstype                Lokale\n"
     "30.11.2026    09.30    Straffesag (dom)        Retssal 4\n"
     "01.12.2026    10.00    Fogedsag                Retssal 2", 0, 0, "da",
     "2026-11-30T09:30:00 - -; 2026-12-01T10:00:00 - o"},
    {"Dato\tKl.\tSag\n30.11.2026\t09.30\tStraffesag", 0, 0, "da", "2026-11-30T09:30:00 - -"},
    {"Dato          Kl.      Sagstype\n30.11.2026    09.30    10.30    Straffesag", 0, 0, "da",
     "2026-11-30 - -"},
    {"日期          实际起飞  实际到达  状态\n2026-11-25    14:02     16:11     正常", 0, 0, "zh",
     "2026-11-25 - -"},
    {"Dato          Kl.      Sagstype\n2026-11-25    14:02     Straffesag", 0, 0, "da",
     "2026-11-25T14:02:00 - -"},
    /* year words and case endings of locales/ (kk, ka): the year's genitive and adjectival
       forms, a month with the possessive and a case ending, a month stem that drops its
       vowel ("იანვრიდან") */
    {"Ең төменгі температура 1893 жылғы қаңтарда тіркелді. 2025 жылдың 28 қарашасында қала "
     "суып кетті.", 0, 0, "kk", "1893-01 kk -; 2025-11-28 kk -"},
    {"შენობა აშენებულია 1978 წელს. 2026 წლის იანვრიდან საკომისიო შემცირდა.", 0, 0, "ka",
     "1978 ka -; 2026-01 ka -"},
    {"Կենտրոնը հիմնադրվել է 1981 թվականին: 2024 թ. սեպտեմբերից գործում է նոր մասնաշենքը:", 0, 0,
     "hy", "1981 hy -; 2024-09 hy -"},
    /* a second day with its ordinal suffix after a date whose day has one, the month
       before them: a range or a list of days of that month */
    {"Izen-ematea: 2027ko urtarrilaren 11tik 29ra, idazkaritzan.", 0, 0, "eu",
     "2027-01-11 eu r; 2027-01-29 eu r"},
    {"Abenduaren 7a eta 8a: zubia eta jaieguna", 0, 0, "eu", "2026-12-07 eu r; 2026-12-08 eu r"},
    {"Open house on Dec 18th and 20th only", 0, 0, "en", "2026-12-18 en r; 2026-12-20 en r"},
    {"Deadline Dec 18th 2027 for all", 0, 0, "en", "2027-12-18 en -"},
    /* a range of two days and months with their dots that turns the year: the end is the
       next year's; its dotted end after a dash is no time of the start ("21.12. – 06.01.") */
    {"Die Bücherei ist vom 21.12.–06.01. geschlossen.", 0, 0, "de",
     "2026-12-21 - or; 2027-01-06 - or"},
    {"Weihnachtsferien: 21.12. – 06.01.", 0, 0, "de", "2026-12-21 - or; 2027-01-06 - or"},
    {"з 12 грудня 2026 по 7 січня 2027, щодня з 10:00 до 22:00", 0, 0, "uk",
     "2026-12-12 uk -; 2027-01-07 uk -"},
    /* a zone's local name no word the scan knows, a comma and its offset in brackets: the
       offset; a name alone gives none unless it is a zone's phrase (locales/zones.tsv:
       Georgian "by Tbilisi time") */
    {"Жаңартылды: 26.11.2026, 11:30 (Астана уақыты, UTC+5)", 0, 0, "kk",
     "2026-11-26T11:30:00+05:00 - -"},
    {"Жаңартылды: 26.11.2026, 11:30 (Астана уақыты)", 0, 0, "kk", "2026-11-26T11:30:00 - -"},
    {"დაწყება: 27.11.2026 18:00 (თბილისის დროით)", 0, 0, "ka",
     "2026-11-27T18:00:00+04:00 - -"},
    /* issue 10: a zone after a span of hours is both ends' zone, each with the offset in
       force at its own time (ET across the night the clocks go forward); a bracket that
       holds no zone gives none; timejoin: a GMT word with an offset after it gives that
       offset, as after one time (it gave none) */
    {"Bakım: 28.11.2026 Cumartesi 02:00 - 06:00 (TSİ) arasında", 0, 0, "tr",
     "2026-11-28T02:00:00+03:00 - r; 2026-11-28T06:00:00+03:00 - r"},
    {"Hooldus: laupäeval, 5. detsembril 2026 kell 02:00–04:00 (EET)", 0, 0, "et",
     "2026-12-05T02:00:00+02:00 et r; 2026-12-05T04:00:00+02:00 et r"},
    {"Maintenance: Sunday, March 8, 2026, 1:00 - 3:00 ET", 0, 0, "en",
     "2026-03-08T01:00:00-05:00 en r; 2026-03-08T03:00:00-04:00 en r"},
    {"Bakım: 28.11.2026 02:00 - 06:00 GMT+3", 0, 0, "tr",
     "2026-11-28T02:00:00+03:00 - r; 2026-11-28T06:00:00+03:00 - r"},
    {"Bakım: 28.11.2026 02:00 - 06:00 (Ankara ofisi)", 0, 0, "tr",
     "2026-11-28T02:00:00 - r; 2026-11-28T06:00:00 - r"},
    /* issue 10: a time of the date, then the name of its zone as pages write it: Cairo time
       with Arabic's glued preposition (locales/ar zone_format), Spain's mainland time and
       Moscow's abbreviation (locales/zones.tsv); the Slovak club "MŠK" is no "MSK" */
    {"تبدأ الفعاليات الأحد ٢٩ نوفمبر الساعة ١١ صباحًا بتوقيت القاهرة.", 0, 0, "ar",
     "2026-11-29T11:00:00+02:00 ar -"},
    {"Plazo: 15 de diciembre de 2026 a las 23:59 (hora peninsular).", 0, 0, "es",
     "2026-12-15T23:59:00+01:00 es -"},
    {"Окончание торгов: 29.11.2026 20:00 МСК", 0, 0, "ru", "2026-11-29T20:00:00+03:00 - -"},
    {"St 2. 12. 2026 o 17:00  MŠK Žilina – FC Košice", 0, 0, "sk",
     "2026-12-02T17:00:00 sk -"},
    /* a zone's abbreviation after a date's time is the zone, no short month of another
       language that turns the date away ("KST") */
    {"릴리스 일시: 2026년 11월 23일 오후 3:42 KST", 0, 0, NULL, "2026-11-23T15:42:00+09:00 ko -"},
    {"Perth fans note: the general on-sale starts 10am AWST on Friday 4 December.", 0, 0, NULL,
     "2026-12-04T10:00:00+08:00 en -"},
    /* a range whose end has its weekday ("Fri 4 – Sun 6 December 2026"), a span of hours
       with am/pm after it; a middle dot is no month prefix's punctuation ("Sheila_M · 2 hrs
       ago": Rombo "M"); an hour or day mark of no language of the month is no mark ("de 2 a
       6 de junho": Esperanto hour "a", Basque day "a") */
    {"Night market Fri 4 – Sun 6 December 2026, 10am–9pm daily. Sheila_M · 2 hrs ago", 0, 0,
     "en", "2026-12-04 en r; 2026-12-06 en r; 2026-11-26T10:00:00Z en -"},
    {"Depois das greves de 14 de fevereiro e de 2 a 6 de junho de 2026.", 0, 0, "pt",
     "2026-02-14 pt -; 2026-06-02 pt r; 2026-06-06 pt r"},
    /* an era or a year after a comma that follows a day and month is a word and a number
       of the text, and a time past that number no time of the date ("30 km på 2:41:07",
       Asu's era "km"); a year alone with a mark of one letter of no page language is none */
    {"Jag sprang lördagen den 26 september, 30 km på 2:41:07. Intervaller 6 x 1000 m. "
     "Publicerad 24 november 2026 kl. 20:31.", 0, 0, "sv",
     "2026-09-26 sv -; 2026-11-24T20:31:00 sv -"},
    /* a time before a date joins it across no sentence's end */
    {"Jag sprang 30 km på 2:41:07. I går vilade jag.", 0, 0, "sv", "2026-11-25 sv -"},
    /* a count before an event ("출발 20분 전", 20 minutes before departure; locales/ko
       not_date) is no time before now */
    {"출발 20분 전 이후: 40%. 이 메일은 발신 전용입니다. 3시간 전 발송됨.", 0, 0, "ko",
     "2026-11-26T09:00:00Z ko -"},
    /* a second day after a CJK date with the same day mark ("12月5日及6日", "12월 5일, 6일") */
    {"並將在12月5日及6日進行全線壓力測試。", 0, 0, "zh", "2026-12-05 zh r; 2026-12-06 zh r"},
    {"임시 열차는 12월 5일, 6일 운행합니다.", 0, 0, "ko", "2026-12-05 ko r; 2026-12-06 ko r"},
    /* issue 10: the date's weekday in brackets before the link, the end's after it (it must
       be the end's: Saturday is no 11 December), and a link of two CJK characters */
    {"人権週間：12月7日（月）〜11日（金）", 0, 0, "ja", "2026-12-07 ja r; 2026-12-11 ja r"},
    {"人権週間：12月7日（月）〜11日（土）", 0, 0, "ja", "2026-12-07 ja -"},
    /* sspeed11: cjk_second_day reads the tokens only when a number may begin after the
       date, or an opening bracket stands in its span (ASCII or fullwidth): a date that
       none follows is alone */
    {"説明会は12月5日に開催します。", 0, 0, "ja", "2026-12-05 ja -"},
    {"12月7日（月）の説明会は終了しました。", 0, 0, "ja", "2026-12-07 ja -"},
    {"12月7日(月)〜11日(金)", 0, 0, "ja", "2026-12-07 ja r; 2026-12-11 ja r"},
    {"学級閉鎖は11月24日から26日までです。", 0, 0, "ja", "2026-11-24 ja r; 2026-11-26 ja r"},
    {"페스티벌 2026년 12월 19일(토) ~ 20일(일) 개최", 0, 0, "ko",
     "2026-12-19 ko r; 2026-12-20 ko r"},
    /* a weekday written with a date without a year picks the next year when that falls
       on it within the months ahead (2027-01-16 is a Saturday, 2026-01-16 a Friday) */
    {"워크숍: 1월 16일(토) 14:00", 0, 0, "ko", "2027-01-16T14:00:00 ko -"},
    {"Friday, January 16: the report was filed.", 0, 0, "en", "2026-01-16 en -"},
    /* Vietnamese month prefix then month/year ("tháng 10/2026"); a day and month after a
       range's first day ("15-16/12") and before a label's colon ("04/12:"), in the page's
       order; no time glued after a colon, no chain ("2026-15-16/12") */
    {"CPI tháng 10/2026 tăng 0,31%, cao nhất kể từ tháng 3/2025.", 0, 0, "vi",
     "2026-10 vi -; 2025-03 vi -"},
    {"Phiên 20/11/2026. Fed họp vào ngày 15-16/12.\n  - 04/12: ngày GDKHQ", 0, 0, "vi",
     "2026-11-20 - -; 2026-12-15 - or; 2026-12-16 - or; 2026-12-04 - o"},
    {"Phiên 20/11/2026. Mã 2026-15-16/12, lúc 12/12:30.", 0, 0, "vi", "2026-11-20 - -"},
    /* a Chinese forum's stamp: month-day by a dash with a time, month first only */
    {"发表于 2026-11-20 16:05\n李同学 · 11-18 22:41", 0, 0, "zh",
     "2026-11-20T16:05:00 - -; 2026-11-18T22:41:00 - o"},
    {"发表于 2026-11-20 16:05\n比分 18-11 22:41", 0, 0, "zh", "2026-11-20T16:05:00 - -"},
    /* an ideographic space parts a post from its stamp: the year the post names is not the
       stamp's (the stamp's year by the README's rule); within one phrase it is */
    {"去年是在西安吧　　11月25日 08:15", 0, 0, "zh", "2025 zh -; 2026-11-25T08:15:00 zh -"},
    {"去年11月25日开幕", 0, 0, "zh", "2025-11-25 zh -"},
    /* a CJK key of several characters is read whole ("前日" is Chinese only); a language
       whose date words the first has all but one, while the first has words of its own
       (the weekdays "（金）"), is none of the page's: "前日" on a Japanese page is the day
       before an event, no day before yesterday */
    {"テレビ番組表 2026年11月27日（金）\n前日 ｜ 翌日 ｜ 更新：2026/11/26 11:30\n"
     "11月20日（金）、12月18日（金）", 0, 0, NULL,
     "2026-11-27 ja -; 2026-11-26T11:30:00 - -; 2026-11-20 ja -; 2026-12-18 ja -"},
    {"我们前日在北京开会，昨天回到上海。11月20日出发。", 0, 0, NULL,
     "2026-11-24 zh -; 2026-11-25 zh -; 2026-11-20 zh -"},
    {"投稿日：2026年11月23日\n11月21日から京都へ。\n来年行きたいです。", 0, 0, NULL,
     "2026-11-23 ja -; 2026-11-21 ja -; 2027 ja -"},
    /* a day and month of one digit and two, nothing else saying it is a date: a date beside
       a date of its month in its paragraph (its month the number of two digits); not across
       a blank line, not "24/7" nor "1/2" */
    {"sábado, 12 de dezembro, das 15h. Mande o nome até 5/12.", 0, 0, "pt",
     "2026-12-12 pt -; 2026-12-05 - o"},
    {"sábado, 12 de dezembro.\n\nMande o nome até 5/12.", 0, 0, "pt", "2026-12-12 pt -"},
    {"Aberto 24/7 desde 7 de julho. Receita: 1/2 xícara, 1 de fevereiro.", 0, 0, "pt",
     "2026-07-07 pt -; 2026-02-01 pt -"},
    {"テレビ番組表 2026年11月27日（金）\n※次回12/4は休止、12/11（金）は通常放送", 0, 0, "ja",
     "2026-11-27 ja -; 2026-12-04 - o; 2026-12-11 ja -"},
    /* a year with its word before it on a page of that language: "rok" is also a Maasai
       month, which a year alone did not read */
    {"Konferencja, środa, 17 lutego 2027. Panel 1: Transport publiczny – cele na rok 2035.\n"
     "Rejestracja do 31 stycznia 2027 r.", 0, 0, NULL,
     "2027-02-17 pl -; 2035 pl -; 2027-01-31 pl -"},
    /* a named year, then a month with its mark and a particle ("작년 12월과": and) */
    {"소비자물가는 작년 12월과 비교하면 4.1% 오른 값이다.", 0, 0, "ko", "2025-12 ko -"},
    /* a month word alone after a numeric date does not swallow it ("Tết" folds to Albanian
       "tet", October) */
    {"Phòng tập đóng cửa ngày 1/1/2027 (Tết Dương lịch), mở lại ngày 2/1/2027.", 0, 0, "vi",
     "2027-01-01 - -; 2027-01-02 - o"},
    /* a tilde parts a range's two CJK dates: the year after it is the second's */
    {"年末年始休業：12月29日（火）～2027年1月4日（月）", 0, 0, "ja",
     "2026-12-29 ja r; 2027-01-04 ja r"},
    /* issue 10 (b17 ja-eiga): a Japanese list's middle dot links a second day, its weekday
       the day's; a weekday that is not the day's links none */
    {"11月27日（金）・28日（土）　11:20　14:00", 0, 0, "ja", "2026-11-27 ja r; 2026-11-28 ja r"},
    {"11月27日（金）・28日（日）　11:20", 0, 0, "ja", "2026-11-27 ja -"},
    /* two days joined by a tilde alone, the start without a time: the end's time after an
       ideographic space is every day's show time; a start with its time keeps the end's */
    {"11/27(金)～11/30(月)　10:00　12:45", 0, 0, "ja", "2026-11-27 ja r; 2026-11-30 ja r"},
    {"11/27(金) 9:00～11/30(月) 10:00", 0, 0, "ja",
     "2026-11-27T09:00:00 ja -; 2026-11-30T10:00:00 ja -"},
    /* a time before a date joins it across no ideographic space nor reference mark: the
       show's time, then a note of the last day */
    {"連日　19:30　※12月3日（木）上映終了", 0, 0, "ja", "2026-12-03 ja -"},
    {"19:30 12月3日（木）", 0, 0, "ja", "2026-12-03T19:30:00 ja -"},
    /* a year with its mark after a label's full-width colon; a time's colon is still none */
    {"（初公開：1984年）", 0, 0, "ja", "1984 ja -"},
    /* three short numbers glued to a kana or ideograph by dashes: an address's block
       numbers, no date; apart from it, or with a four-digit year, still one */
    {"〒460-0008 名古屋市中区栄3-15-22 サクラビル5F", 0, 0, "ja", ""},
    {"受付 3-15-22", 0, 0, NULL, "2022-03-15 - -"},
    /* a day alone with its CJK mark takes the month of the date before it in its passage,
       else of the page's first date (its dateline), when a day period, a glued time, a
       weekday in brackets that agrees, or a range's link from the day before says it is a
       day: "27日夜间至29日", "28日早晨", "28日08时至20时", "29日（日）", "28일(토)" */
    {"中央气象台11月26日10时发布寒潮预警。受强冷空气影响，27日夜间至29日，华北将降温。", 0, 0,
     "zh", "2026-11-26T10:00:00 zh -; 2026-11-27 zh -; 2026-11-29 zh -"},
    {"发布时间：2026-11-26 10:05\n\n专家提醒\n此次冷空气强度大，28日早晨北京最低气温将降至-6℃。",
     0, 0, "zh", "2026-11-26T10:05:00 - -; 2026-11-28 zh -"},
    {"发布时间：2026年11月26日\n受大风影响，28日08时至20时京藏高速限速。", 0, 0, "zh",
     "2026-11-26 zh -; 2026-11-28T08:00:00 zh r; 2026-11-28T20:00:00 zh r"},
    {"2026年11月27日（金）\n29日（日） 11:20　14:00", 0, 0, "ja", "2026-11-27 ja -; 2026-11-29 ja -"},
    {"공지 2026년 11월 27일(금)\n28일(토), 29일 오후 2시", 0, 0, "ko",
     "2026-11-27 ko -; 2026-11-28 ko -; 2026-11-29T14:00:00 ko -"},
    /* not: a weekday that is not the day's in that month, a page that gives no month, a
       count of days ("残り1日", remaining one day; "1日3回", three times a day), a day
       before the passage's date with nothing to prove it */
    {"2026年11月27日（金）\n29日（月） 11:20", 0, 0, "ja", "2026-11-27 ja -"},
    {"29日（日） 11:20　28日早晨", 0, 0, "ja", ""},
    {"残り時間：3日", 0, 0, "ja", ""},
    {"11月26日（木）発送、残り1日、1日3回、3日間", 0, 0, "ja", "2026-11-26 ja -"},
    {"11月26日（周四）发布：20日至今降温", 0, 0, "zh", "2026-11-26 zh -"},
    /* nor a day of every month or an ordinal count, their weekday agreeing (1 November 2026
       is a Sunday; locales/ not_date 毎月 每月 매월 第) */
    {"2026年11月27日（金）\n毎月1日（日）は休館、第1日（日）", 0, 0, "ja", "2026-11-27 ja -"},
    {"2026年11月26日（周四）\n每月1日（周日）", 0, 0, "zh", "2026-11-26 zh -"},
    {"2026년 11월 27일(금)\n매월 1일(일) 휴관", 0, 0, "ko", "2026-11-27 ko -"},
    /* Russian weekdays in the genitive ("до пятницы", until Friday) */
    {"Мария, спасибо, ответим до пятницы.", 0, 0, "ru", "2026-11-27 ru -"},
    {"Stand: 04.2015. Mitglied seit 11/2026 (gültig bis 12/2027).", 0, 0, NULL,
     "2015-04 - -; 2026-11 - -; 2027-12 - -"},
    {"Rated 10/2010. Heft 03/2024, Nr. 12/2024, Ausgabe 4/2019, Teil 04-2015, x04/2015, "
     "12/2050", 0, 0, NULL, ""},
    /* a weekday alone just after a date on that weekday is the date's, and one before its
       date in brackets joins it */
    {"Выписка за ноябрь. Следующая выписка будет сформирована 1 декабря, во вторник. Вчера "
     "был платёж.", 0, 0, "ru", "2026-11 ru -; 2026-12-01 ru -; 2026-11-25 ru -"},
    {"Kết phiên thứ Sáu (20/11), VN-Index tăng 28 điểm; hôm qua giảm.\nPhiên thứ Hai "
     "23/11/2026.", 0, 0, "vi", "2026-11-20 - o; 2026-11-25 vi -; 2026-11-23 vi -"},
    /* a page of weekly slots: a weekday it writes dates on three weeks in a row, a recurring
       weekday in the paragraph, a timetable's line, a span of days across a line break, a
       word of "every" after the weekday */
    {"Zone C (Tuesday collection)\nTue Dec 1 — Garbage\nTue Dec 8 — Blue box\nTue Dec 15 — "
     "Garbage\n", 0, 0, "en", "2026-12-01 en -; 2026-12-08 en -; 2026-12-15 en -"},
    {"Giờ mở cửa: Thứ Hai – Thứ Sáu 5:30–22:00.\nTừ ngày 7/12/2026, lớp Body Pump tối thứ "
     "Hai chuyển sang 18:00.", 0, 0, "vi", "2026-12-07 - o"},
    {"ساعات العمل من الأحد إلى الخميس 8:00–15:00، والمركز مغلق يومي الجمعة والسبت.", 0, 0,
     "ar", ""},
    {"NHK\n05:00 ニュース\n08:00 小説\n19:00 金曜ロードショー\n", 0, 0, "ja", ""},
    {"Portes ouvertes le samedi 5 décembre, puis sur rendez-vous du lundi au\nvendredi.", 0,
     0, "fr", "2026-12-05 fr -"},
    {"Lễ hội ẩm thực vào tối thứ Sáu hằng tuần, 17h–23h.", 0, 0, "vi", ""},
    /* but a weekday of a page that names it, its dates a season apart, is a date */
    {"Am Sonntag gewann Sturm am 22. November 2026; am 4. Oktober, 13. Dezember und 20. "
     "Dezember spielt er auch.", 0, 0, "de",
     "2026-11-22 de -; 2026-11-22 de -; 2026-10-04 de -; 2026-12-13 de -; 2026-12-20 de -"},
    /* a range's end with its weekday has a start with its own: a programme's "Dzień 1" is
       none; a short month word of languages few people write ("maç", Swahili and Malay
       "Mac") on a page of unknown language is none */
    {"Dzień 1 — środa, 17 lutego 2027\n8:30 Rejestracja", 0, 0, NULL, "2027-02-17 pl -"},
    /* results in text order, none over another: the year's word read once (the fuzzer:
       Polish "2034 rok", then Czech "rok 2034" over it) */
    {"na rok 2034 rok 2034", 0, 0, NULL, "2034 pl -"},
    /* a day's digits at the text's end read from the bytes, not by atoi past the end (the
       fuzzer under ASan: a range's second day after "Eabr 6") */
    {"Eabr 6", 0, 0, NULL, ""},
    {"Merkez Kort · 3. maç", 0, 0, NULL, ""},
    /* issue 10: a named day of a short word or of a language few people write, on a page
       in that language ("eilen", "ahir", "מחר", "आज"); not on a page in another ("eilen":
       German "hurry"); a maqaf before the time is a hyphen ("אתמול ב־21:15") */
    {"Haku päättyy perjantaina 11. joulukuuta klo 16.00. Julkaistu eilen.", 0, 0, NULL,
     "2026-12-11T16:00:00 fi -; 2026-11-25 fi -"},
    {"Wir müssen eilen: am 3. Dezember 2026 und am 5. Dezember beginnt es.", 0, 0, NULL,
     "2026-12-03 de -; 2026-12-05 de -"},
    /* so is a word that is a common word of another language (locales/ ordinary): French
       "hier" (yesterday) on a French page, not German or Dutch "hier" (here) */
    {"Der Verein spielt seit Jahren hier. Am 3. Dezember 2026 und am 5. Dezember beginnt es "
     "hier im Stadion.", 0, 0, NULL, "2026-12-03 de -; 2026-12-05 de -"},
    {"Ik ben hier. Woensdag 2 december 2026, hier in Gent.", 0, 0, NULL, "2026-12-02 nl -"},
    {"Publié le 3 décembre 2026, mis à jour le 5 décembre 2026 et hier.", 0, 0, NULL,
     "2026-12-03 fr -; 2026-12-05 fr -; 2026-11-25 fr -"},
    {"Talls de trànsit: 3 de desembre de 2026 i 5 de desembre — ahir", 0, 0, NULL,
     "2026-12-03 ca -; 2026-12-05 ca -; 2026-11-25 ca -"},
    {"חיסון שפעת: מחר, בתיאום. פורסם ב-4 בדצמבר 2026, עודכן ב-1 בדצמבר 2026. אבא · אתמול "
     "ב־21:15", 0, 0, NULL,
     "2026-11-27 he -; 2026-12-04 he -; 2026-12-01 he -; 2026-11-25T21:15:00 he -"},
    {"प्रिया · 5 घंटे पहले\nआज ही बनाया!\nरमेश · 2 दिन पहले", 0, 0, NULL,
     "2026-11-26T07:00:00Z hi -; 2026-11-26 hi -; 2026-11-24 hi -"},
    /* a weekday alone after a named day it falls on is that day's: one date */
    {"Għada, il-Ġimgħa: 27 ta' Novembru 2026, 1 ta' Diċembru", 0, 0, NULL,
     "2026-11-27 mt -; 2026-12-01 mt -"},
    /* a Hebrew weekday abbreviation with its geresh before a date it falls on is the
       date's: one date each, no weekday alone of this week */
    {"אסיפת הורים תתקיים ביום ג', 8.12 בשעה 18:00.\n(חזרה ללימודים ביום ב', 14.12)\nיום ד', "
     "30 ביוני 2027", 0, 0, NULL,
     "2026-12-08T18:00:00 he -; 2026-12-14 he -; 2027-06-30 he -"},
    /* a list of two times after a date ("о 15:00 і 16:30", two showings) gives both, as a
       span does (page.c's hours_after); a time and a count after a comma keep it */
    {"Кураторська екскурсія — неділя, 13 грудня, о 15:00 і 16:30", 0, 0, NULL,
     "2026-12-13T15:00:00 uk r; 2026-12-13T16:30:00 uk r"},
    {"Showings on 13.12.2026 at 15:00 and 16:30.\nOn 13 December 2026 at 15:00, 3 guests", 0, 0,
     NULL, "2026-12-13T15:00:00 - r; 2026-12-13T16:30:00 - r; 2026-12-13T15:00:00 en -"},
    /* a weekday abbreviation in lower case after a date it does not fall on is a word of
       the sentence ("so": Slovak Saturday); a capitalised one still contradicts the date */
    {"Please let us know by 1 Dec so that we can offer the slot to another patient.", 0, 0,
     NULL, "2026-12-01 en -"},
    {"Rehearsal: 1 Dec Fri", 0, 0, NULL, ""},
    /* "every" of languages that had none in locales/ (Hindi, Bulgarian, Azerbaijani,
       Albanian, Persian, Catalan): a recurring day */
    {"न्यूज़लेटर: हर शुक्रवार नई रेसिपी, हर रविवार हलवा।", 0, 0, "hi", ""},
    {"Музеят е отворен всеки понеделник.", 0, 0, "bg", ""},
    {"Muzey hər şənbə açıqdır.", 0, 0, "az", ""},
    {"Muzeu është i hapur çdo të shtunë.", 0, 0, "sq", ""},
    {"موزه هر سه‌شنبه باز است.", 0, 0, "fa", ""},
    {"El museu obre cada dissabte i tots els diumenges.", 0, 0, "ca", ""},
    /* a capitalised month word that many languages write so, before its four-digit year,
       is a date on a page in another language ("Mar" on a Swedish forum); lower case or a
       word between, it is a word of the page */
    {"Skrivet i går kl. 21:50\nReg: Mar 2009\nOch set in 2024 sa han, Set in 2025", 0, 0,
     "sv", "2026-11-25T21:50:00 sv -; 2009-03 en -"},
    /* a day and month in numbers after a word of no page language (Czech "st", Wednesday,
       in a Croatian user name) are the date alone */
    {"P: Mogu li ga pogledati prije kraja aukcije? — pitao ivan.st, 25.11.", 0, 0, "hr",
     "2026-11-25 - -"},
    /* a weekday before an ambiguous numeric date with its time says its order */
    {"Girona FC – RCD Mallorca · Montilivi · dissabte 5/12/26, 21.00 h", 0, 0, NULL,
     "2026-12-05T21:00:00 ca -"},
    /* issue 10 (b13): a number after a month word and its colon, or after a full month name
       and its full stop, is no field of the date; nor one with a temperature's degrees; a
       degree sign alone after a day is its ordinal */
    {"Seg, 30 nov: 17 °C / 9 °C. Temperatura da água do mar: 16 °C.", 0, 0, NULL,
     "2026-11-30 pt -"},
    {"No Porto está mais frio do que em janeiro. 6 graus de manhã!", 0, 0, NULL, ""},
    {"Previsão 30 nov 17 °C.", 0, 0, "pt", "2026-11-30 pt -"},
    {"Il 1° dicembre 2026 apre il mercato.", 0, 0, NULL, "2026-12-01 it -"},
    {"Posted Nov. 6, 2026.", 0, 0, NULL, "2026-11-06 en -"},
    /* a function word of the page ("in", Slovenian and) is no weekday of a rare language
       (Kurdish Friday) that picks the year; a year in brackets is the bracket's; the time
       after a list of days joined by "and" is each day's (timejoin: it was the end's
       alone, then neither) */
    {"Delavnica: 5. in 12. 12., ob 10.30", 0, 0, NULL,
     "2026-12-05T10:30:00 - r; 2026-12-12T10:30:00 - r"},
    {"বিশেষ প্রদর্শনী: \"ওরা ১১ জন\" (১৯৭২ সালে মুক্তিপ্রাপ্ত) – ১৬ ডিসেম্বর, সকাল ১০টা", 0, 0,
     NULL, "1972 bn -; 2026-12-16T10:00:00 bn -"},
    /* a short month word or month prefix only languages few people write have ("DAC",
       Luo January; "M" of "M4", Kako; "ng", Kwasio) gives the page no vote and is no
       month on a page of another or of unknown language */
    {"Sobota 21. 11. 2026: FC DAC 1904 Dunajská Streda – Skalica 2:1. Ne 29.11.  18:30  FC "
     "DAC 1904 Dunajská Streda\n4  DAC  16   8 4  4  24:17  28", 0, 0, NULL,
     "2026-11-21 pl -; 2026-11-29T18:30:00 - -"},
    {"FC DAC 1904 Dunajská Streda", 0, 0, NULL, ""},
    {"Pahina 1 ng 3 | 1 2 3 | Susunod ›", 0, 0, NULL, ""},
    {"Apple MacBook Air 13\" M4 – 2 699 ₼", 0, 0, NULL, ""},
    /* a day mark after a range's last day marks both; the range keeps its year */
    {"Career Fair – 2027 m. kovo 10–11 d., Saulėtekio al. 11", 0, 0, "lt",
     "2027-03-10 lt r; 2027-03-11 lt r"},
    /* a count glued after a noun of two ideographs or katakana counts from that event;
       after one ("約", about), a bracket or a colon it is the page's stamp */
    {"※終了5分前から入札があった場合、発売3日前、ゲーム3日前", 0, 0, NULL, ""},
    {"約5分前に更新。投稿者：tanaka（2時間前）", 0, 0, NULL,
     "2026-11-26T11:55:00Z ja -; 2026-11-26T10:00:00Z ja -"},
    /* a day and month inside the span of two dates of its sentence take the year that puts
       them there; a span it falls in twice, or after a full stop, gives none */
    {"Зимски распуст судија: од 24. децембра 2026. до 8. јануара 2027. године дежурна служба "
     "ради сваког дана од 8 до 16 часова, осим 7. јануара (Божић).", 0, 0, "sr",
     "2026-12-24 sr -; 2027-01-08 sr -; 2027-01-07 sr -"},
    {"Closed from 24 December 2026 to 8 January 2027. The team meets on 7 January.", 0, 0, "en",
     "2026-12-24 en -; 2027-01-08 en -; 2026-01-07 en -"},
    /* the full stops of other scripts end a sentence too (Urdu "۔"): 30 November takes the
       reference's year, not the 2027 of the sentence before; a year with its "ء" alone, a
       count in words */
    {"امتحانات 20 دسمبر 2026ء سے 10 جنوری 2027ء تک ہوں گی۔ امتحانات جو 30 نومبر کو ہونے "
     "تھے، اب 2017ء کی طرح۔ ایک دن پہلے", 0, 0, NULL,
     "2026-12-20 ur -; 2027-01-10 ur -; 2026-11-30 ur -; 2017 ur -; 2026-11-25 ur -"},
    /* a counted phrase after a noun with an ablative ending (locales/ rel_from_suffix)
       counts from that event: "45 days before departure", "at least 40 minutes before
       departure"; the stamp after a colon dates the post */
    {"Chiptalar joʻnash sanasidan 45 kun oldin sotiladi. Vokzalga joʻnashdan kamida 40 "
     "daqiqa oldin keling. Izoh: 2 soat oldin, 2016-yil avgustida.", 0, 0, NULL,
     "2026-11-26T10:00:00Z uz -; 2016-08 uz -"},
    /* endings glued to a year or a month (Gujarati "માં" in, "ના" of), a month spelled
       with ઓ */
    {"બાંધકામ ૨૦૧૯માં પૂર્ણ થયું; જાહેરનામું ૨૮ નવેમ્બરના રોજ બહાર પડશે. પઝેશન: ઓક્ટોબર ૨૦૨૬",
     0, 0, NULL, "2019 gu -; 2026-11-28 gu -; 2026-10 gu -"},
    {"బుధవారం, నవంబర్ 25, 2026. యాప్‌ను 2015లో ప్రారంభించారు. 2021 మార్చిలో కొత్త వెర్షన్. "
     "నేను 2018 నుండి వాడుతున్నాను. ప్రతి శనివారం అప్‌డేట్స్.", 0, 0, NULL,
     "2026-11-25 te -; 2015 te -; 2021-03 te -; 2018 te -"},
    {"2025-жылдын 9-декабрында башталды, 4-декабрда жана 2-декабрдан бери; 2023-жылы январда.",
     0, 0, NULL, "2025-12-09 ky -; 2026-12-04 ky -; 2026-12-02 ky -; 2023-01 ky -"},
    /* Nepali "अघि" (ago) after CLDR's units; a span of weekdays recurs; "मेला" (a fair) is
       Marathi "in May" only as a risky word */
    {"पोस्ट गरिएको: ५ घण्टा अघि | समय: आइतबार–बिहीबार | \"रोजगार मेला २०२६\" | २ दिन अघि", 0,
     0, NULL, "2026-11-26T07:00:00Z ne -; 2026-11-24 ne -"},
    /* a calendar's month of one syllable ("मा", the Indian calendar's Magha abbreviated, and
       Nepali "in") is read only under that calendar: "सन् २००४ मा" is 2004 */
    {"अन्तिम मिति: डिसेम्बर १०, २०२६. सन् २००४ मा तीन जना इन्जिनियरबाट सुरु भएको कम्पनी", 0, 0,
     "ne", "2026-12-10 ne -; 2004 ne -"},
    /* Kyrgyz "саат" (hour) before a time with its locative glued ("6да"), "күнү" (on the
       day); a day period locales/ adds to CLDR's (Marathi "सायं.", evening) */
    {"Жолугушуу 3-декабрь, бейшемби күнү эртең менен саат 6да болот. 1-декабрдан баштап.", 0,
     0, NULL, "2026-12-03T06:00:00 ky -; 2026-12-01 ky -"},
    {"अनिल गोखले — २० नोव्हेंबर २०२६, सायं. ६:४०. छान रेसिपी! ८ डिसेंबरला करून पाहीन.", 0, 0,
     NULL, "2026-11-20T18:40:00 mr -; 2026-12-08 mr -"},
    /* issue 10 (b21): Hindi "रात्रि" (night, formal) is CLDR's "रात": the time after a date
       joins it at 23:59; the same time alone in the next sentence is no date */
    {"आवेदन की अंतिम तिथि: 30 दिसंबर 2026, रात्रि 11:59 बजे। परीक्षा रात्रि 9:00 बजे होगी।",
     0, 0, NULL, "2026-12-30T23:59:00 hi -"},
    /* issue 10 (b22): Hebrew "זינוק" (the start, of a race) links a time to the date before
       it; after a date and more words of its sentence, the next sentence's time is no date */
    {"שבת, 19.12.2026, זינוק בשעה 07:30 מהפארק.", 0, 0, NULL, "2026-12-19T07:30:00 he -"},
    {"המרוץ נערך ב-19.12.2026 ברחובות העיר. זינוק בשעה 07:30 מהפארק.", 0, 0, NULL,
     "2026-12-19 - -"},
    /* Khmer glues a preposition to "ឆ្នាំ" (year): "កាលពីឆ្នាំ២០២៤" (back in 2024) */
    {"ផុតកំណត់ថ្ងៃទី៣១ ខែមករា ឆ្នាំ២០២៧។ កាលពីឆ្នាំ២០២៤ ស្មាតហោម ទទួលបានពានរង្វាន់។", 0, 0,
     NULL, "2027-01-31 km -; 2024 km -"},
    /* a span of hours after a date gives both ends (branch conn: hours with their marks
       too), and the span's end is no offset ("10h-18h" was 10:00 at -18:00) */
    {"Marché de Noël le 29 novembre 2026, 10h-18h, place Kléber.", 0, 0, NULL,
     "2026-11-29T10:00:00 fr r; 2026-11-29T18:00:00 fr r"},
    /* issue 10 (b20): a span past midnight is no offset either ("22:00–02:00" was 22:00 at
       -02:00): the date takes its first time and the zone after the span, its end the next
       day's (timejoin: it was none); in running text no day after "month year" ("(6)": a
       count) */
    {"Saterdag 5 Desember 2026, 22:00–02:00 SAST: die wolkdiens is af.", 0, 0, NULL,
     "2026-12-05T22:00:00+02:00 af r; 2026-12-06T02:00:00+02:00 af r"},
    {"Wartung am Samstag, 5. Dezember 2026, 23:00–03:00 (MEZ).", 0, 0, NULL,
     "2026-12-05T23:00:00+01:00 de r; 2026-12-06T03:00:00+01:00 de r"},
    /* timejoin: or linked by a word ("od ... do"), the year turning; not by "and" (two
       showings) */
    {"Održavanje servera: subota, 5. decembar, od 22:00 do 02:00 (CET)", 0, 0, "sr-Latn",
     "2026-12-05T22:00:00+01:00 sr r; 2026-12-06T02:00:00+01:00 sr r"},
    {"Novogodišnji maraton 31. 12. od 22:00 do 04:00.", 0, 0, "bs",
     "2026-12-31T22:00:00 - or; 2027-01-01T04:00:00 - or"},
    /* timejoin: an offset after a span of hours, both ends' ("(UTC+2)" gave the start
       none and the end its own) */
    {"Технічні роботи: субота, 28 листопада, з 02:00 до 05:00 (UTC+2). Сервіс", 0, 0, "uk",
     "2026-11-28T02:00:00+02:00 uk r; 2026-11-28T05:00:00+02:00 uk r"},
    {"Maintenance: Saturday 28 November, 10:00–14:00 GMT-3.", 0, 0, "en",
     "2026-11-28T10:00:00-03:00 en r; 2026-11-28T14:00:00-03:00 en r"},
    {"Arquivo: novembro 2026 (6) · outubro 2026 (8)", 0, 0, NULL, "2026-11 pt -; 2026-10 pt -"},
    {"Archive: November 2026 (6 posts)", 0, 0, NULL, "2026-11 en -"},
    /* issue 10 (b20): a range of days between the year and the month (Georgian writes the
       year first: "2027 წლის 14-15 იანვარი" gave 2026-01-14 and 2026-01-15 at 0.9), and the
       genitive with its vowel ("იანვრისა") */
    {"გამოცდა: 2027 წლის 14-15 იანვარი. შედეგები არაუგვიანეს 2027 წლის 22 იანვრისა.", 0, 0,
     NULL, "2027-01-14 ka r; 2027-01-15 ka r; 2027-01-22 ka -"},
    {"Exams 2027 14–15 January, results later", 0, 0, "en", "2027-01-14 en r; 2027-01-15 en r"},
    /* a weekday a word after a date on that weekday restates it, the word counted in
       characters ("December 3, that is Thursday, right?") */
    {"బుధవారం, నవంబర్ 25, 2026. iOS కోసం ఎదురుచూస్తున్నాను. డిసెంబర్ 3 అంటే గురువారం కదా?", 0,
     0, NULL, "2026-11-25 te -; 2026-12-03 te -"},
    /* branch misc17: a number glued to letters starts no range ("E12 am 17.11.26", an error
       code), and a dotted date of a list is no H.MM.SS time after the one before it */
    {"Fehler: E12 am 17.11.26, 19.11.26 und 22.11.26, immer nachts.", 0, 0, "de",
     "2026-11-17 - -; 2026-11-19 - -; 2026-11-22 - -"},
    {"Wartung am 17.11.2026, 19.11 Uhr, dann am 3. Dezember 2026.", 0, 0, "de",
     "2026-11-17T19:11:00 - -; 2026-12-03 de -"},
    /* an ambiguous date with a two-digit year near the reference's, in the page's order
       ("— 11/10/26" on an American page); not a version ("Firmware 3.10.26"), not a year
       far off ("11/10/87" is read only where it proves itself) */
    {"Game recap posted on November 3, 2026. Career high vs. Tech — 11/10/26", 0, 0, NULL,
     "2026-11-03 en -; 2026-11-10 - o"},
    {"Updated on November 3, 2026.\nAfter the 3.10.26 update it is quiet; 11/10/87 stays a "
     "mystery.", 0, 0, NULL, "2026-11-03 en -"},
    /* a date that names a street or a square is none ("place du 8-Mai-1945", "Avenida 9 de
       Julio", "Plac 3 Maja", "6 Ekim Caddesi", "Straße des 17. Juni"); a date before a
       street word stays one ("le 8 mai place Bellecour"), and so does "au cours du 3 mars" */
    {"La réunion aura lieu salle des fêtes (place du 8-Mai-1945). Permanence le 3 mars 2026.",
     0, 0, NULL, "2026-03-03 fr -"},
    {"Nos vemos en la Avenida 9 de Julio, frente al Obelisco, el 3 de marzo de 2026.", 0, 0,
     NULL, "2026-03-03 es -"},
    {"Spotkanie na Plac 3 Maja w Krakowie, 3 marca 2026 r.", 0, 0, NULL, "2026-03-03 pl -"},
    {"Toplantı 6 Ekim Caddesi üzerindeki binada 3 Mart 2026 tarihinde.", 0, 0, NULL,
     "2026-03-03 tr -"},
    {"Wir wohnen an der Straße des 17. Juni, seit dem 3. März 2026.", 0, 0, "de",
     "2026-03-03 de -"},
    {"Rassemblement le 8 mai place Bellecour ; au cours du 3 mars 2026, rien.", 0, 0, NULL,
     "2026-05-08 fr -; 2026-03-03 fr -"},
    {"Toplantı 6 Ekim'de yapılacak.", 0, 0, NULL, "2026-10-06 tr -"},
    /* b25fix: a year with a model word right after it is a product's model year, no date
       (locales/ year_model: "2026年モデル", "2026年款"); a year before other words stays one */
    {"加湿器 スチーム式 KS-2026 （2026年モデル）は2026年12月3日に発売します。", 0, 0, "ja",
     "2026-12-03 ja -"},
    {"2026年 モデルの発表は2026年に行われました。", 0, 0, "ja", "2026 ja -"},
    {"这款2026年款手机将于2026年12月3日上市。", 0, 0, "zh", "2026-12-03 zh -"},
    /* b25fix: words no count takes right after a year after a preposition that dates it
       (locales/ year_then: "En 1985 mi abuelo", "in 1972 uit de", "В 2014 тоже"); not a
       count ("в 2000 раз") */
    {"En 1985 mi abuelo ayudó en el rescate.", 0, 0, "es", "1985 es -"},
    {"Het recept dat ze in 1972 uit de Margriet knipte.", 0, 0, "nl", "1972 nl -"},
    {"В 2014 тоже обещали «раньше срока». Это в 2000 раз больше.", 0, 0, "ru", "2014 ru -"},
    /* b25fix: Arabic tomorrow with its tanween on the alef (locales/ar.txt: "غداً") */
    {"آخر موعد للتسجيل في الورشة غداً.", 0, 0, "ar", "2026-11-27 ar -"},
    /* b25fix: a word before a named day qualifies it only in the day's language ("for
       next Monday": Danish "for", ago); a comparison's word
       of its language makes it none (locales/ rel_than: "daugiau nei prieš metus") */
    {"It's on the list for next Monday.", 0, 0, "en", "2026-11-30 en -"},
    {"Atlyginimas 7,2 % didesnis nei prieš metus. Skelbimas įdėtas prieš metus.", 0, 0, "lt",
     "2025-11-26 lt -"},
    /* misses19: D.M. closed by its dot is a day and month, no clock H.MM (Hungarian "ma",
       today, Uzbek "to", am, before it), unless a word that introduces a time stands
       before it ("klo 14.12.") */
    {"Noutopäivät: pe 11.12. ja ma 21.12.\nPäivitetty 25.11.2026 klo 14.12.", 0, 0, "fi",
     "2026-12-11 - o; 2026-12-21 fi -; 2026-11-25T14:12:00 - -"},
    /* misses19: D. M. spaced and closed by its dot, nothing else to prove it, on a page
       that writes day first: the day and month (with its time); not a chain of ordinals
       ("3. 4. 5.") */
    {"Koncert 5. prosince 2026.\nDalší termíny: 12. 12. a 19. 12. 20:00.\nSkóre 3. 4. 5. "
     "hráčů.", 0, 0, NULL, "2026-12-05 cs -; 2026-12-12 - o; 2026-12-19T20:00:00 - o"},
    /* misses19: "at least" before a count is a bound, no date (locales/ not_date); the
       ablative of the noun before a counted phrase makes it count from that event
       (Armenian "-ից", locales/ rel_from_suffix) */
    {"Please cancel at least 48 hours before your visit. Posted 3 hours ago.", 0, 0, NULL,
     "2026-11-26T09:00:00Z en -"},
    {"Vstupenky vracejte nejméně 2 dny předem; zveřejněno před 3 dny.", 0, 0, NULL,
     "2026-11-23 cs -"},
    {"Վճարեք համերգից 3 օր առաջ: Հրապարակվել է 2 ժամ առաջ:", 0, 0, NULL,
     "2026-11-26T10:00:00Z hy -"},
    /* misses19: a two-digit "year" after a month and day, glued to a word of none of the
       date's ("abenduaren 4tik 15era", from the 4th to the 15th): a range's last day, no
       2015; the date is its month and day (glued_year) */
    {"Azoka: abenduaren 4tik 15era, plazan.", 0, 0, NULL, "2026-12-04 eu -"},
    /* misses19: a field separator between blanks ("·") parts the words of a key: "Μ. ·
       πριν" is no Greek "μ. πριν" (months ago) that would hide the phrase after it */
    {"Κώστας Μ. · πριν από 3 ημέρες · 4/5", 0, 0, NULL, "2026-11-23 el -"},
    /* misses19: two years alone joined by "or" (CLDR's list patterns, DNP_CUE_YEAR_OR), the
       year's word after the last: both years */
    {"বিজ্ঞপ্তি: ৩ ডিসেম্বর ২০২৬\n২০২১ বা ২০২২ সালে পাস করা শিক্ষার্থীরা আবেদন করতে পারবে।", 0, 0,
     NULL, "2026-12-03 bn -; 2021 bn -; 2022 bn -"},
    /* misses19: Finnish "Huom!" (note!) opening a remark is no CLDR "huom." (tomorrow) */
    {"Huom! Uusi järjestelmä otettiin käyttöön maaliskuussa 2024; huomenna huolto.", 0, 0,
     NULL, "2024-03 fi -; 2026-11-27 fi -"},
    /* misses19: a future word inside a quotation that closes before a weekday alone is the
       quoted speaker's: "..." said on Tuesday is the Tuesday past */
    {"Публикувано: 26.11.2026 г., 09:14\nНовият мост ще бъде открит в петък, 18 декември "
     "2026 г., съобщиха от общината.\n„Ремонтът започна на 2 ноември и ще продължи до 15 "
     "декември включително“, заяви кметът на пресконференция във вторник.", 0, 0, NULL,
     "2026-11-26T09:14:00 bg -; 2026-12-18 bg -; 2026-11-02 bg -; 2026-12-15 bg -; "
     "2026-11-24 bg -"},
    /* misses19: a date word alone in a line of menu or breadcrumb separators and no number
       names a page or a filter (menu_item); a line of separators with a number is a
       by-line, its words dates */
    {"Inicio | Noticias | Hoy | Contacto\nEl concierto será el 5 de diciembre de 2026, ayer "
     "lo anunciaron.", 0, 0, NULL, "2026-12-05 es -; 2026-11-25 es -"},
    {"Start › Veranstaltungen › Diese Woche\nDas Konzert ist am 5. Dezember 2026, gestern "
     "angekündigt.", 0, 0, NULL, "2026-12-05 de -; 2026-11-25 de -"},
    {"Zeige: [Heute] [Morgen] [Wochenende]\nDas Konzert ist am 5. Dezember 2026.", 0, 0, NULL,
     "2026-12-05 de -"},
    {"Publicado hoy | 3 comentarios | Compartir\nEl concierto será el 5 de diciembre de "
     "2026.", 0, 0, NULL, "2026-11-26 es -; 2026-12-05 es -"},
    /* misses19: the street word abbreviated, the name in quotes ("ул. „8 Март“"); the
       same name elsewhere on its line is the place ("the 8 March branch"); a street word
       of the date's own language on a page read in another ("15 Mart küç.", Azerbaijani
       March); a street word after the name (Hungarian "utca", Latvian "iela") */
    {"Продавница ул. „8 Март“ бр. 4; отворено од 1 декември 2026.", 0, 0, "mk",
     "2026-12-01 mk -"},
    {"Filial 15 Mart: Gəncə, 15 Mart küç. 7", 0, 0, NULL, ""},
    {"Irodánk: Október 6. utca 12, nyitva 2026. december 1-től.", 0, 0, "hu",
     "2026-12-01 hu -"},
    {"Birojs: 11. novembra krastmala 3. Atvērts no 2026. gada 1. decembra.", 0, 0, "lv",
     "2026-12-01 lv -"},
    {"Сбор у ст. метро, ул. 8 Марта, 5 декабря 2026 г.", 0, 0, NULL, "2026-12-05 ru -"},
    /* a year alone before the Hindi postposition "में" (in); a count before it with a word
       between is none */
    {"यह रेसिपी मेरी नानी की है, जो उन्होंने 1972 में बनाई थी। 12 दिसंबर 2026 को फिर।", 0, 0,
     "hi", "1972 hi -; 2026-12-12 hi -"},
    {"कीमत 1500 रुपये में। 12 दिसंबर 2026 को फिर।", 0, 0, "hi", "2026-12-12 hi -"},
    /* a two-digit year a reader took from an amount's thousands ("45.000 € – 24 nov."): the
       date is its day and month */
    {"DevOps Engineer – Madrid – 45.000-55.000 € – 24 nov.\nSoporte N1 – 19.500 € – 3 de "
     "diciembre de 2026", 0, 0, "es", "2026-11-24 es -; 2026-12-03 es -"},
    {"Salary 55,000 - 24 Nov", 0, 0, "en", "2026-11-24 en -"},
    /* a weekday in brackets after a date on that weekday is the date's, past the dot of
       its last word ("r.") and with the hours after it; one of another day stays a weekday
       alone */
    {"Dzień wolny: 2 listopada 2026 r. (poniedziałek). Start: 1 września 2026 r. (wtorek), "
     "godz. 9:00 – klasy 1–3", 0, 0, "pl", "2026-11-02 pl -; 2026-09-01 pl -"},
    {"Termin: 2 listopada 2026 r. (piątek)", 0, 0, "pl", "2026-11-02 pl -; 2026-11-27 pl -"},
    /* a post's stamp: an abbreviated weekday with its time right after it, on a page in its
       language, the author a cell gap before it ("Kältetechniker_NRW   Mo 14:05"); not on
       a page of another language, not a lower-case word ("so 14:05") nor a risky one */
    {"#2  Kältetechniker_NRW   Mo 14:05\nModerator · Beiträge: 9.870", 0, 0, "de",
     "2026-11-23T14:05:00 de -"},
    {"#2  Kältetechniker_NRW   Mo 14:05\nModérateur", 0, 0, "fr", ""},
    {"Treffen um 14:05 Uhr, so 14:05 oder So 14:05", 0, 0, "de", ""},
    /* a counted phrase ahead after a word naming the moment it dates (locales/ rel_event:
       the auction's end); durations and promises stay none */
    {"Будильник «Слава» — 1 450 ₽, окончание через 6 дней. Доставка за 6 дней, в течение 6 "
     "дней, через 3 дня.", 0, 0, "ru", "2026-12-02 ru -"},
    {"The auction ends in 3 days. Ready in 35 minutes, ships within 3 hours.", 0, 0, "en",
     "2026-11-29 en -"},
    /* issue 10 (b18): a weekday written with a date keeps the year it chose against an
       earlier year of its sentence (none written: the sentence's year) */
    {"Aniversarea Marii Uniri din 1 decembrie 1918 va avea loc luni, 30 noiembrie, la ora "
     "11:00.", 0, 0, "ro", "1918-12-01 ro -; 2026-11-30T11:00:00 ro -"},
    {"Marii Uniri din 1 decembrie 1918 va avea loc pe 30 noiembrie.", 0, 0, "ro",
     "1918-12-01 ro -; 1918-11-30 ro -"},
    /* issue 10 (b18): a year before the month with a colon glued is a label, no date's field */
    {"Kvalifisering til Eliteserien 2027: 9. desember (borte) og 12. desember (hjemme)", 0, 0,
     "nb", "2026-12-09 nb -; 2026-12-12 nb -"},
    {"Kampen spilles 9. desember 2027.", 0, 0, "nb", "2027-12-09 nb -"},
    {"Program 2027: 9. januar åpning", 0, 0, "nb", "2027-01-09 nb -"},
    /* issue 10 (b18): the month of a numeric date written with blanks is no range's first
       day (no 12 December); misses19: that date is one of its own (two days joined as
       ranges() joins them) */
    {"Reprízy: 17. 12. a 19. 12. 2026", 0, 0, "cs", "2026-12-17 - or; 2026-12-19 - r"},
    {"Koncerty 17. 12. a 19. prosince 2026", 0, 0, "cs", "2026-12-17 - or; 2026-12-19 cs r"},
    {"Koncerty 17. a 19. prosince 2026", 0, 0, "cs", "2026-12-17 cs r; 2026-12-19 cs r"},
    /* issue 10 (b18): a date ahead between the reference and a later date its sentence
       names first keeps the reference's year; one past that date takes the sentence's */
    {"Předprodej na leden 2027 začíná 1. prosince v 10:00 online.", 0, 0, "cs",
     "2027-01 cs -; 2026-12-01T10:00:00 cs -"},
    {"Festival v lednu 2027 končí 20. ledna.", 0, 0, "cs", "2027-01 cs -; 2027-01-20 cs -"},
    /* wrong19: a named word CLDR writes only with its dot ("huom.", tomorrow) is not its bare
       start: "Huom!" is a note (b18 fi-waste) */
    {"Huom! Jätekukko siirtyi uuteen asiakasjärjestelmään maaliskuussa 2024. Tyhjennys "
     "huomenna.", 0, 0, NULL, "2024-03 fi -; 2026-11-27 fi -"},
    /* issue 10 (b19): a relative phrase whose key of several words is another language's
       (Malay "hari lalu") is of the page's language when its words are; kana and elided
       spellings of named days and counts (locales/ ja, it) */
    {"Dewi A. · 2 hari lalu · ⭐⭐⭐⭐⭐\nRina S. · 3 jam yang lalu · ⭐⭐⭐⭐", 0, 0, NULL,
     "2026-11-24 id -; 2026-11-26T09:00:00Z id -"},
    {"Anna · un'ora fa\nMarco · 2 giorni fa", 0, 0, NULL,
     "2026-11-26T11:00:00Z it -; 2026-11-24 it -"},
    {"★★★☆☆　おととい　匿名 さん\n★★★★★　3時間前　匿名 さん", 0, 0, NULL,
     "2026-11-24 ja -; 2026-11-26T09:00:00Z ja -"},
    /* issue 10 (b19): a date without a year that "every year" follows recurs ("de chaque
       année"); a not_date word further before a date, other words between, leaves it a
       date ("section opens on"), and a number right after one is no range's first day */
    {"Loyer indexé au 1er janvier de chaque année. Visite le 2 décembre.", 0, 0, NULL,
     "2026-12-02 fr -"},
    {"Le quartier fête le 15 août chaque année. Le marché aura lieu le 15 décembre.", 0, 0,
     NULL, "2026-12-15 fr -"},
    {"The section opens on 19 December, the shop every year on 2 January.", 0, 0, "en",
     "2026-12-19 en -"},
    {"Version 3 ships on 19 December.", 0, 0, "en", "2026-12-19 en -"},
    {"Wir treffen uns jedes Jahr am 15. Dezember.", 0, 0, "de", ""},

    /* issue 10 (b19): a mark the month's names lack makes a look-alike ("giù", down, is no
       Italian "giu", June): risky, a month only with its year; "août" has its mark */
    {"Appendete a testa in giù per 8 ore. Corso il 12 dicembre.", 0, 0, NULL,
     "2026-12-12 it -"},
    {"Consegna prevista: 8 GIÙ 2027.", 0, 0, NULL, "2027-06-08 it -"},
    {"Fête du quartier le 15 août.", 0, 0, NULL, "2026-08-15 fr -"},
    /* issue 10 (b19): a time before its date: an hour after a time word (locales/ vi
       time_word "lúc") is a clock's, its mark no duration; a zone after the time, before
       the date; a filler that is also a day period elsewhere is glue ("del": Hungarian
       noon); Mexico's "hora del centro" (locales/zones.tsv) */
    {"Thông xe lúc 8h ngày 30/12/2026.", 0, 0, NULL, "2026-12-30T08:00:00 - -"},
    {"8h ngày 30/12/2026", 0, 0, NULL, "2026-12-30 - -"},
    {"Plazo: antes de las 23:59 h (hora peninsular) del 29/01/2027.", 0, 0, NULL,
     "2027-01-29T23:59:00+01:00 - -"},
    {"Venta general: desde el 19 de noviembre, 11:00 h (hora del centro).", 0, 0, NULL,
     "2026-11-19T11:00:00-06:00 es -"},
    /* issue 10 (b19): a range's first day with its ordinal ending before a dash; a number
       with a word glued to it (a unit, a mark) is no range's first day */
    {"Practical examinations: 7th-11th December, 2026.", 0, 0, NULL,
     "2026-12-07 en r; 2026-12-11 en r"},
    {"Walk 3km to 5 December", 0, 0, NULL, "2026-12-05 en -"},
    /* issue 10 (b19): Taiwan's news part a named day by the day in brackets ("昨（25）日"):
       that day when the brackets name it, none when they do not; a three-digit year before
       a year mark that writes the ROC year (locales/ zh roc_year_mark) on a Chinese page,
       no era written; not before Korean 년, nor with slashes */
    {"勞動部昨（25）日召開會議，工商協進會明（27）日將發表聲明。", 0, 0, NULL,
     "2026-11-25 zh -; 2026-11-27 zh -"},
    {"勞動部昨（24）日召開會議。", 0, 0, NULL, ""},
    {"依據115年9月1日公布之辦法，12月3日報請行政院。", 0, 0, NULL,
     "2026-09-01 zh -; 2026-12-03 zh -"},
    {"115년 9월 1일에 공포, 12월 3일 시행", 0, 0, NULL, "2026-12-03 ko -"},
    /* b21fix: on a page in a language whose locale counts years in the Buddhist era (Thai),
       a numeric date's year of that era is one ("15/08/2569": 2026), as its month names' are;
       on a page of another language, or with too few Thai words to say so, no date */
    {"โพสต์เมื่อ 26 พฤศจิกายน 2569 วันที่ 2 (วันจันทร์ที่ 23 พฤศจิกายน) จองตั๋วไว้ตั้งแต่ "
     "15/08/2569 ครับ ต้นข้าว — 26/11/2569 08:12",
     0, 0, NULL,
     "2026-11-26 th -; 2026-11-23 th -; 2026-08-15 - -; 2026-11-26T08:12:00 - -"},
    {"Posted 26 November 2026, booked on 15/08/2569", 0, 0, NULL, "2026-11-26 en -"},
    /* b21fix: so is a year alone after the word for year ("ปี 2566": 2023); not on an
       English page */
    {"โพสต์เมื่อ 26 พฤศจิกายน 2569 วันที่ 2 (วันจันทร์ที่ 23 พฤศจิกายน) เคยไปมาเมื่อปี 2566", 0, 0,
     NULL, "2026-11-26 th -; 2026-11-23 th -; 2023 th -"},
    {"Posted 26 November 2026 on Monday 23 November, in the year 2566", 0, 0, NULL,
     "2026-11-26 en -; 2026-11-23 en -"},
    /* b21fix: two months each with its mark are two months on a Korean page, not the 9th of
       June of a Monday (월: month mark and short Monday) */
    {"지난 6월과 9월 모의평가보다 어려웠다. 성적은 12월 4일(금) 통지된다.", 0, 0, NULL,
     "2026-06 ko -; 2026-09 ko -; 2026-12-04 ko -"},
    /* b21fix: a day alone after a word that says which one it is (locales/ ko day_past
       지난, day_next 오는): the latest such day on or before the reference, the first on or
       after it; none before "동안" (during: a count) */
    {"지난 19일 치러진 수능 결과를 교육부는 오는 30일 발표한다. 지난 5일 동안 비가 왔다. "
     "지난 28일 개막했다. 오는 3일 열린다.",
     0, 0, NULL, "2026-11-19 ko -; 2026-11-30 ko -; 2026-10-28 ko -; 2026-12-03 ko -"},
    /* b21fix: a day mark that says "from" (locales/ko.txt range_link 일부터) links the day
       after it, whose mark may say "until"; a count after it is no range's end */
    {"정시 원서 접수는 12월 29일부터 31일까지 사흘간 진행된다.", 0, 0, NULL,
     "2026-12-29 ko r; 2026-12-31 ko r"},
    {"접수는 12월 29일부터 3일간 진행된다.", 0, 0, NULL, "2026-12-29 ko -"},
    /* b21fix: 去年 (last year) is Japanese too (locales/ja.txt): kept on a Japanese page */
    {"一般発売：2026年11月28日(土)10:00\n3時間前\n去年の大阪も最高だった。", 0, 0, NULL,
     "2026-11-28T10:00:00 ja -; 2026-11-26T09:00:00Z ja -; 2025 ja -"},
    /* b21fix: a range's end whose weekday bracket holds a holiday's word too */
    {"ファンクラブ先行（抽選）：11月14日(土)12:00〜11月23日(月・祝)23:59", 0, 0, NULL,
     "2026-11-14T12:00:00 ja -; 2026-11-23T23:59:00 ja -"},
    /* wrong21: two words between a number and a date are a range's link only with a link
       word or a conjunction among them ("on", a filler and a weekday of some language, is
       none); "or" lists two days as "and" does; German "vom 15. auf den 16." */
    {"It has 3 ships on 19 December", 0, 0, NULL, "2026-12-19 en -"},
    {"Il 21 o il 22 dicembre", 0, 0, NULL, "2026-12-21 it r; 2026-12-22 it r"},
    {"in der Nacht vom 15. auf den 16. November", 0, 0, "de",
     "2026-11-15 de r; 2026-11-16 de r"},
    /* wrong21: a number far ahead after a word after the month is no year of the date (a
       postal code): the date without it; a preposition that dates a year ("in") is no
       weekday of another language (Kurdish Friday) between the month and its year */
    {"Samstag, 28. November, in 8400 Winterthur", 0, 0, NULL, "2026-11-28 de -"},
    {"Born on 28 November in 2027, and 28 November in 1950.", 0, 0, NULL,
     "2027-11-28 en -; 1950-11-28 en -"},
    {"28 November in 2027", 0, 0, NULL, "2027-11-28 en -"},
    {"ประกาศ ณ วันที่ 23 พฤศจิกายน พ.ศ. 2569", 0, 0, NULL, "2026-11-23 th -"},
    /* wrong21: an era named earlier in the sentence that ended long before the year (平成:
       1989-2019) is not the year's: no 2103 */
    {"平成の頃、115年9月1日に公布された。", 0, 0, NULL, ""},
    {"平成の頃、115年9月1日。平成40年1月1日", 0, 0, NULL, ""},
    /* wrong21: a word that introduces numbers that are no date ends the date after its
       month: no 03:10:26, and the date is read */
    {"Updated November 3, 2026: firmware 3.10.26", 0, 0, NULL, "2026-11-03 en -"},
    {"Released November 3, 2026, version 3.10", 0, 0, NULL, "2026-11-03 en -"},
    /* wrong21: a date whose clock no clock holds gives nothing; the dates around it stay */
    {"Start 22 Nov 2015 25:00, end 23 Nov 2015 10:00.", 0, 0, NULL,
     "2015-11-23T10:00:00 en -"},
    {"Match 22.11.2015 31:28 (14:12)", 0, 0, NULL, "2015-11-22 - -"},
    /* wrong21: H.MM after a word that introduces a clock (locales/ time_word) is no day and
       month: the last bus at 23:10 (b20 et-bus) */
    {"Teated: liin 12 muutub 1. detsembrist 2026, eile kell 16:30 teatati. Esimene "
     "väljumine kell 5.45, viimane kell 23.10.", 0, 0, NULL,
     "2026-12-01 et -; 2026-11-25T16:30:00 et -"},
    /* wrong21: a month's abbreviation alone in running text is no month (Belarusian "ліп",
       lindens; b15 be-news) */
    {"20.11.2026 У парку высадзяць 140 новых ліп.", 0, 0, "be", "2026-11-20 - -"},
    /* wrong21: a sliver of a vote (the "h" of "8h00", Hungarian's among many) gives a page
       of no known language no order: no 12 May */
    {"Réunion le 5/12 à 8h00", 0, 0, NULL, ""},
    /* wrong21: a law's or a notice's number is no month and year (locales/ not_date: b22
       ca-calendari, b21 hi-IN-bharti); the date beside it stays */
    {"La universitat es va crear per la Llei 12/1998 i va començar la docència.", 0, 0, NULL,
     ""},
    {"यह विज्ञापन 15 जुलाई 2025 को जारी विज्ञापन संख्या 09/2025 के अधिक्रमण में जारी किया गया है।",
     0, 0, NULL, "2025-07-15 hi -"},
    /* wrong21: a named year after a month word of another language is no year of that
       month ("fra", Maltese February, before Norwegian "i fjor": b22 nb-bolig) */
    {"Kvadratmeterpris 98 400 kr (oktober 2026), opp 4,2 % fra i fjor.", 0, 0, NULL,
     "2026-10 id -; 2025 nb -"},
    {"NM-finalen ble spilt lørdag 6. desember i fjor.", 0, 0, NULL, "2025-12-06 nb -"},
    /* wrong21: Finnish "the day" between a day and its year (locales/ fi filler): the
       year is the date's, not the reference's (b22 fi-julkaisu) */
    {"Vanhan 1.3-muodon tuki poistuu syyskuun 30. päivänä 2027.", 0, 0, NULL,
     "2027-09-30 fi -"},
    /* wrong21: a filler of no language of the month glues no day to it in running text
       ("alle 14 Tage", every 14 days; Italian "alle": b21 de-CH-gemeinde) */
    {"Grüngutabfuhr: jeden Dienstag (Dezember bis Februar alle 14 Tage)", 0, 0, NULL, ""},
    {"Apertura sabato 5 dicembre alle 14", 0, 0, NULL, "2026-12-05T14:00:00 it -"},
    /* b28fix: a timetable's rows, a weekday and a day and month, then the times in the
       next cells: the dates alone (the probe for a time after the numbers is refused the
       next cell as the date's own read is; b28 el-GR-travel); a time one blank after the
       date is still its own */
    {"Ημερομηνία   Αναχώρηση   Πλοίο\nΤρι 08/12    08:15    Artemis\n"
     "Τετ 09/12    17:45    Artemis\n", 0, 0, NULL, "2026-12-08 el o; 2026-12-09 el o"},
    {"Αναχώρηση: Τρι 08/12 08:15", 0, 0, NULL, "2026-12-08T08:15:00 el o"},
    /* b28fix: a span of bare hours after a date, which a word of the page's language says
       are hours: an hour's word after the second ("hodin", "Uhr"), a time word before the
       first ("ساعت"); the date takes the first, the second is a date of its own (b28
       cs-CZ-forum, fa-IR-releasenotes; b24, b27, b30's "von 7 bis 16 Uhr", "od 18 do 23
       sata") */
    {"Kotelna bude odstavena ve středu 9. prosince od 8 do 12 hodin.", 0, 0, "cs",
     "2026-12-09T08:00:00 cs r; 2026-12-09T12:00:00 cs r"},
    {"جلسه شنبه ۵ دی از ساعت ۹ تا ۱۱ برگزار می‌شود.", 0, 0, "fa",
     "2026-12-26T09:00:00 fa r; 2026-12-26T11:00:00 fa r"},
    {"Montag, 7. Dezember, 9 bis 11 Uhr: Sprechstunde.", 0, 0, "de",
     "2026-12-07T09:00:00 de r; 2026-12-07T11:00:00 de r"},
    /* no hours: a range of days after the date ("od 8 do 12 prosince"), a count of people
       ("نفر") or days ("Tage"), no word for hours at all, a day period after them (whose
       hours are not read: "صبح", morning), an event's name between the date and them */
    {"Výstava bude otevřena ve středu 9. prosince od 8 do 12 prosince.", 0, 0, "cs",
     "2026-12-09 cs -; 2026-12-08 cs r; 2026-12-12 cs r"},
    /* (the time link "od" says hours, and nothing after the end makes it a count: a span;
       with a unit after the end, a count: "od 8 do 12 let", ages) */
    {"Ve středu 9. prosince od 8 do 12.", 0, 0, "cs",
     "2026-12-09T08:00:00 cs r; 2026-12-09T12:00:00 cs r"},
    {"Ve středu 9. prosince od 8 do 12 let.", 0, 0, "cs", "2026-12-09 cs -"},
    /* wrong31: a word no count takes after it (locales/ year_then) between a number and the
       month parts them: a score's numbers are no year nor day ("28 on October") */
    {"won 31-28 on October 18", 0, 0, NULL, "2026-10-18 en -"},
    {"The Jets won 28 on October, then lost.", 0, 0, NULL, ""},
    /* wrong31: an operating system's versions are no day and month (locales/ not_date) */
    {"Posted 25/11/2026. Requires Windows 10/11.", 0, 0, NULL, "2026-11-25 - -"},
    {"Windows 10/11 (64-bit) – 25 November 2026", 0, 0, NULL, "2026-11-25 en -"},
    /* wrong31: on a page of unknown language, a short month word that another language
       writes before a year (Swedish "ut", Wolof August) makes no month and year alone */
    {"Han tog ut 2000 kr.", 0, 0, NULL, ""},
    {"Astrid Lindgren gav ut 1954.", 0, 0, NULL, ""},
    /* wrong31: "de" (year_from), "y" and an article after a round number: an amount
       (DNP_PAGE_ROUND_AMOUNT); not a year that is no round number */
    {"Te hacemos un descuento de 2000 y el resto lo pagas después.", 0, 0, "es", ""},
    {"Sonorama de 2022 y fue brutal", 0, 0, "es", "2022 es -"},
    /* wrong31: a weekday past the sentence's stop after the date is not the date's (it
       disagrees: the date alone) */
    {"25 November 2026. Friday night we celebrate.", 0, 0, NULL, "2026-11-25 en -"},
    {"Мистецький Арсенал, до 31 січня 2027. Понеділок — вихідний.", 0, 0, "uk",
     "2027-01-31 uk -"},
    /* wrong31: the year of one sentence is no field of the next's day and month */
    {"Treballem des del 1985. El 3 de desembre de 2026 hi haurà festa.", 0, 0, "ca",
     "2026-12-03 ca -"},
    {"Lo fundaron en 1985. El 3 de diciembre habrá fiesta.", 0, 0, "es", "2026-12-03 es -"},
    {"Ülés: 2026. december 3., csütörtök", 0, 0, "hu", "2026-12-03 hu -"},
    /* wrong31: a span of hours after a date with a dotted time of Dutch "uur" */
    {"zaterdag 28 november 10.00 - 14.00 uur", 0, 0, "nl",
     "2026-11-28T10:00:00 nl r; 2026-11-28T14:00:00 nl r"},
    /* wrong31: a timed date, a link and a second time: a span with both ends; a timed
       date with no second time keeps its own */
    {"Saturday 5 December 2026 at 10:00 - 14:00", 0, 0, NULL,
     "2026-12-05T10:00:00 en r; 2026-12-05T14:00:00 en r"},
    {"本週日（11/29）下午2時停水", 0, 0, "zh", "2026-11-29T14:00:00 - o"},
    {"جلسه شنبه ۵ دی از ۹ تا ۱۱ نفر.", 0, 0, "fa", "2026-12-26 fa -"},
    {"جلسه شنبه ۵ دی ساعت ۹ تا ۱۱ صبح", 0, 0, "fa", "2026-12-26 fa -"},
    {"Montag, 7. Dezember, 9 bis 11 Tage", 0, 0, "de", "2026-12-07 de -"},
    {"Mo., 7. Dezember  Weihnachtsmarkt am Hafen, 9–11 Uhr", 0, 0, "de", "2026-12-07 de -"},
    /* "and" after a word ("zwischen 9 und 11 Uhr", between) links the span's two hours;
       right after the date it lists two ("9 und 11 Uhr": two showings, no span) */
    {"Abholung am Dienstag, 8. Dezember, zwischen 9 und 11 Uhr im Hof.", 0, 0, "de",
     "2026-12-08T09:00:00 de r; 2026-12-08T11:00:00 de r"},
    {"Führungen am Dienstag, 8. Dezember, 9 und 11 Uhr.", 0, 0, "de", "2026-12-08 de -"},
    /* a list's bullet before a date is no range's dash, whatever number ends the line before
       it: the date's span of hours is read (b27 es-ES-recipe) */
    {"Cursos:\n- Curso A (12 plazas)\n- sábado 12 de diciembre de 2026, de 9:00 a 11:30\n", 0,
     0, "es", "2026-12-12T09:00:00 es r; 2026-12-12T11:30:00 es r"},
    /* b28fix: named weeks and years as pages write them (locales/): the ISO week, the year */
    {"Ο διαγωνισμός έγινε την περασμένη εβδομάδα στην Αθήνα.", 0, 0, "el", "2026-W47 el -"},
    {"בשבוע שעבר ביקרנו במוזיאון העיר.", 0, 0, "he", "2026-W47 he -"},
    {"पिछले हफ्ते हमने गाजर का हलवा बनाया।", 0, 0, "hi", "2026-W47 hi -"},
    {"A jövő heti műsorban két új sorozat indul.", 0, 0, "hu", "2026-W49 hu -"},
    {"Засідання перенесли на наступний тиждень.", 0, 0, "uk", "2026-W49 uk -"},
    {"আগামী সপ্তাহে পরীক্ষার ফল প্রকাশ হবে।", 0, 0, "bn", "2026-W49 bn -"},
    {"Cuộc họp sẽ diễn ra vào Thứ Tư tuần tới tại Hà Nội.", 0, 0, "vi", "2026-12-02 vi -"},
    {"Förra året kom 40 gäster till julfesten.", 0, 0, "sv", "2025 sv -"},
    /* b28fix: a named week restated by a day of it right after it is that day alone; a day
       of another week, or one further on, leaves the week its own date */
    {"Last week, on Thursday 19 November, the board met.", 0, 0, "en", "2026-11-19 en -"},
    {"La semaine dernière, le 18 novembre, le conseil a voté.", 0, 0, "fr", "2026-11-18 fr -"},
    {"Last week, on 3 December, the board met.", 0, 0, "en", "2026-W47 en -; 2026-12-03 en -"},
    {"Last week the board met; it meets again on 18 November.", 0, 0, "en",
     "2026-W47 en -; 2026-11-18 en -"},
    /* b28fix: a calendar's window ends at a field's mark: the number before the bar is no
       year of the Hijri day and month after it (no 2012-05-07 of "1433 | 16 جمادى الآخرة") */
    {"الخميس 26 نوفمبر 2026 | 1433 | 16 جمادى الآخرة 1448", 0, 0, NULL,
     "2026-11-26 ar -; 2026-11-26 ar -"},
    {"Issue 1433 | 16 Jumada II 1448", 0, 0, NULL, "2026-11-26 en -"},
    /* b28fix: a range of days before a Thai month: its first day is no two-digit year of
       the Buddhist era (no 1969-12-14, 2512), the range's two ends (b28 th-TH-shop) */
    {"งานจัดวันที่ 12-14 ธันวาคม ที่เชียงใหม่", 0, 0, NULL, "2026-12-12 th r; 2026-12-14 th r"},
    {"ส่งถึงภายใน 25 – 27 ธ.ค. ค่ะ", 0, 0, NULL, "2026-12-25 th r; 2026-12-27 th r"},
    /* b28fix: a score after a weekday ("34:28": no clock) is no day of it: the weekday
       stands alone (it was dropped with the score) */
    {"The team won the final on Sunday 34:28 after extra time.", 0, 0, "en", "2026-11-22 en -"},
    {"הקבוצה ניצחה בגמר ביום ראשון 71:64 אחרי הארכה.", 0, 0, "he", "2026-11-22 he -"},
    /* timebefore: a time before its date, its hour word and a connector of the date's
       language between (b25 es-CL-banco, ar-SA-taamim) */
    {"Mantención de sistemas entre las 23:00 horas del sábado 5 de diciembre y las 06:00 "
     "horas del domingo 6 de diciembre.", 0, 0, "es",
     "2026-12-05T23:00:00 es -; 2026-12-06T06:00:00 es -"},
    {"ورشة تعريفية في تمام الساعة 10:00 صباحاً يوم الثلاثاء 1 ديسمبر 2026م", 0, 0, "ar",
     "2026-12-01T10:00:00 ar -"},
    {"Treffpunkt um 14 Uhr am 4. Dezember vor dem Rathaus.", 0, 0, "de",
     "2026-12-04T14:00:00 de -"},
    /* timebefore: a year's mark, its dot and a comma before the connector ("r., godz.":
       b17 pl-kalendarz); the date's own bracket closing before its time ("(28/11) às 10h
       BRT": b25 pt-BR-ingressos) */
    {"Ostatnia aktualizacja: 25.11.2026 r., godz. 14:20 | Autor: sekretariat", 0, 0, "pl",
     "2026-11-25T14:20:00 - -"},
    {"Pré-venda: quinta-feira, 26/11, às 10h. Venda geral: sábado (28/11) às 10h BRT", 0, 0,
     "pt", "2026-11-26T10:00:00 pt -; 2026-11-28T10:00:00-03:00 - o"},
    /* timebefore: a time_link after a day and month with its weekday ("από τις", from:
       b18 el-shop) */
    {"Black Friday: Παρασκευή 27/11 από τις 00:01 έως Δευτέρα 30/11 στις 23:59.", 0, 0, "el",
     "2026-11-27T00:01:00 el -; 2026-11-30T23:59:00 el -"},
    /* timebefore: a span of hours after a date gives both ends with H.MM too ("klo
       12.00–14.00", b26; "28.11.2026 12.00-14.00" gave no date at all), an hour alone
       before an end with its mark ("von 10 bis 17 Uhr", "15 bis 18 Uhr": b27), "10am"
       glued before a dash; not a price's span, nor hours after more than one word, nor
       an hour alone whose end's am/pm it may share ("5–7pm") */
    {"Joulumyyjäiset lauantaina 28.11.2026 klo 12.00–14.00 kaupungintalolla.", 0, 0, "fi",
     "2026-11-28T12:00:00 fi r; 2026-11-28T14:00:00 fi r"},
    {"Tag der offenen Tür: 28.11.2026 12.00-14.00.", 0, 0, "de",
     "2026-11-28T12:00:00 - r; 2026-11-28T14:00:00 - r"},
    {"Flohmarkt am Samstag, 5. Dezember, von 10 bis 17 Uhr im Hof.", 0, 0, "de",
     "2026-12-05T10:00:00 de r; 2026-12-05T17:00:00 de r"},
    {"Drop-in session on Saturday 5 December, 10am–2pm, at the library.", 0, 0, "en",
     "2026-12-05T10:00:00 en r; 2026-12-05T14:00:00 en r"},
    {"Kerstmarkt zaterdag 28 november 10.00-12.00 uur in de kerk.", 0, 0, "nl",
     "2026-11-28T10:00:00 nl r; 2026-11-28T12:00:00 nl r"},
    {"Tickets Samstag, 5. Dezember, 12.50–15.00 € an der Kasse.", 0, 0, "de",
     "2026-12-05 de -"},
    {"Gala on Saturday 5 December, 5–7pm, in the hall.", 0, 0, "en", "2026-12-05 en -"},
    {"Sa, 28.11.  Chlausmarkt im Stadtpark, 10–18 Uhr", 0, 0, "de", "2026-11-28 de o"},
    /* timebefore: hours alone both after a time word of the page ("dalle 10 alle 18"); an
       hour mark after H.MM ("19.30 uur"); H.MM both joined by a word ("no 11.00 līdz
       13.00"); the genitives "hodin", "sata" as hour marks (locales/ cs sk hr bs sr); a
       filler that is Esperanto's hour mark links a span ("de 10 a 13 h" was 10:13); two
       showings joined by "and" and a time word stay the date's ("ore 11 e ore 16"); a
       list's bullet dash is no range's ("45 €)\n- sábado ...") */
    {"Mercatino sabato 5 dicembre, dalle 10 alle 18, in piazza.", 0, 0, "it",
     "2026-12-05T10:00:00 it r; 2026-12-05T18:00:00 it r"},
    {"Kerstmarkt dinsdag 8 december, 16 tot 19.30 uur.", 0, 0, "nl",
     "2026-12-08T16:00:00 nl r; 2026-12-08T19:30:00 nl r"},
    {"Atvērto durvju diena sestdien, 28. novembrī, no 11.00 līdz 13.00.", 0, 0, "lv",
     "2026-11-28T11:00:00 lv r; 2026-11-28T13:00:00 lv r"},
    {"Bazar bude v sobotu 28. listopadu od 10 do 16 hodin.", 0, 0, "cs",
     "2026-11-28T10:00:00 cs r; 2026-11-28T16:00:00 cs r"},
    {"Noć muzeja 29. siječnja 2027., od 18 do 23 sata.", 0, 0, "hr",
     "2027-01-29T18:00:00 hr r; 2027-01-29T23:00:00 hr r"},
    {"Taller dissabte 12 de desembre de 10 a 13 h a la biblioteca.", 0, 0, "ca",
     "2026-12-12T10:00:00 ca r; 2026-12-12T13:00:00 ca r"},
    {"Messe Domenica 29 novembre, ore 11 e ore 16", 0, 0, "it", "2026-11-29 it -"},
    {"El partido es el sábado 28 de noviembre a las 19 en el estadio.", 0, 0, "es",
     "2026-11-28T19:00:00 es -"},
    {"Talleres (plazas limitadas, 45 €)\n- sábado 19 de diciembre de 2026, de 10:00 a 13:30", 0,
     0, "es", "2026-12-19T10:00:00 es r; 2026-12-19T13:30:00 es r"},
    /* b30fix: a span of hours whose first hour is bare: its end a clock with its mark
       ("von 9 bis 17 Uhr", "od 9 do 19 sata", "19 tot 21 uur"), or a time word before it and
       another between ("dalle 9 alle 17"); counts, degrees and seats stay none, and "de 9 a
       14 h" is no 09:14 (Esperanto's hour mark "a") */
    {"Die Halle ist am Sonntag, 13. Dezember 2026, von 9 bis 17 Uhr geöffnet.", 0, 0, NULL,
     "2026-12-13T09:00:00 de r; 2026-12-13T17:00:00 de r"},
    {"Am Sonntag, 13. Dezember 2026, kamen 40 bis 50 Besucher.", 0, 0, NULL, "2026-12-13 de -"},
    {"Mercat de Nadal el diumenge 13 de desembre de 2026 de 9 a 14 h a la plaça.", 0, 0, NULL,
     "2026-12-13T09:00:00 ca r; 2026-12-13T14:00:00 ca r"},
    /* (two bare hours, then a word that is no filler of the page's: the end may be a
       count's ("od 8 do 12 let", ages), so the date alone: a miss, not a wrong answer;
       b31fix: but a time word of the page ("alle") linking them says the end is an hour) */
    {"Mercatino domenica 13 dicembre 2026, dalle 9 alle 17 in piazza.", 0, 0, NULL,
     "2026-12-13T09:00:00 it r; 2026-12-13T17:00:00 it r"},
    {"Dětský kroužek v sobotu 12. prosince 2026 od 8 do 12 let.", 0, 0, NULL,
     "2026-12-12 cs -"},
    {"Mercatino domenica 13 dicembre 2026, dalle 9 alle 17.", 0, 0, NULL,
     "2026-12-13T09:00:00 it r; 2026-12-13T17:00:00 it r"},
    {"Mercatino domenica 13 dicembre 2026, sala 10 – 18 posti.", 0, 0, NULL, "2026-12-13 it -"},
    {"Sajam knjiga: 13. prosinca 2026., od 9 do 19 sata, ulaz slobodan.", 0, 0, NULL,
     "2026-12-13T09:00:00 hr r; 2026-12-13T19:00:00 hr r"},
    {"Продаја у недељу, 13. децембра 2026, од 9 до 15 сати.", 0, 0, NULL,
     "2026-12-13T09:00:00 sr r; 2026-12-13T15:00:00 sr r"},
    {"Ouderavond donderdag 10 december 2026, 19 tot 21 uur in de aula.", 0, 0, NULL,
     "2026-12-10T19:00:00 nl r; 2026-12-10T21:00:00 nl r"},
    /* ... and a filler hour mark before a larger number only: "शाम 7 बजे 250 लोग" keeps its
       hour */
    {"3 दिसंबर 2026 शाम 7 बजे 250 लोग पहुँचे।", 0, 0, NULL, "2026-12-03T19:00:00 hi -"},
    /* b30fix: Spanish "a las" before a bare hour, after a date in words or digits (a
       semicolon after it), and Argentina's "hora argentina" (locales/zones.tsv) */
    {"El partido es el domingo 13 de diciembre de 2026 a las 21 en Rosario.", 0, 0, NULL,
     "2026-12-13T21:00:00 es -"},
    {"Entradas desde el lunes 7/12 a las 20; socios primero.", 0, 0, NULL,
     "2026-12-07T20:00:00 - -"},
    {"Final el domingo 13 de diciembre de 2026 a las 21 (hora argentina), en Rosario.", 0, 0,
     NULL, "2026-12-13T21:00:00-03:00 es -"},
    /* b30fix: a span of hours after the date's bracketed weekday ("（木）"), with its zone;
       after a wave dash glued before the date ("〜", until) the hours are every day's */
    {"受付：2026年12月10日（木）10:00～12:00（日本時間）", 0, 0, NULL,
     "2026-12-10T10:00:00+09:00 ja r; 2026-12-10T12:00:00+09:00 ja r"},
    {"面談期間（〜2026年12月10日（木）、10:00〜12:00）", 0, 0, NULL, "2026-12-10 ja -"},
    /* b30fix: a short preposition that begins other phrases ("i går") before a named period
       leads it, no longer phrase ("i sidste uge", "i forrige uke", "i förra veckan") */
    {"Vi flyttede i sidste uge til nye lokaler.", 0, 0, NULL, "2026-W47 da -"},
    {"Vi flyttet i forrige uke til Bergen.", 0, 0, NULL, "2026-W47 nb -"},
    {"Vi flyttade i förra veckan till Malmö.", 0, 0, NULL, "2026-W47 sv -"},
    /* b30fix: named periods as running text writes them (locales/): Estonian adessives,
       "1 tund tagasi"; Italian "la scorsa settimana", "l'anno scorso"; German "vergangenen
       Freitag" */
    {"Uus kontor avati eelmisel kolmapäeval Tallinnas.", 0, 0, NULL, "2026-11-25 et -"},
    {"Koolitus toimub järgmisel nädalal Tartus.", 0, 0, NULL, "2026-W49 et -"},
    {"Viimane postitus: 1 tund tagasi", 0, 0, NULL, "2026-11-26T11:00:00Z et -"},
    {"La scorsa settimana il museo ha riaperto.", 0, 0, NULL, "2026-W47 it -"},
    {"Il festival, annullato l'anno scorso, torna a giugno.", 0, 0, NULL, "2025 it -"},
    {"Das Konzert fand am vergangenen Freitag statt.", 0, 0, NULL, "2026-11-20 de -"},
    /* b30fix: a month abbreviation that is also its language's preposition before years,
       without its dot, before a year alone is that preposition ("des del 1985", since 1985;
       "3 des. 2026" stays a date); a weekday abbreviation that is a function word of a
       language more people speak proves no order ("fins al 11/12/2026": Catalan "al", a
       Basque Monday on 12 November) */
    {"Obrim des del 1985 i encara som aquí; el 3 de desembre de 2026 fem festa.", 0, 0, NULL,
     "2026-12-03 ca -"},
    {"Factura del 3 de des. 2026, pagada.", 0, 0, NULL, "2026-12-03 ca -"},
    {"Inscripcions obertes fins al 11/12/2026 a la secretaria de l'escola, dilluns 30 de "
     "novembre de 2026.", 0, 0, NULL, "2026-12-11 - o; 2026-11-30 ca -"},
    /* b30fix: a month alone of the Latin, Greek or Cyrillic script that no case form names
       is a date only after a preposition of its language ("im Januar", "a gennaio"): a
       heading's or a noun's month ("Abfuhrplan Januar:", "fino a fine gennaio") is none; a
       range of months up to a year ("Noviembre–diciembre 2026") is led by its range */
    {"Sitzung am Donnerstag, 3. Dezember 2026. Abfuhrplan Januar: siehe unten. Die Sammlung "
     "beginnt im Januar wieder. Nächste Sitzung am Montag, 14. Dezember 2026, und am Dienstag, "
     "15. Dezember 2026.", 0, 0, NULL,
     "2026-12-03 de -; 2026-01 de -; 2026-12-14 de -; 2026-12-15 de -"},
    {"La pista apre giovedì 3 dicembre 2026 e resta aperta fino a fine gennaio. Il bar chiude "
     "a gennaio. Concerto lunedì 14 dicembre 2026 e martedì 15 dicembre 2026.", 0, 0, NULL,
     "2026-12-03 it -; 2026-01 it -; 2026-12-14 it -; 2026-12-15 it -"},
    /* (b33as: a range of months, flagged DN_FLAG_RANGE) */
    {"Archivo › Noviembre–diciembre 2026 › El jueves 3 de diciembre de 2026 abrimos, y el "
     "lunes 14 de diciembre de 2026 cerramos.", 0, 0, NULL,
     "2026-11 es r; 2026-12 es r; 2026-12-03 es -; 2026-12-14 es -"},
    /* b30fix: a padded hour with UTC after a date, as a forecast names its model run; a
       count glued to more is none */
    {"Varsel for Bergen. Modellkjøring 27.11.2026 18 UTC, neste kjøring om natten.", 0, 0,
     NULL, "2026-11-27T18:00:00Z - -"},
    {"Resultat 27.11.2026: 18 UTC-poeng, ikke noe mer.", 0, 0, NULL, "2026-11-27 - -"},
    /* b30fix: an every-word and its period before a comma still make the date after it a
       recurring one ("Cada any, el 26 de desembre"); other words between do not */
    {"Cada any, el 26 de desembre, a casa fem canelons. El 3 de desembre de 2026 obrim.", 0, 0,
     NULL, "2026-12-03 ca -"},
    {"Every year, on 26 December, we cook. On 3 December 2026 we open.", 0, 0, NULL,
     "2026-12-03 en -"},
    {"Every year, we open on 26 December.", 0, 0, NULL, "2026-12-26 en -"},
    /* sspeed11: a break of the clause between them (a dot, a colon, a fullwidth "！"), after
       which date_recurring's walk begins, clears the every-word */
    {"Every year. On 26 December we open.", 0, 0, NULL, "2026-12-26 en -"},
    {"Every year: 26 December, we open.", 0, 0, NULL, "2026-12-26 en -"},
    {"Jedes Jahr！ Am 26. Dezember feiern wir.", 0, 0, NULL, "2026-12-26 de -"},
    {"Every year 26 December we open.", 0, 0, NULL, ""},
    /* rangeyear: a CJK range whose numbers stand a blank from their marks (b23
       zh-TW-forum): both ends */
    {"雪祭是 2027 年 2 月 4 日至 11 日，你們那時候去剛好錯過", 0, 0, "zh",
     "2027-02-04 zh r; 2027-02-11 zh r"},
    {"2027 年 2 月 4 日～11 日", 0, 0, "zh", "2027-02-04 zh r; 2027-02-11 zh r"},
    /* rangeyear: a range's two weekdays before it, the first the start's (b23
       en-US-council); not a weekday that is neither's */
    {"The council meets Thursday and Friday, Nov. 26–27, at City Hall.", 0, 0, NULL,
     "2026-11-26 en r; 2026-11-27 en r"},
    {"The council meets Wednesday and Friday, Nov. 26–27, at City Hall.", 0, 0, NULL, ""},
    /* rangeyear: a list of two days after the month, joined by "and" (b24 fil-news "at");
       not by "or", nor before a unit or an hour */
    {"Recycling pickup moves to Dec 1 and 3.", 0, 0, NULL, "2026-12-01 en r; 2026-12-03 en r"},
    {"Recycling pickup moves to Dec 1 or 3.", 0, 0, NULL, "2026-12-01 en -"},
    /* rest36: a list's second day in another script's digits (Nepali "र", and), of a
       calendar of months of its own (Amharic "እና", an Ethiopian month), with a word the
       lexicon does not know after it when it is the next day or the one after (b36
       ne-NP-weather, am-ET-news, te-IN-theatre); not a later one */
    {"नोभेम्बर २८ र २९ मा हिमपात हुन सक्छ।", 0, 0, "ne", "2026-11-28 ne r; 2026-11-29 ne r"},
    {"ሐሙስ ኅዳር 17 ቀን 2019 ዓ.ም. ጉባኤ ታኅሣሥ 10 እና 11 በስካይላይት ሆቴል", 0, 0, NULL,
     "2026-11-26 am -; 2026-12-19 am r; 2026-12-20 am r"},
    {"నాటకం డిసెంబర్ 5 మరియు 6 తేదీల్లో సాయంత్రం.", 0, 0, "te", "2026-12-05 te r; 2026-12-06 te r"},
    {"Recycling pickup moves to Dec 1 and 9 customers.", 0, 0, NULL, "2026-12-01 en -"},
    /* rest36: a range's last day glued to the first by a dash after the month ("Nov
       26–29"), a short month word in lower case after it the sentence's verb, no date of
       its own (b34 en-CA-flight); a capitalised month after it ends its own date */
    {"Passengers booked on travel Nov 26–29 may change their flights.", 0, 0, NULL,
     "2026-11-26 en r; 2026-11-29 en r"},
    {"Passengers booked on travel Nov 26–29 can change.", 0, 0, NULL,
     "2026-11-26 en r; 2026-11-29 en r"},
    {"We met on 29 may 2026.", 0, 0, NULL, "2026-05-29 en -"},
    /* rest36: a month alone that is a person's name (capitalised, a capitalised unknown
       word after it, no word before it: Latvian "Marta", March) or an e-mail's piece is no
       month (b35 lv-LV-realestate); one after a preposition is */
    {"Aģents: Marta Ozola, tālr. 29 123 456, marta@latio.lv", 0, 0, "lv", ""},
    {"Remonts pabeigts martā.", 0, 0, "lv", "2026-03 lv -"},
    {"In March Apple announced a phone.", 0, 0, "en", "2026-03 en -"},
    /* rest36: a month alone that begins a quoted title is the title's word (b35
       sq-AL-tvguide); a model year in Latvian (locales/lv year_model, b35 lv-LV-realestate) */
    {"12:15  Film: \"Nëntori i dytë\" (1982, 95 min)", 0, 0, "sq", ""},
    {"Festa është në nëntor.", 0, 0, "sq", "2026-11 sq -"},
    {"gāzes apkure (katls 2024. gada modelis).", 0, 0, "lv", ""},
    {"Māja celta 2024. gadā.", 0, 0, "lv", "2024 lv -"},
    /* rest36: a year before "的版本" (the version of) names an edition (locales/zh
       year_model; b34 zh-TW-library); one before "初版" (first edition) dates it */
    {"請問增訂版跟2019年的版本差在哪裡？", 0, 0, "zh", ""},
    {"版次：三版（2019年初版）", 0, 0, "zh", "2019 zh -"},
    /* rest36: a year with its word of another script right after a product's Latin
       name is the model's (b36 km-KH-classifieds); one after a word of the page's is a year */
    {"លក់ម៉ូតូ Honda Dream ឆ្នាំ២០២២ ពណ៌ក្រហម", 0, 0, "km", ""},
    {"ម្ចាស់បានទិញដីនេះនៅ ឆ្នាំ២០១៥", 0, 0, "km", "2015 km -"},
    /* rest36: D.MM.YY first on its line of a list on a page that proves day-first (b35
       da-DK-court); not a version after a word */
    {"Tidligere bekendtgørelser\n· 18.11.2026 – Indkaldelse af kreditorer\n· 2.11.26 – "
     "Retsmøde i konkursboet\nFirmware 3.10.26 er ny.", 0, 0, NULL,
     "2026-11-18 - -; 2026-11-02 - o"},
    /* rest36: a spaced date before a word that is a short month elsewhere ("sú", are;
       Jola-Fonyi June) is the numbers' date (b35 sk-SK-school); a day and month closed by
       their dot in brackets of their own is one on a day-first page; not a number without
       its dots */
    {"Deti narodené od 1. 9. 2020 do 31. 8. 2021 sú povinné sa zapísať.", 0, 0, NULL,
     "2020-09-01 - o; 2021-08-31 - -"},
    {"Zápis v pondelok 12. januára 2027.\nFotografie z noci (30. 10.) nájdete v galérii.", 0, 0,
     "sk", "2027-01-12 sk -; 2026-10-30 - o"},
    {"Zápis v pondelok 12. januára 2027.\nVerzia (3.4) je nová.", 0, 0, "sk", "2027-01-12 sk -"},
    /* rest36: a weekday and its day of the month, no month: the day it falls on near the
       reference, at a table's gap, a comma or the line's end, or with a filler and a time
       (b35 gl-ES-weather); not before a word the lexicon does not know, nor a number that
       is no day of it (a span of hours) */
    {"Hoxe, xoves 26 de novembro de 2026.\nVenres 27            Chuvia forte\nLuns 30       "
     "       Sol\nata o sábado 28 ás 18:00.", 0, 0, "gl",
     "2026-11-26 gl -; 2026-11-27 gl -; 2026-11-30 gl -; 2026-11-28T18:00:00 gl -"},
    {"Friday 20, rain", 0, 0, "en", "2026-11-20 en -"},
    /* rest36: a year before Basque's word for decade is a decade (locales/eu year_model;
       b35 eu-ES-recipe) */
    {"Nire amonak 1950eko hamarkadan egiten zuen.", 0, 0, "eu", ""},
    {"Nire amonak 1950ean egin zuen.", 0, 0, "eu", "1950 eu -"},
    /* rest36: Kannada's "from" and "until" endings glued to a range's days (locales/kn
       ordinal; b36 kn-IN-school); not numbers with the words apart */
    {"ಪರೀಕ್ಷೆಗಳು ಡಿಸೆಂಬರ್ 7ರಿಂದ 15ರವರೆಗೆ ನಡೆಯಲಿವೆ.", 0, 0, "kn", "2026-12-07 kn r; 2026-12-15 kn r"},
    {"ಸಮವಸ್ತ್ರ ಗಾತ್ರ 28 ರಿಂದ 40 ಲಭ್ಯ", 0, 0, "kn", ""},
    /* rest36: Tamil "நவ." (Nov.), two syllables, in a results list (b36 ta-IN-sports) */
    {"- நவ. 22: தமிழ்நாடு 185/4 vs ஆந்திரா 160/9\n- நவ. 19: தமிழ்நாடு 142/8 vs கேரளா 143/5", 0, 0,
     NULL, "2026-11-22 ta -; 2026-11-19 ta -"},
    {"On Friday 13 students came.", 0, 0, "en", ""},
    {"Megtekinthető november 28-án, szombaton 10 és 14 óra között.", 0, 0, "hu",
     "2026-11-28T10:00:00 hu r; 2026-11-28T14:00:00 hu r"},
    /* rest36: an all-numeric date whose year the page writes in the Ethiopian calendar
       with its words is Ethiopian (b36 am-ET-news's timetable); one of another year, or on
       a page with no such date, is Gregorian */
    {"ሐሙስ ኅዳር 17 ቀን 2019 ዓ.ም. | 28/03/2019 | 02/04/2019 | 15/12/2026 |", 0, 0, NULL,
     "2026-11-26 am -; 2026-12-07 - -; 2026-12-11 - -; 2026-12-15 - -"},
    {"ሐሙስ ኅዳር 17 ቀን 2019 ዓ.ም. | 28/03/2018 |", 0, 0, NULL, "2026-11-26 am -; 2018-03-28 - -"},
    /* rest36: Amharic's Gregorian era before a year, its dot then a blank (locales/am
       year_prefix) */
    {"ጉባኤው እ.ኤ.አ. 2025 ለመጀመሪያ ጊዜ", 0, 0, "am", "2025 am -"},
    {"ዜና 28/03/2019 ጉዞ", 0, 0, NULL, "2019-03-28 - -"},
    /* rest36: on a page about what is ahead, a day and month without a year of a sentence
       told in the past stays in the reference's year (locales/es weekday_past "hice"; b34
       es-MX-recipe); one of a sentence about the future takes the next year */
    {"Taller el sábado 9 de enero de 2027. Clase el sábado 19 de diciembre de 2026. Entrega "
     "el 15 de diciembre de 2026. La hice para el cumpleaños de mi hija el 2 de febrero.", 0, 0,
     "es", "2027-01-09 es -; 2026-12-19 es -; 2026-12-15 es -; 2026-02-02 es -"},
    {"Taller el sábado 9 de enero de 2027. Clase el sábado 19 de diciembre de 2026. Entrega "
     "el 15 de diciembre de 2026. Haremos la fiesta el 2 de febrero.", 0, 0,
     "es", "2027-01-09 es -; 2026-12-19 es -; 2026-12-15 es -; 2027-02-02 es -"},
    /* rangeyear: Tamil's range words after the days (locales/ta range_link: b20
       ta-classifieds); years between them stay years */
    {"விளக்குகள் 20% தள்ளுபடி. டிசம்பர் 3 முதல் 6 வரை மட்டும்!", 0, 0, NULL,
     "2026-12-03 ta r; 2026-12-06 ta r"},
    {"அவர் 2015 முதல் 2019 வரை பணியாற்றினார்.", 0, 0, "ta", "2015 ta -; 2019 ta -"},
    /* rangeyear: Armenian's range ending glued to the first day by a hyphen (locales/hy
       range_link "ից"), the last day's ordinal ending after its own hyphen, a stop or
       comma after it (unseen, b14 hy-bzhshkakan) */
    {"Ցուցահանդեսը բաց է դեկտեմբերի 5-ից 31-ը։", 0, 0, "hy", "2026-12-05 hy r; 2026-12-31 hy r"},
    {"Կենտրոնը հունվարի 3-ից 7-ը՝ կրճատ ժամեր", 0, 0, "hy", "2026-01-03 hy r; 2026-01-07 hy r"},
    {"դեկտեմբերի 5-ից 3 օր", 0, 0, "hy", "2026-12-05 hy -"},
    {"Recycling pickup moves to Dec 1 and 3 days later.", 0, 0, NULL, "2026-12-01 en -"},
    {"Recycling pickup moves to Dec 1 and 3 pm.", 0, 0, NULL, "2026-12-01 en -"},
    /* rangeyear: years alone that a cue of locales/ dates: Dutch "vanaf" (year_in) and
       "elke" after the year (year_then), Swedish "ut" (year_before) before a year that ends
       its phrase, German "schon" (year_verb), Spanish "de" (year_from) then "y" and a word
       no count takes (b23 nl-NL-storing, b22 sv-veckobrev, de-DE-news, b23 es-ES-concierto);
       not amounts */
    {"Sinds 2023 rijdt de Intercity direct naar Berlijn; vanaf 2027 elke twee uur.", 0, 0,
     "nl", "2023 nl -; 2027 nl -"},
    {"Vanaf 1299 euro per maand.", 0, 0, "nl", ""},
    {"Astrid Lindgren gav ut 1954. I SO har vi pratat om blodbadet.", 0, 0, "sv", "1954 sv -"},
    {"Han tog ut 2000 kr.", 0, 0, "sv", ""},
    {"Das hat man doch schon 2022 gewusst.", 0, 0, "de", "2022 de -"},
    {"Wir haben schon 2000 Besucher gezählt.", 0, 0, "de", ""},
    {"Los vi en el Sonorama de 2022 y fue brutal.", 0, 0, "es", "2022 es -"},
    {"Un total de 2022 y 3000 más.", 0, 0, "es", ""},
    {"Un descuento de 2000 en la tienda.", 0, 0, "es", ""},
    {"We sold 2022 units.", 0, 0, "en", ""},
    {"Pris 1954 kr", 0, 0, "sv", ""},
    /* rangeyear: Yoruba "ní" (in) before a year, "lábẹ́" (under) after it (b25
       yo-church-programme) */
    {"Ìjọ wa ni a dá sílẹ̀ ní ọdún 1958 lábẹ́ àkóso Àpóstélì Joseph.", 0, 0, "yo", "1958 yo -"},
    {"Ó ra ẹrù ní 1958 náírà.", 0, 0, "yo", ""},
    /* rangeyear: a weekday word that is no date (b20 ta-classifieds, kk-job): Tamil
       "வெள்ளி" (silver; locales/ta risky) beside prices, "திங்கள் முதல் சனி/வெள்ளி" (Monday
       to Saturday/Friday: the word before the window's edge read whole), Kazakh "Жұма
       сайын" (every Friday; weekday_cue 3) */
    {"சம்பளம் ₹15,000 - ₹22,000 + ஊக்கத்தொகை. வேலை நேரம் திங்கள் முதல் சனி, காலை 8 - மாலை 5.\n"
     "நேர்காணல்: 28-11-2026 (சனிக்கிழமை) காலை 10 மணி, அண்ணா நகர் அலுவலகம்.\n"
     "பதிவிட்டது: 24 நவ. 2026 · அண்ணா நகர்\n"
     "விலை ₹38,500. கோயம்புத்தூர் · பதிவிட்டது: 23/11/2026\n"
     "வெள்ளி விளக்குகள், பித்தளை அகல் விளக்குகள் 20% தள்ளுபடி.\n"
     "சிறப்பு வகுப்புகள். திங்கள் முதல் வெள்ளி மாலை 6 - 8. கட்டணம் மாதம் ₹1,500.", 0, 0, NULL,
     "2026-11-28T10:00:00 ta -; 2026-11-24 ta -; 2026-11-23 - -"},
    {"• Жұма сайын кеңседе ортақ түскі ас. Сұхбат: 8 желтоқсан, сейсенбі, 15:00", 0, 0, NULL,
     "2026-12-08T15:00:00 kk -"},
    /* rangeyear: Persian weekdays written with a space for the zero-width non-joiner: "پنج
       شنبه" is Thursday whole, never "شنبه" (Saturday) with a weekday mismatch (b18 fa-news
       writes "پنجشنبه") */
    {"جلسه پنج شنبه ۵ آذر برگزار شد", 0, 0, NULL, "2026-11-26 fa -"},
    /* b29fix: words of less-served languages CLDR lacks (locales/): Somali month spellings,
       "ka hor" (ago) in two words, "galabnimo" (afternoon); Hausa "ga" between day and
       month, "mako mai zuwa" (next week); the Basque inessive "-ean" of a month, "joan den
       astean" (last week), "izango" (will be) making a weekday the next one; Georgian
       "შარშან" (last year), "ნოემ." (Nov.); Kazakh and Sinhala named years and weeks;
       Urdu "پچھلے ہفتے" (last week) and the future's "گا"; Marathi "-पासून" (from) on a
       month, "कालच", "(रविवार बंद)" (closed on Sundays: recurring); Armenian "անցյալ" (last)
       before a weekday, "ամեն" (every); Gujarati "-ે" on a weekday (on Tuesday) */
    {"Gaariga waxaa la iibiyay 12 Luulyo 2024, waxaana la keenay 3 Nofeembar 2025.", 0, 0,
     NULL, "2024-07-12 so -; 2025-11-03 so -"},
    {"Faallo: 5 maalmood ka hor | Booqasho: Axad, 6 Desember, 9:00 galabnimo", 0, 0, NULL,
     "2026-11-21 so -; 2026-12-06T21:00:00 so -"},
    {"Za a bude asibitin ranar Talata, 9 ga Fabrairu, 2027. Taron zai gudana mako mai zuwa.",
     0, 0, NULL, "2027-02-09 ha -; 2026-W49 ha -"},
    {"Argitaratua: 2026ko azaroaren 24a. Liburua 2024ko urtarrilean atera zen; joan den astean "
     "saritu zuten. Hurrengo bilera ostiralean izango da.", 0, 0, NULL,
     "2026-11-24 eu -; 2024-01 eu -; 2026-W47 eu -; 2026-11-27 eu -"},
    {"ავტორი: 20 ნოემბერი 2026. შარშან ივნისში იყო. კომენტარი — 3 ნოემ. 2026, 18:40", 0, 0,
     NULL, "2026-11-20 ka -; 2025-06 ka -; 2026-11-03T18:40:00 ka -"},
    {"Сейсенбі, 24 қараша 2026. Өткен жылы маусымда су тасқыны болды, өткен аптада қар "
     "жауды. Биыл жылы.", 0, 0, NULL, "2026-11-24 kk -; 2025-06 kk -; 2026-W47 kk -; 2026 kk -"},
    {"2026 නොවැම්බර් 20. පසුගිය සතියේ රැස්වීම පැවැත්විණි. ලබන බදාදා නැවත හමුවෙමු.", 0, 0, NULL,
     "2026-11-20 si -; 2026-W47 si -; 2026-12-02 si -"},
    {"جمعرات، 26 نومبر، 2026۔ پچھلے ہفتے اجلاس ہوا۔ اگلا اجلاس جمعہ کو طلب کیا جائے گا۔", 0,
     0, NULL, "2026-11-26 ur -; 2026-W47 ur -; 2026-11-27 ur -"},
    {"ग्रंथालय: २० नोव्हेंबर २०२६. वेळ: सकाळी ९ ते रात्री ८ (रविवार बंद). प्रदर्शन ५ "
     "जानेवारीपासून सुरू; कालच तिकिटे संपली.", 0, 0, NULL,
     "2026-11-20 mr -; 2026-01-05 mr -; 2026-11-25 mr -"},
    {"Ուրբաթ, նոյեմբերի 20. Անցյալ չորեքշաբթի համերգ էր։ Ամեն կիրակի 10:00-ին դաս է։", 0, 0,
     NULL, "2026-11-20 hy -; 2026-11-25 hy -"},
    {"તારીખ: 18 નવેમ્બર, 2026. અમે ગયા શુક્રવારે ઓર્ડર કર્યો અને મંગળવારે મળી ગયો. દુકાન 2012 "
     "થી ચાલે છે.", 0, 0, NULL, "2026-11-18 gu -; 2026-11-20 gu -; 2026-11-24 gu -; 2012 gu -"},
    /* b29fix: Irish "beidh" (will be) makes a weekday alone the next one, not one named
       "seo caite" (this past); a Basque day with its inessive stays a day */
    {"Foilsithe: 20 Samhain 2026. Cuireadh an cluiche ar ceal Dé Máirt seo caite; beidh sé ar "
     "siúl arís Dé Sathairn.", 0, 0, NULL, "2026-11-20 ga -; 2026-11-24 ga -; 2026-11-28 ga -"},
    {"Argitaratua: 2026ko azaroaren 24a. Ikastola 2013ko urriaren 5ean sortu zen.", 0, 0, NULL,
     "2026-11-24 eu -; 2013-10-05 eu -"},
    /* b29fix: Basque "ko" glued to a day after its month is the day's ending, not a year's
       mark (no year 3); glued to four digits, the year's */
    {"Kontsultatu abenduaren 7ko ordutegia. Akta 2025eko ekainaren 14ko bilerakoa da.", 0, 0,
     NULL, "2026-12-07 eu -; 2025-06-14 eu -"},
    /* b29fix: a future word of the weekday's own sentence says more than another notice's
       date below that falls on that weekday (the 20th, a Friday): the coming Friday */
    {"Foilsithe: 24 Samhain 2026 ag 16:10\nBeidh cór na scoile ag an séipéal Dé hAoine.\nFógraí "
     "eile: Máire Ní Bhriain, Carna — 20 Samhain 2026", 0, 0, NULL,
     "2026-11-24T16:10:00 ga -; 2026-11-27 ga -; 2026-11-20 ga -"},
    /* b29fix: Serbian "u subotu" (CLDR's "this Saturday") in running text is a weekday alone
       dated by its sentence: held on Saturday (a past participle beside it), the one past;
       "će" (will), the next one; as the whole text it stays "this Saturday" */
    {"Objavljeno: 20. 11. 2026.\nNa gradskom turniru u šahu, održanom u subotu, naš sugrađanin "
     "Marko osvojio je prvo mesto.\nSednica će se održati u ponedeljak.", 0, 0, "sr",
     "2026-11-20 - -; 2026-11-21 sr -; 2026-11-30 sr -"},
    {"u subotu", 0, 0, "sr", "2026-11-28 sr -"},
    /* b29fix: Georgian "გაიმართება" (will be held) makes a weekday alone the next one */
    {"ავტორი: გიორგი | 20 ნოემბერი 2026\nსაქართველოს ლიგა 1990 წელს დაარსდა.\nჭადრაკის ტურნირი "
     "თბილისში ოთხშაბათს გაიმართება.", 0, 0, NULL, "2026-11-20 ka -; 1990 ka -; 2026-12-02 ka -"},
    /* b29fix: Lao, written without spaces between words, parted at the lexicon's words as
       Thai is (tokenize.c): "ເດືອນມິຖຸນາ" (the month June) glued after "ໃນ" (in), and
       "ມື້ວານນີ້" (yesterday) after a verb */
    {"ອັບເດດ: ວັນຈັນ ທີ 23 ພະຈິກ 2026. ຮ້ານນີ້ເປີດໃນເດືອນມິຖຸນາ 2019 ແລະ ຂ້ອຍໄປກິນເຂົ້າມື້ວານນີ້.", 0, 0,
     NULL, "2026-11-23 lo -; 2019-06 lo -; 2026-11-25 lo -"},
    /* b29fix: a span of hours whose first time carries a case ending glued to it ("from"),
       by a hyphen or nothing: both ends (Azerbaijani, Basque, Armenian after its comma "՝");
       an ending with no clock after it leaves the date its time */
    {"İclas: 10 dekabr, cümə axşamı, saat 09:30-dan 12:00-dək iclas zalında.", 0, 0, NULL,
     "2026-12-10T09:30:00 az r; 2026-12-10T12:00:00 az r"},
    {"Abenduaren 9an, asteazkena, 16:00etatik 18:30etara itxita egongo da.", 0, 0, NULL,
     "2026-12-09T16:00:00 eu r; 2026-12-09T18:30:00 eu r"},
    {"Հոսանքազրկում՝ դեկտեմբերի 9-ին՝ 10:00-ից 14:00 Արաբկիրում։", 0, 0, NULL,
     "2026-12-09T10:00:00 hy r; 2026-12-09T14:00:00 hy r"},
    /* b29fix: a span of hours written as day periods with bare hours after the date and a
       comma (Marathi "सकाळी ९ ते दुपारी २", Hindi "सुबह 10 से दोपहर 2 बजे तक"): both ends;
       a day period with no hour, the date alone */
    {"नाट्य कार्यशाळा: २० डिसेंबर, सकाळी ९ ते दुपारी २", 0, 0, NULL,
     "2026-12-20T09:00:00 mr r; 2026-12-20T14:00:00 mr r"},
    {"शिविर: 15 दिसंबर, सुबह 10 से दोपहर 2 बजे तक", 0, 0, NULL,
     "2026-12-15T10:00:00 hi r; 2026-12-15T14:00:00 hi r"},
    {"नाट्य कार्यशाळा: २० डिसेंबर, सकाळी लवकर सुरू", 0, 0, NULL, "2026-12-20 mr -"},
    {"İclas: 10 dekabr, saat 09:30-dan sonra başlayacaq.", 0, 0, NULL,
     "2026-12-10T09:30:00 uz -"},
    /* wrong31: a number past a range's link word after the month ends a span, no year of
       the date ("od 8 do 12 roků": Polish-Czech year mark "roku" folded) */
    {"Ve středu 9. prosince od 8 do 12 roků.", 0, 0, "cs", "2026-12-09 cs -"},
    /* b33as: a table's cell gap (three blanks or a tab) ends an ISO date before the time
       of the next column; one space joins them */
    {"日期          实际起飞   实际到达\n2026-11-25    14:02     16:11     正常", 0, 0, NULL,
     "2026-11-25 - -"},
    {"2026-11-25\t14:02", 0, 0, NULL, "2026-11-25 - -"},
    {"2026-11-25 14:02", 0, 0, NULL, "2026-11-25T14:02:00 - -"},
    /* b33as: CLDR's Arabic "ظهرًا" (around noon) as keyboards type it, the tanween after the
       alef (locales/ar.txt) */
    {"آخر موعد: الخميس ١ رجب ١٤٤٨هـ الساعة 12:00 ظهراً", 0, 0, "ar",
     "2026-12-10T12:00:00 ar -"},
    {"الخميس 10 ديسمبر 2026 الساعة 1:30 ظهرا", 0, 0, "ar", "2026-12-10T13:30:00 ar -"},
    /* b33as: a month alone, a dash or a link word, then a month and year: a range of
       months, the start takes the end's year (the year before when its month is later);
       blanks or a comma alone link nothing */
    {"महाकुंभ (जनवरी–फरवरी 2025) के दौरान", 0, 0, "hi", "2025-01 hi r; 2025-02 sd r"},
    {"Geöffnet von Dezember–Januar 2027.", 0, 0, "de", "2026-12 de r; 2027-01 de r"},
    {"du décembre à février 2027", 0, 0, "fr", "2026-12 fr r; 2027-02 fr r"},
    {"Dezember, Januar 2027", 0, 0, "de", "2027-01 de -"},
    /* b33as: Hindi "last year" with the oblique adjective; the formal "प्रातः" (morning)
       before a time after "को" (locales/hi.txt) */
    {"पिछले वर्ष कोहरे के कारण 1,412 फेरे निरस्त किए गए थे।", 0, 0, "hi", "2025 hi -"},
    {"परीक्षण बुधवार, 9 दिसंबर 2026 को प्रातः 10:00 बजे होगा।", 0, 0, "hi",
     "2026-12-09T10:00:00 hi -"},
    {"9 दिसंबर 2026 को सायं 7:30 बजे", 0, 0, "hi", "2026-12-09T19:30:00 hi -"},
    /* b33as: a word that begins a date of marks as a weekday of no language of them is a
       word of the sentence (Vietnamese "tải", Maori "tai", Thursday): the date after it */
    {"ứng dụng đạt 10 triệu lượt tải ngày 2 tháng 9 năm 2022.", 0, 0, "vi",
     "2022-09-02 vi -"},
    /* b33as: a two-word postposition after a year alone (locales/ year_after "đến giờ",
       until now); Indonesian "lulus" (graduated) before a year that ends its phrase */
    {"Mình dùng từ 2016 đến giờ.", 0, 0, "vi", "2016 vi -"},
    {"Giá từ 2000 đến 3000 đồng.", 0, 0, "vi", ""},
    {"Saya lulus 2019.", 0, 0, "id", "2019 id -"},
    {"Sebanyak 2000 peserta lulus 2000 soal.", 0, 0, "id", ""},
    /* b33as: a time before a numeric date with the date's own weekday between; a span of
       hours before its date (a range's link word, locales/ range_link): both ends, with the
       offset after the span; no span whose start is the later time */
    {"Máy chủ bảo trì lúc 03:00 ngày Chủ Nhật 29/11/2026.", 0, 0, "vi",
     "2026-11-29T03:00:00 vi -"},
    {"Máy chủ sẽ bảo trì từ 01:00 đến 03:00 (giờ Việt Nam, UTC+7) ngày Chủ Nhật 29/11/2026.", 0,
     0, "vi", "2026-11-29T01:00:00+07:00 vi r; 2026-11-29T03:00:00+07:00 vi r"},
    {"Open from 10:00 to 14:00 on Saturday 5 December 2026.", 0, 0, "en",
     "2026-12-05T10:00:00 en r; 2026-12-05T14:00:00 en r"},
    {"Open from 14:00 to 10:00 on Saturday 5 December 2026.", 0, 0, "en", ""},
    /* b33as: a weekday alone after a clause of daily hours is a recurring day (opening
       hours); alone in its sentence it dates */
    {"आरक्षण केंद्र प्रतिदिन 08:00 से 20:00 बजे तक खुले रहेंगे; रविवार को 14:00 बजे तक।", 0, 0,
     "hi", ""},
    {"रविवार को 14:00 बजे बैठक हुई।", 0, 0, "hi", "2026-11-22T14:00:00 hi -"},
    /* b33as: a month alone as the title of a listing (locales/ month_listing), right
       before its noun or one word before it; not after a year's preposition, nor a month
       that dates ("12월에", in December) */
    {"제2026-148호 12월 학교 행사 및 겨울방학 안내", 0, 0, "ko", ""},
    {"12월 주요 일정을 다음과 같이 안내드립니다.", 0, 0, "ko", ""},
    {"12월에 학교 행사가 있습니다.", 0, 0, "ko", "2026-12 ko -"},
    {"Here is the December schedule of the club.", 0, 0, "en", ""},
    {"In December events moved online.", 0, 0, "en", "2026-12 en -"},
    /* weeks: a week named by its number in every language of locales/ week_* (weeknum.c):
       the ISO week, its year written or README's rule's; "KW 4/2027" no month 2027-04 and
       "110 kW 03/2021" (a car's power, then its registration) no week; a season's weeks
       far back ("Week 18"), a week of pregnancy, counts and a recurring week are none; a
       week of the coming year the rule would put in the last ("viikolla 2") is none in
       running text; "v." only on a page of a language that writes it so */
    {"Die Auslieferung erfolgt voraussichtlich in KW 50. Termin am 3. Dezember 2026.", 0, 0, NULL,
     "2026-W50 de -; 2026-12-03 de -"},
    {"Die Abholung ist für KW 4/2027 geplant, der Motor hat 110 kW 03/2021 Erstzulassung.", 0, 0, NULL,
     "2027-W04 de -; 2021-03 - -"},
    {"Wir sehen uns in der Kalenderwoche 50 wieder, gestern war es ruhig.", 0, 0, NULL,
     "2026-W50 de -; 2026-11-25 de -"},
    {"Restmüll: KW 49 und KW 51, Biotonne am 2. Dezember.", 0, 0, NULL,
     "2026-W49 de -; 2026-W51 de -; 2026-12-02 de -"},
    {"The release ships in week 50, said the team on 3 December 2026.", 0, 0, NULL,
     "2026-W50 en -; 2026-12-03 en -"},
    {"The report is due in Week 50, 2026 at the latest.", 0, 0, NULL,
     "2026-W50 en -"},
    {"Deliveries resume wk 50 after the stock check, as announced yesterday.", 0, 0, NULL,
     "2026-W50 en -; 2026-11-25 en -"},
    {"The league confirmed on 3 December 2026 that the Week 18 kickoff times will be flexed after Week 17.", 0, 0, NULL,
     "2026-12-03 en -"},
    {"She is in week 38 of pregnancy, her scan was on 3 December 2026.", 0, 0, NULL,
     "2026-12-03 en -"},
    {"Top 40 week after week, every week 3 times, 40 weeks of work, since 3 December 2026.", 0, 0, NULL,
     "2026-12-03 en -"},
    {"Badrummen blir klara vecka 4 2027. Vi återkommer i går.", 0, 0, NULL,
     "2027-W04 sv -; 2026-11-25 sv -"},
    {"Veckobrev för årskurs 4B – vecka 48, publicerat torsdag 26 november 2026", 0, 0, NULL,
     "2026-W48 sv -; 2026-11-26 sv -"},
    {"Vi ses v. 50 på kontoret, skrev hon i går.", 0, 0, NULL,
     "2026-W50 sv -; 2026-11-25 sv -"},
    {"Vi ses v. 50 på kontoret, sagde hun i går.", 0, 0, NULL,
     "2026-W50 sv -; 2026-11-25 sv -"},
    {"Ukemeny for uke 49 er klar, publisert i går.", 0, 0, NULL,
     "2026-W49 nb -; 2026-11-25 sv -"},
    {"Samtaler forventes afholdt i uge 51, og anden samtale i januar.", 0, 0, NULL,
     "2026-W51 da -"},
    {"Haastattelut pidetään viikolla 49 Helsingissä, ilmoitettiin eilen.", 0, 0, NULL,
     "2026-W49 fi -"},
    {"Toisen kierroksen haastattelut viikolla 2, ilmoitettiin eilen.", 0, 0, NULL,
     ""},
    {"La livraison est prévue semaine 50, confirme le fournisseur hier.", 0, 0, NULL,
     "2026-W50 fr -"},
    {"El informe sale en la semana 48 según el ministerio, dijo ayer.", 0, 0, NULL,
     "2026-W48 es -; 2026-11-25 es -"},
    {"A entrega está prevista para a semana 49 segundo a empresa, disse ontem.", 0, 0, NULL,
     "2026-W49 es -; 2026-11-25 pt -"},
    {"La consegna è prevista nella settimana 49 secondo l'azienda, ha detto ieri.", 0, 0, NULL,
     "2026-W49 it -; 2026-11-25 it -"},
    {"Dostawa planowana jest w 49. tygodniu według firmy, podała wczoraj.", 0, 0, NULL,
     "2026-W49 pl -; 2026-11-25 pl -"},
    {"Dostawa planowana jest na tydzień 49 według firmy, podała wczoraj.", 0, 0, NULL,
     "2026-W49 pl -; 2026-11-25 pl -"},
    {"Поставка ожидается на 49-й неделе, сообщила вчера компания.", 0, 0, NULL,
     "2026-W49 ru -; 2026-11-25 ru -"},
    {"Поставка ожидается: неделя 49, сообщила вчера компания.", 0, 0, NULL,
     "2026-W49 ru -; 2026-11-25 ru -"},
    {"项目计划在第49周完成，昨天宣布。", 0, 0, NULL,
     "2026-W49 zh -; 2026-11-25 zh -"},
    {"プロジェクトは第49週に完了します。", 0, 0, NULL,
     "2026-W49 zh -"},
    {"프로젝트는 49주차에 완료됩니다.", 0, 0, NULL,
     "2026-W49 ko -"},
    {"Teslimat 49. hafta içinde yapılacak, dün açıklandı.", 0, 0, NULL,
     "2026-W49 tr -"},
    {"De levering is gepland in week 49 volgens de leverancier, gisteren gemeld.", 0, 0, NULL,
     "2026-W49 en -; 2026-11-25 nl -"},
    {"Dodávka je plánována na 49. týden podle firmy, oznámila včera.", 0, 0, NULL,
     "2026-W49 cs -; 2026-11-25 cs -"},
    {"Dodávka je plánována na týden 49 podle firmy, oznámila včera.", 0, 0, NULL,
     "2026-W49 cs -; 2026-11-25 cs -"},
    /* a weekday of the week's language right after it: that day of the week */
    {"Die Abholung ist in KW 50 am Montag geplant, gestern bestätigt.", 0, 0, NULL,
     "2026-12-07 de -; 2026-11-25 de -"},
    {"Plan: 2026-W50 und 2026W51.", 0, 0, NULL,
     "2026-W50 - -; 2026-W51 - -"},
    /* timejoin: the words that join a time to its date are data (locales/): Albanian "nga
       ora", "në orën"; Maghrebi Arabic "على الساعة"; Zulu "ngo-" glued by a hyphen;
       Azerbaijani "günü" after a weekday; Malayalam's hour with its case ending glued
       ("രാവിലെ 7ന്", a day so written stays a day: "ഡിസംബർ 5ന്"); Telugu "గంటలకు", Nepali
       "बजेदेखि" and its afternoon "दिउँसो" */
    {"Transmetohet të shtunën, 28 nëntor, nga ora 10:00.", 0, 0, "sq",
     "2026-11-28T10:00:00 sq -"},
    {"Ndeshja: e hënë 30.11. në orën 18:00, RTSH Sport.", 0, 0, "sq", "2026-11-30T18:00:00 sq -"},
    {"اجتماع يوم الخميس 17 دجنبر 2026 على الساعة 10:00 بقاعة الاجتماعات.", 0, 0, "ar",
     "2026-12-17T10:00:00 ar -"},
    {"Elinye ngo-12/12/2026, ngo-09:00 SAST, eMgungundlovu.", 0, 0, "zu",
     "2026-12-12T09:00:00+02:00 - -"},
    {"Kubuyekezwe: namuhla ngo-10:30", 0, 0, "zu", "2026-11-26T10:30:00 zu -"},
    {"Verilişin təkrarı: 29 noyabr, bazar günü saat 17:00", 0, 0, "az",
     "2026-11-29T17:00:00 az -"},
    {"ഓർമ്മ കുർബാന ഡിസംബർ 1 ചൊവ്വാഴ്ച രാവിലെ 7ന്", 0, 0, "ml", "2026-12-01T07:00:00 ml -"},
    {"സംസ്കാരം നവംബർ 28 ശനിയാഴ്ച ഉച്ചകഴിഞ്ഞ് 3ന് പള്ളിയിൽ.", 0, 0, "ml",
     "2026-11-28T15:00:00 ml -"},
    {"യോഗം ഡിസംബർ 5ന് നടക്കും.", 0, 0, "ml", "2026-12-05 ml -"},
    {"బుకింగ్ నిన్న రాత్రి 8 గంటలకు ప్రారంభమైంది.", 0, 0, "te", "2026-11-25T20:00:00 te -"},
    {"उडान आज दिउँसो १२ बजेदेखि स्थगित गरिएको छ।", 0, 0, "ne", "2026-11-26T12:00:00 ne -"},
    /* timejoin: hours alone whose end an hour's word follows, the date's own weekday
       between ("óra" is the unit too); with "and" only before a postposition "between"
       (locales/ year_between): "10 és 14 órakor" is two showings, the date alone */
    {"Megtekinthető november 28-án, szombaton 10 és 14 óra között, Budapest.", 0, 0, "hu",
     "2026-11-28T10:00:00 hu r; 2026-11-28T14:00:00 hu r"},
    {"Megtekinthető november 28-án 10-14 óra között.", 0, 0, "hu",
     "2026-11-28T10:00:00 hu r; 2026-11-28T14:00:00 hu r"},
    {"Vetítés november 28-án, szombaton 10 és 14 órakor.", 0, 0, "hu", "2026-11-28 hu -"},
    /* timejoin: a day's ending glued to it ("28-án") is no am/pm word before the time
       (Akan's "an"), which dropped the date */
    {"Átadás november 28-án 10 órakor.", 0, 0, "hu", "2026-11-28T10:00:00 hu -"},
    {"Nyitva november 28. 10-14 óra között.", 0, 0, "hu",
     "2026-11-28T10:00:00 hu r; 2026-11-28T14:00:00 hu r"},
    {"Vetítés november 28-án, vasárnap 10 és 14 óra között.", 0, 0, "hu", "2026-11-28 hu -"},
    /* timejoin: a day period after a filler ("रोजी"), its hour, then an hour alone that
       takes the period's half of the day; not when that makes it no later ("रात्री ८ ते २") */
    {"ओपन हाऊस: ५ डिसेंबर २०२६ रोजी दुपारी ४ ते ७", 0, 0, "mr",
     "2026-12-05T16:00:00 mr r; 2026-12-05T19:00:00 mr r"},
    {"ओपन हाऊस: ५ डिसेंबर २०२६ रोजी सकाळी १० ते १ वाजता", 0, 0, "mr",
     "2026-12-05T10:00:00 mr r; 2026-12-05T13:00:00 mr r"},
    {"पार्टी १२ डिसेंबर, रात्री ८ ते २", 0, 0, "mr", "2026-12-12 mr -"},
    /* timejoin: a time after a list of days joined by "and" is each day's; after a range
       every day's hours (the days alone) */
    {"5 и 6 декември, 11:00 – „Малкият принц“", 0, 0, "bg",
     "2026-12-05T11:00:00 bg r; 2026-12-06T11:00:00 bg r"},
    {"11, 12 et 13 décembre, 19:00", 0, 0, "fr",
     "2026-12-11T19:00:00 fr r; 2026-12-12T19:00:00 fr r; 2026-12-13T19:00:00 fr r"},
    {"del 16 al 24 de diciembre, 19:00 h", 0, 0, "es", "2026-12-16 es r; 2026-12-24 es r"},
    /* timejoin: H:MM:SS with a one-digit hour past a field mark is a length (a podcast's),
       no time; a stamp pads its hour */
    {"Επ. 110 — Ολυμπιακοί Αγώνες | 12 Νοε 2026 | 1:02:40", 0, 0, "el", "2026-11-12 el -"},
    {"Ep. 110 | 23.11.2026 | 1:02:40", 0, 0, NULL, "2026-11-23 - -"},
    {"Posted | 12 Nov 2026 | 09:05:12", 0, 0, "en", "2026-11-12T09:05:12 en -"},
    /* reldir: a past word of en, hu, ur beside or in the sentence of a weekday alone keeps
       it back (weekday_past: "said", "feladva", "تھی"); weekdays with "last" and "next" and
       named days CLDR lacks (locales/ rel_named: ar, th, eu, ms, am, yue; "í fyrra",
       "наступний рік", "गत साता", "изминатата недела") */
    {"The BMC on Wednesday said the road will be thrown open to motorists.", 0, 0, "en",
     "2026-11-25 en -"},
    {"Koncertjegy eladó. Feladva: hétfőn", 0, 0, "hu", "2026-11-23 hu -"},
    {"نوٹیفکیشن کی کاپی جمعہ کو ہی آ گئی تھی۔", 0, 0, "ur", "2026-11-20 ur -"},
    {"انعقاد لقاء تواصلي مع جمعيات الأحياء يوم الجمعة الماضية", 0, 0, "ar", "2026-11-20 ar -"},
    {"เมื่อวันศุกร์ที่แล้วดูตอนจบภาคแรก", 0, 0, "th", "2026-11-20 th -"},
    {"Joan den ostiralean egin nuen.", 0, 0, "eu", "2026-11-20 eu -"},
    {"Ada sesiapa pergi tengok rumah ni Sabtu lepas?", 0, 0, "ms", "2026-11-21 ms -"},
    {"ሰላም ታደሰ፦ ባለፈው ቅዳሜ ባቡሩን ተሳፍሬ ነበር።", 0, 0, "am", "2026-11-21 am -"},
    {"好嘢！琴日先話無加場，係下個禮拜一先開始", 0, 0, "yue,zh", "2026-11-25 yue -; 2026-11-30 zh -"},
    {"Ég var þarna í fyrra og það var ótrúlegt.", 0, 0, "is", "2025 is -"},
    {"Оновлення вийде наступний рік.", 0, 0, "uk", "2027 uk -"},
    {"गत साता AQI २०० नाघेको थियो।", 0, 0, "ne", "2026-W47 ne -"},
    {"Огласи од изминатата недела · Архива", 0, 0, "mk", "2026-W47 mk -"},
    /* reldir: uz past verbs over a date written near ("1-dekabrgacha"); es present of
       opening, gl forecast words say the next one (weekday_cue 1) */
    {"Uchrashuvga 1-dekabrgacha.\nBu qaror seshanba kuni Vazirlar Mahkamasi tomonidan qabul "
     "qilindi.", 0, 0, "uz", "2026-12-01 uz -; 2026-11-24 uz -"},
    {"La venta de boletería para el clásico abre el lunes.", 0, 0, "es", "2026-11-30 es -"},
    /* reldir: ar Monday with hamza below, weekdays with "و" (and) glued, am weekdays with
       "ከ" (from) glued: spans of days side by side, recurring; "السبت المقبل" (next) */
    {"أعلنت الجماعة أمس عن الحملة.\nالمراكز مفتوحة من الإثنين إلى الجمعة ما عدا السبت والأحد.\n"
     "احتفالية كبرى يوم السبت المقبل.", 0, 0, "ar", "2026-11-25 ar -; 2026-11-28 ar -"},
    {"ዜና ትናንት ወጣ።\nየቢሮ ሰዓት፦ ከሰኞ እስከ ዓርብ", 0, 0, "am", "2026-11-25 am -"},
    /* reldir: a named day in a breadcrumb trail whose other items hold numbers: a page */
    {"ผังรายการทีวี › ช่อง 3 HD (ช่อง 33) › วันนี้\nเมื่อวานนี้ดูละคร", 0, 0, "th",
     "2026-11-25 th -"},
    {"Home > Channel 3 > Today\nAired today at the studio.", 0, 0, "en", "2026-11-26 en -"},
    /* reldir: Filipino "bukas" (tomorrow, open) before "ang": its homonym, no date
       (locales/ rel_homonym_after); alone it is tomorrow */
    {"Dumating kahapon ang eroplano.\nBukas ang check-in 3 oras bago ang flight.\nAalis kami "
     "bukas.", 0, 0, "fil", "2026-11-25 fil -; 2026-11-27 fil -"},
    /* reldir: Hindi, Urdu "कल", "کل" (yesterday and tomorrow): the sentence's tense decides;
       with none, the past at a lower confidence */
    {"कल बारिश होगी।\nकल बारिश हुई थी।\nकल की खबर", 0, 0, "hi",
     "2026-11-27 hi -; 2026-11-25 hi -; 2026-11-25 hi -"},
    {"ایئر کوالٹی انڈیکس کل لاہور میں 412 ریکارڈ کیا گیا۔\nاسکول کل کھلیں گے۔", 0, 0, "ur",
     "2026-11-25 ur -; 2026-11-27 ur -"},
    /* reldir: ca "març passat" (last March; month_last_after), kn "ಪ್ರತಿ" (every) before a
       weekday, "ಮುಂದಿನ ಸೋಮವಾರದಿಂದ" (from next Monday) */
    {"Publicat ahir. Revisió oficial el març passat. 9.500 €.", 0, 0, "ca",
     "2026-11-25 ca -; 2026-03 ca -"},
    {"ಮುಂದಿನ ಸೋಮವಾರದಿಂದ ಬಸ್ ಬೆಳಿಗ್ಗೆ ಹೊರಡುತ್ತದೆ.\nಪ್ರತಿ ಶನಿವಾರ ಅರ್ಧ ದಿನ ತರಗತಿ.", 0, 0, "kn",
     "2026-11-30 kn -"},
    /* reldir: "today" after a past year in its sentence is nowadays; in a sentence of its
       own it is the day */
    {"Перша версія вийшла у 2019 році; сьогодні нею користуються 48 000 підприємців. Оновлення "
     "встановлено сьогодні.", 0, 0, "uk", "2019 uk -; 2026-11-26 uk -"},
    {"A Pagali foi fundada em 2008 em Campinas e hoje atende 1,2 milhão de lojistas.", 0, 0, "pt",
     "2008 pt -"},
    /* reldir: a weekday in the table cell after a date on that weekday is the date's */
    {"मौसम पूर्वानुमान हिजो जारी\n| मिति | बार | अधिकतम |\n| २७/११/२०२६ | शुक्रबार | २१° |\n"
     "| २८/११/२०२६ | शनिबार | १८° |\n", 0, 0, "ne", "2026-11-25 ne -; 2026-11-27 - -; 2026-11-28 - -"},
    /* reldir: a vague part of a named year or month (locales/ rel_vague) is no date; the
       period alone is */
    {"Lelongan seterusnya dijangka akhir tahun ini. Rumah dijual tahun lepas.", 0, 0, "ms",
     "2025 ms -"},
    {"Verzija 9.0 izlazi početkom sledeće godine; prošle godine je izašla 8.0.", 0, 0, "sr",
     "2025 sr -"},
    {"It reopens later this year, by the end of next year at most. We moved house this year.",
     0, 0, "en", "2026 en -"},
    {"La venta de boletería para el clásico abrió el lunes.", 0, 0, "es", "2026-11-23 es -"},
    {"Achegarase a Galicia mañá.\nO martes melloraría o tempo.\nChoiva acumulada prevista "
     "ata o domingo: 45-60 l/m².", 0, 0, "gl", "2026-12-01 gl -; 2026-11-29 gl -"},
};

static void describe(const dn_date *d, size_t n, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n && k < cap; i++) {
        char iso[DN_FORMAT_MAX];
        dn_format(&d[i], DN_STYLE_AUTO, iso, sizeof iso);
        char fl[4] = "-";
        int f = 0;
        if (d[i].flags & DN_FLAG_PAGE_ORDER)
            fl[f++] = 'o';
        if (d[i].flags & DN_FLAG_RANGE)
            fl[f++] = 'r';
        if (f)
            fl[f] = 0;
        k += (size_t)snprintf(buf + k, cap - k, "%s%s %s %s", i ? "; " : "", iso,
                              d[i].locale[0] ? d[i].locale : "-", fl);
    }
}

/* dn_search_ex on one row's text with its options, the reference pinned; the results kept
   (up to 16), their count returned. One parser for every row. */
#define ROW_MAX_RESULTS 16
static size_t search_row(const char *text, unsigned flags, dn_order order, const char *locales,
                         dn_date out[ROW_MAX_RESULTS])
{
    static dn_parser *p;
    if (!p)
        ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_search_options o = {0};
    o.flags = flags, o.order = order, o.locales = locales;
    size_t found = 99;
    dn_error err;
    ck_assert_int_eq(dn_search_ex(p, text, strlen(text), &ctx, &o, out, ROW_MAX_RESULTS, &found,
                                  &err), DN_OK);
    return found < ROW_MAX_RESULTS ? found : ROW_MAX_RESULTS;
}

START_TEST(test_page)
{
    const page_case *c = &page_cases[_i];
    dn_date out[ROW_MAX_RESULTS];
    size_t found = search_row(c->text, c->flags, c->order, c->locales, out);
    char got[1024];
    describe(out, found, got, sizeof got);
    ck_assert_msg(strcmp(got, c->expected) == 0, "case %d \"%s\": got \"%s\", expected \"%s\"",
                  _i, c->text, got, c->expected);
}
END_TEST

/* miss21: the text of each result's span ('|'-separated): a weekday restated right after a
   date it falls on joins the date ("30 novembre 2026, lundi", "(Montag)" with its bracket,
   a forecast's "03.12 четверг" and its time after it), no second date; not a weekday the
   date does not fall on, nor one after a word ("1 декабря, во вторник") */
typedef struct {
    const char *text;
    const char *locales;
    const char *spans;
} span_case;

static const span_case span_cases[] = {
    {"Hier, 25 novembre 2026. La réunion aura lieu le 30 novembre 2026, lundi, à la mairie.",
     "fr", "Hier, 25 novembre 2026|30 novembre 2026, lundi"},
    {"Gestern, 25. November 2026. Die Sitzung am 30. November 2026 (Montag) beginnt.", "de",
     "Gestern, 25. November 2026|30. November 2026 (Montag)"},
    {"Jana, 25 Novemba 2026. Mkutano utafanyika 30 Novemba 2026, Jumatatu, ukumbini.", "sw",
     "Jana, 25 Novemba 2026|30 Novemba 2026, Jumatatu"},
    {"Yesterday, 25 November 2026. The meeting is on 30 November 2026, Tuesday or later.",
     "en", "Yesterday, 25 November 2026|30 November 2026|Tuesday"},
    {"Вчера, 25 ноября 2026. Выписка будет 1 декабря, во вторник.", "ru",
     "Вчера, 25 ноября 2026|1 декабря"},
    {"Погода\n03.12 четверг – −22°\n04.12 пятница, 18:00 – −28°", "ru",
     "03.12 четверг|04.12 пятница, 18:00"},
    /* the bracket of a weekday the reader's span left open closes it, and the time after it
       is the date's */
    {"12月8日(火) 1:00〜5:00 (JST) の間、ご利用いただけません。", "ja",
     "12月8日(火) 1:00|5:00 (JST)"},
};

START_TEST(test_spans)
{
    const span_case *c = &span_cases[_i];
    dn_date out[ROW_MAX_RESULTS];
    size_t found = search_row(c->text, 0, 0, c->locales, out);
    char got[1024];
    size_t k = 0;
    got[0] = 0;
    for (size_t i = 0; i < found && k < sizeof got; i++)
        k += (size_t)snprintf(got + k, sizeof got - k, "%s%.*s", i ? "|" : "",
                              (int)(out[i].end - out[i].start), c->text + out[i].start);
    ck_assert_msg(strcmp(got, c->spans) == 0, "span case %d \"%s\": got \"%s\", expected \"%s\"",
                  _i, c->text, got, c->spans);
}
END_TEST

START_TEST(test_options_errors)
{
    dn_parser *p;
    ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_date out[4];
    size_t found = 9;
    dn_error err;
    const char *t = "le 3 mars 2026";
    dn_search_options o = {0};
    o.locales = "fr,xx-YY";
    ck_assert_int_eq(dn_search_ex(p, t, strlen(t), &ctx, &o, out, 4, &found, &err), DN_ERR_LOCALE);
    ck_assert_uint_eq(found, 0);
    ck_assert_uint_eq(err.offset, 3);
    o.locales = "pt-BR, fr_FR.UTF-8";
    ck_assert_int_eq(dn_search_ex(p, t, strlen(t), &ctx, &o, out, 4, &found, &err), DN_OK);
    ck_assert_uint_eq(found, 1);
    ck_assert_str_eq(out[0].locale, "fr");
    o.locales = NULL;
    o.order = (dn_order)7;
    ck_assert_int_eq(dn_search_ex(p, t, strlen(t), &ctx, &o, out, 4, &found, &err), DN_ERR_ARG);
    o.order = DN_ORDER_AUTO;
    o.flags = 0x4;
    ck_assert_int_eq(dn_search_ex(p, t, strlen(t), &ctx, &o, out, 4, &found, &err), DN_ERR_ARG);
    /* with one slot, the count and the first result are those of a larger out: the range's
       two ends, its start first */
    const char *r = "du 16 au 19 juillet 2027";
    ck_assert_int_eq(dn_search_ex(p, r, strlen(r), &ctx, NULL, out, 1, &found, &err), DN_OK);
    ck_assert_uint_eq(found, 2);
    ck_assert_int_eq(out[0].day, 16);
    ck_assert_uint_eq(dn_search(p, r, strlen(r), &ctx, NULL, 0), 2);
    dn_parser_free(p);
}
END_TEST

/* Pages of more dates than one window of the page holds (lib/scan.c, SEARCH_WINDOW: 128
   dates read), many of which the page drops (a weekday alone, a duration, a short month
   word of another language): whatever the caller's cap, the count is the same and out's
   dates are the first of a call with room for all, in text order, none over another. Each
   page is made of its pieces ('|'-separated) taken in turn, or picked by a seed. */
typedef struct {
    const char *pieces;
    int npieces;         /* pieces in the page */
    unsigned seed;       /* 0: in turn */
    unsigned flags;      /* DN_SEARCH_* */
    const char *locales; /* per document, or NULL */
    size_t count;        /* the results, or 0: at least min_count */
    size_t min_count;
    const char *each;    /* every result's ISO 8601, or NULL */
} long_page;

static const long_page long_pages[] = {
    /* 200 times one sentence: one date each ("Monday" alone, "in 40 minutes", "every
       Saturday", "4 out of 5" and a French "5 mars" on an English page are none) */
    {"Rated 4 out of 5 on Monday, shipped Wednesday 3 Dec 2025, ready in 40 minutes, open "
     "every Saturday, le 5 mars. ", 200, 0, 0, NULL, 200, 0, "2025-12-03"},
    /* mixed pieces in a random order: ranges (two ends), lists, numeric dates of either
       order, years alone, relative dates */
    {"Published 12 March 2026. |open every Saturday |in 40 minutes |4 out of 5 |on 3 Dec "
     "2025 |Monday |2026-01-15 |from 9-10 January 2027 |set. 2024 |04/12/2026 |25/11/2026 "
     "|le 5 mars |Dec 18th and 20th |Pixel 9 Pro |Dinsdag 8 Desember, 09:00-16:00 |3 days "
     "ago |15 Dec, 3 Jan |1999 |w 2020 |mar 7 |Oct 8, 2026 |kl. 13:00 |yesterday |Sun |\n\n",
     400, 1, 0, NULL, 0, 150, NULL},
    {"Published 12 March 2026. |open every Saturday |in 40 minutes |4 out of 5 |on 3 Dec "
     "2025 |Monday |2026-01-15 |from 9-10 January 2027 |set. 2024 |04/12/2026 |25/11/2026 "
     "|le 5 mars |Dec 18th and 20th |Pixel 9 Pro |Dinsdag 8 Desember, 09:00-16:00 |3 days "
     "ago |15 Dec, 3 Jan |1999 |w 2020 |mar 7 |Oct 8, 2026 |kl. 13:00 |yesterday |Sun |\n\n",
     1500, 7, 0, NULL, 0, 600, NULL},
    /* a French page, its language given; and each date alone */
    {"Publié le 3 mars 2026. |ouvert tous les samedis |dans 40 minutes |lundi |du 16 au 19 "
     "juillet 2027 |il y a 3 jours |04/12/2026 |4 out of 5 |hier à 23:10 |le 5 mars |mar 7 "
     "|en 1998 |Dec 18th |14 e il 15 dicembre |\n", 500, 3, 0, "fr", 0, 150, NULL},
    {"Publié le 3 mars 2026. |ouvert tous les samedis |dans 40 minutes |lundi |du 16 au 19 "
     "juillet 2027 |il y a 3 jours |04/12/2026 |4 out of 5 |hier à 23:10 |le 5 mars |mar 7 "
     "|en 1998 |Dec 18th |14 e il 15 dicembre |\n", 500, 3, DN_SEARCH_NO_PAGE, NULL, 0, 150,
     NULL},
};

/* Whether two results are the same (field by field: no padding compared). */
static bool same_date(const dn_date *a, const dn_date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day &&
           a->week == b->week && a->hour == b->hour && a->minute == b->minute &&
           a->second == b->second && a->nanosecond == b->nanosecond &&
           a->fraction_digits == b->fraction_digits && a->offset_minutes == b->offset_minutes &&
           a->precision == b->precision && a->weekday == b->weekday &&
           strcmp(a->locale, b->locale) == 0 && a->confidence == b->confidence &&
           a->start == b->start && a->end == b->end && a->flags == b->flags &&
           a->alt_year == b->alt_year && a->alt_month == b->alt_month &&
           a->alt_day == b->alt_day && a->calendar == b->calendar &&
           strcmp(a->zone, b->zone) == 0;
}

#define LONG_MAX_RESULTS 4096

START_TEST(test_long_page)
{
    const long_page *c = &long_pages[_i];
    static dn_parser *p;
    if (!p)
        ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_search_options o = {0};
    o.flags = c->flags, o.locales = c->locales;
    /* the page */
    const char *piece[32];
    size_t plen[32];
    int np = 0;
    for (const char *s = c->pieces; np < 32;) {
        const char *bar = strchr(s, '|');
        piece[np] = s, plen[np++] = bar ? (size_t)(bar - s) : strlen(s);
        if (!bar)
            break;
        s = bar + 1;
    }
    static char text[1 << 17];
    size_t len = 0;
    unsigned r = c->seed;
    for (int k = 0; k < c->npieces; k++) {
        r = r * 1103515245u + 12345u;
        int w = c->seed ? (int)((r >> 16) % (unsigned)np) : k % np;
        ck_assert(len + plen[w] <= sizeof text);
        memcpy(text + len, piece[w], plen[w]);
        len += plen[w];
    }
    /* with room for all */
    static dn_date all[LONG_MAX_RESULTS], part[LONG_MAX_RESULTS];
    size_t n = 0;
    ck_assert_int_eq(dn_search_ex(p, text, len, &ctx, &o, all, LONG_MAX_RESULTS, &n, NULL), DN_OK);
    ck_assert_uint_lt(n, LONG_MAX_RESULTS);
    if (c->count)
        ck_assert_uint_eq(n, c->count);
    else
        ck_assert_uint_ge(n, c->min_count);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(i == 0 || all[i].start >= all[i - 1].end,
                      "page %d: result %zu (at %zu) overlaps the one before (%zu..%zu)", _i, i,
                      all[i].start, all[i - 1].start, all[i - 1].end);
        if (c->each) {
            char iso[DN_FORMAT_MAX];
            ck_assert_int_gt(dn_format(&all[i], DN_STYLE_AUTO, iso, sizeof iso), 0);
            ck_assert_msg(strcmp(iso, c->each) == 0, "page %d: result %zu is %s", _i, i, iso);
        }
    }
    /* every cap: the same count, the first dates */
    const size_t caps[] = {0,   1,   10,  16,  100,   127,   128, 129, 200,
                           255, 256, 257, n / 2, n - 1, n,   n + 1};
    for (size_t k = 0; k < sizeof caps / sizeof caps[0]; k++) {
        size_t cap = caps[k], m = 0;
        memset(part, 0xA5, sizeof part); /* no result left from a call before */
        ck_assert_int_eq(dn_search_ex(p, text, len, &ctx, &o, cap ? part : NULL, cap, &m, NULL),
                         DN_OK);
        ck_assert_msg(m == n, "page %d, cap %zu: %zu found, %zu with room for all", _i, cap, m, n);
        for (size_t i = 0; i < cap && i < n; i++)
            ck_assert_msg(same_date(&part[i], &all[i]),
                          "page %d, cap %zu: result %zu (at %zu..%zu) is not the %zu-th of all "
                          "(at %zu..%zu)", _i, cap, i, part[i].start, part[i].end, i,
                          all[i].start, all[i].end);
    }
    if (!c->flags && !c->locales) /* dn_search: the same */
        ck_assert_uint_eq(dn_search(p, text, len, &ctx, NULL, 0), n);
}
END_TEST

/* fold.c's fast path for the CJK Unified Ideographs (DNP_CJK_UNIFIED) answers as ICU does:
   a letter of the Han script, no digit, folded to itself. */
START_TEST(test_cjk_fast_path)
{
    ck_assert_int_eq(dnp_fold_init(), 0);
    for (UChar32 c = 0x4E00; c <= 0x9FFF; c++) {
        ck_assert_msg(DNP_CJK_UNIFIED(c), "U+%04X", (unsigned)c);
        ck_assert_int_eq(dnp_char_class(c), dnp_char_class_icu(c));
        ck_assert_int_eq(dnp_script_of(c), dnp_script_of_icu(c));
        ck_assert_int_eq(dnp_digit_value(c), dnp_digit_value_icu(c));
        char a[16], b[16];
        size_t na = 0, nb = 0;
        ck_assert(dnp_fold_cp(c, a, &na, sizeof a));
        ck_assert(dnp_fold_cp_icu(c, b, &nb, sizeof b));
        ck_assert_msg(na == nb && memcmp(a, b, na) == 0, "U+%04X folds differently", (unsigned)c);
    }
}
END_TEST

/* reldir: "कल" (yesterday and tomorrow) with no tense in its sentence is the past at a
   lower confidence than with one (page.c's two_ways_day, DNP_CONF_PAGE_TWO_WAYS) */
START_TEST(test_two_ways_confidence)
{
    dn_parser *p;
    ck_assert_int_eq(dn_parser_new(NULL, &p, NULL), DN_OK);
    dn_context ctx = dn_test_context();
    dn_search_options o = {0};
    o.locales = "hi";
    const char *text = "कल बारिश हुई थी।\nकल की खबर";
    dn_date d[4];
    size_t n = 0;
    ck_assert_int_eq(dn_search_ex(p, text, strlen(text), &ctx, &o, d, 4, &n, NULL), DN_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(d[0].day, 25);
    ck_assert_int_eq(d[1].day, 25);
    ck_assert(d[1].confidence < d[0].confidence);
    ck_assert(d[1].confidence >= 0.55f);
    dn_parser_free(p);
}
END_TEST

/* sspeed11: tokenize.c's dnp_number_may_start finds, among any text, every character that may
   begin a NUM token (a digit of any script, or a format character the token skips before
   one) and no other: its table of lead bytes against dnp_char_class, every code point after
   eight ASCII letters, alone and before eight ASCII letters (each read by the step of eight
   bytes or byte by byte); and an ASCII digit at each place of a run of letters. */
START_TEST(test_number_lead)
{
    ck_assert_int_eq(dnp_fold_init(), 0);
    for (UChar32 c = 0x80; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        char buf[16] = "abcdefgh";
        size_t n = 8;
        if (c < 0x800)
            buf[n++] = (char)(0xC0 | (c >> 6));
        else {
            if (c < 0x10000)
                buf[n++] = (char)(0xE0 | (c >> 12));
            else {
                buf[n++] = (char)(0xF0 | (c >> 18));
                buf[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
            }
            buf[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
        }
        buf[n++] = (char)(0x80 | (c & 0x3F));
        int cc = dnp_char_class(c);
        bool may = cc == DNP_CC_DIGIT || cc == DNP_CC_IGNORE;
        ck_assert_msg(dnp_number_may_start(buf, 0, n) == (may ? 8 : n), "U+%04X", (unsigned)c);
        ck_assert_msg(dnp_number_may_start(buf, 8, n) == (may ? 8 : n), "U+%04X alone", (unsigned)c);
        /* and first of eight bytes or more (the step of eight bytes reads it) */
        char first[24];
        size_t nc = n - 8;
        memcpy(first, buf + 8, nc);
        memcpy(first + nc, "abcdefgh", 8);
        ck_assert_msg(dnp_number_may_start(first, 0, nc + 8) == (may ? 0 : nc + 8), "U+%04X first",
                      (unsigned)c);
    }
    char run[40];
    for (size_t k = 0; k < sizeof run - 1; k++) {
        memset(run, 'x', sizeof run);
        run[k] = '7';
        ck_assert_uint_eq(dnp_number_may_start(run, 0, sizeof run - 1), k);
        ck_assert_uint_eq(dnp_number_may_start(run, 0, k), k); /* (none before it) */
    }
}
END_TEST

Suite *page_suite(void)
{
    Suite *s = suite_create("page");
    TCase *tc = tcase_create("page");
    tcase_add_loop_test(tc, test_page, 0, (int)(sizeof page_cases / sizeof page_cases[0]));
    tcase_add_loop_test(tc, test_spans, 0, (int)(sizeof span_cases / sizeof span_cases[0]));
    tcase_add_test(tc, test_options_errors);
    tcase_add_test(tc, test_cjk_fast_path);
    tcase_add_test(tc, test_two_ways_confidence);
    tcase_add_test(tc, test_number_lead);
    tcase_add_loop_test(tc, test_long_page, 0, (int)(sizeof long_pages / sizeof long_pages[0]));
    suite_add_tcase(s, tc);
    return s;
}
