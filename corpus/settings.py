"""The settings of kehoach, in one place: read by the service, the Celery worker, ingest and the CLI.

`Settings()` reads the environment variables KEHOACH_* (see README "Settings"); every default is written once,
below, and used both by `Settings` and by the objects built without it (`corpus.queue_config.QueueConfig()`,
`corpus.jobs.STALE_AFTER`, `corpus.runjob.HEARTBEAT_EVERY`).

Where the corpus lives:

    KEHOACH_DB_URL     a SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...); wins when set
    KEHOACH_DATA_DIR   folder of the default SQLite file (default: ./var)

Without either, the corpus is `sqlite:///./var/kehoach.db`.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DB_URL_ENV = "KEHOACH_DB_URL"
DATA_DIR_ENV = "KEHOACH_DATA_DIR"
DEFAULT_DATA_DIR = "var"
DB_FILE = "kehoach.db"

# --- defaults, written once ----------------------------------------------------------------------------------
WORKERS = 2                          # extraction workers: threads of the service, or of one `kehoach worker`
BROKER_URL = "redis://127.0.0.1:6379/0"
CELERY_QUEUE = "kehoach"
VISIBILITY_TIMEOUT = 3600.0          # seconds before Redis gives the job of a dead worker to another
CPU_SECONDS = 300.0                  # per document, in its sandbox (OCR excluded)
MEMORY_MB = 2048                     # per document, above the sandbox's own
WALL_SECONDS = 900.0                 # per document
MAX_PAGES = 1000                     # largest accepted PDF
HEARTBEAT_SECONDS = 5.0              # how often a worker says it is alive
STALE_SECONDS = 30.0                 # a worker silent this long is taken for dead
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class CorpusSettings:
    db_url: str
    data_dir: Path

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "CorpusSettings":
        env = os.environ if environ is None else environ
        data_dir = Path(env.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)
        url = env.get(DB_URL_ENV) or f"sqlite:///{data_dir / DB_FILE}"
        return cls(db_url=url, data_dir=data_dir)


def default_db_url(environ: dict[str, str] | None = None) -> str:
    """KEHOACH_DB_URL, else sqlite:///<KEHOACH_DATA_DIR or ./var>/kehoach.db."""
    return CorpusSettings.from_env(environ).db_url


def locate_db_url(environ: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[str, bool]:
    """The CLI's default corpus, the same from any folder: (url, exists).

    KEHOACH_DB_URL or KEHOACH_DATA_DIR when set (as `default_db_url`); else the nearest `var/kehoach.db` in the
    current folder or one of its parents (as git finds its repository), as an absolute path; else ./var/kehoach.db,
    which does not exist yet (`exists` False: a query refuses it, an ingest creates it)."""
    env = os.environ if environ is None else environ
    if env.get(DB_URL_ENV):
        return env[DB_URL_ENV], True
    if env.get(DATA_DIR_ENV):
        path = Path(env[DATA_DIR_ENV]) / DB_FILE
        return f"sqlite:///{path}", path.exists()
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_DATA_DIR / DB_FILE
        if candidate.is_file():
            return f"sqlite:///{candidate}", True
    return default_db_url(env), False


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url[len(prefix):] in ("", ":memory:"):
        return None
    return Path(url[len(prefix):].split("?", 1)[0])


class Settings(BaseSettings):
    """The settings of the service and its workers (environment variables KEHOACH_*)."""
    model_config = SettingsConfigDict(env_prefix="KEHOACH_", frozen=True)

    db_url: str = Field(default_factory=default_db_url, description="SQLAlchemy URL of the corpus (default: SQLite in ./var)")
    api_key: str | None = Field(default=None, description="key for write endpoints (upload, delete, re-extract), header X-API-Key")
    read_key_required: bool = Field(default=False, description="require the key for reads too")
    max_upload_bytes: int = Field(default=MAX_UPLOAD_BYTES, description="largest accepted upload")
    workers: int = Field(default=WORKERS, description="extraction workers: threads of the service, or of one `kehoach worker`")
    max_pages: int = Field(default=MAX_PAGES, description="largest accepted PDF, in pages")
    queue: Literal["local", "celery"] = Field(default="local", description="where uploads are extracted: in the service, or on Celery workers")
    broker_url: str = Field(default=BROKER_URL, description="the Celery broker (queue=celery)")
    celery_queue: str = Field(default=CELERY_QUEUE, description="the broker's queue of ingestion jobs (queue=celery)")
    visibility_timeout: float = Field(default=VISIBILITY_TIMEOUT, description="seconds before Redis gives the job of a dead worker to another")
    cpu_seconds: float = Field(default=CPU_SECONDS, description="CPU time one document may take (its sandbox process, OCR excluded)")
    memory_mb: int = Field(default=MEMORY_MB, description="memory one document may take, above the sandbox's own")
    wall_seconds: float = Field(default=WALL_SECONDS, description="wall-clock time one document may take")
    heartbeat_seconds: float = Field(default=HEARTBEAT_SECONDS, description="how often a worker says it is alive")
    stale_seconds: float = Field(default=STALE_SECONDS, description="a worker silent this long is taken for dead")

    def queue_config(self, *, workers: int | None = None, mode: str | None = None):
        """The queue and sandbox settings, as corpus.queue takes them."""
        from extractor.read.pdf import PdfSettings
        from extractor.sandbox import Limits

        from .queue_config import QueueConfig

        return QueueConfig(mode=mode or self.queue, workers=workers or self.workers,
                           limits=Limits(cpu_seconds=self.cpu_seconds, memory_bytes=self.memory_mb * 1024 * 1024,
                                         wall_seconds=self.wall_seconds),
                           pdf_settings=PdfSettings(max_pages=self.max_pages), broker_url=self.broker_url, celery_queue=self.celery_queue,
                           visibility_timeout=self.visibility_timeout,
                           heartbeat=dt.timedelta(seconds=self.heartbeat_seconds),
                           stale_after=dt.timedelta(seconds=self.stale_seconds))
