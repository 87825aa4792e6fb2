import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Committee's decision (Quyết định) issuing an attached plan (Kế hoạch) whose "IV. TỔ CHỨC THỰC HIỆN"
# has bold agency headings ("1. Sở Tài chính (cơ quan chủ trì)", "2. Sở X, Sở Y" over "Sở X chủ trì, phối hợp với
# Sở Y ...") and an appendix task table (Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian dự kiến hoàn
# thành) with rows continued under one number. Annotated before the extractor was run on it.
stem = "e18_hcm-2820-qd-ubnd-2025-du-lieu-quy-hoach"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "2820/QĐ-UBND", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
              "province": "Hồ Chí Minh", "issued_date": "2025-11-19", "title": d.text(23, 25),
              "signer": "Nguyễn Lộc Hà"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "NỘI DUNG THỰC HIỆN", ["tasks"])
d.S("III", "NHIỆM VỤ TRỌNG TÂM", ["tasks"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
TC, KH, NV, NN = "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Nông nghiệp và Môi trường"
CA, BTL, CDS = "Công an thành phố", "Bộ Tư lệnh thành phố", "Trung tâm Chuyển đổi số thành phố"
VIEN = "Viện Nghiên cứu phát triển thành phố"
XA, SN = "Ủy ban nhân dân cấp xã", "Các sở, ban, ngành thành phố"
d.A(["Văn phòng Ủy ban nhân dân thành phố", SN, XA], "chịu trách nhiệm thi hành Quyết định này.",
    section="Điều 3", optional=True)
# IV.1 Sở Tài chính (cơ quan chủ trì)
d.A([TC], d.text(327, 328), role="lead", section="IV.1")
d.A([TC], d.text(330, 335), role="support", section="IV.1")
d.A([TC], d.text(337, 341), role="support", partners=[KH], section="IV.1",
    deadline=d.D("phê duyệt Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm", rec="FREQ=YEARLY",
                 agencies=[TC], optional=True))
d.A([TC], d.text(343, 348), role="support", partners=["Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", NN], section="IV.1")
d.A([TC], d.text(350, 355), section="IV.1")
# IV.2 - IV.4: a heading naming two bodies over "X chủ trì, phối hợp với Y ..."
d.A([KH], d.text(360, 363, start="chủ"), role="lead", partners=[NV], section="IV.2")
d.A([NV], d.text(360, 363, start="chủ"), role="support", partners=[KH], section="IV.2", optional=True)
d.A([CA], d.text(368, 370, start="chủ"), role="lead", partners=[BTL], section="IV.3")
d.A([BTL], d.text(368, 370, start="chủ"), role="support", partners=[CA], section="IV.3", optional=True)
d.A([CDS], d.text(375, 378, start="chủ"), role="lead", partners=[CA], section="IV.4")
G5 = [SN, VIEN]
d.A(G5, d.text(383, 385), role="support", section="IV.5")
d.A(G5, d.text(387, 388), section="IV.5")
d.A(G5, d.text(390, 391), role="support", section="IV.5")
d.A(G5, d.text(393, 394), section="IV.5")
d.A(G5, d.text(396, 398), section="IV.5",
    deadline=d.D("Thực hiện chế độ báo cáo định kỳ hằng quý", rec="FREQ=MONTHLY;INTERVAL=3", agencies=G5))
d.A([XA], d.text(403, 405), role="support", section="IV.6")
d.A([XA], d.text(407, 408), section="IV.6")
d.A([XA], d.text(410, 411), section="IV.6")
d.A([XA], d.text(413, 417), section="IV.6")
d.A(["Các cơ quan, đơn vị"], d.text(422, 424, start="được phân công"), section="IV.7", optional=True)
d.A([TC], d.text(430, 433, start="định kỳ"), section="IV.7",
    deadline=d.D("Sở Tài chính định kỳ hằng quý tổng hợp báo cáo", rec="FREQ=MONTHLY;INTERVAL=3", agencies=[TC]))
# appendix table: each row a lead task of the chủ trì column; partners from the phối hợp column (vague groups out);
# a row continued under one number shares the cells it does not repeat (rowspan): time, and phối hợp when absent
def Q(text, due, ags, optional=False):
    return d.D(text, due, agencies=ags, optional=optional)
def row(lead, a, b, partners, section, deadline):
    d.A(lead, d.text(a, b), role="lead", partners=partners, section=section, deadline=deadline)
SX = [SN, XA]
row([TC], 485, 488, [XA], "PL.I.1", Q("Quý IV/2025", "2025-12-31", [TC]))
row([TC], 503, 506, [XA], "PL.I.2", Q("Năm 2025 - 2026", "2026-12-31", [TC], optional=True))
row([TC], 519, 523, [XA], "PL.I.3", Q("Năm 2025 - 2026", "2026-12-31", [TC], optional=True))
row(SX, 536, 539, [TC], "PL.I.4", Q("Quý II/2027", "2027-06-30", SX))
row([CDS], 559, 562, [KH, XA], "PL.II.1", Q("Quý IV/2026", "2026-12-31", [CDS]))
row([CDS], 575, 577, [KH, XA], "PL.II.1", Q("Quý IV/2026", "2026-12-31", [CDS]))
row([TC], 584, 586, [XA], "PL.II.2", Q("Quý IV/2026", "2026-12-31", [TC]))
row([CDS], 599, 603, [TC, KH, XA], "PL.II.3", Q("Quý IV/2026", "2026-12-31", [CDS]))
row(SX, 623, 626, [TC], "PL.III.1", Q("Quý IV/2026", "2026-12-31", SX))
row(SX, 641, 644, [TC], "PL.III.2", Q("Quý IV/2026", "2026-12-31", SX))
row([XA], 658, 662, [], "PL.III.3", Q("Quý IV/2026", "2026-12-31", [XA]))
row([TC], 675, 678, [XA], "PL.III.4", Q("Quý IV/2026", "2026-12-31", [TC]))
row([XA], 692, 696, [], "PL.III.5", Q("Quý I/2030", "2030-03-31", [XA]))
row(SX, 710, 714, [TC], "PL.III.6", Q("Quý II/2030", "2030-06-30", SX))
row([CA], 734, 737, [KH, XA], "PL.IV.1", Q("Quý IV/2026", "2026-12-31", [CA]))
row([TC], 753, 755, [XA], "PL.IV.2", Q("Quý IV/2026", "2026-12-31", [TC]))
row([KH], 764, 765, [TC], "PL.IV.2", Q("Quý IV/2026", "2026-12-31", [KH]))
row([TC], 774, 776, [XA], "PL.IV.3", Q("Quý IV/2026", "2026-12-31", [TC]))
# one cell holding two tasks, each with its own chủ trì / phối hợp line
row(SX, 790, 792, [TC], "PL.IV.4", Q("Năm 2026", "2026-12-31", SX, optional=True))
row([TC], 793, 795, [XA], "PL.IV.4", Q("Năm 2026", "2026-12-31", [TC], optional=True))
row([KH, CDS], 817, 820, [NV, XA], "PL.V.1", Q("Năm 2025-2030", "2030-12-31", [KH, CDS], optional=True))
row([TC], 836, 838, [NV, XA], "PL.V.1", Q("Năm 2025-2030", "2030-12-31", [TC], optional=True))
row([KH, "Công an thành phố"], 845, 846, [TC, NV, XA], "PL.V.2",
    Q("Năm 2025-2030", "2030-12-31", [KH, CA], optional=True))
row([TC], 857, 859, [XA], "PL.V.3", Q("Năm 2025-2030", "2030-12-31", [TC], optional=True))
row([KH, VIEN], 876, 878, [XA], "PL.VI.1", d.D("Hằng năm.", rec="FREQ=YEARLY", agencies=[KH, VIEN]))
row([TC], 891, 892, [XA], "PL.VI.2", d.D("Hằng năm.", rec="FREQ=YEARLY", agencies=[TC]))
row([TC], 905, 906, [XA], "PL.VI.3", d.D("Hằng năm.", rec="FREQ=YEARLY", agencies=[TC]))
row([TC], 919, 920, [XA], "PL.VI.4", None)
row(SX, 933, 936, [TC], "PL.VI.5", d.D("Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính",
                                       rec="FREQ=MONTHLY;INTERVAL=3", agencies=SX))
# citations
B = "basis"
d.C("72/2025/QH15", "Luật", None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", B,
    alt=["Luật Tổ chức chính quyền địa phương 2025", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Quy hoạch 2017", "Luật", "2017-11-24", None, "Luật Quy hoạch", B, alt=["21/2017/QH14", "Luật Quy hoạch"])
d.C("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư "
    "và Luật Đấu thầu 2024", "Luật", "2024-11-29", None, None, "cites", alt=["57/2024/QH15"])
d.C("67/2006/QH11", "Luật", "2006-06-29", "Quốc hội", "Luật Công nghệ thông tin", B, alt=["Luật Công nghệ thông tin", "Luật Công nghệ thông tin 2006"])
d.C("60/2024/QH15", "Luật", "2024-11-30", "Quốc hội", "Luật Dữ liệu", B, alt=["Luật Dữ liệu", "Luật Dữ liệu 2024"])
d.C("31/2024/QH15", "Luật", "2024-01-18", "Quốc hội", "Luật Đất đai", B, alt=["Luật Đất đai", "Luật Đất đai 2024"])
d.C("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ "
    "chức tín dụng", "Luật", None, None, None, "cites", alt=["43/2024/QH15"], optional=True)
d.C("27/2023/QH15", "Luật", None, "Quốc hội", "Luật Nhà ở", "cites", alt=["Luật Nhà ở"])
d.C("29/2023/QH15", "Luật", None, "Quốc hội", "Luật Kinh doanh bất động sản", "cites", alt=["Luật Kinh doanh bất động sản"])
d.C("32/2024/QH15", "Luật", None, "Quốc hội", "Luật Các tổ chức tín dụng", "cites", alt=["Luật Các tổ chức tín dụng"])
d.C("20/2023/QH15", "Luật", "2023-06-22", "Quốc hội", "Luật Giao dịch điện tử", B, alt=["Luật Giao dịch điện tử", "Luật Giao dịch điện tử 2023"])
d.C("50/2014/QH13", "Luật", None, "Quốc hội", "Luật Xây dựng", B, alt=["Luật Xây dựng"])
d.C("62/2020/QH14", "Luật", "2020-06-17", "Quốc hội", "Luật sửa đổi, bổ sung một số điều của Luật xây dựng", "cites", alt=["Luật sửa đổi, bổ sung một số điều của Luật xây dựng", "Luật sửa đổi, bổ sung một số điều của Luật xây dựng 2020"])
d.C("27/2018/QH14", "Luật", "2018-06-14", "Quốc hội", "Luật Đo đạc và bản đồ", B, alt=["Luật Đo đạc và bản đồ", "Luật Đo đạc và bản đồ 2018"])
d.C("58/2024/QH15", "Luật", "2024-11-29", "Quốc hội", "Luật Đầu tư công", B, alt=["Luật Đầu tư công", "Luật Đầu tư công 2024"])
d.C("Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải "
    "quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản "
    "lý, sử dụng tài sản công", "Luật", None, None, None, "cites", alt=["90/2025/QH15"], optional=True)
d.C("24/2018/QH14", "Luật", "2018-06-12", "Quốc hội", "Luật An ninh mạng", B, alt=["Luật An ninh mạng", "Luật An ninh mạng 2018"])
d.C("104/2016/QH13", "Luật", "2016-04-06", "Quốc hội", "Luật Tiếp cận thông tin", B, alt=["Luật Tiếp cận thông tin", "Luật Tiếp cận thông tin 2016"])
d.C("86/2015/QH13", "Luật", "2015-11-19", "Quốc hội", "Luật An toàn thông tin mạng", B, alt=["Luật An toàn thông tin mạng", "Luật An toàn thông tin mạng 2015"])
d.C("03/NQ-CP", "NQ", "2025-01-09", "Chính phủ", "Ban hành chương trình hành động của Chính phủ thực hiện Nghị quyết "
    "số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
    "tạo và chuyển đổi số quốc gia", B)
d.C("57-NQ/TW", "NQ", "2024-12-22", "Bộ Chính trị", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
    "chuyển đổi số quốc gia", "cites")
d.C("71/NQ-CP", "NQ", "2025-04-01", "Chính phủ", None, "cites")
d.C("749/QĐ-TTg", "QĐ", "2020-06-03", "Thủ tướng Chính phủ", "về phê duyệt \"Chương trình Chuyển đổi số quốc gia đến "
    "năm 2025, định hướng đến năm 2030\"", B)
d.C("06/QĐ-TTg", "QĐ", "2025-01-02", "Thủ tướng Chính phủ", "về Phê duyệt Đề án xây dựng và quản lý Hệ thống thông "
    "tin và cơ sở dữ liệu quốc gia về quy hoạch", B)
d.C("98/2023/QH15", "NQ", "2023-06-24", "Quốc hội", "về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành "
    "phố Hồ Chí Minh", B)
d.C("66.2/2025/NQ-CP", "NQ", "2025-08-28", "Chính phủ", None, B)
d.C("1629/QĐ-TTg", "QĐ", "2023-12-16", "Thủ tướng Chính phủ", "phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu", B)
d.C("790/QĐ-TTg", "QĐ", "2024-08-03", "Thủ tướng Chính phủ", "phê duyệt Quy hoạch tỉnh Bình Dương", B)
d.C("1711/QĐ-TTg", "QĐ", "2024-12-31", "Thủ tướng Chính phủ", "phê duyệt Quy hoạch Thành phố Hồ Chí Minh", B)
d.C("3103/QĐ-BTC", "QĐ", "2025-09-05", "Bộ Tài chính", "ban hành Kế hoạch tổng thể triển khai Quyết định số "
    "06/QĐ-TTg", B)
d.C("01/2025/QĐ-UBND", "QĐ", "2025-07-01", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "về Quy chế làm việc của Ủy ban "
    "nhân dân Thành phố Hồ Chí Minh nhiệm kỳ 2021-2026", B)
d.C("4354/KH-UBND", "KH", "2025-06-14", "Ủy ban nhân dân Thành phố Hồ Chí Minh", None, B)
d.C("459-KHHĐ/TU", "KHHĐ", "2025-05-21", "Thành ủy Thành phố", None, "cites")
d.C("11033/STC-CSTH", "CV", "2025-10-29", "Sở Tài chính", None, "cites")
d.C("2820/QĐ-UBND", "QĐ", "2025-11-19", "Ủy ban nhân dân Thành phố", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
