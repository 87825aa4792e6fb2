"""How ingestion jobs run (queue mode, workers, limits), for corpus.queue and corpus.celery_app alike.

Its own module so that celery_app does not import queue (which starts Celery lazily): no import circle.
The defaults are those of `corpus.settings`; the service builds one with `Settings().queue_config()`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from extractor.sandbox import Limits

from . import settings as S

QueueMode = Literal["local", "celery"]


def default_limits() -> Limits:
    return Limits(cpu_seconds=S.CPU_SECONDS, memory_bytes=S.MEMORY_MB * 1024 * 1024, wall_seconds=S.WALL_SECONDS)


def default_pdf_settings():
    from extractor.read.pdf import PdfSettings

    return PdfSettings(max_pages=S.MAX_PAGES)


@dataclass(frozen=True)
class QueueConfig:
    mode: QueueMode = "local"
    workers: int = S.WORKERS                                  # local: threads (and sandboxes) in this process
    limits: Limits = field(default_factory=default_limits)    # per document, in the sandbox
    pdf_settings: object | None = field(default_factory=default_pdf_settings)  # extractor.read.pdf.PdfSettings
    broker_url: str = S.BROKER_URL                            # celery
    celery_queue: str = S.CELERY_QUEUE                        # celery: the broker's queue of ingestion jobs
    visibility_timeout: float = S.VISIBILITY_TIMEOUT          # celery (Redis): unacknowledged this long, redelivered
    heartbeat: dt.timedelta = dt.timedelta(seconds=S.HEARTBEAT_SECONDS)
    stale_after: dt.timedelta = dt.timedelta(seconds=S.STALE_SECONDS)
