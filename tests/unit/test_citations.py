"""find_citations(): citation forms, attributes, merging of short mentions, basis vs cites."""
from __future__ import annotations

import pytest

from extractor.citations import CitationGrammar, find_citations
from extractor.vntext import fold


@pytest.fixture(scope="module")
def grammar(lexicon):
    return CitationGrammar(lexicon)


def cites(text, grammar, basis=None):
    return find_citations(text, fold(text), grammar, basis or [])


# (text, key, doc_type, issuer, date)
FORMS = [
    ("Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường", "36-CT/TW", "CT", "Bộ Chính trị", "2019-08-16"),
    ("theo Chỉ thị số 25/CT-TTg ngày 05/6/2017 của Thủ tướng Chính phủ", "25/CT-TTg", "CT", "Thủ tướng Chính phủ", "2017-06-05"),
    ("Kết luận số 132- KL/TW ngày 18/3/2025 của Bộ Chính trị", "132-KL/TW", "KL", "Bộ Chính trị", "2025-03-18"),
    ("Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội", "163/2024/QH15", "NQ", "Quốc hội", "2024-11-27"),
    ("Công văn số 3524/BCA-C04 ngày 06/8/2025 của Bộ Công an về việc", "3524/BCA-C04", "CV", "Bộ Công an", "2025-08-06"),
    ("Quyết định số 424/QĐ-TTg của Thủ tướng Chính phủ ngày 07/4/2017 về", "424/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "2017-04-07"),
    ("Quyết định số 2596/QĐ-TTg ngày 27 tháng 12 năm 2013 của Thủ tướng Chính phủ", "2596/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "2013-12-27"),
    ("Chỉ thị số 36-CT/TW ngày 16-8-2019 của Bộ Chính trị khóa XII về", "36-CT/TW", "CT", "Bộ Chính trị khóa XII", "2019-08-16"),
    ("Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", "18-NQ/TW", "NQ",
     "Ban Chấp hành Trung ương Đảng khóa XII", "2017-10-25"),
    ("Quyết định số 924/QĐ-UBND ngày 24/6/2019 của UBND tỉnh Đắk Nông.", "924/QĐ-UBND", "QĐ", "UBND tỉnh Đắk Nông", "2019-06-24"),
    ("Nghị quyết số 432/2023/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh quy định", "432/2023/NQ-HĐND", "NQ",
     "Hội đồng nhân dân tỉnh", "2023-12-07"),
    ("Chương trình hành động số 54-CTr/TU ngày 06-02-2020 của Ban Thường vụ Tỉnh ủy", "54-CTr/TU", "CTr", "Ban Thường vụ Tỉnh ủy", "2020-02-06"),
    ("Thông báo kết luận số 43/TB-VPCP ngày 25/01/2017", "43/TB-VPCP", "TB", "Văn phòng Chính phủ", "2017-01-25"),
    ("Kế hoạch số 245/KH-UBQG-BCA ngày 18/8/2017 của Ủy ban quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm về",
     "245/KH-UBQG-BCA", "KH", "Ủy ban quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm", "2017-08-18"),
    ("Nghị quyết liên tịch số 03/2010/NQLT giữa Bộ Công an và Trung ương Đoàn TNCS Hồ Chí Minh về “Phối hợp”", "03/2010/NQLT",
     "NQLT", "Bộ Công an và Trung ương Đoàn TNCS Hồ Chí Minh", None),
    # forms no seed has
    ("Nghị định số 105/2021/NĐ-CP ngày 04/12/2021 của Chính phủ quy định chi tiết", "105/2021/NĐ-CP", "NĐ", "Chính phủ", "2021-12-04"),
    ("Thông tư số 26/2016/TT-BLĐTBXH ngày 26/9/2016 của Bộ Lao động - Thương binh và Xã hội", "26/2016/TT-BLĐTBXH", "TT",
     "Bộ Lao động - Thương binh và Xã hội", "2016-09-26"),
    ("Thông tư liên tịch số 10/2013/TTLT-BTP-BCA-TANDTC-VKSNDTC-BTC hướng dẫn", "10/2013/TTLT-BTP-BCA-TANDTC-VKSNDTC-BTC", "TTLT", None, None),
    ("Chỉ thị số: 35-CT/TW, ngày 30/5/2024 của Bộ Chính trị", "35-CT/TW", "CT", "Bộ Chính trị", "2024-05-30"),
    ("Kết luận số 45-KL/TW ngày 1.2.2019 của Ban Bí thư", "45-KL/TW", "KL", "Ban Bí thư", "2019-02-01"),
    ("Quyết định 1624/QĐ-TTg của Thủ tướng", "1624/QĐ-TTg", "QĐ", "Thủ tướng", None),
    ("NĐ 30/2020/NĐ-CP về công tác văn thư", "30/2020/NĐ-CP", "NĐ", "Chính phủ", None),
    ("Luật số 86/2025/QH15 sửa đổi", "86/2025/QH15", "Luật", "Quốc hội", None),
]


@pytest.mark.parametrize("text,key,doc_type,issuer,date", FORMS)
def test_citation_forms(text, key, doc_type, issuer, date, grammar):
    cs = cites(text, grammar)
    assert [c.key for c in cs] == [key]
    c = cs[0]
    assert c.doc_type == doc_type
    assert c.issuer == issuer
    assert c.date == date


LAWS = [
    # (text, key, date)
    ("theo quy định của Luật Phòng, chống ma túy, các văn bản chỉ đạo", "Luật Phòng, chống ma túy", None),
    ("(quy định tại các Điều 27, 30, 31 Luật Phòng, chống ma túy năm 2021)", "Luật Phòng, chống ma túy 2021", None),
    ("theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn", "Luật Ngân sách nhà nước", None),
    ("Luật ngân sách Nhà nước, Luật Đầu tư công và các quy định", "Luật ngân sách Nhà nước", None),
    ("thi hành Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân ngày 20 tháng 01 năm 2014.",
     "Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân 2014", "2014-01-20"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật Tổ chức chính quyền địa phương 2015", "2015-06-19"),
    ("xử lý theo Bộ luật Hình sự năm 2015", "Bộ luật Hình sự 2015", None),
]


@pytest.mark.parametrize("text,key,date", LAWS)
def test_laws_cited_by_name(text, key, date, grammar):
    cs = cites(text, grammar)
    assert cs[0].key == key
    assert cs[0].date == date


def test_pháp_luật_is_not_a_law(grammar):
    assert cites("tuyên truyền pháp luật về phòng, chống ma túy; Ngày Pháp luật Việt Nam", grammar) == []


def test_law_article_and_number(grammar):
    cs = cites("Việc áp dụng triển khai Điều 256a Luật số 86/2025/QH15 để xử lý", grammar)
    assert cs[0].articles == ["Điều 256a"]


def test_law_year_and_plain_mentions_merge(grammar):
    text = "theo Luật Phòng, chống ma túy và các văn bản; (các Điều 27, 30 Luật Phòng, chống ma túy năm 2021)"
    cs = cites(text, grammar)
    assert len(cs) == 1
    assert cs[0].key == "Luật Phòng, chống ma túy 2021"
    assert "Luật Phòng, chống ma túy" in cs[0].alt_keys
    assert "73/2021/QH14" in cs[0].alt_keys


def test_short_mentions_and_abbreviations_merge(grammar):
    text = ("Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ về việc ban hành Kế hoạch (viết tắt là "
            "Nghị quyết số 93/NQ-CP). Tuyên truyền Nghị quyết số 93/NQ-CP và Kết luận số 132-KL/TW, Kết luận số 132- KL/TW.")
    cs = cites(text, grammar)
    assert [c.key for c in cs] == ["93/NQ-CP", "132-KL/TW"]
    assert len(cs[0].mentions) == 3
    assert len(cs[1].mentions) == 2
    assert cs[0].date == "2025-04-16"


def test_alias_without_number(grammar):
    text = "Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị (sau đây gọi tắt là Chỉ thị 36). Quán triệt Chỉ thị 36 đến cơ sở."
    cs = cites(text, grammar)
    assert len(cs) == 1 and len(cs[0].mentions) == 2


BASIS = [
    # opening sentence, basis keys
    ("Thực hiện Chỉ thị số 25/CT-TTg ngày 05/6/2017 của Thủ tướng Chính phủ về tăng cường, Ủy ban nhân dân tỉnh ban hành", {"25/CT-TTg"}),
    ("Thực hiện Quyết định số 291/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực hiện Chỉ thị số "
     "36-CT/TW ngày 16-8-2019 của Bộ Chính trị về tăng cường; Chương trình hành động số 54-CTr/TU ngày 06-02-2020 của Ban "
     "Thường vụ Tỉnh ủy thực hiện Chỉ thị số 36-CT/TW, UBND tỉnh đề ra kế hoạch", {"291/QĐ-TTg", "54-CTr/TU"}),
    ("Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ về việc ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW "
     "ngày 18/3/2025 của Bộ Chính trị (viết tắt là Nghị quyết số 93/NQ-CP), Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ "
     "ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 (viết tắt là Nghị quyết số 50/NQ-CP) và Công văn số "
     "3524/BCA-C04 ngày 06/8/2025 của Bộ Công an về việc phối hợp", {"93/NQ-CP", "50/NQ-CP", "3524/BCA-C04"}),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 "
     "của Chính phủ về công tác văn thư và Thông tư số 01/2011/TT-BNV của Bộ Nội vụ", {"Luật Tổ chức chính quyền địa phương 2015",
                                                                                      "30/2020/NĐ-CP"}),
]


@pytest.mark.parametrize("text,basis", BASIS)
def test_basis_are_direct_objects_of_the_opening(text, basis, grammar):
    cs = cites(text, grammar, [(0, len(text))])
    assert {c.key for c in cs if c.relation == "basis"} == basis


def test_outside_the_opening_everything_cites(grammar):
    cs = cites("Tổ chức quán triệt Chỉ thị số 25/CT-TTg ngày 05/6/2017 của Thủ tướng Chính phủ", grammar)
    assert cs[0].relation == "cites"


def test_own_number_is_not_a_citation(grammar):
    text = "triển khai Kế hoạch số 53/KH-UBND của UBND tỉnh và Chỉ thị số 25/CT-TTg"
    cs = find_citations(text, fold(text), grammar, [], own_number="53/KH-UBND")
    assert [c.key for c in cs] == ["25/CT-TTg"]


@pytest.mark.parametrize("text", [
    "giai đoạn 2021-2025 và năm 2030",           # year ranges are not documents
    "ngày 05/6/2017 và 16-8-2019",               # dates are not documents
    "đạt tỷ lệ 28/104 xã, phường",               # ratios are not documents
    "Kế hoạch này và các văn bản",
])
def test_not_citations(text, grammar):
    assert cites(text, grammar) == []
