"""Ingestion through real Celery workers (`kehoach worker` processes) on the local Redis and PostgreSQL.

Each test run has its own PostgreSQL schema and its own Redis queue, so runs do not collide. A worker killed
in the middle of a job (SIGKILL: no clean-up, no acknowledgement) gives the job back through Redis's
visibility timeout, another worker finishes it, and the document is stored exactly once.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import func, select

from corpus import jobs
from corpus.db import Database
from corpus.queue import CeleryQueue, QueueConfig
from models.tables import Document, JobPayload, JobRow, SourceFile
from bench.workers import start_worker, stop_all
from tests.conftest import SAMPLES

REDIS_URL = os.environ.get("KEHOACH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
#: Short enough that a killed worker's job comes back within seconds (production: an hour).
VISIBILITY_TIMEOUT = 6
HEARTBEAT, STALE = 1, 4


def _redis_down() -> str | None:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        return None
    except Exception as e:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(e).__name__}: {e}"


@pytest.fixture(scope="module")
def redis_url():
    why = _redis_down()
    if why and os.environ.get("CI") and shutil.which("redis-server"):
        subprocess.run(["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379", "--save", "",
                        "--appendonly", "no"], capture_output=True, timeout=30)
        time.sleep(1)
        why = _redis_down()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL} in CI: {why}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {why}")
    return REDIS_URL


@pytest.fixture(scope="module")
def cluster(redis_url, pg_schemas, tmp_path_factory):
    """A PostgreSQL schema, a Redis queue of its own, and a way to start `kehoach worker` processes on them."""
    url = pg_schemas.new()
    Database.open(url).close()
    env = {**os.environ, "KEHOACH_DB_URL": url, "KEHOACH_BROKER_URL": redis_url,
           "KEHOACH_CELERY_QUEUE": f"kehoach-test-{uuid.uuid4().hex[:8]}",
           "KEHOACH_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT), "KEHOACH_HEARTBEAT_SECONDS": str(HEARTBEAT),
           "KEHOACH_STALE_SECONDS": str(STALE), "KEHOACH_WORKERS": "1"}
    logs = tmp_path_factory.mktemp("workers")
    procs: list[subprocess.Popen] = []

    def start(name: str) -> subprocess.Popen:
        procs.append(start_worker(env, name, open(logs / f"{name}.log", "wb")))
        return procs[-1]

    config = QueueConfig(mode="celery", broker_url=redis_url, celery_queue=env["KEHOACH_CELERY_QUEUE"],
                         visibility_timeout=VISIBILITY_TIMEOUT)
    db = Database.open(url)
    queue = CeleryQueue(db, config)
    yield Cluster(db, queue, start, logs, procs)
    queue.close()
    stop_all(procs)
    db.close()


class Cluster(NamedTuple):
    db: Database
    queue: CeleryQueue
    start: Callable[[str], subprocess.Popen]     # start a worker of this name
    logs: Path
    procs: list[subprocess.Popen]                # the workers started so far


def _wait(db, job_id: str, timeout: float, until=lambda j: j.is_finished) -> jobs.JobInfo:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with db.session() as s:
            job = jobs.get(s, job_id)
        if until(job):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} is still {job.state} ({job.stage}) after {timeout} s")


def _count(db, table) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_workers_ingest_uploads_and_a_killed_worker_loses_nothing(cluster, fixtures):
    db, queue, start, logs, _ = cluster
    a, b = start("a"), start("b")
    # plain uploads, spread over both workers
    seeds = sorted(SAMPLES.glob("*.txt"))[:3]
    submitted = [queue.submit(p.read_bytes(), p.name) for p in seeds]
    done = [_wait(db, j.id, 180) for j in submitted]
    assert [j.state for j in done] == ["done"] * 3, [(j.reason, j.error) for j in done]
    assert all(j.outcome == "stored" and j.document_id for j in done)
    assert _count(db, Document) == 3 and _count(db, JobPayload) == 0

    # a slow job (a scanned plan: OCR), and the worker running it killed mid-way
    scan = next(p for p in fixtures["scan"] if p.name.startswith("003_"))
    job = queue.submit(scan.read_bytes(), scan.name)
    running = _wait(db, job.id, 120, until=lambda j: j.state == "running" and j.stage == "extracting")
    victim = next(p for p in (a, b) if running.worker.endswith(f":{p.pid}"))
    survivor = b if victim is a else a
    os.killpg(victim.pid, signal.SIGKILL)         # the worker and its sandbox, without any clean-up
    victim.wait(timeout=30)
    t0 = time.monotonic()
    finished = _wait(db, job.id, 300)
    assert finished.state == "done", (finished.reason, finished.error, (logs / "a.log").read_text(errors="replace")[-3000:])
    assert finished.attempts == 2 and finished.worker.endswith(f":{survivor.pid}")
    assert finished.outcome == "stored"
    assert _count(db, Document) == 4 and _count(db, SourceFile) == 4      # stored exactly once
    with db.session() as s:
        doc = s.get(Document, finished.document_id)
        assert doc.number == "74/KH-UBND" and doc.status == "extracted"
    print(f"the killed worker's job was finished by the other {time.monotonic() - t0:.1f} s after the kill")

    # the same message delivered again (Redis redelivers after a timeout): nothing is done twice
    queue.dispatch(job.id)
    time.sleep(3)
    with db.session() as s:
        again = jobs.get(s, job.id)
    assert again.attempts == 2 and again.state == "done" and _count(db, Document) == 4


def test_the_api_reads_the_state_the_workers_write(cluster):
    """queue=celery: POST /documents enqueues, a worker extracts, GET /jobs/{id} reports it (same as local mode)."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    db, queue, start, _, _ = cluster
    start("c")
    url = db.engine.url.render_as_string(hide_password=False)
    settings = Settings(db_url=url, api_key="k", queue="celery", broker_url=queue.config.broker_url,
                        celery_queue=queue.config.celery_queue, visibility_timeout=VISIBILITY_TIMEOUT)
    seed = sorted(SAMPLES.glob("*.txt"))[3]
    with TestClient(create_app(settings)) as client:
        r = client.post("/documents", files={"file": (seed.name, seed.read_bytes(), "text/plain")}, headers={"X-API-Key": "k"})
        assert r.status_code == 202, r.text
        job_id = r.json()["job"]["id"]
        end = time.monotonic() + 180
        while time.monotonic() < end:
            job = client.get(f"/jobs/{job_id}").json()
            if job["state"] in ("done", "failed"):
                break
            time.sleep(0.2)
        assert job["state"] == "done" and job["worker"] and job["attempts"] == 1, job
        assert client.get(f"/documents/{job['document_id']}").json()["metadata"]["number"] == "74/KH-UBND"
    assert dt.datetime.fromisoformat(job["finished"]) >= dt.datetime.fromisoformat(job["created"])


