"""Plan forms no seed has: province names after agencies, person titles, "Để triển khai ..." openings,
all-caps signers, plans numbered without Roman sections, titles followed by "(Ban hành kèm theo ...)"."""
from __future__ import annotations

HEAD = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n"


def test_province_name_after_an_agency(extractor):
    r = extractor.extract(HEAD + "III. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế tỉnh Thái Bình chủ trì, phối hợp với Công an tỉnh Thái Bình tổ chức.\n")
    a = r.assignments[0]
    assert (a.agencies, a.role, a.partners, a.text) == (["Sở Y tế"], "lead", ["Công an tỉnh"], "chủ trì, phối hợp với Công an tỉnh Thái Bình tổ chức.")


def test_person_title_heading_names_the_body(extractor):
    r = extractor.extract(HEAD + "III. TỔ CHỨC THỰC HIỆN\n1. Giám đốc Công an tỉnh\n- Chỉ đạo lực lượng tuần tra.\n"
                                 "- Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh.\n")
    assert [(a.agencies, a.text[:20]) for a in r.assignments] == [
        (["Công an tỉnh"], "Chỉ đạo lực lượng tu"), (["Công an tỉnh"], "Chủ tịch UBND các xã")]


def test_de_trien_khai_opening_is_a_basis(extractor):
    r = extractor.extract(HEAD + "Để triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 01/3/2026 của Thủ tướng Chính phủ, "
                                 "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert [(c.key, c.relation) for c in r.citations] == [("05/CT-TTg", "basis")]
    assert r.metadata.issuer == "Ủy ban nhân dân tỉnh"


def test_all_caps_signer(extractor):
    r = extractor.extract(HEAD + "I. MỤC ĐÍCH\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN AN\n")
    assert r.metadata.signer == "Nguyễn Văn An"
    assert r.metadata.signing.position == "PHÓ CHỦ TỊCH"


def test_plan_numbered_without_roman_sections(extractor):
    r = extractor.extract(HEAD + "1. Mục đích\nBảo đảm an toàn.\n2. Tổ chức thực hiện\n"
                                 "- Trung tâm Phòng chống thiên tai tỉnh: Trực ban 24/24 giờ.\n")
    assert [(s.label, s.kinds) for s in r.sections] == [("1", ["purpose"]), ("2", ["implementation"])]
    assert [(a.agencies, a.text) for a in r.assignments] == [(["Trung tâm Phòng chống thiên tai tỉnh"], "Trực ban 24/24 giờ.")]


def test_title_stops_before_the_attachment_note(extractor):
    r = extractor.extract("KẾ HOẠCH\nPHÒNG, CHỐNG THIÊN TAI NĂM 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/01/2026 "
                          "của UBND tỉnh)\nI. MỤC ĐÍCH\n")
    assert r.metadata.title == "PHÒNG, CHỐNG THIÊN TAI NĂM 2026"
    assert [c.key for c in r.citations] == ["12/QĐ-UBND"]


def test_unregistered_inline_agency_ends_at_its_verb(extractor):
    r = extractor.extract(HEAD + "III. PHÂN CÔNG NHIỆM VỤ\n1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức xét nghiệm cho người dân.\n"
                                 "2. Trường Cao đẳng Y tế tỉnh đào tạo nhân lực.\n")
    assert [(a.agencies, a.text) for a in r.assignments] == [
        (["Trung tâm Kiểm soát bệnh tật tỉnh"], "tổ chức xét nghiệm cho người dân."),
        (["Trường Cao đẳng Y tế tỉnh"], "đào tạo nhân lực."),
    ]
