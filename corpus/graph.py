"""The citation graph: what a document rests on, what cites it, implementation chains.

Nodes are cited documents (`nodes`); a stored plan is a node too. Edges:
- `basis` / `cites`: a stored document's citation of a node (source = that document's node);
- `implements | amends | replaces | abolishes | guides | suspends | extends`: what a stored document states it does to
  a cited one (document_relations), with the articles named (`scope`) and the date it takes effect;
- `implements`: what citing texts say of two cited documents ("Quyết định số 291/QĐ-TTg
  ... triển khai thực hiện Chỉ thị số 36-CT/TW": 291/QĐ-TTg implements 36-CT/TW), one edge per
  pair however many plans repeat it (`support` counts them).

Hubs: a node cited by more stored documents than `hub_page` (36-CT/TW, cited by thousands of plans) brings only
the newest `hub_page` of them into the graph, and a `Hub` record counts all of them by relation, province and
year; `node_citing_page` gives the others a page at a time. A hub's counts and first page are computed once per corpus
generation (corpus.generation), so the time of a graph does not grow with the number of plans citing its hubs.

    find_nodes(session, "36-CT/TW")                 a key, "12/KH-UBND@Thái Bình", a law name, a source file name
    neighbourhood(session, roots, depth, direction) cites / cited_by / both, breadth-first, up to `limit` edges
    cites / cited_by / chain / citing_documents (citing_page: and the total) / most_cited (count_cited)
    hub / node_citing_page                          a hub's counts and first page; the documents citing a node, paged
    to_json(graph) / to_graphml(graph)
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Literal

from sqlalchemy import Integer, Select, bindparam, distinct, func, literal, select, union_all
from sqlalchemy.orm import Session

from extractor.vntext import squash
from models.tables import CitationRow, CitingTally, Document, DocumentRelationRow, Node, NodeAlias, NodeRelation

from . import tallies
from .db import LIKE_ESCAPE, like_literal, run
from .generation import remember
from .linker import LAW_YEAR_SUFFIX, normalize_key
from .records import CitingDocument, CitingPage, DocRef, Graph, GraphEdge, GraphNode, Hub, Tally
from .registry import default_corpus_registry

Direction = Literal["cites", "cited_by", "both"]
DEFAULT_LIMIT = 1000
#: Citing documents a graph shows of a hub (the newest); a node cited by more is a hub.
HUB_PAGE = 10
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


#: The document columns of a DocRef, in its field order (never the whole row: it has JSON columns).
DOC_REF = (Document.id, Document.source_name, Document.number, Document.doc_type, Document.province, Document.issued_date,
           Document.title)
NODE_COLUMNS = (Node.id, Node.identity, Node.key, Node.scope, Node.doc_type, Node.issuer, Node.date, Node.title,
                Node.province, Node.cited_by_count)


# ------------------------------------------------------------------- lookup

def _scalars(session: Session, statement):
    return run(session, statement).scalars()


def _scalar(session: Session, statement):
    return run(session, statement).scalar()


_BY_FILE = select(Node.id).join(Document, Document.id == Node.document_id).where(Document.source_name == bindparam("name"))
_ALIAS = select(NodeAlias.node_id).where(NodeAlias.identity == bindparam("identity"))


def find_nodes(session: Session, key: str, province: str | None = None) -> list[int]:
    """The nodes a user's key names: "36-CT/TW"; "12/KH-UBND" (+ province, else every province's);
    "12/KH-UBND@Thái Bình"; a law by name; a stored file's name; "node:<id>"."""
    key = " ".join(key.split())
    if key.startswith("node:") and key[5:].isdigit():
        return [int(key[5:])] if session.get(Node, int(key[5:])) else []
    by_file = list(session.connection().execute(_BY_FILE, {"name": key}).scalars())
    if by_file:
        return by_file
    reg = default_corpus_registry()
    if "@" in key:
        key, _, province = key.partition("@")
    if key[:1].isdigit():
        nk = normalize_key(key)
        if province:
            wanted = [f"{nk}@{p}" for p in reg.provinces_under(province, merged=False)]
            found = list(_scalars(session, select(NodeAlias.node_id).where(NodeAlias.identity.in_(wanted))))
            if found:
                return list(dict.fromkeys(found))
        central = session.connection().execute(_ALIAS, {"identity": nk}).scalar()
        if central is not None:
            return [central]
        if province:
            return []
        return list(dict.fromkeys(_scalars(session, select(NodeAlias.node_id).where(NodeAlias.identity.like(like_literal(nk) + "@%", escape=LIKE_ESCAPE))
                                                   .order_by(NodeAlias.node_id))))
    m = LAW_YEAR_SUFFIX.search(key)
    base = "law:" + squash(LAW_YEAR_SUFFIX.sub("", key))
    wanted = [f"{base}#{m.group('year')}", base] if m else [base]
    for w in wanted:
        nid = session.connection().execute(_ALIAS, {"identity": w}).scalar()
        if nid is not None:
            return [nid]
    return []


