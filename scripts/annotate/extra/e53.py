import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A province's (Đồng Nai) normative decision of articles only (no chapters, no attachment) delegating two powers on
# foreign adoption to the Sở Tư pháp: articles are the sections, labelled by number; "Điều 3. Nội dung phân cấp"
# gives powers (optional, as e47's); "Điều 4. Trách nhiệm thi hành" gives "1. Sở Tư pháp" over a) b) c) and a closing
# "2. Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan căn cứ ..." (optional, the closing kind). Annotated before
# the extractor was run on it. After the first run, the kinds of Điều 3 and 4 were set by the precedents of the set
# (e24's "Nội dung và mức chi": tasks, FORMAT's "nội dung"; e42's "Trách nhiệm thi hành": assignments); the gold as first
# committed gave them [] and implementation.
stem = "e53_dongnai-63-qd-ubnd-2025-phan-cap-con-nuoi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "63/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Đồng Nai",
              "province": "Đồng Nai", "issued_date": "2025-11-18", "title": d.text(22, 24),
              "signer": "Võ Tấn Đức"}
STP, UB = "Sở Tư pháp", "Ủy ban nhân dân tỉnh"
d.S("1", "Phạm vi điều chỉnh và đối tượng áp dụng", [])
d.S("2", "Nguyên tắc phân cấp", [])
d.S("3", "Nội dung phân cấp", ["tasks"])
d.S("4", "Trách nhiệm thi hành", ["assignments"])
d.S("5", "Hiệu lực thi hành", [])
d.A([UB], d.text(79, 81, start="phân cấp"), section="3", optional=True)
d.A([UB], d.text(96, 98, start="phân cấp"), section="3", optional=True)
d.A([STP], d.text(104, 106), section="4")
d.A([STP], d.text(108, 111), role="lead", section="4")
d.A([STP], d.text(113, 115), section="4",
    deadline=d.D("Định kỳ hàng năm", rec="FREQ=YEARLY", agencies=[STP]))
d.A(["Các cơ quan, đơn vị có liên quan"], d.text(117, 118, start="căn cứ"), section="4", optional=True)
d.A(["Văn phòng Ủy ban nhân dân tỉnh", STP, "Sở Y tế", "Công an tỉnh"], d.text(125, 127, start="chịu trách nhiệm"),
    section="5", optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Nuôi con nuôi 2010", L, None, "Quốc hội", "Luật Nuôi con nuôi", "basis",
    alt=["52/2010/QH12", "Luật Nuôi con nuôi"])
d.C("19/2011/NĐ-CP", "NĐ", None, "Chính phủ", d.text(34, 35, start="quy định", end="Luật Nuôi con nuôi"), "basis")
d.C("24/2019/NĐ-CP", "NĐ", None, "Chính phủ", None, "cites")
d.C("06/2025/NĐ-CP", "NĐ", None, "Chính phủ", None, "cites")
d.C("139/TTr-STP", "TTr", "2025-11-04", "Giám đốc Sở Tư pháp", None, "cites")
d.save(f"gold/{stem}.json")
