"""Task tables (portal one-cell-per-line copies, Markdown rows) and per-task fields, on snippets of real plans."""
from __future__ import annotations

from array import array

from extractor.normalize import normalize
from extractor.task_tables import cell_agencies, column_kind, header_columns, unflatten_tables
from extractor.vntext import fold

HEAD = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

Số: 617/KH-UBND

KẾ HOẠCH

Chuyển đổi số doanh nghiệp trên địa bàn tỉnh

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức về chuyển đổi số.

II. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ có trách nhiệm theo dõi, tổng hợp.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Huỳnh Minh Tuấn

"""

# d07 (Đồng Tháp 617/KH-UBND), appendix as the portal copies it: one cell per line between "|" lines
FLAT = """**PHỤ LỤC**

DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

|
**STT**
|
**Tên nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I.
NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY**
|
|
1
|
Triển khai nền tảng đào tạo
trực tuyến mở đại trà cho người dân, doanh nghiệp.
|
Sở KH&CN
|
Các sở, ban, ngành tỉnh; UBND các xã, phường
|
Thường xuyên
|
|
**II. HOÀN
THIỆN CƠ CHẾ, CHÍNH SÁCH**
|
|
4
|
Xây dựng Bộ tiêu chí đánh
giá mức độ chuyển đổi số doanh nghiệp.
|
Sở KH&CN
|
|
Quý IV/2025
|
|
5
|
Hỗ trợ cho các doanh nghiệp nhỏ và vừa.
|
Sở Công Thương
|
Sở Tài chính và cơ quan, địa phương liên quan
|
Trước ngày 30/11/2025
|
Kế hoạch 617/KH-UBND năm 2025 do tỉnh Đồng Tháp ban hành
"""


def test_column_kinds():
    assert [column_kind(c) for c in ["**TT**", "Nội dung/nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                     "Thời gian thực hiện", "Sản phẩm dự kiến", "Đơn vị thực hiện"]] == [
        "number", "task", "lead", "partners", "time", "other", "executor"]
    # administrative procedures and internal procedure steps are not task tables
    assert header_columns(["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"]) is None
    assert header_columns(["Các bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian thực hiện (ngày làm việc)"]) is None
    assert header_columns(["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp"]) == {
        "number": 0, "task": 1, "executor": 2, "partners": 3}


def test_flat_table_becomes_rows_with_source_offsets():
    text, offs = unflatten_tables(FLAT, array("l", range(len(FLAT) + 1)))
    rows = [line for line in text.split("\n") if line.startswith("|")]
    assert rows[0] == "| **STT** | **Tên nhiệm vụ** | **Cơ quan chủ trì** | **Cơ quan phối hợp** | **Thời gian hoàn thành** |"
    assert rows[1] == "| **I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY** |"
    assert rows[4].startswith("| 4 | Xây dựng Bộ tiêu chí đánh giá mức độ") and "| Sở KH&CN |  | Quý IV/2025 |" in rows[4]
    assert len(rows) == 6 and "Kế hoạch 617/KH-UBND năm 2025" in text.split("\n")[-2]   # the text after the table stays
    k = text.index("Sở Công Thương")
    assert FLAT[offs[k]:offs[k] + len("Sở Công Thương")] == "Sở Công Thương"


def test_tasks_from_a_flat_appendix_table(extractor):
    r = extractor.extract(HEAD + FLAT)
    rows = [(a.section, a.agencies, a.role, a.partners, a.text, a.deadline and (a.deadline.due or a.deadline.text))
            for a in r.assignments if a.section.startswith("PL.")]
    assert rows == [
        ("PL.I.1", ["Sở Khoa học và Công nghệ"], "lead", ["Ủy ban nhân dân cấp xã"],
         "Triển khai nền tảng đào tạo trực tuyến mở đại trà cho người dân, doanh nghiệp.", None),
        ("PL.II.4", ["Sở Khoa học và Công nghệ"], "lead", [], "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.",
         "2025-12-31"),
        ("PL.II.5", ["Sở Công Thương"], "lead", ["Sở Tài chính"], "Hỗ trợ cho các doanh nghiệp nhỏ và vừa.", "2025-11-30"),
    ]


def test_cell_agencies(registry):
    def names(s: str, lead: bool) -> list[str]:
        return [h.name for h in cell_agencies(registry, s, fold(s), 0, len(s), lead=lead)]

    # d09: "X cấp tỉnh, cấp xã" names two bodies; vague groups are no partners, named kinds are
    assert names("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", True) == [
        "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh", "Ban Chỉ huy Phòng thủ dân sự cấp xã"]
    assert names("Sở Tài chính và cơ quan, địa phương liên quan", False) == ["Sở Tài chính"]
    assert names("Sở KH&CN; các cơ quan, đơn vị liên quan", False) == ["Sở Khoa học và Công nghệ"]
    assert names("Các sở, ban, ngành tỉnh; UBND các xã, phường", False) == ["Ủy ban nhân dân cấp xã"]
    # d02: a body the registry lacks keeps its whole name; a group without "các" is still the group
    assert names("Ban Quản lý các khu công nghệ cao và khu công nghiệp", True) == [
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp"]
    assert names("Sở, ban, ngành; UBND cấp xã", True) == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"]
    # a duty after the names is not a name
    assert names("Sở Khoa học và Công nghệ theo dõi, báo cáo chỉ tiêu", True) == ["Sở Khoa học và Công nghệ"]


FIELDS = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI

Số: 308/KH-UBND

KẾ HOẠCH

Thực hiện Nghị quyết số 214/NQ-CP

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Triển khai đồng bộ.

II. NHIỆM VỤ

1. Phổ biến, giáo dục Luật Việc làm

- Nội dung thực hiện: Tổ chức phổ biến, giáo dục Luật Việc làm bằng các hình thức đa dạng.

- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; Sở Tư pháp và các sở, ban, ngành Thành phố chủ động tổ chức triển khai Luật Việc làm.

- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.

2. Triển khai, phát triển dữ liệu:

a) Nhiệm vụ:

- Triển khai rà soát, hoàn thiện, chuẩn hóa cơ sở dữ liệu của đơn vị.

- Phối hợp với Bộ Công an trong việc bảo đảm an toàn thông tin.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Công an Thành phố.

- Đơn vị phối hợp: Các Sở, ban, ngành, UBND xã, phường.

c) Thời gian thực hiện: Hoàn thành trước ngày 31/12/2025.

3. Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết

- Cơ quan chủ trì: Sở Khoa học và Công nghệ.

- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.

III. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ có trách nhiệm theo dõi, đôn đốc.
"""


