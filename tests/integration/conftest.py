"""The corpus on both databases: every test that takes `backend` (or a fixture built on it) runs on SQLite and PostgreSQL.

- SQLite: a real file under tmp_path.
- PostgreSQL: postgresql+psycopg://postgres@127.0.0.1:5432/test (KEHOACH_TEST_PG_URL), in schemas
  `kehoach_test_<random>[_<n>]` made for this run (search_path set through the URL) and dropped at the end,
  so that runs do not collide. When the server is not reachable the PostgreSQL tests fail if CI is set
  (after trying to start the local cluster) and are skipped otherwise.

Extraction is the slow part, so each plan is extracted once per run (`extracted`), and the five seeds are
ingested once per backend (`seeded`) for the read-only tests; tests that write get a fresh database
(`fresh_db`).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, SAMPLES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_URL = os.environ.get("KEHOACH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")
SEED_FILES = tuple(sorted(SAMPLES.glob("*.txt")))
FIXTURE_FILES = tuple(sorted(FIXTURES.glob("*.txt")))


def _pg_reachable() -> str | None:
    """None when the server answers, else why not."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(PG_URL)
    try:
        with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, password=u.password,
                             connect_timeout=3):
            return None
    except Exception as e:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(e).__name__}: {e}".strip()


def _start_local_postgres() -> None:
    """CI: start the local Debian cluster(s) if pg_ctlcluster is there (what 'CI starts it' means on this machine)."""
    if not shutil.which("pg_lsclusters") or not shutil.which("pg_ctlcluster"):
        return
    out = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, timeout=30).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "online":
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", parts[0], parts[1], "start"],
                           capture_output=True, text=True, timeout=60)
    for _ in range(30):
        if _pg_reachable() is None:
            return
        time.sleep(0.5)


@dataclass
class PgSchemas:
    """The schemas of this run: `url(name)` gives a URL whose search_path is that schema."""

    prefix: str
    made: list[str]

    def new(self) -> str:
        import psycopg
        from sqlalchemy.engine import make_url

        name = f"{self.prefix}_{len(self.made)}"
        u = make_url(PG_URL)
        with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, password=u.password,
                             autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        self.made.append(name)
        sep = "&" if "?" in PG_URL else "?"
        return f"{PG_URL}{sep}options={quote('-csearch_path=' + name)}"

    def drop_all(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(PG_URL)
        with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, password=u.password,
                             autocommit=True) as conn:
            for name in self.made:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(scope="session")
def pg_schemas():
    why = _pg_reachable()
    if why and os.environ.get("CI"):
        _start_local_postgres()
        why = _pg_reachable()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL} in CI: {why}")
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL}: {why}")
    schemas = PgSchemas(f"kehoach_test_{uuid.uuid4().hex[:10]}", [])
    yield schemas
    schemas.drop_all()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def new_db_url(backend, tmp_path_factory, request):
    """A factory of empty database URLs on the current backend."""
    if backend == "postgresql":
        schemas = request.getfixturevalue("pg_schemas")
        return schemas.new

    def make() -> str:
        return f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'kehoach.db'}"

    return make


@pytest.fixture(scope="session")
def extracted(extractor):
    """name -> (SourceText, PlanResult) for the seeds and the fixture plans, extracted once."""
    from extractor.read import read_file

    out = {}
    for p in (*SEED_FILES, *FIXTURE_FILES):
        src = read_file(p)
        out[p.name] = (src, extractor.extract_source(src, source_name=p.name))
    return out


def ingest_names(db, extracted, names) -> dict[str, int]:
    """Ingest the named plans; name -> document id."""
    from corpus import store

    ids = {}
    for name in names:
        src, result = extracted[name]
        with db.writer() as s:
            ids[name] = store.ingest(s, result, src, source_name=name).document_id
    return ids


@pytest.fixture(scope="session")
def seeded(new_db_url, extracted):
    """A database with the five seeds ingested (read-only tests): (Database, {name: document id})."""
    from corpus.db import Database

    db = Database.open(new_db_url())
    ids = ingest_names(db, extracted, [p.name for p in SEED_FILES])
    yield db, ids
    db.close()


@pytest.fixture(scope="session")
def seeded_plus(new_db_url, extracted):
    """The seeds and the two fixture plans (a Hưng Yên plan of 2025 citing Thái Bình's plans, a Đắk Nông plan)."""
    from corpus.db import Database

    db = Database.open(new_db_url())
    ids = ingest_names(db, extracted, [p.name for p in (*SEED_FILES, *FIXTURE_FILES)])
    yield db, ids
    db.close()


@pytest.fixture
def fresh_db(new_db_url):
    from corpus.db import Database

    db = Database.open(new_db_url())
    yield db
    db.close()


@pytest.fixture
def fresh_url(new_db_url):
    return new_db_url()


def kehoach_cli(*args, env=None, timeout=300, **kw):
    """Run `python -m api.cli ...` from the repository root."""
    import sys

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "api.cli", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=full_env, **kw)


def row_counts(db) -> dict[str, int]:
    from sqlalchemy import func, select

    from models.tables import Base

    with db.session() as s:
        return {name: s.scalar(select(func.count()).select_from(t)) for name, t in sorted(Base.metadata.tables.items())}
