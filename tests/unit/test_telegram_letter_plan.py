"""A telegram whose numbered items name a body and carry lettered sub-items (228/CĐ-TTg, extra e10), and a
department's letter carrying an inspection plan read from a PDF (Lào Cai 1629/SCT-CN, extra e11)."""
from __future__ import annotations

from extractor.assignments import role_of
from extractor.pipeline import extract_text

_CD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 228/CĐ-TTg\nHà Nội, ngày 25 tháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH BẢO HIỂM\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế.\n\n"
    "Thủ tướng Chính phủ yêu cầu Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố thực hiện một số giải pháp sau:\n"
    "1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:\n"
    "a) Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm khẩn trương có phương án giải quyết.\n"
    "b) Chỉ đạo Bảo hiểm xã hội Việt Nam chi trả kịp thời, đầy đủ chế độ bảo hiểm xã hội.\n"
    "2. Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Bộ Tài chính và các địa phương liên quan "
    "chỉ đạo việc giải quyết quyền lợi về khám bệnh, chữa bệnh bảo hiểm y tế.\n"
    "3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, "
    "Lâm Đồng chủ động, tích cực phối hợp chặt chẽ với Bộ Tài chính, Bộ Y tế để bảo đảm quyền lợi của người dân.\n"
    "Nơi nhận:\n- Như trên;\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc\n"
)


def test_roles_past_qualifiers_and_comma_joined_adverbs():
    assert role_of("theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Bộ Tài chính") == "lead"
    assert role_of("chủ động, tích cực phối hợp chặt chẽ với Bộ Tài chính") == "support"
    assert role_of("theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện") == "responsible"


def test_telegram_item_with_lettered_sub_items():
    res = extract_text(_CD)
    got = [(x.agencies, x.role, x.text[:25]) for x in res.assignments]
    assert (["Bộ Tài chính"], "lead", "chủ trì, phối hợp với các") in got      # the item introducing a) b)
    assert (["Bộ Tài chính"], "lead", "Yêu cầu và đôn đốc các do") in got
    assert (["Bộ Y tế"], "lead", "theo chức năng, nhiệm vụ ") in got
    ubt = [x for x in res.assignments if x.agencies == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]]
    assert ubt and ubt[0].text.startswith("chủ động, tích cực") and ubt[0].role == "support"
    assert {s.label: list(s.kinds) for s in res.sections}["3"] == ["assignments"]


_CV = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 1629 /SCT-CN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 27 tháng 3 năm 2026\n\nV/v kế hoạch kiểm tra công tác\n"
    "nghiệm thu hoàn thành công trình.\nKính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở\n"
    "Sở Công Thương thông báo kế hoạch kiểm tra công tác nghiệm thu hoàn thành công trình, cụ thể như sau:\n"
    "1. Giai đoạn kiểm tra: Giai đoạn hoàn thành thi công xây dựng công trình.\n"
    "2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)\n"
    "3. Địa điểm: Tại hiện trường công trình ở xã Mường Bo, tỉnh Lào Cai.\n"
    "4. Thành phần tham gia kiểm tra:\n- Chủ trì: Sở Công Thương tỉnh Lào Cai\n"
    "- Thành phần tham dự: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở (Chủ đầu tư).\n"
    "5. Nội dung kiểm tra:\na) Đối với công tác nghiệm thu hoàn thành công trình xây dựng:\n"
    "- Kiểm tra hiện trường công trình, đối chiếu với hồ sơ thiết kế.\n"
    "6. Phương pháp kiểm tra: Kiểm tra, đối chiếu hồ sơ quản lý chất lượng; Quan sát tại hiện trường.\n"
    "Đề nghị Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở thông báo cho các chủ thể tham gia xây dựng công trình "
    "chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT, CN.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân\n"
)


