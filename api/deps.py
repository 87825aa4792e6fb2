"""Request dependencies: the database session, the settings, the API key check, the job queue.

They are `async def`: none of them waits on anything (a session connects at its first query, which the endpoint
makes in its worker thread), and FastAPI runs a plain `def` dependency in the thread pool, a hop per dependency
and per request that costs more than the dependency itself.
"""
from __future__ import annotations

import datetime as dt
import hmac
import re
from typing import Annotated, AsyncIterator

from fastapi import Depends, Header, Path, Query, Request
from pydantic import BeforeValidator
from sqlalchemy.orm import Session

from corpus.queue import JobQueue
from .problems import Problem
from .settings import Settings


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    with request.app.state.db.session() as s:
        yield s


async def get_jobs(request: Request) -> JobQueue:
    return request.app.state.jobs


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
JobsDep = Annotated[JobQueue, Depends(get_jobs)]


def _check(settings: Settings, key: str | None) -> None:
    if not settings.api_key:
        raise Problem(401, "Unauthorized", "write endpoints are disabled: the service has no KEHOACH_API_KEY")
    if not key or not hmac.compare_digest(key, settings.api_key):
        raise Problem(401, "Unauthorized", "a valid X-API-Key header is required")


async def require_write_key(settings: SettingsDep, x_api_key: Annotated[str | None, Header()] = None) -> None:
    _check(settings, x_api_key)


async def require_read_key(settings: SettingsDep, x_api_key: Annotated[str | None, Header()] = None) -> None:
    if settings.read_key_required:
        _check(settings, x_api_key)


WriteKey = Depends(require_write_key)
ReadKey = Depends(require_read_key)


#: A stored document's id (bounded, so a huge number is a 422, not a database overflow).
DocumentId = Annotated[int, Path(ge=1, le=2**63 - 1, description="document id")]
#: Where a page of results starts (bounded: a huge offset is a 422, not a database overflow).
Offset = Annotated[int, Query(ge=0, le=2**31 - 1, description="items to skip")]
#: A year of issue.
Year = Annotated[int | None, Query(ge=1900, le=2100)]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(v: object) -> object:
    """A query date is written YYYY-MM-DD, as the OpenAPI `format: date` says (pydantic would also take a number
    as a Unix time: "-4.98e-196" would be 1970-01-01)."""
    if isinstance(v, str) and not _ISO_DATE.fullmatch(v.strip()):
        raise ValueError("a date is written YYYY-MM-DD")
    return v


#: A date in a query string: ISO 8601 "YYYY-MM-DD" only.
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]
