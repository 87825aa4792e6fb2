import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Cần Thơ city's communication plan: a long "Căn cứ" list (two documents amending earlier ones), then agency headings
# under "V. TỔ CHỨC THỰC HIỆN" ("1. Sở ...", "4. Đề nghị Ủy ban Mặt trận ... và các Đoàn thể") with "- " bullets.
# Annotated before the extractor ran on it. Run from samples/annotated/holdout.
stem = "h07_cantho-159-kh-ubnd-2025-truyen-thong-giam-ngheo"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "159/KH-UBND", "issuer": "Ủy ban nhân dân thành phố Cần Thơ", "province": "Cần Thơ",
              "issued_date": "2025-11-19", "title": d.text(22, 23), "signer": "Trần Chí Hùng"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN", ["roadmap"])
d.S("III", "NỘI DUNG, HÌNH THỨC", ["tasks"])
d.S("IV", "KINH PHÍ THỰC HIỆN", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
NN, XA = "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"
MT, DT = "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Các tổ chức chính trị - xã hội thành phố"
SBN = "Các sở, ban, ngành thành phố"
# II.3 "Từ nay đến hết năm 2025": a year, no agency
d.D("Từ nay đến hết năm 2025", "2025-12-31", optional=True)
d.A([NN], d.text(202, 203), role="lead", section="V.1")
d.A([NN], d.text(205, 206), section="V.1")
d.A([NN], d.text(208, 210), section="V.1")
# "Căn cứ chức năng, nhiệm vụ, phối hợp với ...": the first verb is "phối hợp"; the partners are a vague group
d.A(["Sở Tài chính"], d.text(214, 216), role="support", section="V.2")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(221, 225), section="V.3")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(227, 228), section="V.3")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(230, 232), section="V.3")
d.A([MT, DT], d.text(237, 239), requested=True, section="V.4")
d.A([MT, DT], d.text(241, 245), requested=True, section="V.4")
d.A([MT, DT], d.text(247, 249), requested=True, section="V.4")
d.A([SBN], d.text(254, 257), section="V.5")
d.A([SBN], d.text(259, 261), section="V.5")
# "lồng ghép ... trong báo cáo công tác giảm nghèo hàng năm": the yearly report is the vehicle, not a stated limit
d.A([SBN], d.text(263, 265), section="V.5",
    deadline=d.D("báo cáo công tác giảm nghèo hàng năm", rec="FREQ=YEARLY", agencies=[SBN], optional=True))
d.A([XA], d.text(269, 272), section="V.6")
d.A([XA], d.text(274, 276), section="V.6")
d.A([XA], d.text(278, 280), section="V.6")
d.A([XA], d.text(282, 284), section="V.6")
# closing request to report difficulties: optional
d.A(["Các cơ quan, đơn vị"], d.text(289, 291, start="kịp thời").rstrip("/."), requested=True, optional=True)
B, LD, TC = "Bộ trưởng Bộ Thông tin và Truyền thông", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Bộ trưởng Bộ Tài chính"
CT = "Ủy ban nhân dân thành phố Cần Thơ"
d.C("06/2022/TT-BTTTT", "TT", "2022-06-30", B, d.text(27, 28, start="hướng dẫn").rstrip(";"), "basis")
d.C("01/2025/TT-BTTTT", "TT", "2025-02-18", B, d.text(32, 35, start="sửa đổi").rstrip(";"), "basis")
d.C("55/2023/TT-BTC", "TT", "2023-08-15", TC, d.text(38, 40, start="quy định").rstrip(";"), "basis")
d.C("75/2024/TT-BTC", "TT", "2024-10-31", TC, d.text(43, 47, start="sửa đổi").rstrip(";"), "basis")
d.C("650/QĐ-LĐTBXH", "QĐ", "2022-07-21", LD, d.text(52, 54, start="phê duyệt").rstrip(");"), "basis")
# named inside the parenthesis that describes 650/QĐ-LĐTBXH
d.C("128/QĐ-LĐTBXH", "QĐ", "2023-03-17", LD, None, "cites")
d.C("206/NQ-HĐND", "NQ", "2025-10-03", "Hội đồng nhân dân thành phố Cần Thơ", d.text(57, 59, start="về việc", end="năm 2025"), "basis")
d.C("77/KH-UBND", "KH", "2025-09-17", CT, d.text(60, 62, start="Thực hiện").rstrip(";"), "basis")
d.C("2140/QĐ-UBND", "QĐ", "2025-10-31", CT, d.text(65, 67, start="về việc").rstrip(";"), "basis")
d.C("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "CTr", None, None,
    "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "cites", optional=True)
d.C("Dự án Truyền thông và giảm nghèo về thông tin", "DA", None, None, "Truyền thông và giảm nghèo về thông tin", "cites",
    optional=True)
d.save(f"gold/{stem}.json")
