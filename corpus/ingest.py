"""Files and folders -> jobs -> stored documents: `kehoach ingest`, a backfill that can be interrupted and resumed.

`ingest_paths(db, paths, config, progress=...)` walks folders for plan files and makes one job per file
(corpus.jobs), remembering the file's path, size and modification time. A file whose job has finished
(stored, or failed with a reason) is not done again when the same backfill is run again after an
interruption; `retry_failed` runs the failed ones again, `force` extracts everything again. Jobs run in
sandboxes on `config.workers` threads of this process, or on Celery workers (`config.mode == "celery"`),
and `progress(outcome, BackfillStatus)` is told after each file: throughput, failures by reason, time left.
"""
from __future__ import annotations

import os
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from . import jobs
from .db import Database
from .queue import QueueConfig
from .records import _Record
from .runjob import dead_here, run_until_finished, worker_name

#: What a folder is searched for (files given by name are always tried: the reader decides by content).
PLAN_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".pdf", ".docx", ".doc", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})
#: How often a backfill on Celery looks at its jobs.
POLL_SECONDS = 0.5

FileStatus = Literal["stored", "replaced", "unchanged", "unreadable", "failed"]


@dataclass(frozen=True)
class FileOutcome(_Record):
    path: str
    source_name: str
    status: FileStatus
    document_id: int | None = None
    error: str | None = None
    reason: str | None = None          # failures: unreadable, time limit, memory limit, crashed, missing ...
    resumed: bool = False              # finished by an earlier run of the backfill, not done again
    pages: int | None = None

    @property
    def failed(self) -> bool:
        return self.status in ("unreadable", "failed")


@dataclass(frozen=True)
class BackfillStatus(_Record):
    """Where a backfill stands: what `kehoach ingest` prints as it goes."""

    total: int
    done: int                           # files finished in this run or an earlier one
    resumed: int                        # ... of which finished by an earlier run
    pages: int                          # pages read by this run
    elapsed: float                      # seconds since this run started
    failures: dict[str, int] = field(default_factory=dict)   # reason -> files

    @property
    def files_per_second(self) -> float:
        worked = self.done - self.resumed
        return worked / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        rate = self.files_per_second
        left = self.total - self.done
        return left / rate if rate > 0 else (0.0 if left == 0 else None)

    def line(self) -> str:
        eta = self.eta_seconds
        parts = [f"{self.done}/{self.total} files", f"{self.files_per_second:.2f} files/s", f"{self.pages_per_second:.1f} pages/s",
                 "time left " + (_duration(eta) if eta is not None else "unknown")]
        if self.resumed:
            parts.append(f"{self.resumed} done before")
        if self.failures:
            parts.append("failed: " + ", ".join(f"{n} {r}" for r, n in sorted(self.failures.items(), key=lambda x: -x[1])))
        return " · ".join(parts)


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s" if m else f"{s}s"


