"""Where the corpus lives: one function, used by the CLI and the service alike.

    KEHOACH_DB_URL     a SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...); wins when set
    KEHOACH_DATA_DIR   folder of the default SQLite file (default: ./var)

Without either, the corpus is `sqlite:///./var/kehoach.db`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DB_URL_ENV = "KEHOACH_DB_URL"
DATA_DIR_ENV = "KEHOACH_DATA_DIR"
DEFAULT_DATA_DIR = "var"
DB_FILE = "kehoach.db"


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