def test_a_backfill_on_the_workers(cluster, tmp_path):
    """`kehoach ingest --queue celery`: the files are sent to the workers as jobs, the command waits for them and
    reports each file; run again, it sends nothing (every file is finished)."""
    import json

    from tests.integration.conftest import kehoach_cli

    db, queue, start, _, procs = cluster
    start("d")
    folder = tmp_path / "plans"
    folder.mkdir()
    for k, seed in enumerate(sorted(SAMPLES.glob("*.txt"))):
        (folder / f"backfill-{k}.txt").write_bytes(seed.read_bytes() + f"\nBản sao {k} cho workers.\n".encode())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    url = db.engine.url.render_as_string(hide_password=False)
    env = {"KEHOACH_BROKER_URL": queue.config.broker_url, "KEHOACH_CELERY_QUEUE": queue.config.celery_queue}
    run = kehoach_cli("ingest", folder, "--db", url, "--queue", "celery", "--json", env=env, timeout=600)
    assert run.returncode == 1, run.stderr                       # the broken PDF fails, with its reason
    report = json.loads(run.stdout)
    by_name = {f["source_name"]: f for f in report["files"]}
    assert by_name["broken.pdf"]["status"] == "unreadable" and by_name["broken.pdf"]["error"]
    assert [by_name[f"backfill-{k}.txt"]["status"] for k in range(5)] == ["stored"] * 5
    with db.session() as s:   # run by the workers, not by the command
        ran = {r.worker.rsplit(":", 1)[1] for r in s.scalars(select(JobRow).where(JobRow.path.like(f"{folder}%")))}
    assert ran and ran <= {str(p.pid) for p in procs}
    again = kehoach_cli("ingest", folder, "--db", url, "--queue", "celery", "--json", env=env, timeout=300)
    status = json.loads(again.stdout)["status"]
    assert status["resumed"] == status["total"] == 6, status
