"""A letter (Công văn) without numbered items, and headings in an appendix after the signature."""
from __future__ import annotations

from extractor.pipeline import extract_text

# portal d97b35347d17f96f (5095/SGDĐT-CTTTHSSV), shortened
LETTER = """UBND THÀNH PHỐ HÀ NỘI
SỞ GIÁO DỤC VÀ ĐÀO TẠO

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 5095/SGDĐT-CTTTHSSV
V/v tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố

Hà Nội, ngày 03 tháng 12 năm 2025

Kính gửi:
- UBND các xã, phường;
- Các đơn vị, cơ sở giáo dục trực thuộc.

Thực hiện Công văn số 6356/UBND-NNMT ngày 01/12/2025 của UBND Thành phố về việc tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố;

Nhằm đảm bảo sức khỏe cho học sinh, sinh viên và cán bộ, giáo viên, nhân viên của các đơn vị, trường học, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, chủ động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:
- Thường xuyên cập nhật thông tin về chất lượng không khí, theo dõi chỉ số VN_AQI tại các trạm quan trắc không khí trên địa bàn Thành phố.
- Hạn chế các hoạt động ngoài trời cho học sinh trong các khung giờ và ngày có chất lượng không khí ở mức "Xấu" trở lên.

Chi tiết liên hệ phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên, Sở Giáo dục và Đào tạo, điện thoại: 02439411232.

Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""


def test_letter_without_items_requests_the_bullets_of_its_addressee():
    r = extract_text(LETTER)
    assert r.sections == []
    texts = [a.text for a in r.assignments]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Thường xuyên cập nhật") and texts[1].startswith("Hạn chế các hoạt động")
    assert all(a.requested and a.agencies == ["Ủy ban nhân dân cấp xã"] for a in r.assignments)
    # the "Kính gửi" list, the contact line and the closing "… thực hiện./." are no tasks
    assert not any("Như trên" in t or "liên hệ" in t or "./." in t for t in texts)


TAX_ANSWER = """BỘ TÀI CHÍNH
CỤC HẢI QUAN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 39992/CHQ-GSQL
V/v thủ tục hải quan

Hà Nội, ngày 20 tháng 11 năm 2025

Kính gửi: Công ty TNHH ABC.

Trả lời công văn số 01/2025 của Công ty TNHH ABC về thủ tục hải quan, Cục Hải quan có ý kiến như sau:

Đề nghị Công ty căn cứ quy định tại Điều 61, Điều 63 Luật Hải quan số 54/2014/QH13 ngày 23/6/2014 và thực tế hoạt động thương mại của Công ty để thực hiện.

Cục Hải quan trả lời để Công ty biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
"""


def test_answer_letter_gives_no_task():
    assert extract_text(TAX_ANSWER).assignments == []


# portal d3d459d0a856471f (2817/QĐ-UBND), shortened: a "DANH MỤC" appendix after the signature carries "I) ..."
DECISION_WITH_APPENDIX = """ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2817/QĐ-UBND

Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH
Về công bố danh mục thủ tục hành chính lĩnh vực Hoạt động khoa học và công nghệ

CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 20 thủ tục hành chính lĩnh vực Hoạt động khoa học và công nghệ.

Điều 2. Tổ chức thực hiện
1. Giao Sở Khoa học và Công nghệ rà soát, đánh giá tiêu chí để cung cấp dịch vụ công trực tuyến.
2. Giao Trung tâm Chuyển đổi số Thành phố cấu hình thủ tục hành chính trên Hệ thống Thông tin giải quyết thủ tục hành chính Thành phố.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Mạnh Cường

DANH MỤC
THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ
(Ban hành kèm theo Quyết định số 2817/QĐ-UBND ngày 19 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân Thành phố)

I) Xét duyệt nhiệm vụ đổi mới sáng tạo
1. Trong thời hạn 30 ngày, Sở Khoa học và Công nghệ tổ chức xét duyệt nhiệm vụ.
II) Thẩm định kinh phí
"""


def test_appendix_headings_after_the_signature_are_not_sections():
    r = extract_text(DECISION_WITH_APPENDIX)
    ids = [s.id for s in r.sections]
    assert "I" not in ids and "II" not in ids, ids
    # a decision of articles only: its articles are its top level (a provision article has no kind)
    assert ids == ["Đ1", "Đ2", "Đ3"], ids
    assert [s.label for s in r.sections] == ["1", "2", "3"]
    assert [list(s.kinds) for s in r.sections] == [[], ["implementation"], []]
    assert [a.agencies for a in r.assignments] == [["Sở Khoa học và Công nghệ"], ["Trung tâm Chuyển đổi số Thành phố"]] or \
        len(r.assignments) == 2


def test_plan_carried_after_a_decisions_signature_stays_the_body():
    text = DECISION_WITH_APPENDIX.split("DANH MỤC\n")[0].replace("Điều 2. Tổ chức thực hiện\n1. Giao", "Điều 2. Giao").replace(
        "\n2. Giao Trung tâm", "\nGiao Trung tâm") + """KẾ HOẠCH
Triển khai thủ tục hành chính lĩnh vực khoa học và công nghệ
(Ban hành kèm theo Quyết định số 2817/QĐ-UBND ngày 19 tháng 11 năm 2025)

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm công khai thủ tục hành chính.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ chủ trì rà soát thủ tục hành chính.
"""
    r = extract_text(text)
    assert [s.id for s in r.sections] == ["I", "II"]
