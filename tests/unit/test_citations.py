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


# ---------------------------------------------------------------- laws by name: the grammar of a name

NAMES = [
    # (text, keys): real snippets from the development set and the portal corpus
    ("Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật. Ủy ban",
     ["Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật"]),
    ("theo quy định Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ. Tại nơi tiến hành nổ mìn",
     ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]),
    ("theo quy định của Luật Ngân sách nhà nước, Luật Đầu tư công và các văn bản hướng dẫn thi hành",
     ["Luật Ngân sách nhà nước", "Luật Đầu tư công"]),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003;", ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 2003"]),
    ("Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;", ["Luật Hỗ trợ doanh nghiệp nhỏ và vừa 2017"]),
    ("được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo "
     "phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;",
     ["Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư "
      "và Luật Đấu thầu 2024"]),
    ("quy định tại khoản 1 Điều 19 Luật Bảo vệ môi trường và khoản 1 Điều 18 Nghị định số 08/2022/NĐ-CP",
     ["Luật Bảo vệ môi trường", "08/2022/NĐ-CP"]),
    ("Căn cứ Bộ Luật Dân sự; Căn cứ quy định tại Điều 44 Bộ luật Tố tụng hình sự 2015 như sau:",
     ["Bộ Luật Dân sự", "Bộ luật Tố tụng hình sự 2015"]),
]


@pytest.mark.parametrize("text,keys", NAMES)
def test_law_names(text, keys, grammar):
    assert [c.key for c in cites(text, grammar)] == keys


@pytest.mark.parametrize("text", [
    # "Luật" alone, the law of the plan's own subject, read in prose (d06)
    "Nâng cao nhận thức về Luật và trách nhiệm của các sở, ngành liên quan",
    "có liên quan đến Luật thuộc phạm vi, lĩnh vực, địa bàn quản lý nhà nước được phân công",
    "Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định pháp luật - Các nội dung hỗ trợ thị hành Luật bao gồm:",
    "góp phần đưa Luật vào cuộc sống hiệu quả",
    "Trình Quốc hội dự thảo Luật Tháng 12/2025",            # a draft, in a table
    "tốt nghiệp Trường Đại học Luật Hà Nội quyết định cử đi đào tạo",
    "Luật\nNghị định",                                     # table headers
])
def test_not_laws(text, grammar):
    assert cites(text, grammar) == []


def test_a_name_running_into_the_sentence_is_cut_back_to_the_name_used_alone(grammar):
    text = ("triển khai thi hành Luật Việc làm; tổ chức thi hành Luật Việc làm bảo đảm kịp thời, toàn diện, thống nhất, "
            "đồng bộ, hiệu lực, hiệu quả. Luật Di sản văn hóa, cơ quan chuyên môn; theo Luật Di sản văn hóa.")
    assert [c.key for c in cites(text, grammar)] == ["Luật Việc làm", "Luật Di sản văn hóa"]


# ---------------------------------------------------------------- numbers and lists

