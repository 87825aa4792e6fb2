"""Obligations of an agency across the corpus: filters, partners, successions, merged provinces, pages."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus.queries import all_obligations, count_obligations, obligations
from tests.integration.conftest import SEED_FILES

SEEDS = {p.name for p in SEED_FILES}


def _tasks(extracted, names, agency, partner=False):
    out = set()
    for name in names:
        _, r = extracted[name]
        for a in r.assignments:
            if agency in (a.partners if partner else a.agencies):
                out.add((name, a.id))
    return out


def test_obligations_of_cong_an_tinh_come_from_all_five_plans_with_their_spans(seeded, extracted):
    db, _ = seeded
    with db.session() as s:
        items = all_obligations(s, "Công an tỉnh")
    assert {o.document.source_name for o in items} == SEEDS
    assert {(o.document.source_name, o.task_id) for o in items} == _tasks(extracted, SEEDS, "Công an tỉnh")
    for o in items:
        src, result = extracted[o.document.source_name]
        task = next(a for a in result.assignments if a.id == o.task_id)
        assert (o.span.start, o.span.end) == (task.span.start, task.span.end) and o.text == task.text
        assert " ".join(src.text[o.span.start:o.span.end].replace("**", "").split())[:20] == o.text[:20]
        assert src.text[o.agency_span.start:o.agency_span.end].replace("**", "") == o.written.replace("**", "")
        assert o.agency == "Công an tỉnh" and "Công an tỉnh" in o.agencies and not o.as_partner


def test_any_spelling_of_the_agency_finds_the_same_tasks(seeded):
    db, _ = seeded
    with db.session() as s:
        assert count_obligations(s, "Công an tỉnh") == count_obligations(s, "CÔNG AN TỈNH") == count_obligations(s, "Công an tỉnh Thái Bình")


def test_newest_plan_first_and_pages_join_up(seeded):
    db, _ = seeded
    with db.session() as s:
        everything = all_obligations(s, "Công an tỉnh", page_size=500)
        paged = all_obligations(s, "Công an tỉnh", page_size=7)
        first = obligations(s, "Công an tỉnh", limit=7)
    assert [(o.document.id, o.task_id) for o in paged] == [(o.document.id, o.task_id) for o in everything]
    dates = [o.document.issued_date for o in everything]
    assert dates == sorted(dates, reverse=True)
    assert len(first.items) == 7 and first.next_cursor


def test_as_a_partner(seeded, extracted):
    db, _ = seeded
    with db.session() as s:
        partner = all_obligations(s, "Công an tỉnh", as_partner=True)
        both = count_obligations(s, "Công an tỉnh", as_partner=None)
    assert {(o.document.source_name, o.task_id) for o in partner} == _tasks(extracted, SEEDS, "Công an tỉnh", partner=True)
    assert all(o.as_partner and "Công an tỉnh" in o.partners for o in partner)
    assert both == len(partner) + len(_tasks(extracted, SEEDS, "Công an tỉnh"))


@pytest.mark.parametrize("filters,check", [
    ({"province": "Thái Bình"}, lambda o: o.document.province == "Thái Bình"),
    ({"year": 2024}, lambda o: o.document.issued_date.year == 2024),
    ({"role": "lead"}, lambda o: o.role == "lead"),
    ({"requested": False}, lambda o: not o.requested),
    ({"due_from": dt.date(2025, 9, 1), "due_to": dt.date(2025, 12, 31)}, lambda o: o.due and dt.date(2025, 9, 1) <= o.due <= dt.date(2025, 12, 31)),
])
def test_filters(seeded, extracted, filters, check):
    db, _ = seeded
    with db.session() as s:
        got = all_obligations(s, "Công an tỉnh", **filters)
        assert count_obligations(s, "Công an tỉnh", **filters) == len(got)
    assert got and all(check(o) for o in got)
    every = set()
    for name in SEEDS:
        _, r = extracted[name]
        meta = r.metadata
        for a in r.assignments:
            if "Công an tỉnh" not in a.agencies:
                continue
            due = dt.date.fromisoformat(a.deadline.due) if a.deadline and a.deadline.due else None
            fake = type("O", (), {"document": type("D", (), {"province": meta.province,
                                                          "issued_date": dt.date.fromisoformat(meta.issued_date)}),
                                  "role": a.role, "requested": a.requested, "due": due})
            if check(fake):
                every.add((name, a.id))
    assert {(o.document.source_name, o.task_id) for o in got} == every


def test_requested_tasks(seeded):
    db, _ = seeded
    with db.session() as s:
        got = all_obligations(s, "Tòa án nhân dân tỉnh", requested=True)
        assigned = all_obligations(s, "Tòa án nhân dân tỉnh", requested=False)
    assert got and all(o.requested for o in got)
    assert assigned and not any(o.requested for o in assigned)


def test_text_search_within_obligations_ignores_diacritics(seeded):
    db, _ = seeded
    with db.session() as s:
        got = all_obligations(s, "Công an tỉnh", text="cai nghien")
        same = all_obligations(s, "Công an tỉnh", text="CAI NGHIỆN")
    assert got and [o.task_id for o in got] == [o.task_id for o in same]
    assert all("cai nghiện" in o.text.lower() for o in got)


def test_so_noi_vu_with_its_predecessor_includes_the_labour_departments_tasks(seeded, extracted):
    db, _ = seeded
    with db.session() as s:
        own = all_obligations(s, "Sở Nội vụ")
        page = obligations(s, "Sở Nội vụ", predecessors=True, limit=1000)
    labour = _tasks(extracted, SEEDS, "Sở Lao động - Thương binh và Xã hội")
    assert labour and own
    assert page.agencies == ("Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội")
    got = {(o.document.source_name, o.task_id) for o in page.items}
    assert got == labour | {(o.document.source_name, o.task_id) for o in own}
    assert {o.agency for o in page.items} == {"Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội"}


def test_partial_successors_only_when_asked(seeded):
    db, _ = seeded
    with db.session() as s:
        plain = count_obligations(s, "Sở Y tế", predecessors=True)
        partial = count_obligations(s, "Sở Y tế", predecessors=True, partial=True)
        labour = count_obligations(s, "Sở Lao động - Thương binh và Xã hội")
        alone = count_obligations(s, "Sở Y tế")
    assert plain == alone < partial <= alone + labour


def test_hung_yen_includes_thai_binh_plans_when_asked(seeded):
    db, _ = seeded
    with db.session() as s:
        hy = all_obligations(s, "Công an tỉnh", province="Hưng Yên")
        merged = obligations(s, "Công an tỉnh", province="Hưng Yên", merged=True, limit=1000)
    assert {o.document.source_name for o in hy} == {"004_58f2b1c8268940d4.txt"}
    assert {o.document.province for o in merged.items} == {"Hưng Yên", "Thái Bình"}
    assert set(merged.provinces) == {"Hưng Yên", "Thái Bình"}
    assert {o.document.source_name for o in merged.items} == {"004_58f2b1c8268940d4.txt", "000_2c1b652bb66f49e5.txt",
                                                              "003_d53265bfa67f6396.txt"}


def test_an_unknown_agency_has_no_obligations(seeded):
    db, _ = seeded
    with db.session() as s:
        assert obligations(s, "Sở Không Tồn Tại").items == ()
        assert count_obligations(s, "Công an tỉnh", text="  !! ") == count_obligations(s, "Công an tỉnh")   # no words: no filter
