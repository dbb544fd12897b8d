"""search_dates on datenorm (dateparser.search).

search_dates(text, languages=None, settings=None, add_detected_language=False,
detect_languages_function=None) -> [(substring, datetime), ...] or None

Every date of a running text, left to right (datenorm's Parser.search), each read and
filtered as DateDataParser.get_date_data reads a whole string (help(datenorm.compat.
dateparser.date)); with add_detected_language=True each tuple also carries the language
that matched (None for language-neutral forms). None when no date is found, as dateparser.

DIFF: dateparser gives a date without a year the year of an earlier date of the same text;
here it takes the reference's (RELATIVE_BASE or now), as PREFER_DATES_FROM says.
"""
from . import conf as _conf
from . import date as _date

__all__ = ["search_dates"]


@_conf.apply_settings
def search_dates(text, languages=None, settings=None, add_detected_language=False,
                 detect_languages_function=None):
    if not isinstance(text, str):
        raise TypeError("Input type must be str")
    plan = _date._Plan(languages, None, None, settings, detect_languages_function)
    ref = _date.reference(settings)
    work = _date.skip_tokens(text, settings)  # same length: spans index text too
    p = plan.for_text(work)
    out = []
    for m in p.search(work, now=ref):
        start, end = m.span
        if not _date.accepted(m, settings):
            continue
        got = _date.to_dateparser(m, ref, settings)
        if got is None:
            continue
        found = text[start:end]
        out.append((found, got[0], m.locale or None) if add_detected_language
                   else (found, got[0]))
    return out or None
