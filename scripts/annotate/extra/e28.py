import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Government Office's notice of the Prime Minister's conclusions after a working session with a province's Party
# standing committee: II. "Đề nghị Thường trực Tỉnh ủy ... nội dung trọng tâm sau:" then bare numbered items;
# III. "N. Về ...: <body> ..." items naming their body after the topic, several with dated report deadlines.
# Annotated before the extractor was run on it.
stem = "e28_vpcp-634-tb-2025-ket-luan-thanhhoa"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": "634/TB-VPCP", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-22", "title": d.text(21, 23), "signer": "Trịnh Mạnh Linh"}
d.S("I", "ĐÁNH GIÁ CHUNG", [])
d.S("II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", ["tasks"])
d.S("III", "VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", [])
TINH, TTTU = "Ủy ban nhân dân tỉnh", "Thường trực Tỉnh ủy"   # Thanh Hóa
TC, NN, NV, XD, CT, KH = ("Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Bộ Nội vụ", "Bộ Xây dựng", "Bộ Công Thương",
                          "Bộ Khoa học và Công nghệ")
PVN, VNPT, VTL = ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam",
                  "Tập đoàn Công nghiệp - Viễn thông Quân đội")
BO = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
# I.3 closing "Tỉnh Thanh Hóa cần nỗ lực ...": optional (as in e08)
d.A([TINH], d.text(101, 106, start="cần nỗ lực"), section="I", optional=True)
# II: the request says what to do (lead, direct the tasks of the last two months), then the items
d.A([TTTU], d.text(111, 115, start="tập trung lãnh đạo"), requested=True, section="II")
items = [(117, 119), (121, 124), (126, 128), (130, 132), (134, 137), (139, 141), (143, 145), (147, 148), (150, 151),
         (153, 154)]
for i, (a, b) in enumerate(items, 1):
    d.A([TTTU], d.text(a, b), requested=True, section=f"II.{i}")
# III
d.A([NN], d.text(158, 162, start="chủ trì phối hợp"), role="lead", section="III.1",
    deadline=d.D("báo cáo Chính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025", "2025-12-31", agencies=[NN]))
d.A([XD], d.text(164, 169, start="khẩn trương rà soát"), section="III.2",
    deadline=d.D("báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 năm 2025", "2025-12-31",
                 agencies=[XD]))
d.A([PVN], d.text(171, 175, start="làm việc cụ thể"), section="III.3",
    deadline=d.D("báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025", "2025-12-31", agencies=[PVN]))
d.A([PVN], d.text(177, 180, start="với vai trò", end="liên quan."), section="III.4")
d.A([TINH], d.text(180, 185, start="Để xác định"), role="support", partners=[CT, PVN], section="III.4",
    deadline=d.D("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 12 năm 2025", "2025-12-31",
                 agencies=[TINH]))
d.A([TINH], d.text(190, 194, start="rà soát và khẩn trương"), section="III.5",
    deadline=d.D("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026", "2026-03-31", agencies=[TINH]))
d.A([TINH], d.text(198, 200, start="khẩn trương báo cáo"), section="III.6",
    deadline=d.D("trước ngày 01 tháng 12 năm 2025", "2025-12-01", agencies=[TINH]))
d.A([TC], d.text(206, 209, start="chủ trì phối hợp"), role="lead", partners=[XD], section="III.7",
    deadline=d.D("trước ngày 25 tháng 12 năm 2025", "2025-12-25", agencies=[TC]))
d.A([NV], d.text(213, 215, start="chủ trì, phối hợp"), role="lead", section="III.8",
    deadline=d.D("báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025", "2025-11-30", agencies=[NV]))
d.A([VNPT, VTL], d.text(218, 220, start="tổ chức triển khai", end="tháng 12 năm 2025"), requested=True,
    section="III.9", deadline=d.D("hoàn thành trong tháng 12 năm 2025", "2025-12-31", agencies=[VNPT, VTL]))
d.A([KH], d.text(220, 222, start="hướng dẫn các Tập đoàn"), section="III.9")
d.A([BO, PVN, VNPT, VTL], d.text(226, 229, start="theo chức năng"), partners=[TINH], section="III.10")
d.C("66.4/2025/NQ-CP", "NQ", None, "Chính phủ")
d.C("37/2021/QH15", "NQ", "2021-11-13", "Quốc hội")
d.save(f"gold/{stem}.json")
