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
"ma 22.11.2015" is 2015-11-22 (not a Finnish Monday dropped afterwards).

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
  letters, so NORMALIZE=False cannot make "Févr" differ from "Fevr". FUZZY (dateparser:
  skip the words it does not know) is also always on: datenorm finds the best date in
  the text and skips what is around it.
- Whole strings: dateparser.parse wants the whole string to be a date; datenorm finds the
  best date in it, so parse("Published on 22 Nov 2015") is that date, not None.
- The reference day and time fill missing fields as in dateparser, except that datenorm
  reads a relative expression to its own precision ("last month" is a month, given
  PREFER_DAY_OF_MONTH's day).
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
