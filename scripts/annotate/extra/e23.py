import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A central department's (Cục Thuế, Bộ Tài chính) decision issuing a Quy định (code of conduct): Chương I-III;
# Chương II norms for civil servants (no agency tasks); "Điều 9. Trách nhiệm của thủ trưởng các đơn vị thuộc Cục
# Thuế" over numbered items (a title read as its body). Annotated before the extractor was run on it.
stem = "e23_btc-cucthue-3509-qd-ct-2025-quy-dinh-ung-xu"
d = Doc(f"{stem}.txt")
# issuer: the authority line ("CỤC TRƯỞNG CỤC THUẾ"), as e03 gives a minister's decision "Bộ trưởng Bộ ..."
d.metadata = {"doc_type": "QĐ", "number": "3509/QĐ-CT", "issuer": "Cục trưởng Cục Thuế", "province": None,
              "issued_date": "2025-11-17", "title": d.text(22, 23), "signer": "Mai Xuân Thành"}
DV, CQT = "Các đơn vị thuộc Cục Thuế", "Cơ quan thuế các cấp"
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", "CHUẨN MỰC ỨNG XỬ", [])
d.S("III", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.A(["Ban Tổ chức cán bộ", "Văn phòng Cục Thuế", DV], "chịu trách nhiệm thi hành Quyết định này./.", optional=True)
d.A([DV], d.text(297, 298), section="III")
d.A([DV], d.text(300, 304), section="III", deadline=d.D("Định kỳ hàng quý", rec="FREQ=MONTHLY;INTERVAL=3",
                                                          agencies=[DV]))
d.A([DV], d.text(306, 307), section="III")
d.A([DV], d.text(309, 310), section="III")
d.A([DV], d.text(312, 318), section="III")
# item 6 names its own subject
d.A([CQT], d.text(320, 323), section="III",
    deadline=d.D("Định kỳ trước ngày 31 tháng 12 hàng năm", rec="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", agencies=[CQT]))
# duties of individual civil servants: optional
d.A(["Công chức thuế"], d.text(328, 331, start="ngoài việc"), section="III", optional=True)
d.A([DV], d.text(346, 348, start="phản ảnh").rstrip("/."), requested=True, section="III", optional=True)
d.C("Luật Cán bộ, công chức 2025", "Luật", "2025-06-24", None, "Luật Cán bộ, công chức", "basis",
    alt=["80/2025/QH15", "Luật Cán bộ, công chức"])
d.C("170/2025/NĐ-CP", "NĐ", "2025-06-30", "Chính phủ", "quy định về tuyển dụng, sử dụng và quản lý công chức", "basis")
d.C("381/QĐ-BTC", "QĐ", "2025-02-26", "Bộ trưởng Bộ Tài chính", d.text(35, 36, start="quy định", end="Thuế"), "basis")
d.C("1892/QĐ-BTC", "QĐ", "2025-05-30", "Bộ trưởng Bộ Tài chính", d.text(37, 38, start="sửa đổi", end="Bộ Tài chính"),
    "basis")
d.C("2229/QĐ-BTC", "QĐ", "2025-06-30", "Bộ trưởng Bộ Tài chính", None, "basis")
d.C("1528/QĐ-BTC", "QĐ", "2025-04-28", "Bộ trưởng Bộ Tài chính", d.text(45, 46, start="quy định", end="Tài chính"),
    "basis")
for name in ("Luật Thanh tra", "Luật Khiếu nại", "Luật Tố cáo", "Luật Tiếp công dân", "Luật Phòng, chống tham nhũng"):
    d.C(name, "Luật", None, None, name, "cites")
d.save(f"gold/{stem}.json")
