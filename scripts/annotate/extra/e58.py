import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Council's (Huế) resolution amending a province-era regulation (Quy định of Nghị quyết 20/2023):
# article headings in bold wrapped over several lines ("**Điều 1. Sửa\nđổi, bổ sung ...**"); Điều 1's clauses quote
# the new wording ("“Điều 6. Quy trình thực hiện", "“b) Thủ tục, trình tự thực hiện"), whose procedural steps name
# bodies (UBND xã/phường, Bảo hiểm xã hội, Sở Tài chính, a Sở "chủ trì, phối hợp với ...") - quoted procedure,
# optional; "Điều 4. Tổ chức thực hiện" after "Điều 3. Hiệu lực thi hành": "1. Giao Ủy ban nhân dân thành phố ...",
# "2. Giao Thường trực HĐND, các Ban ..., Tổ đại biểu và các đại biểu ... giám sát ...". Fourteen laws, ordinances
# and decrees cited by number. Annotated before the extractor was run on it.
stem = "e58_hue-37-nq-hdnd-2025-giam-ngheo"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NQ", "number": "37/2025/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Huế",
              "province": "Huế", "issued_date": "2025-11-18", "title": d.text(24, 27),
              "signer": "Lê Trường Lưu"}
UB = "Ủy ban nhân dân tỉnh"
XA = "Ủy ban nhân dân cấp xã"
BH = "Bảo hiểm xã hội thành phố"
TC = "Sở Tài chính"
PKT = "Phòng Kinh tế cấp xã"
PVH = "Phòng Văn hóa - Xã hội cấp xã"
d.S("1", d.text(101, 105, start="Sửa"), [])
d.S("2", d.text(306, 309, start="Thay"), [])
d.S("3", "Hiệu lực thi hành", [])
d.S("4", "Tổ chức thực hiện", ["implementation"])
# Điều 1: the quoted procedure of the amended regulation (optional)
yearly = d.D("Trước ngày 20 tháng 12 hằng năm", rec="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", agencies=[XA],
             optional=True)
d.A([XA], d.text(129, 133), deadline=yearly, section="1", optional=True)
d.A([BH], d.text(135, 137, start="tổng hợp"), section="1", optional=True)
d.A([TC], d.text(139, 140, start="thẩm định"), section="1", optional=True)
d.A([PKT], d.text(152, 157), role="support", partners=[PVH], section="1", optional=True)
d.A([XA], d.text(159, 162), section="1", optional=True)
d.A([XA], d.text(164, 166), section="1", optional=True)
d.A([XA], d.text(168, 170), section="1", optional=True)
d.A([PKT], d.text(186, 191), role="support", partners=[PVH], section="1", optional=True)
d.A(["Sở Khoa học và Công nghệ"], d.text(193, 197), role="lead",
    partners=[TC, "Sở Nông nghiệp và Môi trường"], section="1", optional=True)
d.A([UB], d.text(199, 203), section="1", optional=True)
d.A([PKT], d.text(215, 220), role="support", partners=[PVH], section="1", optional=True)
d.A(["Sở Nông nghiệp và Môi trường"], d.text(222, 225), role="lead", partners=[TC], section="1", optional=True)
d.A([UB], d.text(227, 228), section="1", optional=True)
d.A([UB], d.text(230, 232), section="1", optional=True)
d.A([PKT], d.text(256, 261), role="support", partners=[PVH], section="1", optional=True)
d.A([XA], d.text(263, 266), section="1", optional=True)
d.A([XA], d.text(268, 270), section="1", optional=True)
d.A([XA], d.text(272, 274), section="1", optional=True)
d.A([XA], d.text(286, 290), deadline=yearly, section="1", optional=True)
d.A([BH], d.text(292, 294, start="tổng hợp"), section="1", optional=True)
d.A([TC], d.text(296, 297, start="thẩm định"), section="1", optional=True)
# Điều 4
d.A([UB], d.text(336, 337, start="triển khai"), section="4")
d.A(["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
     "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"],
    d.text(339, 342, start="trong phạm vi"), section="4")
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội",
    "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2025",
         "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"])
d.C("Luật Ngân sách nhà nước 2015", L, None, "Quốc hội", "Luật Ngân sách nhà nước", "basis",
    alt=["83/2015/QH13", "Luật Ngân sách nhà nước"])
d.C("Luật Đầu tư công 2024", L, None, "Quốc hội", "Luật Đầu tư công", "basis", alt=["58/2024/QH15", "Luật Đầu tư công"])
d.C("Luật Bảo hiểm xã hội 2024", L, None, "Quốc hội", "Luật Bảo hiểm xã hội", "basis",
    alt=["41/2024/QH15", "Luật Bảo hiểm xã hội"])
d.C("Luật Bảo hiểm y tế 2008", L, None, "Quốc hội", "Luật Bảo hiểm y tế", "basis",
    alt=["25/2008/QH12", "Luật Bảo hiểm y tế"])
d.C("46/2014/QH13", L, None, "Quốc hội", "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", "basis",
    alt=["Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế 2014"])
d.C("51/2024/QH15", L, None, "Quốc hội", "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", "basis",
    alt=["Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế 2024"])
d.C("02/2020/UBTVQH14", "Pháp lệnh", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh Ưu đãi người có công với cách mạng",
    "basis", alt=["Pháp lệnh Ưu đãi người có công với cách mạng 2020",
                  "Pháp lệnh Ưu đãi người có công với cách mạng"])
d.C("07/2021/NĐ-CP", "NĐ", "2021-01-27", "Chính phủ", d.text(60, 60, start="quy định", end="2021-2025"), "basis")
d.C("30/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(63, 65, start="sửa đổi", end="2021-2025"), "basis")
d.C("20/2021/NĐ-CP", "NĐ", None, "Chính phủ", d.text(68, 69, start="quy định", end="bảo trợ xã hội"), "basis")
d.C("76/2024/NĐ-CP", "NĐ", None, "Chính phủ", d.text(72, 73, start="về sửa đổi", end="bảo trợ xã hội"), "basis")
d.C("175/2024/QH15", "NQ", None, "Quốc hội", d.text(76, 76, start="về việc", end="trung ương"), "basis")
d.C("131/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(79, 80, start="quy định", end="Môi trường"), "basis")
d.C("150/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(83, 85, start="quy định", end="trung ương"), "basis")
d.C("16384/TTr-UBND", "TTr", "2025-11-12", "Ủy ban nhân dân thành phố", None, "cites")
d.C("20/2023/NQ-HĐND", "NQ", "2023-08-21", "Hội đồng nhân dân tỉnh Thừa Thiên Huế", None, "cites")
d.save(f"gold/{stem}.json")
