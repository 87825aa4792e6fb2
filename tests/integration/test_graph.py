"""The citation graph: depth, direction, implementation chains, most cited, date/province filters, JSON and GraphML."""
from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

from corpus import graph as G

NS = {"g": G.GRAPHML_NS}


def _label(g, node_id):
    n = g.node(node_id)
    return n.document.source_name if n.document else n.key


def test_depth_one_and_two(seeded):
    db, _ = seeded
    with db.session() as s:
        one = G.cites(s, "002_0d4e0b557920c15b.txt", depth=1)
        two = G.neighbourhood(s, one.roots, depth=2, direction="both")
        zero = G.neighbourhood(s, one.roots, depth=0)
    [root] = one.roots
    assert {e.source for e in one.edges} <= {root} | {n.id for n in one.nodes}
    assert {_label(one, e.target) for e in one.edges if e.source == root} >= {"36-CT/TW", "291/QĐ-TTg", "54-CTr/TU"}
    # two hops both ways reach the other plans citing 36-CT/TW
    assert {n.document.source_name for n in two.nodes if n.document} >= {"001_35c703fa5765a3e3.txt", "004_58f2b1c8268940d4.txt"}
    assert len(two.edges) > len(one.edges)
    assert zero.edges == () and [n.id for n in zero.nodes] == [root]


def test_cited_by_and_the_implements_edges_read_from_the_text(seeded):
    db, _ = seeded
    with db.session() as s:
        g = G.cited_by(s, "36-CT/TW")
    [root] = g.roots
    cites = {(_label(g, e.source), e.relation) for e in g.edges if e.target == root and e.relation != "implements"}
    assert cites == {("001_35c703fa5765a3e3.txt", "cites"), ("002_0d4e0b557920c15b.txt", "basis"),
                     ("004_58f2b1c8268940d4.txt", "cites")}
    implements = {_label(g, e.source) for e in g.edges if e.relation == "implements"}
    assert implements == {"291/QĐ-TTg", "54-CTr/TU", "132-KL/TW"}


def test_the_implementation_chain_of_36_ct_tw(seeded):
    db, _ = seeded
    with db.session() as s:
        g = G.chain(s, "36-CT/TW")
    paths = {tuple(_label(g, i) for i in p) for p in G.chain_paths(g)}
    assert ("36-CT/TW", "291/QĐ-TTg", "002_0d4e0b557920c15b.txt") in paths
    assert ("36-CT/TW", "132-KL/TW", "93/NQ-CP", "004_58f2b1c8268940d4.txt") in paths
    assert ("36-CT/TW", "002_0d4e0b557920c15b.txt") in paths
    assert not any("001_35c703fa5765a3e3.txt" in p for p in paths)      # 001 only mentions it


def test_limit_truncates(seeded):
    db, _ = seeded
    with db.session() as s:
        g = G.neighbourhood(s, G.find_nodes(s, "36-CT/TW"), depth=3, limit=4)
    assert len(g.edges) == 4 and g.truncated


def test_most_cited(seeded):
    db, _ = seeded
    with db.session() as s:
        top = G.most_cited(s, 3)
        central = G.most_cited(s, 50, scope="central")
    assert top[0].key == "36-CT/TW" and top[0].cited_by_count == 3
    assert [n.cited_by_count for n in top] == sorted((n.cited_by_count for n in top), reverse=True)
    assert all(n.scope == "central" for n in central)


def test_plans_citing_a_document_within_a_date_range_or_province(seeded):
    db, _ = seeded
    with db.session() as s:
        in_2020 = G.citing_documents(s, "36-CT/TW", date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31))
        kg = G.citing_documents(s, "36-CT/TW", province="Kiên Giang")
        an_giang = G.citing_documents(s, "36-CT/TW", province="An Giang")
        an_giang_merged = G.citing_documents(s, "36-CT/TW", province="An Giang", merged=True)
        basis = G.citing_documents(s, "36-CT/TW", relation="basis")
    assert [c.document.source_name for c in in_2020] == ["002_0d4e0b557920c15b.txt"]
    assert [c.document.source_name for c in kg] == ["002_0d4e0b557920c15b.txt"]
    assert an_giang == [] and [c.document.source_name for c in an_giang_merged] == ["002_0d4e0b557920c15b.txt"]
    assert [c.document.source_name for c in basis] == ["002_0d4e0b557920c15b.txt"]


def test_json_export_carries_source_names(seeded):
    db, _ = seeded
    with db.session() as s:
        g = G.cited_by(s, "36-CT/TW")
    data = json.loads(json.dumps(G.to_json(g), ensure_ascii=False))
    assert set(data) == {"roots", "nodes", "edges", "truncated", "hubs"}
    assert all(e["document"]["source_name"] for e in data["edges"])
    docs = [n["document"] for n in data["nodes"] if n["document"]]
    assert {d["source_name"] for d in docs} == {"001_35c703fa5765a3e3.txt", "002_0d4e0b557920c15b.txt", "004_58f2b1c8268940d4.txt"}


