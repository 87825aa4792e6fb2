import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A Government Office (VPCP) letter to five provinces' chairmen: one paragraph of a Deputy PM's instructions whose
# subjects are named inline ("Chủ tịch UBND tỉnh Hưng Yên khẩn trương ...; Ủy ban nhân dân các tỉnh: ... đẩy nhanh");
# legal portal's page furniture around it. Annotated before the extractor was run on it.
stem = "e29_vpcp-11654-cv-2025-vat-lieu-cao-toc-ninhbinh-haiphong"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "11654/VPCP-CN", "issuer": "Văn phòng Chính phủ", "province": None,
              "issued_date": "2025-11-27", "title": d.text(69, 70, start="cung ứng"), "signer": "Nguyễn Sỹ Hiệp"}
TINH, UBT = "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"  # Hưng Yên; four named
# one sentence each: the first subject's sentence ends with its report deadline
d.A([TINH], d.text(86, 90, start="khẩn trương", end="năm 2025."), section=None,
    deadline=d.D("báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025", "2025-12-03", agencies=[TINH]))
d.A([UBT], d.text(90, 93, start="đẩy nhanh"), section=None)
# the closing "Văn phòng Chính phủ thông báo để ... biết, thực hiện" is the writer's own statement, no task
d.C("84/BC-UBND", "BC", "2025-11-19", "Ủy ban nhân dân tỉnh Hưng Yên")
d.C("627/TB-VPCP", "TB", "2025-11-18", "Văn phòng Chính phủ")
d.save(f"gold/{stem}.json")
