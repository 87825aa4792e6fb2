"""Typed relations and effective dates (extractor/relations.py) on real documents of ../shared/corpus/portal and on
sentences taken from them."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.lexicon import load_lexicon
from extractor.relations import _grammar, parse_scope, read_sentence
from extractor.vntext import fold

PORTAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "portal"


def _doc(extractor, name: str):
    path = PORTAL / name
    if not path.exists():
        pytest.skip(f"corpus file {name} not present")
    return extractor.extract(path.read_text(encoding="utf-8"), name)


def _rels(result) -> dict[tuple[str, str], list[str]]:
    return {(r.relation, r.target): r.scope for r in result.relations}


# ------------------------------------------------------------------ whole documents

def test_abolishes_both_decisions_of_its_title_not_what_one_of_them_amended(extractor):
    # 84/2025/QĐ-UBND Hà Tĩnh: "Bãi bỏ toàn bộ Quyết định số 10/2016/QĐ-UBND ... và Quyết định số 14/2022/QĐ-UBND ...
    # về sửa đổi, bổ sung Quyết định số 10/2016/QĐ-UBND" — the amending is 14/2022's, not this decision's
    r = _doc(extractor, "020bddd030400bd2.md")
    assert _rels(r) == {("abolishes", "10/2016/QĐ-UBND"): [], ("abolishes", "14/2022/QĐ-UBND"): []}
    assert (r.metadata.effective_from, r.metadata.effective_until) == ("2025-12-02", None)   # "kể từ ngày ban hành"
    assert "effective_from" in r.metadata.spans
    rel = {c.key: c.relation for c in r.citations}
    assert rel["10/2016/QĐ-UBND"] == "abolishes" and rel["14/2022/QĐ-UBND"] == "abolishes"
    assert all(x.effective_from == "2025-12-02" for x in r.relations)


def test_amending_decree_items_take_the_article_of_the_item_above(extractor):
    # 16/2025/NĐ-CP: "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 72/2020/NĐ-CP ..." / "2. Sửa đổi, bổ sung
    # Điều 8 như sau:" / "b) Bổ sung điểm c khoản 1 Điều 8" / "5. Sửa đổi, bổ sung Điều 12" / "c) Bổ sung khoản 4a"
    r = _doc(extractor, "4ea650b6faa46d71.md")
    scope = _rels(r)[("amends", "72/2020/NĐ-CP")]
    for unit in ("Điều 7 khoản 1", "Điều 8 khoản 1 điểm c", "Điều 8 khoản 2", "Điều 12 khoản 4a", "Điều 12 khoản 4b",
                 "Điều 15 khoản 3 điểm c"):
        assert unit in scope
    assert "Điều 8" not in scope            # refined by its items
    assert r.metadata.effective_from == "2025-03-23"
    # the new wording of the amended articles (quoted) states nothing of this decree's own
    assert {k for k, _ in _rels(r)} == {"amends"}


def test_amends_and_abolishes_points_of_one_regulation(extractor):
    # 56/2025/QĐ-UBND Cao Bằng: "a) Bãi bỏ cụm từ “dấu (-) là phép trừ” tại khoản 2 Điều 11." (struck words: the
    # unit that holds them) / "b) Bãi bỏ điểm c khoản 2 và điểm d khoản 3 Điều 14."
    r = _doc(extractor, "46482d81ac8c4f96.md")
    rels = _rels(r)
    assert rels[("abolishes", "52/2024/QĐ-UBND")] == ["Điều 11 khoản 2", "Điều 14 khoản 2 điểm c", "Điều 14 khoản 3 điểm d"]
    assert rels[("amends", "52/2024/QĐ-UBND")] == ["Điều 13", "Điều 14 khoản 3 điểm b"]
    assert r.metadata.effective_from == "2025-12-08"


def test_decree_replaces_abolishes_and_guides(extractor):
    # 308/2025/NĐ-CP: title "Quy định chi tiết ... hướng dẫn thi hành Luật Di sản văn hóa"; "... thay thế Nghị định
    # số 98/2010/NĐ-CP"; "Bãi bỏ Điều 2 Nghị định số 142/2018/NĐ-CP ... sửa đổi một số quy định ..."
    r = _doc(extractor, "54c3026bc7bb5cb7.md")
    rels = _rels(r)
    assert rels[("replaces", "98/2010/NĐ-CP")] == []
    assert rels[("abolishes", "142/2018/NĐ-CP")] == ["Điều 2"]
    assert rels[("abolishes", "23/2016/QĐ-TTg")] == []
    # the decree also cites the old law ("Luật Di sản văn hóa số 28/2001/QH10"): the one it guides is keyed by number
    assert ("guides", "45/2024/QH15") in rels
    assert not any(k == "implements" for k, _ in rels)     # guides wins for the law its title carries out
    assert r.metadata.effective_from == "2026-01-15"


def test_a_province_decision_does_not_amend_a_decree(extractor):
    # 2816/QĐ-UBND: a plan to simplify procedures lists "Sửa đổi điểm b khoản 2 Điều 5 Nghị định 147/2025/NĐ-CP ..."
    # as proposals; a province cannot amend a decree
    r = _doc(extractor, "24ac05c2c7c4518e.md")
    assert not [x for x in r.relations if x.relation in ("amends", "replaces", "abolishes")]
    assert r.metadata.effective_from == "2025-11-20"


def test_decision_carrying_a_plan_implements_both_documents_of_its_title(extractor):
    # 2820/QĐ-UBND: "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG ... VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC ..."
    r = _doc(extractor, "001c610b2efdcf0c.md")
    rels = _rels(r)
    assert ("implements", "06/QĐ-TTg") in rels and ("implements", "3103/QĐ-BTC") in rels
    rel = {c.key: c.relation for c in r.citations}
    assert rel["06/QĐ-TTg"] == "basis"        # basis stays basis on citations[]


def test_resolution_in_force_from_its_passage_and_until_year_end(extractor):
    # 1683/NQ-UBTVQH15: "có hiệu lực thi hành từ ngày được thông qua" ... "thông qua ngày 16 tháng 6 năm 2025"
    assert _doc(extractor, "24f956b72eef05a2.md").metadata.effective_from == "2025-06-16"
    # 37/2025/NQ-HĐND: "có hiệu lực thi hành kể từ ngày 18 tháng 11 năm 2025 đến ngày 31 tháng 12 năm 2025"
    m = _doc(extractor, "0abcf1a5292b31ec.md").metadata
    assert (m.effective_from, m.effective_until) == ("2025-11-18", "2025-12-31")


def test_portal_notice_is_no_relation(extractor):
    # the portal's own notice after the text: "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật ..."
    r = _doc(extractor, "00e8b0e4daffc2ef.md")
    assert not [x for x in r.relations if x.target == "13/2023/NĐ-CP"]


# ------------------------------------------------------------------ sentences

@pytest.mark.parametrize("sentence, expected", [
    ("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 29/2020/QĐ-UBND "
     "ngày 10/9/2020 của Ủy ban nhân dân tỉnh.", {("replaces", "29/2020/QĐ-UBND")}),
    ("Bãi bỏ Điều 2 Nghị định số 142/2018/NĐ-CP ngày 09 tháng 10 năm 2018 của Chính phủ sửa đổi một số quy định về "
     "điều kiện đầu tư kinh doanh.", {("abolishes", "142/2018/NĐ-CP")}),
    ("2. Nghị quyết số 20/2022/NQ-HĐND ngày 12 tháng 9 năm 2022 của HĐND Thành phố Hà Nội hết hiệu lực kể từ ngày "
     "Nghị quyết này có hiệu lực thi hành.", {("abolishes", "20/2022/NQ-HĐND")}),
    ("*Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
     "78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;*", set()),
    ("Kết cấu hạ tầng được đầu tư theo Nghị định số 78/2025/NĐ-CP đã được sửa đổi, bổ sung bởi Nghị định số "
     "187/2025/NĐ-CP.", set()),
    # a list that goes on after ":" and ";" (303/2025/NĐ-CP)
    ("2. Nghị định này thay thế các Nghị định sau: Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ "
     "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ; Nghị định số 101/2020/NĐ-CP "
     "ngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 "
     "tháng 9 năm 2016 của Chính phủ.", {("replaces", "123/2016/NĐ-CP"), ("replaces", "101/2020/NĐ-CP")}),
    # items under a clause ending in ":" (030/2025/QĐ-UBND Đắk Lắk)
    ("2. Bãi bỏ các Quyết định sau:\n\na) Quyết định số 41/2023/QĐ-UBND ngày 11 tháng 12 năm 2023 của Ủy ban nhân dân "
     "tỉnh Đắk Lắk (cũ) quy định tỷ lệ % chất lượng còn lại của nhà chịu lệ phí trước bạ.\n\nb) Quyết định số "
     "50/2025/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Phú Yên (trước đây) quy định Bảng giá.",
     {("abolishes", "41/2023/QĐ-UBND"), ("abolishes", "50/2025/QĐ-UBND")}),
    # procedures a decision published are part of it
    ("Bãi bỏ thủ tục hành chính cấp xã có số thứ tự 1, 2 tại Quyết định số 1126/QĐ-UBND ngày 03 tháng 9 năm 2025 của "
     "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ.", {("abolishes", "1126/QĐ-UBND")}),
    # a second verb of one clause: "Sửa đổi ... và bãi bỏ ... tại Phụ lục kèm theo Quyết định số ..."
    ("- Sửa đổi Danh mục số thứ tự 1594, 1595 và bãi bỏ danh mục số thứ tự 1646 tại Phụ lục kèm theo Quyết định số "
     "2411/QĐ-UBND ngày 04/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long.",
     {("amends", "2411/QĐ-UBND"), ("abolishes", "2411/QĐ-UBND")}),
])
def test_sentence_relations(sentence, expected):
    assert {(r.relation, r.target) for r in read_sentence(sentence)[0]} == expected


@pytest.mark.parametrize("sentence, issued, dates", [
    ("Quyết định này có hiệu lực kể từ ngày ký.", "2025-11-19", ("2025-11-19", None)),
    ("Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.", "2025-11-19", ("2025-11-29", None)),
    ("1. Nghị quyết này có hiệu lực thi hành từ ngày 01/01/2026.", "2025-12-10", ("2026-01-01", None)),
    ("Quyết định này có hiệu lực từ ngày 01/01/2025 đến hết ngày 31/12/2025.", "2024-12-20", ("2025-01-01", "2025-12-31")),
    ("Quyết định này có hiệu lực thi hành kể từ ngày Nghị định số 268/2025/NĐ-CP có hiệu lực.", "2025-11-19", None),
    ("Kể từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027, trừ trường hợp ...", "2025-11-21", None),
])
def test_sentence_effect(sentence, issued, dates):
    e = read_sentence(sentence, issued=issued)[1]
    assert (None if e is None else (e.effective_from, e.effective_until)) == dates


def test_scope_units():
    g = _grammar(load_lexicon())

    def scope(s):
        f = fold(s)
        return parse_scope(g, f, 0, len(f))

    assert scope("khoản 2 và khoản 3 Điều 5") == ["Điều 5 khoản 2", "Điều 5 khoản 3"]
    assert scope("điểm c khoản 2 và điểm d khoản 3 Điều 14") == ["Điều 14 khoản 2 điểm c", "Điều 14 khoản 3 điểm d"]
    assert scope("khoản 2 Điều 5 và Điều 7") == ["Điều 5 khoản 2", "Điều 7"]
    assert scope("Chương II và Phụ lục III") == ["Chương II", "Phụ lục III"]
    assert scope("số thứ tự thứ 5 Phụ lục IIb") == ["Phụ lục IIb"]          # rows: the appendix that holds them
    assert scope("bãi bỏ cụm từ “điểm h khoản 2 Điều 2” tại điểm b khoản 1 Điều 20") == ["Điều 20 khoản 1 điểm b"]
