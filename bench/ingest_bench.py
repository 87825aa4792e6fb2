"""Benchmark: ingestion throughput on 1, 2 and 4 Celery worker processes (`python -m bench.ingest_bench`).

For each worker count it starts that many `kehoach worker --concurrency 1` processes on a fresh database
(a PostgreSQL schema of --pg, else a SQLite file) and a Redis queue of its own, sends every file as a job,
and waits for the last to finish. Two corpora, both made from the sample plans (tests/fixturegen.py), every
file distinct so that each is really extracted:
- text-layer PDFs (the whole seed, with a line that makes each copy its own document);
- scanned PDFs (the first pages of a seed as 300 dpi images, OCR'd by tesseract).

Prints, per worker count: documents/s and pages/s, the scaling against one worker, and the peak memory
of one worker (the worker process with its sandbox child and the tesseract processes under it).
On a machine with C cores scaling stops near C workers; OCR already uses every core for one file.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

from bench.workers import start_worker, stop_all

ROOT = Path(__file__).resolve().parent.parent
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"


def make_corpus(out: Path, pdfs: int, scans: int, scan_pages: int, dpi: int) -> tuple[list[Path], list[Path]]:
    sys.path.insert(0, str(ROOT))
    import pypdfium2 as pdfium

    from tests.fixturegen import make_pdf, make_raster_pdf, plan_parts

    seeds = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    text_files, scan_files = [], []
    for i in range(pdfs):
        pdf = make_pdf(plan_parts(texts[i % len(texts)] + f"\nBản sao số {i + 1} để đo tốc độ.\n"))
        (out / f"text-{i:03d}.pdf").write_bytes(pdf)
        text_files.append(out / f"text-{i:03d}.pdf")
    for i in range(scans):
        whole = pdfium.PdfDocument(make_pdf(plan_parts(texts[i % len(texts)] + f"\nBản quét số {i + 1}.\n")))
        first = pdfium.PdfDocument.new()
        first.import_pages(whole, list(range(min(scan_pages, len(whole)))))
        import io

        buf = io.BytesIO()
        first.save(buf)
        (out / f"scan-{i:03d}.pdf").write_bytes(make_raster_pdf(buf.getvalue(), dpi))
        scan_files.append(out / f"scan-{i:03d}.pdf")
    return text_files, scan_files


def _pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(f.read_bytes())) for f in files)


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        todo += children.get(p, [])
    return total


class _Peak:
    """Samples the memory of each worker's process tree in the background; keeps the peak."""

    def __init__(self, pids: list[int]):
        self.pids, self.peak = pids, 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.peak = max([self.peak] + [_tree_rss(p) for p in self.pids])

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def _new_db(pg: str | None, tmp: Path) -> str:
    if pg is None:
        return f"sqlite:///{tmp / f'bench-{uuid.uuid4().hex[:6]}.db'}"
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(pg)
    schema = f"kehoach_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg}{'&' if '?' in pg else '?'}options={quote('-csearch_path=' + schema)}"


def _drop_db(url: str) -> None:
    if "search_path" not in url:
        return
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    schema = url.rsplit("%3D", 1)[1]
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def run_once(files: list[Path], workers: int, *, pg: str | None, broker: str, tmp: Path) -> tuple[float, int]:
    """Seconds from the first job sent to the last finished, and the peak memory of one worker."""
    from corpus import jobs
    from corpus.db import Database
    from corpus.queue import CeleryQueue, QueueConfig

    url = _new_db(pg, tmp)
    Database.open(url).close()
    queue_name = f"kehoach-bench-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "KEHOACH_DB_URL": url, "KEHOACH_BROKER_URL": broker, "KEHOACH_CELERY_QUEUE": queue_name,
           "KEHOACH_WORKERS": "1"}
    procs = [start_worker(env, f"bench{k}-{queue_name}") for k in range(workers)]
    db = Database.open(url)
    queue = CeleryQueue(db, QueueConfig(mode="celery", broker_url=broker, celery_queue=queue_name))
    try:
        # warm up: two small jobs per worker, so that every worker has its sandbox running before the clock starts
        seeds = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
        for k in range(workers * 2):
            queue.submit(seeds[k % len(seeds)].read_bytes() + f"\n{uuid.uuid4()}".encode(), f"warm-{k}.txt")
        _wait_idle(queue, 600)
        with _Peak([p.pid for p in procs]) as peak:
            t = time.perf_counter()
            ids = [queue.submit(f.read_bytes(), f.name).id for f in files]
            _wait_idle(queue, 3600)
            seconds = time.perf_counter() - t
        with db.session() as s:
            failed = [j for j in jobs.many(s, ids) if j.state != "done"]
        if failed:
            raise SystemExit(f"{len(failed)} jobs failed, e.g. {failed[0].reason}: {failed[0].error}")
        return seconds, peak.peak
    finally:
        queue.close()
        db.close()
        stop_all(procs)
        _drop_db(url)


def _wait_idle(queue, timeout: float) -> None:
    if not queue.wait_idle(timeout):
        raise SystemExit(f"jobs still running after {timeout} s")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", default="1,2,4", help="worker counts to measure")
    ap.add_argument("--pdfs", type=int, default=40, help="text-layer PDFs per run")
    ap.add_argument("--scans", type=int, default=8, help="scanned PDFs per run")
    ap.add_argument("--scan-pages", type=int, default=2, help="pages of each scanned PDF")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pg", default=PG_URL, help="PostgreSQL URL to make schemas in ('' for SQLite)")
    ap.add_argument("--broker", default=REDIS_URL)
    a = ap.parse_args(argv)
    counts = [int(x) for x in a.workers.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-ingest-bench-"))
    try:
        text_files, scan_files = make_corpus(tmp, a.pdfs, a.scans, a.scan_pages, a.dpi)
        corpora = [("text-layer PDFs", text_files), ("scanned PDFs (OCR)", scan_files)]
        print(f"{os.cpu_count()} cores; database {'PostgreSQL' if a.pg else 'SQLite'}; broker {a.broker}")
        for label, files in corpora:
            if not files:
                continue
            pages = _pages(files)
            print(f"\n{label}: {len(files)} files, {pages} pages")
            print(f"{'workers':>8} {'seconds':>8} {'docs/s':>8} {'pages/s':>8} {'s/page':>7} {'scaling':>8} {'MB/worker':>10}")
            base = None
            for n in counts:
                seconds, peak = run_once(files, n, pg=a.pg or None, broker=a.broker, tmp=tmp)
                rate = pages / seconds
                base = base or rate
                print(f"{n:>8} {seconds:>8.1f} {len(files) / seconds:>8.2f} {rate:>8.1f} {seconds / pages:>7.2f} "
                      f"{rate / base:>7.2f}x {peak / 2**20:>10.0f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
