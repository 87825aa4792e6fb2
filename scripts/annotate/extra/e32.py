import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A Prime Minister's telegram (Công điện) on floods: "Thủ tướng Chính phủ yêu cầu:" then eight numbered items, each
# naming its ministries or provinces inline, item 2 a heading over bullets; legal portal's page furniture.
# Annotated before the extractor was run on it.
stem = "e32_tw-223-cd-ttg-2025-lu-khanhhoa-daklak-gialai"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CĐ", "number": "223/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-20", "title": d.text(83, 84, start="TẬP TRUNG"), "signer": "Hồ Quốc Dũng"}
UBT, BO = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
QP, CA, XD, NM, GD, YT, TC = ("Bộ Quốc phòng", "Bộ Công an", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường",
                              "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Tài chính")
for lab, a, b in [("1", 108, 110), ("2", 114, 115), ("3", 130, 130), ("4", 136, 136), ("5", 141, 141),
                  ("6", 145, 145), ("7", 147, 147), ("8", 150, 150)]:
    d.S(lab, d.text(a, b), ["assignments"])
d.A([UBT, BO], d.text(110, 113, start="tiếp tục tập trung"), section="1")
d.A([UBT], d.text(116, 120), section="2")
d.A([UBT], d.text(121, 125), section="2")
d.A([UBT], d.text(126, 129), section="2")
d.A([QP, CA], d.text(130, 135, start="chỉ đạo"), section="3")
d.A([XD, CA], d.text(136, 140, start="chỉ đạo"), section="4")
d.A([NM], d.text(141, 144, start="chỉ đạo"), section="5")
d.A([GD], d.text(145, 146, start="chỉ đạo"), section="6")
d.A([YT], d.text(147, 149, start="chỉ đạo"), section="7")
d.A([QP, TC], d.text(150, 152, start="kịp thời").rstrip("/."), section="8")
for n in ("217", "218", "219", "222"):
    d.C(f"{n}/CĐ-TTg", "CĐ", "2025-11-19", "Thủ tướng Chính phủ")
d.save(f"gold/{stem}.json")
