import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A department's (Sở) letter to communes and schools: "đề nghị X ... thực hiện ... Cụ thể:" with bullets that name no
# agency of their own; legal portal's page furniture around it. Annotated before the extractor was run on it.
stem = "e15_hanoi-5095-sgddt-2025-o-nhiem-khong-khi"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "5095/SGDĐT-CTTTHSSV", "issuer": "Sở Giáo dục và Đào tạo thành phố Hà Nội",
              "province": "Hà Nội", "issued_date": "2025-12-03", "title": d.text(70, 71, start="tăng cường"),
              "signer": "Nguyễn Quang Tuấn"}
XA, GD = "Ủy ban nhân dân cấp xã", "Các đơn vị, cơ sở giáo dục trực thuộc Sở"
# the opening request that introduces the bullets ("..., chủ động điều chỉnh lịch học tập ... Cụ thể:"): optional, as
# the maintainers' unit test of this letter (tests/unit/test_letter_body.py) counts only the bullets
d.A([XA, GD], d.text(86, 90, start="thực hiện nghiêm túc").removesuffix(" Cụ thể:"), requested=True, section=None,
    optional=True)
d.A([XA, GD], d.text(91, 93), requested=True, section=None)
d.A([XA, GD], d.text(94, 96), requested=True, section=None)
d.A([XA, GD], d.text(97, 100), requested=True, section=None)
d.A([GD], d.text(104, 105, start="nghiêm túc").rstrip("/."), requested=True, section=None, optional=True)
d.C("6356/UBND-NNMT", "CV", "2025-12-01", "UBND Thành phố", None, "basis")
d.save(f"gold/{stem}.json")
