"""PDF plans: the text layer through pypdfium2 (fast), tables through pdfplumber, OCR where a page has no usable text.

`read_pdf(data, name, settings)` returns a `SourceText` whose text is in reading order
(see layout.py) and whose `segments` give the page and box of every piece of it. A page
whose text layer is empty or beyond repair (legacy font encodings are converted first)
is rendered and read by tesseract (ocr.py); the result says which pages were OCR'd and
with what confidence.
"""
from __future__ import annotations

import ctypes
import io
import re
from dataclasses import dataclass, replace

from .. import patterns as P
from .layout import PageText, Run, TableCell, compose
from .legacy import repair
from .quality import measure
from .source import PageRead, SourceText, UnreadableFile

#: Fewer letters than this on a page: no usable text layer (a scan).
_MIN_LETTERS = 25
#: Below this share of well-formed syllables the text layer is junk (a bad OCR layer, a broken font map).
_MIN_SYLLABLES = 0.6
#: Below this quality (quality.py) a text layer is not used at all: OCR reads the page.
_MIN_QUALITY = 0.8
#: Below this quality a text layer is read by OCR too, and the better of the two readings kept.
_OCR_BELOW = 0.97
#: Invalid syllables in a document's text layer (how many, and their share of its words) from which its fonts'
#: ToUnicode maps are looked at (cmap.py): clean real files have under 0.5 %, a font that maps glyphs wrong 1 % or more.
_MIN_INVALID = 2
_MIN_INVALID_SHARE = 0.006
#: A word of a text page's line (anything between spaces).
_WORD = re.compile(r"[^ \t\r\n\u00a0\u3000]+")


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


def _runs(page, number: int, height: float, fixes=None) -> list[Run]:
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
        if fixes is not None:   # glyphs that the font's ToUnicode map sends to a wrong letter (cmap.py)
            chars = list(text)
            x, y = ctypes.c_double(), ctypes.c_double()
            for i, c in enumerate(chars):
                if c.isalpha() and not c.isascii() and raw.FPDFText_GetCharOrigin(tp.raw, i, x, y):
                    chars[i] = fixes.at(x.value, y.value) or c
            text = "".join(chars)
        rect = raw.FS_RECTF()

        def char_box(i: int) -> tuple[float, float, float, float]:
            raw.FPDFText_GetLooseCharBox(tp.raw, i, rect)
            return rect.left, rect.bottom, rect.right, rect.top

        # words (pdfium puts a space between words and a line break between lines), each boxed by its first and last
        # characters' loose boxes; a line's words are cut into runs where a wide gap stands between two of them
        groups: list[list[tuple[str, float, float, float, float]]] = []   # runs as words (text, l, b, r, t)
        offset = 0
        for line in _lines(text):
            cur: list[tuple[str, float, float, float, float]] = []
            for piece in _pieces(line, offset, char_box):
                word = line[piece[0] - offset:piece[1] - offset].replace("\ufffe", "-")
                if not word.isprintable():
                    word = "".join(c for c in word if c.isprintable() and c not in "\ufffe\uffff")
                    if not word:
                        continue
                l, b, r, t = piece[2]
                if cur:
                    last = cur[-1]
                    h = max(last[4] - last[2], t - b, 1.0)
                    gap = l - last[3]
                    overlap = min(t, last[4]) - max(b, last[2])
                    if overlap < 0.3 * min(t - b, last[4] - last[2]) or gap > 1.5 * h or gap < -0.5 * h:
                        groups.append(cur)
                        cur = []
                cur.append((word, l, b, r, t))
            if cur:
                groups.append(cur)
            offset += len(line)
        for g in _split_around_stamps(groups):
            l, b = min(w[1] for w in g), min(w[2] for w in g)
            r, t = max(w[3] for w in g), max(w[4] for w in g)
            runs.append(Run(number, l, height - t, r, height - b, " ".join(w[0] for w in g)))
    finally:
        tp.close()
    return runs


#: A line of pdfium's page text: up to a line break, or up to and with a hyphen that ends a line (pdfium joins the two
#: lines and marks the hyphen U+FFFE: "2021-" / "2025" reads "2021\ufffe2025", TCVN3 "d-" / "luËn" for "dư luận").
_LINE = re.compile(r"[^\r\n\ufffe]*\ufffe|[^\r\n\ufffe]*(?:\r\n|\r|\n)|[^\r\n\ufffe]+$")


def _lines(text: str) -> list[str]:
    lines = _LINE.findall(text)
    return lines if sum(map(len, lines)) == len(text) else text.splitlines(keepends=True)