def test_graphml_parses_and_matches_the_graph(seeded):
    db, _ = seeded
    with db.session() as s:
        g = G.neighbourhood(s, G.find_nodes(s, "36-CT/TW"), depth=2)
    root = ET.fromstring(G.to_graphml(g).split("\n", 1)[1])
    graph = root.find("g:graph", NS)
    nodes = graph.findall("g:node", NS)
    edges = graph.findall("g:edge", NS)
    assert len(nodes) == len(g.nodes) and len(edges) == len(g.edges)
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    first = {keys[d.get("key")]: d.text for d in edges[0].findall("g:data", NS)}
    assert first["relation"] in ("basis", "cites", "implements") and first["source_name"]
    n36 = next(n for n in nodes if any(d.text == "36/CT/TW" for d in n.findall("g:data", NS)))
    assert {keys[d.get("key")]: d.text for d in n36.findall("g:data", NS)}["issuer"] == "Bộ Chính trị"


def test_unknown_keys_find_nothing(seeded):
    db, _ = seeded
    with db.session() as s:
        assert G.find_nodes(s, "999/QĐ-TTg") == [] and G.find_nodes(s, "Luật Không Có") == []
        assert G.cites(s, "999/QĐ-TTg").nodes == ()


def test_a_relation_repeated_by_many_plans_is_one_edge(fresh_db, extracted):
    """Two plans (002's text under two numbers) both say 291/QĐ-TTg implements 36-CT/TW: one edge
    with support 2; delete one, support 1. (Two copies of one plan are versions of one document: they count once.)"""
    from corpus import store
    from extractor.read import SourceText

    src, result = extracted["002_0d4e0b557920c15b.txt"]
    copy = SourceText(src.text, src.media_type, src.data + b"\n", src.pages)
    one, other = (result.model_copy(update={"metadata": result.metadata.model_copy(update={"number": n})})
                  for n in ("998/KH-UBND", "999/KH-UBND"))
    with fresh_db.writer() as s:
        first = store.ingest(s, one, src, source_name="a.txt").document_id
    with fresh_db.writer() as s:
        store.ingest(s, other, copy, source_name="b.txt")

    def implements():
        with fresh_db.session() as s:
            g = G.cited_by(s, "36-CT/TW")
        return [(g.node(e.source).key, e.support, e.document.source_name) for e in g.edges if e.relation == "implements"]

    assert sorted(implements()) == [("291/QĐ-TTg", 2, "a.txt"), ("54-CTr/TU", 2, "a.txt")]
    with fresh_db.writer() as s:
        store.delete(s, first)
    assert sorted(implements()) == [("291/QĐ-TTg", 1, "b.txt"), ("54-CTr/TU", 1, "b.txt")]


def test_a_hub_is_counted_and_paged_not_listed(seeded):
    """36-CT/TW is cited by three seeds: with a page of 2 it is a hub; the graph holds the newest two, the Hub
    record counts all three by relation, province and year, and node_citing_page gives the third."""
    db, _ = seeded
    with db.session() as s:
        root = G.find_nodes(s, "36-CT/TW")
        full = G.neighbourhood(s, root, depth=1, direction="cited_by", hub_page=None)
        g = G.neighbourhood(s, root, depth=1, direction="cited_by", hub_page=2)
        everyone = G.node_citing_page(s, root[0], limit=10)
        rest = G.node_citing_page(s, root[0], offset=2, limit=2)
        assert G.node_citing_page(s, 10**9) is None
    citing = {e.document.id for e in full.edges if e.target == root[0] and e.relation in ("basis", "cites")}
    assert len(citing) == 3
    [hub] = g.hubs
    assert (hub.node, hub.total, hub.shown, hub.next_offset) == (root[0], 3, 2, 2)
    assert sum(t.count for t in hub.by_relation) == 3
    assert sum(t.count for t in hub.by_province) == 3 and sum(t.count for t in hub.by_year) == 3
    shown = {e.document.id for e in g.edges if e.target == root[0] and e.relation in ("basis", "cites")}
    assert len(shown) == 2 and shown <= citing
    assert everyone.total == 3 and {c.document.id for c in everyone.items} == citing
    dates = [c.document.issued_date for c in everyone.items]
    assert dates == sorted(dates, reverse=True)                  # newest first
    assert [c.document.id for c in rest.items] == [everyone.items[2].document.id] and rest.next_offset is None
    assert shown == {c.document.id for c in everyone.items[:2]}  # the graph's page is the first page
