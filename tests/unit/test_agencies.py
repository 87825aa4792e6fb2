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
