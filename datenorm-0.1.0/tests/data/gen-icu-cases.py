#!/usr/bin/python3
"""Authoring tool: writes tests/data/icu-dates.tsv, icu-datetimes.tsv and icu-nodates.tsv.

Not run by the build or by `make check`: its output is committed, reviewed like hand-written
cases, and regenerated only on purpose (a new ICU may change what it writes; a changed output
is then a diff to read, not a silent update). Needs python3-icu (PyICU):

    /usr/bin/python3 tests/data/gen-icu-cases.py tests/data

What it writes, per language (a fixed list below, about 100 languages):
  - dates formatted by ICU with the language's month names (LONG, FULL, MEDIUM, and the best
    patterns of the skeletons yMMMMd, yMMMd, yMMMMEEEEd, yMMMEd): expected YYYY-MM-DD,
    parsed with no hint, unless a word of the text is a month or weekday name of a different
    value in another language (Polish "listopada" is November, Croatian "listopada"
    October): such a row carries the language as hint, since without one either reading is
    defensible;
  - yMMMM and yMMM: expected YYYY-MM (precision is never invented);
  - MMMMd (no year): expected 2026-MM-DD (the tests pin the reference instant in 2026);
  - all-numeric yMd and SHORT, with the language as hint (the hint decides the order; a
    two-digit year is read with the pivot 69: 00-68 -> 20xx, 69-99 -> 19xx, so the dates
    stay within 1970..2060);
and, into icu-datetimes.tsv with style auto, dates with times: the locale's own clock
(skeleton yMMMMdjmm), a 12-hour clock with the CLDR am/pm markers (yMMMdhmm), seconds
(yMMMdjmmss). Patterns using flexible day periods (B) are left out: they belong to a later
issue.

And, into icu-nodates.tsv, numbers as ICU writes them in each language, which hold no date
and must not be read as one: prices in euros and dollars (1,234.50; 22.11 and 1,999.00, which
look like a day and month or a year), percentages, grouped decimals, pi, scientific notation.

Dates are drawn from a seeded generator, so the output is the same on every run with the
same ICU. Rows are formatted in UTC; the text is exactly what ICU writes (U+202F, U+00A0,
RLM marks and non-Latin digits kept).
"""
import os
import random
import sys
import unicodedata

import icu

LANGS = """
af am ar as az be bg bn br bs ca cs cy da de el en es et eu fi fil fo fr fy ga gd gl gu ha
he hi hr hu hy id ig is it ja jv ka kk km kn ko ky lb lo lt lv mk ml mn mr ms mt my nb ne nl
nn or pa pl pt qu rm ro ru sc sd si sk sl so sq sr sv sw ta te tg ti tk to tr tt ug uk ur uz
vi wo xh yo yue zh zu kok mi ceb chr haw ku
""".split()

REF_YEAR = 2026
UTC = icu.TimeZone.createTimeZone("UTC")


def fold(word):
    """Lowercase, no accents, no dots: close enough to the library's folding to find names
    that two languages share."""
    w = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in w if not unicodedata.combining(c)).strip(".")


def name_map():
    """folded word -> set of meanings ('m', n) / ('w', n) over every ICU language."""
    names = {}
    dfs = icu.DateFormatSymbols
    for loc in icu.Locale.getAvailableLocales().keys():
        syms = dfs(icu.Locale(loc))
        for ctx in (dfs.FORMAT, dfs.STANDALONE):
            for width in (dfs.WIDE, dfs.ABBREVIATED):
                for i, m in enumerate(syms.getMonths(ctx, width)):
                    for w in words(m):
                        names.setdefault(fold(w), set()).add(("m", i + 1))
                for i, d in enumerate(syms.getWeekdays(ctx, width)):
                    if d:
                        for w in words(d):
                            names.setdefault(fold(w), set()).add(("w", i))
    return names


