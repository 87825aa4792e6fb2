import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A Prime Minister's decision (Quyết định) whose Điều 1 approves a scheme (Đề án) and states it in full (I.–V.), with
# lettered tasks under ministry headings in "V. TỔ CHỨC THỰC HIỆN" and an appendix task table (Cơ quan chủ trì / Cơ
# quan phối hợp / Thời gian triển khai) after the signature. Annotated before the extractor was run on it.
stem = "e20_ttg-2597-qd-2025-de-an-chuyen-doi-so-ha-tang"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "2597/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-27", "title": d.text(21, 23), "signer": "Trần Hồng Hà"}
d.S("I", "QUAN ĐIỂM", [])
d.S("II", "MỤC TIÊU", ["objectives"])
d.S("III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", ["tasks"])
d.S("IV", "KINH PHÍ THỰC HIỆN ĐỀ ÁN", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
XD, KH, TC, NN = "Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"
UBT, BO = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
d.D("Đến năm 2026", "2026-12-31", agencies=[], optional=True)
d.D("Đến năm 2030", "2030-12-31", agencies=[], optional=True)
d.D("Tầm nhìn đến năm 2035", "2035-12-31", agencies=[], optional=True)
d.A([BO, UBT], "chịu trách nhiệm thi hành Quyết định này.", section="Điều 3", optional=True)
# V.1 Bộ Xây dựng
d.A([XD], d.text(412, 418), role="lead", partners=[UBT], section="V.1")
d.A([XD], d.text(420, 421), section="V.1")
d.A([XD], d.text(423, 426), role="lead", section="V.1")
d.A([XD], d.text(428, 430), role="lead", section="V.1")
d.A([XD], d.text(432, 435, start="Trong"), section="V.1")
d.A([KH], d.text(439, 441), section="V.2")
d.A([KH], d.text(443, 445), role="support", partners=[XD], section="V.2")
d.A([TC], d.text(449, 452), role="lead", partners=[XD], section="V.3")
d.A([TC], d.text(454, 456), role="lead", partners=[XD], section="V.3")
d.A([BO], d.text(460, 463), role="support", partners=[XD], section="V.4")
d.A([UBT], d.text(467, 471), section="V.5")
d.A([UBT], d.text(473, 476), section="V.5")
d.A([UBT], d.text(478, 480), role="lead", partners=[XD], section="V.5")
# appendix table: each row a lead task of the chủ trì column; partners from the phối hợp column (vague groups and
# "các địa phương" as a partner left out); its years are year-only deadlines (optional)
def row(lead, a, b, partners, section, years, end):
    dl = d.D(years, end, agencies=lead, optional=True)
    d.A(lead, d.text(a, b), role="lead", partners=partners, section=section, deadline=dl)
row([XD], 547, 550, [], "PL.I.1", "2026", "2026-12-31")
row([XD], 565, 567, [], "PL.I.2", "2026", "2026-12-31")
row([XD], 582, 586, [KH], "PL.I.3", "2026-2027", "2027-12-31")
row([XD], 601, 604, [], "PL.I.4", "2026-2027", "2027-12-31")
row([KH], 619, 622, [XD], "PL.I.5", "2026-2027", "2027-12-31")
row([XD], 650, 653, [KH], "PL.II.1", "2026", "2026-12-31")
row([XD], 668, 669, [KH], "PL.II.2", "2026", "2026-12-31")
row([XD], 684, 687, [], "PL.II.3", "2026-2027", "2027-12-31")
row([XD], 702, 704, [NN], "PL.II.4", "2026", "2026-12-31")
row([XD, UBT], 733, 735, [], "PL.III.1", "2026-2030", "2030-12-31")
row([XD], 751, 753, [], "PL.III.2", "2026-2030", "2030-12-31")
row([XD], 768, 772, [TC, NN], "PL.III.3", "2026-2027", "2027-12-31")
row([XD], 788, 793, [], "PL.III.4", "2026-2030", "2030-12-31")
row([XD], 808, 812, [KH, "Các doanh nghiệp viễn thông"], "PL.III.5", "2026-2030", "2030-12-31")
row([XD], 827, 830, [], "PL.III.6", "2026-2028", "2028-12-31")
row([XD], 859, 860, [], "PL.IV.1", "2026-2030", "2030-12-31")
row([XD], 873, 874, [], "PL.IV.2", "2026-2030", "2030-12-31")
row([XD], 888, 889, [], "PL.IV.3", "2026-2028", "2028-12-31")
row([XD, UBT], 918, 922, [], "PL.V.1", "2026-2030", "2030-12-31")
row([XD], 952, 955, [KH], "PL.VI.1", "2026-2030", "2030-12-31")
row([XD, UBT], 970, 972, [], "PL.VI.2", "2026-2030", "2030-12-31")
row([XD], 988, 990, [KH], "PL.VI.3", "2026-2030", "2030-12-31")
row([XD], 1018, 1021, [], "PL.VII.1", "2026-2028", "2028-12-31")
row([XD], 1036, 1037, [], "PL.VII.2", "2026-2030", "2030-12-31")
row([TC], 1052, 1054, [XD], "PL.VII.3", "2026-2030", "2030-12-31")
# citations
B = "basis"
d.C("Luật Tổ chức Chính phủ 2025", "Luật", "2025-02-18", None, "Luật Tổ chức Chính phủ", B,
    alt=["63/2025/QH15", "Luật Tổ chức Chính phủ"])
d.C("Luật Công nghệ thông tin 2006", "Luật", "2006-06-29", None, "Luật Công nghệ thông tin", B,
    alt=["67/2006/QH11", "Luật Công nghệ thông tin"])
d.C("Luật Dữ liệu 2024", "Luật", "2024-11-30", None, "Luật Dữ liệu", B, alt=["60/2024/QH15", "Luật Dữ liệu"])
d.C("57-NQ/TW", "NQ", "2024-12-22", "Bộ Chính trị", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
    "chuyển đổi số quốc gia", B)
d.C("06-NQ/TW", "NQ", "2022-01-24", "Bộ Chính trị", "về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị "
    "Việt Nam", B)
d.C("52-NQ/TW", "NQ", "2019-09-27", "Bộ Chính trị", "về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư", B)
d.C("02-KH/BCĐTW", "KH", "2025-06-19", "Ban Chỉ đạo Trung ương", "về thúc đẩy chuyển đổi số liên thông, đồng bộ gắn "
    "với sắp xếp tổ chức bộ máy", B)
d.C("71/NQ-CP", "NQ", "2025-04-01", "Chính phủ", None, B)
d.C("749/QĐ-TTg", "QĐ", "2020-06-03", "Thủ tướng Chính phủ", "phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm "
    "2025, định hướng đến năm 2030”", B)
d.C("Luật An toàn thông tin mạng", "Luật", None, None, "Luật An toàn thông tin mạng", "cites",
    alt=["86/2015/QH13", "Luật An toàn thông tin mạng 2015"])
d.C("2597/QĐ-TTg", "QĐ", "2025-11-27", "Thủ tướng Chính phủ", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
