import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e10_tw-228-cd-ttg-2025-bao-hiem-mua-lu"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CĐ", "number": "228/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-25",
              "title": d.text(83, 85, start="GIẢI QUYẾT"), "signer": "Hồ Đức Phớc"}
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
BTC, BYT, BNV, VPCP = "Bộ Tài chính", "Bộ Y tế", "Bộ Nội vụ", "Văn phòng Chính phủ"
d.S("1", "Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan", ["assignments"])
d.S("2", "Bộ Y tế", ["assignments"])
d.S("3", "Bộ Nội vụ", ["assignments"])
d.S("4", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", ["assignments"])
d.S("5", "Văn phòng Chính phủ", ["assignments"])
# 1. an item that introduces lettered sub-items: a task of its own, and each sub-item (lead, partners vague)
d.A([BTC], d.text(114, 115, start="chủ trì"), role="lead", section="1")
d.A([BTC], d.text(116, 121), role="lead", section="1")
d.A([BTC], d.text(122, 125), role="lead", section="1")
d.A([BTC], d.text(126, 128), role="lead", section="1")
d.A([BYT], d.text(129, 134, start="theo chức năng"), role="lead", partners=[BTC], section="2")
d.A([BNV], d.text(135, 139, start="theo chức năng"), role="lead", partners=[BTC], section="3")
d.A([UBT], d.text(140, 144, start="chủ động"), role="support", partners=[BTC, BYT, BNV], section="4")
d.A([VPCP], d.text(145, 147, start="theo chức năng").rstrip("/."), section="5")
d.save(f"gold/{stem}.json")
