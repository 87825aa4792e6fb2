"""A sentence inside a task that opens with bodies of its own is their task; lists of bodies the registry lacks."""
from __future__ import annotations

import pytest

from extractor.pipeline import Extractor
from extractor.read import read_bytes, read_file
from tests.conftest import SHARED

FILES = SHARED / "corpus" / "files"
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 12/TB-UBND\nBình Thuận, ngày 5 tháng 12 năm 2024\nTHÔNG BÁO\nV/v giải thể hội\n"


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def tasks(ex, body):
    r = ex.extract_source(read_bytes((HEAD + body).encode(), "x.txt"), source_name="x.txt")
    return [(a.agencies, a.text) for a in r.assignments]


def test_a_second_sentence_with_its_own_bodies_is_their_task(ex):
    got = tasks(ex, "2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Kiểm toán khu vực VII phối hợp kiểm tra, "
                    "giám sát định kỳ. Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ tham mưu cho Ủy ban nhân dân "
                    "tỉnh xử lý vi phạm.")
    assert got == [(["Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Kiểm toán Nhà nước khu vực VII"],
                    "phối hợp kiểm tra, giám sát định kỳ."),
                   (["Thanh tra tỉnh", "Công an tỉnh"], "theo chức năng, nhiệm vụ tham mưu cho Ủy ban nhân dân tỉnh xử lý vi phạm.")]


def test_giao_twice_in_one_item_gives_two_tasks(ex):
    got = tasks(ex, "1. Yêu cầu các hội hoàn thành đại hội.\n2. Giao các sở: Xây dựng, Nội vụ đôn đốc các hội. "
                    "Giao Sở Nội vụ theo dõi việc thực hiện.")
    assert (["Sở Xây dựng", "Sở Nội vụ"], "đôn đốc các hội.") in got
    assert (["Sở Nội vụ"], "theo dõi việc thực hiện.") in got


def test_the_same_body_named_again_keeps_one_task(ex):
    got = tasks(ex, "1. Ủy ban nhân dân xã, phường phối hợp với các ngân hàng mở tài khoản cho đối tượng. Ủy ban nhân dân "
                    "xã, phường cung cấp danh sách đối tượng.")
    assert len(got) == 1


def test_a_list_of_unregistered_bodies_each_with_a_head_word_is_split(ex):
    got = tasks(ex, "2. Yêu cầu: Hội Cựu giáo chức tỉnh Bình Thuận, Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận "
                    "và Hiệp hội Thủy sản tỉnh Bình Thuận thực hiện kiểm kê tài sản, tài chính.")
    assert got == [(["Hội Cựu giáo chức tỉnh Bình Thuận", "Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận",
                     "Hiệp hội Thủy sản tỉnh Bình Thuận"], "thực hiện kiểm kê tài sản, tài chính.")]


def test_a_real_doc_letter_gives_its_two_giao_sentences_apart(ex):
    path = FILES / "vb_UB-_gia_han_thoi_gian_to_chuc_DH.doc"
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared absent)")
    r = ex.extract_source(read_file(path), source_name=path.name)
    by = {tuple(a.agencies): a.text for a in r.assignments}
    assert ("Sở Nội vụ",) in by and by[("Sở Nội vụ",)].startswith("theo dõi")


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/QĐ-UBND\nLào Cai, ngày 5 tháng 7 năm 2026\nQUYẾT ĐỊNH\n"
            "Chấp thuận chủ trương đầu tư\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật Đầu tư số 143/2025/QH15;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Chấp thuận chủ trương đầu tư dự án gồm các nội dung sau:\n1. Nhà đầu tư: Công ty A.\n"
            "2. Quy mô: 100 ha.\nĐiều 2. Tổ chức thực hiện\n1. Trách nhiệm của chủ đầu tư\n- Triển khai dự án đúng tiến độ.\n"
            "2. Sở Công Thương có trách nhiệm giám sát thực hiện dự án.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n(028) 3930 3279 (06 lines)\n")


def test_a_decision_without_a_plan_has_its_articles_as_sections(ex):
    r = ex.extract_source(read_bytes(DECISION.encode(), "x.txt"), source_name="x.txt")
    assert [s.id for s in r.sections] == ["Đ1", "Đ2", "Đ3"]
    assert [s.label for s in r.sections] == ["1", "2", "3"]
    assert any(a.agencies == ["Sở Công Thương"] for a in r.assignments)
    assert not any("3930" in a.text for a in r.assignments)   # nothing after the "./." that closes its text


def test_numbered_lines_inside_a_quotation_are_not_items(ex):
    body = ("1. Căn cứ pháp lý\nKhoản 2 Điều 35 Nghị định quy định:\n“2. Sau khi có kết luận, cơ quan có trách nhiệm:\n"
            "a) Yêu cầu hội kiểm kê tài sản;\n3. Sau khi hội hoàn thành việc thanh toán nợ, cơ quan quyết định giải thể.”\n"
            "2. Kết quả rà soát\nGiao Sở Nội vụ theo dõi.\n")
    r = ex.extract_source(read_bytes((HEAD + body).encode(), "x.txt"), source_name="x.txt")
    assert [s.label for s in r.sections] == ["1", "2"]


def test_a_paragraph_with_its_own_subject_after_a_clause_is_not_the_items(ex):
    got = tasks(ex, "2. Yêu cầu: Hội Làm vườn tỉnh, Hội Lâm nghiệp tỉnh thực hiện kiểm kê tài sản.\n"
                    "Sau thời gian trên, Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định giải thể hội.\n")
    assert (["Ủy ban nhân dân tỉnh"], "xem xét, quyết định giải thể hội.") in got
    assert not any("Sau thời gian" in t for a, t in got)


def test_a_group_word_then_the_bodies_it_names(ex):
    got = tasks(ex, "1. Yêu cầu các hội: Hội Nghề cá, Hội Tin học và Hiệp hội Nhà thầu xây dựng hoàn thành tổ chức đại hội "
                    "chậm nhất ngày 31/12/2024.")
    assert got == [(["Hội Nghề cá", "Hội Tin học", "Hiệp hội Nhà thầu xây dựng"],
                    "hoàn thành tổ chức đại hội chậm nhất ngày 31/12/2024.")]
