"""Counts kept as documents are stored, so that the hot answers read a few rows rather than count many.

- `agencies.tasks` / `agencies.partner_tasks`: the `task_agencies` rows naming an agency (as assignee, as partner);
  "Công an tỉnh" is named by 150,000 tasks of a corpus of 10,000 plans, which took 10-25 ms to count.
- `citing_tallies`: the current documents citing a node, by relation, province and year; the counts of a hub such
  as 36-CT/TW (4,000 citing plans) took 30-150 ms to group.

corpus.store calls `add` once a current version's rows are written and `remove` before they are deleted, in the
same transaction (as it keeps `nodes.cited_by_count`); only a current version's rows count (corpus.versions).
Rows are updated in key order, so that concurrent writers take their row locks in the same order.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import bindparam, delete, func, literal, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from models.tables import AgencyRow, CitationRow, CitingTally, Document, TaskAgency

from .db import insert_for

#: `citing_tallies.relation` of the row that counts a document once, whatever its relations.
ANY_RELATION = ""

_BUMP_AGENCY = (update(AgencyRow.__table__).where(AgencyRow.__table__.c.id == bindparam("aid"))
                .values(tasks=AgencyRow.__table__.c.tasks + bindparam("n_tasks"),
                        partner_tasks=AgencyRow.__table__.c.partner_tasks + bindparam("n_partner")))


def _agency_counts(session: Session, document_id: int) -> dict[int, tuple[int, int]]:
    """{agency id: (as assignee, as partner)} of the document's task_agencies rows."""
    counts: dict[int, list[int]] = {}
    for aid, partner, n in session.execute(select(TaskAgency.agency_id, TaskAgency.as_partner, func.count())
                                           .where(TaskAgency.document_id == document_id)
                                           .group_by(TaskAgency.agency_id, TaskAgency.as_partner)):
        counts.setdefault(aid, [0, 0])[1 if partner else 0] += n
    return {aid: (a, p) for aid, (a, p) in counts.items()}


def _citing_counts(session: Session, doc: Document) -> Counter:
    """{(node, relation, province, year): 1} of the document: each node it cites, once per relation and once
    whatever the relation (ANY_RELATION)."""
    province, year = doc.province or "", doc.issued_date.year if doc.issued_date else 0
    out: Counter = Counter()
    for node, relation in set(session.execute(select(CitationRow.node_id, CitationRow.relation)
                                              .where(CitationRow.document_id == doc.id)).all()):
        out[node, relation, province, year] = 1
        out[node, ANY_RELATION, province, year] = 1
    return out


def _apply(session: Session, doc: Document, sign: int) -> None:
    agencies = _agency_counts(session, doc.id)
    if agencies:
        session.execute(_BUMP_AGENCY, [{"aid": aid, "n_tasks": sign * a, "n_partner": sign * p}
                                       for aid, (a, p) in sorted(agencies.items())])
    citing = _citing_counts(session, doc)
    if not citing:
        return
    rows = [{"node_id": n, "relation": r, "province": p, "year": y, "documents": sign * c}
            for (n, r, p, y), c in sorted(citing.items())]
    ins = insert_for(session, CitingTally.__table__)
    session.execute(ins.on_conflict_do_update(
        index_elements=["node_id", "relation", "province", "year"],
        set_={"documents": CitingTally.__table__.c.documents + ins.excluded.documents}), rows)
    if sign < 0:
        nodes = sorted({n for n, *_ in citing})
        session.execute(delete(CitingTally).where(CitingTally.node_id.in_(nodes), CitingTally.documents <= 0))


def add(session: Session, doc: Document) -> None:
    """Count the rows of `doc`, a current version whose task_agencies and citations were just written."""
    session.flush()
    _apply(session, doc, +1)


def remove(session: Session, doc: Document) -> None:
    """Uncount the rows of `doc`, a current version whose rows are about to be deleted (before its metadata
    changes: the province and year it was counted under)."""
    _apply(session, doc, -1)


def rebuild(session: Session | Connection) -> None:
    """Count every current version's rows again from scratch (migration 0009's backfill)."""
    a = AgencyRow.__table__.c
    ta = TaskAgency.__table__.c
    session.execute(update(AgencyRow.__table__).values(
        tasks=select(func.count()).where(ta.agency_id == a.id, ta.as_partner.is_(False)).scalar_subquery(),
        partner_tasks=select(func.count()).where(ta.agency_id == a.id, ta.as_partner.is_(True)).scalar_subquery()))
    session.execute(delete(CitingTally))
    session.execute(CitingTally.__table__.insert().from_select(
        ["node_id", "relation", "province", "year", "documents"], citing_select()))


def citing_select():
    """The tallies as counted from the citations of the current documents (what `citing_tallies` must hold)."""
    ct, dt_ = CitationRow.__table__, Document.__table__
    c, d = ct.c, dt_.c
    year = func.coalesce(func.extract("year", d.issued_date), 0)
    province = func.coalesce(d.province, "")
    current = [d.version_of.is_(None)]
    by_relation = (select(c.node_id, c.relation, province.label("province"), year.label("year"),
                          func.count(func.distinct(c.document_id)).label("documents"))
                   .select_from(ct.join(dt_, d.id == c.document_id)).where(*current)
                   .group_by(c.node_id, c.relation, province, year))
    any_relation = (select(c.node_id, literal(ANY_RELATION, c.relation.type).label("relation"), province.label("province"),
                           year.label("year"), func.count(func.distinct(c.document_id)).label("documents"))
                    .select_from(ct.join(dt_, d.id == c.document_id)).where(*current)
                    .group_by(c.node_id, province, year))
    return by_relation.union_all(any_relation)


def agency_totals(session: Session, agency_ids: list[int], as_partner: bool | None) -> int:
    """The task_agencies rows naming any of `agency_ids` (as assignee, as partner, or both with None)."""
    a = AgencyRow.__table__.c
    col = a.tasks if as_partner is False else a.partner_tasks if as_partner else a.tasks + a.partner_tasks
    return session.execute(select(func.coalesce(func.sum(col), 0)).where(a.id.in_(agency_ids))).scalar() or 0