# The statements a graph runs again and again, built once (building a statement costs more than SQLite takes to
# run it); `ids` is a list bound at execution.
_IDS = bindparam("ids", expanding=True)
_NODES = select(*NODE_COLUMNS, *DOC_REF).outerjoin(Document, Document.id == Node.document_id).where(Node.id.in_(_IDS))
_DOCS = select(*DOC_REF).where(Document.id.in_(_IDS))
_NODE_OF = select(Node.document_id, Node.id).where(Node.document_id.in_(_IDS))
_HUBS = select(Node.id).where(Node.id.in_(_IDS), Node.cited_by_count > bindparam("page"))
_LIMIT = bindparam("limit", type_=Integer)
_RELS = bindparam("relations", expanding=True)


def _typed_stmt(column, filtered: bool) -> Select:
    r = DocumentRelationRow
    stmt = select(r.source_node_id, r.target_node_id, r.relation, r.document_id, r.scope, r.effective_on).where(column.in_(_IDS))
    if filtered:
        stmt = stmt.where(r.relation.in_(_RELS))
    return stmt.order_by(column, r.document_id, r.position).limit(_LIMIT)


def _relations_stmt(column, ranked: bool) -> Select:
    t = NodeRelation
    cols = (t.source_node_id, t.target_node_id, t.relation, t.document_id, t.support)
    if not ranked:
        return select(*cols).where(column.in_(_IDS)).order_by(column, t.relation, t.source_node_id, t.target_node_id).limit(_LIMIT)
    rank = func.row_number().over(partition_by=column, order_by=(t.support.desc(), t.relation, t.source_node_id,
                                                                  t.target_node_id)).label("rank")
    sub = select(*cols, rank).where(column.in_(_IDS)).subquery()
    return (select(*(sub.c[c.key] for c in cols)).where(sub.c.rank <= bindparam("per_node", type_=Integer))
            .order_by(sub.c[column.key], sub.c.relation, sub.c.source_node_id, sub.c.target_node_id).limit(_LIMIT))


def _citing_of_stmt(filtered: bool) -> Select:
    c = CitationRow
    stmt = select(c.document_id, c.node_id, c.relation).where(c.node_id.in_(_IDS))
    if filtered:
        stmt = stmt.where(c.relation.in_(_RELS))
    return stmt.order_by(c.node_id, c.document_id).limit(_LIMIT)


#: (column key, with a relation filter or per-node ranking) -> the statement, for either end of an edge
_TYPED = {(c.key, f): _typed_stmt(c, f) for c in (DocumentRelationRow.source_node_id, DocumentRelationRow.target_node_id)
          for f in (False, True)}
_RELATIONS = {(c.key, f): _relations_stmt(c, f) for c in (NodeRelation.source_node_id, NodeRelation.target_node_id)
              for f in (False, True)}
_CITING_OF = {f: _citing_of_stmt(f) for f in (False, True)}


