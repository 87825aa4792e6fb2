"""Section tree and top-level kinds; metadata from header, opening and footer."""
from __future__ import annotations

import pytest

from extractor.lexicon import load_lexicon
from extractor.structure import section_kinds

KINDS = [
    ("MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"]),
    ("MỤC TIÊU, YÊU CẦU", ["requirements", "objectives"]),
    ("NHIỆM VỤ GIẢI PHÁP TRỌNG TÂM", ["tasks"]),
    ("NỘI DUNG, BIỆN PHÁP, CÔNG TÁC TRỌNG TÂM", ["tasks"]),
    ("PHÂN CÔNG NHIỆM VỤ", ["assignments"]),
    ("PHÂN CÔNG TRÁCH NHIỆM", ["assignments"]),
    ("NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", ["assignments", "tasks"]),
    ("MỤC TIÊU, LỘ TRÌNH THỰC HIỆN", ["objectives", "roadmap"]),
    ("KINH PHÍ THỰC HIỆN", ["funding"]),
    ("TỔ CHỨC THỰC HIỆN", ["implementation"]),
    ("Tổ chức thực hiện", ["implementation"]),
    ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", ["tasks"]),
    ("KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", ["implementation", "funding"]),   # no seed has this one
    ("LỘ TRÌNH VÀ TIẾN ĐỘ THỰC HIỆN", ["roadmap"]),
]


@pytest.mark.parametrize("heading,kinds", KINDS)
def test_section_kinds(heading, kinds):
    assert sorted(section_kinds(heading, load_lexicon())) == sorted(kinds)


PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 07/KH-UBND
Quảng Ninh, ngày 09 tháng 01 năm 2026
KẾ HOẠCH
Triển khai công tác phòng, chống
tội phạm năm 2026
Căn cứ Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị;
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nâng cao nhận thức.
b) Huy động sức mạnh.
- Ý một.
+ Ý con.
2. Yêu cầu
II. NHIỆM VỤ
1.1. Nhiệm vụ chung
III. TỔ CHỨC THỰC HIỆN
Công an tỉnh theo dõi.
Nơi nhận:
- Bộ Công an;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def test_tree_ids_and_levels(extractor):
    r = extractor.extract(PLAN)
    assert [s.label for s in r.sections] == ["I", "II", "III"]
    one = r.sections[0].children[0]
    assert one.id == "I.1" and one.heading == "Mục đích"
    assert [c.id for c in one.children] == ["I.1.a", "I.1.b"]
    bullet = one.children[1].children[0]
    assert bullet.id == "I.1.b-1" and bullet.children[0].id == "I.1.b-1+1"
    assert r.sections[1].children[0].id == "II.1.1"
    assert r.sections[2].kinds == ["implementation"]


def test_metadata_from_header_and_footer(extractor):
    m = extractor.extract(PLAN).metadata
    assert m.doc_type == "KH"
    assert m.number == "07/KH-UBND"
    assert m.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh"
    assert m.province == "Quảng Ninh"
    assert m.issued_date == "2026-01-09"
    assert m.title == "Triển khai công tác phòng, chống tội phạm năm 2026"
    assert m.signer == "Nguyễn Văn An"
    assert m.signing.mode == "KT." and m.signing.authority == "CHỦ TỊCH"
    assert m.recipients == ["Bộ Công an", "Lưu: VT, NC"]


def test_metadata_spans_point_into_the_source(extractor):
    r = extractor.extract(PLAN)
    s = r.metadata.spans["signer"]
    assert PLAN[s.start:s.end] == "Nguyễn Văn An"


def test_issuer_from_opening_sentence_when_no_header(extractor):
    text = ("Đắk Nông, ngày 04 tháng 5 năm 2021\nKẾ HOẠCH\nThực hiện công tác năm 2021\n"
            "Thực hiện Chương trình công tác năm 2021. Ban Chỉ đạo phòng chống tội phạm, tệ nạn xã hội tỉnh "
            "(Ban Chỉ đạo tỉnh) ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    m = extractor.extract(text).metadata
    assert m.issuer == "Ban Chỉ đạo phòng chống tội phạm, tệ nạn xã hội tỉnh Đắk Nông"
    assert m.number is None


def test_inline_items_are_nodes(extractor):
    r = extractor.extract("KẾ HOẠCH\nX\nI. MỤC TIÊU\n2. Phấn đấu hằng năm: ⁽¹⁾Giảm số người nghiện; ⁽²⁾Đến năm 2025, trên 80% được quản lý.\n")
    item = r.sections[0].children[0]
    assert [(c.id, c.level, c.heading) for c in item.children] == [
        ("I.2.(1)", "inline", "Giảm số người nghiện;"), ("I.2.(2)", "inline", "Đến năm 2025, trên 80% được quản lý.")]


def test_heading_split_over_two_lines(extractor):
    r = extractor.extract("KẾ HOẠCH\nX\nI. MỤC ĐÍCH\nII. NHIỆM VỤ VÀ GIẢI PHÁP\nCHỦ YẾU\n1. Tuyên truyền.\n")
    assert [(s.label, s.heading) for s in r.sections] == [("I", "MỤC ĐÍCH"), ("II", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU")]
