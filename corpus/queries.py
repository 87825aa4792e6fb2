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

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from sqlalchemy import bindparam, func, select, tuple_
from sqlalchemy.orm import Session

from models.tables import AgencyRow, Document, TaskAgency, TaskRow

from . import search, tallies
from . import validity as V
from .db import run
from .generation import remember
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


def _conditions(session: Session, q: ObligationQuery, agency_ids: list[int], provinces: tuple[str, ...]) -> list:
    """The WHERE terms of a query on `task_agencies` (the obligations index holds agency, partner, province, date)."""
    ta = TaskAgency
    conds = [ta.agency_id.in_(agency_ids) if len(agency_ids) > 1 else ta.agency_id == agency_ids[0]]
    if q.as_partner is not None:
        conds.append(ta.as_partner == q.as_partner)
    if provinces:
        conds.append(ta.province.in_(provinces))
    if q.year is not None:
        conds += [ta.sort_date >= dt.date(q.year, 1, 1), ta.sort_date <= dt.date(q.year, 12, 31)]
    if q.role:
        conds.append(ta.role == q.role)
    if q.requested is not None:
        conds.append(ta.requested == q.requested)
    if q.due_from:
        conds.append(ta.due >= q.due_from)
    if q.due_to:
        conds.append(ta.due <= q.due_to)
    if q.in_force == "only":
        conds.append(~V.out_of_force(ta.document_id, q.as_of))
    cond = search.matches(session, ta.task_id, q.text, "task") if q.text else None
    if cond is not None:   # a text without any word filters nothing
        conds.append(cond)
    return conds


def _query(agency: str | ObligationQuery, filters: dict) -> ObligationQuery:
    q = agency if isinstance(agency, ObligationQuery) else ObligationQuery(agency, **filters)
    if q.in_force != "any" and q.as_of is None:      # the date is part of what a count is kept under
        q = dataclasses.replace(q, as_of=V.today())
    return q


@lru_cache(maxsize=1024)
def _resolved(agency: str, predecessors: bool, partial: bool, reg: CorpusRegistry) -> tuple[str, ...]:
    """The canonical names a query searches (the registry's answer never changes while it is loaded)."""
    name = reg.canonical(agency)
    extra = reg.predecessors(name, partial=partial) if predecessors else ()
    return (name, *extra)


def _setup(session: Session, q: ObligationQuery, reg: CorpusRegistry | None):
    """The names searched, their agency rows {id: name} and the provinces searched (kept per corpus generation for
    the default registry)."""
    own = reg is None
    reg = reg or default_corpus_registry()

    def compute():
        names = _resolved(q.agency, q.predecessors, q.partial, reg)
        keys = [agency_key(n) for n in names]
        ids = dict(run(session, select(AgencyRow.id, AgencyRow.name).where(AgencyRow.key.in_(keys))).all())
        provinces = reg.provinces_under(q.province, merged=q.merged) if q.province else ()
        return names, ids, tuple(provinces)

    if not own:
        return compute()
    return remember(session, "obligations.setup", (q.agency, q.predecessors, q.partial, q.province, q.merged), compute)


#: What a page of obligations reads, in one statement: the agency's mention (task_agencies), its task and its document.
_TA = (TaskAgency.task_id, TaskAgency.agency_id, TaskAgency.as_partner, TaskAgency.written, TaskAgency.span_start,
       TaskAgency.span_end, TaskAgency.page, TaskAgency.sort_date)
_TASK = (TaskRow.tid, TaskRow.section_sid, TaskRow.role, TaskRow.requested, TaskRow.text, TaskRow.due, TaskRow.deadline,
         TaskRow.agency_refs, TaskRow.partner_refs, TaskRow.span_start, TaskRow.span_end, TaskRow.page)
_PAGE = (*_TA, *_TASK, *DOC_REF)
_PAGE_SELECT = (select(*_PAGE).join(TaskRow, TaskRow.id == TaskAgency.task_id)
                .join(Document, Document.id == TaskAgency.document_id))


@lru_cache(maxsize=64)
def _page_stmt(as_partner: bool, provinces: bool, year: bool, role: bool, requested: bool, due_from: bool, due_to: bool,
               after: bool):
    """The statement of a page of obligations whose filters are columns of the index (what most requests ask), built
    once per combination of filters (building it cost more than SQLite takes to run it); the values are bound."""
    ta = TaskAgency
    conds = [ta.agency_id.in_(bindparam("ids", expanding=True))]
    if as_partner:
        conds.append(ta.as_partner == bindparam("as_partner"))
    if provinces:
        conds.append(ta.province.in_(bindparam("provinces", expanding=True)))
    if year:
        conds += [ta.sort_date >= bindparam("year_from"), ta.sort_date <= bindparam("year_to")]
    if role:
        conds.append(ta.role == bindparam("role"))
    if requested:
        conds.append(ta.requested == bindparam("requested"))
    if due_from:
        conds.append(ta.due >= bindparam("due_from"))
    if due_to:
        conds.append(ta.due <= bindparam("due_to"))
    if after:
        conds.append(tuple_(ta.sort_date, ta.task_id) < tuple_(bindparam("after_date"), bindparam("after_task")))
    return _PAGE_SELECT.where(*conds).order_by(ta.sort_date.desc(), ta.task_id.desc()).limit(bindparam("limit"))


