import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Government Office's notice of a Deputy PM's conclusions after a working session with a province: II. tasks of the
# province as bare numbered items under "tỉnh Đắk Lắk cần ... nội dung trọng tâm sau:", III. "Về kiến nghị ...:" topics
# each answered by a paragraph that names its body ("Giao Bộ X ...", "Đề nghị Ủy ban nhân dân tỉnh ...", "Bộ X ...").
# Annotated before the extractor was run on it.
stem = "e27_vpcp-623-tb-2025-ket-luan-daklak"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TB", "number": "623/TB-VPCP", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-15", "title": d.text(21, 23), "signer": "Trịnh Mạnh Linh"}
d.S("I", "ĐÁNH GIÁ CHUNG", [])
d.S("II", "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", ["tasks"])
d.S("III", "VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", [])
TINH = "Ủy ban nhân dân tỉnh"   # Đắk Lắk
TC, NN, NV, XD, DT = "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Bộ Nội vụ", "Bộ Xây dựng", "Bộ Dân tộc và Tôn giáo"
# I: the assessment's closing "tỉnh Đắk Lắk cần tiếp tục có những giải pháp ...": optional (as in e08)
d.A([TINH], d.text(86, 91, start="cần tiếp tục có"), section="I", optional=True)
# II: the lead-in names the province and only introduces the items: optional; each item is a task of the province
d.A([TINH], d.text(99, 103, start="cần tiếp tục thực hiện"), section="II", optional=True)
for i, (a, b) in enumerate([(105, 110), (112, 115), (117, 123), (125, 128), (130, 132)], 1):
    d.A([TINH], d.text(a, b), section=f"II.{i}")
# III
d.A([TC], d.text(141, 145, start="khẩn trương hoàn thiện"), section="III.1")
d.A([TC], d.text(147, 150), section="III.1")
d.A([TC], d.text(155, 158, start="nghiên cứu kiến nghị"), section="III.2")
d.A([TINH], d.text(163, 167, start="chủ trì, phối"), role="lead", requested=True, partners=[XD], section="III.3")
d.A([TC], d.text(173, 176, start="nghiên cứu kiến nghị"), section="III.4")
d.A([NN], d.text(183, 188, start="khẩn trương chủ trì"), role="lead", partners=[DT, TC], section="III.5")
d.A([TC], d.text(190, 193, start="khẩn trương hoàn thiện"), section="III.5")
d.A([TINH], d.text(198, 200, start="tiếp tục rà soát"), section="III.6")
d.A([NV], d.text(205, 208, start="khẩn trương hoàn thiện"), section="III.7",
    deadline=d.D("trình Chính phủ xem xét, quyết định trong tháng 12/2025", "2025-12-31", agencies=[NV]))
# closing "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh ... biết, thực hiện": optional
d.A([TINH], d.text(210, 211, start="biết, thực hiện").rstrip("/."), section=None, optional=True)
d.C("Quy hoạch mạng lưới đường bộ thời kỳ 2021 - 2030", "QĐ", optional=True)
d.save(f"gold/{stem}.json")
