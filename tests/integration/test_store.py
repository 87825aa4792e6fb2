"""corpus.store on SQLite and PostgreSQL: lossless storage, idempotent ingest, replacement, deletion, unreadable files."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from corpus import store
from corpus.warnings import with_warnings
from models.tables import CitationRow, Document, Node, TaskAgency, TaskRow
from tests.integration.conftest import FIXTURE_FILES, SEED_FILES, ingest_names, row_counts

SEEDS = [p.name for p in SEED_FILES]


def test_every_seed_reads_back_as_the_result_that_was_ingested(seeded, extracted):
    db, ids = seeded
    with db.session() as s:
        for name, doc_id in ids.items():
            _, result = extracted[name]
            back = store.get_result(s, doc_id)
            assert back == with_warnings(result), name   # the store fills `warnings` (corpus/warnings.py)


def test_documents_keep_their_file_hash_media_type_and_version(seeded, extracted):
    db, ids = seeded
    with db.session() as s:
        for name, doc_id in ids.items():
            src, result = extracted[name]
            info = store.get(s, doc_id)
            assert info.sha256 == hashlib.sha256(src.data).hexdigest() == result.source.sha256
            assert info.source_name == name and info.media_type == "text/plain" and info.status == "extracted"
            assert info.extractor_version == result.extractor_version
            assert info.counts["tasks"] == len(result.assignments) and info.counts["citations"] == len(result.citations)
            assert store.get_source(s, doc_id) == src.data


def test_ingesting_the_same_plans_again_changes_nothing(fresh_db, extracted):
    ingest_names(fresh_db, extracted, SEEDS)
    before = row_counts(fresh_db)
    for name in SEEDS:
        src, result = extracted[name]
        with fresh_db.writer() as s:
            assert store.ingest(s, result, src, source_name="another-name.txt").status == "unchanged"
    assert row_counts(fresh_db) == before
    with fresh_db.session() as s:
        assert sorted(s.scalars(select(Document.source_name))) == sorted(SEEDS)   # the first name is kept


def test_a_newer_extractor_replaces_the_results_of_a_document_in_place(fresh_db, extracted):
    name = SEEDS[0]
    src, result = extracted[name]
    old = result.model_copy(update={"extractor_version": "0.0.1", "assignments": result.assignments[:3],
                                    "citations": result.citations[:2]})
    with fresh_db.writer() as s:
        first = store.ingest(s, old, src, source_name=name)
    with fresh_db.writer() as s:
        again = store.ingest(s, result, src, source_name=name)
    assert (first.status, again.status) == ("stored", "replaced") and first.document_id == again.document_id
    with fresh_db.session() as s:
        assert store.get_result(s, first.document_id) == result
        assert s.scalar(select(func.count()).select_from(TaskRow)) == len(result.assignments)
        assert s.scalar(select(func.count()).select_from(CitationRow)) == len(result.citations)
    # and the counts equal a database that only ever saw the new version (apart from ids)
    counts = row_counts(fresh_db)
    assert counts["tasks"] == len(result.assignments) and counts["documents"] == 1


def test_reextract_reads_the_stored_source_again(fresh_db, extracted, extractor):
    ids = ingest_names(fresh_db, extracted, SEEDS[:1])
    before = row_counts(fresh_db)
    with fresh_db.writer() as s:
        out = store.reextract(s, ids[SEEDS[0]], extractor)
    assert out.status == "replaced" and out.document_id == ids[SEEDS[0]]
    assert row_counts(fresh_db) == before


def test_the_text_the_spans_point_into_is_kept(fresh_db, extracted):
    ids = ingest_names(fresh_db, extracted, SEEDS[:2])
    with fresh_db.session() as s:
        for name, doc_id in ids.items():
            src, result = extracted[name]
            text = store.get_text(s, doc_id)
            assert text == src.text
            task = result.assignments[0]
            assert text[task.span.start:task.span.end].strip()


def test_delete_removes_a_document_and_the_nodes_only_it_cited(fresh_db, extracted):
    ids = ingest_names(fresh_db, extracted, SEEDS)
    with fresh_db.session() as s:
        n_nodes = s.scalar(select(func.count()).select_from(Node))
        cited_36 = s.scalar(select(Node.cited_by_count).where(Node.identity == "36/CT/TW"))
    with fresh_db.writer() as s:
        assert store.delete(s, ids["004_58f2b1c8268940d4.txt"])
    with fresh_db.session() as s:
        assert s.scalar(select(Node.cited_by_count).where(Node.identity == "36/CT/TW")) == cited_36 - 1
        assert s.scalar(select(Node.id).where(Node.identity == "93/NQ/CP")) is None       # only 004 cited it
        assert s.scalar(select(func.count()).select_from(Node)) < n_nodes
        assert s.scalar(select(func.count()).select_from(TaskAgency).where(TaskAgency.document_id == ids["004_58f2b1c8268940d4.txt"])) == 0
    for name in SEEDS[:4]:
        with fresh_db.writer() as s:
            store.delete(s, ids[name])
    counts = row_counts(fresh_db)
    # what remains is the registry, the schema's version and the corpus's generation counter (corpus/generation.py)
    assert {k: v for k, v in counts.items() if v and k not in ("agencies", "alembic_version", "corpus_state")} == {}


def test_unreadable_files_are_kept_with_the_reason_and_not_stored_twice(fresh_db):
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"
    with fresh_db.writer() as s:
        a = store.store_unreadable(s, data, "scan.pdf", "scan.pdf: is not a readable PDF", "application/pdf")
    with fresh_db.writer() as s:
        b = store.store_unreadable(s, data, "scan.pdf", "scan.pdf: is not a readable PDF", "application/pdf")
    assert (a.status, b.status) == ("stored", "unchanged") and a.document_id == b.document_id
    with fresh_db.session() as s:
        info = store.get(s, a.document_id)
        assert info.status == "unreadable" and "PDF" in info.error
        assert store.get_result(s, a.document_id) is None
        assert store.get_source(s, a.document_id) == data


def test_a_failure_inside_ingest_leaves_nothing_behind(fresh_db, extracted, monkeypatch):
    name = FIXTURE_FILES[0].name
    src, result = extracted[name]

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.N, "refresh", boom)
    with fresh_db.writer() as s, pytest.raises(RuntimeError):
        store.ingest(s, result, src, source_name=name)
    counts = row_counts(fresh_db)
    assert counts["documents"] == counts["tasks"] == counts["nodes"] == counts["citations"] == 0
