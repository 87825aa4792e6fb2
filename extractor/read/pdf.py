"""PDF plans: the text layer through pypdfium2 (fast), tables through pdfplumber, OCR where a page has no usable text.

`read_pdf(data, name, settings)` returns a `SourceText` whose text is in reading order
(see layout.py) and whose `segments` give the page and box of every piece of it. A page
whose text layer is empty or beyond repair (legacy font encodings are converted first)
is rendered and read by tesseract (ocr.py); the result says which pages were OCR'd and
with what confidence.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, replace

from .. import patterns as P
from .layout import PageText, Run, TableCell, compose
from .legacy import repair, syllable_ratio, vietnamese_ratio
from .quality import measure
from .source import PageRead, SourceText, UnreadableFile

#: Below this share of Vietnamese letters a page's text layer counts as garbage.
_MIN_VIETNAMESE = 0.85
#: Fewer letters than this on a page: no usable text layer (a scan).
_MIN_LETTERS = 25
#: Below this share of well-formed syllables the text layer is junk (a bad OCR layer, a broken font map).
_MIN_SYLLABLES = 0.6
#: Below this quality (quality.py) a text layer is not used at all: OCR reads the page.
_MIN_QUALITY = 0.8
#: Below this quality a text layer is read by OCR too, and the better of the two readings kept.
_OCR_BELOW = 0.97


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
    """The page's text as pdfium's text page reads it (its own order, duplicate fake-bold glyphs dropped, letters kept
    with their syllables), cut into runs at pdfium's line breaks and at wide gaps (a two-column header line is two runs),
    each with the union of its characters' boxes (loose boxes: the font's height, so accents do not stretch a line)."""
    import pypdfium2.raw as raw

    tp = page.get_textpage()
    runs: list[Run] = []
    try:
        n = tp.count_chars()
        if n <= 0:
            return runs
        text = tp.get_text_range(0, n)
        if len(text) != n:   # characters outside the BMP: read them one by one so indexes match
            text = "".join(chr(raw.FPDFText_GetUnicode(tp.raw, i)) for i in range(n))
        rect = raw.FS_RECTF()
        groups: list[list[tuple[str, float, float, float, float]]] = []   # runs as characters (char, l, b, r, t)
        cur: list[tuple[str, float, float, float, float]] = []
        last: tuple[str, float, float, float, float] | None = None
        for i, ch in enumerate(text):
            if ch == "\r" or ch == "\n":
                if cur:
                    groups.append(cur)
                cur, last = [], None
                continue
            if ch < " " or ch in "\ufffe\uffff":
                continue
            if ch.isspace():
                cur.append((" ", 0.0, 0.0, 0.0, 0.0))
                continue
            raw.FPDFText_GetLooseCharBox(tp.raw, i, rect)
            c = (ch, rect.left, rect.bottom, rect.right, rect.top)
            if last is not None:
                h = max(last[4] - last[2], c[4] - c[2], 1.0)
                gap = c[1] - last[3]
                overlap = min(c[4], last[4]) - max(c[2], last[2])
                if overlap < 0.3 * min(c[4] - c[2], last[4] - last[2]) or gap > 1.5 * h or gap < -0.5 * h:
                    groups.append(cur)
                    cur = []
            cur.append(c)
            last = c
        if cur:
            groups.append(cur)
        for g in _split_around_stamps(groups):
            s = " ".join("".join(c[0] for c in g).split())
            boxes = [c for c in g if c[0] != " "]
            if s and boxes:
                l, b = min(c[1] for c in boxes), min(c[2] for c in boxes)
                r, t = max(c[3] for c in boxes), max(c[4] for c in boxes)
                runs.append(Run(number, l, height - t, r, height - b, s))
    finally:
        tp.close()
    return runs


def _split_around_stamps(groups: list[list[tuple]]) -> list[list[tuple]]:
    """Text stamped at signing ("4378", "22") comes after the page's own text but stands in a gap of one of its lines
    ("Số:      /SCT", "ngày    tháng 7"): cut that line's run at the gap, so the layout puts the stamp in its place."""
    def box(g):
        cs = [c for c in g if c[0] != " "]
        return min(c[1] for c in cs), min(c[2] for c in cs), max(c[3] for c in cs), max(c[4] for c in cs)

    groups = [g for g in groups if any(c[0] != " " for c in g)]
    short = [k for k, g in enumerate(groups) if sum(c[0] != " " for c in g) <= 12]
    if not short:
        return groups
    for k in short:
        if k >= len(groups):
            continue
        sl, sb, sr, st = box(groups[k])
        for j, g in enumerate(groups):
            if j == k:
                continue
            gl, gb, gr, gt = box(g)
            if not (gl < sl and sr < gr) or min(st, gt) - max(sb, gb) < 0.5 * min(st - sb, gt - gb):
                continue
            mid = (sl + sr) / 2
            idx = next((i for i, c in enumerate(g) if c[0] != " " and c[1] + c[3] > 2 * mid), None)
            before = [c for c in g[:idx] if c[0] != " "] if idx else []
            if idx is None or not before or before[-1][3] > mid or g[idx][1] < mid:
                continue                 # the stamp overlaps the line's own letters: leave both as they are
            cut, right = idx, g[idx:]
            groups[j:j + 1] = [g[:cut], right]
            break
    return groups


