"""Benchmark: extraction speed and memory over plan files (`kehoach bench extract`).

Prints, per file, the median and p90 wall time of `Extractor.extract` once
warm (one core: the extractor is single-threaded), then documents per
second over all files and the peak resident memory of the process.
"""
from __future__ import annotations

import resource
import statistics
import time
from pathlib import Path


def run(files: list[Path], repeat: int = 20) -> None:
    from extractor.pipeline import Extractor
    from extractor.read import read_file

    t0 = time.perf_counter()
    ex = Extractor()
    load_s = time.perf_counter() - t0
    texts = [(f, read_file(f).text) for f in files]
    for _, raw in texts:  # warm up caches and lazily compiled patterns
        ex.extract(raw)
    print(f"pipeline load: {load_s * 1000:.0f} ms; {len(texts)} file(s), {repeat} timed runs each")
    print(f"{'file':40} {'KB':>6} {'median ms':>10} {'p90 ms':>8} {'tasks':>6} {'cites':>6}")
    total_time = 0.0
    total_docs = 0
    for f, raw in texts:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            r = ex.extract(raw)
            times.append(time.perf_counter() - t)
        total_time += sum(times)
        total_docs += len(times)
        times.sort()
        p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
        print(f"{f.name[:40]:40} {len(raw.encode()) / 1024:6.1f} {statistics.median(times) * 1000:10.1f} {p90 * 1000:8.1f} "
              f"{len(r.assignments):6d} {len(r.citations):6d}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"throughput: {total_docs / total_time:.1f} documents/s on one core")
    print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB")
