"""/agencies: the registry with task counts; an agency's obligations across the corpus (JSON, CSV, XLSX)."""
from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from corpus import catalog
from corpus import validity as V
from corpus.agency_match import match_agency
from corpus.queries import ObligationQuery, all_obligations, count_obligations, obligations
from corpus.registry import default_corpus_registry

from ..answers import in_session, kept_json
from ..deps import IsoDate, Offset, ReadKey, SessionDep, Year
from ..exports import obligations_csv, obligations_xlsx
from ..problems import Problem
from ..schemas import AgencyMatchOut, AgencyOut, ObligationOut, ObligationPageOut, Page

router = APIRouter(prefix="/agencies", tags=["agencies"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("", response_model=Page[AgencyOut], dependencies=[ReadKey])
def list_agencies(session: SessionDep, q: str | None = None, with_tasks: bool = False,
                  limit: Annotated[int | None, Query(ge=1, le=5000, description="at most this many (default: all)")] = None,
                  offset: Offset = 0):
    """Canonical names with their accepted spellings, and how many tasks of the corpus name each.
    `{data, count}`: `count` is the total, pages with `limit`/`offset`."""
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
    return {"data": items[offset:None if limit is None else offset + limit], "count": len(items)}


NOT_RECOGNISED = {"description": "the name matches no agency of the registry or the corpus: problem+json with "
                                  "`suggestions` (the closest names, best first: name, registry_id, score)",
                   "content": {"application/problem+json": {"example": {
                       "type": "about:blank", "title": "Agency not recognised", "status": 404,
                       "detail": "no agency is named 'so y tee'", "written": "so y tee",
                       "suggestions": [{"name": "Sở Y tế", "registry_id": "so-y-te", "score": 93.3}]}}}}


class ObligationFilters(BaseModel):
    """The query of GET /agencies/{name}/obligations, validated at once (a model for the sixteen parameters costs
    FastAPI a fifth of what sixteen separate parameters cost it on every request)."""

    province: Annotated[str | None, Query(examples=["Thái Bình", "Hưng Yên"])] = None
    merged: Annotated[bool, Query(description="include the provinces merged into `province` in 2025")] = False
    year: Year = None
    role: Literal["lead", "support", "responsible"] | None = None
    requested: bool | None = None
    due_after: IsoDate | None = None
    due_before: IsoDate | None = None
    q: Annotated[str | None, Query(description="text search in the task (diacritics ignored)")] = None
    predecessors: Annotated[bool, Query(description="also the tasks of the bodies it replaced in 2025")] = False
    as_partner: Annotated[bool | None, Query(description="false: assignee only (default); true: partner only; omit both")] = False
    in_force: Annotated[Literal["any", "only", "flag"], Query(
        description="any: every task (default); only: leave out the tasks of plans that were replaced or abolished, or "
                    "whose basis was; flag: keep them and mark them (in_force, validity_note)")] = "any"
    as_of: Annotated[IsoDate | None, Query(description="the date of in_force (YYYY-MM-DD; default today)")] = None
    limit: Annotated[int, Query(ge=1, le=1000)] = 100
    cursor: str | None = None
    format: Literal["json", "csv", "xlsx"] = "json"


@router.get("/{name}/obligations", response_model=ObligationPageOut, dependencies=[ReadKey],
            responses={200: {"content": {"text/csv": {}, XLSX: {}},
                             "description": "JSON, or CSV/XLSX with format= (headers X-Agency and X-Agency-Registry-Id, "
                                            "percent-encoded, name the agency matched)"},
                       404: NOT_RECOGNISED})
async def agency_obligations(
    request: Request,
    name: Annotated[str, Path(description="an agency, as written or typed", examples=["Công an tỉnh", "Sở LĐTBXH", "so y te"])],
    f: Annotated[ObligationFilters, Query()],
):
    """Tasks of an agency across all plans ("Sở LĐTBXH", "so y te" work), each with its document, section, deadline and span.

    `agency` says which agency the name matched (canonical name, registry id). A name that matches no agency is
    answered 404 (problem+json) with `suggestions`, the closest names: never an empty list that looks like an answer."""
    filters = filters_of(f)
    if f.format != "json":
        return await in_session(request, lambda s: _export(s, name, filters, f.format))
    return await kept_json(request, ("obligations", name, f.limit, f.cursor, *filters.values()),
                           lambda s: page_json(s, name, filters, f.limit, f.cursor))


def filters_of(f: ObligationFilters) -> dict:
    """The keyword filters of corpus.queries.ObligationQuery that `f` asks for."""
    as_of = f.as_of or (V.today() if f.in_force != "any" else None)    # "today": part of what the answer is kept under
    return dict(predecessors=f.predecessors, province=f.province, merged=f.merged, year=f.year, role=f.role,
                requested=f.requested, due_from=f.due_after, due_to=f.due_before, text=f.q, as_partner=f.as_partner,
                in_force=f.in_force, as_of=as_of)


def _matched(session: Session, name: str):
    """The agency `name` matches, or a 404 problem with the closest names."""
    found = match_agency(session, name)
    if not found.found:
        close = ", ".join(s.name for s in found.suggestions[:3])
        raise Problem(404, "Agency not recognised",
                      f"no agency is named {name!r}" + (f"; did you mean: {close}?" if close else ""),
                      written=name, suggestions=[s.to_dict() for s in found.suggestions])
    return found


def page_json(session: Session, name: str, filters: dict, limit: int, cursor: str | None) -> bytes:
    """The page as JSON (ObligationPageOut)."""
    found = _matched(session, name)
    matched = AgencyMatchOut(written=name, name=found.name, registry_id=found.registry_id, registered=found.registered)
    query = ObligationQuery(found.name, **filters)
    try:
        page = obligations(session, query, limit=limit, cursor=cursor)
    except ValueError as e:
        raise Problem(422, "Invalid cursor", str(e)) from None
    return ObligationPageOut(data=[ObligationOut.model_validate(o) for o in page.items], count=count_obligations(session, query),
                             agency=matched, agencies=list(page.agencies), next_cursor=page.next_cursor).json_bytes()


def _export(session: Session, name: str, filters: dict, format: str) -> Response:
    found = _matched(session, name)
    agency_headers = {"X-Agency": quote(found.name), "X-Agency-Registry-Id": found.registry_id or ""}
    items = all_obligations(session, ObligationQuery(found.name, **filters))
    if format == "csv":
        return Response(obligations_csv(items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="nhiem-vu.csv"', **agency_headers})
    return Response(obligations_xlsx(items, found.name), media_type=XLSX,
                    headers={"Content-Disposition": 'attachment; filename="nhiem-vu.xlsx"', **agency_headers})
