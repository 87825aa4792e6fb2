import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# portal/389276e8dae699ce.md: a Government decree of a ministry's functions (chức năng, nhiệm vụ, quyền hạn và cơ cấu
# tổ chức). Its Điều 2 lists 31 numbered "nhiệm vụ, quyền hạn" with lettered points ("Trình Chính phủ ...", "Chủ trì,
# phối hợp ...") — the standing powers of the ministry the decree defines, not tasks it assigns: no entries.
# Điều 3's list of units is no task either. Tasks: the minister's one instruction after the list of units (issue the
# units' decisions: optional, a standing clause of every such decree) and the closing "chịu trách nhiệm thi hành"
# (optional). Articles without chapters are the sections, labelled by number (e24). Annotated before the extractor
# was run on it.
stem = "e42_cp-25-2025-nd-cp-chuc-nang-bo-noi-vu"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "NĐ", "number": "25/2025/NĐ-CP", "issuer": "Chính phủ", "province": None,
              "issued_date": "2025-02-21",
              "title": "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ",
              "signer": "Nguyễn Hòa Bình"}
d.S("1", "Vị trí và chức năng", [])
d.S("2", "Nhiệm vụ và quyền hạn", ["tasks"])   # a list of nhiệm vụ, as e24 reads "Nội dung ..." headings
d.S("3", "Cơ cấu tổ chức", [])
d.S("4", "Hiệu lực thi hành", [])
d.S("5", "Trách nhiệm thi hành", ["assignments"])   # [] at first; "trách nhiệm" names assignments (section_kinds.yaml),
# and such an article holds real tasks elsewhere ("Điều 4. Trách nhiệm thi hành: 1. Cục Đăng kiểm Việt Nam có trách nhiệm:")
BNV = "Bộ Nội vụ"
d.A([BNV], d.text(325, 325, start="ban hành quyết định"), section="3", optional=True)
d.A([BNV, "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
    d.text(335, 335, start="chịu trách nhiệm thi hành"), section="5", optional=True)
d.C("Luật Tổ chức Chính phủ 2025", "Luật", "2025-02-18", None, "Luật Tổ chức Chính phủ", "basis",
    alt=["63/2025/QH15", "Luật Tổ chức Chính phủ"])
T = "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
d.C("62/2022/NĐ-CP", "NĐ", "2022-09-12", "Chính phủ", T + "Bộ Lao động - Thương binh và Xã hội", "cites")
d.C("63/2022/NĐ-CP", "NĐ", "2022-09-12", "Chính phủ", T + "Bộ Nội vụ", "cites")
# added after the first run (missed when annotating; cited by name in Điều 2.11.e)
d.C("Bộ luật Lao động", "Bộ luật", None, None, "Bộ luật Lao động", "cites", alt=["45/2019/QH14", "Bộ luật Lao động 2019"])
d.save(f"gold/{stem}.json")
