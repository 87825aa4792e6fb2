import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h02_thanhhoa-235-kh-ubnd-2025-quan-trac-thuy-san"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "235/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Thanh Hóa", "province": "Thanh Hóa",
              "issued_date": "2025-11-18", "title": d.text(23, 24), "signer": "Mai Xuân Liêm"}
d.S("I", "MỤC TIÊU", ["objectives"])
d.S("II", "NỘI DUNG KẾ HOẠCH", ["tasks"])
d.S("III", "KINH PHÍ THỰC HIỆN", ["funding"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
NN, XA = "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"
# monitoring periods of section II (no agency named): optional
d.D("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026", "2026-10-31", optional=True)
d.D("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026", "2026-04-30", optional=True)
d.D("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026", "2026-08-31", optional=True)
d.D("năm 2026", "2026-12-31", optional=True)
# IV.1: the Sở directs its Chi cục to do the bullets (the Chi cục is an accepted spelling of the Sở here)
d.A([NN], d.text(283, 284, start="chỉ đạo Chi cục"), section="IV.1")
d.A([NN], d.text(286, 287), section="IV.1")
d.A([NN], d.text(289, 291), role="support", partners=[XA], section="IV.1")
d.A([NN], d.text(293, 298), section="IV.1")
d.A([NN], d.text(300, 302), section="IV.1")
d.A([NN], d.text(304, 305), section="IV.1",
    deadline=d.D("báo cáo UBND tỉnh trước ngày 15/12/2026", "2026-12-15", agencies=[NN]))
d.A(["Sở Tài chính"], d.text(307, 310, start="Căn cứ khả"), section="IV.2")
d.A([XA], d.text(312, 317, start="Phối hợp"), role="support", partners=[NN], section="IV.3")
d.A(["Các cơ sở nuôi trồng thủy sản"], d.text(320, 326), section="IV.4")
d.A(["Các sở, ban, ngành tỉnh", XA], d.text(328, 329, start="nghiêm túc").rstrip("/."), optional=True)
d.C("4255/QĐ-BNN-KHCN", "QĐ", "2024-12-04", "Bộ Nông nghiệp và Phát triển nông thôn",
    "về việc phê duyệt Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến năm 2040”", "basis")
d.C("223/KH-UBND", "KH", "2025-10-24", "UBND tỉnh",
    "về quan trắc, cảnh báo môi trường nuôi trồng thủy sản giai đoạn 2026 - 2030", "basis")
d.C("Chương trình Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến năm 2040", "CTr", None, None,
    "Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến năm 2040", "cites", optional=True)
d.C("24/2018/TT-BNNPTNT", "TT", "2018-11-15", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", None, "cites")
d.save(f"gold/{stem}.json")
