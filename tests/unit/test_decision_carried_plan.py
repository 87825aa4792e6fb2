"""Provincial decisions that carry a plan (extra e17-e19): the decision's own "Điều 2. Giao ..." article, role
headings ("a) Chủ trì, phối hợp với ...", "b) Phối hợp với ...", "Sở X chủ trì, phối hợp với Y:") over bullets, an
unsigned plan ending at its "PHỤ LỤC" numeric tables, appendix task-table rows continued under one number
(rowspan), and the citations and report schedules of their openings and reporting sections."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.deadlines import find_deadlines
from extractor.pipeline import extract_text

EXTRA = Path(__file__).resolve().parents[2] / "samples" / "annotated" / "extra"


def _extract(stem: str):
    return extract_text((EXTRA / f"{stem}.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sonla():
    return _extract("e19_sonla-2954-qd-ubnd-2025-xuat-khau")


@pytest.fixture(scope="module")
def hcm_table():
    return _extract("e18_hcm-2820-qd-ubnd-2025-du-lieu-quy-hoach")


def test_decision_article_gives_a_task(sonla):
    art = [t for t in sonla.assignments if t.section == "Điều 2"]
    assert len(art) == 1 and art[0].agencies == ["Sở Công Thương"] and art[0].role == "lead"
    assert art[0].text.startswith("chủ trì, phối hợp với các Sở, ban, ngành của tỉnh")


def test_role_headings_set_role_and_partners(sonla):
    ct = [t for t in sonla.assignments if t.section.startswith("V.1.") and t.agencies == ["Sở Công Thương"]]
    roles = [t.role for t in ct]
    assert roles == ["lead"] * 4 + ["support"] * 2          # a) Chủ trì, phối hợp ... / b) Phối hợp với ...
    assert all([p for p in t.partners] == ["Ủy ban nhân dân cấp xã"] for t in ct)
    asked = [t for t in sonla.assignments if "Liên minh Hợp tác xã tỉnh" in t.agencies]
    assert len(asked) == 3 and all(t.requested for t in asked)   # "8. Đề nghị\nLiên minh ..., Đoàn ...:"


def test_unsigned_plan_ends_at_its_appendix(sonla):
    assert not [t for t in sonla.assignments if t.text.startswith(("PHỤ LỤC", "Diện tích", "Sản lượng", "TT"))]
    assert len(sonla.assignments) < 50


def test_report_schedule_refined_by_its_parenthesis(sonla):
    rules = {d.recurrence for d in sonla.deadlines}
    assert "FREQ=MONTHLY;BYMONTHDAY=16" in rules and "FREQ=MONTHLY" not in rules
    got = [d.value for d in find_deadlines("Định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5)")]
    assert got == ["rrule:FREQ=MONTHLY;BYMONTHDAY=18", "rrule:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=18"]


def test_table_rows_continued_under_one_number(hcm_table):
    rows = [(t.section, t.agencies, [p for p in t.partners]) for t in hcm_table.assignments if t.section.startswith("PL.")]
    assert ("PL.IV.2", ["Sở Tài chính"], ["Ủy ban nhân dân cấp xã"]) in rows
    assert ("PL.IV.2", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]) in rows   # "| Thực hiện sao lưu ... | KH&CN | TC |"
    assert len([r for r in rows if r[0] == "PL.II.1"]) == 2
    sections = {r[0] for r in rows}
    assert {"PL.V.3", "PL.VI.5"} <= sections                  # the table is read to its end


def test_laws_cited_by_name_and_number(hcm_table):
    by_key = {c.key: c for c in hcm_table.citations}
    law = next(c for k, c in by_key.items() if k.startswith("Luật Dữ liệu"))
    assert "60/2024/QH15" in law.alt_keys and law.date == "2024-11-30" and law.issuer == "Quốc hội"


def test_heading_partners_reach_the_bullets():
    res = _extract("e17_hcm-2853-qd-ubnd-2025-thien-tai-cong-dong")
    gd = [t for t in res.assignments if t.agencies == ["Sở Giáo dục và Đào tạo"]]
    assert gd and all(t.role == "lead" for t in gd)
    assert all({"Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"} <= set(t.partners) for t in gd)
    v8 = [t for t in res.assignments if t.section == "V.8"]
    assert v8 and set(v8[0].agencies) >= {"Các tổ chức chính trị - xã hội thành phố", "Các hội, đoàn thể thành phố"}
    assert v8[0].role == "support"
