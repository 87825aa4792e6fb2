"""/deadlines: upcoming deadlines or those in a window, per agency or province; also as an iCalendar feed."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response

from corpus.deadlines import deadline_page, find_deadlines

from ..deps import IsoDate, Offset, ReadKey, SessionDep
from ..exports import deadline_event, deadlines_ics
from ..schemas import DeadlineOut, Page

router = APIRouter(tags=["deadlines"])


#: The window's bounds, named as on `/agencies/{name}/obligations`; `due_from`/`due_to` are their old names.
DueAfter = Annotated[IsoDate | None, Query(description="due on or after this date")]
DueBefore = Annotated[IsoDate | None, Query(description="due on or before this date")]
DueFrom = Annotated[IsoDate | None, Query(deprecated=True, description="old name of `due_after`")]
DueTo = Annotated[IsoDate | None, Query(deprecated=True, description="old name of `due_before`")]


def _window(due_after: dt.date | None, due_before: dt.date | None, upcoming: bool, due_from: dt.date | None = None,
            due_to: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    due_after = due_after if due_after is not None else due_from
    due_before = due_before if due_before is not None else due_to
    if upcoming and due_after is None:
        due_after = dt.date.today()
    return due_after, due_before


@router.get("/deadlines", response_model=Page[DeadlineOut], dependencies=[ReadKey])
def list_deadlines(session: SessionDep, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_after: DueAfter = None, due_before: DueBefore = None,
                   upcoming: Annotated[bool, Query(description="from today on when no due_after is given")] = True,
                   recurring: Annotated[bool, Query(description="include recurring schedules (RRULEs)")] = True,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 500, offset: Offset = 0,
                   due_from: DueFrom = None, due_to: DueTo = None):
    """Deadlines across the corpus (upcoming by default), per agency or province; recurring schedules as RRULEs.
    `{data, count}`: `count` is the total, pages with `limit`/`offset`."""
    start, end = _window(due_after, due_before, upcoming, due_from, due_to)
    items, total = deadline_page(session, agency=agency, province=province, merged=merged, due_from=start, due_to=end,
                                 recurring=recurring, limit=limit, offset=offset)
    return {"data": [DeadlineOut.model_validate(d) for d in items], "count": total}


@router.get("/deadlines.ics", dependencies=[ReadKey], response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "an iCalendar feed (RFC 5545)"}})
def deadlines_feed(session: SessionDep, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_after: DueAfter = None, due_before: DueBefore = None, upcoming: bool = False,
                   recurring: bool = True, due_from: DueFrom = None, due_to: DueTo = None) -> Response:
    """The same deadlines as an iCalendar feed (RFC 5545) to subscribe to; schedules as RRULEs from their first
    occurrence on or after the plan's date; each event carries its task and document."""
    start, end = _window(due_after, due_before, upcoming, due_from, due_to)
    items = find_deadlines(session, agency=agency, province=province, merged=merged, due_from=start, due_to=end,
                           recurring=recurring, limit=5000, tasks=True)
    events = [deadline_event(d) for d in items]
    name = "Thời hạn" + (f" — {agency}" if agency else "") + (f" — {province}" if province else "")
    return Response(deadlines_ics(events, name), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="thoi-han.ics"'})
