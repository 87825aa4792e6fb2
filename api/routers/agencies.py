"""/agencies: the registry with task counts; an agency's obligations across the corpus (JSON, CSV, XLSX)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from corpus import catalog
from corpus.queries import ObligationQuery, all_obligations, count_obligations, obligations
from corpus.registry import default_corpus_registry

from ..deps import ReadKey, SessionDep, Year
from ..exports import obligations_csv, obligations_xlsx
from ..problems import Problem
from ..schemas import AgencyOut, ObligationOut, ObligationPageOut, Page

router = APIRouter(prefix="/agencies", tags=["agencies"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("", response_model=Page[AgencyOut], dependencies=[ReadKey])
def list_agencies(session: SessionDep, q: str | None = None, with_tasks: bool = False):
    """Canonical names with their accepted spellings, and how many tasks of the corpus name each."""
    from extractor.vntext import strip_marks

    counts = catalog.agency_counts(session)
    reg = default_corpus_registry().agencies
    items = []
    seen = set()
    for a in reg.agencies:
        seen.add(a.name)
        items.append(AgencyOut(name=a.name, type=a.type, level=a.level, spellings=list(a.spellings), tasks=counts.get(a.name, 0)))
    for name, n in counts.items():
        if name not in seen:  # agencies the registry does not know, as written in the plans
            items.append(AgencyOut(name=name, type="unregistered", level="any", spellings=[], tasks=n))
    if q:
        key = strip_marks(q)
        items = [a for a in items if key in strip_marks(a.name) or any(key in strip_marks(s) for s in a.spellings)]
    if with_tasks:
        items = [a for a in items if a.tasks]
    items.sort(key=lambda a: (-a.tasks, a.name))
    return {"data": items, "count": len(items)}


@router.get("/{name}/obligations", response_model=ObligationPageOut, dependencies=[ReadKey],
            responses={200: {"content": {"text/csv": {}, XLSX: {}}, "description": "JSON, or CSV/XLSX with format="}})
def agency_obligations(
    name: Annotated[str, Path(description="an agency, as written or typed", examples=["Công an tỉnh", "Sở LĐTBXH", "so y te"])],
    session: SessionDep,
    province: Annotated[str | None, Query(examples=["Thái Bình", "Hưng Yên"])] = None,
    merged: Annotated[bool, Query(description="include the provinces merged into `province` in 2025")] = False,
    year: Year = None,
    role: Literal["lead", "support", "responsible"] | None = None,
    requested: bool | None = None,
    due_after: dt.date | None = None,
    due_before: dt.date | None = None,
    q: Annotated[str | None, Query(description="text search in the task (diacritics ignored)")] = None,
    predecessors: Annotated[bool, Query(description="also the tasks of the bodies it replaced in 2025")] = False,
    as_partner: Annotated[bool | None, Query(description="false: assignee only (default); true: partner only; omit both")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: str | None = None,
    format: Literal["json", "csv", "xlsx"] = "json",
):
    """Tasks of an agency across all plans ("Sở LĐTBXH", "so y te" work), each with its document, section, deadline and span."""
    canonical = default_corpus_registry().canonical(name)
    query = ObligationQuery(canonical, predecessors=predecessors, province=province, merged=merged, year=year, role=role,
                            requested=requested, due_from=due_after, due_to=due_before, text=q, as_partner=as_partner)
    if format != "json":
        items = all_obligations(session, query)
        if format == "csv":
            return Response(obligations_csv(items), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="nhiem-vu.csv"'})
        return Response(obligations_xlsx(items, canonical), media_type=XLSX,
                        headers={"Content-Disposition": 'attachment; filename="nhiem-vu.xlsx"'})
    try:
        page = obligations(session, query, limit=limit, cursor=cursor)
    except ValueError as e:
        raise Problem(422, "Invalid cursor", str(e)) from None
    return ObligationPageOut(data=[ObligationOut.model_validate(o) for o in page.items], count=count_obligations(session, query),
                             agencies=list(page.agencies), next_cursor=page.next_cursor)
