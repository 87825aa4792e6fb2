"""Word list numbering: the "1.", "a)", "-" that Word prints before a paragraph from its list definition.

In a DOCX (and a .doc LibreOffice converts) the numbers of numbered paragraphs are not in the text: the paragraph
carries `w:numPr` (a list instance `numId` and a level `ilvl`), directly or through its paragraph style, and
`numbering.xml` says how each level prints (`w:numFmt`, `w:lvlText` such as "%1." or "%1.%2.", `w:start`).
`ListNumbering(document).label(paragraph_element)` counts the paragraphs of each list as Word does and returns the
label as printed ("2.", "b)", "-"), or "" for a paragraph that is not numbered.
"""
from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
#: bullet glyphs as printed text: a dash or plus stays; any other glyph (Symbol/Wingdings dots, squares) is a dash,
#: the bullet the extractor's grammar of items reads
_KEEP_BULLETS = "-+–"


def _val(el, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return child.get(f"{_W}val") if child is not None else None


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word's letter lists: a..z, then aa, bb, ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _format(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class ListNumbering:
    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # numId -> ilvl -> (numFmt, lvlText, start)
        self.styles: dict[str, tuple[str, int]] = {}                     # paragraph style id -> (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.findall(f"{_W}abstractNum")}
            for num in numbering.findall(f"{_W}num"):
                a = abstract.get(_val(num, "abstractNumId"))
                if a is None:
                    continue
                levels = {}
                for lvl in a.findall(f"{_W}lvl"):
                    levels[int(lvl.get(f"{_W}ilvl", "0"))] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                                             int(_val(lvl, "start") or 1))
                for over in num.findall(f"{_W}lvlOverride"):
                    i, start = int(over.get(f"{_W}ilvl", "0")), _val(over, "startOverride")
                    if start is not None and i in levels:
                        levels[i] = (*levels[i][:2], int(start))
                self.levels[num.get(f"{_W}numId")] = levels
        try:
            styles = document.styles.element
        except AttributeError:
            styles = None
        if styles is not None:
            for st in styles.findall(f"{_W}style"):
                numpr = st.find(f"{_W}pPr/{_W}numPr")
                if numpr is not None and _val(numpr, "numId"):
                    self.styles[st.get(f"{_W}styleId")] = (_val(numpr, "numId"), int(_val(numpr, "ilvl") or 0))

    def _num_of(self, p) -> tuple[str, int] | None:
        ppr = p.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        style = _val(ppr, "pStyle")
        by_style = self.styles.get(style) if style else None
        if numpr is not None and _val(numpr, "numId") is not None:
            ilvl = _val(numpr, "ilvl")
            return _val(numpr, "numId"), int(ilvl) if ilvl is not None else (by_style[1] if by_style else 0)
        return by_style

    def label(self, p) -> str:
        """The label Word prints before paragraph element P ("" when it is not numbered); counts P in its list."""
        num = self._num_of(p)
        if not num or num[0] == "0" or num[0] not in self.levels:
            return ""
        num_id, ilvl = num
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        fmt, text, start = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            glyph = text.strip()
            return glyph if glyph and glyph in _KEEP_BULLETS else "-"
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        def level_number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if k not in levels:
                return ""
            k_fmt, _, k_start = levels[k]
            return _format(counts.get(k, k_start), "decimal" if k != ilvl and k_fmt == "none" else k_fmt)

        return re.sub(r"%([1-9])", level_number, text).strip()
