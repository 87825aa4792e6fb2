"""Reading order for positioned text (PDF text layers and OCR): runs in, lines and paragraphs out.

`compose(pages)` takes each page's text runs (a run is a piece of one line with its box,
top-left origin, PDF points) and returns the document text plus a `Segment` per piece of
text that says on which page and in which box it stands. It reads the two-column header
of the first page (issuing body and number on the left; motto, place and date on the
right) and the two-column footer (Nơi nhận on the left, the signature block on the right)
one column after the other, drops page numbers, keeps task tables as "| ... |" rows, and
joins the lines of a justified paragraph (a line that reaches the right margin goes on in
the next one unless that one is indented or opens a list item).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import patterns as P

#: A page number: "7", "- 7 -", "Trang 7".
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*$", re.I)
#: The type line of the first page (the header stands above it).
_TYPE_LINE = re.compile(r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|CHƯƠNG TRÌNH|KẾT LUẬN|NGHỊ QUYẾT|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO|ĐỀ ÁN|CÔNG VĂN|PHƯƠNG ÁN|TỜ TRÌNH)$")

#: The number line and the place-and-date line of a header ("Số: 193 /UBND-KT", "Lào Cai, ngày 10 tháng 01 năm 2026").
_NUMBER_MARK = re.compile(r"^Số\s*:")
_DATE_MARK = re.compile(r",\s*ngày\b.{0,12}\btháng\b.{0,12}\bnăm\b")


@dataclass(frozen=True)
class Run:
    page: int            # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class TableCell:
    text: str
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class PageText:
    number: int
    width: float
    height: float
    runs: list[Run]
    tables: list[list[list[TableCell]]] = field(default_factory=list)   # rows of cells, for task tables


@dataclass
class _Line:
    page: int
    runs: list[Run]
    table_row: list[TableCell] | None = None

    @property
    def x0(self) -> float:
        return min(r.x0 for r in self.runs) if self.runs else self.table_row[0].box[0]

    @property
    def x1(self) -> float:
        return max(r.x1 for r in self.runs) if self.runs else self.table_row[-1].box[2]

    @property
    def top(self) -> float:
        return min(r.top for r in self.runs) if self.runs else min(c.box[1] for c in self.table_row)

    @property
    def text(self) -> str:
        return " ".join(r.text for r in self.runs)


def _lines(runs: list[Run]) -> list[_Line]:
    """Group runs into visual lines (vertical overlap), left to right."""
    out: list[_Line] = []
    for r in sorted(runs, key=lambda r: (r.top, r.x0)):
        if out:
            last = out[-1]
            ref = last.runs[0]
            overlap = min(ref.bottom, r.bottom) - max(ref.top, r.top)
            if overlap > 0.5 * min(ref.bottom - ref.top, r.bottom - r.top):
                last.runs.append(r)
                last.runs.sort(key=lambda x: x.x0)
                continue
        out.append(_Line(r.page, [r]))
    return out


def _split_columns(runs: list[Run], width: float) -> tuple[list[Run], list[Run]]:
    """Left and right column of a two-column block, split at the widest vertical gutter no run crosses."""
    if not runs:
        return [], []
    spans = sorted((r.x0, r.x1) for r in runs)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    best_gap, cut = 0.0, None
    for (_, b1), (a2, _) in zip(merged, merged[1:]):
        mid = (b1 + a2) / 2
        if a2 - b1 > best_gap and width * 0.3 < mid < width * 0.7:
            best_gap, cut = a2 - b1, mid
    if cut is None or best_gap < 5:
        return runs, []
    return [r for r in runs if r.x1 <= cut], [r for r in runs if r.x1 > cut]


def _drop_page_furniture(pages: list[PageText]) -> dict[int, list[Run]]:
    """Page numbers in the top or bottom margin, and running headers/footers (the same margin text on several pages)."""
    def in_margin(r: Run, p: PageText) -> bool:
        return r.top < p.height * 0.09 or r.bottom > p.height * 0.93

    # A running header is a margin *line* repeated on three pages or more. Runs are compared
    # line by line, not one by one: OCR gives one run per word, and common words ("và", "các") on the first lines of
    # several pages are no running header.
    margin_lines = {p.number: _lines([r for r in p.runs if in_margin(r, p)]) for p in pages}
    seen = Counter(key for n, lines in margin_lines.items() for key in {_furniture_key(ln.text) for ln in lines})
    run_seen = Counter(_furniture_key(r.text) for lines in margin_lines.values() for ln in lines for r in ln.runs)
    out: dict[int, list[Run]] = {}
    for p in pages:
        drop: set[int] = set()
        for ln in margin_lines[p.number]:
            if _PAGE_NUMBER.match(ln.text) or (len(pages) >= 3 and seen[_furniture_key(ln.text)] >= 3):
                drop.update(map(id, ln.runs))
            else:   # a page number, or a text layer's running header run beside text that changes from page to page
                drop.update(id(r) for r in ln.runs if _PAGE_NUMBER.match(r.text)
                            or (len(pages) >= 3 and " " in r.text.strip() and run_seen[_furniture_key(r.text)] >= 3))
        out[p.number] = [r for r in p.runs if id(r) not in drop]
    return out


def _furniture_key(text: str) -> str:
    """A margin line or run as compared across pages: its spacing left aside."""
    return " ".join(text.split())


def _in_box(r: Run, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (r.x0 + r.x1) / 2, (r.top + r.bottom) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def compose(pages: list[PageText]) -> tuple[str, list[Segment]]:
    pages_runs = _drop_page_furniture(pages)
    width = max((p.width for p in pages), default=595.0)
    # header: on the first page with text, everything above the type line, read column by column
    header: list[_Line] = []
    first = next((p for p in pages if pages_runs[p.number]), None)
    if first is not None:
        runs = pages_runs[first.number]
        first_lines = _lines(runs)
        type_line = next((ln for ln in first_lines if _TYPE_LINE.match(ln.text.strip(" *"))), None)
        top = type_line.top if type_line is not None else None
        if top is None:
            # a letter (công văn) has no type line: its header ends with the number and the place-and-date line
            marks = [ln for ln in first_lines if ln.top < first.height * 0.4
                     and (_NUMBER_MARK.search(ln.text) or _DATE_MARK.search(ln.text))]
            if marks:
                top = max(r.bottom for ln in marks for r in ln.runs) + 0.5
        if top is None:
            top = _motto_header_bottom(first_lines, first)
        if top is not None:
            above = [r for r in runs if r.bottom <= top + 1]
            left, right = _split_columns(above, first.width)
            header = _lines(left) + _lines(right)
            taken = set(map(id, above))
            pages_runs[first.number] = [r for r in runs if id(r) not in taken]
    # footer: from "Nơi nhận" on, two columns
    footer: list[_Line] = []
    for p in reversed(pages):
        runs = pages_runs[p.number]
        label = next((ln for ln in _lines(runs) if P.RECIPIENTS_LABEL.match(ln.text.strip(" *"))), None)
        if label is None:
            continue
        below = [r for r in runs if r.top >= label.top - 5]
        left, right = _split_columns(below, p.width)
        later = [r for q in pages if q.number > p.number for r in pages_runs[q.number]]
        footer = _lines(left) + _lines(right) + _lines(later)
        taken = set(map(id, below))
        pages_runs[p.number] = [r for r in runs if id(r) not in taken]
        for q in pages:
            if q.number > p.number:
                pages_runs[q.number] = []
        break
    # body: lines per page, task tables in place as rows; footnotes after the body
    body: list[_Line] = []
    notes: list[_Line] = []
    for p in pages:
        runs = pages_runs[p.number]
        table_lines: list[_Line] = []
        for table in p.tables:
            boxes = [c.box for row in table for c in row]
            tb = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
            runs = [r for r in runs if not _in_box(r, tb)]
            table_lines += [_Line(p.number, [], row) for row in table]
        lines = _footnotes_apart(_lines(runs), p, notes)
        lines = lines + table_lines
        lines.sort(key=lambda ln: ln.top)
        body += lines
    return _write(header, body, footer, width, notes)


#: The first line of a footnote: its number, then its text ("1 Công văn số 5956/STNMT-CCBVMT ..."), which may open
#: with a quotation or with the number of the clause it quotes ("2 “đ) Bản sao ...", "3 13. Bảo trì công trình ...").
_FOOTNOTE_START = re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+)\s+(?:[“\"(]?[^\W\d_]|\d{1,3}[.)]\s+[^\W\d_])")


def _footnotes_apart(lines: list[_Line], page: PageText, notes: list[_Line]) -> list[_Line]:
    """The page's text lines without its footnotes, which go to `notes` (written after the signature block, where no
    section or task is read): the last lines of the page, in the lower half,
    set smaller than the text (a tenth or more below its usual height), the first opening with the note's number.
    Left in place they would cut the sentence that runs on to the next page ("... giao năm 1 Công văn số ... 2025 và
    ...")."""
    heights = sorted(r.bottom - r.top for ln in lines for r in ln.runs)
    if len(lines) < 6 or not heights:
        return lines
    usual = heights[len(heights) // 2]
    k = len(lines)
    while k > 0 and lines[k - 1].top > page.height * 0.5 \
            and max(r.bottom - r.top for r in lines[k - 1].runs) < 0.9 * usual:
        k -= 1
    while k < len(lines) and not _FOOTNOTE_START.match(lines[k].text):
        k += 1   # a small line that opens no note (a rule's caption, a stamp's text) stays where it is
    if k >= len(lines) or k < 3:
        return lines
    notes.extend(lines[k:])
    return lines[:k]


def _motto_header_bottom(lines: list[_Line], page: PageText) -> float | None:
    """The bottom of a two-column header found by its national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on the
    right), when neither a type line nor a number or date line could be read (a scan: "QUYÉT ĐỊNH", "ngàyOẨ tháng").
    The header goes down from the top of the page through the lines that stand in one column or in both with a wide
    gutter between them, to the first line that runs across the gutter (the centred title) or stands far below."""
    start = None
    for i, ln in enumerate(lines):
        if ln.top > page.height * 0.3:
            break
        k = next((k for k in range(len(ln.runs)) if P.MOTTO_START.match(" ".join(r.text for r in ln.runs[k:]))), None)
        if k is not None and ln.runs[k].x0 > page.width * 0.3:
            start, gutter = i, ln.runs[k].x0 - 2
            break
    if start is None:
        return None
    bottom = max(r.bottom for r in lines[start].runs)
    motto = [r for r in lines[start].runs if r.x0 >= gutter]
    motto_centre = (motto[0].x0 + motto[-1].x1) / 2
    if motto_centre < page.width * 0.58:
        return None                                # a motto centred on the page: no two-column header
    for ln in lines[start + 1:]:
        height = max(r.bottom - r.top for r in ln.runs)
        if ln.top - bottom > 3 * height:
            break
        left = [r for r in ln.runs if r.x1 <= gutter]
        right = [r for r in ln.runs if r.x0 >= gutter]
        if len(left) + len(right) < len(ln.runs):
            break                                  # a word straddles the gutter
        if left and right and right[0].x0 - left[-1].x1 < 1.5 * height:
            break                                  # one line of text across the gutter
        centre = (ln.x0 + ln.x1) / 2
        if not left and abs(centre - page.width / 2) < abs(centre - motto_centre):
            break                                  # the title, centred on the page
        bottom = max(bottom, max(r.bottom for r in ln.runs))
    return bottom + 0.5


#: A document's number and symbol cut by the line's end right after one of its dashes ("06/2021/TT-" / "BXD ngày ..."):
#: the next line goes on with the symbol, without a space.
_SYMBOL_CUT = re.compile(r"(?<![\w/])\d{1,5}/(?:\d{4}/)?(?:[A-ZĐ][A-ZĐa-z&.]*-)+$")


def _margins(lines: list[_Line]) -> tuple[float, float]:
    text_lines = [ln for ln in lines if ln.runs]
    if not text_lines:
        return 0.0, 0.0
    lefts = Counter(round(ln.x0) for ln in text_lines)
    left = min(x for x, n in lefts.items() if n >= max(1, lefts.most_common(1)[0][1] // 3))
    rights = sorted(ln.x1 for ln in text_lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    return float(left), float(right)


def _write(header: list[_Line], body: list[_Line], footer: list[_Line], width: float,
           notes: list[_Line] = ()) -> tuple[str, list[Segment]]:
    parts: list[str] = []
    segs: list[Segment] = []
    pos = 0

    def put(s: str, page: int | None = None, box=None) -> None:
        nonlocal pos
        if page is not None and s:
            segs.append(Segment(pos, pos + len(s), page, box))
        parts.append(s)
        pos += len(s)

    def put_line(ln: _Line) -> None:
        for k, r in enumerate(ln.runs):
            if k:
                put(" ")
            put(r.text, r.page, (r.x0, r.top, r.x1, r.bottom))

    for ln in header:
        put_line(ln)
        put("\n")
    put("\n")
    left, right = _margins(body)
    prev: _Line | None = None
    for ln in body:
        if ln.table_row is not None:
            if parts and not parts[-1].endswith("\n"):
                put("\n")
            put("|")
            for c in ln.table_row:
                put(" ")
                put(" ".join(c.text.split()), ln.page, c.box)
                put(" |")
            put("\n")
            prev = None
            continue
        if prev is not None:
            text = ln.text
            full = prev.x1 >= right - 18
            indented = ln.x0 > left + 12
            if full and not indented and not P.LIST_START.match(text):
                last = prev.runs[-1].text
                if last.endswith("-") and not last.endswith(" -") and text[:1].islower():
                    parts[-1] = parts[-1][:-1]
                    pos -= 1
                elif not _SYMBOL_CUT.search(last):
                    put(" ")
            else:
                put("\n")
        put_line(ln)
        prev = ln
    put("\n\n")
    for ln in footer:
        put_line(ln)
        put("\n")
    # the footnotes, at the end like a document's notes: each note one paragraph (its wrapped lines joined)
    if notes:
        put("\n")   # a blank line: the notes are not part of the signature block
    for k, ln in enumerate(notes):
        if k and _FOOTNOTE_START.match(ln.text):
            put("\n")
        elif k:
            put(" ")
        put_line(ln)
    if notes:
        put("\n")
    return "".join(parts), segs
