import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A province's (Phú Thọ) normative decision of articles only delegating powers over equipment standards: articles
# are the sections, labelled by number; "Điều 3" gives the bodies of the province and the communes powers (optional,
# as e47's); "Điều 4. Điều khoản thi hành" 3. gives those bodies a duty with a date; "Điều 5. Tổ chức thực hiện"
# 1. "Các cơ quan, tổ chức, đơn vị thực hiện ...", 2. the closing "chịu trách nhiệm thi hành" (optional). Annotated
# before the extractor was run on it.
stem = "e54_phutho-105-qd-ubnd-2025-phan-cap-may-moc"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "105/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Phú Thọ",
              "province": "Phú Thọ", "issued_date": "2025-11-21", "title": d.text(23, 24),
              "signer": "Phan Trọng Tấn"}
SN, XA, CQ = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã", "Các cơ quan, tổ chức, đơn vị"
d.S("1", "Phạm vi điều chỉnh", [])
d.S("2", "Đối tượng áp dụng", [])
d.S("3", "Phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị của cơ quan, tổ chức, đơn vị",
    [])
d.S("4", "Điều khoản thi hành", [])
d.S("5", "Tổ chức thực hiện", ["implementation"])
d.A([SN, XA], d.text(80, 82, start="quyết định"), section="3", optional=True)
due = d.D("trước ngày 31 tháng 12 năm 2025", due="2025-12-31", agencies=[CQ])
d.A([CQ], d.text(127, 132, start="có trách nhiệm"), section="4", deadline=due)
d.A([CQ], d.text(160, 164, start="thực hiện"), section="5")
d.A(["Văn phòng Ủy ban nhân dân tỉnh", SN, XA], d.text(166, 169, start="chịu trách nhiệm"), section="5",
    optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Quản lý, sử dụng tài sản công 2017", L, None, "Quốc hội", "Luật Quản lý, sử dụng tài sản công", "basis",
    alt=["15/2017/QH14", "Luật Quản lý, sử dụng tài sản công"])
d.C("56/2024/QH15", L, None, "Quốc hội", None, "cites")
d.C("90/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("78/2025/NĐ-CP", "NĐ", "2025-04-01", "Chính phủ", None, "basis")
d.C("187/2025/NĐ-CP", "NĐ", "2025-07-01", "Chính phủ", None, "cites")
d.C("15/2025/QĐ-TTg", "QĐ", "2025-06-16", "Thủ tướng Chính phủ",
    "về việc quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị", "basis")
d.C("368/TTr-STC", "TTr", "2025-11-12", "Giám đốc Sở Tài chính", None, "cites")
d.C("36/2023/QĐ-UBND", "QĐ", "2023-10-19", "Ủy ban nhân dân tỉnh Vĩnh Phúc", None, "cites")
d.C("60/2024/QĐ-UBND", "QĐ", "2024-12-04", "Ủy ban nhân dân tỉnh Hòa Bình", None, "cites")
d.C("08/2021/QĐ-UBND", "QĐ", "2021-05-20", "Ủy ban nhân dân tỉnh Phú Thọ", None, "cites")
d.C("10/2024/QĐ-UBND", "QĐ", "2024-04-24", None, None, "cites")
d.C("45/2022/QĐ-UBND", "QĐ", "2022-12-29", "Ủy ban nhân dân tỉnh Phú Thọ", None, "cites")
d.save(f"gold/{stem}.json")
