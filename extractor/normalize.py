"""Stage 1: clean a plan's raw text and keep a map back to the source.

`normalize(raw)` returns a `NormalizedText`: NFC text without markup,
invisible characters, portal table rows or page-break splits, plus for
every character of it the offset of the source character it came from, so
that every span found later can be reported in the source's coordinates.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Callable

from . import patterns as P


@dataclass(frozen=True)
class NormalizedText:
    text: str
    #: offsets[i] is the source offset of text[i]; offsets[len(text)] is len(source).
    offsets: array

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the source."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


Repl = Callable[[re.Match], "str | int"]


def _sub(text: str, offs: array, pattern: re.Pattern, repl: "str | int | Repl") -> tuple[str, array]:
    """re.sub that carries the offset map along (int repl = keep that group)."""
    parts: list[str] = []
    new_offs = array("l")
    last = 0
    changed = False
    for m in pattern.finditer(text):
        s, e = m.span()
        r = repl(m) if callable(repl) else repl
        if isinstance(r, str) and r == m.group(0):
            continue
        changed = True
        parts.append(text[last:s])
        new_offs.extend(offs[last:s])
        if isinstance(r, int):
            gs, ge = m.span(r)
            if gs >= 0:
                parts.append(text[gs:ge])
                new_offs.extend(offs[gs:ge])
        else:
            parts.append(r)
            if len(r) == e - s:
                new_offs.extend(offs[s:e])
            else:
                new_offs.extend(array("l", [offs[s]]) * len(r))
        last = e
    if not changed:
        return text, offs
    parts.append(text[last:])
    new_offs.extend(offs[last:])  # includes the end sentinel
    return "".join(parts), new_offs


def _nfc_with_offsets(text: str) -> tuple[str, array]:
    if unicodedata.is_normalized("NFC", text):
        return text, array("l", range(len(text) + 1))
    out: list[str] = []
    offs = array("l")
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j])
        out.append(chunk)
        offs.extend(array("l", [i]) * len(chunk))
        i = j
    offs.append(n)
    return "".join(out), offs


_CRLF = re.compile(r"\r\n?")
_LINE_EDGE_SPACE = re.compile(r"^ +| +$", re.M)
_ESCAPE = re.compile(r"\\([*_#\-.\[\]()|])")
#: Line breaks (with any blank lines between them); each is kept or joined by `_join_or_keep`.
_LINE_BREAKS = re.compile(r"\n(?:[ \t]*\n)*")
#: A line holding only a portal's cell separator: "|".
_BAR_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)


#: A footnote's first line, as the PDF reader writes notes after the text: its number, then a capitalised word.
_NOTE_START = re.compile(r"\d{1,2}\s+[A-ZĐÀ-Ỹ]")


#: A text whose paragraphs are set apart by blank lines (the legal portal's copies) at least this often: a single line
#: break inside one of its paragraphs is a hard wrap, whatever word the next line opens with.
_BLANK_PARAGRAPHS = 15
_BLANK_SHARE = 0.08


def _blank_line_paragraphs(text: str) -> bool:
    """Whether the text's paragraphs are set apart by blank lines (so its single line breaks are hard wraps)."""
    breaks = _LINE_BREAKS.findall(text)
    blank = sum(1 for b in breaks if b != "\n")
    return blank >= _BLANK_PARAGRAPHS and blank >= _BLANK_SHARE * len(breaks)


def _emphasis_closes(raw: str, at: int) -> bool:
    """Whether the source line ending at `at` closes with emphasis markup ("**Điều 1. Phạm vi điều chỉnh**"): a
    heading, whose line break is no hard wrap."""
    k = at
    while k > 0 and raw[k - 1] in " \t":
        k -= 1
    return k > 0 and raw[k - 1] in "*_"


