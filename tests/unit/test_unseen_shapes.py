"""Shapes met on documents the extractor was not tuned on (samples/annotated/extra, portal corpus): per-task fields
after the bullets they govern, in italics; italic numbered headings; shared-head lists; time field lines."""
from __future__ import annotations

from extractor.pipeline import extract_text
from extractor.task_tables import field_label
from extractor.vntext import fold


def _plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 141/KH-UBND\nBắc Ninh, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\nVề việc nâng cao năng lực\n\n"
        + body + "\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n"
    )


def _pairs(res) -> list[tuple[str, str, str]]:
    return [(a, x.role, x.text[:30]) for x in res.assignments for a in x.agencies]


def test_italic_field_labels():
    for line, kind in [("*Đơn vị chủ trì thực hiện: *Các Sở, ngành.", "lead"),
                       ("*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp.", "lead"),
                       ("*Đơn vị phối hợp thực hiện: *Sở Tư pháp.", "partners"),
                       ("*- Đơn vị chủ trì: *Sở Tư pháp.", "lead"),
                       ("*Thời gian thực hiện: *Thường xuyên.", "time")]:
        lab = field_label(line, fold(line), 0, len(line))
        assert lab is not None and lab[0] == kind, line
        assert line[lab[1]] == "S" or line[lab[1]] == "C" or line[lab[1]] == "T"


def test_fields_after_a_run_of_bullets_govern_them_all():
    # e04 (Bắc Ninh 141/KH-UBND): the fields follow the last bullet of the item
    res = extract_text(_plan(
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n**1. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ**\n\n"
        "- Tăng cường công tác giáo dục chính trị, tư tưởng, kỷ luật, kỷ cương.\n\n"
        "- Nâng cao nhận thức, ý thức trách nhiệm của đội ngũ cán bộ, công chức.\n\n"
        "*Đơn vị thực hiện: *Các Sở,\nngành, đơn vị, UBND cấp xã.\n\n*Đơn vị phối hợp: *Sở Tư\npháp.\n\n"
        "*Thời gian thực hiện: *Thường\nxuyên.\n\n"
        "- Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật.\n\n"
        "*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Tư pháp.\n\n*Đơn vị phối hợp thực hiện: *Các\n"
        "cơ quan, đơn vị, địa phương liên quan.\n\n*Thời gian thực hiện: *Hằng năm.\n"))
    pairs = _pairs(res)
    assert ("Các sở, ban, ngành tỉnh", "responsible", "Tăng cường công tác giáo dục c") in pairs
    assert ("Ủy ban nhân dân cấp xã", "responsible", "Nâng cao nhận thức, ý thức trá") in pairs
    assert ("Sở Tư pháp", "lead", "Tổ chức tập huấn, bồi dưỡng ki") in pairs
    assert all(x.partners == ["Sở Tư pháp"] for x in res.assignments if x.role == "responsible")


def test_generic_group_value_is_one_body():
    res = extract_text(_plan(
        "III. NHIỆM VỤ\n\n1. Thu hút nguồn nhân lực\n\n- Thực hiện cơ chế đặc thù, áp dụng chế độ thù lao, cộng tác viên.\n\n"
        "*Đơn vị chủ trì thực hiện: *Các\ncơ quan, đơn vị, địa phương.\n\n*Đơn vị phối hợp: *Sở Tư\npháp.\n"))
    assert _pairs(res) == [("Các cơ quan, đơn vị, địa phương", "lead", "Thực hiện cơ chế đặc thù, áp d")]


def test_italic_numbered_heading_with_shared_head_list_and_time_fields():
    # e02 (Quảng Ngãi 1627/QĐ-UBND): "*1.3.\nCác cơ quan ... (gồm các Sở: ...)*" and "Thời gian thực hiện:" lines
    res = extract_text(_plan(
        "IV. NHIỆM VỤ CỤ THỂ\n\n**1.\nNhiệm vụ của thành viên Ban Chỉ đạo**\n\n"
        "*1.2.\nỦy ban nhân dân các phường, xã*\n\n- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.\n\nThời\n"
        "gian hoàn thành: Trước ngày 15/12/2025.\n\n"
        "*1.3.\nCác cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công\nThương, Văn hóa,\n"
        "Thể thao và Du lịch)*\n\n- Cử công chức chuyên môn phối hợp tham gia tổ công tác kiểm tra.\n\nThời\n"
        "gian thực hiện: Từ tháng 12/2025 đến khi kết thúc Tổng kiểm kê.\n"))
    pairs = [(a, t) for a, _, t in _pairs(res)]
    assert pairs == [("Ủy ban nhân dân cấp xã", "Thành lập Ban Chỉ đạo tổng kiể"),
                     ("Sở Xây dựng", "Cử công chức chuyên môn phối h"), ("Sở Công Thương", "Cử công chức chuyên môn phối h"),
                     ("Sở Văn hóa, Thể thao và Du lịch", "Cử công chức chuyên môn phối h")]
    assert res.assignments[0].deadline is not None and res.assignments[0].deadline.due == "2025-12-15"


def test_minister_items_of_a_cong_dien():
    # e01 (Công điện 234/CĐ-TTg): "Bộ trưởng Bộ X ..." items; a wrapped list of provinces is no task
    res = extract_text(_plan(
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
        "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\n"
        "a) Tổ chức xây dựng kế hoạch cụ thể, phát động chiến dịch.\n"
        "2. Bộ trưởng Bộ Xây dựng chỉ đạo Sở Xây dựng các địa phương khẩn trương nghiên cứu thiết kế mẫu nhà.\n"))
    assert [s.kinds for s in res.sections] == [["assignments"], ["assignments"]]
    texts = [t for _, _, t in _pairs(res)]
    assert not any(t.startswith("Đắk Lắk") for t in texts)
    assert ("Bộ Xây dựng", "responsible", "chỉ đạo Sở Xây dựng các địa ph") in _pairs(res)


def test_group_name_with_truc_thuoc_and_intro_role():
    # e03 (Bộ VHTTDL 4385/QĐ-BVHTTDL): "2. Các cơ quan trực thuộc Bộ ..." over a paragraph; "Chủ trì ...:" intro
    res = extract_text(_plan(
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch\n\n"
        "Chủ trì, phối hợp với các Bộ, ngành liên quan triển khai các dự án thuộc phạm vi quản lý.\n\n"
        "2. Sở Văn hóa, Thể thao và Du lịch tỉnh, thành phố trực thuộc Trung ương\n\n"
        "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh:\n\n"
        "*a) *Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương.\n"))
    pairs = _pairs(res)
    assert ("Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch", "lead", "Chủ trì, phối hợp với các Bộ, ") in pairs
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead", "Tổ chức thực hiện quản lý nhà ") in pairs
    assert not any(t.startswith("thành phố") for _, _, t in pairs)


def test_responsibility_heading_names_a_kind_of_body():
    # e02: "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:", "1.6. Trách nhiệm của các cơ quan quản lý cấp trên (...):"
    res = extract_text(_plan(
        "IV. NHIỆM VỤ CỤ THỂ\n\n1. Nhiệm vụ cụ thể\n\n1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:\n\n"
        "- Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định.\n\n"
        "1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu của doanh nghiệp):\n\n"
        "- Tổng hợp kết quả kiểm kê của các đơn vị cấp dưới.\n"))
    assert [(a, t) for a, _, t in _pairs(res)] == [
        ("Các đối tượng thực hiện kiểm kê", "Thành lập Tổ kiểm kê do Thủ tr"),
        ("Các cơ quan quản lý cấp trên", "Tổng hợp kết quả kiểm kê của c")]
