"""Run one ingestion job: claim it, extract its file in a sandbox, store the results and the outcome together.

`run_job(db, job_id, sandbox, worker=...)` is what every queue runs: the service's own thread pool, a Celery
worker, and `kehoach ingest`. It is idempotent: a job already finished, or claimed by a live worker, is left
alone, and storing is idempotent by the file's sha256, so a job run twice (a message redelivered after its
worker died) still stores its document once. The extraction runs in a child process with limits
(extractor.sandbox); whatever the file does there, this process records a reason and goes on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from extractor import __version__ as EXTRACTOR_VERSION
from extractor.sandbox import ExtractionFailed

from . import jobs, store
from .db import Database
from .settings import HEARTBEAT_SECONDS

#: How often a running job's worker says it is alive (jobs.STALE_AFTER is several of these).
HEARTBEAT_EVERY = dt.timedelta(seconds=HEARTBEAT_SECONDS)  # corpus.settings


def worker_name() -> str:
    """host:pid, so that a job says which process on which machine runs it."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def dead_here(worker: str | None) -> bool:
    """A worker of this machine whose process is gone (a service or backfill killed before its job finished)."""
    if not worker or ":" not in worker:
        return False
    host, _, pid = worker.rpartition(":")
    return host == socket.gethostname() and pid.isdigit() and not _pid_alive(int(pid))


@dataclass(frozen=True)
class RunOutcome:
    job_id: str
    claim: jobs.ClaimResult
    state: str | None = None          # the job's state when this run ended (None when not claimed)


class _Heartbeat:
    """Beats for the job in a background thread while the extraction runs."""

    def __init__(self, db: Database, job_id: str, worker: str, every: dt.timedelta):
        self.db, self.job_id, self.worker, self.every = db, job_id, worker, every.total_seconds()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"kehoach-beat-{job_id[:8]}", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.db.write(lambda s: jobs.beat(s, self.job_id, self.worker))
            except Exception:  # a missed beat is not fatal: the next one may get through
                continue

    def __enter__(self) -> "_Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _read(db: Database, job: jobs.JobInfo) -> bytes:
    if job.path is None:
        with db.session() as s:
            data = jobs.payload(s, job.id)
        if data is None:
            raise ExtractionFailed("missing", "the uploaded bytes of this job are gone")
        return data
    try:
        return Path(job.path).read_bytes()
    except FileNotFoundError:
        raise ExtractionFailed("missing", f"{job.path}: no such file") from None
    except IsADirectoryError:
        raise ExtractionFailed("missing", f"{job.path}: is a directory") from None
    except OSError as e:
        raise ExtractionFailed("missing", f"{job.path}: cannot read ({e.strerror})") from None


def run_job(db: Database, job_id: str, sandbox, *, worker: str | None = None,
            stale_after: dt.timedelta = jobs.STALE_AFTER, heartbeat: dt.timedelta = HEARTBEAT_EVERY) -> RunOutcome:
    """Claim the job and run it to its end (done or failed); `sandbox.extract(data, name, source_name=...)` does the
    extraction (`name`, in the reader's messages, is a file job's path)."""
    worker = worker or worker_name()
    claimed = db.write(lambda s: jobs.claim(s, job_id, worker, stale_after=stale_after))
    if claimed != "claimed":
        return RunOutcome(job_id, claimed)
    with db.session() as s:
        job = jobs.get(s, job_id)
    assert job is not None
    with _Heartbeat(db, job_id, worker, heartbeat):
        data = None
        try:
            data = _read(db, job)
            if not job.force and _already_stored(db, job, data):
                return RunOutcome(job_id, claimed, "done")
            db.write(lambda s: jobs.beat(s, job_id, worker, "extracting", 0.3))
            extracted = sandbox.extract(data, job.path or job.name, source_name=job.name)
            db.write(lambda s: jobs.beat(s, job_id, worker, "storing", 0.8))

            def done(s, out) -> None:
                jobs.finish(s, job_id, "done", outcome=out.status, document_id=out.document_id,
                            pages=extracted.source.pages, seconds=extracted.seconds)

            db.write(lambda s: store.ingest(s, extracted.result, extracted.source, source_name=job.name, force=job.force,
                                            then=done))
            return RunOutcome(job_id, claimed, "done")
        except ExtractionFailed as e:
            _fail(db, job, e, data)
        except Exception as e:  # a bug or a database failure: the job says so; the worker goes on
            _fail(db, job, ExtractionFailed("error", f"{type(e).__name__}: {e}"), None)
    return RunOutcome(job_id, claimed, "failed")


def _already_stored(db: Database, job: jobs.JobInfo, data: bytes) -> bool:
    """The same bytes are stored by this extractor version: the job is done ("unchanged") without extracting."""
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        known = store.find_by_sha(s, sha)
    if known is None or known.extractor_version != EXTRACTOR_VERSION:
        return False

    if known.status == store.STATUS_UNREADABLE:
        db.write(lambda s: jobs.finish_now(s, job.id, "failed", reason="unreadable", error=known.error, document_id=known.id))
    else:
        db.write(lambda s: jobs.finish_now(s, job.id, "done", outcome="unchanged", document_id=known.id, pages=known.pages))
    return True


def _fail(db: Database, job: jobs.JobInfo, e: ExtractionFailed, data: bytes | None) -> None:
    """A file the reader cannot read is kept (status unreadable, with the reason), so that a later reader can try
    again; any other failure (limits, crashes) is recorded on the job only."""
    def kept(s, out) -> None:
        jobs.finish(s, job.id, "failed", reason=e.reason, error=e.detail, document_id=out.document_id)

    if e.reason == "unreadable" and data is not None:
        db.write(lambda s: store.store_unreadable(s, data, job.name, e.detail, then=kept))
    else:
        db.write(lambda s: jobs.finish_now(s, job.id, "failed", reason=e.reason, error=e.detail))


def run_until_finished(db: Database, job_id: str, sandbox, *, worker: str | None = None,
                       stale_after: dt.timedelta = jobs.STALE_AFTER, heartbeat: dt.timedelta = HEARTBEAT_EVERY) -> RunOutcome:
    """run_job, and when another process holds the job, wait for it: take the job over as soon as that process
    is known to be dead (same machine, pid gone) or has gone silent, else until it has finished the job."""
    while True:
        out = run_job(db, job_id, sandbox, worker=worker, stale_after=stale_after, heartbeat=heartbeat)
        if out.claim != "busy":
            return out
        with db.session() as s:
            job = jobs.get(s, job_id)
        if job is not None and job.state == "running" and dead_here(job.worker):
            db.write(lambda s: jobs.requeue(s, job_id, job.worker))
            continue
        time.sleep(min(1.0, heartbeat.total_seconds()))
