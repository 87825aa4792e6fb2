import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e35_....doc, a legacy Word file (../shared/corpus/files/vb_UB-_Thong_bao_ve_viec_giai_the_06_hoi_vi_pham_(1).doc):
# a provincial notice, not yet numbered nor dated. Its "1."–"4." and "a)"–"e)" are Word list numbering (only "đ)" is
# typed); the .txt is the text as the document prints it (LibreOffice's own rendering, checked against a PDF export).
stem = "e35_binhthuan-tb-ubnd-2024-giai-the-hoi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": None, "issuer": "Ủy ban nhân dân tỉnh Bình Thuận", "province": "Bình Thuận",
              "issued_date": None, "title": d.text(11, 11, start="chuẩn bị"), "signer": "Nguyễn Minh"}
d.S("1", d.text(15, 15), [])
d.S("2", d.text(23, 23), ["assignments"])
d.S("3", d.text(26, 26), ["assignments"])
d.S("4", d.text(27, 27), ["assignments"])
HOI = ["Hội Cựu giáo chức tỉnh", "Hội Bảo vệ thiên nhiên và môi trường tỉnh", "Hội Làm vườn tỉnh",
       "Hội Thân nhân kiều bào tỉnh", "Hiệp hội Thủy sản tỉnh", "Hội Lâm nghiệp tỉnh"]
d.A(HOI, d.text(23, 23, start="thực hiện kiểm kê"), section="2")
# "các hội hoàn thành việc thanh toán nợ ...": the subject is the group (a relative limit, no deadline)
d.A(["Các hội"], d.text(24, 24), section="2")
# what the chairman himself will do afterwards
d.A(["Ủy ban nhân dân tỉnh"], d.text(25, 25, start="xem xét"), section="2", optional=True)
d.A(["Báo tỉnh"], d.text(26, 26, start="đăng Thông báo"), requested=True, section="3")
d.A(["Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Phát triển nông thôn",
     "Văn phòng Ủy ban nhân dân tỉnh"], d.text(27, 27, start="theo dõi thông tin").rstrip("/."), section="4")
d.C("126/2024/NĐ-CP", "NĐ", "2024-10-08", "Chính phủ", None, "basis")
d.C("3367/TTr-SNV", "TTr", "2024-11-28", "Giám đốc Sở Nội vụ", None, "cites")
d.C("2769/UBND-NCKSTTHC", "CV", "2024-07-24", "Ủy ban nhân dân tỉnh", None, "cites")
d.save(f"gold/{stem}.json")
