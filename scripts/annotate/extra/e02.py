import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e02_quangngai-1627-qd-ubnd-2025-kiem-ke-tai-san"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "1627/QĐ-UBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
              "province": "Quảng Ngãi", "issued_date": "2025-11-21", "title": d.text(22, 24), "signer": "Nguyễn Ngọc Sâm"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "PHẠM VI, ĐỐI TƯỢNG", [])
d.S("III", "NỘI DUNG THỰC HIỆN", ["tasks"])
d.S("IV", "NHIỆM VỤ CỤ THỂ", ["tasks"])
d.S("V", "KINH PHÍ THỰC HIỆN", ["funding"])
d.S("VI", "TỔ CHỨC THỰC HIỆN", ["implementation"])
# Điều 2 of the decision: the closing "chịu trách nhiệm thi hành" sentence
d.A(["Sở Tài chính", "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã", "Các thành viên Ban Chỉ đạo tỉnh"],
    "chịu trách nhiệm thi hành Quyết định này.", section="Điều 2", optional=True)
TB = ["Trưởng Ban Chỉ đạo"]
d.A(TB, d.text(182, 185), section="IV.1.1")
d.A(TB, d.text(187, 189), role="support", partners=["Bộ Tài chính"], section="IV.1.1")
d.A(TB, d.text(191, 194), section="IV.1.1")
d.A(TB, d.text(196, 197), section="IV.1.1")
STC = ["Sở Tài chính"]
d.A(STC, d.text(202, 205), section="IV.1.2")
dl = d.D("Thời gian hoàn thành: Tháng 11 - 12/2025.", "2025-12-31", agencies=STC)
d.A(STC, d.text(210, 213), section="IV.1.2", deadline=dl)
d.A(STC, d.text(218, 221), role="support", section="IV.1.2", deadline=d.D("Thời gian hoàn thành: Tháng 12/2025.", "2025-12-31", agencies=STC))
d.A(STC, d.text(226, 228), role="lead", section="IV.1.2", deadline=d.D("Thời gian thực hiện: Tháng 11 - 12/2025.", "2025-12-31", agencies=STC))
d.A(STC, d.text(233, 237), section="IV.1.2")
d.A(STC, d.text(242, 244), section="IV.1.2", deadline=d.D("Thời gian hoàn thành: Trước ngày 31/5/2026.", "2026-05-31", agencies=STC))
NG = ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Tài chính", "Sở Khoa học và Công nghệ",
      "Sở Văn hóa, Thể thao và Du lịch"]
d.A(NG, d.text(251, 254), role="support", section="IV.1.3")
d.A(["Sở Xây dựng"], d.text(256, 261, start="hướng dẫn"), section="IV.1.3")
d.A(["Sở Nông nghiệp và Môi trường"], d.text(263, 270, start="hướng dẫn"), partners=["Sở Tài chính"], section="IV.1.3")
d.A(["Sở Công Thương"], d.text(272, 275, start="hướng dẫn"), section="IV.1.3")
d.A(["Sở Tài chính"], d.text(277, 281, start="phối hợp"), role="support",
    partners=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"], section="IV.1.3")
d.A(["Sở Khoa học và Công nghệ"], d.text(283, 286, start="hướng dẫn"), section="IV.1.3")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(288, 292, start="hướng dẫn"), section="IV.1.3")
d.A(NG, d.text(297, 301), section="IV.1.3")
XA = ["Ủy ban nhân dân cấp xã"]
d.A(XA, d.text(309, 312), section="IV.1.4")
dl = d.D("Thời gian hoàn thành: Trước ngày 15/11/2025.", "2025-11-15", agencies=XA)
d.A(XA, d.text(317, 320), section="IV.1.4", deadline=dl)
d.A(XA, d.text(325, 328), section="IV.1.4", deadline=dl)
d.A(XA, d.text(333, 335), section="IV.1.4", deadline=d.D("Thời gian thực hiện: Tháng 11 - 12/2025.", "2025-12-31", agencies=XA))
d.A(XA, d.text(340, 344), section="IV.1.4")
d.A(XA, d.text(349, 352), section="IV.1.4", deadline=d.D("Thời gian hoàn thành: Trước ngày 15/4/2026.", "2026-04-15", agencies=XA))
DT = ["Các đối tượng thực hiện kiểm kê"]
d.A(DT, d.text(360, 362), section="IV.1.5", deadline=d.D("Thời hạn hoàn thành: Trước ngày 30/11/2025.", "2025-11-30", agencies=DT))
d.A(DT, d.text(367, 370), section="IV.1.5", deadline=d.D("Thời hạn hoàn thành: Trước ngày 31/12/2025.", "2025-12-31", agencies=DT))
dl = d.D("Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.", "2026-03-31", agencies=DT)
d.A(DT, d.text(375, 377), section="IV.1.5", deadline=dl)
d.A(DT, d.text(382, 384), section="IV.1.5", deadline=d.D("Thời hạn hoàn thành: Trước ngày 31/3/2026.", "2026-03-31", agencies=DT))
CT = ["Các cơ quan quản lý cấp trên"]
d.A(CT, d.text(393, 395), section="IV.1.6")
d.A(CT, d.text(400, 402), section="IV.1.6", deadline=d.D("Thời hạn hoàn thành: Trước ngày 15/4/2026.", "2026-04-15", agencies=CT))
d.A(["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"], d.text(416, 422), section="VI")
d.A(["Các cơ quan, đơn vị"], d.text(429, 432).rstrip("/."), section="VI", optional=True)
# citations
d.C("Luật Tổ chức chính quyền địa phương 2025", "Luật", "2025-06-16", None, "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("213/QĐ-TTg", "QĐ", "2024-03-01", "Thủ tướng Chính phủ",
    "phê duyệt Đề án tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý", "basis")
d.C("23/CT-TTg", "CT", "2025-08-26", "Thủ tướng Chính phủ",
    "về việc phát huy kết quả tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý", "basis")
d.C("3531/QĐ-BTC", "QĐ", "2025-10-17", "Bộ trưởng Bộ Tài chính",
    "về ban hành Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý thời điểm 0h00 ngày 01 tháng 01 năm 2026", "basis")
d.C("3679/STC-QLGCS", "CV", "2025-11-05", "Sở Tài chính", None, "cites")
d.C("Luật Kế toán 2015", "Luật", None, None, "Luật Kế toán", "cites", alt=["88/2015/QH13", "Luật Kế toán"])
d.C("Luật Quản lý, sử dụng tài sản công", "Luật", None, None, "Luật Quản lý, sử dụng tài sản công", "cites",
    alt=["15/2017/QH14", "Luật Quản lý, sử dụng tài sản công 2017"])
d.C("1627/QĐ-UBND", "QĐ", "2025-11-21", "Chủ tịch Ủy ban nhân dân tỉnh", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
