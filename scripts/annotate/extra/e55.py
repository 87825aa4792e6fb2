import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A province's (Ninh Bình) normative decision issuing a regulation on the official e-mail system: the decision's three
# articles (Điều 3, the closing "chịu trách nhiệm thi hành", optional) and the attached Quy chế, Chương I-III, the
# sections. Duties: Chương II's "Điều 10. Trách nhiệm của cơ quan quản lý, vận hành ..." gives "1. Sở Khoa học và
# Công nghệ" and "2. Trung tâm Chuyển đổi số và Truyền thông thuộc Sở ..." over a)-e); "Điều 11. Trách nhiệm của
# các cơ quan, đơn vị sử dụng ..." gives the group seven items (subject from the article's heading); Điều 12 binds
# individuals (optional); procedure steps of Điều 6-8 (optional, but 6.1's standing duty); Điều 13's transition
# duties; Chương III "Điều 14. Tổ chức thực hiện". "Có quyền ..." is a power (optional). Annotated before the
# extractor was run on it. The portal page ends inside Điều 15. After the first run, the standard "TCVN 6909:2001" was
# added as an optional citation.
stem = "e55_ninhbinh-162-qd-ubnd-2025-thu-dien-tu-cong-vu"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "162/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Ninh Bình",
              "province": "Ninh Bình", "issued_date": "2025-11-23", "title": d.text(23, 24),
              "signer": "Hà Lan Anh"}
KH, TT, CQ = "Sở Khoa học và Công nghệ", "Trung tâm Chuyển đổi số và Truyền thông", "Các cơ quan, đơn vị"
SN, XA, STC = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã", "Sở Tài chính"
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", "QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TỈNH NINH BÌNH", [])
d.S("III", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.A(["Văn phòng Ủy ban nhân dân tỉnh", SN, XA], d.text(118, 120, start="chịu trách nhiệm"), section="Điều 3",
    optional=True)
# Chương II: procedures (optional) and standing duties
d.A([KH], d.text(295, 297, start="được giao"), section="II")
d.A([CQ], d.text(302, 307, start="gửi văn bản"), section="II", optional=True)
d.A([KH], d.text(309, 312, start="thực hiện"), section="II", optional=True)
d.A([CQ], d.text(314, 316, start="có trách nhiệm"), section="II", optional=True)
d.A([CQ], d.text(347, 349, start="gửi văn bản"), section="II", optional=True)
d.A([KH], d.text(351, 354, start="xác minh"), section="II", optional=True)
d.A([CQ], d.text(356, 358, start="tiến hành"), section="II", optional=True)
d.A([TT], d.text(363, 367, start="thực hiện"), section="II", optional=True)
d.A([KH], d.text(380, 383, start="quyết định"), section="II", optional=True)
d.A([CQ], d.text(388, 391, start="phải thay đổi"), section="II", optional=True,
    deadline=d.D("định kỳ tối đa 06 tháng", rec="FREQ=MONTHLY;INTERVAL=6", agencies=[CQ], optional=True))
d.A([SN, XA], d.text(406, 414, start="phân công"), section="II")
# Điều 10
for a, b in [(420, 423), (425, 427), (429, 433), (435, 438), (440, 443)]:
    d.A([KH], d.text(a, b), section="II")
d.A([KH], d.text(445, 447), section="II", optional=True)
for a, b in [(452, 455), (457, 459), (461, 463), (465, 467), (469, 470)]:
    d.A([TT], d.text(a, b), section="II")
d.A([TT], d.text(472, 477), role="support", section="II")
# Điều 11
for a, b in [(482, 485), (487, 491), (493, 499), (501, 503), (505, 507), (509, 512)]:
    d.A([CQ], d.text(a, b), section="II")
d.A([CQ], d.text(514, 517), section="II",
    deadline=d.D("báo cáo định kỳ (trước ngày 15 tháng 12)", rec="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
                 agencies=[CQ]))
# Điều 12: individuals (optional)
for a, b in [(522, 525), (527, 529), (531, 535), (537, 539), (541, 545), (547, 550), (552, 557), (559, 563)]:
    d.A(["Cá nhân sử dụng hộp thư điện tử"], d.text(a, b), section="II", optional=True)
# Điều 13
d.A([KH], d.text(568, 573, start="có trách nhiệm"), section="II")
d.A([KH], d.text(577, 580, start="phối hợp"), role="support", section="II")
d.A([CQ], d.text(582, 585, start="có trách nhiệm"), section="II")
# Chương III
d.A([KH], d.text(595, 597, start="chủ trì"), role="lead", section="III")
d.A([STC], d.text(599, 602, start="căn cứ"), section="III")
d.A([CQ], d.text(604, 606, start="chịu trách nhiệm"), section="III", optional=True)
d.A([CQ], d.text(611, 613, start="kịp thời"), section="III", requested=True, optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
for name, year, num in [("Công nghệ thông tin", 2006, "67/2006/QH11"), ("An toàn thông tin mạng", 2015, "86/2015/QH13"),
                        ("An ninh mạng", 2018, "24/2018/QH14"), ("Bảo vệ bí mật nhà nước", 2018, "29/2018/QH14"),
                        ("Giao dịch điện tử", 2023, "20/2023/QH15")]:
    d.C(f"Luật {name} {year}", L, None, "Quốc hội", f"Luật {name}", "basis", alt=[num, f"Luật {name}"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("202/2025/QH15", "NQ", None, "Quốc hội", "về việc sắp xếp đơn vị hành chính cấp tỉnh", "basis")
d.C("34/2008/CT-TTg", "CT", None, "Thủ tướng Chính phủ", None, "basis")
for k in ["91/2020/NĐ-CP", "78/2025/NĐ-CP", "71/2007/NĐ-CP", "53/2022/NĐ-CP", "26/2020/NĐ-CP", "137/2024/NĐ-CP",
          "194/2025/NĐ-CP"]:
    d.C(k, "NĐ", None, "Chính phủ", None, "basis")
d.C("187/2025/NĐ-CP", "NĐ", None, "Chính phủ", None, "cites")
d.C("39/2017/TT-BTTTT", "TT", None, None, None, "basis")
d.C("28/2020/QĐ-UBND", "QĐ", "2020-10-16", "Ủy ban nhân dân tỉnh Ninh Bình", None, "cites")
d.C("27/2023/QĐ-UBND", "QĐ", "2023-06-08", "Ủy ban nhân dân tỉnh Hà Nam", None, "cites")
d.C("Luật Ngân sách nhà nước", L, None, None, "Luật Ngân sách nhà nước", "cites")
# a national standard cited by its number (added after the first run, optional: FORMAT names documents, laws, codes)
d.C("TCVN 6909:2001", "TCVN", None, None, None, "cites", optional=True)
d.save(f"gold/{stem}.json")
