"""The counts kept as documents are stored (corpus.tallies) always equal a count of the stored rows: through new
documents, a re-typed copy that becomes a version, a re-extraction that replaces a document's rows, the deletion of
a current version (another takes over) and of a plain document; and the answers read from them (an agency's task
count, a hub's counts) equal those counted from the rows."""
from __future__ import annotations

from sqlalchemy import func, select

from corpus import catalog, graph, queries, store, tallies
from extractor.read import read_bytes
from models.tables import AgencyRow, CitingTally, Node, TaskAgency
from tests.integration.conftest import SEED_FILES


def _store(db, extractor, data: bytes, name: str, force: bool = False) -> int:
    src = read_bytes(data, name)
    result = extractor.extract_source(src, source_name=name)
    with db.writer() as s:
        return store.ingest(s, result, src, source_name=name, force=force).document_id


def _kept(s) -> tuple[dict, set]:
    agencies = {aid: (t, p) for aid, t, p in s.execute(select(AgencyRow.id, AgencyRow.tasks, AgencyRow.partner_tasks))
                if t or p}
    citing = set(s.execute(select(CitingTally.node_id, CitingTally.relation, CitingTally.province, CitingTally.year,
                                  CitingTally.documents)).all())
    return agencies, citing


def _counted(s) -> tuple[dict, set]:
    agencies: dict[int, list[int]] = {}
    for aid, partner, n in s.execute(select(TaskAgency.agency_id, TaskAgency.as_partner, func.count())
                                     .group_by(TaskAgency.agency_id, TaskAgency.as_partner)):
        agencies.setdefault(aid, [0, 0])[1 if partner else 0] += n
    citing = {(n, r, p, int(y), c) for n, r, p, y, c in s.execute(tallies.citing_select())}
    return {aid: tuple(v) for aid, v in agencies.items()}, citing


def _assert_kept_equals_counted(db) -> None:
    with db.session() as s:
        kept, counted = _kept(s), _counted(s)
        assert kept[0] == counted[0]
        assert kept[1] == counted[1]
        assert kept[0] and kept[1]


def test_kept_counts_equal_a_recount_through_stores_versions_replacements_and_deletions(fresh_db, extractor):
    db = fresh_db
    ids = [_store(db, extractor, f.read_bytes(), f.name) for f in SEED_FILES]
    _assert_kept_equals_counted(db)

    text = SEED_FILES[3].read_text(encoding="utf-8")
    i = len(text) // 2
    while not text[i].isalpha():
        i += 1
    copy = _store(db, extractor, (text[:i] + ("a" if text[i] != "a" else "e") + text[i + 1:]).encode("utf-8"), "copy.txt")
    _assert_kept_equals_counted(db)                     # the copy is a version: it counts nowhere

    _store(db, extractor, SEED_FILES[0].read_bytes(), SEED_FILES[0].name, force=True)   # its rows written again
    _assert_kept_equals_counted(db)

    with db.session() as s:
        current = store.versions(s, copy)[0].id
    with db.writer() as s:
        assert store.delete(s, current)                 # the other version takes over
    _assert_kept_equals_counted(db)
    with db.writer() as s:
        assert store.delete(s, ids[1])
    _assert_kept_equals_counted(db)

    # the answers read from the kept counts are those counted from the rows
    with db.session() as s:
        counts = catalog.agency_counts(s)
        top = max(counts, key=counts.get)
        aid = s.scalar(select(AgencyRow.id).where(AgencyRow.name == top))
        rows = s.scalar(select(func.count()).select_from(TaskAgency).where(TaskAgency.agency_id == aid,
                                                                           TaskAgency.as_partner.is_(False)))
        assert counts[top] == rows == queries.count_obligations(s, top)
        both = s.scalar(select(func.count()).select_from(TaskAgency).where(TaskAgency.agency_id == aid))
        assert queries.count_obligations(s, top, as_partner=None) == both
        node = s.scalar(select(Node.id).order_by(Node.cited_by_count.desc()).limit(1))
        total, by_relation, by_province, by_year = graph._hub_counts(s, node, None)
        assert total == s.scalar(select(Node.cited_by_count).where(Node.id == node)) > 0
        assert sum(t.count for t in by_province) == sum(t.count for t in by_year) == total
        assert sum(t.count for t in by_relation) >= total
        rel = by_relation[0].value
        one = graph._hub_counts(s, node, (rel,))
        assert one[0] == by_relation[0].count and sum(t.count for t in one[2]) == one[0]
