import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e33_....pdf (a signed, born-digital PDF from ../shared/corpus/files/tr_QD-2463-2026-CTDT-KCN-Vo-Lao.pdf);
# the .txt is the text the reader gives it. A provincial decision approving an investment policy: Điều 1 the
# project, Điều 2 "Tổ chức thực hiện" (the investor's duties, the departments'), Điều 3 execution clauses.
stem = "e33_laocai-2463-qd-ubnd-2026-chu-truong-dau-tu-kcn"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "2463/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
              "province": "Lào Cai", "issued_date": "2026-07-16",
              "title": "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ", "signer": "Nguyễn Tuấn Anh"}
# a decision without an attached plan: its articles are the top level of the body (labelled by their number, as the
# regulations and resolutions of e21–e24 are; first written "Điều 1", renamed to that convention after the first run)
d.S("1", "Chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu tư", [])
d.S("2", "Tổ chức thực hiện", ["implementation"])
d.S("3", "Điều khoản thi hành", [])
CTY = "Chủ đầu tư"   # the heading "Trách nhiệm của chủ đầu tư": Công ty Cổ phần đầu tư hạ tầng Châu Giang (agencies.json)
# Điều 1.8: the approved schedule of the project (the investor's milestones; stated in the approval, not as a task)
for text, due in [("Từ Quý III/2026 đến Quý I/2027", "2027-03-31"), ("Quý II/2027", "2027-06-30"),
                  ("Từ Quý II/2027 đến Quý III/2029", "2029-09-30"), ("Từ Quý III/2030 đến Quý II/2031", "2031-06-30"),
                  ("Quý II/2031", "2031-06-30"), ("Từ Quý II/2031 đến Quý IV/2032", "2032-12-31")]:
    d.D(text, due, agencies=[CTY], optional=True)
d.A([CTY], d.text(78, 78), section="Điều 2.1")
d.A([CTY], d.text(79, 79), section="Điều 2.1")
d.A([CTY], d.text(80, 80), section="Điều 2.1")
q = d.D("định kỳ hằng quý", rec="FREQ=MONTHLY;INTERVAL=3", agencies=[CTY])
d.D("cả năm", rec="FREQ=YEARLY", agencies=[CTY])
d.A([CTY], d.text(81, 81), section="Điều 2.1", deadline=q)
d.A([CTY], d.text(82, 82), section="Điều 2.1")
d.A([CTY], d.text(83, 83), section="Điều 2.1")
d.A([CTY], d.text(84, 84), section="Điều 2.1")
d.A(["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"], d.text(86, 86, start="căn cứ chức năng"), section="Điều 2.2")
d.A(["Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh"], d.text(87, 87, start="có trách nhiệm"), section="Điều 2.2")
d.A(["Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Kiểm toán Nhà nước khu vực VII"],
    d.text(90, 90, start="phối hợp kiểm tra", end="Quyết định này."), role="support", requested=True, section="Điều 3.2")
d.A(["Thanh tra tỉnh", "Công an tỉnh"], d.text(90, 90, start="theo chức năng, nhiệm vụ, quyền hạn được giao tham mưu"),
    section="Điều 3.2")
d.A(["Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý Khu kinh tế tỉnh", "Sở Tài chính", "Sở Xây dựng",
     "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
     "Sở Nội vụ", "Công an tỉnh", "Thanh tra tỉnh", "Thuế tỉnh", "Ủy ban nhân dân xã Võ Lao",
     "Ủy ban nhân dân xã Tằng Loỏng", CTY],
    "có trách nhiệm thi hành Quyết định này.", section="Điều 3.3", optional=True)
d.C("72/2025/QH15", "Luật", "2025-06-16", "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["Luật Tổ chức chính quyền địa phương 2025"])
d.C("143/2025/QH15", "Luật", "2025-12-11", "Quốc hội", "Luật Đầu tư", "basis", alt=["Luật Đầu tư 2025", "Luật Đầu tư"])
d.C("96/2026/NĐ-CP", "NĐ", "2026-03-31", "Chính phủ", None, "basis")
d.C("55/2026/TT-BTC", "TT", "2026-05-15", "Bộ trưởng Bộ Tài chính", None, "basis")
d.C("301-KL/TU", "KL", "2026-07-03", "Ban Thường vụ Tỉnh uỷ", None, "basis")
d.C("12258/ANKT-ANTCĐT", "CV", "2026-07-14", "Cục An ninh kinh tế - Bộ Công an", None, "basis")
d.C("17/BC-BQL", "BC", "2026-01-23", None, None, "cites")
d.C("217/BC-BQL", "BC", "2026-07-09", "Ban Quản lý Khu kinh tế tỉnh Lào Cai", None, "cites")
d.C("03/QĐ-UBND", "QĐ", "2025-01-03", "UBND tỉnh Lào Cai", None, "cites")
d.C("Luật Xây dựng", "Luật", None, None, "Luật Xây dựng", "cites")
d.C("Luật Đất đai", "Luật", None, None, "Luật Đất đai", "cites")
d.C("Luật Bảo vệ Môi trường", "Luật", None, None, "Luật Bảo vệ Môi trường", "cites")
d.save(f"gold/{stem}.json")
