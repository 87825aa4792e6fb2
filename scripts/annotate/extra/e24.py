import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city People's Council's resolution (Nghị quyết HĐND) of articles only (no chapters): the articles are the top
# level (label = the article's number); "Điều 6. Tổ chức thực hiện": "1. Giao UBND Thành phố: a) ... b) ...",
# "2. Giao Thường trực HĐND ...", "3. Đề nghị Ủy ban MTTQ ..."; an appendix table of spending rates; the legal
# portal's page furniture around it. Annotated before the extractor was run on it.
stem = "e24_hanoi-82-nq-hdnd-2025-kinh-phi-bau-cu"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NQ", "number": "82/2025/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Hà Nội",
              "province": "Hà Nội", "issued_date": "2025-11-27", "title": d.text(84, 87),
              "signer": "Phùng Thị Hồng Hà"}
UB = "Ủy ban nhân dân tỉnh"
d.S("1", "Phạm vi điều chỉnh", [])
d.S("2", "Đối tượng áp dụng", [])
d.S("3", "Nội dung và mức chi", ["tasks"])
d.S("4", "Thời gian hỗ trợ kinh phí phục vụ bầu cử", ["funding"])
d.S("5", "Nguồn kinh phí thực hiện", ["funding"])
d.S("6", "Tổ chức thực hiện", ["implementation"])
d.S("7", "Điều khoản thi hành", [])
# Điều 3/4: conditional powers and duties: optional
d.A([UB], d.text(129, 134, start="quyết định mức", end="thực hiện."), section="3", optional=True)
d.A([UB], d.text(133, 134, start="có trách nhiệm"), section="3", optional=True)
d.A(["Các cơ quan, đơn vị"], d.text(140, 141, start="căn cứ quy định"), section="4", optional=True)
# Điều 6
d.A([UB], d.text(147, 150), section="6")
d.A([UB], d.text(151, 152), section="6")
d.A(["Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh",
     "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"],
    d.text(153, 155, start="giám sát"), section="6")
d.A(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"],
    d.text(156, 158, start="phối hợp"), role="support", requested=True, section="6")
d.A(["Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử"],
    d.text(159, 162, start="có trách nhiệm"), section="6", optional=True)
L = "Luật"
d.C("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015", L, None, "Quốc hội",
    "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "basis",
    alt=["85/2015/QH13", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"])
d.C("83/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Tổ chức chính quyền địa phương 2025", L, None, "Quốc hội", "Luật Tổ chức chính quyền địa phương", "basis",
    alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, None, "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật",
    "basis", alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("87/2025/QH15", L, None, "Quốc hội", None, "cites")
d.C("Luật Ngân sách nhà nước 2025", L, None, "Quốc hội", "Luật Ngân sách nhà nước", "basis",
    alt=["89/2025/QH15", "Luật Ngân sách nhà nước"])
d.C("197/2025/QH15", "NQ", "2025-05-17", "Quốc hội", d.text(98, 99, start="về một số", end="pháp luật"), "basis")
d.C("87/2025/TT-BTC", "TT", None, "Bộ Tài chính", d.text(101, 103, start="hướng dẫn", end="2026-2031"), "basis")
d.C("444/TTr-UBND", "TTr", "2025-11-24", "Ủy ban nhân dân Thành phố", None, "cites")
d.C("123/BC-BPC", "BC", "2025-11-25", "Ban Pháp chế Hội đồng nhân dân Thành phố", None, "cites")
d.C("500/BC-UBND", "BC", "2025-11-26", "Ủy ban nhân dân Thành phố", None, "cites")
# appendix
d.C("05/2025/NQ-HĐND", "NQ", None, None, None, "cites")
d.C("09/2017/NQ-HĐND", "NQ", "2017-12-05", "Hội đồng nhân dân Thành phố", None, "cites")
d.C("11/2018/NQ-HĐND", "NQ", "2018-12-05", "Hội đồng nhân dân Thành phố", None, "cites")
d.save(f"gold/{stem}.json")
