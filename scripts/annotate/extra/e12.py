import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Prime Minister's telegram (Công điện) with eight numbered items to ministries, provinces and state groups, with the
# legal portal's page furniture around it; annotated before the extractor was run on it.
stem = "e12_tw-224-cd-ttg-2025-le-khanh-thanh-khoi-cong"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CĐ", "number": "224/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-20", "title": d.text(83, 85, start="KHẨN TRƯƠNG"), "signer": "Phạm Minh Chính"}
BO, UBT, TD = ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
               "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các tập đoàn, tổng công ty nhà nước")
XD, TC, NV, VP = "Bộ Xây dựng", "Bộ Tài chính", "Bộ Nội vụ", "Văn phòng Chính phủ"
VTV, VIETTEL, VNPT = "Đài Truyền hình Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"
for lab, head in [("1", "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh"),
                  ("2", "Bộ Xây dựng"), ("3", "Bộ Tài chính"), ("4", "Đài truyền hình Việt Nam"),
                  ("5", "Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam"),
                  ("6", "Bộ trưởng Bộ Nội vụ"), ("7", "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà"), ("8", "Giao Bộ Xây dựng")]:
    d.S(lab, head, ["assignments"])
# the event date, reported from Công điện 158/CĐ-TTg
d.D("vào ngày 19 tháng 12 năm 2025", "2025-12-19", agencies=[], optional=True)
d.A([BO, UBT, TD], d.text(128, 143, start="tiếp tục nâng cao"), section="1",
    deadline=d.D("gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025", "2025-12-10", agencies=[BO, UBT, TD]))
d.A([XD], d.text(145, 153), role="lead", partners=[VP, TC, VTV, VIETTEL, VNPT], section="2",
    deadline=d.D("báo cáo Thủ tướng Chính phủ trước ngày 13 tháng 12 năm 2025", "2025-12-13", agencies=[XD]))
d.A([XD], d.text(154, 161), partners=[NV], section="2")
d.A([TC], d.text(162, 165, start="chủ trì cùng"), role="lead", partners=[XD], section="3",
    deadline=d.D("hoàn thành trước ngày 15 tháng 12 năm 2025", "2025-12-15", agencies=[TC]))
d.A([VTV], d.text(166, 170, start="chủ trì đạo diễn"), role="lead", section="4",
    deadline=d.D("gửi Bộ Xây dựng trước ngày 03 tháng 12 năm 2025", "2025-12-03", agencies=[VTV]))
d.A([VIETTEL, VNPT], d.text(171, 175, start="chủ trì, phối hợp"), role="lead", partners=[XD, VTV], section="5")
# "Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với ...": first verb "chỉ đạo"; the partners are the ministry's own
d.A([NV], d.text(176, 184, start="chỉ đạo chủ trì"), partners=[XD, VP], section="6",
    deadline=d.D("hoàn thành trước ngày 10 tháng 12 năm 2025", "2025-12-10", agencies=[NV]))
# a Deputy Prime Minister is a person, not an agency
d.A(["Phó Thủ tướng Chính phủ"], d.text(185, 187, start="trực tiếp chỉ đạo"), section="7", optional=True)
d.A([XD], d.text(188, 192, start="chủ trì, phối hợp").rstrip("/."), role="lead", partners=[VP, TC], section="8")
# citations (body and footnote [1])
d.C("158/CĐ-TTg", "CĐ", "2025-09-04", "Thủ tướng Chính phủ")
d.C("627/TB-VPCP", "TB", "2025-11-18", "Văn phòng Chính phủ")
d.C("493/TB-VPCP", "TB", "2025-09-18", "Văn phòng Chính phủ")
d.C("10894/VPCP-CN", "CV", "2025-11-08", "Văn phòng Chính phủ")
d.C("8563/VPCP-CN", "CV", "2025-09-12", "Văn phòng Chính phủ")
d.C("Nghị quyết Đại hội Đảng lần thứ XIII", "NQ", optional=True)
d.save(f"gold/{stem}.json")
