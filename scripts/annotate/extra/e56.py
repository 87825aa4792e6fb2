import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Council's (Hà Nội) resolution amending an earlier fee resolution, articles only, their headings in
# bold "**Điều 1.**" followed by plain text on the same line; "Điều 2. Tổ chức thực hiện": "1. Giao Ủy ban nhân dân
# Thành phố ...", "2. Giao Thường trực HĐND ...", "3. Đề nghị Ủy ban MTTQ ... phối hợp ..."; an appendix (Phụ lục) of
# fee rules with lettered parts "A.", "B." and numbered bold fields, two fee tables. Annotated before the extractor was
# run on it.
stem = "e56_hanoi-66-nq-hdnd-2025-phi-tham-quan-di-tich"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NQ", "number": "66/2025/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Hà Nội",
              "province": "Hà Nội", "issued_date": "2025-11-27", "title": d.text(23, 26),
              "signer": "Phùng Thị Hồng Hà"}
UB = "Ủy ban nhân dân tỉnh"
d.S("1", d.text(64, 66, start="Sửa"), [])
d.S("2", "Tổ chức thực hiện", ["implementation"])
d.S("3", "Hiệu lực thi hành", [])
d.A([UB], d.text(70, 71, start="tổ chức"), section="2")
d.A(["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
     "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"],
    d.text(73, 75, start="giám sát"), section="2")
d.A(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], d.text(77, 78, start="phối hợp"), role="support", requested=True,
    section="2")
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Phí và lệ phí 2015", L, None, "Quốc hội", "Luật Phí và lệ phí", "basis",
    alt=["97/2015/QH13", "Luật Phí và lệ phí"])
d.C("120/2016/NĐ-CP", "NĐ", None, "Chính phủ", d.text(39, 39, start="quy định", end="lệ phí"), "basis")
d.C("82/2023/NĐ-CP", "NĐ", None, "Chính phủ", None, "cites")
d.C("85/2019/TT-BTC", "TT", None, "Bộ Tài chính", d.text(43, 44, start="hướng dẫn", end="Trung ương"), "basis")
d.C("106/2021/TT-BTC", "TT", None, "Bộ Tài chính", None, "cites")
d.C("06/2020/NQ-HĐND", "NQ", "2020-07-07", "Hội đồng nhân dân thành phố Hà Nội", None, "basis")
d.C("16/2023/NQ-HĐND", "NQ", "2023-12-06", "Hội đồng nhân dân thành phố Hà Nội", None, "cites")
d.C("419/TTr-UBND", "TTr", "2025-11-21", "UBND Thành phố", None, "cites")
d.C("104/BC-BVHXH", "BC", "2025-11-24", "Ban Văn hóa - Xã hội Hội đồng nhân dân Thành phố", None, "cites")
d.C("473/BC-UBND", "BC", "2025-11-25", "Ủy ban nhân dân Thành phố", None, "cites")
# appendix
d.C("28/2012/NĐ-CP", "NĐ", "2012-04-10", "Chính phủ",
    d.text(148, 150, start="quy định chi tiết", end="người khuyết tật"), "cites")
d.C("Luật người cao tuổi", L, None, None, "Luật người cao tuổi", "cites",
    alt=["39/2009/QH12", "Luật Người cao tuổi 2009"])
d.C("Luật người khuyết tật", L, None, None, "luật người khuyết tật", "cites",
    alt=["51/2010/QH12", "Luật Người khuyết tật 2010"], optional=True)
d.save(f"gold/{stem}.json")
