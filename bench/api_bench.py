"""Load benchmark of the HTTP API (`python -m bench.api_bench [--docs 10000]`).

Builds a synthetic corpus (bench/corpus_bench.py's clones of the seeds) in a fresh SQLite file, starts
`kehoach serve` on it in a second process on 127.0.0.1, and from this process:
- sends a bounded number of requests (`--requests`, with `--clients` at a time, within `--seconds`) to the
  obligations and graph endpoints, the agency or key varying, and prints p50/p99 latency and requests/s;
- uploads 200 new plans at once (plus 50 repeats of them), waits for every job, and checks that each plan is
  stored exactly once and none is lost.
Traffic goes to the loopback address only; every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
AGENCIES = ["Công an tỉnh", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân cấp huyện", "Sở Tài chính",
            "Sở Giáo dục và Đào tạo", "Các sở, ban, ngành tỉnh", "Sở Thông tin và Truyền thông"]
KEYS = ["36-CT/TW", "25/CT-TTg", "93/NQ-CP", "132-KL/TW", "291/QĐ-TTg", "140/QĐ-TTg"]


def build(db_url: str, docs: int, seed: int) -> float:
    from bench.corpus_bench import Cloner, load_seeds
    from corpus import store
    from corpus.db import Database

    db = Database.open(db_url)
    cloner = Cloner(load_seeds(), random.Random(seed))
    t = time.perf_counter()
    for i in range(docs):
        src, result, name, _, _ = cloner.clone(i)
        with db.writer() as s:
            store.ingest(s, result, src, source_name=name)
    rate = docs / (time.perf_counter() - t)
    db.close()
    return rate


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db_url: str, port: int, processes: int = 1) -> subprocess.Popen:
    env = dict(os.environ, KEHOACH_API_KEY=KEY)
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--db", db_url, "--port", str(port), "--workers", "2",
                             "--processes", str(processes)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the service did not start")


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and all its descendants so far (Linux /proc; 0 elsewhere)."""
    try:
        parent = {int(p.name): int(f[1]) for p in Path("/proc").iterdir() if p.name.isdigit() and len(f := _stat(int(p.name))) > 1}
    except OSError:
        return 0.0
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {c for c, pp in parent.items() if pp in frontier and c not in tree}
        tree |= frontier
    return sum(int(f[11]) + int(f[12]) for f in map(_stat, tree) if len(f) > 12) / os.sysconf("SC_CLK_TCK")


