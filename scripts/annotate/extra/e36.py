import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e36_....pdf, a digitally signed born-digital PDF
# (../shared/corpus/files/vb_3367-UB-_bao_cao_ket_qua_tong_hop_yeu_cau_hoi_to_chuc_DH.signed.signed.pdf): a department's
# submission (Tờ trình) to the provincial chairman, whose item 3 proposes what to require and whom to assign. The .txt is
# the reader's text: page 4's footnote ("1 Công văn số 5956/...") after the signature block (the first reader put it
# inside the sentence that runs on to page 5; the first .txt had it right after that sentence).
stem = "e36_binhthuan-3367-ttr-snv-2024-xu-ly-hoi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TTr", "number": "3367/TTr-SNV", "issuer": "Sở Nội vụ tỉnh Bình Thuận", "province": "Bình Thuận",
              "issued_date": "2024-11-28", "title": d.text(9, 10), "signer": "Đỗ Văn Chung"}
d.S("1", "Căn cứ pháp lý liên quan", [])
d.S("2", "Kết quả rà soát và đề xuất", [])
d.S("3", d.text(50, 50), ["assignments"])
H5 = ["Hiệp hội Vận tải ô tô", "Hội Nghề cá", "Hiệp hội Nước mắm Phan Thiết", "Hội Tin học", "Hiệp hội Nhà thầu xây dựng"]
dl = d.D("chậm nhất ngày 31/12/2024", "2024-12-31", agencies=H5)
d.A(H5, d.text(51, 51, start="hoàn thành tổ chức đại hội"), section="3.a", deadline=dl)
d.A(["Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông", "Sở Xây dựng"],
    d.text(52, 52, start="đôn đốc, hướng dẫn", end="đúng thời hạn."), section="3.a")
d.A(["Sở Nội vụ"], d.text(52, 52, start="theo dõi việc thực hiện"), section="3.a")
# section 2: what the department itself will do, and a request it reports having sent (optional)
d.A(["Sở Nội vụ"], d.text(43, 43, start="Sở Nội vụ sẽ báo cáo"), section="2.b", optional=True)
d.A(["Sở Nội vụ"], d.text(45, 46, start="Sở Nội vụ sẽ báo cáo"), section="2.b", optional=True)
d.A(["Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Giáo dục và Đào tạo",
     "Sở Xây dựng", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch",
     "Văn phòng Ủy ban nhân dân tỉnh"], d.text(39, 39, start="có ý kiến về dự thảo", end="văn bản trên."),
    requested=True, section="2.a", optional=True)
# proposed extensions and reported dates (section 2): optional
d.D("gia hạn thời gian tổ chức đại hội đến ngày 31/12/2024", "2024-12-31",
    agencies=["Hiệp hội Vận tải ô tô", "Hội Nghề cá", "Hiệp hội Nước mắm Phan Thiết", "Hội Tin học"], optional=True)
d.D("gia hạn thời gian tổ chức đại hội của Hiệp hội Nhà thầu xây dựng đến ngày 31/12/2024", "2024-12-31",
    agencies=["Hiệp hội Nhà thầu xây dựng"], optional=True)
d.D("dự kiến tổ chức đại hội nhiệm kỳ vào ngày 18/12/2024", "2024-12-18", agencies=["Hiệp hội Nước mắm Phan Thiết"], optional=True)
d.D("vào Quý IV/2024", "2024-12-31", agencies=["Hội Tin học"], optional=True)
d.D("đến quý I/2025", "2025-03-31", agencies=["Hội Cựu giáo chức tỉnh"], optional=True)
d.C("2769/UBND-NCKSTTHC", "CV", "2024-07-24", "Chủ tịch Ủy ban nhân dân tỉnh", None, "basis")
d.C("126/2024/NĐ-CP", "NĐ", "2024-10-08", "Chính phủ", None, "cites")
d.C("45/2010/NĐ-CP", "NĐ", "2010-04-21", "Chính phủ", None, "cites", alt=["45/25010/NĐ-CP"])
d.C("33/2012/NĐ-CP", "NĐ", "2012-04-13", "Chính phủ", None, "cites")
d.C("3342/SNV-TCCC", "CV", "2024-11-26", "Sở Nội vụ", None, "cites")
d.C("16/CGC.BT", "CV", "2024-08-19", "Hội Cựu giáo chức tỉnh", None, "cites")
d.C("2328/SNV-TCCC", "CV", "2024-08-30", "Sở Nội vụ", None, "cites")
d.C("01/HLV", "CV", "2024-07-30", "Hội Làm vườn", None, "cites")
d.C("4321/STNMT-CCBVMT", "CV", "2024-08-14", "Sở Tài nguyên và Môi trường", None, "cites")
d.C("2903/SNV-TCCC", "CV", "2024-10-21", "Sở Nội vụ", None, "cites")
d.C("1774/STTTT-VP", "CV", "2024-10-10", "Sở Thông tin và Truyền thông", None, "cites")
d.C("2575/SNV-TCCC", "CV", "2024-09-24", "Sở Nội vụ", None, "cites")
d.C("3191/SXD-VP", "CV", "2024-10-25", None, None, "cites")
d.C("5956/STNMT-CCBVMT", "CV", "2024-10-24", "Sở Tài nguyên Môi trường", None, "cites")
d.C("3332/SGDDT-TCCB-QLCLGD", "CV", "2024-10-25", "Sở Giáo dục và Đào tạo", None, "cites")
d.C("1862/STTTT-VP", "CV", "2024-10-25", "Sở Thông tin và Truyền thông", None, "cites")
d.C("2965/SVHTTDL-VP", "CV", "2024-10-28", "Sở Văn hóa thể thao du lịch", None, "cites")
d.C("3354/SGTVT-VP", "CV", "2024-10-29", "Sở Giao Thông Vận Tải", None, "cites")
d.C("3454/SNN-VP", "CV", "2024-10-29", "Sở Nông nghiệp và phát triển nông thôn", None, "cites")
d.save(f"gold/{stem}.json")
