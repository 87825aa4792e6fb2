"""Text read by OCR: misread marks in heading words and dates, and misread Roman labels, are read as what they stand
for (issue 12); the same words in a text layer are taken as they are."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import patterns as P
from extractor.lexicon import load_lexicon
from extractor.read.source import SourceText
from extractor.structure import section_kinds
from extractor.vntext import ocr_key

OCR = Path(__file__).resolve().parents[1] / "fixtures" / "ocr"


def _ocr_source(text: str) -> SourceText:
    return SourceText(text=text, media_type="application/pdf", data=text.encode("utf-8"), pages=1, ocr_pages=(1,))


@pytest.mark.parametrize("heading,kinds", [
    ("TỔ CHÚC THỤC HIỆN", ["implementation"]),
    ("TỔ CHỨC THỤỰC HIỆN", ["implementation"]),        # a doubled letter
    ("PHÂN CÔNG TRÁCH NHIEM", ["assignments"]),
    ("MỤC ĐÍCH, YẾU CẦU", ["purpose", "requirements"]),
    ("KINH PHI THỰC HIỆN", ["funding"]),
])
def test_misread_heading_words_name_their_kind_when_read_by_ocr(heading, kinds):
    lex = load_lexicon()
    assert sorted(section_kinds(heading, lex, ocr=True)) == sorted(kinds)


def test_text_layer_headings_keep_their_marks():
    assert section_kinds("TỔ CHÚC THỤC HIỆN", load_lexicon()) == ()


def test_ocr_key():
    assert ocr_key("TỔ CHÚC THỤỰC HIỆN") == ocr_key("Tổ chức thực hiện") == "to chuc thuc hien"


@pytest.mark.parametrize("line,ymd", [
    ("Kiên Giang, ngày 31 tháng 3 nắm 2020", ("31", "3", "2020")),
    ("Hà Nội, ngảy 20 thảng 11 năm 2025", ("20", "11", "2025")),
    ("Thái Bình, ngày 14 tháng 9 năm 2017", ("14", "9", "2017")),
])
def test_header_date_with_a_misread_mark(line, ymd):
    m = P.HEADER_DATE.search(line)
    assert m and (m.group("d"), m.group("m"), m.group("y")) == ymd
    assert P.PLACE_DATE.search(line).group("place") == line.split(",")[0]


def test_header_date_is_not_any_words():
    assert P.HEADER_DATE.search("nắm chắc tình hình, thẳng thắn") is None


def test_scanned_plan_with_misread_heading_and_date(extractor):
    """Seed 002 read by tesseract: "Kiên Giang, ngày 31 tháng 3 nắm 2020"."""
    r = extractor.extract_source(_ocr_source((OCR / "002_scan_ocr.txt").read_text(encoding="utf-8")))
    assert r.metadata.issued_date == "2020-03-31" and r.metadata.place == "Kiên Giang"
    assert [s.label for s in r.sections] == ["I", "II", "III", "IV"]


def test_scanned_plan_with_a_repeated_roman_label(extractor):
    """Seed 003 read by tesseract: "III. PHÂN CÔNG TRÁCH NHIỆM" as "II.", "V. TỔ CHỨC THỰC HIỆN" as "V. TỔ CHÚC THỤC
    HIỆN" (the plan itself has no IV)."""
    text = (OCR / "003_scan_ocr.txt").read_text(encoding="utf-8")
    r = extractor.extract_source(_ocr_source(text))
    assert [(s.label, s.kinds) for s in r.sections] == [
        ("I", ["requirements", "objectives"]), ("II", ["tasks"]), ("III", ["assignments"]), ("V", ["implementation"])]
    # the same text taken as a text layer is not second-guessed
    plain = extractor.extract(text)
    assert [(s.label, s.kinds) for s in plain.sections][2:] == [("II", ["assignments"]), ("V", [])]


@pytest.mark.parametrize("third,labels", [
    ("IV", ["I", "II", "III", "IV"]),     # "III." misread "IV.", confirmed by the true "IV." after it
    ("II", ["I", "II", "III", "IV"]),     # "III." misread "II."
    ("III", ["I", "II", "III", "IV"]),
])
def test_roman_label_misread_in_a_sequence(extractor, third, labels):
    text = (OCR / "002_scan_ocr.txt").read_text(encoding="utf-8").replace("\nIII. PHÂN CÔNG", f"\n{third}. PHÂN CÔNG")
    assert [s.label for s in extractor.extract_source(_ocr_source(text)).sections] == labels


def test_roman_gap_is_kept_when_nothing_confirms_a_misread(extractor):
    """I, II, IV, V: a heading may be missing (the plan, or OCR, dropped it); the labels are kept as read."""
    text = (OCR / "002_scan_ocr.txt").read_text(encoding="utf-8")
    text = text.replace("\nIV. TỔ CHÚC", "\nV. TỔ CHÚC").replace("\nIII. PHÂN CÔNG", "\nIV. PHÂN CÔNG")
    assert [s.label for s in extractor.extract_source(_ocr_source(text)).sections] == ["I", "II", "IV", "V"]
