"""Benchmark: what the extraction sandbox costs (`python -m bench.sandbox_bench [--rounds 20]`).

Prints the child's start-up (cold: from Sandbox() to ready, as the caller waits for it; and the child's own
warm-up) and, for each of the five seeds, the median milliseconds per document of reading and extracting
in-process (extractor.read.read_bytes + Extractor.extract_source) and through Sandbox.extract (the same work in
the child, plus sending the bytes and receiving the pickled SourceText and PlanResult), and of the latter the
part spent outside the child's own reading and extracting (the transfer: pickling, the socket, unpickling).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"


def _median_ms(fn, rounds: int) -> tuple[float, float]:
    """Median milliseconds of fn(), and median milliseconds outside the child's own work (fn() -> Extracted)."""
    times, outside = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
        outside.append(times[-1] - getattr(out, "seconds", times[-1]))
    return statistics.median(times) * 1000, statistics.median(outside) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="extractions of each seed per way (median reported)")
    args = parser.parse_args(argv)

    from extractor.pipeline import Extractor
    from extractor.read import read_bytes
    from extractor.sandbox import Sandbox

    start = time.perf_counter()
    box = Sandbox()
    warm = box.ready()
    cold = time.perf_counter() - start
    print(f"child start-up: {cold:.2f} s from Sandbox() to ready ({warm:.2f} s of it the child's warm-up)")
    extractor = Extractor()
    seeds = sorted(SEEDS.glob("*.txt"))
    print(f"{'seed':<28} {'in-process ms':>14} {'sandbox ms':>11} {'difference':>11} {'transfer ms':>12}")
    totals = [0.0, 0.0, 0.0]
    with box:
        for seed in seeds:
            data = seed.read_bytes()
            inproc, _ = _median_ms(lambda: extractor.extract_source(read_bytes(data, seed.name), source_name=seed.name),
                                   args.rounds)
            boxed, transfer = _median_ms(lambda: box.extract(data, seed.name), args.rounds)
            for i, v in enumerate((inproc, boxed, transfer)):
                totals[i] += v
            print(f"{seed.name:<28} {inproc:>14.1f} {boxed:>11.1f} {boxed - inproc:>11.1f} {transfer:>12.1f}")
    n = len(seeds)
    mean = [t / n for t in totals]
    print(f"{'mean':<28} {mean[0]:>14.1f} {mean[1]:>11.1f} {mean[1] - mean[0]:>11.1f} {mean[2]:>12.1f}")


if __name__ == "__main__":
    main()