def test_tasks_from_fields(extractor):
    r = extractor.extract(FIELDS)
    got = [(a.section, a.agencies, a.role, a.partners, a.text) for a in r.assignments if a.section.startswith("II.")]
    assert got == [
        # the item's content, once per clause's bodies, then each clause of the executor field
        ("II.1", ["Sở Nội vụ"], "lead", [], "Tổ chức phổ biến, giáo dục Luật Việc làm bằng các hình thức đa dạng."),
        ("II.1", ["Sở Tư pháp", "Các sở, ban, ngành tỉnh"], "responsible", [],
         "Tổ chức phổ biến, giáo dục Luật Việc làm bằng các hình thức đa dạng."),
        ("II.1", ["Sở Nội vụ"], "lead", [], "chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch"),
        ("II.1", ["Sở Tư pháp", "Các sở, ban, ngành tỉnh"], "responsible", [],
         "chủ động tổ chức triển khai Luật Việc làm."),
        # "a) Nhiệm vụ:" that opens bullets: each bullet is a lead task of the chủ trì body
        ("II.2", ["Công an tỉnh"], "lead", ["Ủy ban nhân dân cấp xã"],
         "Triển khai rà soát, hoàn thiện, chuẩn hóa cơ sở dữ liệu của đơn vị."),
        ("II.2", ["Công an tỉnh"], "lead", ["Ủy ban nhân dân cấp xã", "Bộ Công an"],
         "Phối hợp với Bộ Công an trong việc bảo đảm an toàn thông tin."),
        # no content field: the item's heading
        ("II.3", ["Sở Khoa học và Công nghệ"], "lead", ["Ủy ban nhân dân cấp xã"],
         "Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết"),
    ]
    due = {a.text[:20]: a.deadline.due for a in r.assignments if a.deadline}
    assert due["Triển khai rà soát, "] == "2025-12-31"


def test_docx_merged_group_rows_and_two_row_header(extractor):
    # python-docx repeats a merged cell in every column it spans; a header may put "Chủ trì | Phối hợp" under
    # "Cơ quan thực hiện"
    table = """
| STT | Nhiệm vụ | Cơ quan thực hiện | Cơ quan thực hiện | Thời gian |
|  |  | Chủ trì | Phối hợp |  |
| I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ | I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ | I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ | I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ | I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ |
| 1 | Rà soát các quy định về chuyển đổi số | Sở Tư pháp | Sở Nội vụ | Quý II/2026 |
"""
    r = extractor.extract(HEAD.replace("Nơi nhận:", table + "\nNơi nhận:"))
    rows = [(a.section, a.agencies, a.role, a.partners, a.deadline.due) for a in r.assignments if a.section == "I.1"]
    assert rows == [("I.1", ["Sở Tư pháp"], "lead", ["Sở Nội vụ"], "2026-06-30")]
