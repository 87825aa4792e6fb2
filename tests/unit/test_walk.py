"""Section tree shapes and the assignment walk on real snippets (dev set, portal corpus)."""
from __future__ import annotations

from extractor.pipeline import extract_text


def _plan(body: str, kind: str = "KẾ HOẠCH") -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 193/UBND-KT\nLào Cai, ngày 10 tháng 01 năm 2026\n" + kind + "\nVề việc tăng cường quản lý\n\n"
        + body + "\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhan Trung Bá\n"
    )


def _pairs(res) -> list[tuple[str, str]]:
    return [(a, x.text[:40]) for x in res.assignments for a in x.agencies]


def test_lone_heading_label_joins_its_wrapped_text():
    # d04/d12: "**I.\nĐÁNH GIÁ ...**" and "**1.\nSở Công Thương:**"
    res = extract_text(_plan(
        "**I.\nĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI**\n\n- Mưa lớn gây ngập sâu.\n\n**II.\nPHÂN CÔNG NHIỆM VỤ**\n\n"
        "**1.\nSở Công Thương:**\n\n- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ.\n"))
    assert [(s.label, s.kinds) for s in res.sections] == [("I", []), ("II", ["assignments"])]
    assert [(a, t) for a, t in _pairs(res)] == [("Sở Công Thương", "Chủ trì điều phối toàn bộ nguồn hàng hỗ ")]
    assert res.assignments[0].role == "lead"


def test_repeated_roman_label_is_a_section():
    res = extract_text(_plan("IV. KINH PHÍ\n\n1. Ngân sách tỉnh.\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế:\n\n- Tổ chức khám bệnh.\n"))
    assert [(s.label, s.kinds) for s in res.sections] == [("IV", ["funding"]), ("IV", ["assignments"])]


def test_directive_numbered_sections_take_kinds_from_content():
    # d13/d14: a Công văn whose top level is "1.", "2." agency items, a task sentence and "Tổ chức thực hiện"
    res = extract_text(_plan(
        "Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện một số nhiệm vụ sau:\n"
        "1. Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất nhằm tối ưu hoá việc sử dụng nguồn nước.\n"
        "2. Sở Công Thương\na) Rà soát các quy định hiện hành về quản lý vật liệu nổ.\n"
        "3. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh\na) Phối hợp với Sở Ngoại vụ quản lý chặt chẽ.\n"
        "4. Tổ chức thực hiện\nGiao Sở Xây dựng chủ trì theo dõi, tổng hợp.\n", kind="CÔNG VĂN"))
    assert [(s.label, s.kinds) for s in res.sections] == [
        ("1", ["tasks"]), ("2", ["assignments"]), ("3", ["assignments"]), ("4", ["implementation"])]
    agencies = [a for x in res.assignments for a in x.agencies]
    assert "Sở Công Thương" in agencies and "Bộ Chỉ huy Quân sự tỉnh" in agencies
    assert "Ban Chỉ huy Bộ đội Biên phòng tỉnh" in agencies and "Sở Xây dựng" in agencies


def test_hard_wrapped_lines_stay_one_task():
    # d13: "... các loại Giấy phép,\nGiấy chứng nhận ..."; "... trái phép\nVLNCN, TCTN ..."
    res = extract_text(_plan(
        "III. PHÂN CÔNG NHIỆM VỤ\n1. Sở Công Thương\n"
        "c) Nâng cao chất lượng thẩm định, hậu kiểm đối với các loại Giấy phép,\n"
        "Giấy chứng nhận liên quan đến VLNCN, TCTN; đồng thời kiểm tra, giám sát.\n"
        "d) Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ\nAn, VNPT Nghệ An) để xây dựng lộ trình.\n"))
    assert len(res.assignments) == 2
    assert res.assignments[0].text.endswith("kiểm tra, giám sát.")
    assert "VNPT Nghệ An" in res.assignments[1].text


def test_subject_after_a_leading_clause_and_heads_titles():
    # d09: "5. Trong quá trình ..., nếu có khó khăn, vướng mắc, các sở, ban, ngành ... kịp thời phản ánh"
    # d14: "Thủ trưởng các sở, ...; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu ... chịu trách nhiệm"
    res = extract_text(_plan(
        "IV. TỔ CHỨC THỰC HIỆN\n1. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, Sở Y tế "
        "kịp thời phản ánh về Ủy ban nhân dân tỉnh.\n"
        "2. Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu các cơ "
        "quan, đơn vị có liên quan chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên.\n"))
    first = res.assignments[0]
    assert first.agencies == ["Sở Y tế"] and first.text.startswith("Trong quá trình")
    assert "Ủy ban nhân dân cấp xã" in res.assignments[1].agencies


def test_group_heading_and_listed_unregistered_bodies():
    # d11: "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm:"; d07: "6. Đề nghị: Hiệp hội ..., Hội ..."
    res = extract_text(_plan(
        "III. PHÂN CÔNG NHIỆM VỤ\n1. Các đơn vị cấp nước sạch trên địa bàn tỉnh có trách nhiệm:\n"
        "a) Tiếp tục đầu tư mạng lưới cấp nước.\n"
        "2. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\na) Tuyên truyền, vận động hội viên.\n"))
    assert res.assignments[0].agencies == ["Các đơn vị cấp nước sạch"]
    second = res.assignments[1]
    assert second.agencies == ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh"] and second.requested


def test_qualified_group_and_issuer_request():
    # d01: "3. Các cơ quan được phân công chủ trì ... có trách nhiệm ..."; 541cde (portal): "Chủ tịch UBND tỉnh yêu cầu X ..."
    res = extract_text(_plan(
        "IV. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm "
        "lập kế hoạch, dự toán kinh phí.\n"
        "2. Chủ tịch UBND tỉnh yêu cầu Sở Y tế tổ chức quán triệt, triển khai Kế hoạch này.\n"))
    first, second = res.assignments
    assert first.agencies == ["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này"]
    assert first.text.startswith("có trách nhiệm lập kế hoạch")
    assert second.agencies == ["Sở Y tế"] and second.text.startswith("tổ chức quán triệt")
