"""Ingestion jobs in the database: the one state every process reads and writes.

A job is one ingestion of one file: an upload to the service (its bytes wait in `job_payloads`) or a
file of a backfill (`path`, with the size and modification time it had). The in-process pool, the Celery
workers, the API's `GET /jobs/{id}` and `kehoach ingest` all go through these functions.

    create(...)   a queued job (and its payload), committed
    claim(...)    take a queued job, or a running one whose worker stopped beating; at most one worker wins
    beat(...)     the running worker is alive (and at which stage)
    finish(...)   the outcome, in the caller's transaction (the one that stores the results), payload removed;
                  finish_now(...) the same in a transaction of its own
    get(...)      what a job is doing; `done_files(...)` what a backfill already did
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Iterable, Literal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from models.tables import JobPayload, JobRow

from .records import _Record
from .settings import STALE_SECONDS

JobState = Literal["queued", "running", "done", "failed"]
FINISHED = ("done", "failed")
#: A worker that has not beaten for this long is taken for dead, and its job may be claimed again.
STALE_AFTER = dt.timedelta(seconds=STALE_SECONDS)  # corpus.settings
#: A job whose worker died this many times fails ("worker lost"): the file itself may be what kills it.
MAX_ATTEMPTS = 3

ClaimResult = Literal["claimed", "finished", "busy", "missing", "exhausted"]


@dataclass(frozen=True)
class JobInfo(_Record):
    id: str
    name: str
    state: str
    stage: str
    progress: float
    attempts: int = 0
    document_id: int | None = None
    outcome: str | None = None
    reason: str | None = None
    error: str | None = None
    path: str | None = None
    batch: str | None = None
    force: bool = False
    worker: str | None = None
    pages: int | None = None
    seconds: float | None = None
    created: dt.datetime | None = None
    started: dt.datetime | None = None
    finished: dt.datetime | None = None

    @property
    def is_finished(self) -> bool:
        return self.state in FINISHED


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _utc(v: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return v.replace(tzinfo=dt.timezone.utc) if v is not None and v.tzinfo is None else v


def _info(r: JobRow) -> JobInfo:
    return JobInfo(r.id, r.name, r.state, r.stage, r.progress, r.attempts, r.document_id, r.outcome, r.reason, r.error,
                   r.path, r.batch, r.force, r.worker, r.pages, r.seconds, _utc(r.created_at), _utc(r.started_at), _utc(r.finished_at))


def new_id() -> str:
    return uuid.uuid4().hex


def create(session: Session, name: str, *, data: bytes | None = None, path: str | None = None, size: int | None = None,
           mtime_ns: int | None = None, batch: str | None = None, force: bool = False, job_id: str | None = None) -> JobInfo:
    """A queued job for an upload (`data`) or a file (`path`); committed, so that any worker can see it."""
    if (data is None) == (path is None):
        raise ValueError("a job has either the uploaded bytes or a file path")
    row = JobRow(id=job_id or new_id(), name=name[:500], path=path, size=size, mtime_ns=mtime_ns, batch=batch, force=force,
                 state="queued", stage="queued", progress=0.0, attempts=0, created_at=now())
    try:
        session.add(row)
        session.flush()
        if data is not None:
            session.add(JobPayload(job_id=row.id, data=data))
        info = _info(row)
        session.commit()
        return info
    except BaseException:
        session.rollback()
        raise


def get(session: Session, job_id: str) -> JobInfo | None:
    row = session.get(JobRow, job_id)
    return _info(row) if row is not None else None


def payload(session: Session, job_id: str) -> bytes | None:
    return session.scalar(select(JobPayload.data).where(JobPayload.job_id == job_id))


def claim(session: Session, job_id: str, worker: str, *, stale_after: dt.timedelta = STALE_AFTER) -> ClaimResult:
    """Make `worker` the runner of the job, atomically: it must be queued, or running with a silent worker.

    Returns "claimed", or why not: "finished" (nothing to do: a redelivered message), "busy" (a live worker
    has it), "missing", or "exhausted" (its workers died MAX_ATTEMPTS times; the job is failed here)."""
    t = now()
    try:
        taken = session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.attempts < MAX_ATTEMPTS,
                   or_(JobRow.state == "queued",
                       (JobRow.state == "running") & or_(JobRow.heartbeat_at.is_(None), JobRow.heartbeat_at < t - stale_after)))
            .values(state="running", stage="reading", progress=0.1, worker=worker[:200], attempts=JobRow.attempts + 1,
                    started_at=t, heartbeat_at=t)
        ).rowcount
        if taken == 1:
            session.commit()
            return "claimed"
        row = session.get(JobRow, job_id)
        if row is None:
            session.rollback()
            return "missing"
        if row.state in FINISHED:
            session.rollback()
            return "finished"
        if row.state == "running" and row.heartbeat_at is not None and _utc(row.heartbeat_at) >= t - stale_after:
            session.rollback()
            return "busy"
        _finish(session, row, "failed", reason="worker lost",
                error=f"the worker processing this file died {row.attempts} times; the file is set aside")
        session.commit()
        return "exhausted"
    except BaseException:
        session.rollback()
        raise


def beat(session: Session, job_id: str, worker: str, stage: str | None = None, progress: float | None = None) -> bool:
    """The worker running the job is alive; False when the job is no longer its own (finished or claimed again)."""
    values: dict = {"heartbeat_at": now()}
    if stage is not None:
        values["stage"] = stage
    if progress is not None:
        values["progress"] = progress
    try:
        n = session.execute(update(JobRow).where(JobRow.id == job_id, JobRow.worker == worker[:200],
                                                 JobRow.state == "running").values(**values)).rowcount
        session.commit()
        return n == 1
    except BaseException:
        session.rollback()
        raise


def requeue(session: Session, job_id: str, worker: str) -> bool:
    """Put back in the queue a job whose worker is known to be dead (its process is gone), without waiting
    for it to go stale; False when that worker no longer has it."""
    try:
        n = session.execute(update(JobRow).where(JobRow.id == job_id, JobRow.worker == worker, JobRow.state == "running")
                            .values(state="queued", stage="queued", progress=0.0, heartbeat_at=None)).rowcount
        session.commit()
        return n == 1
    except BaseException:
        session.rollback()
        raise


def _finish(session: Session, row: JobRow, state: JobState, *, outcome: str | None = None, document_id: int | None = None,
            reason: str | None = None, error: str | None = None, pages: int | None = None, seconds: float | None = None) -> None:
    row.state, row.stage, row.progress = state, "done", 1.0
    row.outcome, row.document_id, row.reason, row.error = outcome, document_id, reason, error
    row.pages, row.seconds, row.finished_at = pages, seconds, now()
    session.execute(delete(JobPayload).where(JobPayload.job_id == row.id))


def finish(session: Session, job_id: str, state: JobState, **fields) -> None:
    """Record the outcome in the caller's transaction (not committed here): results and job state land together."""
    row = session.get(JobRow, job_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if row is None:
        raise LookupError(f"no job {job_id}")
    _finish(session, row, state, **fields)


def finish_now(session: Session, job_id: str, state: JobState, **fields) -> None:
    """finish() in a transaction of its own: the outcome of a job that stores nothing (a failure, a file known)."""
    try:
        finish(session, job_id, state, **fields)
        session.commit()
    except BaseException:
        session.rollback()
        raise


def unfinished(session: Session, *, with_payload: bool = False) -> list[str]:
    """Jobs not finished, oldest first (re-dispatched when the service starts again)."""
    q = select(JobRow.id).where(JobRow.state.in_(("queued", "running"))).order_by(JobRow.created_at)
    if with_payload:
        q = q.where(JobRow.id.in_(select(JobPayload.job_id)))
    return list(session.scalars(q))


@dataclass(frozen=True)
class FileMark(_Record):
    """What the corpus knows of a file path as it is now (same size and modification time)."""

    job_id: str
    state: str
    reason: str | None


def file_marks(session: Session, files: Iterable[tuple[str, int, int]]) -> dict[str, FileMark]:
    """For (path, size, mtime_ns) triples, the newest job of each path with that size and time."""
    wanted = {p: (size, mt) for p, size, mt in files}
    out: dict[str, FileMark] = {}
    paths = list(wanted)
    for i in range(0, len(paths), 500):
        chunk = paths[i:i + 500]
        rows = session.execute(select(JobRow.path, JobRow.size, JobRow.mtime_ns, JobRow.id, JobRow.state, JobRow.reason)
                               .where(JobRow.path.in_(chunk)).order_by(JobRow.created_at))
        for path, size, mt, jid, state, reason in rows:
            if wanted[path] == (size, mt):
                out[path] = FileMark(jid, state, reason)
    return out


def batch_counts(session: Session, job_ids: Iterable[str]) -> dict[str, int]:
    """How many of these jobs are in each state."""
    ids = list(job_ids)
    counts: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        for state, n in session.execute(select(JobRow.state, func.count()).where(JobRow.id.in_(ids[i:i + 500]))
                                        .group_by(JobRow.state)):
            counts[state] = counts.get(state, 0) + n
    return counts


def many(session: Session, job_ids: Iterable[str]) -> list[JobInfo]:
    ids = list(job_ids)
    out: list[JobInfo] = []
    for i in range(0, len(ids), 500):
        out += [_info(r) for r in session.scalars(select(JobRow).where(JobRow.id.in_(ids[i:i + 500])))]
    return out


def list_jobs(session: Session, *, state: str | None = None, reason: str | None = None, limit: int = 50,
              offset: int = 0) -> tuple[list[JobInfo], int]:
    """Jobs, newest first, optionally of one state or failure reason; and how many match."""
    q = select(JobRow)
    if state:
        q = q.where(JobRow.state == state)
    if reason:
        q = q.where(JobRow.reason == reason)
    count = session.scalar(select(func.count()).select_from(q.subquery()))
    rows = session.scalars(q.order_by(JobRow.created_at.desc(), JobRow.id).limit(limit).offset(offset))
    return [_info(r) for r in rows], count or 0


@dataclass(frozen=True)
class JobSummary(_Record):
    states: dict[str, int]
    failures_by_reason: dict[str, int]


def summary(session: Session) -> JobSummary:
    """How many jobs are in each state, and the failed ones by reason (what a backfill's operator watches)."""
    states = {st: n for st, n in session.execute(select(JobRow.state, func.count()).group_by(JobRow.state))}
    reasons = {r or "error": n for r, n in session.execute(select(JobRow.reason, func.count())
                                                           .where(JobRow.state == "failed").group_by(JobRow.reason))}
    return JobSummary({st: states.get(st, 0) for st in ("queued", "running", "done", "failed")}, reasons)
