"""Full-text search that ignores diacritics and tone placement, on SQLite FTS5 and PostgreSQL."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.search import QUERY_TOKEN, search, search_key
from extractor.vntext import strip_marks


@pytest.mark.parametrize("query", ["cai nghien", "cai nghiện", "CAI NGHIỆN", "Cai  Nghien"])
def test_cai_nghien_finds_cai_nghien(seeded, query):
    db, _ = seeded
    with db.session() as s:
        hits = search(s, query, limit=50)
    assert len(hits) == 50
    assert all("cai nghien" in strip_marks(h.text) or h.kind == "section" for h in hits)
    assert {h.kind for h in hits} == {"task", "section"}


def test_old_and_new_tone_placement_are_the_same(seeded_plus):
    db, _ = seeded_plus
    with db.session() as s:
        old = search(s, "xã hội hoá", limit=100)
        new = search(s, "xã hội hóa", limit=100)
    assert old and [(h.kind, h.document.id, h.item_id) for h in old] == [(h.kind, h.document.id, h.item_id) for h in new]
    # the Hưng Yên fixture writes "xã hội hoá" (old placement) in a task
    assert any(h.kind == "task" and h.document.source_name == "hung_yen_2025_cites_thai_binh.txt" for h in new)


def test_a_phrase_not_just_words(seeded):
    db, _ = seeded
    with db.session() as s:
        phrase = search(s, "nghien cai", kinds=("task",), limit=100)
        words = search(s, "cai nghien", kinds=("task",), limit=100)
    assert len(phrase) < len(words)


def test_by_province_and_hits_point_at_the_source(seeded, extracted):
    db, _ = seeded
    with db.session() as s:
        hits = search(s, "ma tuy", province="Hưng Yên", merged=True, kinds=("task",), limit=30)
    assert hits and {h.document.province for h in hits} <= {"Hưng Yên", "Thái Bình"}
    for h in hits:
        src, result = extracted[h.document.source_name]
        task = next(a for a in result.assignments if a.id == h.item_id)
        assert (h.span.start, h.span.end) == (task.span.start, task.span.end) and h.text == task.text


def test_nothing_to_find(seeded):
    db, _ = seeded
    with db.session() as s:
        assert search(s, "") == [] and search(s, "xyzzy plugh") == []


# letters of Vietnamese text, in both tone placements, with case and punctuation
_VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_TEXT = st.text(alphabet=_VI + _VI.upper() + " ,.;:-–()0123456789\n", max_size=200)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_index_key_has_the_words_of_strip_marks(s):
    assert QUERY_TOKEN.findall(search_key(s)) == QUERY_TOKEN.findall(strip_marks(s))
