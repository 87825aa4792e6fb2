"""Engines and sessions from a URL; the schema is Alembic's (`upgrade(url)`).

SQLite gets WAL, foreign keys, a busy timeout and real transactions: the
driver's own implicit BEGIN is turned off and every transaction starts with
an explicit BEGIN (BEGIN IMMEDIATE for writers, so that two writers queue on
the lock instead of failing when one upgrades a read lock). PostgreSQL needs
nothing special; a schema can be chosen with the URL
(`...?options=-csearch_path%3Dmyschema`).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TypeVar

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .generation import CACHE, AnswerCache
from .settings import default_db_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
T = TypeVar("T")
#: SQLSTATEs worth a retry: a deadlock or a serialization failure between two concurrent writers (PostgreSQL).
RETRY_SQLSTATES = frozenset({"40P01", "40001"})
WRITE_ATTEMPTS = 4
#: Execution option that makes SQLite start the transaction with BEGIN IMMEDIATE.
WRITE_OPTION = "kehoach_write"
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                  "PRAGMA busy_timeout=30000",
                  "PRAGMA cache_size=-16384",        # 16 MB of page cache per connection (default 2 MB)
                  "PRAGMA mmap_size=2147418112")     # read through a memory map (SQLite's 2 GB cap): fewer syscalls


def _sqlite_file(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def read_json(text: str | bytes):
    """A JSON column's value: orjson (a page of obligations decodes some 150 of them, a third of its time with the
    standard library), the standard library for what orjson refuses (NaN, which json.dumps writes)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def make_engine(url: str | None = None, **kw) -> Engine:
    """An engine for `url` (default: corpus.settings.default_db_url()); creates a SQLite file's folder."""
    url = url or default_db_url()
    path = _sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kw.setdefault("json_deserializer", read_json)
    engine = create_engine(url, **kw)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # no implicit BEGIN from the driver: we issue our own
        cur = dbapi_conn.cursor()
        for pragma in SQLITE_PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


@dataclass(frozen=True)
class Database:
    """An engine and its two session factories: `session()` for reading, `writer()` for one write transaction."""

    engine: Engine
    reads: sessionmaker[Session]
    writes: sessionmaker[Session]

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True, **engine_kw) -> "Database":
        engine = make_engine(url, **engine_kw)
        if migrate:
            upgrade(engine=engine)
        writer = engine.execution_options(**{WRITE_OPTION: True})
        # readers keep counts and hub summaries until the corpus changes (corpus.generation); writers never do, since
        # what they see may still roll back
        return cls(engine, sessionmaker(engine, expire_on_commit=False, info={CACHE: AnswerCache()}),
                   sessionmaker(writer, expire_on_commit=False))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.reads() as s:
            yield s

    @contextmanager
    def writer(self) -> Iterator[Session]:
        with self.writes() as s:
            yield s

    def write(self, fn: Callable[[Session], T]) -> T:
        """`fn(session)` in a writer session, again (up to WRITE_ATTEMPTS times) when a concurrent writer got in
        the way: a deadlock or serialization failure on PostgreSQL, a lock timeout on SQLite."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.writer() as s:
                    return fn(s)
            except DBAPIError as e:
                if attempt == WRITE_ATTEMPTS - 1 or not _retryable(e):
                    raise
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.engine.dispose()


def _retryable(e: DBAPIError) -> bool:
    state = getattr(e.orig, "sqlstate", None) or getattr(e.orig, "pgcode", None)
    return state in RETRY_SQLSTATES or "database is locked" in str(e.orig)


def run(session: Session, statement):
    """Execute a statement that selects columns (never ORM entities) on the session's connection: the Core path,
    without the ORM's compile state and row loading (a third of the time of `session.execute` for a small query,
    which is what a graph or an obligations page is made of). Rows, `.scalars()`, `.scalar()` as usual."""
    return session.connection().execute(statement)


#: The escape character of `contains_pattern` (give it as `escape=` to like/ilike).
LIKE_ESCAPE = "\\"


def like_literal(text: str) -> str:
    """`text` for a LIKE pattern with its wildcards (`%`, `_`) and the escape character taken literally
    (use with `escape=LIKE_ESCAPE`; the same on SQLite and PostgreSQL)."""
    return text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern "contains `text`", wildcards in `text` escaped: `col.ilike(contains_pattern(q), escape=LIKE_ESCAPE)`."""
    return f"%{like_literal(text)}%"


def insert_for(session: Session, table):
    """The dialect's INSERT (with ON CONFLICT support) for `table`."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"the corpus supports SQLite and PostgreSQL, not {name}")


def alembic_config(url: str | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", (url or default_db_url()).replace("%", "%%"))
    return cfg


def _migrate(action: str, url: str | None, revision: str, engine: Engine | None) -> None:
    from alembic import command

    own = engine is None
    engine = engine or make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(url or engine.url.render_as_string(hide_password=False))
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, revision)
    finally:
        if own:
            engine.dispose()


def upgrade(url: str | None = None, revision: str = "head", *, engine: Engine | None = None) -> None:
    """Run the migrations up to `revision` on `url` (or on `engine`'s database)."""
    _migrate("upgrade", url, revision, engine)


def downgrade(url: str | None = None, revision: str = "base", *, engine: Engine | None = None) -> None:
    """Undo the migrations down to `revision`."""
    _migrate("downgrade", url, revision, engine)
