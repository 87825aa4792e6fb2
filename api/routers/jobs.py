"""/jobs/{id}: the state of an extraction job."""
from __future__ import annotations

from fastapi import APIRouter

from ..deps import JobsDep, ReadKey
from ..problems import Problem
from ..schemas import JobOut

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobOut, dependencies=[ReadKey])
def get_job(job_id: str, jobs: JobsDep) -> JobOut:
    """State (queued, running, done, failed), progress, the document id, and on failure the reason."""
    if job_id.startswith("existing-") and job_id[9:].isdigit():
        return JobOut(id=job_id, name="", state="done", progress=1.0, stage="done", document_id=int(job_id[9:]), outcome="unchanged")
    job = jobs.get(job_id)
    if job is None:
        raise Problem(404, "Not found", f"no job {job_id}")
    return JobOut.model_validate(job)
