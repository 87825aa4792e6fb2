import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A provincial plan (portal): I.–V. views, targets and tasks naming no body; VI. TỔ CHỨC THỰC HIỆN with 19 agency
# headings (groups, enterprises, universities among them; items that name their own subject under a group heading);
# VII. reporting with a yearly date; an appendix table of targets with a "Chủ trì" column. Annotated before the
# extractor was run on it.
stem = "e50_bacninh-144-kh-ubnd-2025-kinh-te-so"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "KH", "number": "144/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh",
              "province": "Bắc Ninh", "issued_date": "2025-11-24", "title": d.text(23, 24), "signer": "Mai Sơn"}
d.S("I", "QUAN ĐIỂM", [])
d.S("II", "MỤC TIÊU", ["objectives"])
d.S("III", "PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ", [])
d.S("IV", "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC", [])
d.S("V", "GIẢI PHÁP", ["tasks"])
d.S("VI", "TỔ CHỨC THỰC HIỆN", ["implementation"])
d.S("VII", "CHẾ ĐỘ BÁO CÁO", [])
KHCN, TC, NN, VH, CT, GD, NV, YT, XD, CA = (
    "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Y tế", "Sở Xây dựng", "Công an tỉnh")
SN, XA = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"
NH, BAO, BC = "Ngân hàng Nhà nước chi nhánh khu vực 12", "Báo và Phát thanh, Truyền hình tỉnh", "Các cơ quan thông tấn, báo chí"
DOAN, LD, ND, LM = ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh",
                    "Liên minh Hợp tác xã tỉnh")
MT, CTXH, HQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh", "Chi cục Hải quan khu vực V"
DNS, DH = "Các doanh nghiệp công nghệ số", "Các cơ sở đào tạo đại học, sau đại học"
VP = "Văn phòng Ủy ban nhân dân tỉnh"
d.D("đến năm 2030", "2030-12-31", agencies=[], optional=True)
d.D("giai đoạn 2026 - 2030", "2030-12-31", agencies=[], optional=True)
# V.6 (added after the first run: missed while annotating, the one inline subject of I.–V.)
d.A([SN, "Ủy ban nhân dân cấp xã"], d.text(1035, 1037, start="có"), section="V.6")
d.A(["Các doanh nghiệp", "Các tổ chức", "Các cơ sở giáo dục tự chủ tài chính"], d.text(1045, 1048, start="có trách nhiệm"),
    section="V.6", optional=True)
# VI. TỔ CHỨC THỰC HIỆN
d.A([KHCN], d.text(1104, 1107), role="lead", section="VI.1")
d.A([KHCN], d.text(1109, 1113), section="VI.1")
d.A([KHCN], d.text(1115, 1118), section="VI.1")
d.A([KHCN], d.text(1120, 1123), section="VI.1")
d.A([KHCN], d.text(1125, 1128), role="lead", section="VI.1")
d.A([TC], d.text(1133, 1136), section="VI.2")
d.A([TC], d.text(1138, 1139), section="VI.2")
d.A([TC], d.text(1141, 1143), role="lead", section="VI.2")
d.A([NN], d.text(1148, 1149), role="lead", section="VI.3")
d.A([VH], d.text(1154, 1155), role="lead", section="VI.4")
d.A([CT], d.text(1160, 1161), role="lead", section="VI.5")
d.A([CT], d.text(1163, 1165), section="VI.5")
d.A([GD], d.text(1170, 1171), role="lead", section="VI.6")
d.A([NV], d.text(1176, 1177), role="lead", section="VI.7")
d.A([NV], d.text(1179, 1182), section="VI.7")
d.A([YT], d.text(1186, 1187), role="lead", section="VI.8")
d.A([XD], d.text(1192, 1193), role="lead", section="VI.9")
d.A([CA], d.text(1198, 1200), role="lead", section="VI.10")
d.A([CA], d.text(1202, 1204), section="VI.10")
d.A([SN, XA], d.text(1209, 1213), partners=[KHCN], section="VI.11")
d.A([XA], d.text(1209, 1213, start="chú trọng", end="dịch vụ công."), section="VI.11", optional=True)
d.A([SN, XA], d.text(1215, 1217), section="VI.11")
d.A([SN, XA], d.text(1219, 1221), section="VI.11")
d.A([SN, XA], d.text(1223, 1228), partners=[KHCN], section="VI.11")
d.A([NH], d.text(1233, 1235), section="VI.12")
d.A([NH], d.text(1237, 1238), section="VI.12")
d.A([BAO, BC], d.text(1243, 1247), role="lead", partners=[KHCN], section="VI.13")
d.A([DOAN], d.text(1252, 1257), section="VI.14")
d.A([LD, ND, LM], d.text(1262, 1267), section="VI.15")
d.A([MT, CTXH], d.text(1272, 1273), section="VI.16")
d.A([HQ], d.text(1278, 1279).rstrip(";"), role="lead", section="VI.17")
d.A([HQ], d.text(1281, 1285), role="support", partners=[KHCN, CT, "Các doanh nghiệp logistics"], section="VI.17")
d.A(["Các doanh nghiệp viễn thông", "Các doanh nghiệp bưu chính"], d.text(1290, 1292, start="ưu tiên"), section="VI.18")
d.A([DNS], d.text(1294, 1297, start="chủ động"), section="VI.18")
d.A([DNS], d.text(1299, 1303), role="support", partners=["Các trường đại học, cao đẳng"], section="VI.18")
d.A([DNS], d.text(1305, 1307, start="là lực lượng"), section="VI.18", optional=True)  # a statement of role
d.A([DH], d.text(1312, 1315), section="VI.19")
d.A([DH], d.text(1317, 1319), role="support", partners=["Các viện nghiên cứu"], section="VI.19")
d.A([DH], d.text(1321, 1323), section="VI.19")
# VII. CHẾ ĐỘ BÁO CÁO
d.A(["Các cơ quan, đơn vị"], d.text(1328, 1334, start="có trách nhiệm"), section="VII",
    deadline=d.D("Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm",
                 rec="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15", agencies=["Các cơ quan, đơn vị"]))
