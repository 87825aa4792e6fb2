import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Provincial Chỉ thị with bold numbered agency headings and a)-i) items, annotated before the extractor was run on it.
stem = "e09_daklak-012-ct-ubnd-2025-cai-cach-tthc"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CT", "number": "012/CT-UBND", "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk", "province": "Đắk Lắk",
              "issued_date": "2025-11-26", "title": d.text(22, 24), "signer": "Trương Công Thái"}
d.S("1", "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường", ["assignments"])
d.S("2", "Sở Khoa học và Công nghệ", ["assignments"])
d.S("3", "Sở Nội vụ", ["assignments"])
d.S("4", "Văn phòng UBND tỉnh", ["assignments"])
SN, XA = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
KH, NV, VP = "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"
# opening "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng ..., Chủ tịch UBND các xã, phường ...": optional (as in dev d12)
d.A([SN, XA], d.text(60, 65, start="tập trung chỉ đạo"), section="preamble", optional=True)
items1 = [(70, 75), (77, 84), (86, 93), (95, 102), (104, 108), (110, 114), (116, 122), (124, 126)]
for a, b in items1:
    d.A([SN, XA], d.text(a, b), section="1")
d.A([KH], d.text(131, 134), section="2")
d.A([KH], d.text(136, 144), section="2")
d.A([KH], d.text(146, 149), section="2")
d.A([KH], d.text(151, 155), role="lead", partners=[VP], section="2")
d.A([KH], d.text(157, 161), section="2")
d.A([NV], d.text(166, 172), section="3")
d.A([NV], d.text(174, 178), section="3")
d.A([NV], d.text(180, 185), role="support", partners=[VP], section="3")
d.A([VP], d.text(190, 192), section="4")
d.A([VP], d.text(194, 199), section="4")
# closing "Chủ tịch UBND tỉnh yêu cầu ... thực hiện nghiêm túc Chỉ thị này": optional
d.A([SN, XA], d.text(201, 206, start="tổ chức quán triệt"), section=None, optional=True)
d.C("766/QĐ-TTg", "QĐ", "2022-06-23", "Thủ tướng Chính phủ")
d.C("66/NQ-CP", "NQ", "2025-03-26", "Chính phủ")
d.C("118/2025/NĐ-CP", "NĐ", "2025-06-09", "Chính phủ")
d.save(f"gold/{stem}.json")