def _join_or_keep(m: re.Match, hard_wrapped: bool = False, heading_end: Callable[[int], bool] | None = None) -> str:
    """Join a line to the next when the sentence runs on (page breaks, portal hard wraps)."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    prev = text[line_start:m.start()].rstrip()
    nxt_end = text.find("\n", m.end())
    nxt = text[m.end():nxt_end if nxt_end != -1 else len(text)].lstrip()
    if not prev or not nxt or P.LIST_START.match(nxt):
        return m.group(0)
    if P.SENTENCE_END.search(prev):
        if hard_wrapped and m.group(0) == "\n" and prev.endswith(".") and len(prev) > 1 and prev[-2].islower() \
                and nxt[0].isupper() and len(nxt) > 1 and nxt[1].islower() and not P.ARTICLE_START.match(prev) \
                and not (heading_end is not None and heading_end(m.start())):
            return " "  # "... kịp thời xử lý.\nNếu để xảy ra ...": the paragraph's next sentence, hard-wrapped
        return m.group(0)
    if m.group(0) == "\n" and P.unwrapped_after(prev, nxt):
        return "\n\n"   # "3. Ghi rõ ... trong Giấy đề nghị" over a whole paragraph on one line: a paragraph break
    if "\n\n" in m.group(0) or "\n \n" in m.group(0):
        para = text.rfind("\n\n", max(0, m.start() - 300), m.start())
        if para != -1 and P.ARTICLE_START.match(text[para + 2:m.start()]) and not P.SENTENCE_END.search(prev):
            return m.group(0)   # "Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì" stands over its first paragraph
    first = nxt[0]
    heading = P.ROMAN_HEADING.match(prev)
    if heading and heading.group("rest").isupper() and nxt.isupper() and len(nxt) <= 80 and m.group(0) == "\n":
        return " "  # "II. NHIỆM VỤ VÀ GIẢI PHÁP\nCHỦ YẾU"
    if first.islower():
        return " "
    if first.isdigit() and prev[-1].isalnum() and not ("\n\n" in m.group(0) and _NOTE_START.match(nxt)):
        return " "   # "năm\n2025" runs on; a note after a blank line ("1 Công văn số ...") does not
    if first.isupper() and (P.LINE_CONTINUES.search(prev) or prev.endswith(",")):
        return " "  # "Hướng dẫn các Sở, ban, ngành,\nUBND xã, phường ..."
    if hard_wrapped and m.group(0) == "\n" and prev[-1].islower() and first.isupper() and len(nxt) > 1 and nxt[1].islower() \
            and not P.ARTICLE_START.match(prev) and not (heading_end is not None and heading_end(m.start())):
        return " "  # "... đối với trẻ em sống ở\nViệt Nam ...", "Thực hiện quản trị, vận hành\nHệ thống ..." in a portal copy
    if m.group(0) == "\n" and P.PLACE_AFTER_COUNCIL.search(prev) and P.PLACE_LINE.match(nxt):
        return " "  # "2. Giao Thường trực Hội đồng nhân dân\nThành phố; các Ban ..."
    if m.group(0) == "\n" and P.OWN_DOCUMENT_LINE.match(nxt) and P.OBJECT_VERB_END.search(prev) \
            and len(prev.split()) >= 7 and not P.ARTICLE_START.match(prev.lstrip("*_ ")):
        return " "  # "1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết."
    return m.group(0)


def _unglue_chapter(m: re.Match) -> str:
    """ "Chương IIICHẾ ĐỘ ..." -> "Chương III CHẾ ĐỘ ...", when the numeral is a well-formed one."""
    return m.group("head") + " " if P.ROMAN_NUMERAL.match(m.group("label")) else m.group(0)


def _table_cells(m: re.Match) -> str:
    cells = [c.strip() for c in m.group(1).split("|")]
    return "\n".join(c for c in cells if c)


def _task_header(row: str) -> bool:
    from .task_tables import header_columns

    return header_columns(row.strip().strip("|").split("|")) is not None


def _unflatten_tables(text: str, offs: array) -> tuple[str, array]:
    from .task_tables import unflatten_tables

    return unflatten_tables(text, offs)


def _table(m: re.Match) -> str | int:
    """A task table keeps its rows (the assignment stage reads them); any other table (the flattened two-column
    header and footer of portal copies) becomes one line per cell."""
    block = m.group(0)
    rows = [r for r in block.split("\n") if r.strip() and not P.TABLE_RULE.match(r)]
    if rows and (P.TASK_TABLE_HEADER.search(rows[0]) or _task_header(rows[0])):
        return block  # unchanged, so its offsets stay exact; rule rows go in the next pass
    return P.TABLE_ROW.sub(_table_cells, P.TABLE_RULE.sub("", block))


def normalize(raw: str) -> NormalizedText:
    text, offs = _nfc_with_offsets(raw)
    hard_wrapped = _blank_line_paragraphs(text)   # as written: later passes blank the lines they empty
    text, offs = _sub(text, offs, _CRLF, "\n")
    text, offs = _sub(text, offs, P.INVISIBLE, "")
    text, offs = _sub(text, offs, P.CONTROL, "")
    text, offs = _sub(text, offs, P.ODD_SPACE, " ")
    text, offs = _unflatten_tables(text, offs)
    text, offs = _sub(text, offs, P.TABLE_BLOCK, _table)
    text, offs = _sub(text, offs, P.TABLE_RULE, "")
    text, offs = _sub(text, offs, P.LABEL_ONLY_LINE, lambda m: m.group(0)[:-1] + " ")
    text, offs = _sub(text, offs, P.MARKUP_HEADING, "")
    text, offs = _sub(text, offs, P.ITALIC_LABEL, lambda m: m.group(1) + m.group(2) + " ")
    text, offs = _sub(text, offs, P.STAR_BULLET, "- ")
    text, offs = _sub(text, offs, P.MARKUP_EMPHASIS, "")
    text, offs = _sub(text, offs, P.STRAY_MARK, "")
    text, offs = _sub(text, offs, P.MARKUP_ITALIC, 1)
    text, offs = _sub(text, offs, _ESCAPE, 1)
    text, offs = _sub(text, offs, P.MULTI_SPACE, " ")
    text, offs = _sub(text, offs, _LINE_EDGE_SPACE, "")
    text, offs = _sub(text, offs, _BAR_LINE, "")
    text, offs = _sub(text, offs, P.CHAPTER_GLUED, _unglue_chapter)   # "Chương IQUY ĐỊNH CHUNG"
    text, offs = _sub(text, offs, P.CHAPTER_WRAP, lambda m: m.group(0)[:-1] + " ")   # "Chương\nIII", "Điều\n4. ..."
    src = offs   # this pass's offsets into the source, where the emphasis markup still is
    text, offs = _sub(text, offs, _LINE_BREAKS,
                      lambda m: _join_or_keep(m, hard_wrapped, lambda i: _emphasis_closes(raw, src[i])))
    return NormalizedText(text, offs)
