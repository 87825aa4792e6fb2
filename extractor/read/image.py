"""Photos and scans saved as images (PNG, JPEG, TIFF with one or many pages): every page read by OCR.

`read_image(data, name, kind, settings)` runs tesseract on each page (ocr.py) and lays the words out as a scanned
PDF's are (layout.py), so the header, body and footer come out in the same reading order. The result says, per page,
that OCR read it and the quality of what it read.
"""
from __future__ import annotations

import time

from .layout import PageText, compose
from .quality import measure
from .source import PageRead, SourceText, UnreadableFile

#: Fewer letters than this on a page: nothing readable on it (a photo, a drawing).
_MIN_LETTERS = 25
_BAR = 0.97


def read_image(data: bytes, name: str, kind: str, settings=None) -> SourceText:
    from .ocr import ocr_images
    from .pdf import PdfSettings

    settings = settings or PdfSettings()
    if not settings.ocr:
        raise UnreadableFile(f"{name}: is an image ({kind.upper()}); reading it needs OCR, which is switched off")
    t0 = time.perf_counter()
    results, count = ocr_images(data, name, settings)
    each = round((time.perf_counter() - t0) / max(1, count), 4)
    pages: list[PageText] = []
    reads = {n: PageRead(n, "blank", None, "the page is blank", each) for n in range(1, count + 1)}
    confidence: dict[int, float] = {}
    for number, width, height, runs, conf in results:
        pages.append(PageText(number, width, height, runs))
        confidence[number] = conf
        text = " ".join(r.text for r in runs)
        q = measure(text)
        if sum(c.isalpha() for c in text) < _MIN_LETTERS:
            reads[number] = PageRead(number, "ocr", None, "OCR found almost no text (a photo, a drawing?)", each)
        else:
            reads[number] = PageRead(number, "ocr", q.score, None if q.score >= _BAR else f"OCR: {q.problem}", each)
    text, segments = compose(pages) if pages else ("", [])
    if not text.strip():
        raise UnreadableFile(f"{name}: OCR found no text in this {kind.upper()} image ({count} page(s))")
    return SourceText(text, f"image/{kind}", data, pages=count, segments=tuple(segments),
                      ocr_pages=tuple(sorted(confidence)), ocr_confidence=confidence,
                      page_reads=tuple(reads[k] for k in sorted(reads)))
