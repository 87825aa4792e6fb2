import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h06_thainguyen-26-qd-ubnd-2025-quy-che-ton-giao"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "26/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Thái Nguyên", "province": "Thái Nguyên",
              "issued_date": "2025-11-21", "title": d.text(24, 25), "signer": "Nông Quang Nhất"}
# the top level of the body is the attached Quy chế's chapters
d.S("I", "NHỮNG QUY ĐỊNH CHUNG", [])
d.S("II", "NỘI DUNG PHỐI HỢP", ["tasks"])
d.S("III", "TỔ CHỨC THỰC HIỆN", ["implementation"])
DT, XA, MT = "Sở Dân tộc và Tôn giáo", "Ủy ban nhân dân cấp xã", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
# Điều 3 of the decision: the usual execution clause (optional)
d.A(["Văn phòng Ủy ban nhân dân tỉnh", DT, XA], d.text(71, 74, start="chịu trách nhiệm").rstrip("/."), optional=True)
# Điều 5: Sở Dân tộc và Tôn giáo chủ trì
for a, b in [(196, 197), (199, 201), (203, 205), (207, 210), (212, 213), (215, 217)]:
    d.A([DT], d.text(a, b), role="lead", section="II")
d.A([DT], d.text(219, 221), role="lead", section="II",
    deadline=d.D("hằng năm", rec="FREQ=YEARLY", agencies=[DT], optional=True))
d.A([DT], d.text(223, 226), role="lead", section="II",
    deadline=d.D("hằng tháng", rec="FREQ=MONTHLY", agencies=[DT], optional=True))
d.D("quý", rec="FREQ=MONTHLY;INTERVAL=3", agencies=[DT], optional=True)
d.D("6 tháng", rec="FREQ=MONTHLY;INTERVAL=6", agencies=[DT], optional=True)
d.A(["Công an tỉnh"], d.text(231, 236), role="lead", section="II")
for a, b in [(241, 244), (246, 248)]:
    d.A(["Bộ Chỉ huy Quân sự tỉnh"], d.text(a, b), role="lead", section="II")
for a, b in [(253, 256), (258, 260)]:
    d.A(["Sở Nông nghiệp và Môi trường"], d.text(a, b), role="lead", section="II")
for a, b in [(265, 267), (269, 271)]:
    d.A(["Sở Xây dựng"], d.text(a, b), role="lead", section="II")
for a, b in [(276, 278), (280, 283)]:
    d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(a, b), role="lead", section="II")
for a, b in [(288, 292), (294, 296)]:
    d.A([XA], d.text(a, b), role="lead", section="II")
for a, b in [(301, 305), (307, 309)]:
    d.A([MT], d.text(a, b), requested=True, section="II")
for a, b in [(314, 316), (318, 320)]:
    d.A(["Các cơ quan, đơn vị khác"], d.text(a, b), role="lead", section="II")
# Điều 4.8 (no agency): periodic schedules, optional
d.D("định kỳ hằng tháng, quý, 6 tháng, năm", rec="FREQ=MONTHLY", optional=True)
d.D("định kỳ hằng tháng, quý, 6 tháng, năm", rec="FREQ=MONTHLY;INTERVAL=3", optional=True)
d.D("định kỳ hằng tháng, quý, 6 tháng, năm", rec="FREQ=MONTHLY;INTERVAL=6", optional=True)
d.D("định kỳ hằng tháng, quý, 6 tháng, năm", rec="FREQ=YEARLY", optional=True)
d.A([DT], d.text(330, 333, start="là cơ"), section="III")
d.A(["Các cơ quan, đơn vị, địa phương"], d.text(338, 341, start="có trách nhiệm").rstrip("/."), section="III", optional=True)
# citations
d.C("72/2025/QH15", "Luật", None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["Luật Tổ chức chính quyền địa phương 2025", "Luật Tổ chức chính quyền địa phương"])
d.C("02/2016/QH14", "Luật", None, "Quốc hội", "Luật Tín ngưỡng, tôn giáo", "basis",
    alt=["Luật Tín ngưỡng, tôn giáo 2016", "Luật Tín ngưỡng, tôn giáo"])
d.C("95/2023/NĐ-CP", "NĐ", "2023-12-29", "Chính phủ",
    "quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo", "basis")
d.C("124/2025/NĐ-CP", "NĐ", "2025-06-11", "Chính phủ",
    "quy định về phân quyền, phân cấp; phân định thẩm quyền của chính quyền địa phương 2 cấp trong lĩnh vực công tác dân tộc, tín ngưỡng, tôn giáo", "basis")
d.C("1804/TTr-SDTTG", "TTr", "2025-11-11", "Sở Dân tộc và Tôn giáo", None, "cites")
d.C("06/2021/QĐ-UBND", "QĐ", "2021-01-22", "Ủy ban nhân dân tỉnh Thái Nguyên",
    "ban hành Quy chế phối hợp trong công tác quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh Thái Nguyên", "cites")
d.C("25/2021/QĐ-UBND", "QĐ", "2021-12-13", "Ủy ban nhân dân tỉnh Bắc Kạn",
    "ban hành Quy chế phối hợp trong công tác quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh Bắc Kạn", "cites")
d.save(f"gold/{stem}.json")