def test_letter_plan_field_items_and_member_list():
    res = extract_text(_CV)
    kinds = {s.label: list(s.kinds) for s in res.sections}
    assert kinds == {"1": [], "2": ["roadmap"], "3": [], "4": [], "5": ["tasks"], "6": []}
    # "- Chủ trì: Sở Công Thương" under "Thành phần tham gia kiểm tra" names who chairs, not a task
    assert not [x for x in res.assignments if x.text.startswith("Thành phần")]
    # the name the letter is addressed to runs past the word "xây dựng" that could open a task
    req = [x for x in res.assignments if x.requested]
    assert req and req[0].agencies[0] == "Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở"
    assert req[0].text.startswith("thông báo cho các chủ thể")


# From 223/CĐ-TTg (portal 15e6fb3d3f3b2644): a list of telegrams given by their symbols alone, items whose subject
# names the provinces without a colon or heads a list of ministries by title, and an aside wrapped onto its own line.
_CD2 = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCÔNG ĐIỆN\nV/V TẬP TRUNG ỨNG PHÓ LŨ ĐẶC BIỆT LỚN\n"
    "Để tập trung ứng phó mưa lũ đặc biệt lớn, tiếp theo các Công điện số 217/CĐ-TTg,\n"
    "218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu\ncầu:\n"
    "1. Chủ tịch Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk Lắk chỉ đạo sơ tán dân đến nơi an toàn.\n"
    "2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ địa phương.\n"
    "3. Bộ Xây dựng, Bộ Công an chỉ đạo công an các địa phương\n"
    "(kể cả các địa phương khu vực lân cận) chủ động điều tiết giao thông.\n"
)


def test_symbols_alone_continue_a_list_of_citations():
    res = extract_text(_CD2)
    assert {c.key: c.date for c in res.citations} == {k: "2025-11-19" for k in
                                                      ("217/CĐ-TTg", "218/CĐ-TTg", "219/CĐ-TTg", "222/CĐ-TTg")}
    plain = extract_text("Dự án có diện tích 12/2025 ha, gồm các lô 3/A, 4/B.\n")
    assert not plain.citations


def test_subjects_naming_places_and_ministries_by_title():
    got = [(x.agencies, x.text[:20]) for x in extract_text(_CD2).assignments]
    assert (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "chỉ đạo sơ tán dân đ") in got
    assert (["Bộ Quốc phòng", "Bộ Công an"], "chỉ đạo lực lượng hỗ") in got
    aside = [x for x in extract_text(_CD2).assignments if x.agencies == ["Bộ Xây dựng", "Bộ Công an"]]
    assert len(aside) == 1 and "(kể cả các địa phương" in aside[0].text


# A ministry's letter whose numbered items are asked of the body its lead-in names (17986/BTC-CT, portal
# 9063e901ca3fd0c3), and a VPCP letter conveying an opinion whose paragraph opens with the body (11299/VPCP-KGVX).
_BTC = (
    "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 17986/BTC-CT\n"
    "V/v triển khai Cẩm nang nghiệp vụ thuế\nHà Nội, ngày 19 tháng 11 năm 2025\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
    "Để phát huy hiệu quả của Cẩm nang, Bộ Tài\nchính đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:\n"
    "1. Phổ biến rộng rãi nội dung Cẩm nang đến Ủy ban nhân dân cấp xã.\n"
    "2. Lồng ghép nội dung Cẩm nang vào chương trình tập huấn.\n"
    "3. Chỉ đạo đầu mối phối hợp với Thuế tỉnh, thành phố để thường xuyên rà soát.\n"
    "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:\n- Cẩm nang nghiệp vụ thuế;\n- Infographic Cẩm nang.\n"
    "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành\nphố quan tâm, chỉ đạo triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Tấn Cận\n"
)
_VPCP = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 11299/VPCP-KGVX\n"
    "V/v thành lập Mạng lưới quan trắc\nHà Nội, ngày 18 tháng 11 năm 2025\n"
    "Kính gửi: Bộ trưởng Bộ Khoa học và Công nghệ.\n"
    "Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ, Phó Thủ tướng "
    "Chính phủ Nguyễn Chí Dũng có ý kiến như sau:\nBộ Khoa học và Công nghệ\n"
    "chủ trì, phối hợp với Bộ Quốc phòng, Bộ Nội vụ rà soát mô hình tổ chức của Mạng lưới; báo cáo Thủ tướng\n"
    "Chính phủ trong quý I năm 2026.\nVăn phòng Chính phủ\nthông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n"
)


