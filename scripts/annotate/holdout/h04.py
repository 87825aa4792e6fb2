import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "h04_ttg-217-cd-2025-mua-lu-trung-bo"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CĐ", "number": "217/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "province": None,
              "issued_date": "2025-11-16", "title": d.text(22, 23, start="CHỦ ĐỘNG"), "signer": "Trần Hồng Hà"}
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
NN, CT, XD = "Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Xây dựng"
d.S("1", d.text(62, 63).rstrip(":"), ["assignments"])
d.S("2", "Bộ Nông nghiệp và Môi trường", ["assignments"])
d.S("3", "Bộ Xây dựng", ["assignments"])
d.S("4", "Bộ Công Thương", ["assignments"])
d.S("5", "Các Bộ: Quốc phòng, Công an", ["assignments"])
d.S("6", "Các Bộ: Giáo dục và Đào tạo, Y tế, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch", ["assignments"])
d.S("7", "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", ["assignments"])
d.S("8", "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam", ["assignments"])
d.S("9", "Văn phòng Chính phủ", ["assignments"])
# opening request to the provinces and ministries (general; the numbered items detail it)
d.A([UBT, "Bộ Quốc phòng", "Bộ Công an", NN, XD, CT], d.text(54, 60, start="tập trung chỉ đạo khắc phục"), optional=True)
d.A([UBT], d.text(65, 67), section="1")
d.A([UBT], d.text(69, 72), section="1")
d.A([UBT], d.text(74, 77), section="1")
d.A([UBT], d.text(79, 83), section="1")
d.A([UBT], d.text(85, 89), section="1")
d.A([NN], d.text(93, 96), section="2")
d.A([NN], d.text(98, 100), partners=[CT], section="2")
d.A([NN], d.text(102, 105), section="2")
d.A([XD], d.text(107, 111, start="chỉ đạo triển khai"), section="3")
d.A([CT], d.text(113, 114, start="chỉ đạo bảo đảm"), section="4")
d.A(["Bộ Quốc phòng", "Bộ Công an"], d.text(116, 119, start="chủ động chỉ đạo"), section="5")
d.A(["Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch"],
    d.text(121, 125, start="theo chức năng"), role="support", section="6")
d.A(["Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"], d.text(127, 130, start="theo"), section="7")
d.A(["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"], d.text(132, 135, start="kịp thời"), section="8")
d.A(["Văn phòng Chính phủ"], d.text(137, 140, start="theo dõi").rstrip("/."), section="9")
d.save(f"gold/{stem}.json")
