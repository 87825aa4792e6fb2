import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Text as the reader gives it (kehoach text files/e11_....pdf); a Công văn of a provincial department
# carrying an inspection plan ("thông báo kế hoạch kiểm tra ... cụ thể như sau: 1. ... 6.").
stem = "e11_laocai-1629-sct-2026-kiem-tra-kho-vlncn"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "1629/SCT-CN", "issuer": "Sở Công Thương tỉnh Lào Cai",
              "province": "Lào Cai", "issued_date": "2026-03-27",
              "title": d.text(8, 13, start="kế hoạch").rstrip("."), "signer": "Hoàng Văn Thuân"}
CTY = "Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở"
d.S("1", "Giai đoạn kiểm tra", [])
d.S("2", "Thời gian kiểm tra", ["roadmap"])   # as d03 "ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA"
d.S("3", "Địa điểm", [])
d.S("4", "Thành phần tham gia kiểm tra", [])
d.S("5", "Nội dung kiểm tra", ["tasks"])
d.S("6", "Phương pháp kiểm tra", [])
d.A([CTY], d.text(28, 28, start="mời các đơn vị"), requested=True, section="4")
d.A([CTY], d.text(36, 36, start="thông báo cho"), requested=True, section=None)
d.A([CTY], d.text(37, 37, start="được biết").rstrip("/."), role="support", section=None, optional=True)
# the inspection day, which the company must attend ("đúng thời gian, địa điểm nêu trên")
d.D("Ngày 31 tháng 03 năm 2026", "2026-03-31", agencies=[CTY], optional=True)
d.C("01/GM-HTCS", "GM", "2026-03-17", CTY, None, "cites")
d.C("01/BC-HTCS", "BC", "2026-03-17", CTY, None, "cites")
d.C("55/2024/QH15", "Luật", "2024-11-29", "Quốc hội", None, "basis",
    alt=["Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024"])
d.C("105/2025/NĐ-CP", "NĐ", "2025-05-15", "Chính phủ", None, "basis")
d.C("06/2021/NĐ-CP", "NĐ", "2021-01-26", "Chính phủ", None, "basis")
d.C("35/2023/NĐ-CP", "NĐ", "2023-06-20", "Chính phủ", None, "basis")
d.C("175/2024/NĐ-CP", "NĐ", "2024-12-30", "Chính phủ", None, "basis")
d.C("144/2025/NĐ-CP", "NĐ", "2025-06-12", "Chính phủ", None, "basis")
d.C("67/2026/NĐ-CP", "NĐ", "2026-03-04", "Chính phủ", None, "basis")
d.C("05/2025/QĐ-UBND", "QĐ", "2025-07-01", "UBND tỉnh Lào Cai", None, "basis")
d.save(f"gold/{stem}.json")
