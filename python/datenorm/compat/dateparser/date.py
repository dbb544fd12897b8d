"""DateDataParser and DateData on datenorm (dateparser.date), and the conversion of a
datenorm Date into what dateparser returns: a datetime and its period.

How a dateparser call is read, step by step (dateparser's documented behaviour; what
differs is marked DIFF and listed in help(datenorm.compat.dateparser)):

0. SKIP_TOKENS: each listed token standing as a whole word (any case) is read as blanks.
1. Hints: `locales` as given, else `languages` (with `region` appended, "en" + "IN" ->
   "en-IN"), else what detect_languages_function returns; then DEFAULT_LANGUAGES. They are
   datenorm's locale hints, in that priority order. Given languages (or locales, or the
   detected ones) also restrict, as dateparser tries only them and DEFAULT_LANGUAGES: the
   parser is built with hints_only=True (the library's DN_OPT_HINTS_ONLY), so a reading in
   another language is none and another reading of the text may win ("NA" with
   languages=["en"] is not Norwegian "nå"; search_dates reads 2015-11-22 in "ma 22.11.2015",
   not a Finnish Monday;
   language-neutral forms such as ISO 8601 or 22/11/2015 always pass). Where several
   languages write a date alike (年/月/日 in Japanese and Chinese, "novembar" in Bosnian
   and Serbian, "Novembre" in French and Italian), the library reports the first hint
   that reads it, so DateData.locale is the language asked for.
2. Order of all-numeric dates: DATE_ORDER when the caller set it; else the first hint's
   CLDR order (PREFER_LOCALE_DATE_ORDER, the default); with no hint, datenorm's own
   reading (22.11.2015 day first, 11/22/2015 month first; dateparser takes the order of
   the language it detects, which for bare numbers is mostly English's MDY).
3. The reference instant: RELATIVE_BASE (naive: a wall-clock time in TIMEZONE), else now,
   in TIMEZONE ('local', the default, is the machine's zone).
4. date_formats first (strptime, as dateparser's parse_with_formats), then datenorm's best
   date, kept only when its kind is in PARSERS: 'timestamp' (the whole text a Unix time),
   'relative-time' ("3 days ago", "yesterday", a bare weekday or time), 'absolute-time'
   (the rest).
4b. The whole string a date, as dateparser.parse wants it: every word around the date
   must mean something to the library (Parser.unknown_word, dn_words_known: a filler such
   as "on", "le", "the", a weekday, am/pm, a day period, a relative word), else None:
   "on 22 Nov 2015" and "Sunday, 22 Nov 2015" are dates, "Published on 22 Nov 2015" and
   "I was there on 22 Nov 2015 yes" None. DIFF: the library knows fewer such words than
   dateparser (weekday abbreviations such as Czech "čtv", zone names, some day periods),
   so one word it does not know, standing right next to a date whose words it read, is let
   stand ("čtv 14. lis 2013" is a date, as in dateparser; so is "22 Nov 2015 foo", which
   dateparser refuses). Beside a language-neutral date (ISO 8601, 22/11/2015) no unknown
   word stands ("Date: 2015-11-22" is None, as in dateparser). search_dates finds dates
   inside text and is not concerned.
5. PREFER_DATES_FROM is the library's own preference (Parser(prefer=...), the CLI's
   --prefer): current_period -> 'current' (a date without a year in the reference's year),
   past -> 'past' (the latest such date on or before the reference's day), future ->
   'future' (the first on or after it; a bare weekday too: the first such day on or after
   the reference's). DIFF, on the reference's own day only: dateparser compares with the
   reference's time of day, so with 'future' today's "26 November" (00:00, before 12:00)
   is next year's and a bare weekday naming today is next week's, with 'past' that weekday
   is last week's; here both are today. A time alone ("10:00") is today whatever the
   setting (dateparser: yesterday or tomorrow when the time has passed or is to come).
6. STRICT_PARSING and REQUIRE_PARTS: absolute dates missing a day, month or year (a year
   that came from the reference is missing) give None, and so does a time alone ("10:00",
   which dateparser reads with its absolute parser). DIFF: a weekday ("Monday", "last
   Friday") is a relative date here and stays (dateparser: None).
7. The datetime: missing day of month from PREFER_DAY_OF_MONTH (current: the reference's
   day), missing month (a year alone) the reference's. Relative dates as dateparser's
   freshness parser makes them: the reference moved, its time of day kept ("3 days ago"
   at 12:00 is 12:00 three days before; "last week" the reference's weekday a week before,
   period 'week'; "next month" the reference's day next month, period 'month', whatever
   PREFER_DAY_OF_MONTH says; "last year" likewise, period 'year'); "2 hours ago" has
   period 'day' even with RETURN_TIME_AS_PERIOD (dateparser's 'time' is for a time
   written: "yesterday at 14:00"). DIFF: a count of weeks, months or years ("in 2 months")
   has period 'day' (dateparser: 'month'); the datetime is the same. Other dates start at
   00:00. A time of day goes through the library's zones (Date.to_zone, dn_date_to_zone):
   a naive time is read in TIMEZONE (unless 'local'), a time whose text gave its offset
   is moved to TIMEZONE, then to TO_TIMEZONE; the datetime is aware in the zone reached
   (its tzinfo from zoneinfo, else ICU) when RETURN_AS_TIMEZONE_AWARE says so. DIFF: a
   wall-clock time a daylight-saving change skips moves forward by the gap ("28 Mar 2021
   02:30" in Europe/Paris is 03:30+02:00; dateparser keeps 02:30 with +01:00, the same
   instant). A date without a time (00:00) is converted by the datetime module. A date with an offset in its text is aware in that offset, converted to
   TIMEZONE unless it is 'local' (its instant is the library's, Date.timestamp():
   dn_date_unix); a timestamp is read in TIMEZONE; TO_TIMEZONE converts the instant;
   RETURN_AS_TIMEZONE_AWARE: True aware, False naive, unset aware only when the text gave
   the offset.
"""
import datetime as _dt
import functools
import re

