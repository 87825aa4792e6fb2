import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Government Office's notice of a Deputy Prime Minister's instructions (Thông báo ý kiến chỉ đạo) with "đề nghị:" lists
# of (i)-(iv) items naming agencies inline, with the legal portal's page furniture; annotated before the extractor ran.
stem = "e13_vpcp-653-tb-2025-du-an-dien-hcm-dongnai"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": "653/TB-VPCP", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-28", "title": d.text(83, 85), "signer": "Nguyễn Sỹ Hiệp"}
d.S("1", "Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4", [])
d.S("2", "Về Dự án Nhà máy điện Hiệp Phước giai đoạn 1", [])
PVN, CDT, CT, XD = "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Chủ đầu tư", "Bộ Công Thương", "Bộ Xây dựng"
TINH, TP = "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố"   # Đồng Nai; Thành phố Hồ Chí Minh
# 1.b) "đề nghị:" (i)-(iv): requested, except an item whose own verb is "Giao"
d.A([PVN], d.text(107, 109, start="báo cáo Thủ tướng"), requested=True, section="1")
d.A([CDT], d.text(110, 115, start="phối hợp chặt chẽ"), role="support", requested=True, section="1",
    deadline=d.D("trong tháng 11 năm 2025", "2025-11-30", agencies=[CDT]))
d.A([TINH], d.text(116, 119, start="chỉ đạo đơn vị"), requested=True, section="1",
    deadline=d.D("trong tháng 11 năm 2025", "2025-11-30", agencies=[TINH]))
d.A([CT], d.text(120, 122, start="nghiên cứu, xem xét"), section="1")
# 2.b) "đề nghị:" (i)-(iv)
d.A([TP], d.text(133, 135, start="chỉ đạo các sở"), requested=True, section="2")
d.A([CT], d.text(136, 138, start="chỉ đạo Tập đoàn"), requested=True, section="2",
    deadline=d.D("ký hợp đồng chính thức trong tháng 12 năm 2025", "2025-12-31", agencies=[CT]))
d.A([XD], d.text(139, 141, start="hướng dẫn Chủ đầu tư"), section="2")
d.A([CDT], d.text(142, 146, start="trong phạm vi"), requested=True, section="2",
    deadline=d.D("hoàn thành đưa dự án vào vận hành trong năm 2027", "2027-12-31", agencies=[CDT], optional=True))
# 2.c), 2.d): inline subjects after a "Về ...:" topic
d.A([TP], d.text(147, 149, start="xử lý dứt điểm"), section="2",
    deadline=d.D("xử lý dứt điểm trong tháng 11 năm 2025", "2025-11-30", agencies=[TP]))
d.A([CT], d.text(150, 155, start="phối hợp các bộ"), role="support", section="2",
    deadline=d.D("thời gian trong tuần ngày 15 đến ngày 31 tháng 12 năm 2025", "2025-12-31", agencies=[CT], optional=True))
d.C("Điều chỉnh Quy hoạch điện VIII", "QĐ", optional=True)
d.save(f"gold/{stem}.json")
