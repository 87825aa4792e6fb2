"""Job state in the database (corpus.jobs): who may run a job, and what a finished job keeps; SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from corpus import jobs
from models.tables import JobPayload, JobRow


def _create(db, **kw):
    return db.write(lambda s: jobs.create(s, "plan.txt", **({"data": b"plan"} | kw)))


def _claim(db, job_id, worker, **kw):
    return db.write(lambda s: jobs.claim(s, job_id, worker, **kw))


def test_a_job_needs_either_bytes_or_a_path(fresh_db):
    with pytest.raises(ValueError):
        fresh_db.write(lambda s: jobs.create(s, "x", data=b"a", path="/tmp/x"))
    with pytest.raises(ValueError):
        fresh_db.write(lambda s: jobs.create(s, "x"))


def test_of_workers_racing_for_one_job_exactly_one_wins(fresh_db):
    job = _create(fresh_db)
    results: list[str] = []
    barrier = threading.Barrier(6)

    def race(i: int) -> None:
        barrier.wait()
        results.append(_claim(fresh_db, job.id, f"host:{i}"))

    threads = [threading.Thread(target=race, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["busy"] * 5 + ["claimed"]
    with fresh_db.session() as s:
        info = jobs.get(s, job.id)
    assert info.state == "running" and info.attempts == 1 and info.worker.startswith("host:")


@pytest.mark.parametrize("state,expected", [("done", "finished"), ("failed", "finished")])
def test_a_finished_job_is_not_run_again(fresh_db, state, expected):
    job = _create(fresh_db)
    assert _claim(fresh_db, job.id, "a:1") == "claimed"

    def end(s):
        jobs.finish(s, job.id, state, reason=None if state == "done" else "error", error=None if state == "done" else "x")
        s.commit()

    fresh_db.write(end)
    assert _claim(fresh_db, job.id, "b:2") == expected
    with fresh_db.session() as s:
        assert s.scalar(select(func.count()).select_from(JobPayload)) == 0   # the upload's bytes go with the job's end
        assert jobs.get(s, job.id).state == state


def test_a_silent_worker_loses_its_job_and_its_beats_are_refused(fresh_db):
    job = _create(fresh_db)
    assert _claim(fresh_db, job.id, "a:1") == "claimed"
    assert _claim(fresh_db, job.id, "b:2") == "busy"
    assert fresh_db.write(lambda s: jobs.beat(s, job.id, "a:1", "extracting", 0.3))
    # a worker is taken for dead once it has been silent for stale_after
    assert _claim(fresh_db, job.id, "b:2", stale_after=dt.timedelta(0)) == "claimed"
    assert not fresh_db.write(lambda s: jobs.beat(s, job.id, "a:1"))          # no longer a:1's job
    with fresh_db.session() as s:
        info = jobs.get(s, job.id)
    assert info.worker == "b:2" and info.attempts == 2


def test_a_job_whose_workers_keep_dying_is_set_aside(fresh_db):
    job = _create(fresh_db)
    for i in range(jobs.MAX_ATTEMPTS):
        assert _claim(fresh_db, job.id, f"w:{i}", stale_after=dt.timedelta(0)) == "claimed"
    assert _claim(fresh_db, job.id, "w:last", stale_after=dt.timedelta(0)) == "exhausted"
    with fresh_db.session() as s:
        info = jobs.get(s, job.id)
    assert info.state == "failed" and info.reason == "worker lost" and str(jobs.MAX_ATTEMPTS) in info.error


def test_requeue_takes_back_only_the_dead_workers_job(fresh_db):
    job = _create(fresh_db)
    assert _claim(fresh_db, job.id, "a:1") == "claimed"
    assert not fresh_db.write(lambda s: jobs.requeue(s, job.id, "someone:else"))
    assert fresh_db.write(lambda s: jobs.requeue(s, job.id, "a:1"))
    assert _claim(fresh_db, job.id, "b:2") == "claimed"


def test_missing_jobs_and_file_marks(fresh_db):
    assert _claim(fresh_db, "0" * 32, "a:1") == "missing"
    old = fresh_db.write(lambda s: jobs.create(s, "a.pdf", path="/data/a.pdf", size=10, mtime_ns=1))
    new = fresh_db.write(lambda s: jobs.create(s, "a.pdf", path="/data/a.pdf", size=10, mtime_ns=1))
    fresh_db.write(lambda s: jobs.create(s, "b.pdf", path="/data/b.pdf", size=5, mtime_ns=1))
    with fresh_db.session() as s:
        marks = jobs.file_marks(s, [("/data/a.pdf", 10, 1), ("/data/b.pdf", 6, 1), ("/data/c.pdf", 1, 1)])
        assert set(marks) == {"/data/a.pdf"}            # b.pdf changed size since; c.pdf was never seen
        assert marks["/data/a.pdf"].job_id in (old.id, new.id)
        assert jobs.batch_counts(s, [old.id, new.id]) == {"queued": 2}
        assert s.scalar(select(func.count()).select_from(JobRow)) == 3
