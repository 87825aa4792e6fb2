import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial chairman's decision (QĐ-CTUBND) issuing a Quy chế: Chương I-IV, Chương III "TRÁCH NHIỆM CỦA CÁC CƠ
# QUAN ..." with articles "Điều N. Trách nhiệm của X" over numbered items; the decision's closing "Chánh Văn phòng
# ... chịu trách nhiệm thi hành" (optional, as in e06). Annotated before the extractor was run on it.
stem = "e21_dongthap-144-qd-ctubnd-2025-quy-che-chu-ky-so"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "144/2025/QĐ-CTUBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp",
              "province": "Đồng Tháp", "issued_date": "2025-12-02", "title": d.text(23, 26),
              "signer": "Huỳnh Minh Tuấn"}
KHCN, CQQL, VT = "Sở Khoa học và Công nghệ", "Cơ quan, tổ chức quản lý trực tiếp", "Văn thư cơ quan"
BP = "Bộ phận/cá nhân chuyên trách/phụ trách quản lý chữ ký số tại các cơ quan, đơn vị"
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", d.text(213, 215), [])
d.S("III", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN", ["assignments"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
# decision's closing article: optional (ANNOTATING / e06)
d.A(["Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"],
    "chịu trách nhiệm thi hành Quyết định này./.", optional=True)
# Chương I/II: rules and procedure steps that name a body: optional
d.A(["Các cơ quan, đơn vị"], d.text(179, 183, start="các cơ quan, đơn vị xem xét").replace("các cơ quan, đơn vị ", "", 1),
    section="I", optional=True)
d.A([VT], d.text(237, 241, start="có trách nhiệm"), section="II", optional=True)
d.A([CQQL], d.text(281, 284, start="có văn bản"), section="II", optional=True)
d.A([KHCN], d.text(286, 291, start="thực hiện việc khôi phục"), section="II", optional=True)
# Điều 14
d.A([KHCN], d.text(400, 404), section="III")
d.A([KHCN], d.text(406, 410), role="lead", section="III")
d.A([KHCN], d.text(412, 415), role="support", section="III")
d.A([KHCN], d.text(417, 423), section="III")
# Điều 15
d.A([CQQL], d.text(428, 434), section="III")
d.A([CQQL], d.text(436, 439), role="support", partners=[KHCN], section="III")
d.A([CQQL], d.text(441, 442), section="III")
# Điều 16: duties of a subscriber (a person): optional
d.A(["Thuê bao"], d.text(447, 449, start="có trách nhiệm"), section="III", optional=True)
# Điều 17
for a, b in ((454, 457), (459, 463), (465, 468), (470, 474)):
    d.A([VT], d.text(a, b), section="III")
# Điều 18
for a, b in ((480, 483), (485, 488), (490, 494), (496, 498), (500, 502)):
    d.A([BP], d.text(a, b), section="III")
# Chương IV
d.A([KHCN], d.text(512, 514, start="có trách nhiệm"), section="IV")
d.A(["Các cơ quan, đơn vị, cá nhân"], d.text(516, 518, start="kịp thời").split(" để tổng hợp")[0], section="IV",
    optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Công nghệ thông tin 2006", L, None, "Quốc hội", "Luật Công nghệ thông tin", "basis",
    alt=["67/2006/QH11", "Luật Công nghệ thông tin"])
d.C("Luật An toàn thông tin mạng 2015", L, None, "Quốc hội", "Luật An toàn thông tin mạng", "basis",
    alt=["86/2015/QH13", "Luật An toàn thông tin mạng"])
d.C("Luật An ninh mạng 2018", L, None, "Quốc hội", "Luật An ninh mạng", "basis",
    alt=["24/2018/QH14", "Luật An ninh mạng"])
d.C("Luật Giao dịch điện tử 2023", L, None, "Quốc hội", "Luật Giao dịch điện tử", "basis",
    alt=["20/2023/QH15", "Luật Giao dịch điện tử"])
d.C("30/2020/NĐ-CP", "NĐ", None, "Chính phủ", "về công tác văn thư", "basis")
d.C("42/2022/NĐ-CP", "NĐ", None, "Chính phủ", d.text(51, 52, start="quy định", end="môi trường mạng"), "basis")
d.C("68/2024/NĐ-CP", "NĐ", None, "Chính phủ", "quy định về chữ ký số chuyên dùng công vụ", "basis")
d.C("78/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(58, 59, start="quy định", end="pháp luật"), "basis")
d.C("187/2025/NĐ-CP", "NĐ", "2025-07-01", "Chính phủ", None, "cites")
d.save(f"gold/{stem}.json")