@dataclass(frozen=True)
class IngestReport(_Record):
    files: tuple[FileOutcome, ...]
    status: BackfillStatus | None = None

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.failed)

    def failures_by_reason(self) -> dict[str, int]:
        return dict(Counter(f.reason or "error" for f in self.failures))

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("stored", "replaced", "unchanged") if self.count(s)]
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return f"{len(self.files)} file(s): " + (", ".join(parts) or "nothing to do")


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the plan files under each folder (sorted, hidden files skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PLAN_SUFFIXES
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _outcome(path: str, job: jobs.JobInfo, resumed: bool = False) -> FileOutcome:
    if job.state == "done":   # what an earlier run stored is "unchanged" by this one
        status = "unchanged" if resumed else job.outcome or "unchanged"
        return FileOutcome(path, job.name, status, job.document_id, resumed=resumed, pages=job.pages)
    status: FileStatus = "unreadable" if job.reason == "unreadable" else "failed"
    error = job.error or "failed"
    if not error.startswith(path):   # the sandbox's own failures (limits, crashes) do not name the file
        error = f"{path}: {error}"
    return FileOutcome(path, job.name, status, job.document_id, error, job.reason or "error", resumed, job.pages)


class _Plan:
    """Which files need a job in this run, and which were finished by an earlier one."""

    def __init__(self, db: Database, files: list[Path], *, force: bool, retry_failed: bool, batch: str):
        self.outcomes: dict[int, FileOutcome] = {}    # file index -> outcome known already
        self.todo: dict[int, str] = {}                # file index -> job id to run
        stats: dict[int, os.stat_result] = {}
        for i, f in enumerate(files):
            try:
                st = f.stat()
            except FileNotFoundError:
                self.outcomes[i] = FileOutcome(str(f), f.name, "failed", error=f"{f}: no such file", reason="missing")
                continue
            except OSError as e:
                self.outcomes[i] = FileOutcome(str(f), f.name, "failed", error=f"{f}: cannot read ({e.strerror})", reason="missing")
                continue
            if not f.is_file():
                self.outcomes[i] = FileOutcome(str(f), f.name, "failed", error=f"{f}: is not a file", reason="missing")
                continue
            stats[i] = st
        keys = {i: (str(files[i].resolve()), st.st_size, st.st_mtime_ns) for i, st in stats.items()}
        with db.session() as s:
            marks = jobs.file_marks(s, keys.values())
            found = {j.id: j for j in jobs.many(s, [m.job_id for m in marks.values()])}
        for i, (path, size, mtime) in keys.items():
            mark = marks.get(path)
            job = found.get(mark.job_id) if mark else None
            if job is not None and not force:
                if job.state == "done" or (job.state == "failed" and not retry_failed):
                    self.outcomes[i] = _outcome(str(files[i]), job, resumed=True)
                    continue
                if job.state in ("queued", "running"):        # left by an interrupted run: take it over
                    if job.state == "running" and dead_here(job.worker):
                        db.write(lambda s, j=job: jobs.requeue(s, j.id, j.worker))
                    self.todo[i] = job.id
                    continue
            new = db.write(lambda s, p=path, n=files[i].name, sz=size, mt=mtime:
                           jobs.create(s, n, path=p, size=sz, mtime_ns=mt, batch=batch, force=force))
            self.todo[i] = new.id


class _Tally:
    """Outcomes as they arrive, and the BackfillStatus after each."""

    def __init__(self, total: int, progress: Callable[[FileOutcome, BackfillStatus], None] | None):
        self.total, self.progress = total, progress
        self.start = time.monotonic()
        self.outcomes: dict[int, FileOutcome] = {}
        self.pages = 0
        self._lock = threading.Lock()

    def status(self) -> BackfillStatus:
        done = list(self.outcomes.values())
        return BackfillStatus(self.total, len(done), sum(1 for o in done if o.resumed), self.pages,
                              time.monotonic() - self.start, dict(Counter(o.reason or "error" for o in done if o.failed)))

    def add(self, i: int, outcome: FileOutcome) -> None:
        with self._lock:
            self.outcomes[i] = outcome
            if not outcome.resumed:
                self.pages += outcome.pages or 0
            status = self.status()
        if self.progress:
            self.progress(outcome, status)


def ingest_paths(db: Database, paths: Iterable[Path], config: QueueConfig = QueueConfig(), *, force: bool = False,
                 retry_failed: bool = False, sandbox=None,
                 progress: Callable[[FileOutcome, BackfillStatus], None] | None = None,
                 on_start: Callable[[int], None] | None = None) -> IngestReport:
    """Ingest every file under `paths` (see the module's text); the report lists them in the order given."""
    files = collect_files(paths)
    if on_start:
        on_start(len(files))
    tally = _Tally(len(files), progress)
    plan = _Plan(db, files, force=force, retry_failed=retry_failed, batch=uuid.uuid4().hex)
    for i, o in sorted(plan.outcomes.items()):
        tally.add(i, o)
    if plan.todo:
        if config.mode == "celery":
            _run_on_celery(db, files, plan.todo, config, tally)
        else:
            _run_here(db, files, plan.todo, config, tally, sandbox)
    return IngestReport(tuple(tally.outcomes[i] for i in sorted(tally.outcomes)), tally.status())


class _LazyPool:
    """Sandboxes started on the first file that needs extracting (a re-run that finds everything stored
    starts none), no more of them than there are files."""

    def __init__(self, size: int, config: QueueConfig):
        self.size, self.config = size, config
        self._pool = None
        self._lock = threading.Lock()

    def extract(self, data: bytes, name: str, *, source_name: str | None = None):
        with self._lock:
            if self._pool is None:
                from extractor.sandbox import SandboxPool

                self._pool = SandboxPool(self.size, self.config.limits, pdf_settings=self.config.pdf_settings)
        return self._pool.extract(data, name, source_name=source_name)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


def _run_here(db: Database, files: list[Path], todo: dict[int, str], config: QueueConfig, tally: _Tally, sandbox) -> None:
    own = sandbox is None
    if own:
        sandbox = _LazyPool(max(1, min(config.workers, len(todo))), config)
    me = worker_name()

    def one(i: int, job_id: str) -> None:
        run_until_finished(db, job_id, sandbox, worker=me, stale_after=config.stale_after, heartbeat=config.heartbeat)
        with db.session() as s:
            job = jobs.get(s, job_id)
        tally.add(i, _outcome(str(files[i]), job))

    try:
        with ThreadPoolExecutor(max_workers=max(1, config.workers), thread_name_prefix="kehoach-ingest") as pool:
            for f in [pool.submit(one, i, j) for i, j in sorted(todo.items())]:
                f.result()
    finally:
        if own:
            sandbox.close()


def _run_on_celery(db: Database, files: list[Path], todo: dict[int, str], config: QueueConfig, tally: _Tally) -> None:
    from .queue import CeleryQueue

    queue = CeleryQueue(db, config)
    try:
        for i, job_id in sorted(todo.items()):
            queue.dispatch(job_id)  # a job already running is claimed once its worker is gone
        waiting = {j: i for i, j in todo.items()}
        while waiting:
            time.sleep(POLL_SECONDS)
            with db.session() as s:
                finished = [j for j in jobs.many(s, list(waiting)) if j.is_finished]
            for job in finished:
                i = waiting.pop(job.id)
                tally.add(i, _outcome(str(files[i]), job))
    finally:
        queue.close()