def _flatten(pdf, i: int, page):
    """Annotations and form fields drawn on the page (the number and day stamped at signing, text boxes, filled
    fields) made part of its content, so that the text page reads them in place; returns the page to read."""
    import pypdfium2.raw as raw

    if raw.FPDFPage_GetAnnotCount(page.raw) == 0:
        return page
    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_PRINT) != raw.FLATTEN_SUCCESS:
        return page
    page.close()
    return pdf[i]


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


def _page_text(runs: list[Run]) -> str:
    return "\n".join(r.text for r in runs)


def read_pdf(data: bytes, name: str, settings: PdfSettings = PdfSettings()) -> SourceText:
    import time

    pdf = _open(data, name)
    try:
        n = len(pdf)
        if n == 0:
            raise UnreadableFile(f"{name}: the PDF has no pages")
        if n > settings.max_pages:
            raise UnreadableFile(f"{name}: {n} pages is over the {settings.max_pages} page limit")
        pages: list[PageText] = []
        need_ocr: list[int] = []        # no usable text layer: OCR or nothing
        try_ocr: list[int] = []         # a usable but damaged text layer: OCR, and keep the better reading
        encodings: set[str] = set()
        table_pages: list[int] = []
        reads: dict[int, PageRead] = {}
        for i in range(n):
            t0 = time.perf_counter()
            page = _flatten(pdf, i, pdf[i])
            width, height = page.get_size()
            runs = _runs(page, i + 1, height)
            runs, enc = _repair_runs(runs)
            q = measure(_page_text(runs))
            path = f"legacy:{enc}" if enc else "text"
            if enc:
                encodings.add(enc)
            if not _usable(runs) or q.score < _MIN_QUALITY:
                if _blank(page):
                    reads[i + 1] = PageRead(i + 1, "blank", None, "the page draws nothing")
                else:
                    need_ocr.append(i + 1)
                    reads[i + 1] = PageRead(i + 1, path, q.score if runs else None,
                                            f"text layer: {q.problem or 'too little text'}" if runs else "no text layer")
                runs = []
            else:
                if q.score < _OCR_BELOW:
                    try_ocr.append(i + 1)
                reads[i + 1] = PageRead(i + 1, path, q.score, None if q.score >= _OCR_BELOW else f"text layer: {q.problem}")
                if any(P.TASK_TABLE_HEADER.search(r.text) for r in runs) and _has_rules(page):
                    table_pages.append(i + 1)
            reads[i + 1] = replace(reads[i + 1], seconds=round(time.perf_counter() - t0, 4))
            pages.append(PageText(i + 1, width, height, runs))
            page.close()
    finally:
        pdf.close()
    confidence: dict[int, float] = {}
    ocr_wanted = sorted(need_ocr + try_ocr)
    if need_ocr and not settings.ocr:
        raise UnreadableFile(f"{name}: pages {need_ocr} have no usable text layer and OCR is switched off")
    if ocr_wanted and settings.ocr:
        from .ocr import ocr_pages, tesseract_available

        if need_ocr or tesseract_available(settings.ocr_language):
            t0 = time.perf_counter()
            results = ocr_pages(data, ocr_wanted, settings)
            each = (time.perf_counter() - t0) / max(1, len(ocr_wanted))
            for number in ocr_wanted:
                before = reads[number]
                if number not in results:      # rendered blank
                    if number in need_ocr:
                        reads[number] = PageRead(number, "blank", None, "the page renders blank",
                                                 round(before.seconds + each, 4))
                    continue
                runs, conf = results[number]
                q = measure(_page_text(runs))
                if number in try_ocr and (before.quality or 0) >= q.score:
                    continue                   # the text layer, damaged as it is, reads better than OCR
                w, h = pages[number - 1].width, pages[number - 1].height
                pages[number - 1] = PageText(number, w, h, runs)
                confidence[number] = conf
                letters = sum(c.isalpha() for r in runs for c in r.text)
                reason = None
                if letters < _MIN_LETTERS:
                    reason = "OCR found almost no text (a photo, a drawing or a signature only?)"
                elif q.score < _OCR_BELOW:
                    reason = f"OCR: {q.problem}"
                reads[number] = PageRead(number, "ocr", q.score if letters else None, reason, round(before.seconds + each, 4))
    tables = _tables(data, table_pages)
    if tables:
        pages = [PageText(p.number, p.width, p.height, p.runs, tables.get(p.number, [])) for p in pages]
    text, segments = compose(pages)
    if not text.strip() and not confidence:
        raise UnreadableFile(f"{name}: has no text (its {n} page(s) are blank)")
    return SourceText(text, "application/pdf", data, pages=n, segments=tuple(segments),
                      ocr_pages=tuple(sorted(confidence)), ocr_confidence=confidence,
                      legacy_encoding=",".join(sorted(encodings)) or None,
                      page_reads=tuple(reads[k] for k in sorted(reads)))


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
