#!/usr/bin/env python3
"""Benchmarks of the Python binding (not run by make check; timings mean nothing under
load, so compare ratios within one run):

1. Parser.iso_many over bench's corpus, lines per CPU-second, against the C library's
   own rate on the same lines (bench/bench_lines, in the same run): the goal is at least
   half.
2. `import datenorm` plus a first parse, in a fresh interpreter (median of 20): the goal
   is under 50 ms (the interpreter's own start-up is reported apart).
3. Memory over a million Parser.parse calls, each with a different `now`: peak RSS after
   10,000 calls and after 1,000,000 (flat: the same).

Usage, from a configured build tree with `make` and `make bench` done:
    PYTHONPATH=python/stage /usr/bin/python3 SRCDIR/bench/python-bench.py CORPUS [N]
CORPUS is bench/gen_lines' output (bench/gen_lines 1000000 1 > corpus); N lines of it
(default: all) are used for 1.
"""
import os
import resource
import statistics
import subprocess
import sys
import time

import datenorm


def iso_many_rate(lines, runs=3):
    p = datenorm.Parser()
    best = []
    for _ in range(runs):
        t = time.process_time()
        out = p.iso_many(lines, now="2026-11-26T12:00:00Z")
        best.append(len(lines) / (time.process_time() - t))
    found = sum(1 for o in out if o is not None)
    return statistics.median(best), found


def c_rate(corpus):
    exe = os.path.join("bench", "bench_lines")
    if not os.path.exists(exe):
        return None
    out = subprocess.run([exe, corpus], capture_output=True, text=True).stdout
    return out.strip()


def startup():
    code = ("import time; c = time.process_time(); t = time.perf_counter(); import datenorm; "
            "datenorm.iso('22 Novembre 2015'); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    inner, cpu, outer = [], [], []
    for _ in range(20):
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
        outer.append(time.perf_counter() - t)
        wall, c = map(float, r.stdout.split())
        inner.append(wall)
        cpu.append(c)
    t0 = []
    for _ in range(20):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        t0.append(time.perf_counter() - t)
    return (statistics.median(inner), statistics.median(cpu), statistics.median(outer),
            statistics.median(t0))


def memory(total=1_000_000):
    p = datenorm.Parser()
    texts = ["il y a %d jours" % (i % 30) for i in range(97)] + ["22 Novembre 2015",
                                                                "vor 2 Stunden", "14 December"]
    base = 1_795_694_400
    rss = {}
    for i in range(total):
        d = p.parse(texts[i % len(texts)], now=base + i * 61)
        if d is not None:
            d.iso
        if i + 1 in (10_000, total):
            rss[i + 1] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return rss


def main():
    sys.stdout.reconfigure(line_buffering=True)
    if sys.argv[1:] == ["--memory"]:  # in a process of its own: peak RSS is per process
        rss = memory()
        print("peak RSS over parse calls with a different now each: %s" %
              ", ".join("%d calls %.1f MB" % kv for kv in sorted(rss.items())))
        return
    corpus = sys.argv[1]
    # the memory run and the C library first, before this process holds the corpus (a
    # child's peak RSS starts from its parent's)
    subprocess.run([sys.executable, __file__, "--memory"], check=True)
    print("C library (bench/bench_lines, all lines of the corpus):\n%s" % c_rate(corpus))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with open(corpus, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = lines[:n] if n else lines
    rate, found = iso_many_rate(lines)
    print("iso_many: %d lines, %d dates, %.0f lines per CPU-second" % (len(lines), found, rate))
    inner, cpu, outer, bare = startup()
    print("import datenorm + first parse: %.1f ms wall, %.1f ms CPU (medians of 20); whole "
          "process %.1f ms, of which the interpreter alone %.1f ms"
          % (inner * 1e3, cpu * 1e3, outer * 1e3, bare * 1e3))



if __name__ == "__main__":
    main()