def _nodes(session: Session, ids: Iterable[int]) -> dict[int, GraphNode]:
    ids = list(set(ids))
    out: dict[int, GraphNode] = {}
    for i in range(0, len(ids), 500):
        rows = session.connection().execute(_NODES, {"ids": ids[i:i + 500]})
        k = len(NODE_COLUMNS)
        for row in rows.all():
            out[row[0]] = GraphNode(*row[:k], DocRef(*row[k:]) if row[k] is not None else None)
    return out


def _docs(session: Session, ids: Iterable[int]) -> dict[int, DocRef]:
    ids = list(set(ids))
    return {r[0]: DocRef(*r) for r in session.connection().execute(_DOCS, {"ids": ids}).all()} if ids else {}


# ---------------------------------------------------------------- traversal

Edge = tuple[int, int, str, int | None, int]     # source node, target node, relation, evidence document, support
#: (source, target, relation, document) of a typed relation -> its scope and effective date
Typed = dict[tuple[int, int, str, int | None], tuple[tuple[str, ...], dt.date | None]]


def _typed(session: Session, column, frontier: set[int], limit: int, info: Typed | None,
           relations: tuple[str, ...] | None = None) -> list[Edge]:
    """The typed relations stored documents state (amends, replaces ...), from or to `frontier` (scope and date
    into `info`)."""
    if not frontier:
        return []
    params = {"ids": list(frontier), "limit": limit, **({"relations": list(relations)} if relations is not None else {})}
    out: list[Edge] = []
    for s, t, rel, d, scope, eff in session.connection().execute(_TYPED[column.key, relations is not None], params).all():
        out.append((s, t, rel, d, 1))
        if info is not None:
            info[(s, t, rel, d)] = (tuple(scope or ()), eff)
    return out


def _relations(session: Session, column, frontier: set[int], limit: int, per_node: int | None = None) -> list[Edge]:
    """The node relations from (or to) `frontier`; with `per_node`, at most that many of each node (the most
    supported: a hub such as 36-CT/TW is said to be implemented by a thousand local documents)."""
    if not frontier:
        return []
    params = {"ids": list(frontier), "limit": limit, **({"per_node": per_node} if per_node is not None else {})}
    rows = session.connection().execute(_RELATIONS[column.key, per_node is not None], params).all()
    return [tuple(r) for r in rows]


def _outgoing(session: Session, frontier: set[int], limit: int, typed: Typed | None = None) -> list[Edge]:
    """The edges leaving `frontier`: citations of the stored documents among them, and relations."""
    doc_of = dict(run(session, select(Node.document_id, Node.id).where(Node.id.in_(frontier), Node.document_id.isnot(None))).all())
    edges: list[Edge] = []
    if doc_of:
        rows = run(session, select(CitationRow.document_id, CitationRow.node_id, CitationRow.relation)
                               .where(CitationRow.document_id.in_(list(doc_of))).order_by(CitationRow.document_id, CitationRow.position)
                               .limit(limit)).all()
        edges += [(doc_of[d], n, rel, d, 1) for d, n, rel in rows]
    return (_typed(session, DocumentRelationRow.source_node_id, frontier, limit, typed) + edges
            + _relations(session, NodeRelation.source_node_id, frontier, limit))


def _hub_counts(session: Session, node: int, relations: tuple[str, ...] | None) -> tuple[int, tuple[Tally, ...],
                                                                                      tuple[Tally, ...], tuple[Tally, ...]]:
    """The documents citing `node` (with `relations`): how many, and how many by relation, province and year (from
    the indexes ix_citations_node_relation and ix_documents_ref, never the wide rows)."""
    if relations is None or len(relations) == 1:
        return _tallied(session, node, relations[0] if relations else None)
    c, d = CitationRow, Document
    year = func.extract("year", d.issued_date)
    where = [c.node_id == node, d.version_of.is_(None), *([c.relation.in_(relations)] if relations else [])]
    total = _scalar(session, select(func.count(distinct(c.document_id))).join(d, d.id == c.document_id).where(*where)) or 0
    by: dict[str, dict] = {"relation": {}, "province": {}, "year": {}}
    rows = run(session, select(c.relation, d.province, year, func.count(distinct(c.document_id)))
                           .join(d, d.id == c.document_id).where(*where).group_by(c.relation, d.province, year)).all()
    for rel, province, yr, n in rows:
        for name, value in (("relation", rel), ("province", province), ("year", int(yr) if yr is not None else None)):
            by[name][value] = by[name].get(value, 0) + n
    return _sorted_counts(total, by)


