"""Provincial decisions and resolutions met on samples/annotated/extra e45-e48 (annotated before the extractor ran on
them) and checked on the other portal documents: a normative decision's measures stated as paragraphs with an office
holder or a unit as subject (Hải Phòng 213/2025/QĐ-UBND), a decision carrying a model regulation of articles only
(Đà Nẵng 82/2025/QĐ-UBND), a chairman's decision delegating powers (Gia Lai 44/2025/QĐ-CTUBND), a People's Council
resolution whose article headings wrap after "Điều" (Huế 36/2025/NQ-HĐND). And e53-e55, of provinces no other annotated
document covers: portal copies whose paragraphs are set apart by blank lines, delegated powers, a regulation's unit
heading inside another body's article, an example line (Đồng Nai 63/2025, Ninh Bình 162/2025/QĐ-UBND)."""
from __future__ import annotations

from extractor.blocks import ROMAN, split_blocks
from extractor.normalize import normalize
from tests.annotated import EXTRA, extra_doc, find_task


def test_roman_numeral_in_a_wrapped_line_is_no_heading():
    # "... chỉ cấp dự báo từ cấp I đến cấp\nV. Chi tiết quy định ...": the copy wrapped before "V."; the decision's
    # articles stay its sections
    text = ("1. Cấp dự báo cháy rừng gồm 5 cấp, từ cấp I đến cấp V. Ký hiệu biển báo có mũi tên chỉ cấp dự báo từ cấp I"
            " đến cấp\nV. Chi tiết quy định về cấp dự báo cháy rừng tại Mẫu số 04 Phụ lục III kèm theo\nNghị định.\n")
    assert not [b for b in split_blocks(text) if b.kind == ROMAN]
    # a heading in turn, or "I." after a sentence's end, stays one
    assert [b.label for b in split_blocks("I. MỤC ĐÍCH\nNội dung.\nII. NHIỆM VỤ\n") if b.kind == ROMAN] == ["I", "II"]
    res = extra_doc("e45_")
    assert [s.label for s in res.sections] == ["1", "2", "3", "4", "5", "6"]
    assert res.sections[3].kinds == []   # "Thời gian cao điểm xảy ra cháy rừng ...": a season, no schedule


def test_measures_whose_subject_is_an_office_holder_or_a_unit():
    res = extra_doc("e45_")
    commune = find_task(res, "Ủy ban nhân dân cấp xã", "trực tiếp chỉ đạo việc phòng cháy")
    assert commune.role == "responsible"
    rangers = find_task(res, "Chi cục Kiểm lâm", "chủ trì phối hợp với Cơ quan Công an")
    assert rangers.role == "lead" and set(rangers.partners) == {"Công an thành phố", "Bộ Chỉ huy Quân sự thành phố"}
    # "Chủ tịch ... chỉ đạo\nBan Chỉ huy ...": a line wrapped after "chỉ đạo" goes on
    find_task(res, "Ủy ban nhân dân cấp xã", "chỉ đạo Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã và")
    # "1. Giao Sở Nông nghiệp và Môi trường\n(Chi cục Kiểm lâm) chủ trì, ...": the unit in parentheses, then the role
    dept = find_task(res, "Sở Nông nghiệp và Môi trường", "chủ trì, phối hợp với các đơn vị")
    assert dept.role == "lead"


def test_place_of_the_body_between_its_name_and_its_verb():
    from extractor.agencies import default_registry
    from extractor.assignments import parse_subject
    from extractor.vntext import fold

    line = "Lực lượng Kiểm lâm sở tại chủ trì, phối hợp với lực lượng Công an cấp xã tăng cường kiểm tra."
    sub = parse_subject(default_registry(), line, fold(line), 0, len(line), strict=True)
    assert [h.agency.name for h in sub.agencies] == ["Chi cục Kiểm lâm"]
    assert line[sub.inline_start:].startswith("chủ trì")


