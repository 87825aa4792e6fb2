import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A ministry's letter (Công văn) to the provinces: "Căn cứ" laws and decrees, then "đề nghị UBND các tỉnh, thành phố
# quan tâm chỉ đạo:" with numbered items; legal portal's page furniture around it. Annotated before the extractor ran.
stem = "e14_btc-17986-cv-2025-cam-nang-thue-cap-xa"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "17986/BTC-CT", "issuer": "Bộ Tài chính", "province": None,
              "issued_date": "2025-11-19", "title": d.text(68, 69, start="Phổ"), "signer": "Lê Tấn Cận"}
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
d.S("1", d.text(101, 105), ["assignments"])
d.S("2", d.text(106, 108), ["assignments"])
d.S("3", d.text(109, 111), ["assignments"])
# the request that introduces the items ("... đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:") states no task of
# its own: optional (an intro is a task only when it says what to do, as in e15)
d.A([UBT], d.text(99, 100, start="quan tâm chỉ đạo"), requested=True, section=None, optional=True)
d.A([UBT], d.text(101, 105), requested=True, section="1")
d.A([UBT], d.text(106, 108), requested=True, section="2")
# "Chỉ đạo đầu mối phối hợp với Thuế tỉnh": the coordination is the đầu mối's, not the province's own
d.A([UBT], d.text(109, 111), requested=True, section="3")
d.A([UBT], d.text(121, 122, start="quan tâm, chỉ đạo").rstrip("/."), requested=True, section=None, optional=True)
d.C("Luật Tổ chức chính quyền địa phương 2025", "Luật", "2025-06-16", None, "Luật Tổ chức chính quyền địa phương",
    "basis", alt=["72/2025/QH15"])
d.C("Luật Quản lý thuế 2019", "Luật", "2019-06-13", None, "Luật Quản lý thuế", "basis", alt=["38/2019/QH14"])
d.C("126/2020/NĐ-CP", "NĐ", "2020-10-19", "Chính phủ", None, "basis")
d.C("91/2022/NĐ-CP", "NĐ", "2022-10-30", "Chính phủ", None, "basis")
d.C("122/2025/NĐ-CP", "NĐ", "2025-06-11", "Chính phủ", None, "basis")
d.C("125/2025/NĐ-CP", "NĐ", "2025-06-11", "Chính phủ", None, "basis")
d.save(f"gold/{stem}.json")
