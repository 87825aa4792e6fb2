import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial plan (portal): seventeen "Căn cứ" (two documents in one line twice), a technical programme (II) naming
# no body, a cost estimate (III), four agency headings under "IV. Tổ chức thực hiện." (the last a kind of enterprise),
# then long appendix tables of sampling points and unit prices. Annotated before the extractor was run on it.
stem = "e51_daklak-0134-kh-ubnd-2025-quan-trac-thuy-san"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "0134/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk",
              "province": "Đắk Lắk", "issued_date": "2025-11-25", "title": d.text(20, 22), "signer": "Trương Công Thái"}
d.S("I", "MỤC TIÊU", ["objectives"])
d.S("II", "NỘI DUNG KẾ HOẠCH", ["tasks"])
d.S("III", "DỰ TOÁN KINH PHÍ THỰC HIỆN:", ["funding"])
d.S("IV", "Tổ chức thực hiện.", ["implementation"])
NN, TC, XA = "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Ủy ban nhân dân cấp xã"
CS = "Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"
d.D("Thời gian thực hiện: Từ năm 2026 - 2030", "2030-12-31", agencies=[], optional=True)
d.D("Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm", rec="FREQ=YEARLY;BYMONTH=11", agencies=[], optional=True)
d.D("báo cáo tổng hợp hàng quý", rec="FREQ=MONTHLY;INTERVAL=3", agencies=[], optional=True)
d.D("báo cáo tổng hợp hàng năm", rec="FREQ=YEARLY", agencies=[], optional=True)
# IV. Tổ chức thực hiện
d.A([NN], d.text(377, 379), section="IV.1")
d.A([NN], d.text(381, 383), role="lead", section="IV.1")
d.A([NN], d.text(385, 388), role="lead", section="IV.1")
d.A([NN], d.text(390, 393), role="support", section="IV.1")
d.A([NN], d.text(395, 396), section="IV.1")
d.A([NN], d.text(398, 399), section="IV.1")
d.A([NN], d.text(401, 403), role="support", section="IV.1")
d.A([NN], d.text(405, 408), section="IV.1")
d.A([NN], d.text(410, 414), section="IV.1")
d.A([TC], d.text(418, 420), section="IV.2")
d.A([XA], d.text(424, 430), section="IV.3")
d.A([XA], d.text(432, 435), section="IV.3")
d.A([XA], d.text(437, 438), section="IV.3")
d.A([XA], d.text(440, 443), section="IV.3")
d.A([CS], d.text(448, 449), section="IV.4")
d.A([CS], d.text(451, 452), role="support", section="IV.4")
d.A([CS], d.text(454, 456), section="IV.4")
# citations: every "Căn cứ" line's documents are basis
B = "basis"
d.C("Luật Thủy sản 2017", "Luật", None, None, "Luật Thủy sản", relation=B, alt=["18/2017/QH14"])
d.C("Luật Bảo vệ môi trường 2020", "Luật", None, None, "Luật Bảo vệ môi trường", relation=B, alt=["72/2020/QH14"])
d.C("08/2022/NĐ-CP", "NĐ", "2022-01-10", "Chính phủ", "quy định chi tiết một số điều của Luật Bảo vệ môi trường",
    relation=B)
d.C("05/2025/NĐ-CP", "NĐ", "2025-01-06", "Chính phủ", "sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP",
    relation=B)
d.C("1746/QĐ-TTg", "QĐ", "2023-12-30", "Thủ tướng Chính phủ", "phê duyệt Quy hoạch tỉnh Phú Yên (cũ)", relation=B)
d.C("1747/QĐ-TTg", "QĐ", "2023-12-30", "Thủ tướng Chính phủ", "phê duyệt Quy hoạch tỉnh Đắk Lắk (cũ)", relation=B)
d.C("32/2014/TT-BNNPTNT", "TT", "2014-09-10", "Bộ Nông nghiệp và PTNT",
    "quy định hoạt động quan trắc, cảnh báo môi trường ngành nông nghiệp và phát triển nông thôn", relation=B)
d.C("04/2016/TT-BNNPTNT", "TT", "2016-05-10", "Bộ Nông nghiệp và PTNT",
    "quy định về phòng, chống dịch bệnh động vật thủy sản", relation=B)
d.C("12/2024/TT-BNNPTNT", "TT", "2024-10-24", "Bộ Nông nghiệp và PTNT",
    "sửa đổi, bổ sung một số điều của Thông tư số 04/2016/TT-BNNPTNT", relation=B)
d.C("10/2021/TT-BTNMT", "TT", "2021-06-30", "Bộ Tài nguyên Môi trường",
    "quy định kỹ thuật quan trắc môi trường và quản lý thông tin, dữ liệu quan trắc chất lượng môi trường", relation=B)
d.C("4255/QĐ-BNN-KHCN", "QĐ", "2024-12-04", "Bộ Nông nghiệp và PTNT",
    "phê duyệt Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến năm 2040”",
    relation=B)
d.C("513/QĐ-TCTS-NTTS", "QĐ", "2021-12-28", "Tổng cục Thủy sản",
    "phê duyệt hướng dẫn quan trắc, cảnh báo và giám sát môi trường trong nuôi trồng thủy sản giai đoạn 2021- 2025",
    relation=B)
d.C("1529/QĐ-UBND", "QĐ", "2021-10-27", "UBND tỉnh",
    "phê duyệt kế hoạch hành động thực hiện Quyết định số 339/QĐ-TTg", relation=B)
d.C("339/QĐ-TTg", "QĐ", "2021-03-11", "Thủ tướng Chính phủ",
    "phê duyệt chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045")
d.C("01348/QĐ-UBND", "QĐ", "2025-09-18", "UBND tỉnh",
    "áp dụng và bãi bỏ các văn bản quy phạm pháp luật trong lĩnh vực nông nghiệp và môi trường", relation=B)
d.C("66/2018/QĐ-UBND", "QĐ", "2018-12-28", "UBND tỉnh Phú Yên (cũ)",
    "Ban hành Quy định đơn giá Quan trắc và phân tích môi trường trên địa bàn tỉnh Phú Yên (cũ)", relation=B)
d.C("323/QĐ-UBND", "QĐ", "2021-02-08", "UBND tỉnh",
    "phê duyệt Đề án phát triển nuôi trồng thủy sản giai đoạn 2021 - 2025, định hướng đến năm 2030", relation=B)
d.C("190/QĐ-UBND", "QĐ", "2025-02-14", "UBND tỉnh",
    "phê duyệt Đề án tổng thể phát triển ngành nuôi trồng thủy sản trên địa bàn tỉnh giai đoạn 2021-2025", relation=B)
d.C("18/KH-UBND", "KH", "2023-02-13", "UBND tỉnh",
    "ban hành Kế hoạch Bảo vệ môi trường trong hoạt động thủy sản giai đoạn 2023 - 2030", relation=B)
d.C("Luật An toàn thực phẩm", "Luật", None, None, "Luật An toàn thực phẩm", alt=["55/2010/QH12"])
d.save(f"gold/{stem}.json")
