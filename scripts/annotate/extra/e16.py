import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Committee's letter (Công văn) with bold "1. Giao <heads of bodies>" / "2. Giao Sở Nội vụ" headings
# over bullets; legal portal's page furniture around it. Annotated before the extractor was run on it.
stem = "e16_hcm-4240-ubnd-vx-2025-csdl-can-bo"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "4240/UBND-VX", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
              "province": "Hồ Chí Minh", "issued_date": "2025-11-28", "title": d.text(70, 71, start="khẩn trương"),
              "signer": "Nguyễn Mạnh Cường"}
SN, SNCL, XA = ("Các sở, ban, ngành thành phố", "Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân thành phố",
                "Ủy ban nhân dân cấp xã")
NV, CDS = "Sở Nội vụ", "Trung tâm Chuyển đổi số thành phố"
d.S("1", d.text(98, 101, start="Giao"), ["assignments"])
d.S("2", "Giao Sở Nội vụ", ["assignments"])
# the earlier deadline is only reported from Công văn 3280/UBND-VX
d.D("hoàn thành việc cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức trước ngày 30 tháng 10 năm 2025",
    "2025-10-30", agencies=[], optional=True)
G1 = [SN, SNCL, XA]
d.A(G1, d.text(102, 108), section="1",
    deadline=d.D("hoàn thành 100% việc cập nhật ... trước ngày 06 tháng 12 năm 2025", "2025-12-06", agencies=G1))
d.A(G1, d.text(109, 115), section="1")
d.A(G1, d.text(116, 118), section="1")
d.A(G1, d.text(119, 121), section="1")
d.A([NV], d.text(123, 126), role="support", partners=[CDS], section="2")
d.A([NV], d.text(127, 129), section="2")
d.A([NV], d.text(130, 133), section="2")
# the closing "Đề nghị các cơ quan, đơn vị khẩn trương ...": the group as written
d.A(["Các cơ quan, đơn vị"], d.text(134, 135, start="khẩn").rstrip("/."), requested=True, section=None, optional=True)
d.C("3280/UBND-VX", "CV", "2025-10-28", "Chủ tịch Ủy ban nhân dân Thành phố")
d.C("9807/TTr-SNV", "TTr", "2025-11-25", "Giám đốc Sở Nội vụ")
d.save(f"gold/{stem}.json")
