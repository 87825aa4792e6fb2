import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e04_bacninh-141-kh-ubnd-2025-xay-dung-phap-luat"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "141/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh", "province": "Bắc Ninh",
              "issued_date": "2025-11-20", "title": d.text(22, 23), "signer": "Phạm Văn Thịnh"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "MỤC TIÊU CHỦ YẾU", ["objectives"])
d.S("III", "NHIỆM VỤ, GIẢI PHÁP", ["tasks"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
SN = ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"]
STP, SNV, KHCN = "Sở Tư pháp", "Sở Nội vụ", "Sở Khoa học và Công nghệ"
CQ = "Các cơ quan, đơn vị, địa phương"
d.A(SN, d.text(96, 99), role="lead", partners=[SNV, STP], section="III.1")
d.A(SN, d.text(114, 127), role="lead", partners=[STP], section="III.2")
d.A(SN, d.text(142, 145), partners=[STP], section="III.3")
d.A([CQ], d.text(142, 145, start="tiếp tục"), partners=[STP], section="III.3", optional=True)
d.A(SN, d.text(147, 150), partners=[STP], requested=True, section="III.3")
d.A(["Thủ trưởng các cơ quan, đơn vị, địa phương"], d.text(147, 150, start="trực tiếp chỉ đạo"), requested=True, section="III.3", optional=True)
d.A(SN, d.text(164, 166), partners=[STP], section="III.4")
d.A(SN, d.text(168, 171), partners=[STP], section="III.4")
d.A([STP], d.text(182, 184), role="lead", section="III.4",
    deadline=d.D("Theo kế hoạch công tác tư pháp hàng năm.", rec="FREQ=YEARLY", agencies=[STP], optional=True, add=False))
d.A([SNV], d.text(195, 198), role="lead", partners=[STP], section="III.4",
    deadline=d.D("Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm.", rec="FREQ=YEARLY", agencies=[SNV], optional=True))
d.A([SNV], d.text(212, 218), role="lead", partners=[STP], section="III.5",
    deadline=d.D("Giai đoạn 2026-2030 và những năm tiếp theo.", "2030-12-31", agencies=[SNV], optional=True))
d.A([CQ], d.text(229, 235, start="ưu tiên"), role="lead", partners=[STP], section="III.5")
d.A([CQ], d.text(246, 249), role="lead", partners=[STP], section="III.5")
d.A(["Các cơ quan, đơn vị"], d.text(263, 267), role="lead", partners=["Sở Tài chính", STP], section="III.6")
d.A([KHCN], d.text(281, 283), role="lead", partners=[STP], section="III.7")
d.A([KHCN], d.text(294, 295), role="lead", partners=[STP], section="III.7",
    deadline=d.D("Thời gian thực hiện: Tháng 12/2025.", "2025-12-31", agencies=[KHCN]))
d.A([STP], d.text(306, 308), role="lead", section="III.7")
d.A(["Báo và Phát thanh, Truyền hình tỉnh", STP, CQ], d.text(319, 322), role="lead",
    partners=[KHCN, "Trung tâm Thông tin tỉnh"], section="III.7")
yearly = d.D("Thời gian thực hiện: Hằng năm.", rec="FREQ=YEARLY", agencies=[STP])
d.A([STP], d.text(336, 337), role="lead", section="III.8", deadline=yearly)
d.A([STP], d.text(351, 354), role="lead", partners=["Văn phòng Ủy ban nhân dân tỉnh"], section="III.9", deadline=yearly)
dl = d.D("xong trong tháng 12/2025", "2025-12-31", agencies=[CQ])
d.D("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11)",
    rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15", agencies=[CQ])
d.D("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm", rec="FREQ=YEARLY", agencies=[CQ], optional=True)
d.A([CQ], d.text(370, 374, start="xây dựng Kế hoạch"), section="IV.1", deadline=dl)
d.A(["Sở Tài chính"], d.text(376, 382, start="chủ trì"), role="lead", partners=["Ủy ban nhân dân cấp xã"], section="IV.2")
d.A([SNV], d.text(384, 387, start="chủ trì"), role="lead", section="IV.3")
d.A(["Các sở, ban, ngành tỉnh"], d.text(389, 392, start="kiện toàn"), section="IV.4")
d.A(["Ủy ban nhân dân cấp xã"], d.text(394, 397, start="tăng cường"), section="IV.5")
d.A([STP], d.text(399, 401, start="theo dõi").rstrip("/."), section="IV.6")
# citations
d.C("14-KH/TU", "KH", "2025-07-29", "Ban Thường vụ Tỉnh ủy", None, "basis")
d.C("24/KH-UBND", "KH", "2025-08-14", "UBND tỉnh", None, "basis")
d.C("66-NQ/TW", "NQ", "2025-04-30", "Bộ Chính trị",
    "về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới", "cites")
d.C("27/NQ-TW", "NQ", "2022-11-09", "Ban Chấp hành Trung ương đảng khóa XIII",
    "về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền Xã hội chủ nghĩa Việt Nam trong giai đoạn mới", "cites", alt=["27-NQ/TW"])
d.C("178-QĐ/TW", "QĐ", "2024-06-27", "Bộ Chính trị",
    "về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác xây dựng pháp luật", "cites")
d.C("197/2025/QH15", "NQ", None, "Quốc hội",
    "về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi hành pháp luật", "cites")
d.C("Luật Ban hành văn bản QPPL", "Luật", None, None, "Luật Ban hành văn bản QPPL", "cites",
    alt=["Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật 2025"])
d.C("Luật Ngân sách nhà nước", "Luật", None, None, "Luật Ngân sách nhà nước", "cites")
d.C("Hiến pháp", "HP", None, None, "Hiến pháp", "cites", optional=True)
d.save(f"gold/{stem}.json")