def _tally_stmt():
    """A node's tallies summed in the database (a hub has thousands of rows: relation x province x year): rows of
    (relation, province, year, documents), one of the three given, the others NULL; :rel is the relation whose
    documents are counted by province and year ("" any)."""
    t = CitingTally
    own = [t.node_id == bindparam("node")]
    n = func.sum(t.documents)
    none = lambda typ: literal(None, typ)  # noqa: E731
    return union_all(
        select(t.relation, none(t.province.type), none(t.year.type), n).where(*own).group_by(t.relation),
        select(none(t.relation.type), t.province, none(t.year.type), n).where(*own, t.relation == bindparam("rel"))
        .group_by(t.province),
        select(none(t.relation.type), none(t.province.type), t.year, n).where(*own, t.relation == bindparam("rel"))
        .group_by(t.year))


_TALLIES = _tally_stmt()


def _tallied(session: Session, node: int, relation: str | None) -> tuple[int, tuple[Tally, ...], tuple[Tally, ...],
                                                                      tuple[Tally, ...]]:
    """`_hub_counts` read from the node's `citing_tallies` rows (corpus.tallies): with no relation, a document counts
    once by province and year (the rows of any relation), and once per relation it has."""
    counted = tallies.ANY_RELATION if relation is None else relation
    by: dict[str, dict] = {"relation": {}, "province": {}, "year": {}}
    total = 0
    for rel, province, yr, n in session.connection().execute(_TALLIES, {"node": node, "rel": counted}):
        if rel is not None:
            if rel == counted:
                total = n
            if rel != tallies.ANY_RELATION and (relation is None or rel == relation):
                by["relation"][rel] = n
        elif province is not None:
            by["province"][province or None] = n
        else:
            by["year"][yr or None] = n
    return _sorted_counts(total, by)


def _sorted_counts(total: int, by: dict[str, dict]) -> tuple[int, tuple[Tally, ...], tuple[Tally, ...], tuple[Tally, ...]]:
    most = lambda kv: (-kv[1], str(kv[0]))  # noqa: E731
    newest = lambda kv: (kv[0] is None, -(kv[0] or 0))  # noqa: E731
    return (total, tuple(Tally(v, n) for v, n in sorted(by["relation"].items(), key=most)),
            tuple(Tally(v, n) for v, n in sorted(by["province"].items(), key=most)),
            tuple(Tally(v, n) for v, n in sorted(by["year"].items(), key=newest)))


def _citing_where(node: int, relations: tuple[str, ...] | None = None, province: str | None = None,
                  year: int | None = None) -> list:
    """The conditions on citations (and their documents) "cites `node`" with filters: current versions only (another
    version of a document counts nowhere, corpus.versions)."""
    c, d = CitationRow, Document
    where = [c.node_id == node, d.version_of.is_(None)]
    if relations:
        where.append(c.relation.in_(relations))
    if province:
        where.append(d.province.in_(default_corpus_registry().provinces_under(province, merged=False)))
    if year is not None:
        where += [d.issued_date >= dt.date(year, 1, 1), d.issued_date <= dt.date(year, 12, 31)]
    return where


def _citing_stmt(where: list):
    """The documents citing a node (`_citing_where`), newest first: (document id, relation, key as written)."""
    c, d = CitationRow, Document
    return (select(c.document_id, c.relation, c.key).join(d, d.id == c.document_id).where(*where)
            .order_by(c.sort_date.desc(), c.document_id.desc(), c.position))


