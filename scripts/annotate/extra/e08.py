import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Conclusion notice (Thông báo kết luận) of a Deputy Prime Minister's working session, annotated before the extractor was run on it.
stem = "e08_vpcp-648-tb-2025-ket-luan-dien-bien"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": "648/TB-VPCP", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-27", "title": d.text(19, 21), "signer": "Đỗ Ngọc Huỳnh"}
d.S("I", "ĐÁNH GIÁ CHUNG", [])
d.S("II", "MỘT SỐ KIẾN NGHỊ CỦA TỈNH", [])
T, GD, YT, NV = "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Nội vụ"
TINH = "Ủy ban nhân dân tỉnh"   # "Tỉnh" = the province (Điện Biên) the session was held with
# I. the province's duties inside the general assessment: optional
d.A([TINH], d.text(49, 64, start="tổ chức thực hiện nghiêm"), section="I", optional=True)
# II. numbered items "Về ...: Giao Bộ X ..." / "Tỉnh ..."
d.A([T], d.text(66, 69, start="chủ trì, phối hợp"), role="lead", partners=[YT], section="II.1")
d.A([TINH], d.text(70, 74, start="căn cứ các quy định"), section="II.2")
d.A([GD], d.text(75, 81, start="chủ trì, phối hợp"), role="lead", partners=[T], section="II.3")
d.A([GD], d.text(82, 86, start="tiếp tục nghiên cứu"), section="II.4")
d.A([NV], d.text(87, 91, start="nghiên cứu, tổng hợp"), section="II.5")
d.A([GD, YT], d.text(92, 97, start="nghiên cứu các kiến nghị"), section="II.6",
    deadline=d.D("báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 năm 2025", "2025-12-15", agencies=[GD, YT]))
d.A([TINH], d.text(98, 104, start="thực hiện theo chỉ đạo"), section="II.7")
B8 = [T, "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công Thương", GD,
      "Bộ Ngoại giao", "Tập đoàn Điện lực Việt Nam"]
d.A(B8, d.text(105, 112, start="theo chức năng"), section="II.8",
    deadline=d.D("báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 05 tháng 12 năm 2025", "2025-12-05", agencies=B8))
# citations
d.C("105/2020/NĐ-CP", "NĐ", "2020-09-08", "Chính phủ")
d.C("277/2025/NĐ-CP", "NĐ", "2025-10-20", "Chính phủ")
d.C("76/2019/NĐ-CP", "NĐ", "2019-10-08", "Chính phủ")
d.C("75-TB/VPTW", "TB", "2025-08-04")
d.C("7683/VPCP-QHĐP", "CV", "2025-08-18")
d.C("49/TB-VPCP", "TB", "2024-02-07", "Văn phòng Chính phủ")
d.C("160/TB-VPCP", "TB", "2023-04-24", "Văn phòng Chính phủ")
d.C("Chương trình Xóa nhà tạm, nhà dột nát", "CTr", optional=True)
d.C("Chương trình mục tiêu quốc gia giai đoạn 2026 - 2035", "CTr", optional=True)
d.save(f"gold/{stem}.json")