def test_letter_items_asked_of_the_body_its_lead_in_names():
    got = [(x.agencies, x.requested, x.text[:12]) for x in extract_text(_BTC).assignments]
    ubt = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert got == [(ubt, True, "Phổ biến rộn"), (ubt, True, "Lồng ghép nộ"), (ubt, True, "Chỉ đạo đầu ")]


def test_letter_paragraph_opening_with_the_body_it_instructs():
    (a,) = extract_text(_VPCP).assignments
    assert a.agencies == ["Bộ Khoa học và Công nghệ"] and a.role == "lead"
    assert a.partners == ["Bộ Quốc phòng", "Bộ Nội vụ"] and a.deadline and a.deadline.due == "2026-03-31"


def test_holders_the_registry_lacks_between_the_bodies_and_the_task():
    # 224/CĐ-TTg (portal 1095764e502a89b8): office holders of groups, then the task after an emphasised word; and an
    # item's line wrapped inside "Thủ tướng | Chính phủ"
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nCÔNG ĐIỆN\nV/v chuẩn bị lễ khánh thành\nThủ tướng Chính phủ yêu cầu:\n"
            "1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ,\ncơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
            "thành phố trực thuộc\nTrung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công\n"
            "ty, đơn vị liên quan *tiếp tục nâng cao tinh thần trách nhiệm* khẩn\ntrương chỉ đạo các nhà thầu.\n"
            "2. Bộ Xây dựng:\na) Rà soát danh mục các dự án.\nb) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng\n"
            "Chính phủ, Trưởng Ban chỉ đạo Nhà nước các công trình (Thông báo số 627/TB-VPCP ngày\n18/11/2025).\n"
            "3. Tập đoàn Công nghiệp - Viễn thông Quân đội,\nTập đoàn Bưu chính Viễn thông Việt Nam chủ trì chuẩn bị kết nối.\n")
    got = [(a.agencies, a.text[:12]) for a in extract_text(text).assignments]
    assert got == [
        (["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
         "tiếp tục nân"),
        (["Bộ Xây dựng"], "Rà soát danh"), (["Bộ Xây dựng"], "Khẩn trương "),
        (["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"], "chủ trì chuẩ"),
    ]


def test_lead_in_naming_a_group_the_registry_lacks():
    # Lào Cai Sở Công Thương's letter urging industrial-cluster investors (corpus/files, .docx)
    text = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 100/SCT-CN\nV/v đôn đốc tiến độ đầu tư hạ tầng cụm công nghiệp\n"
            "Kính gửi:\n- Công ty Cổ phần Công nghiệp EUP;\n- Công ty TNHH hạ tầng Bảo Hưng.\n"
            "Qua theo dõi, tiến độ còn chậm. Sở Công Thương đề nghị các chủ đầu tư tập trung thực hiện các nội dung sau:\n"
            "1. Khẩn trương triển khai dự án\n- Rà soát toàn bộ hạng mục công việc.\n- Bố trí đủ vốn theo đúng cam kết.\n"
            "Sở Công Thương đề nghị các chủ đầu tư nghiêm túc triển khai thực hiện./.\n")
    got = [(a.agencies, a.requested, a.text[:12]) for a in extract_text(text).assignments]
    assert got == [(["các chủ đầu tư"], True, "Rà soát toàn"), (["các chủ đầu tư"], True, "Bố trí đủ vố")]
