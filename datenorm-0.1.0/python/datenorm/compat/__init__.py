"""Layers that let code written for other date libraries run on datenorm.

datenorm.compat.dateparser follows dateparser's interface (parse, DateDataParser,
search.search_dates, its settings). install() makes a later `import dateparser` load it,
so a program written for dateparser (htmldate, for one) runs on datenorm unchanged:

    import datenorm.compat
    datenorm.compat.install()
    import htmldate   # its `from dateparser import DateDataParser` now gets datenorm's
"""
import sys

__all__ = ["install", "uninstall"]

_MODULES = ("", ".conf", ".date", ".search")
_saved = {}


def install():
    """Make `import dateparser` (and dateparser.conf, .date, .search) resolve to
    datenorm.compat.dateparser from now on, whether or not dateparser is installed.
    Code that imported the real dateparser before keeps its reference. Returns the layer
    module. Idempotent; uninstall() undoes it."""
    import importlib
    layer = importlib.import_module("datenorm.compat.dateparser")
    for suffix in _MODULES:
        name = "dateparser" + suffix
        mod = importlib.import_module("datenorm.compat.dateparser" + suffix)
        if sys.modules.get(name) is not mod and name not in _saved:
            _saved[name] = sys.modules.get(name)
        sys.modules[name] = mod
    return layer


def uninstall():
    """Undo install(): `import dateparser` finds what it found before (the real package,
    if there is one)."""
    for name, mod in _saved.items():
        if mod is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = mod
    _saved.clear()
