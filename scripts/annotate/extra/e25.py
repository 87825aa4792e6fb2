import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A central department's letter (Cục Thuế, symbol CT-CS, listed as type CT in the portal index) to all provincial tax
# offices: a chain of cited decrees/circulars, then one "đề nghị các Thuế tỉnh, thành phố ..." request; annotated before
# the extractor was run on it.
stem = "e25_cucthue-5363-ct-cs-2025-bang-gia-le-phi-truoc-ba"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "CV", "number": "5363/CT-CS", "issuer": "Cục Thuế", "province": None,
              "issued_date": "2025-11-20", "title": d.text(69, 70, start="xây dựng"), "signer": "Đặng Ngọc Minh"}
TT = "Thuế các tỉnh, thành phố"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
# duties only quoted from the decrees/circulars: optional
d.A([UBT], d.text(95, 98, start="có trách nhiệm ban hành"), section=None, optional=True)
d.A([TT], d.text(107, 113, start="thực hiện, tổ chức"), section=None, optional=True)
# the request itself; "áp dụng ... từ ngày 01/01/2026" is when the table applies, not a deadline: optional
d.A([TT], d.text(126, 130, start="khẩn trương báo cáo"), requested=True, section=None,
    deadline=d.D("áp dụng cho địa phương từ ngày 01/01/2026", "2026-01-01", agencies=[TT], optional=True))
d.A([TT], d.text(131, 132, start="biết và thực hiện").rstrip("/."), section=None, optional=True)
d.C("175/2025/NĐ-CP", "NĐ", "2025-06-30", "Chính phủ")
d.C("10/2022/NĐ-CP", "NĐ", "2022-01-15", "Chính phủ")
d.C("67/2025/TT-BTC", "TT", "2025-07-01", "Bộ Tài chính")
d.C("13/2022/TT-BTC", "TT", "2022-02-28", "Bộ trưởng Bộ Tài chính")
d.C("102/CĐ-CT", "CĐ", "2025-07-01", "Cục Thuế")
d.C("2226/QĐ-BTC", "QĐ", "2025-06-30", "Bộ Tài chính")
d.C("3316/CT-CS", "CV", "2025-08-21", "Cục Thuế")
d.C("78/2025/NĐ-CP", "NĐ", "2025-04-01", "Chính phủ")
d.C("187/2025/NĐ-CP", "NĐ", "2025-07-01", "Chính phủ")
d.C("Luật Ban hành văn bản quy phạm pháp luật", "Luật", optional=True)
d.save(f"gold/{stem}.json")