import datenorm

from . import conf as _conf

__all__ = ["DateData", "DateDataParser"]

_UTC = _dt.timezone.utc
_EPOCH = _dt.datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=_UTC)


class DateData:
    """What get_date_data returns: date_obj (datetime or None), period ('day', 'week',
    'month', 'year', or 'time' with RETURN_TIME_AS_PERIOD) and locale (the language that
    matched, None when nothing matched or the form is language-neutral). It can be read
    like a dict: data["date_obj"]."""

    def __init__(self, *, date_obj=None, period=None, locale=None):
        self.date_obj = date_obj
        self.period = period
        self.locale = locale

    def __getitem__(self, k):
        if not hasattr(self, k):
            raise KeyError(k)
        return getattr(self, k)

    def __setitem__(self, k, v):
        if not hasattr(self, k):
            raise KeyError(k)
        setattr(self, k, v)

    def __repr__(self):
        return "DateData(%s)" % ", ".join("%s=%r" % kv for kv in self.__dict__.items())


# ---- zones -------------------------------------------------------------------------------

class _IcuZone(_dt.tzinfo):
    """A zone from ICU's data (datenorm.zone_offset), for ids the system's zoneinfo lacks
    (ICU also knows legacy ids such as 'PST')."""

    def __init__(self, name):
        datenorm.zone_offset(name, 0)  # ValueError for a zone ICU does not know
        self.name = name

    def _at(self, seconds):
        return _dt.timedelta(minutes=datenorm.zone_offset(self.name, seconds))

    def utcoffset(self, dt):
        if dt is None:
            return None
        wall = (dt.replace(tzinfo=None) - _EPOCH) // _dt.timedelta(seconds=1)
        first = self._at(wall)
        return self._at(wall - int(first.total_seconds()))

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.name

    def fromutc(self, dt):
        t = (dt.replace(tzinfo=None) - _EPOCH) // _dt.timedelta(seconds=1)
        return dt + self._at(t)

    def __repr__(self):
        return "_IcuZone(%r)" % self.name


_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$", re.I)


