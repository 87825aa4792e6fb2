import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e39_....docx (../shared/corpus/files/tr_TB-1894-ket-qua-sau-kiem-tra-VLNCN.docx), a department's
# notice not yet numbered nor dated ("Số:      /TB-SCT", "ngày      tháng 4 năm 2026"): the results of inspecting three
# contractors' use of explosives (1.) and what they must do (2. "Kiến nghị": "Sở Công Thương yêu cầu đơn vị nêu trên
# thực hiện một số nội dung sau:" over four bullets, the first "Đề nghị Công ty ..."). The .txt is the reader's text.
stem = "e39_laocai-sct-tb-2026-ket-qua-kiem-tra-vlncn"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": None, "issuer": "Sở Công Thương tỉnh Lào Cai", "province": "Lào Cai",
              "issued_date": None, "title": d.text(10, 11), "signer": "Hoàng Văn Thuân"}
d.S("1", "Kết quả kiểm tra", [])
d.S("2", "Kiến nghị", ["assignments"])
# "các đơn vị: Công ty ...; Tổng công ty ...; Công ty ..." of item 1, "đơn vị nêu trên" of item 2
DV = ["Công ty cổ phần Xây dựng giao thông Yên Bái", "Tổng công ty Xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú"]
d.A(DV, d.text(17, 17, start="thực hiện một số nội dung sau:"), section="2", optional=True)
# "Đề nghị Công ty ...": each of the units ("Công ty" of the bullets is whichever unit reads it)
d.A(DV, d.text(18, 18, start="tiếp tục tăng cường"), requested=True, section="2")
d.A(DV, d.text(19, 19), section="2")
d.A(DV, d.text(20, 20), section="2")
d.A(DV, d.text(21, 21), section="2")
d.A(DV, d.text(22, 22, start="được biết và thực hiện").rstrip("/."), optional=True)
d.C("1050/QĐ-SCT", "QĐ", "2026-03-06", "Giám đốc Sở Công Thương", None, "basis")
d.C("1105/KH-ĐKT", "KH", "2026-03-10", None, None, "basis")
d.C("1268/QĐ-SCT", "QĐ", "2026-03-16", "Giám đốc Sở Công Thương", None, "cites")   # the plan "đã được ... phê duyệt tại"
d.C("23/2024/TT-BCT", "TT", "2024-11-07", "Bộ Công Thương", None, "cites")
d.C("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024", "Luật", "2024-06-29", None,
    "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "cites",
    alt=["42/2024/QH15", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"])
d.C("181/2024/NĐ-CP", "NĐ", "2024-12-31", "Chính phủ", None, "cites")
d.C("QCVN 01:2019/BCT", "QCVN", None, "Bộ Công Thương", None, "cites")
d.save(f"gold/{stem}.json")
