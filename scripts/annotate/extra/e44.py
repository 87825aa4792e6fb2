import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# portal/c15a1748f51c3fd0.md: a minister's circular (Thông tư) of chapters and articles setting teachers' working
# regime. Chương I–III are norms: the homeroom teacher's duties (Điều 4.3 a–đ: duties of people who hold no office,
# optional as in e21/e23), what the principal decides inside a rule ("Căn cứ ..., hiệu trưởng phân công ...":
# procedural, optional), hours and teaching loads (no tasks). Chương IV "TỔ CHỨC THỰC HIỆN": Điều 14 the provinces
# and the principals (tasks), Điều 15.5 the closing "chịu trách nhiệm thi hành" (optional). The page prints neither
# the date nor the signer's name ("(Đã ký)"). Annotated before the extractor was run on it.
stem = "e44_bgddt-05-2025-tt-bgddt-che-do-lam-viec-giao-vien"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "TT", "number": "05/2025/TT-BGDĐT", "issuer": "Bộ trưởng Bộ Giáo dục và Đào tạo",
              "province": None, "issued_date": None,
              "title": "Quy định chế độ làm việc đối với giáo viên phổ thông, dự bị đại học", "signer": None}
d.S("I", "QUY ĐỊNH CHUNG", [])
d.S("II", "NHIỆM VỤ, THỜI GIAN LÀM VIỆC, THỜI GIAN NGHỈ HẰNG NĂM VÀ ĐỊNH MỨC TIẾT DẠY", ["tasks"])
d.S("III", "CHẾ ĐỘ GIẢM ĐỊNH MỨC TIẾT DẠY VÀ QUY ĐỔI CÁC HOẠT ĐỘNG CHUYÊN MÔN RA TIẾT DẠY", [])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
TINH = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
PT, DB = "Các trường phổ thông", "Các trường dự bị đại học"
GVCN = "Giáo viên chủ nhiệm"
# Chương I–II: what the principal decides inside a rule (procedural) and the homeroom teacher's duties: optional
d.A(["Các trường phổ thông tư thục"], d.text(47, 47, start="căn cứ quy chế"), section="I", optional=True)
d.A([PT, DB], d.text(55, 55), section="I", optional=True)
d.A([PT, DB], d.text(65, 65), section="I", optional=True)
d.A([PT, DB], d.text(121, 121), section="II", optional=True)
d.A([GVCN], d.text(79, 79), section="II", optional=True)
for n in (81, 83, 87, 89):
    d.A([GVCN], d.text(n, n), section="II", optional=True)
d.A([GVCN], d.text(85, 85), role="support", partners=["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh"],
    section="II", optional=True)
# Chương IV
d.A([TINH], d.text(293, 293, start="chỉ đạo"), section="IV")
d.A([PT, DB], d.text(295, 295, start="chịu trách nhiệm"), section="IV")
d.A(["Văn phòng Bộ Giáo dục và Đào tạo", "Cục Nhà giáo và Cán bộ quản lý giáo dục", TINH, "Sở Giáo dục và Đào tạo",
     "Phòng Giáo dục và Đào tạo", PT, DB], "chịu trách nhiệm thi hành Thông tư này./.", section="IV", optional=True)
BGD = "Bộ trưởng Bộ Giáo dục và Đào tạo"
d.C("Luật Giáo dục 2019", "Luật", "2019-06-14", None, "Luật Giáo dục", "basis", alt=["43/2019/QH14", "Luật Giáo dục"])
d.C("Bộ luật Lao động 2019", "Bộ luật",   # "Luật" at first; "Bộ luật" is doc_types.yaml's code for a code
    "2019-11-20", None, "Bộ luật Lao động", "basis",
    alt=["45/2019/QH14", "Bộ luật Lao động"])
d.C("37/2025/NĐ-CP", "NĐ", "2025-02-26", "Chính phủ",
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo", "basis")
d.C("84/2020/NĐ-CP", "NĐ", "2020-07-17", "Chính phủ", "quy định chi tiết một số điều của Luật Giáo dục", "basis")
d.C("Luật Bảo hiểm xã hội", "Luật", None, None, "Luật Bảo hiểm xã hội", "cites")
d.C("20/2023/TT-BGDĐT", "TT", "2023-10-30", BGD, None, "cites")
d.C("08/2016/TT-BGDĐT", "TT", "2016-03-28", BGD, None, "cites")
d.C("13/2013/QĐ-TTg", "QĐ", "2013-02-06", "Thủ tướng Chính phủ", None, "cites")
d.C("28/2009/TT-BGDĐT", "TT", "2009-10-21", BGD, None, "cites")
d.C("15/2017/TT-BGDĐT", "TT", "2017-06-09", BGD, None, "cites")
d.C("16/2017/TT-BGDĐT", "TT", "2017-07-12", BGD, None, "cites")
d.save(f"gold/{stem}.json")
