"""Shapes of provincial plans met on samples/annotated/extra e49-e52 (annotated before the extractor ran on them) and
checked on the other plans and campaign plans of ../shared/corpus/portal."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.deadlines import find_deadlines
from extractor.pipeline import extract_text
from tests.annotated import extra_doc, find_task

ROOT = Path(__file__).resolve().parents[2]
PORTAL = ROOT.parent / "shared" / "corpus" / "portal"


def test_a_heading_that_names_a_field_is_no_department():
    res = extra_doc("e50_")   # 144/KH-UBND Bắc Ninh: "IV. ... NGÀNH, LĨNH VỰC | 1. Nông nghiệp và Môi trường | 5. Y tế"
    assert not [a for a in res.assignments if a.section.startswith("IV.")]
    # the department named by its head word in "VI. TỔ CHỨC THỰC HIỆN" keeps its tasks
    assert find_task(res, "Sở Y tế", "Chủ trì triển khai các nhiệm vụ").role == "lead"


def test_group_headings_of_plans():
    res = extra_doc("e50_")
    # "15. Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã"
    t = find_task(res, "Liên minh Hợp tác xã tỉnh", "Xây dựng kế hoạch hành động")
    assert set(t.agencies) == {"Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"}
    # "13. Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn": no task "đóng trên địa bàn"
    assert not [a for a in res.assignments if a.text.startswith("đóng trên")]
    # "VII. CHẾ ĐỘ BÁO CÁO" after "VI. TỔ CHỨC THỰC HIỆN": "Các cơ quan, đơn vị được giao nhiệm vụ ... có trách nhiệm"
    assert find_task(res, "Các cơ quan, đơn vị", "có trách nhiệm chủ động").section == "VII"
    res = extra_doc("e51_")   # "3. UBND các xã/phường:", "IV. Tổ chức thực hiện."
    assert len([a for a in res.assignments if a.agencies == ["Ủy ban nhân dân cấp xã"]]) == 4
    assert [s.kinds for s in res.sections if s.label == "IV"] == [["implementation"]]


def test_a_name_wrapped_over_two_lines_is_one_subject():
    res = extra_doc("e49_")   # "Đề nghị Ủy ban Mặt trận Tổ quốc\nViệt Nam thành phố và các tổ chức thành viên, ..."
    t = find_task(res, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "tổ chức quán triệt")
    assert t.requested and "Ủy ban nhân dân cấp xã" in t.agencies
    # "a) Chỉ đạo, hướng dẫn hệ thống\nTuyên giáo và Dân vận trực thuộc ...": one task
    find_task(res, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chỉ đạo, hướng dẫn hệ thống Tuyên giáo")


def test_roles_after_an_opening_clause_and_under_an_intro_item():
    res = extra_doc("e49_")
    assert find_task(res, "Sở Tài chính", "Trên cơ sở đề xuất kinh phí").role == "lead"
    # "h) Chủ trì triển khai, thực hiện các nhiệm vụ ..., bao gồm:" over "- Dự án 1: ..."
    assert find_task(res, "Công an thành phố", "Dự án 1:").role == "lead"


@pytest.mark.skipif(not (PORTAL / "2957e4f4f0e41373.md").exists(), reason="portal corpus not present")
def test_campaign_plan_quotas_notes_and_dossiers_are_no_tasks():
    res = extract_text((PORTAL / "2957e4f4f0e41373.md").read_text(encoding="utf-8"))   # 0125/KH-UBND Đắk Lắk
    texts = [a.text for a in res.assignments]
    assert not [t for t in texts if "không quá" in t]         # "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân"
    assert not [t for t in texts if t.startswith("Lưu ý")]    # "Lưu ý: Ưu tiên khen thưởng ..."
    assert not [a for a in res.assignments if "Thủ tướng Chính phủ" in a.agencies]   # "Hồ sơ trình, đề nghị Thủ tướng"
    assert find_task(res, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban hành văn bản").requested


def test_a_note_that_names_its_body_is_that_bodys_task():
    text = ("KẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\nChủ trì triển khai kế hoạch.\n\n"
            "Lưu ý: Ưu tiên khen thưởng đối với người lao động trực tiếp.\n\n"
            "Lưu ý: Sở Tài chính bố trí kinh phí thực hiện.\n")
    res = extract_text(text)
    assert [(a.agencies, a.text[:14]) for a in res.assignments] == [
        (["Sở Y tế"], "Chủ trì triển "), (["Sở Tài chính"], "bố trí kinh ph")]


def test_a_day_before_a_month_of_every_year():
    assert [d.value for d in find_deadlines("đến ngày 30 tháng 6 hàng năm chưa phân bổ")] == \
        ["rrule:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"]
    assert [d.value for d in find_deadlines("báo cáo vào Tháng 12 hằng năm")] == ["rrule:FREQ=YEARLY;BYMONTH=12"]


def test_budget_plan_sections_and_abbreviated_law():
    res = extra_doc("e52_")   # 0204/KH-UBND Cà Mau: a report, a forecast, solutions
    assert [s.kinds for s in res.sections] == [[], [], ["tasks"]]
    assert "Luật Ngân sách nhà nước 2025" in [c.key for c in res.citations]   # "Luật NSNN năm 2025"
    assert not res.assignments
