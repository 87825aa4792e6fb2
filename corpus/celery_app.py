"""Celery for ingestion spread over workers: Redis as broker, the corpus database as the one job state.

`make_celery(config, db_url)` builds the app used both to send jobs (the API, `kehoach ingest --queue celery`)
and to run them (`kehoach worker`). The one task, `kehoach.run_job(job_id)`, calls corpus.runjob.run_job:

- acknowledged late, after the job has finished, so a message whose worker died (killed, out of memory,
  machine lost) is delivered again: by Celery at once when a pool process dies, by Redis once the
  visibility timeout has passed when the whole worker died;
- idempotent: a job already finished is not run again, a job a live worker holds is retried later, and
  storing is idempotent by sha256; so a document is stored once however often its message arrives;
- no result backend: the job row in the database is the result, read by `GET /jobs/{id}`.
"""
from __future__ import annotations

import threading

from celery import Celery

from .db import Database
from .queue_config import QueueConfig
from .runjob import run_job

TASK = "kehoach.run_job"


class _WorkerState:
    """What a worker process opens once, on its first job: the database and its sandboxes."""

    def __init__(self, config: QueueConfig, db_url: str):
        self.config, self.db_url = config, db_url
        self._lock = threading.Lock()
        self._db: Database | None = None
        self._sandboxes = None

    def get(self):
        with self._lock:
            if self._db is None:
                from extractor.sandbox import SandboxPool

                self._db = Database.open(self.db_url)
                self._sandboxes = SandboxPool(max(1, self.config.workers), self.config.limits,
                                              pdf_settings=self.config.pdf_settings)
            return self._db, self._sandboxes

    def close(self) -> None:
        with self._lock:
            if self._sandboxes is not None:
                self._sandboxes.close()
            if self._db is not None:
                self._db.close()
            self._db = self._sandboxes = None


def make_celery(config: QueueConfig, *, db_url: str) -> Celery:
    app = Celery("kehoach", broker=config.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=config.celery_queue,
        task_acks_late=True,                    # acknowledge when the job has finished ...
        task_reject_on_worker_lost=True,        # ... and give it back when the pool process running it dies
        worker_prefetch_multiplier=1,           # a worker holds one job per thread, not a stack of them
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        # a producer whose broker is down says so within seconds (an upload is answered 503), not after a long wait
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 1},
        broker_connection_timeout=3,
        worker_hijack_root_logger=False,
        broker_transport_options={
            "visibility_timeout": config.visibility_timeout,
            # look for messages of dead workers every few seconds when the timeout is short (kombu's Redis transport)
            "unacked_restore_interval": max(1, min(10, int(config.visibility_timeout // 3))),
            "unacked_restore_throttle": 1,
        },
    )
    state = _WorkerState(config, db_url)
    app.kehoach_state = state  # closed by `kehoach worker` on shutdown

    @app.task(name=TASK, bind=True, max_retries=None, acks_late=True)
    def run(self, job_id: str) -> str:
        db, sandboxes = state.get()
        out = run_job(db, job_id, sandboxes, stale_after=config.stale_after, heartbeat=config.heartbeat)
        if out.claim == "busy":  # a live worker has it: look again once it would have gone stale
            raise self.retry(countdown=config.stale_after.total_seconds())
        return out.state or out.claim

    return app
