import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city's (Hải Phòng) normative decision of articles only (no chapters, no attachment): Điều 2 gives, per forecast
# level, unnumbered paragraphs of measures whose subject is inline ("Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo ...",
# "Cơ quan Kiểm lâm chủ trì phối hợp với ...", "Lực lượng Công an phối hợp với ..."); Điều 6 "Tổ chức thực hiện"
# with "1. Giao Sở ... (Chi cục Kiểm lâm) chủ trì, ...". Measures under a condition ("Khi xảy ra cháy rừng, ...",
# "Khi cần thiết ...") and duties of people or holders without office (chủ rừng, lực lượng canh phòng, dự báo viên)
# are optional. Annotated before the extractor was run on it. After the first run, the partners of "chỉ đạo X ...
# phối hợp với Y" were set to Y, as the seeds' gold gives them (seeds 002/003); nothing else changed.
stem = "e45_haiphong-213-qd-ubnd-2025-du-bao-chay-rung"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "213/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Hải Phòng",
              "province": "Hải Phòng", "issued_date": "2025-11-18", "title": d.text(22, 25),
              "signer": "Lê Ngọc Châu"}
XA, UB, KL = "Ủy ban nhân dân cấp xã", "Ủy ban nhân dân tỉnh", "Chi cục Kiểm lâm"
CA, QS, NN = "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Nông nghiệp và Môi trường"
d.S("1", "Phạm vi điều chỉnh, đối tượng áp dụng", [])
d.S("2", "Cấp dự báo cháy rừng và biện pháp phòng cháy, chữa cháy rừng", ["tasks"])
d.S("3", "Bảng tra cấp dự báo cháy rừng", [])
d.S("4", "Thời gian cao điểm xảy ra cháy rừng và xác định vùng trọng điểm cháy rừng", [])
d.S("5", "Điều khoản thi hành", [])
d.S("6", "Tổ chức thực hiện", ["implementation"])
# Điều 2.2 (cấp I)
d.A([XA], d.text(118, 120, start="chỉ đạo"), partners=[KL], section="2")
d.A([KL], d.text(122, 125, start="chủ trì"), role="lead", partners=[CA, QS], section="2")
# Điều 2.3 (cấp II)
d.A([XA], d.text(135, 138, start="chỉ đạo"), section="2")
# Điều 2.4 (cấp III)
d.A([XA], d.text(150, 153, start="chỉ đạo"), partners=["Hạt Kiểm lâm"], section="2")
d.A(["Các chủ rừng"], d.text(155, 156, start="phải thường xuyên"), section="2", optional=True)
d.A(["Lực lượng canh phòng"], d.text(158, 159, start="trực 10/24"), section="2", optional=True)
d.A([XA], d.text(161, 163, start="Chủ tịch"), section="2", optional=True)
# Điều 2.5 (cấp IV)
d.A([XA], d.text(174, 175, start="trực tiếp"), section="2")
d.A([KL, CA, QS], d.text(177, 179, start="thường xuyên"), section="2")
d.A([XA, "Các chủ rừng"], d.text(177, 179, start="thường xuyên"), section="2", optional=True)
d.A(["Lực lượng canh phòng"], d.text(181, 184, start="phải thường xuyên"), section="2", optional=True)
d.A([XA], d.text(186, 188, start="Khi cần thiết"), section="2", optional=True)
d.A(["Dự báo viên"], d.text(190, 193, start="nắm chắc"), section="2", optional=True)
# Điều 2.6 (cấp V)
d.A([UB], d.text(205, 208, start="trực tiếp"), section="2")
d.A([CA], d.text(210, 213, start="phối hợp"), role="support", partners=[KL, QS], section="2")
d.A([CA], d.text(215, 216), section="2", optional=True)
d.A([UB], d.text(218, 220, start="Khi xảy ra"), section="2", optional=True)
d.A([UB], d.text(222, 223, start="Khi cần thiết"), section="2", optional=True)
# Điều 6
d.A([NN], d.text(339, 343, start="chủ trì"), role="lead", section="6")
d.A(["Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành tỉnh", XA], d.text(349, 352, start="chịu trách nhiệm"),
    section="6", optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, "2025-06-16", "Quốc hội", "Luật Tổ chức chính quyền địa phương",
    "basis", alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, "2025-02-19", "Quốc hội",
    "Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, "2025-06-25", "Quốc hội",
    "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2025",
         "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"])
d.C("Luật Lâm nghiệp 2017", L, "2017-11-15", "Quốc hội", "Luật Lâm nghiệp", "basis",
    alt=["16/2017/QH14", "Luật Lâm nghiệp"])
d.C("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024", L, "2024-11-29", "Quốc hội",
    "Luật phòng cháy, chữa cháy và cứu nạn, cứu hộ", "basis",
    alt=["55/2024/QH15", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"])
d.C("190/2025/QH15", "NQ", "2025-02-19", "Quốc hội",
    "quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước", "basis")
d.C("202/2025/QH15", "NQ", "2025-06-12", "Quốc hội", "về việc sắp xếp đơn vị hành chính cấp tỉnh", "basis")
d.C("156/2018/NĐ-CP", "NĐ", "2018-11-16", "Chính phủ", "quy định chi tiết thi hành một số điều của Luật Lâm nghiệp",
    "basis")
d.C("91/2024/NĐ-CP", "NĐ", "2024-07-18", "Chính phủ", None, "basis")
d.C("131/2025/NĐ-CP", "NĐ", "2025-06-12", "Chính phủ", d.text(58, 60, start="quy định", end="Môi trường"), "basis")
d.C("127/2000/QĐ-BNN-KL", "QĐ", "2000-12-11", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
    d.text(62, 64, start="Ban hành", end="cháy rừng"), "basis")
d.C("16/2025/TT-BNNMT", "TT", "2025-06-19", "Bộ trưởng Bộ Nông nghiệp và Môi trường",
    d.text(66, 69, start="quy định", end="kiểm lâm"), "basis")
d.C("683/TTr-SNNMT", "TTr", "2025-10-30", "Giám đốc Sở Nông nghiệp và Môi trường", None, "cites")
d.C("32/2021/QĐ-UBND", "QĐ", "2021-10-07", "Ủy ban nhân dân thành phố Hải Phòng",
    d.text(328, 330, start="về việc", end="Hải Phòng"), "cites")
d.C("09/2022/QĐ-UBND", "QĐ", "2022-09-12", "Ủy ban nhân dân tỉnh Hải Dương",
    d.text(332, 335, start="về việc", end="Hải Dương"), "cites")
d.save(f"gold/{stem}.json")
