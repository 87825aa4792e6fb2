import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A central department's reply letter (Cục Thuế, symbol CT-CS, type CT in the portal index) to one city's tax office:
# the incoming letter, quoted decree articles, then "Đề nghị Thuế thành phố Huế ..."; annotated before extraction.
stem = "e26_cucthue-5642-ct-cs-2025-tien-su-dung-dat-hue"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "5642/CT-CS", "issuer": "Cục Thuế", "province": None,
              "issued_date": "2025-11-28", "title": d.text(69, 69, start="tiền sử dụng đất"),
              "signer": "Nguyễn Thị Thanh Hằng"}
TP = "Thuế thành phố"   # Thuế thành phố Huế
# "phối hợp với các cơ quan liên quan của thành phố Huế": a vague group, no partner
d.A([TP], d.text(106, 109, start="đối chiếu", end="đúng chế độ quy định"), requested=True, section=None)
# the second, conditional request in the same paragraph: optional
d.A([TP], d.text(109, 113, start="báo cáo Ủy ban nhân dân"), requested=True, section=None, optional=True)
d.C("838/CCTKV.XII-NVDTPC.HUE", "CV", "2025-05-15", "Chi cục Thuế khu vực XII")
d.C("103/2024/NĐ-CP", "NĐ", "2024-07-30", "Chính phủ")
d.C("291/2025/NĐ-CP", "NĐ", "2025-11-06", "Chính phủ")
d.save(f"gold/{stem}.json")
