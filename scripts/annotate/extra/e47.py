import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial chairman's normative decision (QĐ-CTUBND, Gia Lai) delegating powers over public assets: Chương I-III;
# Chương II's articles give each kind of body a power ("1. Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh quyết
# định ...", "2. Ủy ban nhân dân cấp xã quyết định ...") -- powers, not tasks: optional; Chương III "Điều 14. Tổ chức
# thực hiện" gives the duties. Annotated before the extractor was run on it.
stem = "e47_gialai-44-qd-ctubnd-2025-phan-cap-tai-san-cong"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "44/2025/QĐ-CTUBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
              "province": "Gia Lai", "issued_date": "2025-11-20", "title": d.text(23, 25),
              "signer": "Nguyễn Tuấn Thanh"}
SN, XA, STC = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã", "Sở Tài chính"
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", "PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TRONG QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TẠI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ "
         "THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH GIA LAI", [])
d.S("III", "TỔ CHỨC THỰC HIỆN", ["implementation"])
# Chương II: delegated powers (optional)
for a, b, who in [(111, 113, SN), (115, 117, XA), (122, 127, SN), (129, 134, XA), (139, 141, SN), (143, 144, XA),
                  (149, 153, SN), (155, 159, XA), (161, 165, STC), (170, 175, SN), (177, 182, XA),
                  (187, 190, SN), (207, 209, XA), (228, 231, SN), (233, 236, XA), (241, 245, SN), (247, 250, XA),
                  (256, 260, SN), (262, 266, XA), (275, 277, SN), (279, 281, XA), (286, 290, SN), (292, 296, XA),
                  (302, 307, SN), (309, 314, XA)]:
    d.A([who], d.text(a, b, start="quyết định"), section="II", optional=True)
# Điều 8's powers end "..., gồm:" over lettered cases: sub-items of an optional entry, optional too (FORMAT.md: a
# bullet that introduces sub-items is a task, and so is each sub-item). Added after the first run.
for a, b, who in [(192, 199, SN), (201, 205, SN), (211, 217, XA), (219, 223, XA)]:
    d.A([who], d.text(a, b), section="II", optional=True)
# Chương III
d.A([STC], d.text(322, 323, start="chủ trì"), role="lead", section="III")
d.A([SN, XA], d.text(325, 328, start="có trách nhiệm"), section="III")
d.A(["Các cơ quan, tổ chức, đơn vị"], d.text(330, 333, start="kịp thời", end="về Sở Tài chính"), section="III",
    optional=True)
d.A([STC], d.text(330, 333, start="để tổng hợp"), section="III", optional=True)
d.A(["Văn phòng Ủy ban nhân dân tỉnh", STC, "Sở Tư pháp", SN, XA], d.text(340, 343, start="chịu"),
    section="III", optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Quản lý, sử dụng tài sản công 2017", L, None, "Quốc hội", "Luật Quản lý, sử dụng tài sản công", "basis",
    alt=["15/2017/QH14", "Luật Quản lý, sử dụng tài sản công"])
d.C("56/2024/QH15", L, None, "Quốc hội", None, "cites")
d.C("186/2025/NĐ-CP", "NĐ", "2025-07-01", "Chính phủ",
    "quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công", "basis")
d.C("100-KL/ĐU", "KL", "2025-11-17", "Đảng ủy UBND tỉnh", d.text(40, 41, start="về kết luận", end="xã hội"), "basis")
d.C("421/TTr-STC", "TTr", "2025-10-29", "Sở Tài chính", None, "cites")
d.C("501/TTr-STC", "TTr", "2025-11-20", "Sở Tài chính", None, "cites")
d.C("22/BC-STP", "BC", "2025-10-24", "Sở Tư pháp", None, "cites")
d.save(f"gold/{stem}.json")
