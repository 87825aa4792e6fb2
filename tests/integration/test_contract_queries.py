"""The queries behind the API contract, on SQLite and PostgreSQL: LIKE wildcards in `q` escaped, totals and offsets."""
from __future__ import annotations

import pytest

from corpus import catalog
from corpus.deadlines import deadline_page
from corpus.graph import find_nodes
from corpus.search import count, search


@pytest.mark.parametrize("q", ["%", "%%", "_%_", "__", "\\", "\\%"])
def test_like_wildcards_in_q_match_themselves(seeded, q):
    db, _ = seeded
    with db.session() as s:
        assert catalog.list_documents(s, limit=50)[1] == 5
        assert catalog.list_documents(s, q=q, limit=50) == ([], 0)


def test_an_underscore_in_q_is_an_underscore(seeded):
    db, ids = seeded
    with db.session() as s:
        items, total = catalog.list_documents(s, q="_", limit=50)
    assert total == len(items) and all("_" in (d.source_name or "") for d in items)
    with db.session() as s:
        assert find_nodes(s, "3_-CT/TW") == []   # not 36-CT/TW


def test_search_total_and_offset(seeded):
    db, _ = seeded
    with db.session() as s:
        every = search(s, "ma tuy", limit=500)
        total = count(s, "ma tuy")
        assert total == len(every) > 5
        assert search(s, "ma tuy", limit=3, offset=2) == every[2:5]
        assert count(s, "ma tuy", province="Thái Bình") <= total


def test_deadline_totals_and_offsets(seeded):
    db, _ = seeded
    with db.session() as s:
        every, total = deadline_page(s, limit=5000)
        assert total == len(every) > 5
        page, again = deadline_page(s, limit=4, offset=3)
        assert again == total and [d.id for d in page] == [d.id for d in every[3:7]]
        mine, n = deadline_page(s, agency="Công an tỉnh", limit=2, offset=1)
        all_mine, n2 = deadline_page(s, agency="Công an tỉnh", limit=5000)
        assert n == n2 == len(all_mine) and [d.id for d in mine] == [d.id for d in all_mine[1:3]]
