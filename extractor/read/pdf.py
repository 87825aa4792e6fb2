"""PDF plans: the text layer through pypdfium2 (fast), tables through pdfplumber, OCR where a page has no usable text.

`read_pdf(data, name, settings)` returns a `SourceText` whose text is in reading order
(see layout.py) and whose `segments` give the page and box of every piece of it. A page
whose text layer is empty or beyond repair (legacy font encodings are converted first)
is rendered and read by tesseract (ocr.py); the result says which pages were OCR'd and
with what confidence.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from .. import patterns as P
from .layout import PageText, Run, TableCell, compose
from .legacy import repair, syllable_ratio, vietnamese_ratio
from .source import SourceText, UnreadableFile

#: Below this share of Vietnamese letters a page's text layer counts as garbage.
_MIN_VIETNAMESE = 0.85
#: Fewer letters than this on a page: no usable text layer (a scan).
_MIN_LETTERS = 25
#: Below this share of well-formed syllables the text layer is junk (a bad OCR layer, a broken font map).
_MIN_SYLLABLES = 0.6


@dataclass(frozen=True)
class PdfSettings:
    max_pages: int = 1000
    ocr: bool = True
    ocr_dpi: int = 300
    ocr_workers: int | None = None      # default: every core
    ocr_language: str = "vie"


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg or "security" in msg:
            raise UnreadableFile(f"{name}: is an encrypted PDF (it needs a password)") from None
        raise UnreadableFile(f"{name}: is not a readable PDF ({e})") from None
    return pdf


def _runs(page, number: int, height: float) -> list[Run]:
    tp = page.get_textpage()
    runs: list[Run] = []
    try:
        n = tp.count_rects()
        for i in range(n):
            left, bottom, right, top = tp.get_rect(i)
            text = tp.get_text_bounded(left, bottom, right, top)
            # a rect's bounded text also catches the accents of tall glyphs on the lines above and below
            # ("KT. CHỦ TỊCH\r\nỦ"): keep the piece of the rect's own line, the longest one
            pieces = [x for x in text.replace("\r", "").split("\n") if x.strip()]
            text = " ".join(max(pieces, key=lambda x: len(x.strip())).split()) if pieces else ""
            if text:
                runs.append(Run(number, left, height - top, right, height - bottom, text))
    finally:
        tp.close()
    return runs


def _repair_runs(runs: list[Run]) -> tuple[list[Run], str | None]:
    joined = "\n".join(r.text for r in runs)
    fixed = repair(joined)
    if fixed.encoding is None:
        return runs, None
    lines = fixed.text.split("\n")
    if len(lines) != len(runs):
        return runs, None
    return [Run(r.page, r.x0, r.top, r.x1, r.bottom, t) for r, t in zip(runs, lines)], fixed.encoding


def _usable(runs: list[Run]) -> bool:
    text = " ".join(r.text for r in runs)
    letters = sum(c.isalpha() for c in text)
    return letters >= _MIN_LETTERS and vietnamese_ratio(text) >= _MIN_VIETNAMESE and syllable_ratio(text) >= _MIN_SYLLABLES


def _tables(data: bytes, page_numbers: list[int]) -> dict[int, list[list[list[TableCell]]]]:
    """Task tables (a header row naming a lead or partner column) on the given pages, through pdfplumber."""
    if not page_numbers:
        return {}
    import pdfplumber

    out: dict[int, list[list[list[TableCell]]]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for n in page_numbers:
            page = pdf.pages[n - 1]
            found = []
            for table in page.find_tables():
                rows = []
                for row in table.rows:
                    cells = []
                    for box in row.cells:
                        if box is None:
                            continue
                        text = page.within_bbox(box).extract_text() or ""
                        cells.append(TableCell(" ".join(text.split()), tuple(float(v) for v in box)))
                    if cells:
                        rows.append(cells)
                if rows and P.TASK_TABLE_HEADER.search(" ".join(c.text for c in rows[0])):
                    found.append(rows)
                elif rows and found and len(rows[0]) == len(found[-1][0]):
                    found.append(rows)  # the same table going on from the page before
            if found:
                out[n] = found
    return out


def read_pdf(data: bytes, name: str, settings: PdfSettings = PdfSettings()) -> SourceText:
    pdf = _open(data, name)
    try:
        n = len(pdf)
        if n == 0:
            raise UnreadableFile(f"{name}: the PDF has no pages")
        if n > settings.max_pages:
            raise UnreadableFile(f"{name}: {n} pages is over the {settings.max_pages} page limit")
        pages: list[PageText] = []
        need_ocr: list[int] = []
        encodings: set[str] = set()
        table_pages: list[int] = []
        for i in range(n):
            page = pdf[i]
            width, height = page.get_size()
            runs = _runs(page, i + 1, height)
            runs, enc = _repair_runs(runs)
            if enc:
                encodings.add(enc)
            if not _usable(runs):
                if not _blank(page):
                    need_ocr.append(i + 1)
                runs = []
            elif any(P.TASK_TABLE_HEADER.search(r.text) for r in runs) and _has_rules(page):
                table_pages.append(i + 1)
            pages.append(PageText(i + 1, width, height, runs))
            page.close()
    finally:
        pdf.close()
    confidence: dict[int, float] = {}
    if need_ocr:
        if not settings.ocr:
            raise UnreadableFile(f"{name}: pages {need_ocr} have no usable text layer and OCR is switched off")
        from .ocr import ocr_pages

        results = ocr_pages(data, need_ocr, settings)
        for number, (runs, conf) in results.items():
            w, h = pages[number - 1].width, pages[number - 1].height
            pages[number - 1] = PageText(number, w, h, runs)
            confidence[number] = conf
    tables = _tables(data, table_pages)
    if tables:
        pages = [PageText(p.number, p.width, p.height, p.runs, tables.get(p.number, [])) for p in pages]
    text, segments = compose(pages)
    if not text.strip() and not confidence:
        raise UnreadableFile(f"{name}: has no text (its {n} page(s) are blank)")
    return SourceText(text, "application/pdf", data, pages=n, segments=tuple(segments),
                      ocr_pages=tuple(sorted(confidence)), ocr_confidence=confidence,
                      legacy_encoding=",".join(sorted(encodings)) or None)


def _blank(page) -> bool:
    """Does the page draw nothing at all (no page objects, no annotations)? Such a page is not sent to OCR: a PDF of
    thousands of empty pages must not run tesseract on each one."""
    import pypdfium2.raw as raw

    return raw.FPDFPage_CountObjects(page.raw) == 0 and raw.FPDFPage_GetAnnotCount(page.raw) == 0


def _has_rules(page) -> bool:
    """Does the page draw lines or rectangles (a ruled table)?"""
    import pypdfium2.raw as raw

    try:
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
            return True
    except Exception:  # pragma: no cover - an unusual page object tree: look for tables anyway
        return True
    return False