def test_department_groups_and_holder_lists_wrapped_after_semicolons():
    res = extra_doc("e47_")
    # "Các Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường có trách nhiệm ..."
    both = find_task(res, "Ủy ban nhân dân cấp xã", "có trách nhiệm tổ chức thực hiện")
    assert "Các sở, ban, ngành tỉnh" in both.agencies
    # "Chánh Văn phòng ...; Giám đốc các Sở: Tài chính, Tư pháp; Thủ trưởng ...;\nChủ tịch ... chịu trách nhiệm ..."
    closing = find_task(res, "Văn phòng Ủy ban nhân dân tỉnh", "chịu trách nhiệm thi hành")
    assert {"Sở Tài chính", "Sở Tư pháp", "Ủy ban nhân dân cấp xã"} <= set(closing.agencies)


def test_decision_carrying_a_regulation_of_articles_only():
    res = extra_doc("e46_")
    # the carried Nội quy's articles are the sections; the decision's own clauses are still its tasks
    assert [s.label for s in res.sections][:3] == ["1", "2", "3"] and res.sections[-1].label == "14"
    assert res.sections[-1].kinds == ["implementation"] and res.sections[0].kinds == []
    find_task(res, "Sở Công Thương", "tổ chức triển khai và hướng dẫn")
    find_task(res, "Tổ chức quản lý chợ", "căn cứ Nội quy mẫu")
    # "Thủ trưởng Tổ chức quản lý chợ được quyền: a) Quyết định ...": powers, not tasks
    assert not [a for a in res.assignments if a.text.startswith(("được quyền", "Quyết định việc"))]


def test_citation_issuers_and_dates_of_provincial_decisions():
    cites = {c.key: c for c in extra_doc("e46_").citations}
    assert cites["78/2025/NĐ-CP"].date == "2025-04-01"            # "ngày ngày 01/4/2025"
    assert cites["3604/VP-KT"].issuer == "Văn phòng UBND thành phố"
    cites = {c.key: c for c in extra_doc("e47_").citations}
    assert cites["100-KL/ĐU"].issuer == "Đảng ủy UBND tỉnh"
    assert cites["501/TTr-STC"].issuer == "Sở Tài chính"          # "của Sở Tài chính tại Tờ trình số: 421/..., 501/..."
    cites = {c.key: c for c in extra_doc("e48_").citations}
    assert cites["15/2024/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh Thừa Thiên Huế"   # wrapped inside the name

def test_single_line_breaks_of_a_blank_line_portal_copy_are_hard_wraps():
    raw = next(EXTRA.glob("e53_*.txt")).read_text(encoding="utf-8")
    text = normalize(raw).text
    # "... thường trú ở\nViệt Nam nhận trẻ em ..." is one sentence; an article's bold title stays a line of its own
    assert "người nước ngoài thường trú ở Việt Nam nhận trẻ em" in text
    assert "\nĐiều 4. Trách nhiệm thi hành\n" in text


def test_delegated_powers_are_no_tasks_of_the_delegating_committee():
    res = extra_doc("e53_")   # 63/2025/QĐ-UBND Đồng Nai
    assert not [a for a in res.assignments if a.agencies == ["Ủy ban nhân dân tỉnh"]]
    assert find_task(res, "Sở Tư pháp", "Chủ trì, phối hợp").role == "lead"


def test_unit_heading_inside_an_article_of_a_descriptive_holder():
    res = extra_doc("e55_")   # 162/2025/QĐ-UBND Ninh Bình
    centre = "Trung tâm Chuyển đổi số và Truyền thông"
    assert find_task(res, centre, "Thực hiện quản trị, vận hành Hệ thống thư điện tử công vụ tỉnh, bảo đảm")
    assert len([a for a in res.assignments if a.agencies == [centre]]) == 6
    assert find_task(res, "Sở Khoa học và Công nghệ", "Quản lý chung")
    # "Ví dụ: Sở Khoa học và Công nghệ tỉnh có địa chỉ thư điện tử công vụ là: ..." illustrates the rule
    assert not [a for a in res.assignments if a.text.startswith("Ví dụ")]
    # "... kịp thời xử lý.\nNếu để xảy ra ..." goes on with the paragraph (a hard wrap after a full stop): one task
    assert not [a for a in res.assignments if a.text.startswith("Nếu để xảy ra")]
    assert "Nếu để xảy ra" in find_task(res, "Ủy ban nhân dân cấp xã", "phân công cho văn thư").text
