"""Repairs of damaged text layers: legacy encodings (TCVN3's "ư" read as "-", code points cut to a byte), a line-end
hyphen, and fonts whose ToUnicode map sends glyphs to wrong letters (a PDF made by tests/fixturegen.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read.legacy import from_low_bytes, repair
from extractor.read.pdf import _lines

SEED = Path(__file__).resolve().parents[2] / "samples" / "annotated" / "seeds" / "000_2c1b652bb66f49e5.txt"


def test_low_byte_form_of_the_national_motto():
    # pdftotext of a real PDF: Unicode code points written into a WinAnsi font, each cut to its low byte
    assert from_low_bytes("CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    fixed = repair("CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM\nÐØc lÆp - TñÑ do - Hånh phúc")
    assert fixed.encoding == "lowbyte"
    assert fixed.text.startswith("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_low_byte_leaves_unicode_text_alone():
    text = "Ủy ban nhân dân tỉnh Thái Bình ban hành kế hoạch thực hiện công tác phòng, chống ma túy năm 2024."
    assert repair(text).encoding is None


def test_tcvn3_u_horn_read_as_hyphen():
    # TCVN3 spells "ư" with 0xAD, which a WinAnsi font draws and pdfium reads as "-"; real hyphens stay
    fixed = repair("Thñ t-íng ChÝnh phñ vÒ t¨ng c-êng c«ng t¸c cña ng-êi d©n, nh- sau: Sè 53/KH-UBND, CT-TTg. "
                   "Thùc hiÖn c¸c nhiÖm vô cña Trung -¬ng")
    assert fixed.encoding == "tcvn3"
    assert fixed.text == ("Thủ tướng Chính phủ về tăng cường công tác của người dân, như sau: Số 53/KH-UBND, CT-TTg. "
                          "Thực hiện các nhiệm vụ của Trung ương")


def test_capitals_only_beside_legacy_capital_words():
    fixed = repair("KÕ HO¹CH thùc hiÖn c«ng t¸c n¨m 2024 cña tØnh\nSè: 53/KH-UBND vÒ viÖc thùc hiÖn c¸c nhiÖm vô")
    assert fixed.text.splitlines() == ["KẾ HOẠCH thực hiện công tác năm 2024 của tỉnh",
                                       "Số: 53/KH-UBND về việc thực hiện các nhiệm vụ"]


def test_line_end_hyphen_keeps_its_line_break():
    # pdfium joins a line ending in a hyphen with the next and marks the hyphen U+FFFE
    assert _lines("giai đoạn 2021\ufffe2025 và\r\nsau") == ["giai đoạn 2021\ufffe", "2025 và\r\n", "sau"]
    assert _lines("một dòng") == ["một dòng"]


@pytest.mark.parametrize("kind, path", [("cmap", "repaired:cmap"), ("tcvn3", "legacy:tcvn3"), ("vni", "legacy:vni"),
                                        ("kerned", "text")])
def test_damaged_pdfs_read_back(kind, path):
    from extractor.read import read_bytes
    from tests import fixturegen as F

    parts = F.plan_parts(SEED.read_text(encoding="utf-8"))
    pdf = {"cmap": lambda: F.make_wrong_cmap_pdf(parts), "tcvn3": lambda: F.make_legacy_pdf(parts, "tcvn3"),
           "vni": lambda: F.make_legacy_pdf(parts, "vni"), "kerned": lambda: F.make_kerned_pdf(parts)}[kind]()
    src = read_bytes(pdf, f"seed.{kind}.pdf")
    plain = read_bytes(F.make_pdf(parts), "seed.pdf")
    assert {r.path for r in src.page_reads} == {path}
    assert all(r.quality >= 0.99 for r in src.page_reads)
    words, want = src.text.split(), plain.text.split()
    same = sum(a == b for a, b in zip(words, want))
    assert len(words) == len(want) and same >= 0.99 * len(want), (kind, same, len(want))
    if kind == "cmap":
        assert "Kiêm tra" not in src.text and "chầp" not in src.text
        assert "kiểm tra" in src.text.lower()
