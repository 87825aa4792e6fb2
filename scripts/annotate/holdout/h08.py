import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Đắk Lắk's emulation-campaign plan: emulation criteria per group under III.2 (a)-d) with "- " bullets), then
# "IV. TỔ CHỨC THỰC HIỆN" with numbered items, some naming the agency inline ("3. Sở ...: Phối hợp với ...") and one an
# intro paragraph with bullets. Annotated before the extractor ran on it. Run from samples/annotated/holdout.
stem = "h08_daklak-0124-kh-ubnd-2025-thi-dua-dai-hoi-xiv"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "0124/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk", "province": "Đắk Lắk",
              "issued_date": "2025-11-18", "title": d.text(23, 25), "signer": "Đào Mỹ"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "NỘI DUNG THI ĐUA", ["tasks"])
d.S("III", "ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", [])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
SBN, XA = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
MT, CT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"
CQ, DN, NV = "Các cơ quan, đơn vị, địa phương", "Các doanh nghiệp", "Sở Nội vụ"
# III.2: emulation criteria per group, not tasks given to them: optional
for a, b in [(136, 138), (140, 141), (143, 145), (147, 151)]:
    d.A([SBN, XA], d.text(a, b), section="III.2", optional=True)
for a, b in [(156, 161), (163, 169)]:
    d.A([MT, CT], d.text(a, b), section="III.2", optional=True)
for a, b in [(174, 178), (180, 183), (185, 188)]:
    d.A([DN], d.text(a, b), section="III.2", optional=True)
# IV.1: the intro paragraph says what to do, so it is a task, and so is each bullet under it
y = d.D("hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2025", "2025-12-31", agencies=[CQ, DN], optional=True)
d.A([CQ, DN], d.text(220, 224, start="căn cứ"), section="IV.1")
d.A([CQ, DN], d.text(226, 227), section="IV.1")
d.A([CQ, DN], d.text(229, 231), section="IV.1")
d.A([CQ, DN], d.text(233, 234), section="IV.1")
# IV.2: "cấp ủy, chính quyền các cấp" are vague partners
d.A(["Các cấp ủy Đảng", MT, CT], d.text(237, 243, start="Phối").rstrip(";"), role="support", requested=True, section="IV.2")
d.A(["Sở Văn hóa, Thể thao và Du lịch"], d.text(246, 252, start="Phối"), role="support",
    partners=["Ban Tuyên giáo và Dân vận Tỉnh ủy"], section="IV.3")
d.A([NV], d.text(256, 259).rstrip(";"), role="lead", partners=[DN], section="IV.4")
d.A([NV], d.text(261, 264).rstrip(";"), section="IV.4")
d.A([NV], d.text(266, 268), section="IV.4")
d.A([CQ, DN], d.text(273, 274, start="nghiêm túc").rstrip("/."), optional=True)
d.C("2437/QĐ-TTg", "QĐ", "2025-11-04", "Thủ tướng Chính phủ", d.text(28, 31, start="ban hành", end="XIII của Đảng"), "basis")
d.C("41-CT/TW", "CT", "2024-12-26", "Bộ Chính trị", d.text(108, 109, start="về tăng", end="tình hình mới"), "cites")
d.C("01-KL/TW", "KL", "2021-08-15", "Bộ Chính trị khóa XIII", d.text(110, 111, start="về tiếp tục").rstrip("."), "cites")
d.C("05-CT/TW", "CT", None, None, d.text(110, 111, start="về đẩy mạnh").rstrip("."), "cites")
d.C("Nghị quyết Đại hội lần thứ XIII của Đảng", "NQ", None, None, "Đại hội lần thứ XIII của Đảng", "cites", optional=True)
d.save(f"gold/{stem}.json")
