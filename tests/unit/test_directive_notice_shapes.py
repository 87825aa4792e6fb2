"""Shapes of the tax department's letters (symbol CT-CS, typed CT in the portal index) and the Government Office's
conclusion notices met on samples/annotated/extra e25-e28 (annotated before the extractor ran on them), each rule also
checked on other portal documents of the same shape."""
from __future__ import annotations

from extractor.lexicon import load_lexicon
from extractor.structure import section_kinds
from tests.annotated import extra_doc, find_task

def test_dotted_numbers_and_symbols_are_whole_citation_keys():
    keys = {c.key for c in extra_doc("e26_").citations}   # "công văn số 838/CCTKV.XII-NVDTPC.HUE ngày 15/05/2025"
    assert "838/CCTKV.XII-NVDTPC.HUE" in keys and "838/CCTKV" not in keys
    assert "66.4/2025/NQ-CP" in {c.key for c in extra_doc("e28_").citations}   # "Nghị quyết số 66.4/2025/NQ-CP"


def test_a_clause_quoted_with_an_ellipsis_is_no_section():
    # "*5... Việc miễn, giảm ...*", "*9... Việc ...*" quote a decree's clauses inside a reply letter
    assert extra_doc("e26_").sections == []


def test_the_coming_period_is_no_roadmap():
    lex = load_lexicon()
    assert section_kinds("MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", lex) == ("tasks",)
    assert section_kinds("ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA", lex) == ("roadmap",)


def test_a_request_after_a_purpose_clause_names_the_tax_offices():
    # "Để bảo đảm việc thu lệ phí trước bạ từ ngày 01/01/2026, đề nghị các Thuế tỉnh, thành phố khẩn trương ..."
    t = find_task(extra_doc("e25_"), "Thuế các tỉnh, thành phố", "khẩn trương báo cáo")
    assert t.requested


def test_notice_items_name_state_groups_after_a_shared_head_and_a_second_body_after_a_semicolon():
    res = extra_doc("e28_")   # 634/TB-VPCP
    groups = find_task(res, "Tập đoàn Bưu chính Viễn thông Việt Nam", "tổ chức triển khai")
    assert "Tập đoàn Công nghiệp - Viễn thông Quân đội" in groups.agencies and groups.requested
    assert groups.deadline is not None and groups.deadline.due == "2025-12-31"
    # "...; Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn nêu trên ...": its own task, not asked
    assert not find_task(res, "Bộ Khoa học và Công nghệ", "hướng dẫn các Tập đoàn").requested


def test_a_paragraph_after_the_order_names_its_body_after_a_leading_clause():
    res = extra_doc("e27_")   # 623/TB-VPCP, III.1: "Giao Bộ Tài chính ..." then "Sau khi ..., Bộ Tài chính khẩn trương ..."
    find_task(res, "Bộ Tài chính", "Sau khi phương án phân vùng mới")


def test_a_topic_item_names_its_body_after_a_clause_and_a_second_body_in_its_next_sentence():
    res = extra_doc("e28_")   # "4. Về đầu tư kho dầu thô ...: với vai trò là chủ đầu tư, Tập đoàn ... chủ động làm việc ...
    # Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương, ..."
    pvn = [a for a in res.assignments if "với vai trò là chủ đầu tư" in a.text]
    assert len(pvn) == 1 and pvn[0].agencies == ["Tập đoàn Dầu khí Việt Nam"]
    province = find_task(res, "Ủy ban nhân dân tỉnh", "Để xác định vị trí")
    # the role is the subject's verb, not the clause's: "phối hợp" (support)
    assert province.role == "support" and "Bộ Công Thương" in province.partners


def test_bare_items_under_a_province_lead_in_are_the_provinces_tasks():
    res = extra_doc("e27_")   # "II. ... Để tiếp tục ..., tỉnh Đắk Lắk cần tiếp tục thực hiện ... một số nội dung trọng tâm sau:"
    items = [a for a in res.assignments if a.agencies == ["Ủy ban nhân dân tỉnh"] and a.section.startswith("II.")]
    assert [a.text[:20] for a in items] == ["Rà soát các chỉ tiêu", "Đẩy mạnh giải ngân đ", "Tập trung vận hành c",
                                            "Tiếp tục cải thiện m", "Khẩn trương rà soát,"]
