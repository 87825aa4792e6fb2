"""The agency registry: spellings, abbreviations, tone placement, province forms, lists."""
from __future__ import annotations

import pytest

from extractor.agencies import parse_agency_list
from extractor.vntext import fold

SPELLINGS = [
    ("Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),      # old tone placement
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),      # capitals
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Công thương", "Sở Công Thương"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Công an tỉnh Thái Bình", "Công an tỉnh"),
    ("Ngân hàng Nhà nước chi nhánh Thái Bình", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("Báo Thái Bình", "Báo tỉnh"),
    ("Đài Phát thanh và Truyền hình Kiên Giang", "Đài Phát thanh và Truyền hình tỉnh"),
    ("Tỉnh Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
    ("Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
    ("UBND các huyện, thành phố", "Ủy ban nhân dân cấp huyện"),
    ("Ủy ban nhân dân huyện, thành phố", "Ủy ban nhân dân cấp huyện"),
    ("UBND các xã, phường, thị trấn", "Ủy ban nhân dân cấp xã"),
    ("Các Sở, Ban, ngành, đoàn thể tỉnh", "Các sở, ban, ngành tỉnh"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Viện Kiểm sát nhân dân cùng cấp", "Viện Kiểm sát nhân dân tỉnh"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    # not in any seed
    ("Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("Sở Giao thông vận tải", "Sở Giao thông vận tải"),
    ("Sở Xây dựng", "Sở Xây dựng"),
]


@pytest.mark.parametrize("written,canonical", SPELLINGS)
def test_spellings_resolve(written, canonical, registry):
    text = written + " chủ trì"
    hit = registry.match_at(text, fold(text), 0)
    assert hit is not None, written
    assert hit.name == canonical
    assert text[hit.start:hit.end] == written


@pytest.mark.parametrize("text,names", [
    ("Sở Y tế, Sở Công thương, Sở Nông nghiệp và Phát triển nông thôn; UBND các huyện, thành phố trong",
     ["Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân cấp huyện"]),
    ("Sở Văn hóa và Thể thao và Sở Du lịch:", ["Sở Văn hóa và Thể thao", "Sở Du lịch"]),
    ("các sở: Công Thương, Y tế, Tài chính tăng cường", ["Sở Công Thương", "Sở Y tế", "Sở Tài chính"]),
    ("ngành Lao động - Thương binh và Xã hội, Y tế, Tòa án trong công tác",
     ["Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Tòa án nhân dân tỉnh"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình tỉnh phối hợp",
     ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh"]),
    ("Công an tỉnh (cơ quan thường trực Ban Chỉ đạo PCTP, TNXH tỉnh)", ["Công an tỉnh"]),
])
def test_lists(text, names, registry):
    hits, _, _ = parse_agency_list(registry, text, fold(text), 0)
    assert [h.name for h in hits] == names


@pytest.mark.parametrize("text", ["các đơn vị có liên quan", "chính quyền địa phương", "các lực lượng chức năng", "cấp ủy"])
def test_vague_groups_are_not_agencies(text, registry):
    assert registry.match_at(text, fold(text), 0) is None


def test_registry_has_no_duplicate_spellings(lexicon):
    from extractor.vntext import squash

    seen = {}
    for a in lexicon.agencies:
        for s in {squash(x) for x in (a.name, *a.spellings)}:
            assert seen.setdefault(s, a.name) == a.name, (s, seen[s], a.name)


def test_every_gold_spelling_is_registered(registry):
    from tests.conftest import shared_or_skip
    import json

    table = json.loads((shared_or_skip() / "eval" / "gold" / "agencies.json").read_text(encoding="utf-8"))
    # Spellings that name several groups: ANNOTATING (settled later) lists each group's canonical name, so the
    # registry reads them as a list ("Các sở, ban, ngành tỉnh" + "Các tổ chức chính trị - xã hội tỉnh").
    several = {"Các sở, ban, ngành, tổ chức đoàn thể chính trị - xã hội", "Các sở, ban, ngành, tổ chức chính trị - xã hội",
               "Sở, ban, ngành, tổ chức chính trị - xã hội"}
    for canon, spellings in table.items():
        for s in [canon, *spellings]:
            if s in several:
                continue
            assert registry.canonical(s) == canon, s


# ------------------------------------------------------------ document context (issuer's province)

def _names(registry, text, province, pos=0):
    folded = registry.document_folded(text, fold(text), province)
    hits, _, _ = parse_agency_list(registry, text, folded, pos)
    return [h.name for h in hits]


@pytest.mark.parametrize("text,province,names", [
    # a centrally-run city's own bodies are its "tỉnh" bodies (d08, d11, d01: Hà Nội, Cần Thơ, TP Hồ Chí Minh)
    ("Công an thành phố chủ trì", "Hà Nội", ["Công an tỉnh"]),
    ("Công an Thành phố Hà Nội chủ trì", "Hà Nội", ["Công an tỉnh"]),
    ("Các Sở, ban, ngành của Thành phố, UBND phường, xã", "Hà Nội", ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"]),
    ("Đài Phát thanh và Truyền hình Thành phố", "Hồ Chí Minh", ["Đài Phát thanh và Truyền hình tỉnh"]),
    ("Ủy ban MTTQVN Thành phố, Thanh tra thành phố", "Cần Thơ",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Thanh tra tỉnh"]),
    ("Ủy ban nhân dân Thành phố, Thành đoàn và Thành ủy", "Hà Nội",
     ["Ủy ban nhân dân tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Tỉnh ủy"]),
    # ... but a list of localities, or another city inside it, is not the city
    ("UBND các quận, huyện, thị xã, thành phố", "Hồ Chí Minh", ["Ủy ban nhân dân cấp huyện"]),
    ("UBND thành phố Thủ Đức", "Hồ Chí Minh", []),
    # in a province, "thành phố X" is a district-level city: not the provincial body
    ("Công an thành phố Thái Bình chủ trì", "Thái Bình", ["Công an thành phố Thái Bình"]),
    ("UBND thành phố Thái Bình", "Thái Bình", []),
    ("Công an tỉnh Thái Bình, Sở Y tế", "Thái Bình", ["Công an tỉnh", "Sở Y tế"]),
    # another province's body keeps its name (2025 mergers: Phú Yên in Đắk Lắk)
    ("Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh", "Đắk Lắk",
     ["Ban quản lý Khu Kinh tế Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh"]),
    ("Sở Y tế tỉnh Hà Tĩnh, Sở Y tế tỉnh Nghệ An", "Nghệ An", ["Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Nghệ An", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"]),
    # a name that goes on with a proper name or a number
    ("Ban Quản lý Khu kinh tế Đông Nam Nghệ An", "Nghệ An", ["Ban Quản lý Khu kinh tế Đông Nam"]),
    ("Công an xã Tân Hòa, Sở Y tế", "Nghệ An", ["Công an xã Tân Hòa", "Sở Y tế"]),
    ("Ngân hàng Nhà nước chi nhánh Khu vực 14", "Cần Thơ", ["Ngân hàng Nhà nước chi nhánh khu vực 14"]),
    ("Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II, Thuế cơ sở 3", "Bắc Ninh",
     ["Ngân hàng Nhà nước chi nhánh khu vực II", "Thuế cơ sở 3"]),
    ("Sở Y tế Chủ trì", "Nghệ An", ["Sở Y tế"]),
])
def test_names_by_issuer(text, province, names, registry):
    assert _names(registry, text, province) == names


def test_document_folded_keeps_offsets(registry):
    text = "Công an Thành phố, Thành ủy và Sở Y tế tỉnh Hà Tĩnh"
    for province in ("Hà Nội", "Nghệ An", None):
        assert len(registry.document_folded(text, fold(text), province)) == len(text)
    assert registry.document_folded(text, fold(text), None) == fold(text)


@pytest.mark.parametrize("text,names", [
    # groups listed together: each group's canonical name (d09)
    ("Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường",
     ["Các sở, ban, ngành tỉnh", "Các tổ chức chính trị - xã hội tỉnh", "Ủy ban nhân dân cấp xã"]),
    # enterprises' provincial branches (d10)
    ("Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An", ["Viettel tỉnh", "VNPT tỉnh", "MobiFone tỉnh"]),
    ("Công ty Điện lực Đắk Lắk", ["Công ty Điện lực tỉnh"]),
    # "X các cấp" keeps "các cấp"
    ("Mặt trận Tổ quốc các cấp, Hội Cựu chiến binh các cấp",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp"]),
    # 2025 bodies
    ("Ban Chỉ huy Bộ đội Biên phòng tỉnh, Ban Chỉ huy Phòng thủ dân sự tỉnh",
     ["Ban Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    ("Ủy ban nhân dân xã, phường, đặc khu", ["Ủy ban nhân dân cấp xã"]),
    # central documents
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # office holders after the first item of a list name their bodies
    ("Sở Y tế, Giám đốc Sở Tài chính, Chủ tịch UBND các xã, phường",
     ["Sở Y tế", "Sở Tài chính", "Ủy ban nhân dân cấp xã"]),
    ("Sở Công Thương hoặc Công an tỉnh", ["Sở Công Thương", "Công an tỉnh"]),
])
def test_registry_2025_lists(text, names, registry):
    assert _names(registry, text, None) == names


@pytest.mark.parametrize("written,canonical", [
    ("Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Chủ tịch UBND cấp xã", "Ủy ban nhân dân cấp xã"),
    ("Bộ trưởng Bộ Công an", "Bộ Công an"),
    ("Chánh Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Thủ trưởng các sở, ban, ngành", "Các sở, ban, ngành tỉnh"),
])
def test_office_holders_name_their_body(written, canonical, registry):
    assert registry.canonical(written) == canonical


@pytest.mark.parametrize("text,partners", [
    ("Chủ trì, phối hợp với các sở: Công Thương, Y tế, Tài chính kiểm tra.", ["Sở Công Thương", "Sở Y tế", "Sở Tài chính"]),
    # named kinds of body are partners; vague groups are not
    ("Phối hợp với các ngân hàng thương mại, các doanh nghiệp viễn thông triển khai.",
     ["Các ngân hàng thương mại", "Các doanh nghiệp viễn thông"]),
    ("Phối hợp với các đơn vị có liên quan, Sở Y tế (Chi cục Dân số), Sở Nội vụ thực hiện.", ["Sở Y tế", "Sở Nội vụ"]),
    ("Phối hợp các lực lượng và UBND các xã, phường huy động ca nô.", ["Ủy ban nhân dân cấp xã"]),
    # a list across ";" (seed 001), but not a new clause after it
    ("Phối hợp chặt chẽ với Sở Y tế, Sở Công thương; UBND các huyện, thành phố trong thực hiện quản lý.",
     ["Sở Y tế", "Sở Công Thương", "Ủy ban nhân dân cấp huyện"]),
    ("Phối hợp với Sở Y tế và Công an tỉnh; Sở Tài chính bố trí kinh phí.", ["Sở Y tế", "Công an tỉnh"]),
    # coordination between others, or of the directed units at their own level
    ("Xây dựng kế hoạch phối hợp giữa các cơ sở giáo dục, lực lượng Công an và gia đình.", []),
    ("Chỉ đạo các đơn vị cơ sở phối hợp với lực lượng Công an cùng cấp tuyên truyền.", []),
    # a unit of another body gives its owner; "do X chủ trì" names the partners
    ("Phối hợp với lực lượng chuyên trách phòng, chống tội phạm về ma túy của Công an tỉnh, Hải quan tỉnh tuần tra.",
     ["Công an tỉnh", "Cục Hải quan tỉnh"]),
    ("Phối hợp tham gia kiểm tra liên ngành định kỳ về an toàn lao động do Sở Công Thương hoặc Công an tỉnh chủ trì.",
     ["Sở Công Thương", "Công an tỉnh"]),
    ("Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An) để xây dựng lộ trình.", ["Viettel tỉnh", "VNPT tỉnh"]),
])
def test_partners(text, partners, registry):
    from extractor.assignments import find_partners

    assert [p.name for p in find_partners(registry, text, fold(text), 0, len(text), ())] == partners


@pytest.mark.parametrize("text,names,rest", [
    ("Sở Y tế và các đơn vị có liên quan tổ chức kiểm tra", ["Sở Y tế"], " tổ chức kiểm tra"),
    ("Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan", ["Các doanh nghiệp viễn thông"], ""),
    ("Sở Y tế và các địa phương", ["Sở Y tế"], " và các địa phương"),
    # "/" between two bodies (d13: "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh")
    ("Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh", ["Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh"], ""),
])
def test_list_ends(text, names, rest, registry):
    hits, end, _ = parse_agency_list(registry, text, fold(text), 0)
    assert [h.name for h in hits] == names and text[end:] == rest
