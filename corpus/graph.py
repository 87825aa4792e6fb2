"""The citation graph: what a document rests on, what cites it, implementation chains.

Nodes are cited documents (`nodes`); a stored plan is a node too. Edges:
- `basis` / `cites`: a stored document's citation of a node (source = that document's node);
- `implements | amends | replaces | abolishes | guides | suspends | extends`: what a stored document states it does to
  a cited one (document_relations), with the articles named (`scope`) and the date it takes effect;
- `implements`: what citing texts say of two cited documents ("Quyết định số 291/QĐ-TTg
  ... triển khai thực hiện Chỉ thị số 36-CT/TW": 291/QĐ-TTg implements 36-CT/TW), one edge per
  pair however many plans repeat it (`support` counts them).

    find_nodes(session, "36-CT/TW")                 a key, "12/KH-UBND@Thái Bình", a law name, a source file name
    neighbourhood(session, roots, depth, direction) cites / cited_by / both, breadth-first, up to `limit` edges
    cites / cited_by / chain / citing_documents (citing_page: and the total) / most_cited (count_cited)
    to_json(graph) / to_graphml(graph)
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from extractor.vntext import squash
from models.tables import CitationRow, Document, DocumentRelationRow, Node, NodeAlias, NodeRelation

from .db import LIKE_ESCAPE, like_literal
from .linker import LAW_YEAR_SUFFIX, normalize_key
from .records import CitingDocument, DocRef, Graph, GraphEdge, GraphNode
from .registry import default_corpus_registry

Direction = Literal["cites", "cited_by", "both"]
DEFAULT_LIMIT = 1000
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


#: The document columns of a DocRef, in its field order (never the whole row: it has JSON columns).
DOC_REF = (Document.id, Document.source_name, Document.number, Document.doc_type, Document.province, Document.issued_date,
           Document.title)
NODE_COLUMNS = (Node.id, Node.identity, Node.key, Node.scope, Node.doc_type, Node.issuer, Node.date, Node.title,
                Node.province, Node.cited_by_count)


# ------------------------------------------------------------------- lookup

def find_nodes(session: Session, key: str, province: str | None = None) -> list[int]:
    """The nodes a user's key names: "36-CT/TW"; "12/KH-UBND" (+ province, else every province's);
    "12/KH-UBND@Thái Bình"; a law by name; a stored file's name; "node:<id>"."""
    key = " ".join(key.split())
    if key.startswith("node:") and key[5:].isdigit():
        return [int(key[5:])] if session.get(Node, int(key[5:])) else []
    by_file = list(session.scalars(select(Node.id).join(Document, Document.id == Node.document_id)
                                   .where(Document.source_name == key)))
    if by_file:
        return by_file
    reg = default_corpus_registry()
    if "@" in key:
        key, _, province = key.partition("@")
    if key[:1].isdigit():
        nk = normalize_key(key)
        if province:
            wanted = [f"{nk}@{p}" for p in reg.provinces_under(province, merged=False)]
            found = list(session.scalars(select(NodeAlias.node_id).where(NodeAlias.identity.in_(wanted))))
            if found:
                return list(dict.fromkeys(found))
        central = session.scalar(select(NodeAlias.node_id).where(NodeAlias.identity == nk))
        if central is not None:
            return [central]
        if province:
            return []
        return list(dict.fromkeys(session.scalars(select(NodeAlias.node_id).where(NodeAlias.identity.like(like_literal(nk) + "@%", escape=LIKE_ESCAPE))
                                                   .order_by(NodeAlias.node_id))))
    m = LAW_YEAR_SUFFIX.search(key)
    base = "law:" + squash(LAW_YEAR_SUFFIX.sub("", key))
    wanted = [f"{base}#{m.group('year')}", base] if m else [base]
    for w in wanted:
        nid = session.scalar(select(NodeAlias.node_id).where(NodeAlias.identity == w))
        if nid is not None:
            return [nid]
    return []


def _nodes(session: Session, ids: Iterable[int]) -> dict[int, GraphNode]:
    ids = list(set(ids))
    out: dict[int, GraphNode] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        rows = session.execute(select(*NODE_COLUMNS, *DOC_REF).outerjoin(Document, Document.id == Node.document_id)
                               .where(Node.id.in_(part)))
        k = len(NODE_COLUMNS)
        for row in rows.all():
            out[row[0]] = GraphNode(*row[:k], DocRef(*row[k:]) if row[k] is not None else None)
    return out