@functools.lru_cache(maxsize=64)
def zone(name):
    """A tzinfo for a TIMEZONE / TO_TIMEZONE value: 'UTC', '+05:30', 'UTC-3', a zone id
    ('Europe/Paris') from the system's zoneinfo, else from ICU ('PST'). ValueError when
    neither knows it."""
    n = name.strip()
    if n.upper() in ("UTC", "GMT", "Z"):
        return _UTC
    m = _OFFSET.match(n)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return _dt.timezone(_dt.timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    try:
        import zoneinfo
        return zoneinfo.ZoneInfo(n)
    except Exception:  # not in the system's database (or no database)
        pass
    return _IcuZone(library_zone(n))  # ValueError: the library's message


def library_zone(name):
    """A TIMEZONE / TO_TIMEZONE value as the library's zone argument (dn_zone_offset,
    dn_date_to_zone): 'UTC', an offset '+05:30' ('UTC-3' is '-03:00'), or the id as given."""
    n = name.strip()
    if n.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    m = _OFFSET.match(n)
    if m:
        return "%s%02d:%02d" % (m.group(1), int(m.group(2)), int(m.group(3) or 0))
    return n


def _is_local(name):
    return "local" in name.lower()


def _localize(naive, tzname):
    """A naive wall-clock time in the zone a TIMEZONE setting names."""
    if _is_local(tzname):
        return naive.astimezone()  # read as the machine's local time
    return naive.replace(tzinfo=zone(tzname))


def reference(settings):
    """The reference instant of a call, aware (step 3)."""
    base = settings.RELATIVE_BASE
    if base:
        return base if base.tzinfo else _localize(base, settings.TIMEZONE)
    if _is_local(settings.TIMEZONE):
        return _dt.datetime.now().astimezone()
    return _dt.datetime.now(zone(settings.TIMEZONE))


def _timed(d, settings):
    """A Date with a time of day, not relative (step 7), seen in TIMEZONE and TO_TIMEZONE by
    the library (Date.to_zone: dn_date_to_zone), as an aware datetime: a naive time is a
    wall-clock time in TIMEZONE (assume; a time a daylight-saving change skips moves
    forward by the gap: DIFF, see step 7), a time whose text gave its offset
    moves to TIMEZONE unless it is 'local', then to TO_TIMEZONE. The tzinfo is the
    datetime module's for the zone reached (zoneinfo, else ICU's), the wall time the
    library's. None when TIMEZONE is 'local' and the time is naive (the machine's zone has
    no id the library reads), or when ICU does not know a zone the system's zoneinfo does:
    the caller converts with the datetime module then."""
    tz_set = not _is_local(settings.TIMEZONE)
    given = d.offset is not None
    if not given and not tz_set:
        return None
    first = library_zone(settings.TIMEZONE) if tz_set else None
    try:
        d = d.to_zone(first if given else None, assume=None if given else first)
        tzinfo = zone(settings.TIMEZONE) if tz_set else \
            _dt.timezone(_dt.timedelta(minutes=d.offset))
        if settings.TO_TIMEZONE:
            d = d.to_zone(library_zone(settings.TO_TIMEZONE))
            tzinfo = zone(settings.TO_TIMEZONE)
    except ValueError:  # a zone the system's zoneinfo reads and ICU does not
        return None
    obj = d.to_datetime()  # aware, in the offset the library found
    return obj.astimezone(tzinfo)


def _finish(obj, settings, from_text):
    """TO_TIMEZONE and RETURN_AS_TIMEZONE_AWARE on an aware datetime (step 7)."""
    if settings.TO_TIMEZONE:
        obj = obj.astimezone(zone(settings.TO_TIMEZONE))
    aware = settings.RETURN_AS_TIMEZONE_AWARE
    if aware is False or (aware == "default" and not from_text):
        obj = obj.replace(tzinfo=None)
    return obj


# ---- hints and parsers --------------------------------------------------------------------

@functools.lru_cache(maxsize=256)
def _parser(hints, order, prefer, hints_only):
    return datenorm.Parser(locales=list(hints) or None, order=order, prefer=prefer,
                           hints_only=hints_only)


# PREFER_DATES_FROM -> the library's prefer= (step 5)
_PREFER = {"current_period": "current", "past": "past", "future": "future"}


def library_prefer(settings):
    """PREFER_DATES_FROM as datenorm.Parser's prefer= option (step 5)."""
    return _PREFER[settings.PREFER_DATES_FROM]


@functools.lru_cache(maxsize=64)
def _skipper(tokens):
    words = sorted({t for t in tokens if isinstance(t, str) and t.strip()}, key=len, reverse=True)
    if not words:
        return None
    # a whole word: after a blank (or the start), before a blank, the end or punctuation
    # that ends a word; not inside a hyphenated word (Gaelic "an t-Ògmhios") nor after a
    # combining mark ("di̱i̱t")
    return re.compile(r"(?<!\S)(?:%s)(?![^\s,.;:!?)\]])" % "|".join(re.escape(w) for w in words),
                      re.IGNORECASE)


def skip_tokens(text, settings):
    """SKIP_TOKENS (dateparser's default: ['t']): each listed token, standing as a whole word
    between blanks (a comma or full stop may follow it) in any case, is read as a blank. It becomes spaces of its own length, so positions in
    the text stay those of the caller's str ('22 xyz Nov 2015' with ['xyz'] is
    '22     Nov 2015')."""
    rx = _skipper(tuple(settings.SKIP_TOKENS))
    if rx is None or not rx.search(text):
        return text
    return rx.sub(lambda m: " " * len(m.group()), text)


def _check_list(name, value):
    if value is None:
        return None
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise TypeError("%s must be a list of str, not %r" % (name, value))
    return list(value)


class _Plan:
    """What one DateDataParser (or call) fixed: hints, allowed languages, order."""

    def __init__(self, languages, locales, region, settings, detect_languages_function):
        self.settings = settings
        self.languages = _check_list("languages", languages)
        self.locales = _check_list("locales", locales)
        self.region = region
        self.detect = detect_languages_function
        # unknown zones raise here, as in dateparser, not later as "no date"
        if not _is_local(settings.TIMEZONE):
            zone(settings.TIMEZONE)
        if settings.TO_TIMEZONE:
            zone(settings.TO_TIMEZONE)
        if "DATE_ORDER" in settings._mod_settings:
            self.order = settings.DATE_ORDER
        elif settings.PREFER_LOCALE_DATE_ORDER:
            self.order = None
        else:
            self.order = settings.DATE_ORDER

    def for_text(self, text):
        """The datenorm.Parser for one text (step 1)."""
        given = self.locales
        if not given and self.languages:
            given = [l + "-" + self.region if self.region else l for l in self.languages]
        if not given and self.detect is not None:
            given = list(self.detect(text, self.settings.LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD)
                         or [])
        hints = list(given or [])
        hints += [l for l in self.settings.DEFAULT_LANGUAGES if l not in hints]
        return _parser(tuple(hints), self.order, library_prefer(self.settings), bool(given))


# ---- a datenorm Date -> dateparser's answer -----------------------------------------------

_WORDLIKE = re.compile(r"[^\W\d_]", re.UNICODE)


def _side_ok(p, side, nearest_at_end, tolerant):
    """One side of the date (step 4b): every word means something to the library, but the
    one word nearest the date (the last of the text before it, the first after it) when
    tolerant."""
    bad = p.unknown_word(side)
    if bad is None:
        return True
    if not tolerant:
        return False
    s, e = bad
    if nearest_at_end:  # before the date: the unknown word must be its last word
        return not _WORDLIKE.search(side[e:]) and p.unknown_word(side[:s]) is None
    return not _WORDLIKE.search(side[:s]) and p.unknown_word(side[e:]) is None


def whole_string(p, text, d):
    """Whether the text around the date d is what dateparser.parse lets stand beside a
    date (step 4b)."""
    s, e = d.span
    tolerant = bool(d.locale)
    return _side_ok(p, text[:s], True, tolerant) and _side_ok(p, text[e:], False, tolerant)


def kind_of(d):
    if d.flags & datenorm.Flag.EPOCH:
        return "timestamp"
    if d.flags & datenorm.Flag.RELATIVE:
        return "relative-time"
    return "absolute-time"


def _last_day(y, m):
    nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - _dt.timedelta(days=1)).day


