"""Letters and telegrams of the unseen kinds the extra set's e29–e32 brought: requests made to the letter's addressees,
commune-level groups written any way, a subject after an opening clause, topic headings over agency items, the advice
of an answer letter, a telegram item naming the party secretary with the chairman."""
from __future__ import annotations

from extractor.pipeline import extract_text

HEAD = """BỘ TÀI CHÍNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 12345/BTC-NSNN
V/v báo cáo tình hình thực hiện dự toán năm 2025
Hà Nội, ngày 20 tháng 11 năm 2025

Kính gửi:
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.

Thực hiện Nghị quyết số 160/2024/QH15 ngày 13/11/2024 của Quốc hội về dự toán ngân sách nhà nước năm 2025, Bộ Tài chính đã có Công văn số 1234/BTC-NSNN ngày 01/3/2025 hướng dẫn thực hiện.

"""
TAIL = """
Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý cơ quan./.

Nơi nhận:
- Như trên;
- Lưu: VT, NSNN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""
ADDRESSEES = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]


def test_a_request_to_quy_co_quan_is_the_addressees_task():
    r = extract_text(HEAD + "Để có cơ sở tổng hợp báo cáo Chính phủ, Bộ Tài chính đề nghị Quý cơ quan chỉ đạo các đơn "
                     "vị trực thuộc rà soát, gửi báo cáo về Bộ Tài chính trước ngày 15/12/2025 để tổng hợp.\n" + TAIL)
    assert len(r.assignments) == 1, r.assignments
    a = r.assignments[0]
    assert a.agencies == ADDRESSEES and a.requested and a.text.startswith("chỉ đạo các đơn vị trực thuộc")
    assert a.deadline is not None and a.deadline.due == "2025-12-15"


def test_a_request_that_names_no_body_is_the_addressees_task():
    r = extract_text(HEAD + "Đề nghị khẩn trương rà soát, gửi báo cáo về Bộ Tài chính trước ngày 15/12/2025.\n" + TAIL)
    assert [(a.agencies, a.text[:11]) for a in r.assignments] == [(ADDRESSEES, "khẩn trương")]


def test_advice_to_apply_the_regulations_is_no_task():
    r = extract_text(HEAD.replace("Kính gửi:\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;\n"
                                  "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.", "Kính gửi: Công ty TNHH ABC.")
                     + "1. Về thủ tục\n- Thủ tục được quy định tại Điều 85 Nghị định số 08/2015/NĐ-CP.\n"
                     "Đề nghị Công ty nghiên cứu quy định tại các văn bản nêu trên để thực hiện. Trường hợp có vướng "
                     "mắc thì liên hệ với cơ quan hải quan.\n" + TAIL)
    assert r.assignments == []


CITY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 4085/UBND-ĐT
V/v rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp
Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025

Kính gửi:
- Công an Thành phố;
- Sở Xây dựng;
- Ủy ban nhân dân các phường, xã, đặc khu.

Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025; Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:
1. Về việc rà soát, làm sạch dữ liệu số nhà đã cấp
1.1. Giao Ủy ban nhân dân phường, xã và đặc khu
- Tổ chức rà soát, cập nhật và làm sạch dữ liệu số nhà đã cấp; đồng thời, phối hợp với Công an phường, xã, đặc khu rà soát, đối chiếu dữ liệu.
Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.
1.2. Giao Sở Xây dựng
Theo dõi, đôn đốc Ủy ban nhân dân các phường, xã, đặc khu thực hiện cập nhật thông tin số nhà.
2. Về công tác triển khai ứng dụng phần mềm thống nhất
- Giao Sở Xây dựng tổ chức khảo sát, đánh giá hiện trạng sử dụng phần mềm.
- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì, phối hợp Trung tâm Chuyển đổi số Thành phố xây dựng phương án phần mềm dùng chung.
Chủ tịch Ủy ban nhân
dân Thành phố đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện đầy đủ các nội dung chỉ đạo nêu trên./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Xuân Cường
"""


