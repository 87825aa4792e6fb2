"""Settings of the service and its workers (environment variables KEHOACH_*; see README "Settings")."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.settings import default_db_url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KEHOACH_", frozen=True)

    db_url: str = Field(default_factory=default_db_url, description="SQLAlchemy URL of the corpus (default: SQLite in ./var)")
    api_key: str | None = Field(default=None, description="key for write endpoints (upload, delete, re-extract), header X-API-Key")
    read_key_required: bool = Field(default=False, description="require the key for reads too")
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, description="largest accepted upload")
    workers: int = Field(default=2, description="extraction workers: threads of the service, or of one `kehoach worker`")
    max_pages: int = Field(default=1000, description="largest accepted PDF, in pages")
    queue: Literal["local", "celery"] = Field(default="local", description="where uploads are extracted: in the service, or on Celery workers")
    broker_url: str = Field(default="redis://127.0.0.1:6379/0", description="the Celery broker (queue=celery)")
    celery_queue: str = Field(default="kehoach", description="the broker's queue of ingestion jobs (queue=celery)")
    visibility_timeout: float = Field(default=3600.0, description="seconds before Redis gives the job of a dead worker to another")
    cpu_seconds: float = Field(default=300.0, description="CPU time one document may take (its sandbox process, OCR excluded)")
    memory_mb: int = Field(default=2048, description="memory one document may take, above the sandbox's own")
    wall_seconds: float = Field(default=900.0, description="wall-clock time one document may take")
    heartbeat_seconds: float = Field(default=5.0, description="how often a worker says it is alive")
    stale_seconds: float = Field(default=30.0, description="a worker silent this long is taken for dead")

    def queue_config(self, *, workers: int | None = None, mode: str | None = None):
        """The queue and sandbox settings, as corpus.queue takes them."""
        from corpus.queue import QueueConfig
        from extractor.read.pdf import PdfSettings
        from extractor.sandbox import Limits

        return QueueConfig(mode=mode or self.queue, workers=workers or self.workers,
                           limits=Limits(cpu_seconds=self.cpu_seconds, memory_bytes=self.memory_mb * 1024 * 1024,
                                         wall_seconds=self.wall_seconds),
                           pdf_settings=PdfSettings(max_pages=self.max_pages), broker_url=self.broker_url, celery_queue=self.celery_queue,
                           visibility_timeout=self.visibility_timeout,
                           heartbeat=dt.timedelta(seconds=self.heartbeat_seconds),
                           stale_after=dt.timedelta(seconds=self.stale_seconds))