def _page_rows(session: Session, q: ObligationQuery, ids: list[int], provinces: tuple[str, ...],
               after: tuple[dt.date, int] | None, limit: int):
    if q.text or q.in_force == "only":   # conditions that are statements of their own: built for this request
        stmt = _PAGE_SELECT.where(*_conditions(session, q, ids, provinces))
        if after:
            stmt = stmt.where(tuple_(TaskAgency.sort_date, TaskAgency.task_id) < tuple_(*after))
        return run(session, stmt.order_by(TaskAgency.sort_date.desc(), TaskAgency.task_id.desc()).limit(limit)).all()
    params: dict = {"ids": ids, "limit": limit}
    if q.as_partner is not None:
        params["as_partner"] = q.as_partner
    if provinces:
        params["provinces"] = list(provinces)
    if q.year is not None:
        params.update(year_from=dt.date(q.year, 1, 1), year_to=dt.date(q.year, 12, 31))
    for name, value in (("role", q.role), ("due_from", q.due_from), ("due_to", q.due_to)):
        if value:
            params[name] = value
    if q.requested is not None:
        params["requested"] = q.requested
    if after:
        params.update(after_date=after[0], after_task=after[1])
    stmt = _page_stmt(q.as_partner is not None, bool(provinces), q.year is not None, bool(q.role), q.requested is not None,
                      bool(q.due_from), bool(q.due_to), after is not None)
    return session.connection().execute(stmt, params).all()


def obligations(session: Session, agency: str | ObligationQuery, *, limit: int = DEFAULT_LIMIT, cursor: str | None = None,
                registry: CorpusRegistry | None = None, **filters) -> ObligationPage:
    """A page of the tasks that name `agency` (see the module doc for the filters), newest plan first."""
    q = _query(agency, filters)
    names, ids, provinces = _setup(session, q, registry)
    if not ids:
        return ObligationPage((), names, provinces, None)
    # columns only, so the Core path (no ORM loading): a page of 50 rows in a third of the time
    rows = _page_rows(session, q, list(ids), provinces, _cursor(cursor), limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    items = []
    a, t = len(_TA), len(_TA) + len(_TASK)
    notes = V.document_notes(session, {r[t] for r in rows}, q.as_of) if q.in_force == "flag" and rows else {}
    for r in rows:
        (tid, section, role, requested, text, due, deadline, agency_refs, partner_refs, t_start, t_end, t_page) = r[a:t]
        deadline = deadline or {}
        items.append(Obligation(
            document=DocRef(*r[t:]), task_id=tid, agency=ids[r.agency_id], written=r.written, as_partner=r.as_partner,
            role=role, requested=requested, text=text, section=section,
            agencies=ref_names(agency_refs), partners=ref_names(partner_refs),
            due=due, deadline_text=deadline.get("text"), recurrence=deadline.get("recurrence"),
            span=SpanRef(t_start, t_end, t_page), agency_span=SpanRef(r[4], r[5], r[6]),
            in_force=(notes.get(r[t]) is None) if q.in_force == "flag" else None, validity_note=notes.get(r[t])))
    nxt = f"{rows[-1].sort_date.isoformat()}:{rows[-1].task_id}" if more and rows else None
    return ObligationPage(tuple(items), names, provinces, nxt)


def count_obligations(session: Session, agency: str | ObligationQuery, *, registry: CorpusRegistry | None = None,
                      **filters) -> int:
    """How many (task, agency) pairs match; same filters as `obligations` (counted on the index alone when the
    filters are its columns, and kept until the corpus changes: corpus.generation)."""
    q = _query(agency, filters)
    _, ids, provinces = _setup(session, q, registry)
    if not ids:
        return 0
    if _unfiltered(q, provinces):       # the agencies' own counts (corpus.tallies)
        return tallies.agency_totals(session, sorted(ids), q.as_partner)
    return remember(session, "obligations.count", (q, tuple(sorted(ids)), provinces), lambda: run(session,
        select(func.count()).select_from(TaskAgency).where(*_conditions(session, q, list(ids), provinces))).scalar() or 0)


def _unfiltered(q: ObligationQuery, provinces: tuple[str, ...]) -> bool:
    """Whether `q` asks for every row of its agencies (assignee, partner or both), which the agencies' counts hold."""
    return not (provinces or q.year is not None or q.role or q.requested is not None or q.due_from or q.due_to or q.text
                or q.in_force == "only")


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
