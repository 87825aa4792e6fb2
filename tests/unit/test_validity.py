"""The validity rule (corpus.validity.derive) on hand-made relations: replaced, abolished in whole or in part, amended,
suspended, not yet in force, expired, two replacements, relations still to come."""
from __future__ import annotations

import datetime as dt

from corpus.records import DocRef
from corpus.validity import Facts, Statement, derive

D = dt.date
OLD = Facts(1, "29/2020/QĐ-UBND")


def doc(i: int, number: str, issued: D) -> DocRef:
    return DocRef(i, f"{i}.md", number, "QĐ", "Lai Châu", issued)


NEW = doc(7, "87/2025/QĐ-UBND", D(2025, 11, 19))
LATER = doc(8, "12/2026/QĐ-UBND", D(2026, 3, 2))


def test_no_relation_is_in_force_and_says_so():
    v = derive(OLD, [], D(2026, 1, 1))
    assert v.status == "in_force" and v.history == () and "chưa văn bản nào" in v.explanation


def test_a_replacement_takes_effect_on_its_date():
    s = Statement("replaces", (), D(2025, 12, 1), NEW, NEW.number)
    before = derive(OLD, [s], D(2025, 11, 30))
    assert before.status == "in_force"
    assert "sẽ bị thay thế bởi 87/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 01/12/2025" in before.explanation
    assert [e.applied for e in before.history] == [False]
    after = derive(OLD, [s], D(2025, 12, 1))
    assert after.status == "replaced" and after.since == D(2025, 12, 1) and after.changed_by == (NEW,)
    assert after.explanation == "Bị thay thế bởi 87/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 01/12/2025"
    assert after.history[0].applied and after.history[0].document == NEW


def test_abolishing_some_articles_is_amended_and_partially_abolished():
    v = derive(OLD, [Statement("abolishes", ("Điều 5", "Điều 7 khoản 2"), D(2025, 12, 1), NEW, NEW.number),
                     Statement("amends", ("Điều 3",), D(2026, 3, 15), LATER, LATER.number)], D(2026, 4, 1))
    assert v.status == "amended" and v.partially_abolished
    assert v.abolished_articles == ("Điều 5", "Điều 7 khoản 2") and v.amended_articles == ("Điều 3",)
    assert v.changed_by == (NEW, LATER)
    assert "Bị bãi bỏ một phần bởi 87/2025/QĐ-UBND ngày 19/11/2025 (Điều 5, Điều 7 khoản 2)" in v.explanation
    assert [e.relation for e in v.history] == ["abolishes", "amends"]


def test_whole_abolition_and_replacement_conflict_goes_to_the_earliest():
    v = derive(OLD, [Statement("replaces", (), D(2026, 3, 15), LATER, LATER.number),
                     Statement("abolishes", (), D(2025, 12, 1), NEW, NEW.number)], D(2026, 6, 1))
    assert v.status == "abolished" and v.since == D(2025, 12, 1) and v.changed_by == (NEW, LATER)
    assert v.explanation.startswith("Bị bãi bỏ bởi 87/2025/QĐ-UBND")
    assert "12/2026/QĐ-UBND ngày 02/03/2026 cũng nêu thay thế văn bản này, hiệu lực từ 15/03/2026" in v.explanation


def test_two_replacements_the_first_in_effect_ends_it():
    v = derive(OLD, [Statement("replaces", (), D(2026, 3, 15), LATER, LATER.number),
                     Statement("replaces", (), D(2025, 12, 1), NEW, NEW.number)], D(2026, 6, 1))
    assert v.status == "replaced" and v.changed_by[0] == NEW and "tính theo văn bản có hiệu lực trước" in v.explanation


def test_own_dates_not_yet_in_force_and_expired():
    f = Facts(2, "87/2025/QĐ-UBND", D(2025, 12, 1), D(2026, 12, 31))
    assert derive(f, [], D(2025, 11, 20)).status == "not_yet_in_force"
    assert derive(f, [], D(2026, 6, 1)).status == "in_force"
    gone = derive(f, [], D(2027, 1, 1))
    assert gone.status == "expired" and gone.since == D(2027, 1, 1)
    assert [e.relation for e in gone.history] == ["takes_effect", "expires"]
    # an extension in effect keeps it in force
    ext = derive(f, [Statement("extends", (), D(2026, 12, 1), LATER, LATER.number)], D(2027, 1, 1))
    assert ext.status == "in_force" and "Được gia hạn bởi 12/2026/QĐ-UBND" in ext.explanation


def test_suspension_and_relations_that_do_not_change_validity():
    v = derive(OLD, [Statement("suspends", (), D(2025, 12, 1), NEW, NEW.number),
                     Statement("guides", (), D(2025, 1, 1), LATER, LATER.number),
                     Statement("implements", (), D(2025, 1, 1), LATER, LATER.number)], D(2026, 1, 1))
    assert v.status == "suspended" and len(v.history) == 1


def test_a_relation_without_a_date_counts_as_in_effect():
    v = derive(OLD, [Statement("abolishes", (), None, NEW, NEW.number)], D(2000, 1, 1))
    assert v.status == "abolished" and v.since is None