def words(text):
    out, cur = [], []
    for c in text:
        if unicodedata.category(c)[0] in "LM":
            cur.append(c)
        else:
            if cur:
                out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def conflicting(text, month, names):
    """True when a word of text is a month name of another value somewhere."""
    for w in words(text):
        for kind, value in names.get(fold(w), ()):
            if kind == "m" and value != month:
                return True
    return False


def fmt(pattern, loc, y, m, d, hh=12, mm=0, ss=0):
    df = icu.SimpleDateFormat(pattern, loc)
    df.setTimeZone(UTC)
    cal = icu.GregorianCalendar(UTC)
    cal.clear()
    cal.set(y, m - 1, d, hh, mm, ss)
    return df.format(cal.getTime())


def style_pattern(style, loc):
    df = icu.DateFormat.createDateInstance(style, loc)
    return df.toPattern()


def random_date(rng, day_over_12=None):
    while True:
        y = rng.randint(1970, 2060)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        if day_over_12 is None or (d > 12) == day_over_12:
            return y, m, d


def escape(text):
    """A TSV cell: tabs and newlines as escapes (ICU never writes them, but be safe)."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def field_order(pattern):
    """'DMY', 'MDY', 'YMD'... of a pattern, quoted literals skipped."""
    order, quoted = "", False
    for c in pattern:
        if c == "'":
            quoted = not quoted
        elif not quoted and c in "yMLd" and c.upper().replace("L", "M") not in order:
            order += c.upper().replace("L", "M")
    return order


def has_month_name(pattern):
    return "MMM" in pattern or "LLL" in pattern


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = name_map()
    dates, times, nodates = [], [], []
    seen = set()

    def add(rows, text, hint, expected, comment_lang, style=None):
        key = (text, hint, style)
        if key in seen:
            return
        seen.add(key)
        row = [escape(text), hint, expected] + ([style] if style else [])
        rows.append((comment_lang, "\t".join(row)))

    for lang in LANGS:
        loc = icu.Locale(lang)
        if icu.Calendar.createInstance(loc).getType() != "gregorian":
            continue
        rng = random.Random("datenorm-" + lang)
        gen = icu.DateTimePatternGenerator.createInstance(loc)
        named = [("LONG", style_pattern(icu.DateFormat.LONG, loc)),
                 ("FULL", style_pattern(icu.DateFormat.FULL, loc)),
                 ("MEDIUM", style_pattern(icu.DateFormat.MEDIUM, loc))]
        named += [(s, gen.getBestPattern(s)) for s in ("yMMMMd", "yMMMd", "yMMMMEEEEd", "yMMMEd")]
        for i, (form, pat) in enumerate(named):
            for k in range(2):
                y, m, d = random_date(rng, day_over_12=(k == 0))
                text = fmt(pat, loc, y, m, d)
                iso = "%04d-%02d-%02d" % (y, m, d)
                if not has_month_name(pat):
                    add(dates, text, lang, iso, lang)  # numeric: the hint decides the order
                elif conflicting(text, m, names):
                    add(dates, text, lang, iso, lang)
                else:
                    add(dates, text, "-", iso, lang)
        for skel in ("yMMMM", "yMMM"):
            y, m, _ = random_date(rng)
            # mid-month: some patterns use the week year Y (gd "LLL Y"), which differs from
            # the calendar year only in the first and last days of a year
            text = fmt(gen.getBestPattern(skel), loc, y, m, 15)
            hint = lang if conflicting(text, m, names) else "-"
            add(dates, text, hint, "%04d-%02d" % (y, m), lang)
        y, m, d = random_date(rng, day_over_12=True)
        text = fmt(gen.getBestPattern("MMMMd"), loc, y, m, d)
        hint = lang if conflicting(text, m, names) else "-"
        add(dates, text, hint, "%04d-%02d-%02d" % (REF_YEAR, m, d), lang)
        short = style_pattern(icu.DateFormat.SHORT, loc)
        for pat in (gen.getBestPattern("yMd"), short):
            # where yMd and SHORT disagree on the order (mt: M/d/y and dd/MM/y), a numeric
            # text is ambiguous even with the hint: such rows stay out of the table (the
            # round trip in check_roundtrip.c still counts them)
            if field_order(pat) != field_order(short):
                continue
            for over in (True, False):
                y, m, d = random_date(rng, day_over_12=over)
                add(dates, fmt(pat, loc, y, m, d), lang, "%04d-%02d-%02d" % (y, m, d), lang)

        for skel in ("yMMMMdjmm", "yMMMdhmm", "yMMMdjmmss"):
            pat = gen.getBestPattern(skel)
            if "B" in pat or "b" in pat:
                continue
            for hh in ((9, 21) if "h" in skel else (14,)):
                y, m, d = random_date(rng, day_over_12=True)
                mm, ss = rng.randint(0, 59), rng.randint(0, 59)
                if "s" not in skel:
                    ss = 0
                text = fmt(pat, loc, y, m, d, hh, mm, ss)
                hint = lang if (conflicting(text, m, names) or not has_month_name(pat)) else "-"
                add(times, text, hint, "%04d-%02d-%02dT%02d:%02d:%02d" % (y, m, d, hh, mm, ss),
                    lang, "auto")

        # fixed amounts, then amounts drawn to look like a day.month (13.05) or a year (1987)
        nrng = random.Random("datenorm-nodate-" + lang)
        amounts = [("EUR", 1234.5), ("EUR", 22.11), ("USD", 1999), ("USD", 5.99)]
        amounts += [("EUR", nrng.randint(1, 31) + nrng.randint(1, 12) / 100.0),
                    ("USD", nrng.randint(1, 31) + nrng.randint(1, 12) / 100.0),
                    ("EUR", float(nrng.randint(1970, 2060))),
                    ("GBP", nrng.randint(1970, 2060) + nrng.randint(1, 12) / 100.0)]
        for cur, amount in amounts:
            nf = icu.NumberFormat.createCurrencyInstance(icu.Locale(lang + "@currency=" + cur))
            add(nodates, nf.format(amount), "-", "", lang)
        pf = icu.NumberFormat.createPercentInstance(loc)
        pf.setMaximumFractionDigits(1)
        for x in (0.125, 0.22, nrng.randint(1, 31) / 100.0):
            add(nodates, pf.format(x), "-", "", lang)
        df = icu.NumberFormat.createInstance(loc)
        for x in (1234567.891, 3.14159):
            add(nodates, df.format(x), "-", "", lang)
        add(nodates, icu.NumberFormat.createScientificInstance(loc).format(12345.0), "-", "", lang)

    header = (
        "# GENERATED by tests/data/gen-icu-cases.py with ICU %s: do not edit by hand, rerun it.\n"
        "# Format: input<TAB>hint<TAB>expected[<TAB>style]; hint '-' = none; expected empty =\n"
        "# no date; style auto|date|datetime (default date) is how the result is printed\n"
        "# (dn_format). Reference instant 2026-11-26T12:00:00Z: a date without a year is in 2026.\n"
        "# Two-digit years: 00-68 -> 20xx, 69-99 -> 19xx. Rows are grouped by language.\n"
        % icu.ICU_VERSION)
    for name, rows, what in (("icu-dates.tsv", dates, "dates"),
                             ("icu-datetimes.tsv", times, "dates with times, printed in style auto"),
                             ("icu-nodates.tsv", nodates, "numbers (no date in any row)")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(header)
            f.write("# ICU-formatted %s in %d languages.\n" % (what, len({r[0] for r in rows})))
            last = None
            for lang, row in rows:
                if lang != last:
                    f.write("# --- %s (%s)\n" % (lang, icu.Locale(lang).getDisplayName(icu.Locale("en"))))
                    last = lang
                f.write(row + "\n")
        print("%s: %d rows" % (name, len(rows)))


if __name__ == "__main__":
    main()
