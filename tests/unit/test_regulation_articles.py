"""Decisions that issue a Quy chế / Quy định and People's Council resolutions, met on samples/annotated/extra e21-e24
(annotated before the extractor ran on them) and checked on other portal documents of the same shape: "Điều N.
Trách nhiệm của X" articles whose X the registry lacks, resolutions of articles only, the supervising bodies of a
resolution, lists with a named body the registry lacks, laws cited by name with their number."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[2]
EXTRA = ROOT / "samples" / "annotated" / "extra"
PORTAL = ROOT.parent / "shared" / "corpus" / "portal"

#: The bodies a People's Council resolution tells to supervise it (registry names, "tỉnh" in a province).
SUPERVISORS = ["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
               "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"]


def _extra(stem: str):
    return extract_text(next(EXTRA.glob(f"{stem}*.txt")).read_text(encoding="utf-8"))


def _portal(name: str):
    return extract_text((PORTAL / f"{name}.md").read_text(encoding="utf-8"))


def _by_agency(res) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in res.assignments:
        for name in a.agencies:
            out.setdefault(name, []).append(a.text)
    return out


def test_article_heading_names_a_body_the_registry_lacks():
    # e21 (Đồng Tháp 144/2025/QĐ-CTUBND): "Điều 15. Trách nhiệm của cơ quan, tổ chức quản lý trực tiếp", "Điều 17.
    # Trách nhiệm của Văn thư cơ quan", "Điều 18. Trách nhiệm của bộ phận/cá nhân ... tại các cơ quan, đơn vị" (read
    # whole); "Điều 16. Trách nhiệm của thuê bao" names a person, no body
    tasks = _by_agency(_extra("e21_"))
    assert [t[:22] for t in tasks["Cơ quan, tổ chức quản lý trực tiếp"]] == [
        "Tổ chức triển khai sử ", "Phối hợp với Sở Khoa h", "Thực hiện các nhiệm vụ"]
    assert len(tasks["Văn thư cơ quan"]) == 4
    assert len(tasks["Bộ phận/cá nhân chuyên trách/phụ trách quản lý chữ ký số tại các cơ quan, đơn vị"]) == 5
    assert len(tasks["Sở Khoa học và Công nghệ"]) == 5
    assert not any("thuê bao" in name.lower() for name in tasks)


def test_article_heading_title_of_the_head_stands_for_the_body():
    # e23 (Cục Thuế 3509/QĐ-CT): "Điều 9. Trách nhiệm của thủ trưởng các đơn vị thuộc Cục Thuế"; "Điều 10. Trách
    # nhiệm của công chức thuế" names people, no body
    tasks = _by_agency(_extra("e23_"))
    assert [t[:16] for t in tasks["Các đơn vị thuộc Cục Thuế"]][:5] == [
        "Chỉ đạo niêm yết", "Công tác kiểm tr", "Tổ chức triển kh", "Phổ biến, quán t", "Tăng cường kiểm "]
    assert not any("công chức" in name.lower() for name in tasks)


def test_resolution_of_articles_only_has_its_articles_as_sections():
    # e24 (Hà Nội 82/2025/NQ-HĐND): "Điều 1. Phạm vi điều chỉnh" ... "Điều 7. Điều khoản thi hành", each over its own
    # paragraph; the kinds come from the article's title
    res = _extra("e24_")
    assert [(s.label, s.heading) for s in res.sections][:3] == [
        ("1", "Phạm vi điều chỉnh"), ("2", "Đối tượng áp dụng"), ("3", "Nội dung và mức chi")]
    kinds = {s.label: list(s.kinds) for s in res.sections}
    assert kinds["1"] == [] and kinds["5"] == ["funding"] and kinds["6"] == ["implementation"] and kinds["7"] == []


def test_resolution_supervisors_and_requests():
    # e24: "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân Thành phố, các Tổ đại biểu và đại
    # biểu Hội đồng nhân dân Thành phố giám sát ..."; "3. Đề nghị Ủy ban Mặt trận ... phối hợp ..."
    res = _extra("e24_")
    sup = [a for a in res.assignments if a.text.startswith("giám sát việc thực hiện")]
    assert len(sup) == 1 and [n.replace("thành phố", "tỉnh") for n in sup[0].agencies] == SUPERVISORS
    front = [a for a in res.assignments if a.text.startswith("phối hợp tuyên truyền")]
    assert front and front[0].requested and front[0].role == "support"


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
@pytest.mark.parametrize("name, number", [
    ("40de74e605854414", "21/2025/NQ-HĐND"),     # a province's resolution: "... tỉnh"
    ("1852f73167ca9236", "66/2025/NQ-HĐND"),     # Hà Nội: "tổ chức thực hiện\nNghị quyết." one task
    ("a6fb1f372de14a1e", "48/2025/NQ-HĐND"),     # "Thường trực Hội đồng nhân dân\nThành phố; các Ban ..."
    ("0eb3b8713cadea8f", "33/2025/NQ-HĐND"),     # Huế: "các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và ..."
])
def test_portal_resolutions_supervisors(name, number):
    res = _portal(name)
    assert res.metadata.number == number
    assert all(s.label.isdigit() for s in res.sections)   # articles only: the articles are the sections
    sup = [a for a in res.assignments if "Thường trực Hội đồng nhân dân tỉnh" in
           [n.replace("thành phố", "tỉnh") for n in a.agencies]]
    assert len(sup) == 1 and [n.replace("thành phố", "tỉnh") for n in sup[0].agencies] == SUPERVISORS
    assert "giám sát" in sup[0].text
    # the resolution's adoption line ("Nghị quyết này đã được Hội đồng nhân dân ... thông qua") is no task
    assert not any(a.text.startswith("Nghị quyết") for a in res.assignments)


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
def test_portal_own_document_line_is_joined():
    res = _portal("1852f73167ca9236")
    ub = [a.text for a in res.assignments if a.agencies == ["Ủy ban nhân dân thành phố"]]
    assert ub == ["tổ chức thực hiện Nghị quyết."]


def test_list_with_a_named_body_the_registry_lacks():
    # e22 (Quảng Trị 36/2025/QĐ-UBND): "4. Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị
    # bán lẻ điện tổ chức tuyên truyền ..."; "5. Các tổ chức, cá nhân có liên quan có trách nhiệm ..."
    tasks = _by_agency(_extra("e22_"))
    for name in ("Công ty Điện lực tỉnh", "Hợp tác xã dịch vụ điện Quảng Phú", "các đơn vị bán lẻ điện"):
        assert [t[:20] for t in tasks[name]] == ["tổ chức tuyên truyền"], name
    assert [t[:14] for t in tasks["Các tổ chức, cá nhân có liên quan"]] == ["có trách nhiệm"]
    xa = [a for a in _extra("e22_").assignments if a.agencies == ["Ủy ban nhân dân cấp xã"]]
    assert xa[0].role == "lead" and xa[0].partners == ["Các đơn vị điện lực"]


def test_law_number_inside_its_name_is_one_citation():
    # "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15": "pháp luật số 64/2025/QH15" is no second document;
    # the printed QH symbol names Quốc hội
    res = _extra("e22_")
    keys = [c.key for c in res.citations]
    assert "64/2025/QH15" not in keys
    law = next(c for c in res.citations if c.key.startswith("Luật Ban hành văn bản"))
    assert law.issuer == "Quốc hội" and "64/2025/QH15" in law.alt_keys


def test_issuer_stops_before_what_the_document_does():
    # e23: "Quyết định số 1892/QĐ-BTC ngày 30 tháng 5 năm 2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung ..."
    res = _extra("e23_")
    assert {c.key: c.issuer for c in res.citations}["1892/QĐ-BTC"] == "Bộ trưởng Bộ Tài chính"


def test_report_number_after_two_qualifiers():
    # e24: "Báo cáo tiếp thu, giải trình số 500/BC-UBND ngày 26 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố"
    res = _extra("e24_")
    c = next(c for c in res.citations if c.key == "500/BC-UBND")
    assert c.date == "2025-11-26"


def test_time_phrase_then_own_subject_inside_a_holders_article():
    # e23 Điều 9 item 6: "Định kỳ trước ngày 31 tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo ..." names its own
    # subject after the time phrase, not the article's holder
    res = _extra("e23_")
    six = [a for a in res.assignments if a.text.startswith("Định kỳ trước ngày 31")]
    assert len(six) == 1 and six[0].agencies == ["Cơ quan thuế các cấp"]
    assert six[0].deadline is not None and six[0].deadline.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"
