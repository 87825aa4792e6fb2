"""Readers: type detection by content, PDF layout fields and provenance, DOCX, legacy encodings, tables, bad files."""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from extractor.read import UnreadableFile, read_bytes, read_file, sniff

SEED = "000_2c1b652bb66f49e5"


def one(fixtures, kind, stem=SEED):
    return next(f for f in fixtures[kind] if f.name.startswith(stem))


# ------------------------------------------------------------------- sniffing

def _zip(names):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in names:
            z.writestr(n, "x")
    return buf.getvalue()


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n...", "pdf"),
    (_zip(["word/document.xml", "[Content_Types].xml"]), "docx"),
    (_zip(["xl/workbook.xml"]), "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),
    (b"\x89PNG\r\n\x1a\n", "image:png"),
    (b"\xff\xd8\xff\xe0", "image:jpeg"),
    (b"II*\x00\x08\x00", "image:tiff"),
    (b"GIF89a", "refused:a GIF image"),
    ("KẾ HOẠCH".encode(), "text"),
])
def test_type_is_detected_by_content(data, kind):
    assert sniff(data) == kind


def test_a_pdf_named_txt_is_read_as_pdf(fixtures, tmp_path):
    f = tmp_path / "plan.txt"
    f.write_bytes(one(fixtures, "pdf").read_bytes())
    assert read_file(f).media_type == "application/pdf"


# ----------------------------------------------------------------- bad input

def _encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt="secret")
    c.drawString(72, 720, "KE HOACH")
    c.showPage()
    c.save()
    return buf.getvalue()


def _zero_pages() -> bytes:
    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    return buf.getvalue()


_ZERO_PAGES = _zero_pages()


@pytest.mark.parametrize("data,message", [
    (b"", "is empty"),
    (_encrypted_pdf(), "is an encrypted PDF"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog", "is not a readable PDF"),
    (_ZERO_PAGES, "the PDF has no pages|is not a readable PDF"),   # PDFium refuses a page tree without pages
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "is not a readable image"),
    (b"GIF89a" + b"\x00" * 50, "is a GIF image; send the plan as PDF, DOCX, DOC or text"),
    (_zip(["xl/workbook.xml"]), "is a ZIP archive, not a DOCX document"),
    (_zip(["word/document.xml"]), "is not a readable DOCX file"),
    (bytes(range(256)) * 40, "looks like a binary file"),
])
def test_bad_files_get_a_clear_error(data, message):
    with pytest.raises(UnreadableFile, match=message):
        read_bytes(data, "upload.bin")


def test_truncated_pdf(fixtures):
    data = one(fixtures, "pdf").read_bytes()
    with pytest.raises(UnreadableFile, match="is not a readable PDF"):
        read_bytes(data[: len(data) // 3], "cut.pdf")


def test_oversized_files(fixtures, monkeypatch):
    from extractor.read import files
    from extractor.read.pdf import PdfSettings

    with pytest.raises(UnreadableFile, match="7 pages is over the 3 page limit"):
        read_bytes(one(fixtures, "pdf").read_bytes(), "long.pdf", pdf_settings=PdfSettings(max_pages=3))
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    with pytest.raises(UnreadableFile, match="bytes is over the 1000 byte limit"):
        read_bytes(b"x" * 1001, "big.txt")


def test_legacy_doc_needs_libreoffice(fixtures, tmp_path):
    if shutil.which("soffice") or shutil.which("libreoffice"):
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        import subprocess

        subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(one(fixtures, "docx"))],
                       check=True, capture_output=True, timeout=300)
        doc = next(tmp_path.glob("*.doc"))
        assert "Phạm Văn Xuyên" in read_file(doc).text
    else:
        with pytest.raises(UnreadableFile, match="needs LibreOffice \\(soffice\\), which is not installed"):
            read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "old.doc")


# ------------------------------------------------------------------------ PDF