def _settle(pid: int, seconds: float = 60, step: float = 0.5, quiet: float = 0.05) -> float:
    """Wait until the service is done starting: it answers /health before its extraction sandboxes (children that
    load the extractor, seconds of CPU each) are ready, and timing the first target while they start measured them.
    Returns the seconds waited (bounded)."""
    t0 = time.monotonic()
    last = _tree_cpu(pid)
    while time.monotonic() - t0 < seconds:
        time.sleep(step)
        now = _tree_cpu(pid)
        if now - last < quiet * step * 2:
            break
        last = now
    return time.monotonic() - t0


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _stat(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _cpu_seconds(pid: int, children: bool = False) -> float:
    """User + system CPU time of a process so far, and with `children` of its children (`--processes N`: the uvicorn
    workers answer the requests; never the extraction sandboxes, which start while the first target is timed, and
    are the service's children with one process, its grandchildren with several) (Linux /proc; 0 elsewhere)."""
    pids = [pid]
    if children:
        try:
            pids += [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _stat(int(p.name))[1:2] == [str(pid)]]
        except OSError:
            pass
    total = 0
    for p in pids:
        fields = _stat(p)
        if len(fields) > 12:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load(base: str, requests: int, clients: int, seconds: float, server_pid: int | None = None, processes: int = 1) -> dict:
    """Times each target; returns {label: (p50 ms, p99 ms, server CPU ms per request)}."""
    import httpx

    rng = random.Random(7)
    targets = {
        "obligations": lambda: f"/agencies/{rng.choice(AGENCIES)}/obligations?limit=50",
        "graph depth 2": lambda: f"/graph?key={rng.choice(KEYS)}&depth=2&direction=cited_by",
    }
    out = {}
    for label, make in targets.items():
        urls = [make() for _ in range(requests)]
        latencies: list[float] = []
        slow: list[tuple[float, float, str]] = []     # (latency, when it was sent after the start, url)
        errors = 0
        deadline = time.monotonic() + seconds
        with httpx.Client(base_url=base, timeout=30) as client:
            client.get(urls[0])  # warm up

            def one(url: str) -> None:
                nonlocal errors
                if time.monotonic() > deadline:
                    return
                t = time.perf_counter()
                r = client.get(url)
                latencies.append(time.perf_counter() - t)
                slow.append((latencies[-1], t - t0, url))
                if r.status_code >= 400:
                    errors += 1

            cpu0 = _cpu_seconds(server_pid, processes > 1) if server_pid else 0.0
            t0 = time.perf_counter()
            gc.collect()
            gc.freeze()     # the client's own collections are no part of the service's latency (a full one stalled
            with ThreadPoolExecutor(max_workers=clients) as pool:     # every request in flight, some 50 ms)
                list(pool.map(one, urls))
            gc.unfreeze()
            wall = time.perf_counter() - t0
            cpu = (_cpu_seconds(server_pid, processes > 1) - cpu0) if server_pid else 0.0
        p50, p99 = 1000 * statistics.median(latencies), 1000 * _pct(latencies, 0.99)
        per = 1000 * cpu / max(1, len(latencies))
        out[label] = (p50, p99, per)
        print(f"  {label:14} {len(latencies)} requests, {clients} clients: p50 {p50:6.1f} ms, p99 {p99:6.1f} ms, "
              f"{len(latencies) / wall:6.1f} requests/s, {errors} errors; service CPU {per:5.1f} ms/request")
        print("    slowest: " + "; ".join(f"{1000 * lat:.0f} ms sent at {1000 * at:.0f} ms ({url.split('?')[0].split('/')[-2 if 'agencies' in url else -1] if 'agencies' in url else url.split('key=')[1].split('&')[0]})"
                                       for lat, at, url in sorted(slow, reverse=True)[:6]))
    return out


def uploads(base: str, n: int = 200, repeats: int = 50, clients: int = 16, timeout: float = 900) -> None:
    import httpx

    seeds = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
    files = [(f"upload_{i:03d}.txt", seeds[i % len(seeds)].read_bytes() + f"\nbản tải lên {i}\n".encode()) for i in range(n)]
    batch = files + files[:repeats]
    random.Random(3).shuffle(batch)
    with httpx.Client(base_url=base, timeout=120, headers={"X-API-Key": KEY}) as client:
        before = client.get("/documents", params={"limit": 1, "all_versions": "true"}).json()["count"]
        t0 = time.perf_counter()

        def post(item):
            name, data = item
            r = client.post("/documents", files={"file": (name, data, "text/plain")})
            return name, r.status_code, r.json()

        with ThreadPoolExecutor(max_workers=clients) as pool:
            answers = list(pool.map(post, batch))
        jobs = [a[2]["job"]["id"] for a in answers if a[1] == 202]
        end = time.monotonic() + timeout
        states: dict[str, dict] = {}
        while time.monotonic() < end and len(states) < len(jobs):
            for j in jobs:
                if j not in states:
                    s = client.get(f"/jobs/{j}").json()
                    if s["state"] in ("done", "failed"):
                        states[j] = s
            time.sleep(0.5)
        wall = time.perf_counter() - t0
        after = client.get("/documents", params={"limit": 1, "all_versions": "true"}).json()["count"]
        ids = {s["document_id"] for s in states.values() if s["state"] == "done"}
        failed = [s for s in states.values() if s["state"] != "done"]
    print(f"  uploads: {len(batch)} posted ({n} distinct, {repeats} repeats) with {clients} clients; "
          f"{sum(1 for a in answers if a[1] == 202)} accepted (202), {sum(1 for a in answers if a[1] == 200)} already stored (200); "
          f"{len(states)}/{len(jobs)} jobs finished, {len(failed)} failed, in {wall:.1f} s")
    # every stored row (`all_versions`): the uploads are copies of the seeds with a line added, so they are versions of
    # one another (and of the synthetic plans with the same number), and the listing of documents counts each once
    print(f"  stored rows: {before} -> {after} (+{after - before}, expected +{n}); distinct document ids of the jobs: {len(ids)}")
    if after - before != n or len(ids) != n or failed:
        raise SystemExit("uploads: some plan was lost or stored twice")


def _stored(db_url: str) -> int:
    from sqlalchemy import func, select

    from corpus.db import Database
    from models.tables import Document

    db = Database.open(db_url)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Document)) or 0
    finally:
        db.close()


def _load_avg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def run(db_url: str, args) -> None:
    have = _stored(db_url) if args.reuse else 0
    if args.reuse and have >= args.docs:
        print(f"corpus: reusing {db_url} ({have} documents)")
    else:
        if have:
            raise SystemExit(f"{db_url} holds {have} documents, fewer than --docs {args.docs}: give a new database")
        rate = build(db_url, args.docs, args.seed)
        print(f"corpus: {args.docs} synthetic plans stored at {rate:.1f} documents/s")
    port = _free_port()
    proc = _serve(db_url, port, args.processes)
    try:
        base = f"http://127.0.0.1:{port}"
        print(f"service: started; {_settle(proc.pid):.1f} s more until its extraction sandboxes were ready")
        print(f"service: {args.processes} process(es); load average before: {_load_avg()} ({os.cpu_count()} cores)")
        load(base, args.requests, args.clients, args.seconds, proc.pid, args.processes)
        print(f"load average after: {_load_avg()}")
        if not args.no_uploads:
            uploads(base)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file in a temporary folder); "
                                               "PostgreSQL works too (give an empty database, or one built before with --reuse)")
    ap.add_argument("--reuse", action="store_true", help="use the corpus already in --db when it holds --docs documents "
                                                         "(build it once, time it many times)")
    ap.add_argument("--processes", type=int, default=1, help="service processes (kehoach serve --processes)")
    ap.add_argument("--no-uploads", action="store_true", help="only time the queries (the upload check adds 200 plans)")
    args = ap.parse_args(argv)
    if args.db:
        run(args.db, args)
        return
    with tempfile.TemporaryDirectory(prefix="kehoach-api-bench-") as tmp:
        run(f"sqlite:///{tmp}/kehoach.db", args)


if __name__ == "__main__":
    main()
