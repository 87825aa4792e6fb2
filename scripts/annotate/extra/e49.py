import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city's plan (portal) for a national target programme: III. tasks naming no body except one inline "Đề nghị ..."
# paragraph; IV. "PHÂN CÔNG NHIỆM VỤ" with 17 agency headings (four "Đề nghị X") over a) b) c) items; a second "IV."
# TỔ CHỨC THỰC HIỆN with a yearly report date. Annotated before the extractor was run on it.
stem = "e49_cantho-153-kh-ubnd-2025-ma-tuy"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "153/KH-UBND", "issuer": "Ủy ban nhân dân thành phố Cần Thơ",
              "province": "Cần Thơ", "issued_date": "2025-11-17", "title": d.text(22, 24), "signer": "Trương Cảnh Tuyên"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "PHẠM VI, ĐỐI TƯỢNG VÀ THỜI GIAN THỰC HIỆN", [])
d.S("III", "NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", ["tasks"])
d.S("IV", "PHÂN CÔNG NHIỆM VỤ", ["assignments"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
CA, TC, YT, TP, VH, GD = ("Công an thành phố", "Sở Tài chính", "Sở Y tế", "Sở Tư pháp",
                          "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo")
NN, CT, BP, BAO = ("Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
                   "Báo và Phát thanh, Truyền hình thành phố")
HQ, MT, CTXH, TG = ("Chi cục Hải quan khu vực XIX", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
                    "Các tổ chức chính trị - xã hội tỉnh", "Ban Tuyên giáo và Dân vận Thành ủy")
VKS, TA, NV, SN, XA = ("Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Sở Nội vụ", "Các sở, ban, ngành thành phố",
                       "Ủy ban nhân dân cấp xã")
BC = "Các cơ quan thông tấn, báo chí"
d.D("phấn đấu đến năm 2030", "2030-12-31", agencies=[], optional=True)
d.D("Từ năm 2025 đến hết năm 2030", "2030-12-31", agencies=[], optional=True)
# III.1: the one paragraph of III that names its subjects (a request)
d.A([MT, "Các tổ chức thành viên của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", SN, XA],
    d.text(202, 219, start="tổ chức quán triệt"), requested=True, section="III.1")
# IV. PHÂN CÔNG NHIỆM VỤ
d.A([CA], d.text(411, 414), section="IV.1")
d.A([CA], d.text(416, 421), role="lead", section="IV.1")
d.A([CA], d.text(423, 433), role="support", partners=[MT, CTXH, BC], section="IV.1")
d.A([CA], d.text(435, 441), section="IV.1")
d.A([CA], d.text(443, 456), role="support", partners=[VKS, TA], section="IV.1")
d.A([CA], d.text(458, 461), role="lead", section="IV.1")
d.A([CA], d.text(463, 467), section="IV.1")
d.A([CA], d.text(469, 471), role="lead", section="IV.1")
for a, b in [(473, 474), (476, 477), (479, 480), (482, 483), (485, 486), (488, 489)]:  # project names
    d.A([CA], d.text(a, b), role="lead", section="IV.1", optional=True)
d.A([TC], d.text(494, 498), role="lead", partners=[XA], section="IV.2")
d.A([TC], d.text(500, 509), role="support", partners=[CA], section="IV.2")
d.A([YT], d.text(514, 519), partners=[CA], section="IV.3")
d.A([YT], d.text(521, 522), section="IV.3")
d.A([YT], d.text(524, 529), section="IV.3")
d.A([YT], d.text(531, 533), role="lead", section="IV.3")
d.A([TP], d.text(538, 541), section="IV.4")
d.A([VH], d.text(546, 550), section="IV.5")
d.A([VH], d.text(552, 556), role="support", section="IV.5")
d.A([VH], d.text(558, 560), role="lead", section="IV.5")
d.A([GD], d.text(565, 569), partners=["Ban Đại diện cha mẹ học sinh"], section="IV.6")
d.A([GD], d.text(571, 575), role="support", partners=[CA], section="IV.6")
d.A([GD], d.text(577, 580), role="lead", section="IV.6")
d.A([NN], d.text(585, 590), section="IV.7")
d.A([NN], d.text(592, 595), section="IV.7")
d.A([CT], d.text(600, 604), section="IV.8")
d.A([CT], d.text(606, 608), section="IV.8")
d.A([BP], d.text(613, 615), section="IV.9")
d.A([BP], d.text(617, 620), section="IV.9")
d.A([BP], d.text(622, 625), role="lead", section="IV.9")
d.A([BAO], d.text(630, 638), role="support", section="IV.10")
d.A([HQ], d.text(643, 646), partners=[CA], requested=True, section="IV.11")
d.A([HQ], d.text(648, 651), requested=True, section="IV.11")
d.A([HQ], d.text(653, 656), requested=True, section="IV.11")
d.A([MT, CTXH], d.text(661, 665), role="support", requested=True, section="IV.12")
d.A([MT, CTXH], d.text(667, 671), requested=True, section="IV.12")
d.A([MT, CTXH], d.text(673, 676), role="lead", requested=True, section="IV.12")
d.A([TG], d.text(681, 685), requested=True, section="IV.13")
d.A([TG], d.text(687, 689), requested=True, section="IV.13")
d.A([VKS, TA], d.text(694, 698), role="support", partners=[CA], requested=True, section="IV.14")
d.A([VKS, TA], d.text(700, 701), role="support", requested=True, section="IV.14")
d.A([NV], d.text(706, 709), role="support", partners=[CA], section="IV.15")
d.A([SN], d.text(714, 718), section="IV.16")
d.A([XA], d.text(723, 728), section="IV.17")
d.A([XA], d.text(730, 735), section="IV.17")
d.A([XA], d.text(737, 741, start="chịu trách nhiệm"), section="IV.17")
# IV. TỔ CHỨC THỰC HIỆN
d.A([SN, XA], d.text(749, 752), section="IV.1")
d.A([SN, XA], d.text(754, 756), section="IV.1",
    deadline=d.D("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả", rec="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
                 agencies=[SN, XA]))
# the period alone, as d05's gold gives it (added after the first run, following that convention)
d.D("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả", rec="FREQ=YEARLY", agencies=[SN, XA], optional=True)
d.A([CA], d.text(758, 760, start="có trách nhiệm"), section="IV.2")
# citations
d.C("7619/QĐ-BCA", "QĐ", "2025-09-08", "Bộ Công an",
    "phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030", relation="basis")
# printed "ngày 27 tháng 11 năm 2025" in I.1.a, "27/11/2024 của Quốc hội" in the footnote: the real date kept
d.C("163/2024/QH15", "NQ", "2024-11-27", "Quốc hội",
    "phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030")
d.C("50/NQ-CP", "NQ", "2025-03-13", "Chính phủ", "ban hành Kế hoạch triển khai thực hiện Nghị quyết 163/2024/QH15")
d.C("Luật Phòng, chống ma túy", "Luật", None, None, "Luật Phòng, chống ma túy", alt=["73/2021/QH14"])
d.C("Luật Ngân sách nhà nước", "Luật", None, None, "Luật Ngân sách nhà nước")
d.C("23/KL-LNTPTW", "KL", "2024-11-21", None, "trong điều tra, truy tố, xét xử đối với một số tội phạm về ma túy")
d.save(f"gold/{stem}.json")
