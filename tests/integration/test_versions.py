"""Versions on SQLite and PostgreSQL: the same document stored several times (a re-typed copy with one character
changed, the same plan as .docx, the portal's two copies of 303/2025/NĐ-CP) is one document whose counts,
obligations, deadlines, search hits and citations count once; different documents that share most of their
words (a province's 72/2025 and 73/2025 decisions) stay apart."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from corpus import catalog, deadlines, graph, queries, search, store
from extractor.read import read_bytes, read_file
from models.tables import Document, Node, TaskAgency
from tests.conftest import SHARED
from tests.fixturegen import make_docx, plan_parts
from tests.integration.conftest import SEED_FILES

PORTAL = SHARED / "corpus" / "portal"
SEED = SEED_FILES[3]
SEED_NUMBER = "74/KH-UBND"


def _store(db, extractor, data: bytes, name: str) -> int:
    src = read_bytes(data, name)
    result = extractor.extract_source(src, source_name=name)
    with db.writer() as s:
        return store.ingest(s, result, src, source_name=name).document_id


def _one_char_changed(text: str) -> str:
    i = len(text) // 2
    while not text[i].isalpha():
        i += 1
    return text[:i] + ("a" if text[i] != "a" else "e") + text[i + 1:]


def _figures(db) -> dict:
    """What the corpus counts: documents, obligations, deadlines, search hits, citations."""
    with db.session() as s:
        agencies = catalog.agency_counts(s)
        top = max(agencies, key=agencies.get)
        return {"documents": catalog.list_documents(s)[1], "agencies": agencies,
                "obligations": queries.count_obligations(s, top),
                "deadlines": deadlines.deadline_page(s)[1],
                "search": search.count(s, "ma túy"),
                "cited": sorted((n.key, n.cited_by_count) for n in graph.most_cited(s, 50)),
                "nodes_with_document": s.scalar(select(func.count()).select_from(Node).where(Node.document_id.is_not(None)))}


def test_a_retyped_copy_and_a_docx_of_a_plan_are_versions_of_it_and_count_once(new_db_url, extractor):
    from corpus.db import Database

    text = SEED.read_text(encoding="utf-8")
    once, db = Database.open(new_db_url()), Database.open(new_db_url())
    try:
        _store(once, extractor, SEED.read_bytes(), SEED.name)
        alone = _figures(once)
        assert alone["obligations"] > 0 and alone["deadlines"] > 0 and alone["search"] > 0 and alone["cited"]

        first = _store(db, extractor, SEED.read_bytes(), SEED.name)
        copy = _store(db, extractor, _one_char_changed(text).encode("utf-8"), "ban-danh-may-lai.txt")
        docx = _store(db, extractor, make_docx(plan_parts(text)), SEED.stem + ".docx")
        assert len({first, copy, docx}) == 3
        assert _figures(db) == alone

        with db.session() as s:
            versions = store.versions(s, first)
            assert [v.id for v in versions] == [v.id for v in store.versions(s, copy)]
            assert {v.id for v in versions} == {first, copy, docx}
            current = versions[0]
            assert current.current and not any(v.current for v in versions[1:])
            for v in versions[1:]:
                info = store.get(s, v.id)
                assert info.version_of == current.id
                assert store.get_result(s, v.id).assignments      # a version keeps its own results
            assert s.scalar(select(func.count(func.distinct(TaskAgency.document_id)))) == 1

        with db.writer() as s:                                     # the current version goes: another takes over
            assert store.delete(s, current.id)
        assert _figures(db) == alone
        with db.session() as s:
            left = store.versions(s, first if current.id != first else copy)
            assert len(left) == 2 and left[0].current and store.get(s, left[1].id).version_of == left[0].id
    finally:
        once.close()
        db.close()


def test_the_portals_two_copies_of_a_circular_are_one_document_and_a_provinces_similar_decisions_are_two(fresh_db, extractor):
    ids = {}
    for name in ("39db3d8c3cc4571d.md", "9e6739b0beeb8634.md",       # 110/2025/TT-BTC twice, 96 % alike
                 "e8b69e31579c0186.md", "fa3395538c5c7356.md",       # 303/2025/NĐ-CP twice, the same bytes: one row
                 "b5d973285b520592.md", "f487be249577e090.md"):      # 72/2025/QĐ-UBND and 73/2025/QĐ-UBND, 94 % alike
        src = read_file(PORTAL / name)
        with fresh_db.writer() as s:
            ids[name] = store.ingest(s, extractor.extract_source(src, source_name=name), src, source_name=name).document_id
    with fresh_db.session() as s:
        assert {v.id for v in store.versions(s, ids["39db3d8c3cc4571d.md"])} == {ids["39db3d8c3cc4571d.md"], ids["9e6739b0beeb8634.md"]}
        assert ids["e8b69e31579c0186.md"] == ids["fa3395538c5c7356.md"]
        assert store.versions(s, ids["b5d973285b520592.md"]) == [] and store.versions(s, ids["f487be249577e090.md"]) == []
        docs, count = catalog.list_documents(s)
        assert count == 4
        assert catalog.list_documents(s, all_versions=True)[1] == 5
        assert s.scalar(select(func.count()).select_from(Document)) == 5


def test_reingesting_a_version_with_a_newer_extractor_keeps_it_a_version(fresh_db, extractor):
    text = SEED.read_text(encoding="utf-8")
    first = _store(fresh_db, extractor, SEED.read_bytes(), SEED.name)
    data = _one_char_changed(text).encode("utf-8")
    copy = _store(fresh_db, extractor, data, "copy.txt")
    src = read_bytes(data, "copy.txt")
    with fresh_db.writer() as s:
        assert store.ingest(s, extractor.extract_source(src, source_name="copy.txt"), src, force=True).status == "replaced"
    with fresh_db.session() as s:
        versions = store.versions(s, first)
        assert {v.id for v in versions} == {first, copy}
        assert sum(v.current for v in versions) == 1
        assert s.scalar(select(func.count(func.distinct(TaskAgency.document_id)))) == 1


def test_rows_stored_before_versions_are_grouped_by_regroup(fresh_db, extractor):
    """Rows that were stored as separate documents (before migration 0006) become versions with `regroup`."""
    text = SEED.read_text(encoding="utf-8")
    first = _store(fresh_db, extractor, SEED.read_bytes(), SEED.name)
    copy = _store(fresh_db, extractor, _one_char_changed(text).encode("utf-8"), "copy.txt")
    alone = _figures(fresh_db)
    with fresh_db.writer() as s:        # as the migration leaves them: fingerprinted, each its own document
        copy_doc = s.get(Document, copy)
        rows = [s.get(Document, first), copy_doc]
        for d in rows:
            store._relink(s, d, None, store.default_linker())
        s.commit()
    with fresh_db.session() as s:
        assert catalog.list_documents(s)[1] == 2
    with fresh_db.writer() as s:
        assert store.regroup(s) == 1
    assert _figures(fresh_db) == alone
    with fresh_db.session() as s:
        assert {v.id for v in store.versions(s, first)} == {first, copy}
        current = store.versions(s, first)[0].id
        assert s.scalar(select(Node.key).where(Node.document_id == current)) == SEED_NUMBER
