import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h01_hatinh-624-kh-ubnd-2025"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "624/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh", "province": "Hà Tĩnh",
              "issued_date": "2025-11-19", "title": d.text(22, 24), "signer": "Nguyễn Thị Nguyệt"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "MỤC TIÊU", ["objectives"])
d.S("III", "NHIỆM VỤ, GIẢI PHÁP", ["tasks"])
d.S("IV", "KINH PHÍ THỰC HIỆN", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
GD, NV, YT, TC = "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Y tế", "Sở Tài chính"
VH, XD, NN = "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường"
MT, XA = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân cấp xã"
# year-only targets (optional)
d.D("giai đoạn 2025 - 2035", "2035-12-31", optional=True)
d.D("định hướng đến năm 2045", "2045-12-31", optional=True)
# V.1 Sở Giáo dục và Đào tạo
d.A([GD], d.text(315, 319), role="lead", section="V.1")
d.A([GD], d.text(321, 326), section="V.1")
d.A([GD], d.text(328, 331), section="V.1")
d.A([GD], d.text(333, 335), section="V.1")
d.A([GD], d.text(337, 339), section="V.1")
# V.2 Sở Nội vụ
d.A([NV], d.text(343, 346), role="support", partners=[GD], section="V.2")
d.A([NV], d.text(348, 351), role="support", partners=[GD], section="V.2")
d.A([NV], d.text(353, 356), role="support", section="V.2")
d.A([YT], d.text(360, 363), role="support", partners=[GD], section="V.3")
d.A([TC], d.text(368, 371), role="lead", partners=[GD], section="V.4")
d.A([VH], d.text(376, 382), role="support", partners=[GD], section="V.5")
d.A([XD], d.text(386, 392), section="V.6")
d.A([XD], d.text(394, 400), role="lead", section="V.6")
d.A([NN], d.text(405, 406), section="V.7")
d.A(["Các sở, ban, ngành tỉnh"], d.text(408, 410, start="trong phạm vi"), section="V.8")
# V.9 Đề nghị Ủy ban MTTQ Việt Nam tỉnh
d.A([MT], d.text(415, 418), requested=True, section="V.9")
d.A([MT], d.text(420, 422), requested=True, section="V.9")
d.A([MT], d.text(424, 428), requested=True, section="V.9")
d.A([MT], d.text(430, 434), requested=True, section="V.9")
d.A([MT], d.text(436, 442), role="lead", requested=True, section="V.9")
# V.10 Ủy ban nhân dân các xã, phường
d.A([XA], d.text(447, 449), section="V.10")
d.A([XA], d.text(451, 456), section="V.10")
d.A([XA], d.text(458, 463), section="V.10")
d.A([XA], d.text(465, 467), section="V.10")
d.A([XA], d.text(469, 471), section="V.10")
d.A([XA], d.text(473, 476), section="V.10",
    deadline=d.D("Hằng năm, tổ chức kiểm tra, đánh giá", rec="FREQ=YEARLY", agencies=[XA], optional=True))
d.A(["Các sở, ban, ngành tỉnh", XA], d.text(478, 482, start="theo chức năng").rstrip("/."), optional=True)
# citations
d.C("2270/QĐ-TTg", "QĐ", "2025-10-14", "Thủ tướng Chính phủ",
    "phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025-2035, định hướng đến năm 2045”", "basis")
d.C("Chương trình Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp", "CTr", None, None,
    "Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025-2035, định hướng đến năm 2045", "basis", optional=True)
d.C("145/2020/NĐ-CP", "NĐ", "2020-12-14", "Chính phủ", None, "cites")
d.C("338/QĐ-TTg", "QĐ", "2023-04-03", "Thủ tướng Chính phủ",
    "phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030”", "cites")
d.C("1729/QĐ-TTg", "QĐ", "2020-11-04", "Thủ tướng Chính phủ", None, "cites")
d.C("655/QĐ-TTg", "QĐ", "2017-05-12", "Thủ tướng Chính phủ",
    "phê duyệt Đề án Đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất", "cites")
d.C("Luật Giáo dục 2019", "Luật", None, None, "Luật Giáo dục", "cites", alt=["43/2019/QH14", "Luật Giáo dục"])
d.C("Luật Ngân sách nhà nước", "Luật", None, None, "Luật Ngân sách nhà nước", "cites")
d.C("Luật Đầu tư công", "Luật", None, None, "Luật Đầu tư công", "cites")
d.save(f"gold/{stem}.json")