def _day_of_month(y, m, ref, settings):
    last = _last_day(y, m)
    pref = settings.PREFER_DAY_OF_MONTH
    if pref == "first":
        return 1
    if pref == "last":
        return last
    return min(ref.day, last)


def _period_bounds(d):
    """The first and last day of the period a Date names."""
    first = d.to_date()
    if d.precision == "year":
        return first, _dt.date(d.year, 12, 31)
    if d.precision == "month":
        return first, _dt.date(d.year, d.month, _last_day(d.year, d.month))
    if d.precision == "week":
        return first, first + _dt.timedelta(days=6)
    return first, first


def _has_parts(d, parts):
    have = set()
    if not d.flags & datenorm.Flag.YEAR_IMPLIED:
        have.add("year")
    if d.month is not None:
        have.add("month")
    if d.day is not None:
        have.add("day")
    return set(parts) <= have


def accepted(d, settings):
    """Whether dateparser with these settings would give a date for d (the languages were
    the parser's: hints_only)."""
    kind = kind_of(d)
    if kind not in settings.PARSERS:
        return False
    # a time alone ("10:00") is read by dateparser's absolute parser: it has no day, month
    # or year of its own (DIFF: so is a weekday, "Monday", "last Friday", which here stays)
    if kind == "absolute-time" or d.flags & datenorm.Flag.TIME_ONLY:
        time_only = bool(d.flags & datenorm.Flag.TIME_ONLY)
        if settings.STRICT_PARSING and (time_only or
                                        not _has_parts(d, ("day", "month", "year"))):
            return False
        if settings.REQUIRE_PARTS and (time_only or not _has_parts(d, settings.REQUIRE_PARTS)):
            return False
    return True


