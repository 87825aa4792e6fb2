import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Council's (Hà Nội) resolution of four articles setting credit terms of the social policy bank
# (NHCSXH); the tasks sit in "Điều 4. Điều khoản thi hành" (no "Tổ chức thực hiện" article): "2. Giao Ủy ban nhân dân
# Thành phố bố trí ...; hướng dẫn, tổ chức thực hiện ...", "3. Giao Thường trực HĐND ...", "4. Đề nghị Ủy ban MTTQ ...
# phối hợp ..."; a citation "164/BC- BKTNS" printed with a space. Annotated before the extractor was run on it.
stem = "e57_hanoi-56-nq-hdnd-2025-cho-vay-nhcsxh"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NQ", "number": "56/2025/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Hà Nội",
              "province": "Hà Nội", "issued_date": "2025-11-26", "title": d.text(22, 25),
              "signer": "Phùng Thị Hồng Hà"}
UB = "Ủy ban nhân dân tỉnh"
d.S("1", "Phạm vi điều chỉnh và đối tượng áp dụng", [])
d.S("2", "Mức cho vay, thời hạn cho vay, lãi suất cho vay", [])
d.S("3", "Nguồn kinh phí thực hiện", ["funding"])
d.S("4", "Điều khoản thi hành", [])
d.A([UB], d.text(176, 179, start="bố trí"), section="4")
d.A(["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
     "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"],
    d.text(181, 183, start="giám"), section="4")
d.A(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], d.text(185, 187, start="phối hợp"), role="support", requested=True,
    section="4")
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Ngân sách nhà nước 2025", L, None, "Quốc hội", "Luật Ngân sách Nhà nước", "basis",
    alt=["89/2025/QH15", "Luật Ngân sách nhà nước"])
d.C("Luật Nhà ở 2023", L, None, "Quốc hội", "Luật Nhà ở", "basis", alt=["27/2023/QH15", "Luật Nhà ở"])
d.C("Luật Thủ đô 2024", L, None, "Quốc hội", "Luật Thủ đô", "basis", alt=["39/2024/QH15", "Luật Thủ đô"])
d.C("78/2002/NĐ-CP", "NĐ", None, "Chính phủ", d.text(44, 44, start="về tín dụng", end="chính sách khác"), "basis")
d.C("100/2024/NĐ-CP", "NĐ", None, "Chính phủ", d.text(47, 48, start="quy định", end="nhà ở xã hội"), "basis")
d.C("11/2017/TT-BTC", "TT", None, "Bộ Tài chính", d.text(51, 53, start="quy định", end="chính sách khác"), "basis")
d.C("84/2025/TT-BTC", "TT", None, "Bộ Tài chính", None, "cites")
d.C("413/TTr-UBND", "TTr", "2025-11-20", "Ủy ban nhân dân thành phố Hà Nội", None, "cites")
d.C("164/BC-BKTNS", "BC", None, "Ban Kinh tế - Ngân sách", None, "cites")
d.C("496/BC-UBND", "BC", "2025-11-25", "Ủy ban nhân dân Thành phố", None, "cites")
d.save(f"gold/{stem}.json")
