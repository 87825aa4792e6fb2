import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# Original: files/e34_....docx (../shared/corpus/files/tr_cong-van-don-doc-tien-do-ha-tang-ccn-bao-cao-hang-tuan.docx),
# a department's letter not yet numbered nor dated ("Số:      /SCT-CN", "ngày      tháng 7 năm 2026"); the .txt is the
# text the reader gives it. "Sở Công Thương đề nghị các chủ đầu tư tập trung thực hiện các nội dung sau:" 1.–3. with
# bullets; a weekly report due before 16:00 every Friday.
stem = "e34_laocai-sct-cv-2026-don-doc-ha-tang-ccn"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": None, "issuer": "Sở Công Thương tỉnh Lào Cai", "province": "Lào Cai",
              "issued_date": None, "title": d.text(4, 4, start="đôn đốc"), "signer": "Nguyễn Đình Chiến"}
d.S("1", d.text(21, 21), ["assignments"])
d.S("2", d.text(25, 25), ["assignments"])
d.S("3", d.text(28, 28), [])
CDT = ["Chủ đầu tư"]   # "các chủ đầu tư" of the seven industrial clusters (agencies.json)
# the request that introduces the items states no task of its own (as e14)
d.A(CDT, d.text(20, 20, start="tập trung thực hiện"), requested=True, section=None, optional=True)
# numbered headings over bullets: each says what to do, but only introduces its bullets
d.A(CDT, d.text(21, 21), requested=True, section="1", optional=True)
d.D("đến hết năm 2026", "2026-12-31", agencies=CDT, optional=True)
d.A(CDT, d.text(22, 22), requested=True, section="1")
d.A(CDT, d.text(23, 23), role="support", partners=["Ủy ban nhân dân cấp xã"], requested=True, section="1")
d.A(CDT, d.text(24, 24), requested=True, section="1")
d.D("định kỳ hằng tuần", rec="FREQ=WEEKLY", agencies=CDT, optional=True)   # the heading's statement of the schedule
d.A(CDT, d.text(25, 25), requested=True, section="2", optional=True)
w = d.D("Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu", rec="FREQ=WEEKLY;BYDAY=FR", agencies=CDT)
d.A(CDT, d.text(26, 26), requested=True, section="2", deadline=w)
# what the report holds, and "Tuần không phát sinh vẫn báo cáo": part of the same duty
d.A(CDT, d.text(27, 27), requested=True, section="2", optional=True)
# 3.: what the department itself will do when a project is late
d.A(["Sở Công Thương"], d.text(29, 29, start="Sở Công Thương sẽ tổng hợp", end="Nghị định số 32/2024/NĐ-CP"),
    section="3", optional=True)
d.A(CDT, d.text(30, 30, start="nghiêm túc triển khai thực hiện"), requested=True, section=None, optional=True)
d.C("32/2024/NĐ-CP", "NĐ", "2024-03-15", "Chính phủ", None, "basis")
d.C("16/2026/QĐ-UBND", "QĐ", "2026-02-25", "UBND tỉnh Lào Cai", None, "basis")
d.save(f"gold/{stem}.json")