def test_pdf_header_and_footer_fields_come_from_the_layout(fixtures, extractor):
    r = extractor.extract_source(read_file(one(fixtures, "pdf")), "x.pdf")
    m = r.metadata
    assert (m.number, m.issued_date, m.place, m.issuer, m.signer) == (
        "53/KH-UBND", "2017-09-14", "Thái Bình", "Ủy ban nhân dân tỉnh Thái Bình", "Phạm Văn Xuyên")
    assert m.recipients[0] == "Văn phòng Chính phủ" and m.recipients[-1] == "Lưu: VT, NC"
    assert (m.signing.mode, m.signing.authority, m.signing.position) == ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert m.spans["number"].page == 1 and m.spans["signer"].page == r.source.pages == 7
    x0, top, x1, bottom = m.spans["number"].box
    assert x1 < 300 and top < 150          # the left column of the header
    x0, top, x1, bottom = m.spans["signer"].box
    assert x0 > 300                        # the right column of the footer


def test_pdf_reading_order_and_page_numbers(fixtures):
    src = read_file(one(fixtures, "pdf"))
    lines = src.text.rstrip().split("\n")
    assert not any(line.strip().isdigit() for line in lines)            # page numbers dropped
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH"]            # left header column first
    assert "Nơi nhận:" in lines and lines[-1] == "Phạm Văn Xuyên"      # signature column after the recipients
    assert src.pages == 7 and not src.ocr_pages


def test_every_item_has_page_and_box(fixtures, extractor):
    r = extractor.extract_source(read_file(one(fixtures, "pdf")), "x.pdf")
    items = [a.span for a in r.assignments] + [m.span for c in r.citations for m in c.mentions] + [d.span for d in r.deadlines]
    assert items and all(s.page and s.box for s in items)


def test_task_table_in_a_pdf(fixtures, extractor):
    pdf = next(f for f in fixtures["pdf"] if f.name.startswith("table_plan"))
    r = extractor.extract_source(read_file(pdf), "t.pdf")
    table = [a for a in r.assignments if a.section in ("1", "2", "II.3")]   # the table's rows, by their numbers
    assert [(a.agencies, a.partners, a.text, a.deadline.due or a.deadline.recurrence) for a in table] == [
        (["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân cấp xã"], "Số hóa hồ sơ thủ tục hành chính", "2026-12-31"),
        (["Sở Khoa học và Công nghệ"], [], "Nâng cấp Cổng dịch vụ công", "2026-06-30"),
        (["Trung tâm Giám sát điều hành thông minh tỉnh"], ["Công an tỉnh"], "Vận hành hệ thống giám sát", "FREQ=YEARLY"),
    ]
    assert all(a.span.page and a.span.box for a in table)


