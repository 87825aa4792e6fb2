import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A province's three-year budget plan (portal) addressed to its People's Council ("Kính gửi:"): a report of 2025, a
# forecast, and solutions that name no body (one clause of the tax branch inside a bullet); tables of figures
# ("Mẫu biểu số 01" ...) after the signature, footnotes citing resolutions. A plan with no assignment: what is
# extracted as a task is over-extraction. Annotated before the extractor was run on it.
stem = "e52_camau-0204-kh-ubnd-2025-tai-chinh-ngan-sach"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "0204/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Cà Mau",
              "province": "Cà Mau", "issued_date": "2025-11-24", "title": d.text(23, 24), "signer": "Lâm Văn Bi"}
d.S("I", d.text(47, 48), [])
d.S("II", d.text(264, 266), [])
d.S("III", d.text(342, 344), ["tasks"])
# III.2.1: "đồng thời, ngành Thuế phối hợp chặt chẽ với các ngành, các cấp ..." inside a bullet naming no body
d.A(["Thuế tỉnh"], d.text(443, 447, start="phối hợp chặt chẽ"), role="support", section="III.2", optional=True)
d.D("giai đoạn 2026 - 2030", "2030-12-31", agencies=[], optional=True)
d.D("đến ngày 30 tháng 6 hàng năm chưa phân bổ", rec="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", agencies=[], optional=True)
# citations
B = "basis"
d.C("45/2017/NĐ-CP", "NĐ", "2017-04-21", "Chính phủ",
    "quy định chi tiết lập kế hoạch tài chính 05 năm và kế hoạch tài chính - ngân sách nhà nước 03 năm", relation=B)
d.C("69/2017/TT-BTC", "TT", "2017-07-07", "Bộ trưởng Bộ Tài chính",
    "hướng dẫn lập kế hoạch tài chính 05 năm và kế hoạch tài chính - ngân sách nhà nước 03 năm", relation=B)
d.C("56/2025/TT-BTC", "TT", "2025-06-25", "Bộ Tài chính",
    "hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026, kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028",
    relation=B)
d.C("01/CTr-UBND", "CTr", "2025-01-19", "Ủy ban nhân dân tỉnh", None)
d.C("Luật Thuế giá trị gia tăng", "Luật", None, None, "Luật Thuế giá trị gia tăng", alt=["48/2024/QH15"])
d.C("178/2024/NĐ-CP", "NĐ", None, "Chính phủ", None)
d.C("67/2025/NĐ-CP", "NĐ", None, "Chính phủ", None)
d.C("Luật Ngân sách nhà nước 2025", "Luật", None, None, "Luật NSNN", alt=["89/2025/QH15"])
d.C("076/KH-UBND", "KH", "2025-08-30", "Ủy ban nhân dân tỉnh Cà Mau", None)
d.C("174/2024/QH15", "NQ", "2024-11-30", "Quốc hội", None)
d.C("204/2025/QH15", "NQ", "2025-06-17", "Quốc hội", None)
d.C("60/2024/UBTVQH15", "NQ", "2024-12-24", "Ủy ban Thường vụ Quốc hội", None)
d.C("87/2025/NĐ-CP", "NĐ", "2025-04-11", "Chính phủ", None)
d.save(f"gold/{stem}.json")