def _docs(session: Session, ids: Iterable[int]) -> dict[int, DocRef]:
    ids = list(set(ids))
    return {r[0]: DocRef(*r) for r in session.execute(select(*DOC_REF).where(Document.id.in_(ids))).all()} if ids else {}


# ---------------------------------------------------------------- traversal

#: source node, target node, relation, evidence document, support, scope, effective date
Edge = tuple[int, int, str, int | None, int, tuple[str, ...], dt.date | None]


def _relations(session: Session, column, frontier: set[int], limit: int) -> list[Edge]:
    t = NodeRelation
    rows = session.execute(select(t.source_node_id, t.target_node_id, t.relation, t.document_id, t.support)
                           .where(column.in_(frontier)).order_by(column, t.relation, t.source_node_id, t.target_node_id)
                           .limit(limit)).all()
    return [(*r, (), None) for r in rows]


def _typed(session: Session, column, frontier: set[int], limit: int, relations: tuple[str, ...] | None = None) -> list[Edge]:
    """The typed relations stored documents state (amends, replaces ...), from or to `frontier`."""
    r = DocumentRelationRow
    stmt = select(r.source_node_id, r.target_node_id, r.relation, r.document_id, r.scope, r.effective_on).where(column.in_(frontier))
    if relations is not None:
        stmt = stmt.where(r.relation.in_(relations))
    rows = session.execute(stmt.order_by(column, r.document_id, r.position).limit(limit)).all()
    return [(s, t, rel, d, 1, tuple(scope or ()), eff) for s, t, rel, d, scope, eff in rows]


def _outgoing(session: Session, frontier: set[int], limit: int) -> list[Edge]:
    """The edges leaving `frontier`: citations of the stored documents among them, and relations."""
    doc_of = dict(session.execute(select(Node.document_id, Node.id).where(Node.id.in_(frontier), Node.document_id.isnot(None))).all())
    edges: list[Edge] = []
    if doc_of:
        rows = session.execute(select(CitationRow.document_id, CitationRow.node_id, CitationRow.relation)
                               .where(CitationRow.document_id.in_(list(doc_of))).order_by(CitationRow.document_id, CitationRow.position)
                               .limit(limit)).all()
        edges += [(doc_of[d], n, rel, d, 1, (), None) for d, n, rel in rows]
    return _typed(session, DocumentRelationRow.source_node_id, frontier, limit) + edges + _relations(
        session, NodeRelation.source_node_id, frontier, limit)


def _incoming(session: Session, frontier: set[int], limit: int, relations: tuple[str, ...] | None = None) -> list[Edge]:
    """The edges reaching `frontier`: citations of it by stored documents, and relations."""
    stmt = select(CitationRow.document_id, CitationRow.node_id, CitationRow.relation).where(CitationRow.node_id.in_(frontier))
    if relations:
        stmt = stmt.where(CitationRow.relation.in_(relations))
    rows = session.execute(stmt.order_by(CitationRow.node_id, CitationRow.document_id).limit(limit)).all()
    node_of = dict(session.execute(select(Node.document_id, Node.id).where(Node.document_id.in_({r[0] for r in rows}))).all()) if rows else {}
    edges: list[Edge] = [(node_of[d], n, rel, d, 1, (), None) for d, n, rel in rows if d in node_of]
    typed = _typed(session, DocumentRelationRow.target_node_id, frontier, limit, ("implements",) if relations else None)
    return typed + edges + _relations(session, NodeRelation.target_node_id, frontier, limit)


def neighbourhood(session: Session, roots: list[int], depth: int = 1, direction: Direction = "both",
                  limit: int = DEFAULT_LIMIT, *, incoming_relations: tuple[str, ...] | None = None) -> Graph:
    """Breadth-first to `depth` hops from `roots` following `direction`; stops adding edges after `limit`."""
    seen = set(roots)
    frontier = set(roots)
    edges: dict[tuple, Edge] = {}    # one edge per (source, target, relation, document): a typed one, with its scope, first
    truncated = False
    for _ in range(max(0, depth)):
        if not frontier:
            break
        room = limit - len(edges)
        new: list[Edge] = []
        if direction in ("cites", "both"):
            new += _outgoing(session, frontier, room + 1)
        if direction in ("cited_by", "both"):
            new += _incoming(session, frontier, room + 1, incoming_relations)
        nxt: set[int] = set()
        for e in new:
            if e[:4] in edges:
                continue
            if len(edges) >= limit:
                truncated = True
                break
            edges[e[:4]] = e
            for n in e[:2]:
                if n not in seen:
                    seen.add(n)
                    nxt.add(n)
        frontier = nxt
        if truncated:
            break
    nodes = _nodes(session, seen)
    typed = {(e[0], e[1], e[3]) for e in edges.values() if e[5] or e[6] is not None or e[2] not in ("basis", "cites", "implements")}
    edges = {k: e for k, e in edges.items() if not (e[2] == "cites" and (e[0], e[1], e[3]) in typed)}  # a plain citation says less
    docs = _docs(session, {e[3] for e in edges.values() if e[3] is not None})
    return Graph(tuple(roots), tuple(nodes[i] for i in sorted(nodes)),
                 tuple(GraphEdge(s, t, rel, docs.get(d), n, sc, eff) for s, t, rel, d, n, sc, eff in edges.values()), truncated)