def test_font_covers_every_fixture_character():
    """A missing glyph is invisible to text checks (reportlab draws a box, the text layer stays right)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from tests.conftest import ROOT, SAMPLES
    from tests.fixturegen import FONT_DIR, FONTS, fixture_characters, plan_parts

    chars: set[str] = set()
    for f in [*sorted(SAMPLES.glob("*.txt")), ROOT / "tests" / "fixtures" / "table_plan.md"]:
        chars |= fixture_characters(plan_parts(f.read_text(encoding="utf-8")))
    for file in FONTS.values():
        face = TTFont("probe", str(FONT_DIR / file)).face
        missing = sorted(c for c in chars if ord(c) not in face.charToGlyph)
        assert not missing, (file, missing)


def test_garbage_text_layer_falls_back_to_ocr(fixtures):
    """A scan with an invisible text layer of junk (a bad OCR by someone else): the page is read again by tesseract."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    page = pdfium.PdfDocument(one(fixtures, "pdf").read_bytes())[0]
    w, h = page.get_size()
    image = page.render(scale=300 / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.drawImage(ImageReader(image), 0, 0, w, h)
    t = c.beginText(72, 700)
    t.setTextRenderMode(3)
    t.textLine("xq zj wvk qqpx zzk xjw qxv " * 8)
    c.drawText(t)
    c.showPage()
    c.save()
    src = read_bytes(buf.getvalue(), "junk-layer.pdf")
    assert src.ocr_pages == (1,)
    assert src.ocr_confidence[1] > 80
    assert "53/KH-UBND" in src.text and "KẾ HOẠCH" in src.text


def test_a_line_the_page_layout_leaves_out_is_read_in_a_second_look(fixtures):
    """On the scanned seed 001, tesseract's page layout drops the signer's name standing alone under the signature
    space; the second look (rescan.py) reads it, in its place at the end of the signature block."""
    import pypdfium2 as pdfium

    from extractor.read.ocr import ocr_pages
    from extractor.read.pdf import PdfSettings

    scan = next(f for f in fixtures["scan"] if f.name.startswith("001_")).read_bytes()
    last = len(pdfium.PdfDocument(scan))
    runs, _ = ocr_pages(scan, [last], PdfSettings())[last]
    name = [r for r in runs if r.text in ("Trần", "Xuân", "Hải")]
    assert [r.text for r in name] == ["Trần", "Xuân", "Hải"]
    title = next(r for r in runs if r.text == "PHÓ")
    assert all(r.top > title.bottom and r.x0 > title.x0 - 30 for r in name)   # below the title, in its column


@pytest.mark.parametrize("read,expected", [
    ("102-QĐÐ/TW", "102-QĐ/TW"), ("69-QĐÐĐ/TW", "69-QĐ/TW"), ("464/QÐ-BCT", "464/QĐ-BCT"), ("Đà", "Đà"),
])
def test_ocr_eth_for_the_capital_d_with_stroke_is_read_as_it(read, expected):
    """Tesseract's Vietnamese model reads Đ as the Icelandic Ð, often beside the Đ it also read."""
    from extractor.read.ocr import _clean_word

    assert _clean_word(read) == expected


def test_legacy_font_text_layer_is_converted():
    """A PDF whose text layer is TCVN3 (a .VnTime document printed to PDF): converted, not OCR'd."""
    from reportlab.pdfgen import canvas

    from tests.fixturegen import _register_fonts, to_tcvn3

    _register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Serif", 12)
    lines = ["Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường công tác phòng, chống",
             "và kiểm soát ma túy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
             "Công an tỉnh chủ trì, phối hợp với các sở, ngành thực hiện các nhiệm vụ của Kế hoạch này."]
    for i, line in enumerate(lines):
        c.drawString(40, 780 - 16 * i, to_tcvn3(line).decode("cp1252"))
    c.showPage()
    c.save()
    src = read_bytes(buf.getvalue(), "vntime.pdf")
    assert src.legacy_encoding == "tcvn3" and not src.ocr_pages
    assert "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị" in src.text


# ----------------------------------------------------------------- DOCX, text

def test_docx_header_and_footer_tables(fixtures, extractor):
    r = extractor.extract_source(read_file(one(fixtures, "docx")), "x.docx")
    m = r.metadata
    assert (m.number, m.issued_date, m.issuer, m.signer) == ("53/KH-UBND", "2017-09-14", "Ủy ban nhân dân tỉnh Thái Bình", "Phạm Văn Xuyên")
    assert r.source.media_type.endswith("wordprocessingml.document")


def test_tcvn3_text_file(fixtures, extractor):
    from tests.conftest import SAMPLES

    legacy = extractor.extract_source(read_file(one(fixtures, "tcvn3")), "x.txt")
    clean = extractor.extract(( SAMPLES / f"{SEED}.txt").read_text(encoding="utf-8"))
    assert legacy.source.legacy_encoding == "tcvn3"
    assert [c.key for c in legacy.citations] == [c.key for c in clean.citations]
    assert [(a.agencies, a.role) for a in legacy.assignments] == [(a.agencies, a.role) for a in clean.assignments]
    assert legacy.metadata.number == "53/KH-UBND" and [s.label for s in legacy.sections] == ["I", "II", "III", "IV"]


@pytest.mark.parametrize("raw,expected", [
    ("Sở Y te\u0302\u0301 tỉnh", "Sở Y tế tỉnh"),                  # decomposed diacritics
    ("Công\u00a0an\u200b tỉnh", "Công an tỉnh"),                    # NBSP, zero-width
])
def test_unicode_is_normalised(raw, expected, extractor):
    from extractor.normalize import normalize

    assert normalize(read_bytes(raw.encode("utf-8"), "x.txt").text).text == expected


def test_running_headers_and_page_numbers_are_dropped():
    from extractor.read.layout import PageText, Run, compose

    pages = []
    for n in range(1, 5):
        runs = [Run(n, 250, 30, 350, 42, "UBND TỈNH X - KẾ HOẠCH 12"), Run(n, 290, 800, 300, 812, str(n)),
                Run(n, 90, 100, 500, 114, f"Nội dung trang {n}.")]
        pages.append(PageText(n, 595, 842, runs))
    text, _ = compose(pages)
    assert "KẾ HOẠCH 12" not in text and "\n2\n" not in text
    assert text.count("Nội dung trang") == 4


def test_ocr_words_on_the_first_line_of_pages_are_no_running_header():
    """OCR gives one run per word: words that come back on the top line of several pages ("và", "các") are body text,
    and only a whole margin line repeated on three pages is a running header."""
    from extractor.read.layout import PageText, Run, compose

    def words(n, top, text, x=90.0):
        out = []
        for w in text.split():
            out.append(Run(n, x, top, x + 6 * len(w), top + 12, w))
            x += 6 * len(w) + 5
        return out

    firsts = ["trị và các tầng lớp nhân dân.", "và các địa phương báo cáo kết quả;", "chất ma túy và các tệ nạn."]
    pages = [PageText(n, 595, 842, words(n, 40, "UBND TỈNH X KẾ HOẠCH") + words(n, 66, first) + words(n, 100, "Thân bài."))
             for n, first in enumerate(firsts, 1)]
    text, _ = compose(pages)
    assert "UBND TỈNH X KẾ HOẠCH" not in text
    for first in firsts:
        assert first in text


def test_a_scanned_header_is_read_column_by_column_by_its_motto():
    """A scan whose type line and date OCR misread ("QUYÉT ĐỊNH", "ngàyOẨ tháng"; words as on
    tr_QD-26-QD-XPVPHC-2026 of the real corpus): the header is still found by the national motto on the right and read
    as its two columns, issuer and number first; the title below it is body text."""
    from extractor.read.layout import PageText, Run, compose

    def words(top, x, text):
        out = []
        for w in text.split():
            out.append(Run(1, x, top, x + 7 * len(w), top + 12, w))
            x += 7 * len(w) + 5
        return out

    runs = (words(60, 60, "BỘ CÔNG THƯƠNG") + words(60, 280, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            + words(76, 70, "CỤC HOA CHÁT") + words(76, 320, "Độc lập - Tự do - Hạnh phúc")
            + words(100, 60, "Số: 26 /QĐ-XPVPHC") + words(100, 300, "Hà Nội, ngàyOẨ tháng 7 năm 2026")
            + words(130, 250, "QUYÉT ĐỊNH") + words(146, 210, "Xử phạt vi phạm hành chính")
            + words(180, 60, "Căn cứ Luật Xử lý vi phạm hành chính;"))
    text, _ = compose([PageText(1, 595, 842, runs)])
    assert text.startswith("BỘ CÔNG THƯƠNG\nCỤC HOA CHÁT\nSố: 26 /QĐ-XPVPHC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngàyOẨ tháng 7 năm 2026\n\nQUYÉT ĐỊNH"), text


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated():
    from tests.adversarial import DOCX_BOMB_BYTES, docx_bomb

    data = docx_bomb()
    assert len(data) < DOCX_BOMB_BYTES // 500
    with pytest.raises(UnreadableFile, match=r"bomb\.docx: its parts would inflate to 3,072 MiB.*zip bomb"):
        read_bytes(data, "bomb.docx")
