"""Document metadata on the header shapes of real documents (snippets from the dev set and ../shared/corpus/portal)."""
from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


def meta(text: str):
    return extract_text(text).metadata


# d06 (Lai Châu) as the portal prints it: the two-column header flattened into "|" lines, words and the number
# hard-wrapped, the date in italics over two lines.
PORTAL_KH = """|
**UỶ BAN NHÂN
DÂN**
TỈNH LAI CHÂU
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
7360/KH-UBND
|
*Lai Châu, ngày
19 tháng 11 năm 2025*
|


**KẾ HOẠCH**

TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU
CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU

Thực hiện Quyết định số
2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Sở Khoa học và Công nghệ chủ trì tổ chức triển khai.

|
* *
*Nơi nhận:*
- Bộ Khoa học và Công nghệ;
- Lưu: VT, Vx3.
|
**TM. ỦY BAN
NHÂN DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**Tống Thanh Hải**
|
"""


def test_portal_header_flattened_and_wrapped():
    m = meta(PORTAL_KH)
    assert m.number == "7360/KH-UBND"
    assert m.issued_date == "2025-11-19"
    assert m.doc_type == "KH"
    assert m.issuer == "Ủy ban nhân dân tỉnh Lai Châu"
    assert m.province == "Lai Châu"
    assert m.title.startswith("TRIỂN KHAI THI HÀNH LUẬT") and m.title.endswith("TỈNH LAI CHÂU")
    assert m.signer == "Tống Thanh Hải"  # not "Nhân Dân" of the wrapped "TM. ỦY BAN / NHÂN DÂN"


# The "Thư viện pháp luật" portal's own preface and box stand before the header (d09): they are not the issuer.
PORTAL_PREFACE = """Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật về Sở hữu trí tuệ.
X
**
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
**
Đang tải văn bản...
#
**Số hiệu:**
|
980/KH-UBND
|
**Tình trạng:**
|
Đã biết
|
|
**ỦY BAN NHÂN DÂN**
TỈNH NGHỆ AN
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 980/KH-UBND
|
*Nghệ An, ngày 18
tháng 11 năm 2025*
|
**KẾ HOẠCH**
THỰC
HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ
Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ.
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
**I. MỤC ĐÍCH, YÊU CẦU**
"""


def test_portal_preface_is_not_the_issuer():
    m = meta(PORTAL_PREFACE)
    assert m.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert m.number == "980/KH-UBND"
    assert m.issued_date == "2025-11-18"


# A letter (Công văn) from a PDF (d13): no type line, the subject "V/v ..." over three lines, the number with a space.
LETTER = """UỶ BAN NHÂN DÂN
TỈNH LÀO CAI

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 193 /UBND-KT

Lào Cai, ngày 10 tháng 01năm 2026

Độc lập - Tự do - Hạnh phúc

V/v tăng cường công tác quản
lý, giám sát hoạt động VLNCN,
TCTN trên địa bàn tỉnh

Kính gửi:
- Các Sở, ngành: Công Thương, Nội vụ;
- UBND các xã, phường.
Công tác quản lý nhà nước về vật liệu nổ công nghiệp đã đạt được nhiều kết quả.
1. Sở Công Thương
a) Rà soát các quy định hiện hành.
"""


def test_letter_known_by_its_subject():
    m = meta(LETTER)
    assert m.doc_type == "CV"
    assert m.number == "193/UBND-KT"
    assert m.issued_date == "2026-01-10"
    assert m.title == "tăng cường công tác quản lý, giám sát hoạt động VLNCN, TCTN trên địa bàn tỉnh"
    assert m.issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert m.province == "Lào Cai"


# Portal letters of central bodies: the subject in italics over lines, the place/date after it; the symbol's "CT"
# is the Cục Thuế, not a Chỉ thị; a ministry's "Hà Nội, ngày ..." is not its province.
TAX_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 5330/CT-CS
*V/v
Chính sách thuế TNCN*
|
*Hà Nội, ngày 19 tháng 11 năm 2025*
|
Kính gửi: Bà Huỳnh Thị Mỹ Hằng
Cục Thuế có ý kiến như sau:
"""


def test_central_letter_with_parent_body():
    m = meta(TAX_LETTER)
    assert m.doc_type == "CV"
    assert m.number == "5330/CT-CS"
    assert m.title == "Chính sách thuế TNCN"
    assert m.issued_date == "2025-11-19"
    assert m.issuer.lower() == "cục thuế"   # the lower header line; "BỘ TÀI CHÍNH" is its parent
    assert m.province is None


def test_department_under_provincial_committee():
    text = """UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1629/SCT-CN
Lào Cai, ngày 27 tháng 3 năm 2026
V/v kiểm tra kho vật liệu nổ công nghiệp
Kính gửi: Công ty Thủy điện Nậm Cang.
Sở Công Thương thông báo như sau:
"""
    m = meta(text)
    assert m.issuer == "Sở Công Thương tỉnh Lào Cai"
    assert m.province == "Lào Cai"
    assert m.doc_type == "CV"


def test_draft_with_blank_number_and_day():
    text = """UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /SCT-CN