def test_city_letter_with_topic_headings_over_agency_items():
    r = extract_text(CITY)
    assert [(s.label, s.kinds) for s in r.sections] == [("1", ["assignments"]), ("2", ["assignments"])]
    got = [(a.agencies, a.role, a.text[:20]) for a in r.assignments]
    # "Ủy ban nhân dân phường, xã và đặc khu": any list of commune-level units names the level
    assert got[0] == (["Ủy ban nhân dân cấp xã"], "responsible", "Tổ chức rà soát, cập")
    assert r.assignments[0].partners == ["Công an cấp xã"]
    # the time line under the bullet is its deadline, not a task of its own
    assert r.assignments[0].deadline is not None and r.assignments[0].deadline.due == "2025-12-31"
    assert not any(a.text.startswith("Thời gian") for a in r.assignments)
    # a subject after the opening clause: its own verb gives the role
    assert (["Sở Xây dựng"], "lead", "Trên cơ sở kết quả k") in got
    # the closing request is not the last agency's task
    assert not any(a.agencies == ["Sở Xây dựng"] and "nội dung chỉ đạo" in a.text for a in r.assignments)
    assert [c.key for c in r.citations] == ["15972/SXD-QLN&TTBĐS"]


TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 223/CĐ-TTg
Hà Nội, ngày 20 tháng 11 năm 2025
CÔNG ĐIỆN
V/V TẬP TRUNG ỨNG PHÓ LŨ ĐẶC BIỆT LỚN
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa;
- Các Bộ: Quốc phòng, Công an.
Để tập trung ứng phó mưa lũ đặc biệt lớn, Thủ tướng Chính phủ yêu cầu:
1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh đạo, chỉ đạo ứng phó với mưa lũ.
2. Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị quân đội, công an đóng trên địa bàn hỗ trợ địa phương./.
Nơi nhận:
- Như trên;
- Lưu: Văn thư.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Hồ Quốc Dũng
"""


def test_telegram_item_with_the_party_secretary_and_more_bodies_after_the_places():
    r = extract_text(TELEGRAM)
    first = r.assignments[0]
    assert first.agencies == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                              "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]
    assert first.text.startswith("tiếp tục tập trung")
    assert r.sections[0].kinds == ["assignments"]


QUOTING = """CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1539/VLO-QLDN3
V/v trả lãi tiền vay cho cổ đông
Vĩnh Long, ngày 20 tháng 11 năm 2025

Kính gửi: Công ty cổ phần ABC.

Trả lời công văn số 12/ABC ngày 01/11/2025 của Công ty, Thuế tỉnh Vĩnh Long có ý kiến như sau:
Căn cứ khoản 1, khoản 2 Điều 5
Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ, quy định:
“Điều 5. Các bên có quan hệ liên kết
1. Các bên có quan hệ liên kết (sau đây viết tắt là “bên liên kết”) là các bên có mối quan hệ thuộc một trong các trường hợp:
a) Một bên tham gia trực tiếp hoặc gián tiếp vào việc điều hành, kiểm soát, góp vốn hoặc đầu tư vào bên kia;
b) Các bên trực tiếp hay gián tiếp cùng chịu sự điều hành, kiểm soát, góp vốn hoặc đầu tư của một bên khác.”
Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG THUẾ TỈNH
PHÓ TRƯỞNG THUẾ TỈNH
Nguyễn Văn B
"""


def test_provisions_quoted_from_a_decree_are_no_sections_or_tasks():
    r = extract_text(QUOTING)
    assert r.sections == [] and r.assignments == []


PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2345/UBND-KT
V/v triển khai thực hiện Thông tư số 12/2025/TT-BTC
Quảng Trị, ngày 20 tháng 11 năm 2025

Kính gửi:
- Sở Tài chính;
- Sở Nội vụ;
- Ủy ban nhân dân các xã, phường, đặc khu.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn C
"""


def test_a_one_paragraph_letter_ending_the_text_is_a_task():
    r = extract_text(PROVINCE.format(body=(
        "Xét đề nghị của Sở Tài chính tại Tờ trình số 456/TTr-STC ngày 10/11/2025, Chủ tịch Ủy ban nhân dân tỉnh có ý "
        "kiến như sau:\nGiao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan rà soát, tham mưu Ủy "
        "ban nhân dân tỉnh ban hành quy định về định mức chi, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025./.")))
    assert [(a.agencies, a.role, a.partners) for a in r.assignments] == [(["Sở Tài chính"], "lead", ["Sở Nội vụ"])]
    assert r.assignments[0].deadline is not None and r.assignments[0].deadline.due == "2025-12-10"


def test_a_request_based_on_the_bodies_remit_is_a_task_not_advice():
    r = extract_text(PROVINCE.format(body=(
        "Thực hiện Thông tư số 12/2025/TT-BTC ngày 01/10/2025 của Bộ Tài chính, Ủy ban nhân dân tỉnh đề nghị các sở, "
        "ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ được giao, tổ chức triển khai "
        "thực hiện nghiêm túc các nội dung của Thông tư./.")))
    assert [(a.agencies, a.requested) for a in r.assignments] == [
        (["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"], True)]
