"""Citation nodes in the database: resolve identities to nodes, collect evidence, count, clean up.

Used by corpus.store inside its transaction; the identity rules themselves are in
corpus.linker. What each citing text says about a node (type, issuer, date, title,
written key) is counted in `node_evidence`; the node shows the most supported value
(ties: the earliest), and a node that is a stored document shows that document's own
metadata. Counts are kept incrementally so that ingesting a plan that cites a
much-cited document does not rescan everything that cites it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, exists, func, select, update
from sqlalchemy.orm import Session

from extractor.vntext import squash
from models.tables import CitationRow, Document, DocumentRelationRow, Node, NodeAlias, NodeEvidence, NodeLink, NodeRelation

from .db import insert_for
from .linker import NodeRef

EVIDENCE_FIELDS = ("key", "doc_type", "issuer", "date", "title")
CHUNK = 500


def _chunks(items: Sequence, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def evidence_norm(field_name: str, value: str) -> str:
    return value[:10] if field_name == "date" else (squash(value)[:200] or value[:200])


@dataclass(frozen=True)
class Evidence:
    node_id: int
    field: str
    value: str
    first_seen: int

    @property
    def norm(self) -> str:
        return evidence_norm(self.field, self.value)


def evidence_of(node_id: int, citation_id: int, key: str, doc_type: str | None, issuer: str | None, date: str | None,
                title: str | None) -> list[Evidence]:
    vals = {"key": key, "doc_type": doc_type, "issuer": issuer, "date": date, "title": title}
    return [Evidence(node_id, f, v, citation_id) for f, v in vals.items() if v]


# ------------------------------------------------------------------ resolve

def _aliases_of(ref: NodeRef) -> list[str]:
    out = [ref.identity, *ref.aliases]
    if ref.scope == "law" and ref.year:
        out.insert(0, f"{ref.identity}#{ref.year}")
    return list(dict.fromkeys(out))


def _lookup(session: Session, identities: Iterable[str]) -> dict[str, int]:
    ids = list(dict.fromkeys(identities))
    found: dict[str, int] = {}
    for part in _chunks(ids):
        found.update(session.execute(select(NodeAlias.identity, NodeAlias.node_id).where(NodeAlias.identity.in_(part))).all())
    return found


def resolve(session: Session, refs: Sequence[NodeRef]) -> list[int]:
    """The node id of each ref, creating nodes and aliases as needed (safe against concurrent writers)."""
    found = _lookup(session, (a for r in refs for a in _aliases_of(r)))
    # the year each law node stands for: stored ones, then the ones this batch gives
    year_of: dict[str, int | None] = {}
    law_nodes = {found[r.identity]: r.identity for r in refs if r.scope == "law" and r.identity in found}
    if law_nodes:
        for nid, year in session.execute(select(Node.id, Node.year).where(Node.id.in_(list(law_nodes)))).all():
            year_of[law_nodes[nid]] = year
    chosen: list[str] = []      # the identity of the node each ref lands on
    for r in refs:
        hit = next((a for a in _aliases_of(r) if a in found), None)
        if r.scope == "law" and r.year and hit in (None, r.identity):
            year = year_of.get(r.identity)
            if year is not None and year != r.year:
                hit = f"{r.identity}#{r.year}"      # a second law of the same name, another year
                year_of.setdefault(hit, r.year)
            else:
                year_of[r.identity] = r.year
        chosen.append(hit if hit is not None else r.identity)
    missing = {c: r for c, r in zip(chosen, refs) if c not in found}
    if missing:  # sorted, like every batch below, so that concurrent writers take row locks in one order
        ins = insert_for(session, Node.__table__).on_conflict_do_nothing(index_elements=["identity"])
        session.execute(ins, [{"identity": c, "key": r.key, "scope": r.scope, "province": r.province,
                               "year": r.year if r.scope == "law" else None, "cited_by_count": 0}
                              for c, r in sorted(missing.items())])
        created = dict(session.execute(select(Node.identity, Node.id).where(Node.identity.in_(list(missing)))).all())
        found.update(created)
    # every alias of a ref answers for its node from now on (first writer wins)
    alias_rows = {}
    for c, r in zip(chosen, refs):
        nid = found[c]
        for a in (c, *_aliases_of(r)):
            if a not in found or a == c:
                alias_rows.setdefault(a, nid)
    if alias_rows:
        ins = insert_for(session, NodeAlias.__table__).on_conflict_do_nothing(index_elements=["identity"])
        session.execute(ins, [{"identity": a, "node_id": n} for a, n in sorted(alias_rows.items())])
    # a law node learns its year the first time a citing text gives one
    for c, r in zip(chosen, refs):
        if r.scope == "law" and r.year:
            session.execute(update(Node).where(Node.id == found[c], Node.year.is_(None)).values(year=r.year))
    return [found[c] for c in chosen]


def claim(session: Session, node_id: int, document_id: int) -> bool:
    """Make `node_id` the node of a stored document; False if another document holds it already."""
    res = session.execute(update(Node).where(Node.id == node_id, Node.document_id.is_(None)).values(document_id=document_id))
    if res.rowcount:
        return True
    return session.scalar(select(Node.document_id).where(Node.id == node_id)) == document_id


def release(session: Session, document_id: int) -> list[int]:
    ids = list(session.scalars(select(Node.id).where(Node.document_id == document_id)))
    if ids:
        session.execute(update(Node).where(Node.id.in_(ids)).values(document_id=None))
    return ids


# ----------------------------------------------------------------- evidence

def add_evidence(session: Session, items: Sequence[Evidence]) -> None:
    merged: dict[tuple[int, str, str], list] = {}
    for e in items:
        k = (e.node_id, e.field, e.norm)
        if k in merged:
            merged[k][1] += 1
        else:
            merged[k] = [e, 1]
    if not merged:
        return
    t = NodeEvidence.__table__
    ins = insert_for(session, t)
    ins = ins.on_conflict_do_update(index_elements=["node_id", "field", "norm"],
                                    set_={"support": t.c.support + ins.excluded.support})
    session.execute(ins, [{"node_id": e.node_id, "field": e.field, "norm": k[2], "value": e.value, "support": n,
                           "first_seen": e.first_seen} for k, (e, n) in sorted(merged.items())])


def remove_evidence(session: Session, items: Sequence[Evidence]) -> None:
    counts: dict[tuple[int, str, str], int] = {}
    for e in items:
        k = (e.node_id, e.field, e.norm)
        counts[k] = counts.get(k, 0) + 1
    t = NodeEvidence.__table__
    stmt = (update(t).where(t.c.node_id == bindparam("n"), t.c.field == bindparam("f"), t.c.norm == bindparam("v"))
            .values(support=t.c.support - bindparam("d")))
    if counts:
        session.connection().execute(stmt, [{"n": k[0], "f": k[1], "v": k[2], "d": d} for k, d in sorted(counts.items())])
        nodes = sorted({k[0] for k in counts})
        for part in _chunks(nodes):
            session.execute(delete(t).where(t.c.node_id.in_(part), t.c.support <= 0))


# ---------------------------------------------------------------- relations

def add_relations(session: Session, document_id: int, links: Sequence[tuple[int, int, str]]) -> None:
    """Record node -> node relations stated by one document: its own rows, and the counts over all documents."""
    links = sorted(set(links))
    if not links:
        return
    session.execute(NodeLink.__table__.insert(), [{"document_id": document_id, "source_node_id": s, "target_node_id": t,
                                                    "relation": r} for s, t, r in links])
    t = NodeRelation.__table__
    ins = insert_for(session, t)
    ins = ins.on_conflict_do_update(index_elements=["source_node_id", "target_node_id", "relation"],
                                    set_={"support": t.c.support + 1})
    session.execute(ins, [{"source_node_id": s, "target_node_id": tt, "relation": r, "support": 1, "document_id": document_id}
                          for s, tt, r in links])


def remove_relations(session: Session, document_id: int) -> list[int]:
    """Take back the relations one document stated; returns the nodes they joined."""
    links = sorted(set(session.execute(select(NodeLink.source_node_id, NodeLink.target_node_id, NodeLink.relation)
                                       .where(NodeLink.document_id == document_id)).all()))
    session.execute(delete(NodeLink).where(NodeLink.document_id == document_id))
    if not links:
        return []
    t = NodeRelation.__table__
    match = (t.c.source_node_id == bindparam("s"), t.c.target_node_id == bindparam("t"), t.c.relation == bindparam("r"))
    params = [{"s": s, "t": tt, "r": r} for s, tt, r in links]
    conn = session.connection()
    conn.execute(update(t).where(*match).values(support=t.c.support - 1), params)
    conn.execute(delete(t).where(*match, t.c.support <= 0), params)
    # the relations this document stood for now stand on another document that states them
    other = (select(func.min(NodeLink.document_id)).where(NodeLink.source_node_id == t.c.source_node_id,
                                                          NodeLink.target_node_id == t.c.target_node_id,
                                                          NodeLink.relation == t.c.relation).scalar_subquery())
    conn.execute(update(t).where(*match, t.c.document_id == document_id).values(document_id=other), params)
    return sorted({n for s, tt, _ in links for n in (s, tt)})


def count_citing(session: Session, node_ids: Iterable[int], delta: int) -> None:
    ids = sorted(set(node_ids))
    for part in _chunks(ids):
        session.execute(update(Node).where(Node.id.in_(part)).values(cited_by_count=Node.cited_by_count + delta))


def _iso(v: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if v else None
    except ValueError:
        return None


def refresh(session: Session, node_ids: Iterable[int]) -> None:
    """Set each node's shown fields to the most supported evidence (a stored document's own metadata first)."""
    ids = sorted(set(node_ids))
    if not ids:
        return
    best: dict[int, dict[str, tuple[int, int, str]]] = {i: {} for i in ids}
    for part in _chunks(ids):
        rows = session.execute(select(NodeEvidence.node_id, NodeEvidence.field, NodeEvidence.value, NodeEvidence.support,
                                      NodeEvidence.first_seen).where(NodeEvidence.node_id.in_(part)))
        for nid, f, value, support, first in rows:
            cur = best[nid].get(f)
            if cur is None or (support, -first) > (cur[0], -cur[1]):
                best[nid][f] = (support, first, value)
    docs: dict[int, Document] = {}
    for part in _chunks(ids):
        for node_id, doc in session.execute(select(Node.id, Document).join(Document, Document.id == Node.document_id)
                                            .where(Node.id.in_(part))).all():
            docs[node_id] = doc
    values = []
    for nid in ids:
        b = {f: v[2] for f, v in best[nid].items()}
        row = {"nid": nid, "doc_type": b.get("doc_type"), "issuer": b.get("issuer"), "date": _iso(b.get("date")),
               "title": b.get("title")}
        if b.get("key"):
            row["key"] = b["key"]
        d = docs.get(nid)
        if d is not None:
            row.update(doc_type=d.doc_type or row["doc_type"], issuer=d.issuer or row["issuer"],
                       date=d.issued_date or row["date"], title=d.title or row["title"])
            if d.number:
                row["key"] = d.number
        values.append(row)
    with_key = [v for v in values if "key" in v]
    without_key = [v for v in values if "key" not in v]
    t = Node.__table__
    for group, cols in ((with_key, ("doc_type", "issuer", "date", "title", "key")), (without_key, ("doc_type", "issuer", "date", "title"))):
        if group:
            stmt = update(t).where(t.c.id == bindparam("nid")).values({c: bindparam(c) for c in cols})
            session.connection().execute(stmt, group)


def collect_garbage(session: Session, node_ids: Iterable[int]) -> int:
    """Delete the given nodes that nothing refers to any more (no citation, no document, no link, no typed relation)."""
    ids = sorted(set(node_ids))
    gone = 0
    for part in _chunks(ids):
        stmt = delete(Node).where(
            Node.id.in_(part), Node.document_id.is_(None), Node.cited_by_count <= 0,
            ~exists().where(CitationRow.node_id == Node.id),
            ~exists().where(NodeLink.source_node_id == Node.id),
            ~exists().where(NodeLink.target_node_id == Node.id),
            ~exists().where(DocumentRelationRow.target_node_id == Node.id),
        )
        gone += session.execute(stmt.execution_options(synchronize_session=False)).rowcount or 0
    return gone


__all__ = ["Evidence", "add_evidence", "add_relations", "claim", "collect_garbage", "count_citing", "evidence_of", "refresh",
           "release", "remove_evidence", "remove_relations", "resolve"]
