"""Central-government texts that assign tasks, met on samples/annotated/extra e41-e44 (annotated before the extractor
ran on them) and checked on the portal's other decrees, circulars and functions decisions: a policy decree's
chapters and "Trách nhiệm của ..." articles, a decree of a ministry's functions, a minister's decision publishing
procedures, a circular's implementation article; the rights of a training regulation's learners."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.normalize import normalize
from extractor.pipeline import extract_text
from tests.annotated import extra_doc, find_task

PORTAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "portal"
PROVINCES = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"


def test_chapter_numeral_glued_to_its_title():
    # e41 (09/2025/NĐ-CP): "**Chương I****QUY ĐỊNH CHUNG**", "### Chương IICHÍNH SÁCH ...": the chapters are the sections
    res = extra_doc("e41_")
    assert [(s.label, s.kinds) for s in res.sections] == [("I", []), ("II", []), ("III", ["implementation"])]
    # "Chương III" alone on its line stays one numeral
    assert "Chương III\n" in normalize("**Chương III**\n**TỔ CHỨC THỰC HIỆN**\n").text


def test_provinces_of_a_central_text():
    # e41 "Điều 9. Trách nhiệm của Ủy ban nhân dân cấp tỉnh" and e44 "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung
    # ương chỉ đạo ...": every province's people's committee, not a province's own
    find_task(extra_doc("e41_"), PROVINCES, "Chỉ đạo các cơ quan chuyên môn")
    find_task(extra_doc("e44_"), PROVINCES, "chỉ đạo Sở Giáo dục và Đào tạo")


def test_functions_decree_gives_no_tasks_from_its_powers():
    # e42 (25/2025/NĐ-CP): "Điều 1. Vị trí và chức năng", "Điều 2. Nhiệm vụ và quyền hạn" (31 items), "Điều 3. Cơ cấu
    # tổ chức": the ministry's standing powers and make-up, no tasks; the portal's label-less recipients no task either
    res = extra_doc("e42_")
    assert [a.text[:30] for a in res.assignments if a.section.startswith(("1", "2"))] == []
    assert not any("Phó Thủ tướng" in a.text for a in res.assignments)


def test_publishing_procedures_gives_no_tasks():
    # e43 (1378/QĐ-BNV): the procedures' steps ("Bước 2: Công chức chuyên trách của Vụ ... kiểm tra hồ sơ") are no tasks
    assert [a.text[:30] for a in extra_doc("e43_").assignments if "chịu trách nhiệm thi hành" not in a.text] == []


def test_circular_implementation_article():
    # e44 (05/2025/TT-BGDĐT) "Điều 14. 2. Hiệu trưởng trường phổ thông, trường dự bị đại học chịu trách nhiệm ...":
    # the school's head stands for the school; the title printed again in pieces is read once
    res = extra_doc("e44_")
    t = find_task(res, "Các trường phổ thông", "chịu trách nhiệm tổ chức")
    assert "Các trường dự bị đại học" in t.agencies
    assert res.metadata.title == "Quy định chế độ làm việc đối với giáo viên phổ thông, dự bị đại học"


@pytest.mark.skipif(not (PORTAL / "c49a5afadf61b342.md").exists(), reason="portal corpus not beside the repository")
def test_learners_rights_are_no_tasks():
    # a training regulation (portal c49a5afadf61b342): "2. Quyền hạn của học viên - Được tôn trọng, đối xử bình đẳng ..."
    res = extract_text((PORTAL / "c49a5afadf61b342.md").read_text(encoding="utf-8"))
    assert not any(a.text.startswith("Được ") for a in res.assignments)
    assert any(a.text.startswith("Thực hiện kế hoạch, chương trình bồi dưỡng") for a in res.assignments)