# PHỤ LỤC: targets with a "Chủ trì" column, one lead task per row
def row(label, a, b, agencies):
    d.A(agencies, d.text(a, b), role="lead", section="PL." + label)
row("I.1", 1388, 1388, [TC])
row("I.2", 1395, 1400, [KHCN])
d.A([SN, XA], d.text(1402, 1403, start="thực"), section="PL.I.2", optional=True)
row("I.3", 1408, 1409, [KHCN])
row("I.4", 1416, 1417, [KHCN])
row("I.5", 1424, 1426, [TC])
row("I.6", 1433, 1436, [GD, NV, KHCN])
row("II.1", 1450, 1451, [KHCN])
row("II.2", 1458, 1459, [KHCN])
row("II.3", 1466, 1467, [CA])
row("II.4", 1474, 1475, [CA])
row("II.5", 1482, 1484, [NH])
row("II.6", 1491, 1492, [DOAN])
row("II.7", 1499, 1500, [KHCN])
row("II.8", 1507, 1508, [VP])
row("II.9", 1515, 1516, [YT])
row("II.10", 1523, 1524, [YT])
row("II.11", 1531, 1532, [NH])
row("II.12", 1539, 1540, [CA])
row("II.13", 1547, 1548, [KHCN])
# citations
d.C("57-NQ/TW", "NQ", "2024-12-22", "Bộ Chính trị",
    "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", relation="basis")
d.C("71/NQ-CP", "NQ", "2025-04-01", "Chính phủ",
    "sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW", relation="basis")
d.C("68-NQ/TW", "NQ", "2025-05-04", "Bộ Chính trị", "về phát triển kinh tế tư nhân", relation="basis")
d.C("138/NQ-CP", "NQ", "2025-05-16", "Chính phủ",
    "ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW", relation="basis")
d.C("411/QĐ-TTg", "QĐ", "2022-03-31", "Thủ tướng Chính phủ",
    "phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
    relation="basis")
d.C("17/KH-UBND", "KH", "2025-08-11", "UBND tỉnh", "về thực hiện Nghị quyết số 71/NQ-CP", relation="basis")
d.C("07-KH/TU", "KH", "2025-07-25", "Ban thường vụ Tỉnh ủy", "về thực hiện Nghị quyết số 57-NQ/TW")
d.C("133/TTr-SKHCN", "TTr", "2025-11-15", "Sở Khoa học và Công nghệ", None)
d.save(f"gold/{stem}.json")
