"""dateparser's settings, as the compatible layer reads them (dateparser.conf).

The names, defaults, types and allowed values are dateparser's (1.1 to 1.4), and a bad
setting raises SettingValidationError (a ValueError) as dateparser does. What each one
does here, and what datenorm cannot honour, is in datenorm.compat.dateparser's docstring
(help(datenorm.compat.dateparser)); the short version:

honoured: DATE_ORDER (DMY, MDY, YMD), PREFER_LOCALE_DATE_ORDER, TIMEZONE, TO_TIMEZONE,
    RETURN_AS_TIMEZONE_AWARE, PREFER_DAY_OF_MONTH, PREFER_DATES_FROM (dates without a year,
    bare weekdays), RELATIVE_BASE, STRICT_PARSING, REQUIRE_PARTS, PARSERS, RETURN_TIME_AS_PERIOD,
    DEFAULT_LANGUAGES (hints after the given languages), SKIP_TOKENS (whole words read as
    blanks).
accepted, no effect: NORMALIZE (what datenorm always does: fold accents) and FUZZY (no
    effect on dateparser 1.1.6's parse either), LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD (handed to
    detect_languages_function only).
refused: DATE_ORDER YDM, DYM, MYD (datenorm reads no such order: ValueError).
"""
import datetime

__all__ = ["Settings", "SettingValidationError", "settings", "apply_settings"]


class SettingValidationError(ValueError):
    """A setting dateparser would refuse (unknown name, wrong type or value)."""


DEFAULTS = {
    "DATE_ORDER": "MDY",
    "PREFER_LOCALE_DATE_ORDER": True,
    "TIMEZONE": "local",
    "TO_TIMEZONE": False,
    "RETURN_AS_TIMEZONE_AWARE": "default",
    "PREFER_DAY_OF_MONTH": "current",
    "PREFER_DATES_FROM": "current_period",
    "RELATIVE_BASE": False,
    "STRICT_PARSING": False,
    "REQUIRE_PARTS": [],
    "SKIP_TOKENS": ["t"],
    "NORMALIZE": True,
    "DEFAULT_LANGUAGES": [],
    "LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD": 0.5,
    "RETURN_TIME_AS_PERIOD": False,
    "PARSERS": ["timestamp", "relative-time", "custom-formats", "absolute-time"],
    "FUZZY": False,
}

PARSERS = ("timestamp", "relative-time", "custom-formats", "absolute-time", "no-spaces-time",
           "negative-timestamp")
DATE_ORDERS = ("DMY", "DYM", "MDY", "MYD", "YDM", "YMD")
SUPPORTED_DATE_ORDERS = ("DMY", "MDY", "YMD")

# name -> (type, allowed values or None), as dateparser's check_settings
_RULES = {
    "DATE_ORDER": (str, DATE_ORDERS),
    "PREFER_LOCALE_DATE_ORDER": (bool, None),
    "TIMEZONE": (str, None),
    "TO_TIMEZONE": (str, None),
    "RETURN_AS_TIMEZONE_AWARE": (bool, None),
    "PREFER_DAY_OF_MONTH": (str, ("current", "first", "last")),
    "PREFER_DATES_FROM": (str, ("current_period", "past", "future")),
    "RELATIVE_BASE": (datetime.datetime, None),
    "STRICT_PARSING": (bool, None),
    "REQUIRE_PARTS": (list, None),
    "SKIP_TOKENS": (list, None),
    "NORMALIZE": (bool, None),
    "RETURN_TIME_AS_PERIOD": (bool, None),
    "PARSERS": (list, None),
    "FUZZY": (bool, None),
    "DEFAULT_LANGUAGES": (list, None),
    "LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD": (float, None),
}


def _check_list(name, value, allowed):
    bad = [v for v in value if v not in allowed]
    if bad:
        raise SettingValidationError('"%s" setting contains invalid values: %s'
                                     % (name, ", ".join(map(str, bad))))
    if len(value) != len(set(value)):
        raise SettingValidationError('There are repeated values in the "%s" setting' % name)


def check(mod):
    """Raises SettingValidationError for a setting dateparser would refuse."""
    for name, value in mod.items():
        if name not in _RULES:
            raise SettingValidationError('"%s" is not a valid setting' % name)
        typ, values = _RULES[name]
        if type(value) is not typ and not (typ is datetime.datetime
                                           and isinstance(value, datetime.datetime)):
            raise SettingValidationError('"%s" must be "%s", not "%s".'
                                         % (name, typ.__name__, type(value).__name__))
        if values and value not in values:
            raise SettingValidationError('"%s" is not a valid value for "%s", it should be: %s'
                                         % (value, name, ", ".join('"%s"' % v for v in values)))
        if name == "REQUIRE_PARTS":
            _check_list(name, value, ("day", "month", "year"))
        elif name == "PARSERS":
            _check_list(name, value, PARSERS)
        elif name == "LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD" and not 0 <= value <= 1:
            raise SettingValidationError("%s is not a valid value for %s. It can take values "
                                         "between 0 and 1." % (value, name))
        elif name == "DATE_ORDER" and value not in SUPPORTED_DATE_ORDERS:
            raise SettingValidationError(
                'DATE_ORDER "%s" cannot be honoured by datenorm, which reads all-numeric dates '
                "in the orders %s only" % (value, ", ".join(SUPPORTED_DATE_ORDERS)))


class Settings:
    """dateparser's settings: the defaults, replaced by what a caller gives.

    Settings(settings=None) takes a dict; .replace(mod) returns new Settings. Attributes
    are the setting names (Settings().DATE_ORDER == 'MDY'); _mod_settings holds what the
    caller set (DATE_ORDER given explicitly overrides the locale's order).
    """

    def __init__(self, settings=None):
        mod = dict(settings or {})
        check(mod)
        self._mod_settings = mod
        for name, value in DEFAULTS.items():
            setattr(self, name, list(value) if isinstance(value, list) else value)
        for name, value in mod.items():
            setattr(self, name, value)

    def replace(self, mod_settings=None, **kwds):
        mod = dict(self._mod_settings)
        mod.update(mod_settings or {})
        mod.update(kwds)
        return Settings(mod)

    def __repr__(self):
        return "Settings(%r)" % (self._mod_settings,)


settings = Settings()


def apply_settings(f):
    """The decorator dateparser puts on its entry points: settings=dict -> Settings."""
    import functools

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        s = kwargs.get("settings")
        if s is None:
            kwargs["settings"] = settings
        elif isinstance(s, dict):
            kwargs["settings"] = Settings(s)
        elif not isinstance(s, Settings):
            raise TypeError("settings can only be either dict or instance of Settings class")
        return f(*args, **kwargs)
    return wrapper
