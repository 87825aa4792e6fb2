"""What an agency must do across the corpus: `obligations(session, "Sở Y tế", ...)`.

The agency name is resolved by the registry (any spelling). With `predecessors`, the tasks
of the bodies it took over in the 2025 reorganisation are included (Sở Nội vụ <- Sở Lao
động - Thương binh và Xã hội; `partial` adds bodies it took only some functions from);
with `merged`, a province includes the provinces merged into it (Hưng Yên <- Thái Bình).
Filters: province, year of the plan, role (lead | support | responsible), requested
("Đề nghị ..."), deadline window, text (full-text, diacritics ignored) and partner
(`as_partner=True`: tasks where the agency is a partner; None: both). Validity (`in_force`, on `as_of`):
"any" (default) every task; "only" leaves out the tasks of plans that were replaced or abolished, or whose basis
(or what they implement) was; "flag" keeps them all and marks those (`in_force`, `validity_note`).

Results come a page at a time, newest plan first, from one index
(`task_agencies(agency_id, as_partner, sort_date, task_id)`), so the time of a page does
not grow with the corpus; `next_cursor` fetches the next page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from models.tables import AgencyRow, Document, TaskAgency, TaskRow

from . import search
from . import validity as V
from .graph import DOC_REF
from .records import DocRef, Obligation, ObligationPage, SpanRef
from .store import ref_names
from .registry import CorpusRegistry, agency_key, default_corpus_registry

DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class ObligationQuery:
    agency: str
    predecessors: bool = False
    partial: bool = False
    province: str | None = None
    merged: bool = False
    year: int | None = None
    role: str | None = None
    requested: bool | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    text: str | None = None
    as_partner: bool | None = False
    in_force: Literal["any", "only", "flag"] = "any"
    as_of: dt.date | None = None


def _cursor(c: str | None) -> tuple[dt.date, int] | None:
    if not c:
        return None
    d, _, t = c.partition(":")
    return dt.date.fromisoformat(d), int(t)


def _names(q: ObligationQuery, reg: CorpusRegistry) -> tuple[str, ...]:
    name = reg.canonical(q.agency)
    extra = reg.predecessors(name, partial=q.partial) if q.predecessors else ()
    return (name, *extra)


def _filtered(session: Session, q: ObligationQuery, agency_ids: list[int], provinces: tuple[str, ...]) -> Select:
    ta = TaskAgency
    stmt = select(ta.task_id, ta.document_id, ta.agency_id, ta.as_partner, ta.written, ta.span_start, ta.span_end, ta.page,
                  ta.sort_date).where(ta.agency_id.in_(agency_ids))
    if q.as_partner is not None:
        stmt = stmt.where(ta.as_partner == q.as_partner)
    if provinces:
        stmt = stmt.where(ta.province.in_(provinces))
    if q.year is not None:
        stmt = stmt.where(ta.sort_date >= dt.date(q.year, 1, 1), ta.sort_date <= dt.date(q.year, 12, 31))
    if q.role:
        stmt = stmt.where(ta.role == q.role)
    if q.requested is not None:
        stmt = stmt.where(ta.requested == q.requested)
    if q.due_from:
        stmt = stmt.where(ta.due >= q.due_from)
    if q.due_to:
        stmt = stmt.where(ta.due <= q.due_to)
    if q.in_force == "only":
        stmt = stmt.where(~V.out_of_force(ta.document_id, q.as_of))
    cond = search.matches(session, ta.task_id, q.text, "task") if q.text else None
    if cond is not None:   # a text without any word filters nothing
        stmt = stmt.where(cond)
    return stmt


def _setup(session: Session, q: ObligationQuery, reg: CorpusRegistry | None):
    reg = reg or default_corpus_registry()
    names = _names(q, reg)
    keys = [agency_key(n) for n in names]
    ids = dict(session.execute(select(AgencyRow.id, AgencyRow.name).where(AgencyRow.key.in_(keys))).all())
    provinces = reg.provinces_under(q.province, merged=q.merged) if q.province else ()
    return names, ids, provinces


def obligations(session: Session, agency: str | ObligationQuery, *, limit: int = DEFAULT_LIMIT, cursor: str | None = None,
                registry: CorpusRegistry | None = None, **filters) -> ObligationPage:
    """A page of the tasks that name `agency` (see the module doc for the filters), newest plan first."""
    q = agency if isinstance(agency, ObligationQuery) else ObligationQuery(agency, **filters)
    names, ids, provinces = _setup(session, q, registry)
    if not ids:
        return ObligationPage((), names, provinces, None)
    stmt = _filtered(session, q, list(ids), provinces)
    after = _cursor(cursor)
    if after:
        stmt = stmt.where(tuple_(TaskAgency.sort_date, TaskAgency.task_id) < tuple_(*after))
    rows = session.execute(stmt.order_by(TaskAgency.sort_date.desc(), TaskAgency.task_id.desc()).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    tasks, docs = {}, {}
    if rows:
        t_, d_ = TaskRow, Document
        tasks = {t.id: t for t in session.execute(
            select(t_.id, t_.tid, t_.section_sid, t_.role, t_.requested, t_.text, t_.due, t_.deadline, t_.agency_refs,
                   t_.partner_refs, t_.span_start, t_.span_end, t_.page).where(t_.id.in_({r.task_id for r in rows}))).all()}
        docs = {d[0]: DocRef(*d) for d in session.execute(
            select(*DOC_REF).where(d_.id.in_({r.document_id for r in rows}))).all()}
    notes = V.document_notes(session, docs, q.as_of) if q.in_force == "flag" and docs else {}
    items = []
    for r in rows:
        t = tasks[r.task_id]
        deadline = t.deadline or {}
        items.append(Obligation(
            document=docs[r.document_id], task_id=t.tid, agency=ids[r.agency_id], written=r.written, as_partner=r.as_partner,
            role=t.role, requested=t.requested, text=t.text, section=t.section_sid,
            agencies=ref_names(t.agency_refs), partners=ref_names(t.partner_refs),
            due=t.due, deadline_text=deadline.get("text"), recurrence=deadline.get("recurrence"),
            span=SpanRef(t.span_start, t.span_end, t.page), agency_span=SpanRef(r.span_start, r.span_end, r.page),
            in_force=(notes.get(r.document_id) is None) if q.in_force == "flag" else None,
            validity_note=notes.get(r.document_id)))
    nxt = f"{rows[-1].sort_date.isoformat()}:{rows[-1].task_id}" if more and rows else None
    return ObligationPage(tuple(items), names, provinces, nxt)


def count_obligations(session: Session, agency: str | ObligationQuery, *, registry: CorpusRegistry | None = None,
                      **filters) -> int:
    """How many (task, agency) pairs match; same filters as `obligations`."""
    q = agency if isinstance(agency, ObligationQuery) else ObligationQuery(agency, **filters)
    _, ids, provinces = _setup(session, q, registry)
    if not ids:
        return 0
    stmt = _filtered(session, q, list(ids), provinces)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def all_obligations(session: Session, agency: str | ObligationQuery, *, page_size: int = 500, **filters) -> list[Obligation]:
    """Every matching obligation (all pages)."""
    out: list[Obligation] = []
    cursor = None
    while True:
        page = obligations(session, agency, limit=page_size, cursor=cursor, **filters)
        out.extend(page.items)
        if not page.next_cursor:
            return out
        cursor = page.next_cursor