def cites(session: Session, key: str, depth: int = 1, *, province: str | None = None, limit: int = DEFAULT_LIMIT) -> Graph:
    return neighbourhood(session, find_nodes(session, key, province), depth, "cites", limit)


def cited_by(session: Session, key: str, depth: int = 1, *, province: str | None = None, limit: int = DEFAULT_LIMIT) -> Graph:
    return neighbourhood(session, find_nodes(session, key, province), depth, "cited_by", limit)


def chain(session: Session, key: str, depth: int = 6, *, province: str | None = None, limit: int = DEFAULT_LIMIT) -> Graph:
    """The implementation chain of a document: what implements it, what implements those, and so on.

    36-CT/TW <- 291/QĐ-TTg <- a province's plan: plans that rest on a node ("basis") and documents that a citing
    text says implement it."""
    roots = find_nodes(session, key, province)
    g = neighbourhood(session, roots, depth, "cited_by", limit, incoming_relations=("basis",))
    keep = tuple(e for e in g.edges if e.relation in ("basis", "implements"))
    used = set(roots) | {n for e in keep for n in (e.source, e.target)}
    return Graph(g.roots, tuple(n for n in g.nodes if n.id in used), keep, g.truncated)


def chain_paths(g: Graph) -> list[list[int]]:
    """Every path root <- ... <- leaf of a chain graph, as node ids from the root outwards."""
    implementers: dict[int, list[int]] = {}
    for e in g.edges:
        implementers.setdefault(e.target, []).append(e.source)
    out: list[list[int]] = []

    def walk(path: list[int]) -> None:
        nxt = [n for n in dict.fromkeys(implementers.get(path[-1], [])) if n not in path]
        if not nxt:
            if len(path) > 1:
                out.append(path)
            return
        for n in nxt:
            walk([*path, n])

    for r in g.roots:
        walk([r])
    return out


def _citing(session: Session, ids: list[int], province: str | None, merged: bool, date_from: dt.date | None,
            date_to: dt.date | None, relation: str | None) -> Select:
    """The ids of the stored documents (current versions) whose citations reach `ids`, with the filters."""
    stmt = (select(Document.id).join(CitationRow, CitationRow.document_id == Document.id)
            .where(CitationRow.node_id.in_(ids), Document.version_of.is_(None)))
    if province:
        stmt = stmt.where(Document.province.in_(default_corpus_registry().provinces_under(province, merged=merged)))
    if date_from:
        stmt = stmt.where(Document.issued_date >= date_from)
    if date_to:
        stmt = stmt.where(Document.issued_date <= date_to)
    if relation:
        stmt = stmt.where(CitationRow.relation == relation)
    return stmt.distinct()


def citing_documents(session: Session, key: str, *, province: str | None = None, merged: bool = False,
                     date_from: dt.date | None = None, date_to: dt.date | None = None, relation: str | None = None,
                     node_province: str | None = None, limit: int = 100, offset: int = 0) -> list[CitingDocument]:
    """Stored plans that cite `key`, optionally only those of a province (with `merged`: and of the provinces merged
    into it) or issued within [date_from, date_to]; newest first, each once, the `limit` after the first `offset`."""
    return citing_page(session, key, province=province, merged=merged, date_from=date_from, date_to=date_to,
                       relation=relation, node_province=node_province, limit=limit, offset=offset)[0]


