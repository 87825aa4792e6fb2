"""A Thông báo kết luận (conclusion notice of a leader's meeting, samples/annotated/extra e08 = 648/TB-VPCP): items
"N. Về <topic>: Giao Bộ X chủ trì, ..." name their agency after the topic label; "Các Bộ, cơ quan: Tài chính, Xây
dựng, ..." lists ministries by bare names; the closing "Văn phòng Chính phủ thông báo để ... biết, thực hiện./." is
no task."""
from __future__ import annotations

from extractor.pipeline import extract_text


def _notice(body: str) -> str:
    return (
        "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 648/TB-VPCP\nHà Nội, ngày 27 tháng 11 năm 2025\nTHÔNG BÁO\n"
        "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐIỆN BIÊN\n"
        "Sau khi nghe Chủ tịch Ủy ban nhân dân tỉnh Điện Biên báo cáo, Phó Thủ tướng Chính phủ kết luận như sau:\n"
        "**I. ĐÁNH GIÁ CHUNG**\nBiểu dương tinh thần nỗ lực, đoàn kết của Đảng bộ, chính quyền và nhân dân tỉnh.\n"
        "**II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH**\n" + body +
        "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh\nĐiện Biên và các Bộ, cơ quan liên quan biết, thực hiện./.\n"
        "Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nĐỗ Ngọc Huỳnh\n"
    )


def test_topic_label_then_giao():
    res = extract_text(_notice(
        "1. Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện\ntử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, phối hợp"
        " với Bộ Y tế nghiên cứu\ntổng hợp chung kiến nghị của các địa phương, báo\ncáo cấp có thẩm quyền xem xét.\n"
        "2. Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế,\nchính sách liên quan đến chế độ tiền lương: Bộ Nội vụ\n"
        "nghiên cứu đề xuất của tỉnh trong quá trình xây dựng các văn bản quy phạm pháp luật.\n"
        "3. Về đề nghị nghiên cứu, sửa đổi Nghị quyết số 66.4/2025/NQ-CP:\ngiao Bộ Nông nghiệp và Môi trường chủ trì"
        " phối hợp với các Bộ, cơ quan nghiên cứu, đề xuất phương án xử lý.\n"))
    got = [(a.agencies, a.role, a.text[:25]) for a in res.assignments]
    assert (["Bộ Tài chính"], "lead", "chủ trì, phối hợp với Bộ ") in got
    assert res.assignments[0].partners == ["Bộ Y tế"]
    # the label's own "đề nghị Bộ Nội vụ tham mưu" is the province's request, not the task
    assert (["Bộ Nội vụ"], "responsible", "nghiên cứu đề xuất của tỉ") in got
    assert (["Bộ Nông nghiệp và Môi trường"], "lead", "chủ trì phối hợp với các ") in got
    assert not any("Văn phòng Chính phủ" in a.agencies for a in res.assignments)


def test_ministries_listed_by_bare_names():
    res = extract_text(_notice(
        "8. Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp\nvà Môi trường, Văn hóa, Thể thao và Du lịch, Công Thương,"
        " Giáo dục và Đào tạo,\nNgoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao khẩn\n"
        "trương rà soát lại việc thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, báo cáo Thủ tướng Chính phủ kết quả"
        " thực hiện trước\nngày 05 tháng 12 năm 2025.\n"))
    assert len(res.assignments) == 1
    a = res.assignments[0]
    assert a.agencies == ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch",
                          "Bộ Công Thương", "Bộ Giáo dục và Đào tạo", "Bộ Ngoại giao", "Tập đoàn Điện lực Việt Nam"]
    assert a.text.startswith("theo chức năng, nhiệm vụ được giao")
    assert a.deadline is not None and a.deadline.due == "2025-12-05"


def test_parenthesised_items_name_their_own_bodies():
    # 631/TB-VPCP (portal 05729ab54fc07c39): "3. ... yêu cầu các bộ, ngành tập trung thực hiện ...: (1) Giao Bộ X chủ
    # trì ... (3) Đề nghị <bodies of the National Assembly> ... (4) Sau khi ..., các Bộ ... tổ chức thực hiện"
    from extractor.pipeline import extract_text

    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 631/TB-VPCP\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n"
            "1. Trong thời gian tới, yêu cầu\ncác bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:\n"
            "(1) Giao Bộ Nông nghiệp và Môi trường chủ trì, phối\nhợp với Bộ Tài chính hoàn thiện hồ sơ Chương trình.\n"
            "(2) Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội,\nHội đồng dân tộc của Quốc hội phối hợp chặt chẽ để thẩm tra.\n"
            "(3) Sau khi được Quốc hội thông qua, các Bộ, cơ\nquan tập trung tổ chức thực hiện có hiệu quả Chương trình.\n")
    got = {(tuple(a.agencies), a.role, a.requested) for a in extract_text(text).assignments}
    assert (("Bộ Nông nghiệp và Môi trường",), "lead", False) in got
    assert (("Ủy ban Kinh tế và Tài chính của Quốc hội", "Hội đồng Dân tộc của Quốc hội"), "support", True) in got
    groups = {a for a in got if a[0] == ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",)}
    assert groups and not any("Quốc hội" in n for a in got if "tổ chức" in a for n in a[0])
