import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e05_dongthap-552-kh-ubnd-2025-doi-moi-cong-nghe"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "552/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp", "province": "Đồng Tháp",
              "issued_date": "2025-11-19", "title": d.text(22, 23), "signer": "Huỳnh Minh Tuấn"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "MỤC TIÊU", ["objectives"])
d.S("III", "LỘ TRÌNH THỰC HIỆN", ["roadmap"])
d.S("III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)", ["tasks"])
d.S("IV", "KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.S("VI", "TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO", [])
KHCN, NN, CT, TC, GD = "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Tài chính", "Sở Giáo dục và Đào tạo"
BQL, LH, HH = "Ban Quản lý Khu kinh tế tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Hiệp hội Doanh nghiệp tỉnh"
VH = "Sở Văn hóa, Thể thao và Du lịch"
SN, XA = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
DN, VT = "Các doanh nghiệp", "Các viện nghiên cứu, trường đại học"
# targets with a year only (optional)
d.D("Đến năm 2030", "2030-12-31", agencies=[], optional=True)
d.D("Định hướng đến năm 2035", "2035-12-31", agencies=[], optional=True)
d.D("định kỳ (hằng năm) đánh giá tiến độ và hiệu quả thực hiện", rec="FREQ=YEARLY", agencies=[], optional=True)
# V. TỔ CHỨC THỰC HIỆN
d.A([KHCN], d.text(392, 394), role="lead", section="V.1")
d.A([KHCN], d.text(396, 398), section="V.1")
d.A([KHCN], d.text(400, 403), section="V.1")
d.A([KHCN], d.text(405, 407), role="support", section="V.1")
d.A([KHCN], d.text(409, 410), section="V.1",
    deadline=d.D("Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện", rec="FREQ=YEARLY", agencies=[KHCN]))
d.A([NN], d.text(415, 418), role="lead", section="V.2")
d.A([NN], d.text(420, 424), section="V.2")
d.A([NN], d.text(426, 429), section="V.2")
d.A([NN], d.text(431, 434), section="V.2")
d.A([CT], d.text(439, 442), role="lead", section="V.3")
d.A([CT], d.text(444, 446), section="V.3")
d.A([CT], d.text(448, 449), role="support", section="V.3")
d.A([TC], d.text(454, 459), section="V.4")
d.A([TC], d.text(461, 464), section="V.4")
d.A([TC], d.text(466, 469), role="support", section="V.4")
d.A([TC], d.text(471, 474), section="V.4")
d.A([GD], d.text(479, 482), role="lead", section="V.5")
d.A([GD], d.text(484, 487), section="V.5")
d.A([GD], d.text(489, 492), role="support", partners=[DN, VT], section="V.5")
d.A([GD], d.text(494, 497), section="V.5")
d.A([BQL], d.text(502, 505), role="support", section="V.6")
d.A([BQL], d.text(507, 510), role="support", section="V.6")
d.A([BQL], d.text(512, 514), role="support", section="V.6")
d.A([BQL], d.text(516, 519), section="V.6")
d.A([BQL], d.text(521, 523), role="support", section="V.6")
d.A([LH], d.text(528, 530), section="V.7")
d.A([SN], d.text(534, 536), section="V.8")
d.A([XA], d.text(541, 542), section="V.9")
d.A([XA], d.text(544, 546), section="V.9")
d.A([XA], d.text(548, 550), role="support", section="V.9")
d.A([HH], d.text(555, 557), section="V.10")
d.A([HH], d.text(559, 560), section="V.10")
# VI
d.A([KHCN], d.text(568, 571, start="là cơ quan thường trực"), role="lead", section="VI.1")
d.A([SN, XA], d.text(573, 576, start="định kỳ kiểm tra"), section="VI.1")
d.A([SN, XA, "Các cơ quan, đơn vị liên quan"], d.text(584, 587, start="có trách nhiệm"), section="VI.2",
    deadline=d.D("định kỳ báo cáo kết quả thực hiện trước ngày 20/11", rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20",
                 agencies=[SN, XA, "Các cơ quan, đơn vị liên quan"]))
d.D("xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện", rec="FREQ=YEARLY",
    agencies=[SN, XA, "Các cơ quan, đơn vị liên quan"], optional=True)
d.A([KHCN], d.text(589, 593, start="tổng hợp, báo cáo"), section="VI.2",
    deadline=d.D("báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm",
                 rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30", agencies=[KHCN]))
d.D("Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)", "2030-12-31", agencies=[KHCN], optional=True)
d.D("báo cáo tổng kết thực hiện Kế hoạch (năm 2035)", "2035-12-31", agencies=[KHCN], optional=True)
d.A(["Các cơ quan, đơn vị, địa phương"], d.text(595, 599, start="đề nghị các cơ quan", end="để phối hợp giải quyết"),
    requested=True, section="VI", optional=True)
d.A([KHCN], d.text(595, 599, start="trường hợp vượt thẩm quyền").rstrip("/."), section="VI", optional=True)
# Appendix table: STT | NHIỆM VỤ VÀ GIẢI PHÁP | CHỦ TRÌ | PHỐI HỢP | THỜI GIAN
def row(label, a, b, agencies, partners, time, optional=False):
    due = None
    if time == "2026":
        due = "2026-12-31"
    elif time.startswith("2025 - "):
        due = time[-4:] + "-12-31"
    dl = d.D(time, due, agencies=agencies, optional=True) if due else None
    d.A(agencies, d.text(a, b), role="lead", partners=partners, deadline=dl, section="PL." + label, optional=optional)
row("I.1", 646, 648, [TC], [], "Thường xuyên", optional=True)      # repeats V.4 word for word
row("I.2", 659, 660, [TC], [CT, BQL], "2026")
row("I.3", 671, 672, [LH], [], "Thường xuyên")
row("I.4", 683, 686, [KHCN], [VT, DN], "2026")
row("II.1", 703, 705, [KHCN], [], "2026")
row("II.2", 716, 718, [KHCN], [], "2025 - 2035")
row("II.3", 729, 731, [KHCN], [], "2025 - 2035")
row("II.4", 742, 744, [CT], [DN], "2025 - 2035", optional=True)    # repeats V.3 word for word
row("II.5", 755, 757, [KHCN], [VT, DN], "Thường xuyên")
row("III.1", 774, 776, [NN], [VT], "2025 - 2035")
row("III.2", 787, 788, [NN], [VT], "2025 - 2030")
row("III.3", 799, 801, [CT], [DN], "2025 - 2035")
row("III.4", 812, 814, [VH], [VT], "2025 - 2030")
row("III.5", 825, 827, [BQL], [DN], "2025 - 2030")
row("IV.1", 844, 846, [GD], [VT], "2025 - 2030")
row("IV.2", 857, 859, [GD], [VT], "2025 - 2030")
row("IV.3", 870, 872, [LH], [VT], "Thường xuyên")
row("IV.4", 883, 885, [NN], [VT], "Thường xuyên")
row("IV.5", 896, 898, [HH], [DN], "Thường xuyên", optional=True)   # repeats V.10 word for word
# citations
d.C("57-NQ/TW", "NQ", "2024-12-22", "Bộ Chính trị", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "basis")
d.C("71/NQ-CP", "NQ", "2025-04-01", "Chính phủ", None, "basis")
d.C("10-CTr/TU", "CTr", "2025-08-13", "Ban Thường vụ Tỉnh ủy",
    "về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "basis")
d.C("30-TB/TGV", "TB", "2025-06-13", "Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "thông báo kết luận cuộc họp của lãnh đạo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "basis")
d.C("283/KH-UBND", "KH", "2025-09-24", "Ủy ban nhân dân Tỉnh", None, "basis")
d.C("552/KH-UBND", "KH", "2025-11-19", "Ủy ban nhân dân tỉnh", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
