import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Nghệ An's emulation-campaign plan: a "Thực hiện" opening naming three documents, emulation contents and per-group
# criteria (III.1 a)-đ)), solutions naming no agency (IV), then "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN" whose "- "
# bullets name the agency inline ("- Sở Nội vụ hướng dẫn ...; phối hợp với ..."). Annotated before the extractor ran
# on it. Run from samples/annotated/holdout.
stem = "h09_nghean-982-kh-ubnd-2025-thi-dua-dai-hoi-xiv"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "982/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Nghệ An", "province": "Nghệ An",
              "issued_date": "2025-11-19", "title": d.text(21, 24), "signer": "Phùng Thành Vinh"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "NỘI DUNG ĐỢT THI ĐUA", ["tasks"])
d.S("III", "TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", [])
d.S("IV", "GIẢI PHÁP THỰC HIỆN", ["tasks"])
d.S("V", "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", ["roadmap", "assignments"])
SBN, XA = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
MT, CT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"
CQ, DN, NV = "Các cơ quan, đơn vị", "Các doanh nghiệp", "Sở Nội vụ"
ALL = [SBN, MT, CT, XA, DN, "Các tổ chức Hội"]
# year targets ("năm 2025"), no agency: optional
d.D("phát triển kinh tế - xã hội năm 2025", "2025-12-31", optional=True)
# II: the campaign's contents, for every body and every citizen ("... và mọi người dân triển khai Đợt thi đua ...
# tập trung thi đua thực hiện các nội dung chủ yếu sau:"): optional
d.A(ALL, d.text(62, 68, start="triển khai Đợt"), section="II", optional=True)
for a, b in [(70, 74), (76, 77), (79, 83), (85, 88), (90, 92)]:
    d.A(ALL, d.text(a, b), section="II", optional=True)
# III.1: emulation criteria per group, not tasks given to them: optional
for a, b in [(120, 124), (126, 129)]:
    d.A([MT, CT], d.text(a, b), section="III.1", optional=True)
for a, b in [(133, 135), (137, 138), (140, 142), (144, 147), (149, 154), (156, 166)]:
    d.A([CQ], d.text(a, b), section="III.1", optional=True)
for a, b in [(170, 174), (176, 178), (180, 183)]:
    d.A([DN], d.text(a, b), section="III.1", optional=True)
# III.2.b: a paragraph that gives the bodies a task
d.A([CQ], d.text(216, 219, start="căn cứ"), section="III.2")
# V.2: agency named inline at the start of each bullet
d.A([CQ], d.text(253, 258, start="căn cứ"), section="V.2")
d.A([MT, CT], d.text(260, 265, start="phát huy"), requested=True, section="V.2")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(267, 271, start="phối hợp"), role="support",
    partners=["Ban Tuyên giáo và Dân vận Tỉnh ủy"], section="V.2")
d.A(["Hội đồng Thi đua - Khen thưởng các cấp"], d.text(273, 275, start="phân công"), section="V.2")
d.A([NV], d.text(277, 280, start="hướng dẫn"), section="V.2")
# closing request: optional
d.A([CQ], d.text(285, 286, start="triển khai và", end="nêu trên."), requested=True, optional=True)
d.C("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "NQ", None, None,
    "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "basis", optional=True)
d.C("45-CT/TW", "CT", "2025-04-14", "Bộ Chính trị", d.text(28, 29, start="về Đại hội", end="của Đảng"), "basis")
d.C("2437/QĐ-TTg", "QĐ", "2025-11-04", "Thủ tướng Chính phủ", d.text(30, 32, start="ban hành").rstrip(";"), "basis")
d.C("41-CT/TW", "CT", "2024-12-26", "Bộ Chính trị", None, "cites")
d.C("319-KH/TU", "KH", "2025-04-10", "Tỉnh ủy", d.text(151, 152, start="về tăng", end="tình hình mới"), "cites")
d.C("Luật Thi đua, khen thưởng 2022", "Luật", "2022-06-15", None, "Luật Thi đua, khen thưởng", "cites", alt=["06/2022/QH15"])
d.save(f"gold/{stem}.json")