def citing_page(session: Session, key: str, *, province: str | None = None, merged: bool = False,
                date_from: dt.date | None = None, date_to: dt.date | None = None, relation: str | None = None,
                node_province: str | None = None, limit: int = 100, offset: int = 0) -> tuple[list[CitingDocument], int]:
    """`citing_documents` and how many documents cite `key` in all (with the same filters)."""
    ids = find_nodes(session, key, node_province)
    if not ids:
        return [], 0
    citing = _citing(session, ids, province, merged, date_from, date_to, relation)
    total = session.scalar(select(func.count()).select_from(citing.subquery())) or 0
    page = list(session.scalars(select(Document.id).where(Document.id.in_(citing))
                                .order_by(Document.issued_date.desc().nulls_last(), Document.id.desc())
                                .offset(offset).limit(limit)))
    if not page:
        return [], total
    stmt = (select(*DOC_REF, CitationRow.relation, CitationRow.key).join(CitationRow, CitationRow.document_id == Document.id)
            .where(CitationRow.node_id.in_(ids), Document.id.in_(page)))
    if relation:
        stmt = stmt.where(CitationRow.relation == relation)
    first: dict[int, CitingDocument] = {}
    for *d, rel, k in session.execute(stmt.order_by(Document.id, CitationRow.position)).all():
        first.setdefault(d[0], CitingDocument(DocRef(*d), rel, k))
    return [first[i] for i in page if i in first], total


def most_cited(session: Session, limit: int = 10, *, scope: str | None = None, offset: int = 0) -> list[GraphNode]:
    stmt = select(Node.id).where(Node.cited_by_count > 0)
    if scope:
        stmt = stmt.where(Node.scope == scope)
    ids = list(session.scalars(stmt.order_by(Node.cited_by_count.desc(), Node.id).offset(offset).limit(limit)))
    nodes = _nodes(session, ids)
    return [nodes[i] for i in ids]


def count_cited(session: Session, *, scope: str | None = None) -> int:
    """How many documents (stored or not) are cited at all: the total of `most_cited`."""
    stmt = select(func.count()).select_from(Node).where(Node.cited_by_count > 0)
    if scope:
        stmt = stmt.where(Node.scope == scope)
    return session.scalar(stmt) or 0


# ------------------------------------------------------------------ export

def to_json(g: Graph) -> dict:
    """{"roots": [...], "nodes": [...], "edges": [...], "truncated": bool}; documents carry `source_name`."""
    return g.to_dict()


_NODE_KEYS = ("identity", "key", "scope", "doc_type", "issuer", "date", "title", "province", "cited_by_count",
              "source_name", "document_id")
_EDGE_KEYS = ("relation", "source_name", "document_id", "support", "scope", "effective_from")


def to_graphml(g: Graph) -> str:
    """The graph as GraphML (node and edge attributes declared as <key>s)."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    for k in _NODE_KEYS:
        typ = "int" if k in ("cited_by_count", "document_id") else "string"
        ET.SubElement(root, f"{{{GRAPHML_NS}}}key", id=f"n_{k}", attrib={"for": "node", "attr.name": k, "attr.type": typ})
    for k in _EDGE_KEYS:
        typ = "int" if k in ("document_id", "support") else "string"
        ET.SubElement(root, f"{{{GRAPHML_NS}}}key", id=f"e_{k}", attrib={"for": "edge", "attr.name": k, "attr.type": typ})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="citations", edgedefault="directed")
    for n in g.nodes:
        el = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=f"n{n.id}")
        vals = {"identity": n.identity, "key": n.key, "scope": n.scope, "doc_type": n.doc_type, "issuer": n.issuer,
                "date": n.date.isoformat() if n.date else None, "title": n.title, "province": n.province,
                "cited_by_count": n.cited_by_count, "source_name": n.document.source_name if n.document else None,
                "document_id": n.document.id if n.document else None}
        for k, v in vals.items():
            if v is not None:
                ET.SubElement(el, f"{{{GRAPHML_NS}}}data", key=f"n_{k}").text = str(v)
    for i, e in enumerate(g.edges):
        el = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", id=f"e{i}", source=f"n{e.source}", target=f"n{e.target}")
        doc = e.document
        for k, v in (("relation", e.relation), ("source_name", doc.source_name if doc else None),
                     ("document_id", doc.id if doc else None), ("support", e.support),
                     ("scope", "; ".join(e.scope) or None), ("effective_from", e.effective_from.isoformat() if e.effective_from else None)):
            if v is not None:
                ET.SubElement(el, f"{{{GRAPHML_NS}}}data", key=f"e_{k}").text = str(v)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
