"""/deadlines: upcoming deadlines or those in a window, per agency or province; also as an iCalendar feed."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response

from corpus.deadlines import find_deadlines

from ..deps import ReadKey, SessionDep
from ..exports import deadline_event, deadlines_ics
from ..schemas import DeadlineOut, Page

router = APIRouter(tags=["deadlines"])


def _window(due_from: dt.date | None, due_to: dt.date | None, upcoming: bool) -> tuple[dt.date | None, dt.date | None]:
    if upcoming and due_from is None:
        due_from = dt.date.today()
    return due_from, due_to


@router.get("/deadlines", response_model=Page[DeadlineOut], dependencies=[ReadKey])
def list_deadlines(session: SessionDep, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_from: dt.date | None = None, due_to: dt.date | None = None,
                   upcoming: Annotated[bool, Query(description="from today on when no due_from is given")] = True,
                   recurring: Annotated[bool, Query(description="include recurring schedules (RRULEs)")] = True,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 500):
    """Deadlines across the corpus (upcoming by default), per agency or province; recurring schedules as RRULEs."""
    start, end = _window(due_from, due_to, upcoming)
    items = find_deadlines(session, agency=agency, province=province, merged=merged, due_from=start, due_to=end,
                           recurring=recurring, limit=limit)
    return {"data": [DeadlineOut.model_validate(d) for d in items], "count": len(items)}


@router.get("/deadlines.ics", dependencies=[ReadKey], response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "an iCalendar feed (RFC 5545)"}})
def deadlines_feed(session: SessionDep, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_from: dt.date | None = None, due_to: dt.date | None = None, upcoming: bool = False,
                   recurring: bool = True) -> Response:
    """The same deadlines as an iCalendar feed (RFC 5545) to subscribe to; schedules as RRULEs from their first
    occurrence on or after the plan's date; each event carries its task and document."""
    start, end = _window(due_from, due_to, upcoming)
    items = find_deadlines(session, agency=agency, province=province, merged=merged, due_from=start, due_to=end,
                           recurring=recurring, limit=5000, tasks=True)
    events = [deadline_event(d) for d in items]
    name = "Thời hạn" + (f" — {agency}" if agency else "") + (f" — {province}" if province else "")
    return Response(deadlines_ics(events, name), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="thoi-han.ics"'})
