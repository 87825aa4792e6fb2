import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Committee's decision (Quyết định) whose Điều 1 issues an attached plan (Kế hoạch); the plan's
# "V. TỔ CHỨC THỰC HIỆN" gives numbered items "1. Giao Sở X là cơ quan đầu mối, ...:" / "2. Sở Y chủ trì, phối hợp
# với Z:" over bullets. Legal portal's page furniture around it. Annotated before the extractor was run on it.
stem = "e17_hcm-2853-qd-ubnd-2025-thien-tai-cong-dong"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "2853/QĐ-UBND", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
              "province": "Hồ Chí Minh", "issued_date": "2025-11-21", "title": d.text(22, 24),
              "signer": "Bùi Minh Thạnh"}
d.S("I", "MỤC TIÊU", ["objectives"])
d.S("II", "THỜI GIAN VÀ PHẠM VI", ["roadmap"])   # as "Thời gian kiểm tra", "ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA" elsewhere
d.S("III", "NỘI DUNG CỦA KẾ HOẠCH", ["tasks"])
d.S("IV", "NGUỒN VỐN THỰC HIỆN KẾ HOẠCH", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
NN, GD, KH, YT, TC = "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Tài chính"
XA, SN = "Ủy ban nhân dân cấp xã", "Các sở, ban, ngành thành phố"
# Điều 3 of the decision: the closing "chịu trách nhiệm thi hành" sentence
d.A(["Văn phòng Ủy ban nhân dân thành phố", NN, SN, XA], "chịu trách nhiệm thi hành Quyết định này.",
    section="Điều 3", optional=True)
# year-only targets
d.D("Đến hết năm 2030", "2030-12-31", agencies=[], optional=True)
# V.1: the lead-in names the focal body, then bullets
d.A([NN], d.text(328, 331, start="là cơ quan"), role="lead", section="V.1")
d.A([NN], d.text(333, 337), section="V.1")
d.A([NN], d.text(339, 342), role="lead", section="V.1")
d.A([NN], d.text(344, 349), role="lead", section="V.1")
d.A([NN], d.text(351, 354), role="lead", partners=["Các cơ quan thông tấn, báo chí"], section="V.1")
d.A([NN], d.text(356, 359), section="V.1")
d.A([NN], d.text(361, 364), section="V.1")
d.A([NN], d.text(366, 370), role="lead", partners=[TC], section="V.1")
d.A([NN], d.text(372, 373), section="V.1",
    deadline=d.D("báo cáo kết quả thực hiện Đề án hàng năm", rec="FREQ=YEARLY", agencies=[NN]))
# V.2: "Sở GD&ĐT chủ trì, phối hợp với ...:" over bullets: each bullet a lead task with the heading's partners
P2 = [NN, XA]
d.A([GD], d.text(375, 377, start="chủ trì"), role="lead", partners=P2, section="V.2", optional=True)
d.A([GD], d.text(379, 381), role="lead", partners=P2, section="V.2")
d.A([GD], d.text(383, 386), role="lead", partners=P2, section="V.2")
d.A([GD], d.text(388, 390), role="lead", partners=P2, section="V.2")
d.A(["Bộ Tư lệnh thành phố"], d.text(392, 398, start="chủ trì"), role="lead", partners=[NN, XA], section="V.3")
d.A([KH], d.text(403, 406), section="V.4")
d.A([KH], d.text(408, 412), section="V.4")
d.A([YT], d.text(414, 416, start="chủ"), role="lead", partners=[NN], section="V.5", optional=True)
d.A([YT], d.text(418, 420), role="lead", partners=[NN], section="V.5")
d.A([YT], d.text(422, 424), role="lead", partners=[NN], section="V.5")
d.A([YT], d.text(426, 428), role="lead", partners=[NN], section="V.5")
d.A([TC], d.text(430, 434, start="phối hợp"), role="support", section="V.6")
d.A(["Ban Quản lý các khu chế xuất và công nghiệp thành phố"], d.text(436, 440, start="chủ trì"), role="lead",
    section="V.7")
d.A([SN, "Các tổ chức chính trị - xã hội thành phố", "Các hội, đoàn thể thành phố"],
    d.text(442, 448, start="theo chức năng"), role="support", partners=[NN, XA], section="V.8")
d.A([XA], d.text(450, 456, start="chủ động"), section="V.9")
d.A([XA], d.text(458, 459), section="V.9")
d.A([XA], d.text(461, 464), section="V.9")
d.A([XA], d.text(466, 470), section="V.9")
d.A([XA], d.text(472, 474), section="V.9")
d.A([XA], d.text(476, 479).rstrip("/."), section="V.9")
# citations
d.C("Luật Tổ chức chính quyền địa phương 2025", "Luật", "2025-06-16", None, "Luật Tổ chức Chính quyền địa phương",
    "basis", alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Phòng, chống thiên tai 2013", "Luật", "2013-06-19", None, "Luật Phòng, chống thiên tai", "basis",
    alt=["33/2013/QH13", "Luật Phòng, chống thiên tai"])
d.C("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều 2020", "Luật", "2020-06-17",
    None, "Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều", "basis",
    alt=["60/2020/QH14", "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"])
d.C("Luật Phòng thủ dân sự 2023", "Luật", "2023-06-20", None, "Luật Phòng thủ dân sự", "basis",
    alt=["18/2023/QH15", "Luật Phòng thủ dân sự"])
d.C("42-CT/TW", "CT", "2020-03-24", "Ban Bí thư",
    "về tăng cường sự lãnh đạo của Đảng đổi với công tác phòng ngùa, ứng phó, khắc phục hậu quả thiên tai", "basis")
d.C("66/2021/NĐ-CP", "NĐ", "2021-07-06", "Chính phủ", "quy định chi tiết thi hành một số điều của Luật Phòng, chống "
    "thiên tai và Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều", "basis")
d.C("78/2021/NĐ-CP", "NĐ", "2021-08-01", "Chính phủ", "về thành lập và quản lý Quỹ Phòng, chống thiên tai", "basis")
d.C("63/2025/NĐ-CP", "NĐ", "2025-03-05", "Chính phủ", "về sửa đổi, bổ sung một số điều của Nghị định số "
    "78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ", "basis")
d.C("131/2025/NĐ-CP", "NĐ", "2025-06-12", "Chính phủ", "Quy định phân định thẩm quyền của chính quyền địa phương 02 "
    "cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường", "basis")
d.C("200/2025/NĐ-CP", "NĐ", "2025-07-09", "Chính phủ", "quy định chi tiết một số điều của Luật Phòng thủ dân sự", "basis")
d.C("379/QĐ-TTg", "QĐ", "2021-03-17", "Thủ tướng Chính phủ", "phê duyệt Chiến lược quốc gia phòng, chống thiên tai "
    "đến năm 2030, tầm nhìn đến năm 2050", "basis")
d.C("553/QĐ-TTg", "QĐ", "2021-04-06", "Thủ tướng Chính phủ", "về phê duyệt Đề án “Nâng cao nhận thức cộng đồng và "
    "Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030”", "basis")
d.C("9512/TTr-SNN-CCTL", "TTr", "2025-10-23", "Sở Nông nghiệp và Môi trường", None, "cites")
d.C("3089/QĐ-UBND", "QĐ", "2021-08-24", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "về ban hành Kế hoạch triển khai "
    "thực hiện Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030” trên "
    "địa bàn Thành phố Hồ Chí Minh", "cites")
d.C("1397/QĐ-UBND", "QĐ", "2022-06-08", "Ủy ban nhân dân tỉnh Bình Dương", None, "cites")
d.C("1179/QĐ-UBND", "QĐ", "2022-04-13", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", None, "cites")
d.C("Luật Ngân sách nhà nước", "Luật", None, None, "Luật ngân sách nhà nước", "cites")
d.C("2853/QĐ-UBND", "QĐ", "2025-11-21", "Ủy ban nhân dân Thành phố", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
