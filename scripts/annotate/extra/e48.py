import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Council's (Huế) resolution of articles only: article headings broken after "Điều" ("**Điều\n2.
# Quy định ...**"), a fee table, "Điều 8. Tổ chức thực hiện" after "Điều 7. Điều khoản thi hành" with "1. Giao Ủy ban
# nhân dân thành phố ...", "2. Giao Thường trực Hội đồng nhân dân, các Ban ..., Tổ đại biểu ... và đại biểu ...";
# an appendix list of communes. Annotated before the extractor was run on it.
stem = "e48_hue-36-nq-hdnd-2025-hoc-phi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NQ", "number": "36/2025/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Huế",
              "province": "Huế", "issued_date": "2025-11-18", "title": d.text(22, 23),
              "signer": "Lê Trường Lưu"}
d.S("1", "Phạm vi điều chỉnh, đối tượng áp dụng", [])
d.S("2", d.text(74, 76), [])
d.S("3", "Hỗ trợ học phí", [])
d.S("4", d.text(160, 163), [])
d.S("5", d.text(178, 179), [])
d.S("6", "Nguồn kinh phí thực hiện", ["funding"])
d.S("7", "Điều khoản thi hành", [])
d.S("8", "Tổ chức thực hiện", ["implementation"])
d.A(["Ủy ban nhân dân tỉnh"], d.text(205, 206, start="triển khai"), section="8")
d.A(["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
     "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"],
    d.text(208, 211, start="trong phạm vi"), section="8")
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội",
    "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2025",
         "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"])
d.C("Luật Giáo dục 2019", L, None, "Quốc hội", "Luật Giáo dục", "basis", alt=["43/2019/QH14", "Luật Giáo dục"])
d.C("217/2025/QH15", "NQ", None, "Quốc hội", d.text(36, 39, start="về miễn", end="quốc dân"), "basis")
d.C("238/2025/NĐ-CP", "NĐ", None, "Chính phủ", d.text(41, 43, start="quy định", end="đào tạo"), "basis")
d.C("16241/TTr-UBND", "TTr", "2025-11-11", "Ủy ban nhân dân thành phố Huế", None, "cites")
d.C("15/2024/NQ-HĐND", "NQ", "2024-07-16", "Hội đồng nhân dân tỉnh Thừa Thiên Huế",
    d.text(198, 200, start="quy định", end="2024 - 2025"), "cites")
d.save(f"gold/{stem}.json")
