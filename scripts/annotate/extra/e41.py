import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# portal/21c5e5f284e66d03.md: a Government decree (NĐ-CP) of chapters and articles. Chương II sets support levels and
# the procedure (Điều 6 "Trình tự, trách nhiệm thực hiện hỗ trợ": steps of the communes, districts and provinces —
# procedural, optional as in e21); Chương III "TỔ CHỨC THỰC HIỆN": Điều 8 ministries under "1. Bộ X" headings and
# inline subjects, Điều 9 the provinces' duties, Điều 10 duties of the beneficiaries (no office: optional), Điều 12
# the closing "chịu trách nhiệm thi hành" (optional). The portal page prints neither the date nor the signer.
# Annotated before the extractor was run on it.
stem = "e41_cp-09-2025-nd-cp-ho-tro-khoi-phuc-san-xuat"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NĐ", "number": "09/2025/NĐ-CP", "issuer": "Chính phủ", "province": None,
              "issued_date": None, "title": d.text(6, 6).replace("NGHỊ ĐỊNH", "").strip(), "signer": None}
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", d.text(58, 58).replace("Chương II", "").lstrip("# ").strip(), [])
d.S("III", "TỔ CHỨC THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH", ["implementation"])
TINH = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
XA, HUYEN = "Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp huyện"
NN, TC = "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài chính"
# Điều 6.2: the procedure's steps (Chương II): optional
d.A([XA], d.text(152, 152, start="thành lập Tổ kiểm tra"), role="responsible", section="II", optional=True)
d.A(["Tổ kiểm tra"], d.text(154, 154, start="thực hiện phối hợp"), role="support", section="II", optional=True)
d.A([XA], d.text(156, 156, start="tổng hợp báo cáo"), section="II", optional=True)
d.A([HUYEN], d.text(160, 160, start="tổ chức thẩm định"), section="II", optional=True)
d.A([HUYEN], d.text(160, 160), section="II", optional=True)
d.A([TINH, "Cơ quan chuyên môn về nông nghiệp và phát triển nông thôn thuộc Ủy ban nhân dân cấp tỉnh"],
    d.text(164, 164, start="có trách nhiệm"), section="II", optional=True)
d.A([TINH, "Cơ quan chuyên môn về nông nghiệp và phát triển nông thôn thuộc Ủy ban nhân dân cấp tỉnh"],
    d.text(164, 164), section="II", optional=True)
# Điều 8
d.A([NN], d.text(202, 202), role="lead", partners=[TC], section="III")
d.A([TC], d.text(206, 206), section="III")
d.A([TC], d.text(208, 208), section="III", optional=True)   # conditional ("Trường hợp cần bổ sung nguồn lực ...")
d.A(["Ủy ban Mặt trận Tổ quốc Việt Nam các cấp"], d.text(210, 210, start="chủ trì"), role="lead",
    partners=["Các tổ chức chính trị - xã hội"], section="III")
d.A(["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"], d.text(212, 212, start="căn cứ chức năng"), section="III")
# Điều 9
d.A([TINH], d.text(216, 216), section="III")
d.A([TINH], d.text(218, 218), section="III")
d.A([TINH], d.text(220, 220), section="III")
for n in (222, 224, 226, 228, 230):   # what the People's Council is asked to decide (objects of item 3, not actions)
    d.A([TINH], d.text(n, n), section="III", optional=True)
d.A([TINH], d.text(232, 232), section="III")
y = d.D("cuối năm", rec="FREQ=YEARLY;BYMONTH=12", agencies=[TINH], optional=True)
d.A([TINH], d.text(234, 234), section="III")
d.A([TINH], d.text(236, 236, start="chịu trách nhiệm"), section="III", optional=True)
# Điều 10: the beneficiaries (no office): optional
d.A(["Các đối tượng thụ hưởng từ ngân sách nhà nước"], d.text(240, 240), section="III", optional=True)
d.A(["Các đối tượng thụ hưởng từ ngân sách nhà nước"], d.text(242, 242), section="III", optional=True)
# Điều 12.3: closing clause: optional
d.A(["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", TINH], d.text(256, 256, start="chịu trách nhiệm thi hành"),
    section="III", optional=True)
L = "Luật"
for name, year, date, num in [
        ("Luật Tổ chức Chính phủ", 2015, "2015-06-19", "76/2015/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 2019,
         "2019-11-22", "47/2019/QH14"),
        ("Luật Tổ chức chính quyền địa phương", 2015, "2015-06-19", "77/2015/QH13"),
        ("Luật Phòng, chống thiên tai", 2013, "2013-06-19", "33/2013/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều", 2020, "2020-06-17",
         "60/2020/QH14"),
        ("Luật Phòng thủ dân sự", 2023, "2023-06-20", "18/2023/QH15"),
        ("Luật Ngân sách nhà nước", 2015, "2015-06-25", "83/2015/QH13"),
        ("Luật Trồng trọt", 2018, "2018-11-19", "31/2018/QH14"),
        ("Luật Chăn nuôi", 2018, "2018-11-19", "32/2018/QH14"),
        ("Luật Thủy sản", 2017, "2017-11-21", "18/2017/QH14"),
        ("Luật Lâm nghiệp", 2017, "2017-11-15", "16/2017/QH14"),
        ("Luật Bảo vệ và kiểm dịch thực vật", 2013, "2013-11-25", "41/2013/QH13")]:
    d.C(f"{name} {year}", L, date, None, name, "basis", alt=[num, name])
d.C("02/2017/NĐ-CP", "NĐ", "2017-01-09", "Chính phủ",
    "về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh",
    "cites")
d.save(f"gold/{stem}.json")
