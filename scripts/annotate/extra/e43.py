import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# portal/5e4a9784909432f8.md: a minister's decision publishing internal administrative procedures (công bố thủ tục
# hành chính), the shape of most ministry QĐ pages of the portal: three articles (publish; in force; the closing
# "chịu trách nhiệm thi hành", optional), then the attached list (a table with a "Cơ quan thực hiện" column) and each
# procedure's description ("Bước 1: Cơ quan, tổ chức đề nghị ... gửi hồ sơ", "Cơ quan thực hiện thủ tục hành chính:
# ..."). A published procedure describes how a service is done and who receives the file; it assigns no task:
# no entries. The decision has no attached plan: its articles are its sections (e33). Annotated before the
# extractor was run on it.
stem = "e43_bnv-1378-qd-bnv-2025-cong-bo-tthc-noi-bo"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "1378/QĐ-BNV", "issuer": "Bộ trưởng Bộ Nội vụ", "province": None,
              "issued_date": "2025-11-25", "title": d.text(20, 22), "signer": "Vũ Chiến Thắng"}
d.S("1", d.text(39, 41, start="Công bố"), [])
d.S("2", d.text(43, 44, start="Quyết định"), [])
d.S("3", d.text(46, 49, start="Chánh Văn phòng"), [])
d.A(["Văn phòng Bộ Nội vụ", "Vụ Tổ chức - Biên chế", "Các đơn vị thuộc Bộ Nội vụ"],
    "chịu trách nhiệm thi hành Quyết định này./.", section="3", optional=True)
d.C("25/2025/NĐ-CP", "NĐ", "2025-02-21", "Chính phủ",
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ", "basis")
d.C("1085/QĐ-TTg", "QĐ", "2022-09-15", "Thủ tướng Chính phủ",
    "ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025",
    "basis")
d.C("283/2025/NĐ-CP", "NĐ", "2025-10-31", "Chính phủ", None, "cites")
d.C("120/2020/NĐ-CP", "NĐ", "2020-10-07", "Chính phủ",
    "quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập", "cites")
d.save(f"gold/{stem}.json")
