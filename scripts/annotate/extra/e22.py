import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial decision issuing a Quy định: Chương I-III; Chương II rules for users of electricity (no agency
# tasks); Chương III "TỔ CHỨC THỰC HIỆN" with "Điều 6. Trách nhiệm quản lý ..." whose numbered items open with the
# agency inline ("1. Sở Công Thương chủ trì, ..."). Annotated before the extractor was run on it.
stem = "e22_quangtri-36-qd-ubnd-2025-an-toan-dien"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "36/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Trị",
              "province": "Quảng Trị", "issued_date": "2025-11-19", "title": d.text(22, 23),
              "signer": "Lê Đức Tiến"}
SCT, SN, XA = "Sở Công Thương", "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
PC, HTX, BL = "Công ty Điện lực Quảng Trị", "Hợp tác xã dịch vụ điện Quảng Phú", "Các đơn vị bán lẻ điện"
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", "QUẢN LÝ AN TOÀN TRONG SỬ DỤNG ĐIỆN", [])
d.S("III", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.A(["Văn phòng Ủy ban nhân dân tỉnh", SCT, SN, XA, PC, HTX], "chịu trách nhiệm thi hành Quyết định này./.",
    optional=True)
# Chương II: a rule naming a kind of unit
d.A(["Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng"], d.text(230, 235, start="có trách nhiệm"),
    section="II", optional=True)
d.A([SCT], d.text(248, 250, start="chủ trì"), role="lead", section="III")
d.A([SN], d.text(252, 256, start="theo chức năng"), section="III")
d.A([XA], d.text(258, 265, start="chủ trì"), role="lead", partners=["Các đơn vị điện lực"], section="III")
G4 = [PC, HTX, BL]
d.A(G4, d.text(267, 275, start="tổ chức tuyên truyền"), section="III",
    deadline=d.D("theo định kỳ hàng năm", rec="FREQ=YEARLY", agencies=G4))
d.A(["Các tổ chức, cá nhân có liên quan"], d.text(277, 284, start="có trách nhiệm"), section="III", optional=True)
d.A(["Các cơ quan, đơn vị có liên quan"], d.text(291, 293, start="phản ánh kịp thời", end="giải quyết."),
    section="III", optional=True)
d.A([SCT], d.text(293, 294, start="tổng hợp, báo cáo").rstrip("/."), section="III", optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Điện lực 2024", L, None, "Quốc hội", "Luật Điện lực", "basis", alt=["61/2024/QH15", "Luật Điện lực"])
d.C("62/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(33, 35, start="quy định", end="điện lực"), "basis")
d.C("02/2025/TT-BCT", "TT", None, "Bộ trưởng Bộ Công Thương", d.text(37, 39, start="quy định", end="điện lực"), "basis")
d.C("41/2025/TT-BCT", "TT", None, "Bộ trưởng Bộ Công Thương", "ban hành Quy chuẩn kỹ thuật quốc gia về an toàn điện",
    "basis")
d.C("01/2025/TT-BKHCN", "TT", None, "Bộ trưởng Bộ Khoa học và Công nghệ",
    d.text(44, 46, start="ban hành", end="tương tự"), "basis")
d.C("104/TTr-SCT", "TTr", "2025-11-03", "Giám đốc Sở Công Thương", None, "cites")
d.save(f"gold/{stem}.json")
