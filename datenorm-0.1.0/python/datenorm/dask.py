"""Date columns of a dask (or pandas) DataFrame to ISO 8601, with one Parser shipped to
every worker.

    import dask.dataframe as dd
    import datenorm, datenorm.dask
    frame = dd.read_csv("scraped/*.csv", dtype=str)
    out = datenorm.dask.convert(frame, ["published", "modified"],
                                parser=datenorm.Parser(locales="fr,en"),
                                now="2026-11-26T12:00:00Z")
    out.to_csv("normalized/*.csv", index=False)

convert() is lazy on a dask DataFrame (it adds one map_partitions step: each partition's
columns go through Parser.iso_many, which releases the GIL) and immediate on a pandas
DataFrame. The Parser is pickled into the task graph once and rebuilt on each worker
from its options (microseconds); workers share nothing else. `now`, the reference for
relative dates and dates without a year, is read once, when convert() is called, so that
every partition on every worker uses the same instant: the result does not depend on when
or where a partition runs. dask itself is imported only for a dask DataFrame.
"""
import datetime as _dt

import datenorm

__all__ = ["convert", "convert_partition"]


def convert_partition(frame, columns, parser, now, style="auto", suffix=None):
    """One pandas DataFrame: a copy with each of `columns` as ISO 8601 strings (None where
    a cell holds no date), or, with suffix, a new column NAME+suffix after each."""
    import pandas as pd
    out = frame.copy()
    for col in columns:
        iso = pd.Series(parser.iso_many(frame[col], now=now, style=style), index=frame.index,
                        dtype=object)
        if suffix:
            out.insert(out.columns.get_loc(col) + 1, col + suffix, iso)
        else:
            out[col] = iso
    return out


def convert(frame, columns, parser=None, now=None, style="auto", suffix=None):
    """The date columns of a dask.dataframe.DataFrame or pandas.DataFrame as ISO 8601.

    columns: a column name or a list of them. parser: a datenorm.Parser (default: no
    hints). now: the reference instant (anything Parser.parse takes; None = the current
    time, read once here). style: 'auto', 'date' or 'datetime'. suffix: keep the columns
    and add NAME+suffix ones instead of replacing them. Returns the same kind of frame.
    """
    if isinstance(columns, str):
        columns = [columns]
    columns = list(columns)
    parser = parser if parser is not None else datenorm.Parser()
    if now is None:
        now = int(_dt.datetime.now(_dt.timezone.utc).timestamp())
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError("no such column: %s" % ", ".join(map(repr, missing)))
    if not hasattr(frame, "map_partitions"):  # pandas
        return convert_partition(frame, columns, parser, now, style, suffix)
    meta = convert_partition(frame._meta, columns, parser, now, style, suffix)
    return frame.map_partitions(convert_partition, columns, parser, now, style, suffix,
                                meta=meta)