Lào Cai, ngày    tháng 4 năm 2026
V/v trả hồ sơ đề nghị cấp giấy phép
Kính gửi: Công ty TNHH Quang Đạt.
"""
    m = meta(text)
    assert m.number is None and m.issued_date is None
    assert m.doc_type == "CV"
    assert m.issuer == "Sở Công Thương tỉnh Lào Cai"
    assert m.title == "trả hồ sơ đề nghị cấp giấy phép"


# A decision carrying a plan (portal 001c610b): the decision's metadata; the authority line after the title is not
# part of it; the signature stands before the attached plan.
DECISION_WITH_PLAN = """|
**ỦY BAN NHÂN
DÂN **
THÀNH PHỐ HỒ CHÍ MINH
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
2820/QĐ-UBND
|
*Thành phố Hồ
Chí Minh, ngày 19 tháng 11 năm 2025*
|


**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ
06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ

**CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

|
*Nơi nhận:*
- Như Điều 3;
- Lưu: VT, (TH/MT).
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Nguyễn Lộc Hà**
|


**KẾ HOẠCH**

**I. MỤC ĐÍCH, YÊU CẦU**

1. Sở Tài chính chủ trì triển khai.

**II. TỔ CHỨC THỰC HIỆN**

1. Giao Sở Xây dựng tổ chức triển khai.
"""


def test_decision_carrying_a_plan():
    m = meta(DECISION_WITH_PLAN)
    assert m.doc_type == "QĐ"
    assert m.number == "2820/QĐ-UBND"
    assert m.issued_date == "2025-11-19"
    assert m.title.endswith("CỦA THỦ TƯỚNG CHÍNH PHỦ")  # the authority line is not in the title
    assert m.issuer == "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert m.province == "Hồ Chí Minh"
    assert m.signer == "Nguyễn Lộc Hà"


def test_number_with_year_and_split_type_word():
    text = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 80/2025/QĐ-UBND
Hà Tĩnh, ngày 24 tháng11 năm 2025
QUYẾT
ĐỊNH
BÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND
*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
"""
    m = meta(text)
    assert m.number == "80/2025/QĐ-UBND"
    assert m.doc_type == "QĐ"
    assert m.issued_date == "2025-11-24"
    assert m.title == "BÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND"


@pytest.mark.parametrize("header,issuer", [
    ("THỦ\nTƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),            # a head wrapped before it is complete
    ("**ỦY\nBAN NHÂN DÂN **\nTỈNH QUẢNG NINH", "Ủy ban nhân dân tỉnh Quảng Ninh"),
    ("CHỦ TỊCH ỦY\nBAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp"),
    ("BỘ KHOA HỌC VÀ\nCÔNG NGHỆ", "Bộ Khoa học và Công nghệ"),
    ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tuyên giáo và Dân vận Trung ương"),
])
def test_issuer_lines(header, issuer):
    text = f"""{header}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-ABC
Hà Nội, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH QUY CHẾ
"""
    m = meta(text)
    assert m.issuer.lower() == issuer.lower()
    if "TỈNH" not in header:
        assert m.province is None  # central: "Hà Nội" is where it sits, not its province


def test_issuer_from_authority_line_or_symbol_when_the_header_has_none():
    # a portal that kept only "Số: ... |" of the header (UBTVQH resolutions)
    text = """Số: 1675/NQ-UBTVQH15 |
|

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Huế năm 2025**


**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*
"""
    m = meta(text)
    assert m.number == "1675/NQ-UBTVQH15"
    assert m.doc_type == "NQ"
    assert m.issuer == "Ủy ban Thường vụ Quốc hội"
    assert m.province is None
    assert m.title == "Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Huế năm 2025"


def test_signer_not_taken_from_an_appendix_table():
    # d07: the plan's appendix table after the signature names "Sở Công Thương" in a cell
    text = PORTAL_KH.replace("**Tống Thanh Hải**\n|\n", "**Huỳnh Minh Tuấn**\n|\n**PHỤ LỤC**\n|\nSở KH&CN\n|\nSở Công Thương\n|\n")
    assert meta(text).signer == "Huỳnh Minh Tuấn"


def test_signer_name_wrapped_over_lines():
    text = PORTAL_KH.replace("**Tống Thanh Hải**", "**Phan\nThị Thắng**")
    assert meta(text).signer == "Phan Thị Thắng"


def test_cong_dien():
    text = """THỦ
TƯỚNG CHÍNH PHỦ
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 220/CĐ-TTg
*Hà Nội, ngày 18 tháng 11 năm 2025*
CÔNG ĐIỆN
TẬP
TRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM THỦ TỤC HÀNH CHÍNH NĂM 2025
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;
"""
    m = meta(text)
    assert m.doc_type == "CĐ"
    assert m.number == "220/CĐ-TTg"
    assert m.issuer == "Thủ tướng Chính phủ"
    assert m.province is None
    assert m.issued_date == "2025-11-18"
