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
