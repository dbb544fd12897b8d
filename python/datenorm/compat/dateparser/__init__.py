"""A dateparser-compatible layer on datenorm: parse, DateDataParser, search.search_dates.

Code written for dateparser (scrapinghub's "python-dateparser") runs on datenorm either
by importing this package instead, or unchanged after datenorm.compat.install(), which
makes a later `import dateparser` (and dateparser.date, .search, .conf) load it:

    import datenorm.compat
    datenorm.compat.install()
    from dateparser import DateDataParser          # this layer
    DateDataParser(settings={"NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"],
                             "PREFER_DATES_FROM": "past", "PREFER_LOCALE_DATE_ORDER": True,
                             "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
                   ).get_date_data("22 Novembre 2015")["date_obj"]
    # datetime.datetime(2015, 11, 22, 0, 0)

The entry points take dateparser's arguments and return what it returns: parse() a
datetime or None; DateDataParser(...).get_date_data(s) a DateData (date_obj, period,
locale, readable as a dict); search.search_dates(text, ...) a list of (substring, datetime)
or None. The settings mean what dateparser's documentation says; how each is applied is
in help(datenorm.compat.dateparser.date). Settings dateparser would refuse raise
conf.SettingValidationError (a ValueError).

Settings honoured: DATE_ORDER (DMY, MDY, YMD), PREFER_LOCALE_DATE_ORDER, TIMEZONE,
TO_TIMEZONE, RETURN_AS_TIMEZONE_AWARE, PREFER_DAY_OF_MONTH, PREFER_DATES_FROM (dates
without a year, bare weekdays: the library's Parser(prefer=...)), RELATIVE_BASE, STRICT_PARSING, REQUIRE_PARTS, PARSERS ('timestamp',
'relative-time', 'custom-formats', 'absolute-time'), RETURN_TIME_AS_PERIOD,
DEFAULT_LANGUAGES, SKIP_TOKENS (whole words, any case, read as blanks).

languages, locales and DEFAULT_LANGUAGES are hints in that order: where several
languages write a date alike (年/月/日 in Japanese and Chinese, "novembar" in Bosnian and
Serbian), the first hint that reads it is the language reported in DateData.locale.
Given languages (or locales, or detected ones) restrict matching to them and
DEFAULT_LANGUAGES, as in dateparser: the library reads the text in those languages only
(Parser(hints_only=True)), so "NA" or "ma" with languages=["en"] is no date, and
search_dates finds 2015-11-22 in "ma 22.11.2015" (not a Finnish Monday dropped
afterwards; parse gives None there, as dateparser: "ma" means nothing in English).

What cannot be honoured (the differences from dateparser):
- DATE_ORDER YDM, DYM and MYD: datenorm reads no such order; SettingValidationError.
- PREFER_DATES_FROM is the library's year preference (current_period: the reference's
  year; past: the latest such date on or before the reference's day; future: the first
  on or after it; a bare weekday with future the first such day on or after the
  reference's, else the latest on or before it). On the reference's own day the two
  differ: dateparser compares with the reference's time of day, so with 'future' a day
  and month naming today is next year's and a weekday naming today next week's (with
  'past': last week's); here they are today. A time alone ("10:00") is today whatever
  the setting (dateparser: tomorrow with 'future' once the time has passed). A bare
  weekday keeps the reference's time of day (dateparser: 00:00).
- languages restrict what the library reads, word by word, but a reading it prefers in
  another language is not replaced by a weaker one in the hinted language: the two-letter
  English weekdays ("Tu", "Mo"), which the library takes as English only beside a date,
  give None with languages=["en"] (dateparser: that weekday).
- PARSERS 'no-spaces-time' and 'negative-timestamp' add nothing: compact numeric forms
  that datenorm reads (ISO 8601 basic, 20151122) are absolute dates, and a negative Unix
  time is not read. A bare weekday or time counts as 'relative-time' (dateparser reads
  "Monday" with its absolute parser).
- NORMALIZE and FUZZY are accepted and change nothing. NORMALIZE (dateparser: strip
  accents and normalize Unicode before matching) is what datenorm always does: it folds
  case, width, digits of every script and the accents of Latin, Greek and Cyrillic
  letters, so NORMALIZE=False cannot make "Févr" differ from "Fevr". FUZZY changes nothing
  in dateparser 1.1.6's parse either ("I was there on 22 Nov 2015 yes" stays None).
- Whole strings: parse and get_date_data want the whole string to be a date, as dateparser
  does: a word around the date that means nothing to the library (Parser.unknown_word)
  gives None ("Published on 22 Nov 2015"), while fillers, weekdays, am/pm and day periods
  may stand beside it ("on 22 Nov 2015", "Sunday, 22 Nov 2015"). The library knows fewer
  such words than dateparser, so one unknown word right next to a date whose words it read
  is let stand ("čtv 14. lis 2013", a Czech Thursday, as in dateparser; but also "22 Nov
  2015 foo", which dateparser refuses); beside ISO 8601 or an all-numeric date none is
  ("Date: 2015-11-22" is None). search_dates finds dates inside text, as dateparser's.
- STRICT_PARSING and REQUIRE_PARTS apply to absolute dates and to a time alone ("10:00"
  is None), as in dateparser; a weekday ("Monday", "last Friday", "Mon 19:43") is a
  relative date here and stays (dateparser reads it with its absolute parser: None).
- Relative dates are the reference moved by the offset, its time of day kept, as
  dateparser's: "last week" is the reference's weekday a week before (period 'week'),
  "next month" the reference's day next month. A count of weeks, months or years ("in 2
  months") has period 'day' (dateparser: 'month'), the same datetime.
- TIMEZONE and TO_TIMEZONE on a time of day are the library's (Date.to_zone:
  dn_date_to_zone). A wall-clock time that a daylight-saving change skips moves forward
  by the gap ("28 Mar 2021 02:30" in Europe/Paris is 03:30+02:00; dateparser: 02:30+01:00,
  the same instant). A zone neither the system's zoneinfo nor the library reads raises
  ValueError with the library's message ("unknown zone 'Mars/Olympus'"; dateparser:
  pytz's UnknownTimeZoneError).
- locale in DateData is the language datenorm matched ("fr"), None for language-neutral
  forms (dateparser names the locale it tried, often 'en').
- Calendars other than the Gregorian (dateparser.calendars) are not provided.
"""
from . import conf
from .conf import SettingValidationError, Settings, apply_settings
from .date import DateData, DateDataParser
from .search import search_dates

__all__ = ["parse", "DateDataParser", "DateData", "Settings", "SettingValidationError",
           "search_dates", "conf", "date", "search"]

# the release of dateparser whose interface this layer follows
__version__ = "1.1.6"


@apply_settings
def parse(date_string, date_formats=None, languages=None, locales=None, region=None,
          settings=None, detect_languages_function=None):
    """dateparser.parse on datenorm: the datetime of date_string, or None.

    date_formats: strptime formats tried first; languages / locales / region: hints
    (languages also restrict); settings: a dict of dateparser's settings. See the
    package's docstring for what differs from dateparser.
    """
    parser = DateDataParser(languages=languages, locales=locales, region=region,
                            settings=settings, detect_languages_function=detect_languages_function)
    return parser.get_date_data(date_string, date_formats).date_obj
