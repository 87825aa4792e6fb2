"""/jobs: the state of extraction jobs (uploads and backfills, in either queue mode), one or many."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from corpus import jobs as J

from ..deps import JobsDep, Offset, ReadKey, SessionDep
from ..problems import Problem
from ..schemas import JobOut, JobsSummaryOut, Page

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("", response_model=Page[JobOut], dependencies=[ReadKey])
def list_jobs(session: SessionDep, state: Literal["queued", "running", "done", "failed"] | None = None,
              reason: Annotated[str | None, Query(description="failure reason: unreadable, time limit, crashed ...")] = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: Offset = 0):
    """Jobs, newest first; `{data, count}` with `limit`/`offset` paging."""
    items, count = J.list_jobs(session, state=state, reason=reason, limit=limit, offset=offset)
    return {"data": [JobOut.model_validate(j) for j in items], "count": count}


@router.get("/summary", response_model=JobsSummaryOut, dependencies=[ReadKey])
def jobs_summary(session: SessionDep) -> JobsSummaryOut:
    """How many jobs are queued, running, done and failed, and the failures by reason."""
    return JobsSummaryOut.model_validate(J.summary(session))


@router.get("/{job_id}", response_model=JobOut, dependencies=[ReadKey])
def get_job(job_id: str, jobs: JobsDep) -> JobOut:
    """State (queued, running, done, failed), stage, progress, the document id, and on failure the reason.

    The same in both queue modes: the state is read from the database that the workers write."""
    if job_id.startswith(JobOut.EXISTING) and job_id[len(JobOut.EXISTING):].isdigit():
        return JobOut.existing(int(job_id[len(JobOut.EXISTING):]))
    job = jobs.get(job_id)
    if job is None:
        raise Problem(404, "Not found", f"no job {job_id}", job_id=job_id)
    return JobOut.model_validate(job)