def hub(session: Session, node: int, relations: tuple[str, ...] | None = None,
        page: int = HUB_PAGE) -> tuple[Hub, list[tuple[int, str]], list[Edge]]:
    """A hub's counts, its first `page` citing documents [(document id, relation)] and its `page` most supported
    incoming node relations, kept per corpus generation."""
    def compute():
        total, by_relation, by_province, by_year = _hub_counts(session, node, relations)
        first, seen = [], set()
        for d, rel, _ in run(session, _citing_stmt(_citing_where(node, relations)).limit(page * 2 + 1)).all():
            if d not in seen and len(first) < page:
                seen.add(d)
                first.append((d, rel))
        t = NodeRelation
        related = _scalar(session, select(func.count()).select_from(t).where(t.target_node_id == node)) or 0
        rels = _relations(session, t.target_node_id, {node}, page, page)
        found = Hub(node, total, len(first), len(first) if total > len(first) else None, by_relation, by_province,
                    by_year, related, len(rels))
        return found, tuple(first), tuple(rels)

    found, first, rels = remember(session, "graph.hub", (node, relations, page), compute)
    return found, list(first), list(rels)


def node_citing_page(session: Session, node: int, *, offset: int = 0, limit: int = HUB_PAGE, relation: str | None = None,
                province: str | None = None, year: int | None = None) -> CitingPage | None:
    """The stored documents citing `node`, newest first, `limit` from `offset` (and how many there are); None when
    there is no such node."""
    if session.get(Node, node) is None:
        return None
    where = _citing_where(node, (relation,) if relation else None, province, year)
    total = remember(session, "graph.citing_total", (node, relation, province, year), lambda: _scalar(session, 
        select(func.count(distinct(CitationRow.document_id))).select_from(CitationRow)
        .join(Document, Document.id == CitationRow.document_id).where(*where)) or 0)
    rows = run(session, _citing_stmt(where).offset(offset).limit(limit)).all()
    docs = _docs(session, {r[0] for r in rows})
    items = tuple(CitingDocument(docs[d], rel, key) for d, rel, key in rows if d in docs)
    return CitingPage(node, items, total, offset, offset + len(rows) if offset + len(rows) < total else None)


def _incoming(session: Session, frontier: set[int], limit: int, relations: tuple[str, ...] | None = None,
              hub_page: int | None = HUB_PAGE, hubs: dict[int, Hub] | None = None, typed: Typed | None = None) -> list[Edge]:
    """The edges reaching `frontier`: citations of it by stored documents, and relations. A node cited more than
    `hub_page` times brings only its newest `hub_page` citing documents (its Hub record goes into `hubs`)."""
    many: set[int] = set()
    if hub_page is not None:
        many = set(session.connection().execute(_HUBS, {"ids": list(frontier), "page": hub_page}).scalars())
    rows: list[tuple[int, int, str]] = []
    rest = frontier - many
    if rest:
        params = {"ids": list(rest), "limit": limit, **({"relations": list(relations)} if relations else {})}
        rows += session.connection().execute(_CITING_OF[bool(relations)], params).all()
    related: list[Edge] = []
    for n in sorted(many):
        found, first, rels = hub(session, n, relations, hub_page)
        if hubs is not None:
            hubs[n] = found
        rows += [(d, n, rel) for d, rel in first]
        related += rels
    node_of = dict(session.connection().execute(_NODE_OF, {"ids": list({r[0] for r in rows})}).all()) if rows else {}
    edges: list[Edge] = [(node_of[d], n, rel, d, 1) for d, n, rel in rows if d in node_of]
    # a hub brings only what changes it (amends, replaces ...): what implements it comes with its page of citing documents
    said = (_typed(session, DocumentRelationRow.target_node_id, rest, limit, typed, ("implements",) if relations else None)
            + ([] if relations else _typed(session, DocumentRelationRow.target_node_id, many, limit, typed,
                                           ("amends", "replaces", "abolishes", "suspends", "extends"))))
    return said + edges + related + _relations(session, NodeRelation.target_node_id, rest, limit, hub_page)


