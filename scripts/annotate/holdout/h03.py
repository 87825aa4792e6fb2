import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h03_vpcp-636-tb-2025-ket-luan-phutho"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": "636/TB-VPCP", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-24", "title": d.text(22, 24), "signer": "Phạm Mạnh Cường"}
d.S("I", "ĐÁNH GIÁ CHUNG", [])
d.S("II", "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", ["tasks"])
d.S("III", "VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", [])
# II: tasks of the province, which the text never names as subject: optional
PT = "Ủy ban nhân dân tỉnh Phú Thọ"
for a, b in [(81, 85), (87, 91), (93, 98), (100, 105), (107, 110), (112, 115), (117, 119), (121, 121), (123, 126), (128, 131), (133, 136)]:
    d.A([PT], d.text(a, b), section="II", optional=True)
d.A(["Các bộ, cơ quan liên quan"], d.text(149, 153, start="theo chức năng"), section="III.1")
nov = d.D("trong tháng 11 năm 2025", "2025-11-30", agencies=["Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"])
d.A(["Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"], d.text(158, 162, start="theo chức năng"),
    role="lead", section="III.2", deadline=nov)
nv = d.D("trong tháng 11 năm 2025", "2025-11-30", agencies=["Bộ Nội vụ"])
d.A(["Bộ Nội vụ"], d.text(167, 169, start="theo chức năng"), section="III.3", deadline=nv)
d.A([PT, "Các bộ, cơ quan liên quan"], d.text(171, 172, start="biết, thực hiện").rstrip("/."), optional=True)
d.C("2179/QĐ-TTg", "QĐ", "2025-10-06", "Thủ tướng Chính phủ", None, "cites")
d.C("70/2025/UBTVQH15", "NQ", None, "Ủy ban Thường vụ Quốc hội", None, "cites", alt=["70/2025/NQ-UBTVQH15"])
d.C("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "NQ", None, None, None, "cites", optional=True)
d.C("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV", "NQ", None, None, None, "cites", optional=True)
d.D("năm 2025", "2025-12-31", optional=True)
d.D("giai đoạn 2026 - 2030", "2030-12-31", optional=True)
d.save(f"gold/{stem}.json")
