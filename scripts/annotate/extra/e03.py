import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
stem = "e03_bvhttdl-4385-qd-2025-ke-hoach-quy-hoach-van-hoa"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "4385/QĐ-BVHTTDL", "issuer": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
              "province": None, "issued_date": "2025-11-18", "title": d.text(23, 24), "signer": "Tạ Quang Đông"}
d.S("I", "MỤC ĐÍCH, YÊU CẦU", ["purpose", "requirements"])
d.S("II", "NỘI DUNG CHỦ YẾU", ["tasks"])
d.S("III", "GIẢI PHÁP THỰC HIỆN", ["tasks"])
d.S("IV", "TỔ CHỨC THỰC HIỆN", ["implementation"])
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
VIEN = ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"]
d.A(["Văn phòng Bộ", "Vụ Kế hoạch, Tài chính", VIEN[0], "Các cơ quan, đơn vị liên quan"],
    "chịu trách nhiệm thi hành Quyết định này.", section="Điều 3", optional=True)
d.A(["Các cơ quan, đơn vị liên quan"], d.text(145, 149), section="I.2", optional=True)
d.A([UBT], d.text(215, 222, start="các địa phương nghiên cứu", end="vui lòng") if False else
    "các địa phương nghiên cứu, triển khai cơ chế thu từ khai thác quỹ đất gắn với mạng lưới cơ sở văn hóa và thể thao.",
    section="II.2", optional=True)
d.A(VIEN, d.text(351, 356), section="IV.1")
d.A(VIEN, d.text(358, 363), section="IV.1",
    deadline=d.D("báo cáo Thủ tướng Chính phủ định kỳ hằng năm hoặc đột xuất theo yêu cầu", rec="FREQ=YEARLY", agencies=VIEN))
d.A(VIEN, d.text(365, 368), section="IV.1")
d.A(VIEN, d.text(370, 373), role="lead", partners=[UBT], section="IV.1")
d.A(["Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"], d.text(378, 383), role="lead", partners=[UBT], section="IV.2")
SO = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao"]
d.A(SO, d.text(388, 390), role="lead", section="IV.3")
d.A(SO, d.text(392, 397), role="lead", section="IV.3")
d.A(SO, d.text(399, 406), role="lead", section="IV.3")
d.A(SO, d.text(408, 413), role="lead", section="IV.3")
d.A(SO, d.text(415, 419), role="lead", section="IV.3")
d.A(SO, d.text(421, 425), role="lead", section="IV.3")
d.A(["Các tổ chức, cá nhân liên quan"], d.text(430, 433).rstrip("/."), role="support", section="IV.4")
# citations
Q = "Quốc hội"; CP = "Chính phủ"; TTG = "Thủ tướng Chính phủ"; BT = "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"
d.C("Luật Quy hoạch 2017", "Luật", "2017-11-24", None, "Luật Quy hoạch", "basis", alt=["21/2017/QH14", "Luật Quy hoạch"])
n37 = "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"
d.C(n37 + " 2018", "Luật", "2018-11-20", None, n37, "basis", alt=["35/2018/QH14", n37])
n57 = "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu"
d.C(n57 + " 2024", "Luật", "2024-11-29", None, n57, "basis", alt=["57/2024/QH15", n57])
d.C("Luật Đầu tư", "Luật", None, None, "Luật Đầu tư", "cites", alt=["61/2020/QH14", "Luật Đầu tư 2020"], optional=True)
d.C("Luật Đầu tư theo phương thức đối tác công tư", "Luật", None, None, "Luật Đầu tư theo phương thức đối tác công tư", "cites",
    alt=["64/2020/QH14", "Luật Đầu tư theo phương thức đối tác công tư 2020"], optional=True)
d.C("Luật Đấu thầu", "Luật", None, None, "Luật Đấu thầu", "cites", alt=["22/2023/QH15", "Luật Đấu thầu 2023"], optional=True)
d.C("61/2022/QH15", "NQ", "2022-06-16", Q, "về việc tiếp tục tăng cường hiệu lực, hiệu quả thực hiện chính sách, pháp luật về quy hoạch và một số giải pháp tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ lập và nâng cao chất lượng quy hoạch thời kỳ 2021 - 2030", "basis")
d.C("81/2023/QH15", "NQ", "2023-01-09", Q, "về Quy hoạch tổng thể quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "basis")
d.C("37/2019/NĐ-CP", "NĐ", "2019-05-07", CP, None, "basis")
d.C("58/2023/NĐ-CP", "NĐ", "2023-08-12", CP, "sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP", "basis")
d.C("22/2025/NĐ-CP", "NĐ", "2025-02-11", CP, None, "basis")
d.C("43/2025/NĐ-CP", "NĐ", "2025-02-28", CP, "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hoá, Thể thao và Du lịch", "basis")
d.C("90/NQ-CP", "NQ", "2023-06-16", CP, None, "basis")
d.C("991/QĐ-TTg", "QĐ", "2024-09-16", TTG, "phê duyệt Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045", "basis")
d.C("1226/QĐ-BVHTTDL", "QĐ", "2025-04-29", BT, None, "basis")
d.C("2657/QĐ-BVHTTDL", "QĐ", "2025-07-29", BT, None, "basis")
d.C("10902/VPCP-KGVX", "CV", "2025-11-08", "Văn phòng Chính phủ", None, "basis")
d.C("326/QĐ-TTg", "QĐ", "2022-03-09", TTG, None, "cites")
d.C("227/QĐ-TTg", "QĐ", "2024-03-12", TTG, "về điều chỉnh một số chỉ tiêu sử dụng đất đến năm 2025", "cites")
d.C("95/QĐ-TTg", "QĐ", "2023-11-16", TTG, "phê duyệt quy hoạch sử dụng đất an ninh thời kỳ 2021-2030, tầm nhìn đến năm 2050", "cites")
d.C("47/QĐ-TTg", "QĐ", "2024-05-09", TTG, "phê duyệt quy hoạch sử dụng đất quốc phòng thời kỳ 2021-2030, tầm nhìn đến năm 2050", "cites")
d.C("Chiến lược phát triển kinh tế-xã hội 10 năm 2021-2030", "CL", None, None, None, "cites", optional=True)
d.C("4385/QĐ-BVHTTDL", "QĐ", "2025-11-18", BT, None, "cites", optional=True)
d.save(f"gold/{stem}.json")
