import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e37_....pdf, a digitally signed born-digital PDF (../shared/corpus/files/tr_CV-4378-tra-ho-so-Mong-Son-2026.pdf):
# a department's letter returning a company's application; the number "4378" and the day "22" are form fields stamped at
# signing (drawn only with the form layer), page numbers head pages 2 and 3. "Sở Công Thương trả lại hồ sơ ... và đề
# nghị Công ty hoàn thiện các nội dung sau:" over three bold headings, each followed by its reasons and, for 1 and 3, a
# sentence "Đề nghị Công ty ..." / "đề nghị Công ty ..."; the company is named once in full ("Công ty cổ phần Mông Sơn
# (sau đây gọi tắt là Công ty)") and then "Công ty". The .txt is the text the reader gives it.
stem = "e37_laocai-sct-cv-2026-tra-ho-so-vlncn-mong-son"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "4378/SCT-CN", "issuer": "Sở Công Thương tỉnh Lào Cai", "province": "Lào Cai",
              "issued_date": "2026-07-22", "title": d.text(8, 10, start="trả lại"), "signer": "Hoàng Văn Thuân"}
# the three items the company is asked to complete: what it must do (a Công văn's "1.", "2." items are its sections)
d.S("1", d.text(14, 14), ["assignments"])
d.S("2", d.text(26, 26), ["assignments"])
d.S("3", d.text(28, 28), ["assignments"])
CTY = ["Công ty cổ phần Mông Sơn"]
# the lead-in request only introduces the items (as e34)
d.A(CTY, d.text(13, 13, start="hoàn thiện các nội dung sau:"), requested=True, optional=True)
# item 1: the heading names what to do, the closing paragraph asks it ("Đề nghị Công ty hiệu chỉnh ..."); (1)-(9) are
# findings, not tasks
d.A(CTY, d.text(14, 14), requested=True, section="1", optional=True)
d.A(CTY, d.text(25, 25, start="hiệu chỉnh thống nhất"), requested=True, section="1")
d.A(CTY, d.text(25, 25, start="lập, phê duyệt điều chỉnh thiết kế"), requested=True, section="1", optional=True)
# item 2: the heading is the only statement of the task; "Tối thiểu gồm: (1) ... (8)" lists the errors to fix
d.A(CTY, d.text(26, 26), requested=True, section="2")
d.A(CTY, d.text(27, 27), requested=True, section="2", optional=True)
# item 3: heading, then "...; đề nghị Công ty tách số lượng ..." inside its paragraph
d.A(CTY, d.text(28, 28), requested=True, section="3", optional=True)
d.A(CTY, d.text(29, 29, start="tách số lượng"), requested=True, section="3")
# closing requests (not item 3's: it is about the application form)
d.A(CTY, d.text(30, 30, start="nộp lại hồ sơ"), requested=True)
d.A(CTY, d.text(31, 31, start="được biết và thực hiện").rstrip("/."), optional=True)
d.C("2010/GP-BTNMT", "GP", "2009-10-19", "Bộ Tài nguyên và Môi trường", None, "cites")
# "Căn cứ Điều 38, Điều 39 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024" = "Luật số 42/2024/QH15"
d.C("42/2024/QH15", "Luật", "2024-06-29", "Quốc hội", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "basis",
    alt=["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024",
         "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"])
d.C("118/2025/QH15", "Luật", None, "Quốc hội", None, "cites")          # "(được sửa đổi, bổ sung tại Luật số ...)"
d.C("181/2024/NĐ-CP", "NĐ", "2024-12-31", "Chính phủ", None, "basis")
d.C("23/2024/TT-BCT", "TT", "2024-11-07", "Bộ trưởng Bộ Công Thương", None, "basis")
d.C("38/2025/TT-BCT", "TT", "2025-06-19", None, None, "cites")
d.C("QCVN 01:2019/BCT", "QCVN", None, None, None, "basis")
d.C("01/PANM-MS", "PA", "2026-07-14", None, None, "cites")            # "Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026"
d.C("20/KT-MS", "QĐ", "2010-01-06", None, None, "cites")               # approved "tại Quyết định số 20/KT-MS" by the company
d.save(f"gold/{stem}.json")
