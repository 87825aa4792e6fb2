"""Agencies, 2025 successions and province mergers as data (no database needed)."""
from __future__ import annotations

import pytest

from corpus.registry import default_corpus_registry


@pytest.fixture(scope="module")
def reg():
    return default_corpus_registry()


@pytest.mark.parametrize("written,canonical", [
    ("Công an tỉnh Thái Bình", "Công an tỉnh"),
    ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
])
def test_one_registry_for_every_spelling(reg, written, canonical):
    assert reg.canonical(written) == canonical


@pytest.mark.parametrize("agency,partial,predecessors", [
    ("Sở Nội vụ", False, {"Sở Lao động - Thương binh và Xã hội"}),
    ("Sở Y tế", False, set()),
    ("Sở Y tế", True, {"Sở Lao động - Thương binh và Xã hội"}),
    ("Sở Tài chính", False, {"Sở Kế hoạch và Đầu tư"}),
    ("Sở Nông nghiệp và Môi trường", False, {"Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"}),
    ("Thuế tỉnh", False, {"Chi cục Thuế khu vực", "Cục Thuế tỉnh"}),          # transitive
])
def test_predecessors_come_from_the_succession_table(reg, agency, partial, predecessors):
    assert set(reg.predecessors(agency, partial=partial)) == predecessors


def test_successors(reg):
    assert reg.successors("Sở LĐ-TB&XH") == ("Sở Nội vụ",)
    assert reg.successors("Cục Thuế tỉnh") == ("Chi cục Thuế khu vực", "Thuế tỉnh")


def test_every_succession_names_registered_agencies(reg):
    for s in reg.successions:
        for name in (s.old, *s.new, *s.partial):
            assert reg.agencies.lookup(name) is not None, name


@pytest.mark.parametrize("province,under", [
    ("Hưng Yên", {"Hưng Yên", "Thái Bình"}),
    ("tỉnh Lâm Đồng", {"Lâm Đồng", "Đắk Nông", "Bình Thuận"}),
    ("An Giang", {"An Giang", "Kiên Giang"}),
    ("Thái Bình", {"Thái Bình"}),
    ("Hà Nội", {"Hà Nội"}),
])
def test_a_province_includes_the_provinces_merged_into_it(reg, province, under):
    assert set(reg.provinces_under(province)) == under
    assert reg.provinces_under(province, merged=False) == (reg.province_name(province),)


def test_our_merger_table_agrees_with_underthesea(reg):
    """LIBRARY_NOTES: underthesea.convert_address got the 2025 mergers right offline; check all 29 merged units."""
    convert = pytest.importorskip("underthesea").convert_address
    merged = [p for p in reg.lexicon.provinces if p.merged_into]
    assert len(merged) == 29
    for p in merged:
        new = convert(p.name).new.province
        assert reg.province_name(new) == p.merged_into, (p.name, new)
        assert reg.current_province(p.name) == p.merged_into
    assert len([p for p in reg.lexicon.provinces if not p.merged_into]) == 34