LISTS = [
    # Công điện list after "Các Công điện:", sharing the date of the next item and the issuer stated once (d04)
    ("Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ về tập trung ứng phó lũ; Các Công điện: số "
     "007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của "
     "UBND tỉnh về khẩn trương ứng phó",
     [("223/CĐ-TTg", "Thủ tướng Chính phủ", "2025-11-20"), ("007/CĐ-UBND", "UBND tỉnh", "2025-11-17"),
      ("008/CĐ-UBND", "UBND tỉnh", "2025-11-19"), ("009/CĐ-UBND", "UBND tỉnh", "2025-11-19"),
      ("010/CĐ-UBND", "UBND tỉnh", "2025-11-20")]),
    # "các Quyết định: số ...; số ... và số ..." (d02)
    ("phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 về việc quy hoạch hạ tầng; số 1569/QĐ-TTg ngày "
     "12/12/2024 về việc phê duyệt quy hoạch Thủ đô Hà\nNội thời kỳ 2021-2030 và số 1668/QĐ-TTg ngày 27/12/2024 về việc",
     [("36/QĐ-TTg", "Thủ tướng Chính phủ", "2024-01-11"), ("1569/QĐ-TTg", "Thủ tướng Chính phủ", "2024-12-12"),
      ("1668/QĐ-TTg", "Thủ tướng Chính phủ", "2024-12-27")]),
    # a stray space in the symbol, a qualifier before "số" (d02, d10, d09)
    ("về thực hiện Nghị quyết số 71/NQ -CP ngày 01/4/2025 của Chính phủ", [("71/NQ-CP", "Chính phủ", "2025-04-01")]),
    ("Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An",
     [("328-KH/TU", "Ban chấp hành Đảng bộ tỉnh Nghệ An", "2025-04-24")]),
    ("Thông tư số 92/2009/TT- BTC ngày 12/5/2009 và Thông tư số 85/2020/TT-BTC ngày 01/10/2020 của Bộ Tài chính",
     [("92/2009/TT-BTC", "Bộ Tài chính", "2009-05-12"), ("85/2020/TT-BTC", "Bộ Tài chính", "2020-10-01")]),
    ("theo văn bản số 5786/SNV-XDCQ&TCBC ngày 03/11/2025 của Sở Nội vụ", [("5786/SNV-XDCQ&TCBC", "Sở Nội vụ", "2025-11-03")]),
    ("theo quy định hiện hành và QCVN 01:2019/BCT của Bộ Công Thương.", [("QCVN01:2019/BCT", "Bộ Công Thương", None)]),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_numbers_and_lists(text, expected, grammar):
    assert [(c.key, c.issuer, c.date) for c in cites(text, grammar)] == expected


def test_a_described_issuer_keeps_its_full_name(grammar):
    text = ("Căn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới "
            "sáng tạo và chuyển đổi số tỉnh ban hành Chương trình công tác; Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của "
            "Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh ban hành")
    assert [c.issuer for c in cites(text, grammar)] == [
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh", "Ban Chỉ đạo Trung ương"]


# ---------------------------------------------------------------- basis in titles

def test_in_a_title_only_the_object_of_its_verb_is_basis(grammar):
    title = "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng"
    cs = find_citations(title, fold(title), grammar, [], title_spans=[(0, len(title))])
    assert [(c.key, c.relation) for c in cs] == [("1074/QĐ-BXD", "basis")]
    prose = ("VỀ VIỆC NÂNG CAO TRÁCH NHIỆM Thời gian qua, thực tiễn triển khai tổ chức thẩm định còn hạn chế, không đảm bảo "
             "quy định của Luật Đầu tư về việc lấy ý kiến thẩm định")
    cs = find_citations(prose, fold(prose), grammar, [], title_spans=[(0, len(prose))])
    assert [(c.key, c.relation) for c in cs] == [("Luật Đầu tư", "cites")]


def test_a_law_in_an_all_capitals_title(grammar):
    text = "TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ\nThực hiện theo Luật Việc làm; các văn bản."
    cs = find_citations(text, fold(text), grammar, [], title_spans=[(0, text.index("\n"))])
    assert [(c.key, c.relation) for c in cs] == [("Luật Việc làm", "basis")]


# ---------------------------------------------------------------- what the stage reads (pipeline)

PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 310/KH-UBND
Hà Nội, ngày 24 tháng 11 năm 2025

KẾ HOẠCH
PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO

Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học; Quyết
định số 1132/QĐ-TTg ngày 09/10/2024 của Thủ tướng Chính phủ về việc phê duyệt
Chiến lược hạ tầng số đến năm 2030; Quyết định số
1569/QĐ-TTg ngày 12/12/2024 của Thủ tướng Chính phủ về việc phê duyệt Quy hoạch
Thủ đô Hà Nội thời kỳ 2021-2030; Kế hoạch số 139/KH-UBND ngày 16/5/2025
của UBND Thành phố về thực hiện Nghị quyết số 71/NQ -CP ngày 01/4/2025 của
Chính phủ. UBND thành phố Hà Nội ban hành Kế hoạch thực hiện Quyết định số 200/QĐ-TTg như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền Nghị quyết số 57-NQ/TW.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Việt Dũng

PHỤ LỤC
(Kèm theo Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND Thành phố)
Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 92/2009/TT-BTC ngày 12/5/2009 của Bộ Tài chính

Văn bản liên quan
Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân
"""


def test_opening_over_hard_wraps_appendix_and_portal_text():
    from extractor.pipeline import extract_text

    cs = {c.key: c.relation for c in extract_text(PLAN).citations}
    assert cs == {"57-NQ/TW": "basis", "1132/QĐ-TTg": "basis", "1569/QĐ-TTg": "basis", "139/KH-UBND": "basis",
                  "71/NQ-CP": "cites", "200/QĐ-TTg": "cites", "92/2009/TT-BTC": "cites"}


MORE_LISTS = [
    # issuers stated before their documents; a generic "văn bản" takes the symbol's type (e01)
    ("Căn cứ chỉ đạo của Tổng Bí thư Tô Lâm, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư "
     "tại văn bản số 213-KL/TW ngày 21/11/2025, Nghị quyết 380/NQ-CP ngày 25/11/2025 của Chính phủ và chỉ đạo của Thủ tướng",
     [("99-TB/TW", "TB", "Bộ Chính trị", "basis"), ("213-KL/TW", "KL", "Ban Bí thư", "basis"),
      ("380/NQ-CP", "NQ", "Chính phủ", "basis")]),
    # a parenthesised list after a plural head, with a nested mention between its items (e03)
    ("Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số 37/2019/NĐ-CP ngày "
     "07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP và số "
     "22/2025/NĐ-CP ngày 11/02/2025 sửa đổi);",
     [("Luật Quy hoạch", "Luật", None, "cites"), ("37/2019/NĐ-CP", "NĐ", "Chính phủ", "basis"),
      ("58/2023/NĐ-CP", "NĐ", "Chính phủ", "basis"), ("22/2025/NĐ-CP", "NĐ", "Chính phủ", "basis")]),
    ("Căn cứ Quyết định số 991/QĐ-TTg ngày 16/9/2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch; các Quyết định của Bộ "
     "trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt điều chỉnh Quy hoạch (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số "
     "2657/QĐ-BVHTTDL ngày 29/7/2025); Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 368/TTr-STC;",
     [("991/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "basis"), ("1226/QĐ-BVHTTDL", "QĐ", "Bộ Văn hóa, Thể thao và Du lịch", "basis"),
      ("2657/QĐ-BVHTTDL", "QĐ", "Bộ Văn hóa, Thể thao và Du lịch", "basis"), ("368/TTr-STC", "TTr", "Giám đốc Sở Tài chính", "cites")]),
]


@pytest.mark.parametrize("text,expected", MORE_LISTS)
def test_lists_in_openings(text, expected, grammar):
    assert [(c.key, c.doc_type, c.issuer, c.relation) for c in cites(text, grammar, [(0, len(text))])] == expected


def test_amending_law_of_several_laws_by_count(grammar):
    text = "Căn cứ Luật Quy hoạch ngày 24/11/2017; Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20/11/2018;"
    assert [(c.key, c.date) for c in cites(text, grammar)] == [
        ("Luật Quy hoạch 2017", "2017-11-24"),
        ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch 2018", "2018-11-20")]


def test_issuer_of_a_task_force_of_a_steering_committee(grammar):
    text = ("Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công "
            "nghệ, đổi mới sáng tạo và chuyển đổi số thông báo kết luận cuộc họp")
    assert cites(text, grammar)[0].issuer == ("Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
                                              "mới sáng tạo và chuyển đổi số")