def instant(d, tz):
    """The instant of a Date whose text gave its offset, as an aware datetime in tz: the
    library's (Date.timestamp(), dn_date_unix), with the fraction's microseconds."""
    whole = int(d.timestamp() // 1)
    micro = (d.nanosecond or 0) // 1000 if d.precision == "fraction" else 0
    return (_EPOCH_UTC + _dt.timedelta(seconds=whole, microseconds=micro)).astimezone(tz)


def _relative(d, ref, naive):
    """A relative date as dateparser's freshness parser makes it (step 7): the reference
    moved by the offset, its time of day kept. A week ("last week") is the reference's
    weekday in that week, a month ("next month") the reference's day in it (the last day
    when shorter), a year the reference's month and day in it; PREFER_DAY_OF_MONTH does
    not apply."""
    wall = ref.replace(tzinfo=None)
    prec = d.precision
    if prec == "week":
        ref_monday = wall.date() - _dt.timedelta(days=wall.weekday())
        return wall + (d.to_date() - ref_monday)
    if prec == "month":
        return wall.replace(year=d.year, month=d.month,
                            day=min(wall.day, _last_day(d.year, d.month)))
    if prec == "year":
        return wall.replace(year=d.year, day=min(wall.day, _last_day(d.year, wall.month)))
    if prec == "day":
        return naive.replace(hour=wall.hour, minute=wall.minute, second=wall.second,
                             microsecond=wall.microsecond)
    return naive


def to_dateparser(d, ref, settings):
    """(datetime, period) for a Date, as dateparser builds them (step 7); None when the
    date is outside datetime's range."""
    try:
        kind = kind_of(d)
        prec = d.precision
        if prec == "year":
            naive = _dt.datetime(d.year, ref.month, _day_of_month(d.year, ref.month, ref, settings))
        elif prec == "month":
            naive = _dt.datetime(d.year, d.month, _day_of_month(d.year, d.month, ref, settings))
        else:
            naive = d.to_datetime().replace(tzinfo=None) if d.offset is None or \
                kind == "relative-time" else None
        if prec in ("year", "month", "week", "day"):
            period = prec
        else:
            period = "time" if settings.RETURN_TIME_AS_PERIOD else "day"

        if kind == "timestamp":
            # dateparser: the instant as a wall-clock time in TIMEZONE, then as any naive date
            tz = None if _is_local(settings.TIMEZONE) else zone(settings.TIMEZONE)
            wall = _dt.datetime.fromtimestamp(d.timestamp(), tz).replace(tzinfo=None)
            return _finish(_localize(wall, settings.TIMEZONE), settings, False), period
        if kind == "relative-time":
            if prec not in ("year", "month", "week", "day") and \
                    d.flags & datenorm.Flag.OFFSET_FROM_REFERENCE:
                period = "day"  # "2 hours ago": dateparser's 'time' is for a time written
            return _finish(_relative(d, ref, naive).replace(tzinfo=ref.tzinfo), settings,
                           False), period
        if prec not in ("year", "month", "week", "day"):  # a time: the library's zones
            obj = _timed(d, settings)
            if obj is not None:
                from_text = d.offset is not None
                aware = settings.RETURN_AS_TIMEZONE_AWARE
                if aware is False or (aware == "default" and not from_text):
                    obj = obj.replace(tzinfo=None)
                return obj, period
        if d.offset is not None:  # the text gave its offset: an instant
            tz = _dt.timezone(_dt.timedelta(minutes=d.offset)) if _is_local(settings.TIMEZONE) \
                else zone(settings.TIMEZONE)
            return _finish(instant(d, tz), settings, True), period
        return _finish(_localize(naive, settings.TIMEZONE), settings, False), period
    except (ValueError, OverflowError):
        return None


def with_formats(text, formats, ref, settings):
    """date_formats through strptime, as dateparser's parse_with_formats: a format without
    %d gives period 'month' and PREFER_DAY_OF_MONTH's day, one without a year the
    reference's year."""
    for f in formats:
        try:
            obj = _dt.datetime.strptime(text, f)
        except (ValueError, TypeError):
            continue
        period = "day"
        if "%d" not in f:
            period = "month"
            obj = obj.replace(day=_day_of_month(obj.year, obj.month, ref, settings))
        if "%y" not in f and "%Y" not in f:
            try:
                obj = obj.replace(year=ref.year)
            except ValueError:
                continue
        aware = obj.tzinfo is not None
        obj = obj if aware else _localize(obj, settings.TIMEZONE)
        return DateData(date_obj=_finish(obj, settings, aware), period=period)
    return None


class DateDataParser:
    """dateparser's DateDataParser on datenorm.

    DateDataParser(languages=None, locales=None, region=None, try_previous_locales=False,
    use_given_order=False, settings=None, detect_languages_function=None)
    .get_date_data(date_string, date_formats=None) -> DateData

    Languages and locales are hints in the given order (datenorm always honours the
    order, so use_given_order changes nothing); try_previous_locales is accepted and
    ignored (a datenorm parser keeps no state between calls).
    """

    def __init__(self, languages=None, locales=None, region=None, try_previous_locales=False,
                 use_given_order=False, settings=None, detect_languages_function=None):
        if settings is None:
            settings = _conf.settings
        elif isinstance(settings, dict):
            settings = _conf.Settings(settings)
        elif not isinstance(settings, _conf.Settings):
            raise TypeError("settings can only be either dict or instance of Settings class")
        if region is not None and not isinstance(region, str):
            raise TypeError("region should be str, not %r" % (region,))
        self._settings = settings
        self._plan = _Plan(languages, locales, region, settings, detect_languages_function)
        self.try_previous_locales = try_previous_locales
        self.use_given_order = use_given_order

    def get_date_data(self, date_string, date_formats=None):
        """The date of date_string as DateData (date_obj None when there is none)."""
        if not isinstance(date_string, str):
            raise TypeError("Input type must be str")
        settings = self._settings
        ref = reference(settings)
        if date_formats:
            res = with_formats(date_string, date_formats, ref, settings)
            if res is not None:
                return res
        text = skip_tokens(date_string, settings)
        p = self._plan.for_text(text)
        d = p.parse(text, now=ref)
        if d is not None and not whole_string(p, text, d):
            d = None
        if d is not None:
            if accepted(d, settings):
                got = to_dateparser(d, ref, settings)
                if got is not None:
                    return DateData(date_obj=got[0], period=got[1], locale=d.locale or None)
        return DateData(date_obj=None, period="day", locale=None)

    def get_date_tuple(self, *args, **kwargs):
        """get_date_data as a named tuple (dateparser's older interface)."""
        import collections
        data = self.get_date_data(*args, **kwargs)
        return collections.namedtuple("DateData", data.__dict__.keys())(**data.__dict__)
