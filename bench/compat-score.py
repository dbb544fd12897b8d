#!/usr/bin/env python3
"""Runs dateparser, or datenorm's dateparser-compatible layer, over a corpus in the
command-line contract's TSV form (input<TAB>hint<TAB>expected) and writes one output
line per case, in the form the scorer compares (YYYY-MM-DD, or YYYY-MM / YYYY when the
period is a month or a year; an empty line for no date). Score the file with the
corpus scorer of that form (kept outside the project), e.g.:

    TZ=UTC PYTHONPATH=python/stage /usr/bin/python3 bench/compat-score.py datenorm CORPUS out.txt
    SCORER CORPUS out.txt

IMPL: 'dateparser' (the real package) or 'datenorm' (datenorm.compat.dateparser). Both get
the same call for each case: dateparser.parse(input, languages=HINTS, settings={
RELATIVE_BASE: 2026-11-26T12:00 (naive, read in the local zone: run with TZ=UTC),
DATE_ORDER: DMY|MDY|YMD for the hints en-GB|en-US|en-CA}). The hint '-' gives no language.
Prints the time the whole run took, and per case.
"""
import datetime
import sys
import time
import warnings

ORDERS = {"en-GB": "DMY", "en-US": "MDY", "en-CA": "YMD"}
BASE = datetime.datetime(2026, 11, 26, 12, 0)


def cases(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = (line.split("\t") + ["", ""])[:3]
        yield parts[0], parts[1].strip()


def main():
    impl, corpus, out = sys.argv[1:4]
    if impl == "datenorm":
        from datenorm.compat import dateparser
    elif impl == "dateparser":
        import dateparser
    else:
        sys.exit("IMPL is dateparser or datenorm")
    warnings.simplefilter("ignore")
    rows = list(cases(corpus))
    t0 = time.process_time()
    with open(out, "w", encoding="utf-8") as f:
        for text, hint in rows:
            settings = {"RELATIVE_BASE": BASE}
            languages = None
            if hint in ORDERS:
                settings["DATE_ORDER"] = ORDERS[hint]
            elif hint and hint != "-":
                languages = hint.split(",")
            try:
                data = dateparser.DateDataParser(languages=languages, settings=settings) \
                    .get_date_data(text)
            except ValueError:  # a language the implementation does not know
                data = None
            res = ""
            if data is not None and data["date_obj"] is not None:
                fmt = {"year": "%Y", "month": "%Y-%m"}.get(data["period"], "%Y-%m-%d")
                res = data["date_obj"].strftime(fmt)
            f.write(res + "\n")
    dt = time.process_time() - t0
    print("%s: %d cases in %.2f s CPU (%.0f cases/s)" % (impl, len(rows), dt, len(rows) / dt),
          file=sys.stderr)


if __name__ == "__main__":
    main()
