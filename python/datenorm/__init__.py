"""Find dates written in any language and normalize them to ISO 8601.

datenorm is a C library (libdatenorm) with this Python binding. It reads dates the way
people write them, in any language ICU knows, with no language given::

    >>> import datenorm
    >>> datenorm.iso("22 Novembre 2015")
    '2015-11-22'
    >>> datenorm.iso("Sonntag, 22. November 2015 um 14:30 Uhr")
    '2015-11-22T14:30:00'
    >>> datenorm.iso("version 2.0.1") is None      # things that only look like dates
    True

A Parser is built once from options and is then immutable: share it between threads,
pickle it to Dask, Spark or multiprocessing workers::

    >>> p = datenorm.Parser(locales="fr,en", order="DMY", zone="Europe/Paris")
    >>> d = p.parse("il y a 3 jours", now="2026-11-26T12:00:00Z")
    >>> d.iso, d.precision, d.locale
    ('2026-11-23', 'day', 'fr')
    >>> [(m.span, m.iso) for m in p.search("Publié le 22/11/2015, mis à jour le 3 mai 2016",
    ...                                     now="2026-11-26T12:00:00Z")]
    [((10, 20), '2015-11-22'), ((36, 46), '2016-05-03')]
    >>> p.iso_many(["22 Novembre 2015", None, "rien", "2015-11-22T10:00:00+01:00"])
    ['2015-11-22', None, None, '2015-11-22T10:00:00+01:00']

What you get:

- Parser(locales=None, order=None, zone=None, two_digit_pivot=None, prefer=None,
  hints_only=False, to_zone=None, assume_zone=None): see help(Parser).
- Parser.parse(text, now=None, whole=False) -> Date or None: the best date of a text
  (whole=True: None when a word around it means nothing to the library;
  Parser.unknown_word(text) says where the first such word is).
- Parser.search(text, now=None) -> [Date]: every date of a running text.
- Parser.iso_many(values, now=None, style='auto') -> [str or None]: a whole column (list,
  any iterable, numpy object array, pandas Series; None and NaN give None), with the GIL
  released while the library parses.
- Date: .iso, .precision ('year' ... 'fraction'), .locale ('' for language-neutral
  forms), .confidence (0..1), .span (characters of the str), .text, .flags (Flag),
  .year/.month/.day/.week/.weekday/.hour/.minute/.second/.nanosecond (None when the text
  did not give them), .offset (minutes east of UTC, or None), .alt (the other reading of an
  ambiguous all-numeric date), .to_datetime() (aware only when the text gave an offset),
  .to_date(), .timestamp(), .format(style), .zone (the zone id the text named, or
  converted to; '' when none), .to_zone(zone, assume=None) (the same date seen in another
  zone: the library's dn_date_to_zone)::

    >>> datenorm.parse("2015-11-22T23:30:00Z").to_zone("Asia/Kolkata").iso
    '2015-11-23T05:00:00+05:30'
    >>> datenorm.parse("22/11/2015 14:00").to_zone("UTC", assume="Europe/Paris").iso
    '2015-11-22T13:00:00Z'

  Parser(to_zone=..., assume_zone=...) does that to every result (parse, search,
  iso_many), as the CLI's --to-zone and --assume-zone; a zone the library cannot read
  raises ValueError with its message.
- zone_offset(zone, unix_seconds): a zone's offset in minutes at an instant (ICU's data).
- iso(text, now=None), parse(text, now=None), search(text, now=None): the same with a
  module-wide default Parser() (no hints, UTC).
- `now`, per call, is the reference instant for relative dates ("il y a 3 jours",
  "yesterday") and for dates without a year: None (the current time), a str as the CLI's
  --now takes it (ISO 8601, or Unix seconds "@1795694400"), a datetime (naive: a wall-clock
  time in the parser's zone), a date, or Unix seconds; read by the library's rule
  (dn_context_from_text), as --now with --zone: an instant is seen in the parser's zone.
- Errors (an unknown locale or zone, an unreadable `now`) raise ValueError with the
  library's message. Finding no date is not an error: None, or [].
- datenorm.compat.dateparser: a dateparser-compatible layer (parse, DateDataParser,
  search.search_dates); datenorm.compat.install() makes `import dateparser` load it.
- datenorm.dask.convert(frame, columns): date columns of a dask (or pandas) DataFrame.

Spans are in characters of the Python str (what text[start:end] takes), not bytes; the
C library's byte offsets are in Date.byte_span.
"""

from __future__ import annotations  # annotations stay strings: no typing import at start

from . import _datenorm
from ._datenorm import (PRECISIONS, Date, Parser, icu_version,
                        version as _lib_version, zone_offset)

__all__ = ["Parser", "Date", "Flag", "PRECISIONS", "iso", "parse", "search",
           "default_parser", "version", "icu_version", "zone_offset", "__version__"]

__version__ = _lib_version()

# Building a parser costs microseconds: the module-wide one is built at import.
_DEFAULT = Parser()


def __getattr__(name):
    # Flag (an enum.IntFlag) is made on first use: importing enum is not free
    if name == "Flag":
        return _datenorm.Flag
    raise AttributeError("module 'datenorm' has no attribute %r" % name)


def __dir__():
    return sorted(set(globals()) | {"Flag"})


def version() -> str:
    """The version of libdatenorm the extension is linked with ("0.1.0")."""
    return _lib_version()


def default_parser() -> Parser:
    """The module-wide Parser() that iso(), parse() and search() use (no hints, UTC)."""
    return _DEFAULT


def iso(text: str, now=None) -> Optional[str]:
    """ISO 8601 of the best date of text, or None: Parser().iso(text, now).

    >>> iso("22 Novembre 2015")
    '2015-11-22'
    """
    return _DEFAULT.iso(text, now)


def parse(text: str, now=None) -> Optional[Date]:
    """The best date of text as a Date, or None: Parser().parse(text, now)."""
    return _DEFAULT.parse(text, now)


def search(text: str, now=None) -> List[Date]:
    """Every date of a running text, left to right: Parser().search(text, now)."""
    return _DEFAULT.search(text, now)
