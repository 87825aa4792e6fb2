import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e40_....doc, a legacy Word file (../shared/corpus/files/vb_UB-_gia_han_thoi_gian_to_chuc_DH.doc): the
# provincial chairman's letter, not yet numbered nor dated, that decides what e36 (Tờ trình 3367/TTr-SNV) proposed:
# "Kính gửi:" the departments and associations, then 1. "Yêu cầu các hội: ..." with a deadline, 2. "Giao các sở: ...",
# 3. "Giao Sở Nội vụ ...". The .txt is the reader's text (its 1.–3. are Word list numbers).
stem = "e40_binhthuan-ubnd-cv-2024-gia-han-dai-hoi-hoi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": None, "issuer": "Ủy ban nhân dân tỉnh Bình Thuận", "province": "Bình Thuận",
              "issued_date": None, "title": d.text(4, 4, start="thời gian"), "signer": "Nguyễn Minh"}
d.S("1", d.text(14, 14), ["assignments"])
d.S("2", d.text(15, 15), ["assignments"])
d.S("3", d.text(16, 16), ["assignments"])
H4 = ["Hội Nghề cá", "Hiệp hội Nước mắm Phan Thiết", "Hội Tin học", "Hiệp hội Nhà thầu xây dựng"]
dl = d.D("chậm nhất ngày 31/12/2024", "2024-12-31", agencies=H4)
d.A(H4, d.text(14, 14, start="hoàn thành tổ chức đại hội"), section="1", deadline=dl)
# what the chairman himself will do afterwards (as e35)
d.A(["Ủy ban nhân dân tỉnh"], d.text(14, 14, start="sẽ xem xét xử lý"), section="1", optional=True)
SO3 = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông", "Sở Xây dựng"]
# "để hoàn thành tổ chức đại hội theo thời gian được nêu tại khoản 1": item 1's date, by reference
d.D("theo thời gian được nêu tại khoản 1", "2024-12-31", agencies=SO3, optional=True)
d.A(SO3, d.text(15, 15, start="đôn đốc, hướng dẫn"), section="2")
d.A(["Sở Nội vụ"], d.text(16, 16, start="theo dõi, tổng hợp").rstrip("/."), section="3")
d.C("126/2024/NĐ-CP", "NĐ", "2024-10-08", "Chính phủ", None, "basis")
d.C("3367/TTr-SNV", "TTr", "2024-11-28", "Giám đốc Sở Nội vụ", None, "cites")
d.C("2769/UBND-NCKSTTHC", "CV", "2024-07-24", "Ủy ban nhân dân tỉnh", None, "cites")
d.save(f"gold/{stem}.json")
