import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial People's Committee's decision (Quyết định): Điều 2 gives the decision's own task, the attached plan
# (Kế hoạch) has "V. TỔ CHỨC THỰC HIỆN" with bold agency headings over italic "a) Chủ trì, phối hợp với ..." /
# "b) Phối hợp với ..." sub-headings that set the role of their bullets, "Đề nghị" headings, and a reporting section
# with monthly / half-year / yearly report dates. Annotated before the extractor was run on it.
stem = "e19_sonla-2954-qd-ubnd-2025-xuat-khau"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "2954/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Sơn La",
              "province": "Sơn La", "issued_date": "2025-11-20", "title": d.text(23, 24),
              "signer": "Nguyễn Thành Công"}
d.S("I", "MỤC TIÊU", ["objectives"])
d.S("II", "CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030", ["objectives"])
d.S("III", d.text(296, 297, start="GIẢI"), ["tasks"])
d.S("IV", "KINH PHÍ", ["funding"])
d.S("V", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.S("V", "CHẾ ĐỘ BÁO CÁO", [])
CT, NN, TC, KH, NGV = "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Ngoại vụ"
XA, SN, DN = "Ủy ban nhân dân cấp xã", "Các sở, ban, ngành tỉnh", "Các doanh nghiệp"
d.D("đến năm 2030", "2030-12-31", agencies=[], optional=True)
# the decision's own articles
d.A([CT], d.text(45, 48, start="chủ trì"), role="lead", partners=[XA, DN, "Các hợp tác xã"], section="Điều 2")
d.A(["Văn phòng Ủy ban nhân dân tỉnh", CT, SN, XA], "chịu trách nhiệm thi hành quyết định này.",
    section="Điều 3", optional=True)
# IV. KINH PHÍ: the bodies named inside the sentence
d.A([SN, XA], d.text(423, 426), section="IV", optional=True)
# V.1 Sở Công Thương: a) chủ trì ... -> lead; b) phối hợp ... -> support
for a, b in [(440, 442), (444, 447), (449, 452), (454, 458)]:
    d.A([CT], d.text(a, b), role="lead", partners=[XA], section="V.1")
for a, b in [(463, 466), (468, 472)]:
    d.A([CT], d.text(a, b), role="support", partners=[XA], section="V.1")
for a, b in [(480, 484), (486, 490)]:
    d.A([NN], d.text(a, b), role="lead", partners=[XA], section="V.2")
for a, b in [(495, 498), (500, 503)]:
    d.A([NN], d.text(a, b), role="support", partners=[XA], section="V.2")
d.A([TC], d.text(508, 515), role="lead", partners=[XA], section="V.3")
d.A([TC], d.text(517, 519), section="V.3")
d.A([KH], d.text(524, 525), role="lead", partners=[XA], section="V.4", optional=True)
for a, b in [(527, 529), (531, 534), (536, 539)]:
    d.A([KH], d.text(a, b), role="lead", partners=[XA], section="V.4")
d.A(["Công an tỉnh"], d.text(544, 548), role="lead", partners=[XA], section="V.5")
d.A([NGV], d.text(553, 557), section="V.6")
d.A([NGV], d.text(559, 563), section="V.6")
XT = ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"]
d.A(XT, d.text(568, 572), section="V.7")
d.A(XT, d.text(574, 578), section="V.7")
G8 = ["Liên minh Hợp tác xã tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Hội Nông dân tỉnh",
      "Hiệp hội Doanh nghiệp tỉnh"]
d.A(G8, d.text(584, 589), requested=True, section="V.8")
d.A(G8, d.text(591, 594), role="support", requested=True, partners=[XA], section="V.8")
d.A(G8, d.text(596, 599), requested=True, section="V.8")
d.A(["Báo và Phát thanh, Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh"], d.text(604, 608), section="V.9")
for a, b in [(616, 621), (623, 626), (628, 630), (632, 636), (638, 641)]:
    d.A([XA], d.text(a, b), role="lead", section="V.10")
for a, b in [(646, 649), (651, 653), (655, 658)]:
    d.A([XA], d.text(a, b), role="support", section="V.10")
G11 = ["Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"]
d.A(G11, d.text(663, 667), requested=True, section="V.11")
d.A(G11, d.text(669, 675), requested=True, section="V.11")
d.A(G11, d.text(677, 681), role="support", requested=True, partners=[XA], section="V.11")
# V. CHẾ ĐỘ BÁO CÁO
G1 = [SN, XA]
dl = d.D("Định kỳ hàng tháng (trước ngày 16 hàng tháng)", rec="FREQ=MONTHLY;BYMONTHDAY=16", agencies=G1)
d.D("6 tháng (trước ngày 16/6)", rec="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16", agencies=G1)
d.D("tổng kết năm (trước ngày 20/11 hàng năm)", rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20", agencies=G1)
d.A(G1, d.text(686, 692, start="Căn cứ"), section="V.1", deadline=dl)
dl = d.D("định kỳ hàng tháng (trước ngày 18 hàng tháng)", rec="FREQ=MONTHLY;BYMONTHDAY=18", agencies=[CT])
d.D("6 tháng (trước ngày 18/5)", rec="FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=18", agencies=[CT])
d.D("tổng kết năm (trước ngày 30/11 hàng năm)", rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30", agencies=[CT])
d.A([CT], d.text(694, 697, start="tổng hợp"), section="V.2", deadline=dl)
# citations
d.C("Luật Tổ chức chính quyền địa phương 2025", "Luật", "2025-06-16", None, "Luật Tổ chức chính quyền địa phương",
    "basis", alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("493/QĐ-TTg", "QĐ", "2022-04-19", "Thủ tướng Chính phủ", "phê duyệt Chiến lược xuất nhập khẩu hàng hóa đến "
    "năm 2030", "basis")
d.C("298/TTr-SCT", "TTr", "2025-10-23", "Sở Công Thương", None, "cites")
d.C("2679/SCT-QLTM", "CV", "2025-11-07", "Sở Công Thương", None, "cites")
d.C("Hiệp định Thương mại tự do Việt Nam - EU", "HĐ", None, None, None, "cites", optional=True)
d.C("2954/QĐ-UBND", "QĐ", "2025-11-20", "Ủy ban nhân dân tỉnh", None, "cites", optional=True)
d.save(f"gold/{stem}.json")
