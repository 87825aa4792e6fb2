"""People's Council resolutions (Nghị quyết HĐND) of Hà Nội and Huế: samples/annotated/extra e56-e58."""
from tests.annotated import extra_doc, find_task


def test_amending_laws_of_one_name_are_two_documents():
    # "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13" and "... số 51/2024/QH15"
    res = extra_doc("e58_")
    keys = {c.key: c for c in res.citations}
    assert "46/2014/QH13" in keys and "51/2024/QH15" in keys
    assert keys["51/2024/QH15"].relation == "basis"
    assert "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế" in keys["46/2014/QH13"].alt_keys


def test_period_of_force_is_no_deadline():
    # "Nghị quyết này có hiệu lực thi hành kể từ ngày 18 tháng 11 năm 2025 đến ngày 31 tháng 12 năm 2025."
    res = extra_doc("e58_")
    assert not any(d.due == "2025-12-31" for d in res.deadlines)


def test_supervisors_with_a_bare_to_dai_bieu():
    # "Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu và các đại biểu ..."
    res = extra_doc("e58_")
    t = find_task(res, "Các Tổ đại biểu Hội đồng nhân dân thành phố", "trong phạm vi")
    assert "Thường trực Hội đồng nhân dân thành phố" in t.agencies
    assert "Đại biểu Hội đồng nhân dân thành phố" in t.agencies


def test_title_wrapped_after_qua_goes_on():
    # "... ỦY THÁC QUA" / "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI": the bank is the title's, not
    # the authority line
    res = extra_doc("e57_")
    assert res.metadata.title.endswith("ỦY THÁC QUA NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI")
