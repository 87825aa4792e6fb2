import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e01_tw-234-cd-ttg-2025-chien-dich-quang-trung"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CĐ", "number": "234/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-30",
              "title": d.text(83, 85, start="PHÁT ĐỘNG"), "signer": "Phạm Minh Chính"}
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
d.S("1", d.text(112, 114, strip=True).rstrip(":"), ["assignments"])
d.S("2", "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an", ["assignments"])
d.S("3", "Bộ trưởng Bộ Xây dựng", ["assignments"])
d.S("4", "Bộ trưởng Bộ Nông nghiệp và Môi trường", ["assignments"])
d.S("5", "Bộ trưởng Bộ Tài chính", ["assignments"])
# 1. provinces
d.A([UBT], d.text(115, 119), section="1",
    deadline=d.D("triển khai ngay \"Chiến dịch Quang Trung\" vào ngày 01/12/2025", "2025-12-01", agencies=[UBT], optional=True))
dl1 = d.D("hoàn thành chậm nhất trước ngày 31/12/2025", "2025-12-31", agencies=[UBT])
d.D("chậm nhất trước ngày 31/01/2026", "2026-01-31", agencies=[UBT])
d.A([UBT], d.text(120, 125), section="1", deadline=dl1)
d.A([UBT], d.text(126, 141), section="1", partners=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    deadline=d.D("gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025", "2025-12-03", agencies=[UBT]))
d.A([UBT], d.text(142, 146, start="chịu trách nhiệm toàn diện"), section="1")
d.A(["Bộ Quốc phòng", "Bộ Công an"], d.text(147, 150, start="chỉ đạo các đơn vị"), section="2")
d.A(["Bộ Xây dựng"], d.text(151, 156, start="chỉ đạo Sở Xây dựng"), section="3")
d.A(["Bộ Nông nghiệp và Môi trường"], d.text(157, 160, start="hướng dẫn các địa phương"), section="4",
    deadline=d.D("hoàn thành trước ngày 05/12/2025", "2025-12-05", agencies=["Bộ Nông nghiệp và Môi trường"]))
d.A(["Bộ Tài chính"], d.text(161, 165, start="chủ trì phối hợp").rstrip("/."), role="lead", section="5",
    deadline=d.D("hoàn thành trước ngày 05/12/2025", "2025-12-05", agencies=["Bộ Tài chính"]))
d.C("99-TB/TW", "TB", "2025-11-21", "Bộ Chính trị", None, "basis")
d.C("213-KL/TW", "KL", "2025-11-21", "Ban Bí thư", None, "basis")
d.C("380/NQ-CP", "NQ", "2025-11-25", "Chính phủ", None, "basis")
d.save(f"gold/{stem}.json")
