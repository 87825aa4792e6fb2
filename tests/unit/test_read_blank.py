"""PDF pages with nothing on them are not sent to tesseract; a page too large to render is rendered smaller."""
from __future__ import annotations

import io

import pytest

from extractor.read import UnreadableFile, read_bytes
from extractor.read import ocr
from extractor.read.pdf import PdfSettings
from tests import adversarial

LINE = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị như sau:"


@pytest.fixture
def tesseract_calls(monkeypatch):
    """The images tesseract is run on (as (width, height)); the real tesseract still runs."""
    calls: list[tuple[int, int]] = []
    real = ocr._tesseract

    def spy(image, language, timeout):
        from PIL import Image

        with Image.open(image) as im:
            calls.append(im.size)
        return real(image, language, timeout)

    monkeypatch.setattr(ocr, "_tesseract", spy)
    return calls


def pages(*draws) -> bytes:
    """A PDF with one page per item: None for an empty page, else a function drawing on the reportlab canvas."""
    from reportlab.pdfgen import canvas

    from tests.fixturegen import _register_fonts

    _register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for draw in draws:
        if draw:
            draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def text(c) -> None:
    c.setFont("Serif", 11)
    c.drawString(40, 780, LINE)


def white_box(c) -> None:
    c.setFillColorRGB(1, 1, 1)
    c.rect(100, 100, 300, 300, fill=1, stroke=0)


def black_box(c) -> None:
    c.rect(100, 100, 300, 300, fill=1, stroke=0)


def test_thousands_of_empty_pages_are_not_ocred(tesseract_calls):
    with pytest.raises(UnreadableFile, match=r"^blank\.pdf: has no text \(its 3000 page\(s\) are blank\)$"):
        read_bytes(adversarial.blank_pages(), "blank.pdf", pdf_settings=PdfSettings(max_pages=5000))
    assert tesseract_calls == []


@pytest.mark.parametrize("draws,ocr_pages,images", [
    ((text, None, None), (), 0),                 # empty pages beside a text page: only the text
    ((text, white_box), (), 0),                  # a page that draws only white renders blank: not OCR'd
    ((text, black_box, None), (2,), 1),          # a page with ink but no text is still OCR'd
])
def test_only_pages_with_ink_are_ocred(tesseract_calls, draws, ocr_pages, images):
    src = read_bytes(pages(*draws), "plan.pdf")
    assert src.pages == len(draws) and src.ocr_pages == ocr_pages and len(tesseract_calls) == images
    assert LINE in " ".join(src.text.split())


def test_a_pdf_whose_pages_all_render_blank_is_unreadable(tesseract_calls):
    with pytest.raises(UnreadableFile, match=r"has no text \(its 2 page\(s\) are blank\)"):
        read_bytes(pages(white_box, None), "white.pdf")
    assert tesseract_calls == []


A4 = (595.0, 842.0)


@pytest.mark.parametrize("size,dpi,scale", [
    (A4, 300, 300 / 72),                         # a normal page: the asked resolution
    ((1684.0, 2384.0), 300, 300 / 72 * (ocr._MAX_PIXELS / (1684 * 2384 * (300 / 72) ** 2)) ** 0.5),   # A1: less
    ((14400.0, 14400.0), 300, (ocr._MAX_PIXELS / 14400 ** 2) ** 0.5),   # the largest page PDF allows
])
def test_render_scale_is_capped(size, dpi, scale):
    got = ocr._scale(*size, dpi)
    assert got == pytest.approx(scale)
    assert size[0] * size[1] * got ** 2 <= ocr._MAX_PIXELS * 1.0001


def test_a_huge_page_is_ocred_at_a_lower_resolution(tesseract_calls):
    src = read_bytes(adversarial.huge_page(), "huge.pdf")
    assert src.ocr_pages == (1,)
    [(width, height)] = tesseract_calls
    assert width * height <= ocr._MAX_PIXELS * 1.001
