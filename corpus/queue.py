"""Where ingestion jobs run: in this process (the default) or on Celery workers, with the same job state.

    queue = open_queue(db, QueueConfig(...))     # LocalQueue, or CeleryQueue when config.mode == "celery"
    job = queue.submit(data, "plan.pdf")          # a queued job, committed, then dispatched
    queue.get(job.id)                             # read from the database, whoever runs it

Both create the job row (and the upload's bytes) in the database before dispatching it, so a job survives the
process that accepted it: a LocalQueue started again picks up the jobs left unfinished, and on Celery a job
whose worker died is delivered again to another worker (jobs.claim decides who runs it).
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from extractor.sandbox import SandboxPool

from . import jobs
from .db import Database
from .queue_config import QueueConfig, QueueMode
from .runjob import run_until_finished

__all__ = ["CeleryQueue", "JobQueue", "LocalQueue", "QueueConfig", "QueueMode", "QueueUnavailable", "open_queue"]


class QueueUnavailable(Exception):
    """The job could not be handed to the workers (the broker is down); the job is failed with that reason."""


class JobQueue:
    """Submit jobs and read their state; subclasses say where jobs run."""

    def __init__(self, db: Database, config: QueueConfig):
        self.db, self.config = db, config
        self._mine: set[str] = set()
        self._lock = threading.Lock()

    def submit(self, data: bytes, name: str, *, force: bool = False) -> jobs.JobInfo:
        """A queued job for the upload, handed to the workers; QueueUnavailable when they cannot be reached (the job
        is then failed, "queue unavailable", and its bytes dropped: the caller may send the file again)."""
        job = self.db.write(lambda s: jobs.create(s, name, data=data, force=force))
        try:
            self.dispatch(job.id)
        except Exception as e:
            detail = f"the job queue cannot be reached ({type(e).__name__}: {e})"
            self.db.write(lambda s: jobs.finish_now(s, job.id, "failed", reason="queue unavailable", error=detail))
            raise QueueUnavailable(detail) from e
        return job

    def dispatch(self, job_id: str) -> None:
        with self._lock:
            self._mine.add(job_id)
        self._dispatch(job_id)

    def _dispatch(self, job_id: str) -> None:
        raise NotImplementedError

    def get(self, job_id: str) -> jobs.JobInfo | None:
        with self.db.session() as s:
            return jobs.get(s, job_id)

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until every job dispatched by this queue has finished (for tests and start-up); False on timeout."""
        end = time.monotonic() + timeout
        while True:
            with self._lock:
                mine = list(self._mine)
            with self.db.session() as s:
                counts = jobs.batch_counts(s, mine)
            if not counts.get("queued") and not counts.get("running"):
                return True
            if time.monotonic() > end:
                return False
            time.sleep(0.1)

    def close(self) -> None:
        pass


class LocalQueue(JobQueue):
    """Threads of this process, each running jobs through a sandbox (a child process with limits)."""

    def __init__(self, db: Database, config: QueueConfig = QueueConfig(), *, resume: bool = True):
        super().__init__(db, config)
        n = max(1, config.workers)
        self._sandboxes = SandboxPool(n, config.limits, pdf_settings=config.pdf_settings)
        self._pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="kehoach-job")
        if resume:  # uploads accepted before a restart and not finished: run them now
            with db.session() as s:
                for job_id in jobs.unfinished(s, with_payload=True):
                    self.dispatch(job_id)

    def _dispatch(self, job_id: str) -> None:
        self._pool.submit(self._run, job_id)

    def _run(self, job_id: str) -> None:
        run_until_finished(self.db, job_id, self._sandboxes, stale_after=self.config.stale_after,
                           heartbeat=self.config.heartbeat)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._sandboxes.close()


class CeleryQueue(JobQueue):
    """Celery workers (`kehoach worker`), reached through the broker; they share this database."""

    def __init__(self, db: Database, config: QueueConfig):
        super().__init__(db, config)
        from .celery_app import make_celery

        self.app = make_celery(config, db_url=db.engine.url.render_as_string(hide_password=False))

    def _dispatch(self, job_id: str) -> None:
        from .celery_app import TASK

        self.app.send_task(TASK, args=[job_id])

    def close(self) -> None:
        self.app.close()


def open_queue(db: Database, config: QueueConfig) -> JobQueue:
    return CeleryQueue(db, config) if config.mode == "celery" else LocalQueue(db, config)
