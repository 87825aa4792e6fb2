import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A department's (Sở GD&ĐT TP.HCM) guidance letter to the communes: nine "Căn cứ" documents, the writer's own statement
# ("Sở ... hướng dẫn UBND ... đánh giá ..."), ONE request paragraph "Đề nghị UBND phường, xã và đặc khu thực hiện ...,
# hạn cuối ngày 15 tháng 12 hàng năm", then an appended criteria table whose numbered rows are no tasks; legal
# portal's page furniture. Annotated before the extractor was run on it.
stem = "e31_hcm-5155-sgddt-2025-danh-gia-tthtcd"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "5155/SGDĐT-GDTXNNĐH",
              "issuer": "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "province": "Hồ Chí Minh",
              "issued_date": "2025-11-28", "title": d.text(70, 71, start="hướng dẫn"), "signer": "Trương Hải Thanh"}
XA = "Ủy ban nhân dân cấp xã"
YR = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"
d.A([XA], d.text(116, 119, start="thực hiện"), requested=True, section=None,
    deadline=d.D("hạn cuối ngày 15 tháng 12 hàng năm", rec=YR, agencies=[XA]))
# conditional ("nếu có vướng mắc, kính đề nghị Quý cơ quan liên hệ ..."): optional
d.A([XA], d.text(121, 124, start="liên hệ").rstrip("/."), requested=True, optional=True)
# the appended guide: "1. Ủy ban nhân dân phường, xã, đặc khu quyết định thành lập đoàn kiểm tra." and its time window
L = [i for i, s in enumerate(d.lines, 1) if s.startswith("1. Ủy ban nhân dân phường,")][0]
d.A([XA], d.text(L, L + 1, start="quyết định"), optional=True)
d.D("vào tháng 11 đến ngày 15 tháng 12 hàng năm", rec=YR, agencies=[], optional=True)
MOET = "Bộ Giáo dục và Đào tạo"
d.C("Luật Giáo dục 2019", "Luật", "2019-06-14", None, None, "basis", alt=["43/2019/QH14"])
d.C("11/2025/TT-BGDĐT", "TT", "2025-06-12", MOET, None, "basis")
d.C("15/2025/TT-BGDĐT", "TT", "2025-07-24", MOET, None, "basis")
d.C("2553/BGDĐT-GDTX", "CV", "2013-04-18", MOET, None, "basis")
d.C("10/VBHN-BGDĐT", "VBHN", "2014-03-14", MOET, None, "basis")
d.C("2264/BGDĐT-GDTX", "CV", "2014-05-06", MOET, None, "basis")
d.C("1144/GDĐT-GDTX", "CV", "2019-04-10", "Sở Giáo dục và Đào tạo", None, "basis")
d.C("6165/BGDĐT-GDPT", "CV", "2025-10-02", MOET, None, "basis")
d.C("4338/SGDĐT-GDTXNNĐH", "CV", "2025-11-10", "Sở Giáo dục và Đào tạo", None, "basis")
d.save(f"gold/{stem}.json")
