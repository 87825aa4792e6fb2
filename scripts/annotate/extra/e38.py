import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e38_....pdf, a digitally signed born-digital PDF
# (../shared/corpus/files/tr_2826_SCT-CN_VB01__kho_VLNCN_moMongSon_BaoAi_19.5.2026.pdf): a department's answer to a
# company, number "2826" and day "19" stamped at signing; five footnotes (one on page 1, four on page 2, their markers
# inside the "Căn cứ: (i) ...; (ii) ...; (iii) ..." sentence that runs from page 1 to page 2), page numbers on pages 2-3.
# "Sở Công Thương đề nghị Công ty cổ phần Mông Sơn:" 1. (a lead over two bullets and a paragraph), 2., 3.
# The .txt is the text as printed: the reader's, with page 2's first two footnotes moved after the signature block
# beside the others, the sentence that the first reader cut before "Điều 33 Nghị định ..." joined, and the symbol
# "06/2021/TT-BXD" that a line break cuts after its dash written whole.
stem = "e38_laocai-sct-cv-2026-kho-vlncn-mong-son"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "2826/SCT-CN", "issuer": "Sở Công Thương tỉnh Lào Cai", "province": "Lào Cai",
              "issued_date": "2026-05-19", "title": d.text(8, 10, start="phúc đáp").rstrip("."), "signer": "Hoàng Văn Thuân"}
d.S("1", d.text(15, 15), ["assignments"])
d.S("2", d.text(19, 19, end="có liên quan"), ["assignments"])
d.S("3", d.text(20, 20), ["assignments"])
CTY = ["Công ty cổ phần Mông Sơn"]
# "... Sở Công Thương đề nghị Công ty cổ phần Mông Sơn:" 1. is a task that introduces its bullets ("..., cụ thể như sau:")
d.A(CTY, d.text(15, 15), requested=True, section="1")
d.A(CTY, d.text(16, 16), requested=True, section="1")
d.A(CTY, d.text(17, 17), requested=True, section="1")
d.A(CTY, d.text(17, 17, start="lập, trình đề cương kiểm định"), requested=True, section="1", optional=True)
# the paragraph closing item 1 (after the page's footnotes in the print): the company's own sentence
d.A(CTY, d.text(18, 18), requested=True, section="1")
d.A(CTY, d.text(19, 19, start="chủ động liên hệ"), requested=True, section="2")
d.A(CTY, d.text(20, 20, start="gửi hồ sơ về Sở Công Thương"), requested=True, section="3")
d.A(CTY, d.text(20, 20, start="liên hệ trực tiếp cơ quan"), requested=True, section="3", optional=True)
d.A(CTY, d.text(21, 21, start="biết, thực hiện").rstrip("/."), optional=True)
d.C("01/CV-MS", "CV", "2026-05-14", "Công ty cổ phần Mông Sơn", None, "cites")
d.C("06/2021/TT-BXD", "TT", "2021-06-30", "Bộ Xây dựng", None, "cites")
d.C("QCVN 01:2019/BCT", "QCVN", None, None, None, "cites")
d.C("839/ĐK-PCCC", "GCN", "2011-12-29", None, None, "cites")       # "Giấy chứng nhận đủ điều kiện về phòng cháy, chữa cháy số ..."
d.C("23/GP-ATMT", "GP", "2021-04-19", "Cục Kỹ thuật an toàn và Môi trường công nghiệp - Bộ Công Thương", None, "cites")
# "Căn cứ: (i) Quyết định ...; (ii) Quy định về tài liệu minh chứng ... tại điểm đ khoản 1 Điều 39 Luật ... năm 2024, được
# sửa đổi, bổ sung tại khoản 6 Điều 9 Luật số 118/2025/QH15 ...; (iii) ... Nghị định số 06/2021/NĐ-CP ..."
d.C("05/2025/QĐ-UBND", "QĐ", "2025-07-01", "UBND tỉnh Lào Cai", None, "basis")
d.C("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024", "Luật", None, None,
    "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "basis",
    alt=["42/2024/QH15", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"])
d.C("118/2025/QH15", "Luật", "2025-12-10", "Quốc hội", None, "cites")
d.C("06/2021/NĐ-CP", "NĐ", "2021-01-26", "Chính phủ", None, "basis")
d.C("175/2024/NĐ-CP", "NĐ", "2024-12-30", "Chính phủ", None, "cites")
d.C("144/2025/NĐ-CP", "NĐ", "2025-06-12", "Chính phủ", None, "cites")
d.C("67/2026/NĐ-CP", "NĐ", "2026-03-04", "Chính phủ", None, "cites")
d.C("10/2021/TT-BXD", "TT", "2021-08-25", "Bộ Xây dựng", None, "cites")
d.C("44/2016/NĐ-CP", "NĐ", None, "Chính phủ", None, "cites")
d.save(f"gold/{stem}.json")
