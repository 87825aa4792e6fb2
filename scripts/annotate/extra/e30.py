import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Committee's letter to its departments and communes ("Kính gửi:" list): bold "1. Về ..." topics, then
# "1.1. Giao <agency>" headings over a paragraph or bullets, and bullets "- Giao Sở X chủ trì, ..."; deadlines
# "Thời gian ... hoàn thành trước ngày ..."; legal portal's page furniture. Annotated before the extractor ran on it.
stem = "e30_hcm-4085-ubnd-dt-2025-du-lieu-so-nha"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "4085/UBND-ĐT", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
              "province": "Hồ Chí Minh", "issued_date": "2025-11-25", "title": d.text(70, 72, start="rà soát"),
              "signer": "Bùi Xuân Cường"}
NM, CA, XA, XD = "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Ủy ban nhân dân cấp xã", "Sở Xây dựng"
CDS, CAX = "Trung tâm Chuyển đổi số thành phố", "Công an cấp xã"
d.S("1", d.text(92, 93, start="Về"), ["assignments"])
d.S("2", d.text(130, 131, start="Về"), ["assignments"])
d.A([NM], d.text(96, 103), section="1.1",
    deadline=d.D("Thời gian thực hiện hoàn thành xong trước ngày 05 tháng 12 năm 2025", "2025-12-05", agencies=[NM]))
# "Chỉ đạo Công an các phường ... phối hợp và hướng dẫn ...": the coordination is the commune police's, not its own
d.A([CA], d.text(106, 110), section="1.2")
d.A([XA], d.text(113, 116), role="support", section="1.3")
d.A([XA], d.text(117, 124), partners=[CAX], section="1.3",
    deadline=d.D("Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025", "2025-12-31", agencies=[XA]))
d.A([XD], d.text(126, 129), section="1.4")
d.A([XD], d.text(132, 136, start="chủ trì"), role="lead", partners=[CDS, CA, NM, XA], section="2")
d.A([XD], d.text(137, 142), role="lead", partners=[CDS], section="2",
    deadline=d.D("Thời gian hoàn thành trong tháng 12 năm 2025", "2025-12-31", agencies=[XD]))
# closing requests to all addressees ("các cơ quan, đơn vị"): optional, as in e16
d.A(["Các cơ quan, đơn vị"], d.text(144, 146, start="khẩn trương", end="luât."), requested=True, optional=True)
d.A(["Các cơ quan, đơn vị"], d.text(146, 148, start="có văn bản").rstrip("/."), requested=True, optional=True)
d.C("15972/SXD-QLN&TTBĐS", "CV", "2025-11-14", "Sở Xây dựng")
d.C("515/KH-BCA-BNN&MT", "KH", "2025-08-31", "Bộ Công an và Bộ Nông nghiệp và Môi trường")
d.C("94/KH-UBND", "KH", "2025-09-19", "Ủy ban nhân dân Thành phố")
d.C("08/2024/TT-BXD", "TT", None, "Bộ Xây dựng")
d.C("09/2025/TT-BXD", "TT", None, "Bộ Xây dựng")
d.save(f"gold/{stem}.json")
