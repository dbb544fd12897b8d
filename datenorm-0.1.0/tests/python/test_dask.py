"""datenorm.dask on a real two-worker distributed.LocalCluster (two processes, so the
Parser really travels by pickle), compared with a single-process pandas run."""
import os

import pytest

import datenorm
import datenorm.dask

from conftest import NOW

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

ROWS = [
    ("22 Novembre 2015", "il y a 3 jours"),
    ("2015-11-22T10:00:00+01:00", ""),
    ("05/06/2015", "hier"),
    ("rien du tout", "3 mai 2016 à 10h"),
    ("Sun, 22 Nov 2015 10:00:00 +0100", "22/11/2015"),
    ("", "version 2.0.1"),
]


def write_files(tmp_path, n_files=4, copies=50):
    paths = []
    for k in range(n_files):
        p = tmp_path / ("part-%d.csv" % k)
        lines = ["id,published,modified,note"]
        for i in range(copies):
            for j, (a, b) in enumerate(ROWS):
                lines.append('%d,"%s","%s",row %d' % (k * 10000 + i * 10 + j, a, b, j))
        p.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def single_process(paths, parser):
    frame = pd.concat([pd.read_csv(p, dtype=str) for p in paths], ignore_index=True)
    for col in ("published", "modified"):
        frame[col] = parser.iso_many(frame[col], now=NOW)
    return frame


def test_two_worker_cluster_matches_a_single_process(tmp_path):
    paths = write_files(tmp_path)
    parser = datenorm.Parser(locales="fr,en", order="DMY")
    want = single_process(paths, parser)
    assert want["published"].tolist()[:6] == ["2015-11-22", "2015-11-22T10:00:00+01:00",
                                              "2015-06-05", None, "2015-11-22T10:00:00+01:00",
                                              None]
    # Workers come from a fork server that imported pandas, dask and datenorm once, so
    # they start without importing them again each (spawn), and without forking this
    # process, whose threads (pytest's, the earlier tests') make a plain fork unsafe: it
    # hung once. They are two processes that get the task graph (and the pickled Parser)
    # over TCP from the scheduler.
    import multiprocessing
    import dask
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["pandas", "dask.dataframe", "distributed", "datenorm"])
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        workers = set(client.run(os.getpid).values())
        assert len(workers) == 2 and os.getpid() not in workers
        frame = dd.read_csv(os.path.join(str(tmp_path), "part-*.csv"), dtype=str)
        assert frame.npartitions == 4
        out = datenorm.dask.convert(frame, ["published", "modified"], parser=parser, now=NOW)
        pids = set(frame.map_partitions(lambda df: pd.Series([os.getpid()]), meta=(None, int))
                   .compute().tolist())
        got = out.compute().reset_index(drop=True)
    assert pids <= workers  # the partitions ran in the workers, not here
    pd.testing.assert_frame_equal(got, want)


def test_convert_on_pandas_and_options():
    frame = pd.DataFrame({"d": ["22 Novembre 2015", None, "hier"], "x": [1, 2, 3]})
    out = datenorm.dask.convert(frame, "d", now=NOW, suffix="_iso")
    assert list(out.columns) == ["d", "d_iso", "x"]
    assert out["d_iso"].tolist() == ["2015-11-22", None, "2026-11-25"]
    assert out["d"].tolist() == frame["d"].tolist()
    dates = datenorm.dask.convert(frame, ["d"], now=NOW, style="datetime")
    assert dates["d"].tolist()[0] == "2015-11-22T00:00:00"
    with pytest.raises(KeyError, match="no such column: 'nope'"):
        datenorm.dask.convert(frame, ["nope"])
