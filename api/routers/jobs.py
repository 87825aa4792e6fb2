"""/jobs/{id}: the state of an extraction job."""
from __future__ import annotations

from fastapi import APIRouter

from ..deps import JobsDep, ReadKey
from ..problems import Problem
from ..schemas import JobOut

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobOut, dependencies=[ReadKey])
def get_job(job_id: str, jobs: JobsDep) -> JobOut:
    """State (queued, running, done, failed), stage, progress, the document id, and on failure the reason.

    The same in both queue modes: the state is read from the database that the workers write."""
    if job_id.startswith(JobOut.EXISTING) and job_id[len(JobOut.EXISTING):].isdigit():
        return JobOut.existing(int(job_id[len(JobOut.EXISTING):]))
    job = jobs.get(job_id)
    if job is None:
        raise Problem(404, "Not found", f"no job {job_id}")
    return JobOut.model_validate(job)