def neighbourhood(session: Session, roots: list[int], depth: int = 1, direction: Direction = "both",
                  limit: int = DEFAULT_LIMIT, *, incoming_relations: tuple[str, ...] | None = None,
                  hub_page: int | None = HUB_PAGE) -> Graph:
    """Breadth-first to `depth` hops from `roots` following `direction`; stops adding edges after `limit`.
    A node cited by more than `hub_page` stored documents is a hub (see the module doc); `hub_page=None` lists
    every citing document (up to `limit` edges)."""
    seen = set(roots)
    frontier = set(roots)
    edges: dict[Edge, None] = {}
    hubs: dict[int, Hub] = {}
    typed: Typed = {}
    basis: set[tuple] = set()
    truncated = False
    for _ in range(max(0, depth)):
        if not frontier:
            break
        room = limit - len(edges)
        new: list[Edge] = []
        if direction in ("cites", "both"):
            new += _outgoing(session, frontier, room + 1, typed)
        if direction in ("cited_by", "both"):
            new += _incoming(session, frontier, room + 1, incoming_relations, hub_page, hubs, typed)
        nxt: set[int] = set()
        # a plain citation says less than a typed relation of the same pair; a basis says what "implements" would (it wins)
        stated = {(s, t, d) for s, t, _, d in typed}
        basis |= {(e[0], e[1], e[3]) for e in new if e[2] == "basis"}
        for e in new:
            if e in edges or (e[2] == "cites" and (e[0], e[1], e[3]) in stated) or (
                    e[2] in ("implements", "guides") and e[:4] in typed and (e[0], e[1], e[3]) in basis):
                continue
            if len(edges) >= limit:
                truncated = True
                break
            edges[e] = None
            for n in e[:2]:
                if n not in seen:
                    seen.add(n)
                    nxt.add(n)
        frontier = nxt
        if truncated:
            break
    nodes = _nodes(session, seen)
    docs = {n.document.id: n.document for n in nodes.values() if n.document is not None}   # citing documents are nodes
    docs.update(_docs(session, {e[3] for e in edges if e[3] is not None and e[3] not in docs}))
    return Graph(tuple(roots), tuple(nodes[i] for i in sorted(nodes)),
                 tuple(GraphEdge(s, t, rel, docs.get(d), n, *typed.get((s, t, rel, d), ((), None))) for s, t, rel, d, n in edges),
                 truncated,
                 tuple(hubs[i] for i in sorted(hubs)))


def cites(session: Session, key: str, depth: int = 1, *, province: str | None = None, limit: int = DEFAULT_LIMIT) -> Graph:
    return neighbourhood(session, find_nodes(session, key, province), depth, "cites", limit)


def cited_by(session: Session, key: str, depth: int = 1, *, province: str | None = None, limit: int = DEFAULT_LIMIT) -> Graph:
    return neighbourhood(session, find_nodes(session, key, province), depth, "cited_by", limit)


def chain(session: Session, key: str, depth: int = 6, *, province: str | None = None, limit: int = DEFAULT_LIMIT,
          hub_page: int | None = HUB_PAGE) -> Graph:
    """The implementation chain of a document: what implements it, what implements those, and so on.

    36-CT/TW <- 291/QĐ-TTg <- a province's plan: plans that rest on a node ("basis") and documents that a citing
    text says implement it."""
    roots = find_nodes(session, key, province)
    g = neighbourhood(session, roots, depth, "cited_by", limit, incoming_relations=("basis",), hub_page=hub_page)
    keep = tuple(e for e in g.edges if e.relation in ("basis", "implements"))
    used = set(roots) | {n for e in keep for n in (e.source, e.target)}
    return Graph(g.roots, tuple(n for n in g.nodes if n.id in used), keep, g.truncated, tuple(h for h in g.hubs if h.node in used))


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
    ids = list(_scalars(session, stmt.order_by(Node.cited_by_count.desc(), Node.id).offset(offset).limit(limit)))
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
    """{"roots": [...], "nodes": [...], "edges": [...], "truncated": bool, "hubs": [...]}; documents carry
    `source_name`."""
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
