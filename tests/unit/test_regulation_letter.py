"""Regulations (Quy chế: Chương / Điều) and letters (Công văn: requests inside paragraphs), on real snippets
(portal corpus: Thái Nguyên 26/2025/QĐ-UBND, Bắc Ninh 79/2025/QĐ-UBND, Bộ Nội vụ 11208/BNV-KHTC)."""
from __future__ import annotations

from pathlib import Path

from extractor.blocks import ARTICLE, ROMAN, split_blocks
from extractor.normalize import normalize
from extractor.pipeline import extract_text

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 26/2025/QĐ-UBND\nThái Nguyên, ngày 21 tháng 11 năm 2025\n\n**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ PHỐI HỢP\n\n"
         "*Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14;*\n\n**Điều 1. **Ban\nhành kèm theo Quyết định này Quy chế.\n\n"
         "**Điều 2.**\n\n1. Quyết\nđịnh này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.\n\n"
         "Nơi nhận:\n- Như Điều 3;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNông Quang Nhất\n\n**QUY CHẾ**\n\nPHỐI HỢP\n\n")

_REGULATION = _HEAD + (
    "**Chương I**\n\n**NHỮNG QUY ĐỊNH CHUNG**\n\n**Điều 1.\nPhạm vi điều chỉnh**\n\n1. Quy định nguyên tắc phối hợp.\n\n"
    "**Chương II**\n\n**NỘI DUNG PHỐI HỢP**\n\n**Điều 4. Nội\ndung phối hợp chung**\n\n1. Xây dựng, ban hành chính sách.\n\n"
    "**Điều 5. Nội\ndung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì**\n\n1. Xây dựng, ban hành, đánh giá\nviệc thực hiện "
    "chính sách.\n\n2. Công tác tuyên truyền, vận động chức sắc.\n\n"
    "**Điều 6. Nội\ndung Công an tỉnh có trách nhiệm chủ trì**\n\nNắm tình hình, tham mưu giải\nquyết các vấn đề liên quan.\n\n"
    "**Điều 12. Đề\nnghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**\n\n1. Nắm bắt, phản ánh kịp thời tới các cơ quan.\n\n"
    "**Chương\nIII**\n\n**TỔ CHỨC THỰC HIỆN**\n\n**Điều\n14. Trách nhiệm của Sở Dân tộc và Tôn giáo**\n\n"
    "Sở Dân tộc và Tôn giáo là cơ quan thường trực trong thực hiện Quy chế này.\n")


def test_chapters_and_articles_are_levels_of_the_tree():
    text = normalize(_REGULATION).text
    kinds = [(b.kind, b.label, b.rest(text)) for b in split_blocks(text) if b.kind in (ROMAN, ARTICLE)]
    assert ("roman", "III", "TỔ CHỨC THỰC HIỆN") in kinds
    assert ("article", "6", "Nội dung Công an tỉnh có trách nhiệm chủ trì") in kinds   # not joined to its paragraph
    assert ("article", "14", "Trách nhiệm của Sở Dân tộc và Tôn giáo") in kinds        # "Điều\n14." rejoined
    assert ("article", "2", "") in kinds   # "Điều 2." over its clauses keeps no heading


def test_regulation_sections_and_article_tasks():
    res = extract_text(_REGULATION)
    assert [(s.label, s.kinds) for s in res.sections] == [("I", []), ("II", ["tasks"]), ("III", ["implementation"])]
    got = [(x.agencies[0], x.role, x.requested, x.text[:30]) for x in res.assignments]
    assert got == [
        ("Sở Dân tộc và Tôn giáo", "lead", False, "Xây dựng, ban hành, đánh giá v"),
        ("Sở Dân tộc và Tôn giáo", "lead", False, "Công tác tuyên truyền, vận độn"),
        ("Công an tỉnh", "lead", False, "Nắm tình hình, tham mưu giải q"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "responsible", True, "Nắm bắt, phản ánh kịp thời tới"),
        ("Sở Dân tộc và Tôn giáo", "responsible", False, "là cơ quan thường trực trong t"),
    ]


def test_article_heading_that_names_no_body_gives_no_tasks():
    # Đồng Tháp 144/2025/QĐ-CTUBND: "Điều 4. Các loại văn bản áp dụng chữ ký số chuyên dùng công vụ" is a topic
    res = extract_text(_HEAD + "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 4. Các loại văn bản áp dụng chữ ký số chuyên "
                       "dùng công vụ**\n\n1. Tất cả các văn bản điện tử thuộc thẩm quyền ban hành.\n")
    assert res.assignments == []


_LETTER = Path(__file__).resolve().parents[2] / "samples/annotated/extra/e07_bnv-11208-cv-2025-chi-phi-nguoi-co-cong.txt"


def test_letter_request_inside_a_paragraph():
    # "... Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ ..." inside item 2
    res = extract_text(_LETTER.read_text(encoding="utf-8"))
    got = [(x.agencies, x.requested, x.text[:40]) for x in res.assignments]
    assert got == [(["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], True,
                    "căn cứ mức chi phí quản lý (tỷ lệ %) đã ")]
    assert res.sections[1].kinds == ["assignments"]
