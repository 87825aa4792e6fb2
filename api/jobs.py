"""Extraction jobs run by a worker pool inside the service process.

`JobRunner.submit(data, name)` returns a job id at once; a worker reads the file, extracts it and stores it
in one transaction (corpus.store.ingest). `JobRunner.get(id)` reports state (queued, running, done, failed),
progress, the document id, and on failure the reason.
"""
from __future__ import annotations

import datetime as dt
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from corpus.db import Database


@dataclass(frozen=True)
class Job:
    id: str
    name: str
    state: str                     # queued | running | done | failed
    progress: float                # 0..1
    stage: str                     # queued | reading | extracting | storing | done
    document_id: int | None = None
    outcome: str | None = None     # stored | replaced | unchanged
    error: str | None = None
    created: dt.datetime | None = None
    finished: dt.datetime | None = None


class JobRunner:
    def __init__(self, db: Database, workers: int = 2, pdf_settings=None):
        self.db = db
        self.pdf_settings = pdf_settings
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="kehoach-job")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._local = threading.local()

    def _extractor(self):
        ex = getattr(self._local, "extractor", None)
        if ex is None:
            from extractor.pipeline import Extractor

            ex = self._local.extractor = Extractor()
        return ex

    def _set(self, job_id: str, **changes) -> None:
        with self._lock:
            self._jobs[job_id] = replace(self._jobs[job_id], **changes)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def submit(self, data: bytes, name: str) -> Job:
        job = Job(uuid.uuid4().hex, name, "queued", 0.0, "queued", created=dt.datetime.now(dt.timezone.utc))
        with self._lock:
            self._jobs[job.id] = job
        self._pool.submit(self._run, job.id, data, name)
        return job

    def _run(self, job_id: str, data: bytes, name: str) -> None:
        from corpus import store
        from extractor.read import UnreadableFile, read_bytes

        try:
            self._set(job_id, state="running", stage="reading", progress=0.1)
            try:
                src = read_bytes(data, name, pdf_settings=self.pdf_settings)
            except UnreadableFile as e:
                reason = str(e)
                with self.db.writer() as s:
                    out = store.store_unreadable(s, data, name, reason)
                self._set(job_id, state="failed", stage="done", progress=1.0, error=reason, document_id=out.document_id,
                          finished=dt.datetime.now(dt.timezone.utc))
                return
            self._set(job_id, stage="extracting", progress=0.4)
            result = self._extractor().extract_source(src, source_name=name)
            self._set(job_id, stage="storing", progress=0.8)
            with self.db.writer() as s:
                out = store.ingest(s, result, src, source_name=name)
            self._set(job_id, state="done", stage="done", progress=1.0, document_id=out.document_id, outcome=out.status,
                      finished=dt.datetime.now(dt.timezone.utc))
        except Exception as e:  # the job fails with a reason; the service goes on
            self._set(job_id, state="failed", stage="done", progress=1.0, error=f"{type(e).__name__}: {e}",
                      finished=dt.datetime.now(dt.timezone.utc))

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Block until no job is queued or running (for tests and the sample-corpus start-up)."""
        import time

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                busy = any(j.state in ("queued", "running") for j in self._jobs.values())
            if not busy:
                return
            time.sleep(0.05)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
