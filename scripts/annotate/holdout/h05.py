import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h05_bnv-10989-cv-2025-bien-che"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "10989/BNV-TCBC", "issuer": "Bộ Nội vụ", "province": None,
              "issued_date": "2025-11-21", "title": d.text(69, 69), "signer": "Vũ Chiến Thắng"}
# a Công văn without numbered items: no sections
BN = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
d.A([BN, UBT], d.text(84, 86, start="báo cáo thực trạng"), requested=True, optional=True)  # reported from 8091/BNV-TCBC
dl = d.D("gửi về Bộ Nội vụ trước ngày 26/11/2025", "2025-11-26", agencies=[BN, UBT])
d.A([BN, UBT], d.text(93, 97, start="khẩn trương tổng hợp", end="xem xét, quyết định.").replace("[i]", ""), requested=True, deadline=dl)
d.A([BN, UBT], d.text(97, 99, start="Sau thời hạn"), optional=True)
d.A([BN, UBT], d.text(100, 101, start="quan tâm thực hiện").rstrip("/."), requested=True, optional=True)
d.C("9151-CV/BTCTW", "CV", "2025-07-29", "Ban Tổ chức Trung ương",
    "về triển khai các kết luận của Bộ Chính trị, Ban Bí thư", "basis")
d.C("9671-CV/BTCTW", "CV", "2025-09-17", "Ban Tổ chức Trung ương",
    "về hoàn thiện vị trí việc làm; đề xuất biên chế giai đoạn 2026-2031", "basis")
d.C("8091/BNV-TCBC", "CV", "2025-09-17", "Bộ Nội vụ", None, "cites")
d.D("giai đoạn 2026-2031", "2031-12-31", optional=True)
# the portal page's own footer (not part of the letter) cites a decree: optional
d.C("13/2023/NĐ-CP", "NĐ", None, "Chính phủ", "về Bảo vệ dữ liệu cá nhân", "cites", optional=True)
d.save(f"gold/{stem}.json")