def _pieces(line: str, offset: int, char_box) -> list[tuple[int, int, tuple[float, float, float, float]]]:
    """The words of a line of pdfium's text as (start, end, box), the box made of the first and last characters' boxes.
    A word whose last character stands on another line than its first (pdfium joined the last word of a paragraph to
    the first of the next, when glyphs placed one by one hide the line break) is cut where its line changes."""
    out = []
    for m in _WORD.finditer(line):
        start, end = offset + m.start(), offset + m.end()
        l, b, r, t = char_box(start)
        if end - start > 1:
            _, b2, r2, t2 = char_box(end - 1)
            if min(t, t2) - max(b, b2) < 0.3 * min(t - b, t2 - b2):
                cut = next(k for k in range(start + 1, end)
                           if min(t, (box := char_box(k))[3]) - max(b, box[1]) < 0.3 * min(t - b, box[3] - box[1]))
                _, _, r1, _ = char_box(cut - 1)
                out.append((start, cut, (l, b, r1, t)))
                l, b, r, t = char_box(cut)
                out.append((cut, end, (l, min(b, b2), r2, max(t, t2))))
                continue
            r, b, t = r2, min(b, b2), max(t, t2)
        out.append((start, end, (l, b, r, t)))
    return out


def _split_around_stamps(groups: list[list[tuple]]) -> list[list[tuple]]:
    """Text stamped at signing ("4378", "22") comes after the page's own text but stands in a gap of one of its lines
    ("Số:      /SCT", "ngày    tháng 7"): cut that line's run at the gap, so the layout puts the stamp in its place."""
    def box(g):
        return min(w[1] for w in g), min(w[2] for w in g), max(w[3] for w in g), max(w[4] for w in g)

    boxes = [box(g) for g in groups]
    for k in range(len(groups)):
        g = groups[k]
        if sum(len(w[0]) for w in g) > 12:
            continue
        sl, sb, sr, st = boxes[k]
        mid = (sl + sr) / 2
        for j, other in enumerate(groups):
            gl, gb, gr, gt = boxes[j]
            if j == k or not (gl < sl and sr < gr) or min(st, gt) - max(sb, gb) < 0.5 * min(st - sb, gt - gb):
                continue
            idx = next((i for i, w in enumerate(other) if w[1] + w[3] > 2 * mid), None)
            if not idx or other[idx - 1][3] > mid or other[idx][1] < mid:
                continue                 # the stamp overlaps the line's own letters: leave both as they are
            groups[j:j + 1] = [other[:idx], other[idx:]]
            boxes[j:j + 1] = [box(other[:idx]), box(other[idx:])]
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


def _usable(q) -> bool:
    """Enough letters, and enough of them Vietnamese syllables (not a junk OCR layer, not a broken font map)."""
    return q.letters >= _MIN_LETTERS and q.syllables >= _MIN_SYLLABLES and q.score >= _MIN_QUALITY


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
        invalid: dict[int, int] = {}     # invalid syllables per page: a sign of a font that maps glyphs wrong
        words = 0
        for i in range(n):
            t0 = time.perf_counter()
            page = _flatten(pdf, i, pdf[i])
            width, height = page.get_size()
            runs = _runs(page, i + 1, height)
            q = measure(_page_text(runs))
            enc = None
            if q.mojibake or q.score < _OCR_BELOW:    # clean Unicode is never run through the legacy charmaps
                fixed, enc = _repair_runs(runs)
                if enc:
                    runs, q = fixed, measure(_page_text(fixed))
            path = f"legacy:{enc}" if enc else "text"
            if enc:
                encodings.add(enc)
            if not _usable(q):
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
            invalid[i + 1] = q.invalid
            words += q.words
            page.close()
        if sum(invalid.values()) >= max(_MIN_INVALID, _MIN_INVALID_SHARE * words):
            _repair_cmap(data, pdf, pages, reads, invalid, need_ocr, try_ocr, table_pages)
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


def _repair_cmap(data: bytes, pdf, pages: list[PageText], reads: dict[int, PageRead], invalid: dict[int, int],
                 need_ocr: list[int], try_ocr: list[int], table_pages: list[int]) -> None:
    """Pages whose fonts map some glyphs to wrong letters (cmap.py) read again with the letters learned for those
    glyphs; a page kept so repaired says "repaired:cmap"."""
    import time

    from .cmap import Fixes, glyph_fixes

    fixes = glyph_fixes(data, sorted(k for k in invalid if reads[k].path == "text" or k in need_ocr))
    for number, found in fixes.items():
        t0 = time.perf_counter()
        page = pdf[number - 1]
        try:
            page = _flatten(pdf, number - 1, page)
            width, height = page.get_size()
            runs = _runs(page, number, height, Fixes(found))
            ruled = _has_rules(page)
        finally:
            page.close()
        q = measure(_page_text(runs))
        before = reads[number]
        if not _usable(q) or (before.quality is not None and q.score < before.quality):
            continue
        pages[number - 1] = PageText(number, width, height, runs)
        for waiting in (need_ocr, try_ocr):
            if number in waiting:
                waiting.remove(number)
        if q.score < _OCR_BELOW:
            try_ocr.append(number)
        reads[number] = PageRead(number, "repaired:cmap", q.score, None if q.score >= _OCR_BELOW else f"text layer: {q.problem}",
                                 round(before.seconds + time.perf_counter() - t0, 4))
        if number not in table_pages and ruled and any(P.TASK_TABLE_HEADER.search(r.text) for r in runs):
            table_pages.append(number)


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
