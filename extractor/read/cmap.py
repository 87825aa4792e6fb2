"""Fonts whose ToUnicode map sends some glyphs to wrong letters ("Kiểm tra" read "Kiêm tra", "chấp" read "chầp").

Such a font maps two of its glyphs to the same letter: the "ê" glyph and the "ể" glyph both say "ê". The page looks
right; its text layer does not. `glyph_fixes(data, pages)` finds those fonts in the PDF itself (two codes of one font
that map to one Vietnamese letter), reads where each of their glyphs stands on the page (pdfminer gives the code of
every glyph drawn), and learns, per glyph, the letter of its family (same base letter: ê ể ề ế ễ ệ e ...) that the
font has no other glyph for and that makes the words it stands in Vietnamese: every word a syllable (quality.py's
grammar, a stop final taking only the acute or the dot below), the most common ones (the syllables of underthesea's
Viet74K word list) first. It returns, per page, the letter to read at each such glyph's origin.
"""
from __future__ import annotations

import io
import math
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .quality import is_syllable

#: Letters whose glyphs may be mapped wrong (the Vietnamese vowels and their marked forms, both cases).
_FAMILY_LETTERS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
#: The most pages looked at for evidence.
_MAX_PAGES = 40


def _base(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[0]


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[str, ...]]:
    fam: dict[str, list[str]] = defaultdict(list)
    for c in _FAMILY_LETTERS:
        fam[_base(c)].append(c)
        fam[_base(c).upper()].append(c.upper())
    return {k: tuple(v) for k, v in fam.items()}


@lru_cache(maxsize=1)
def _syllable_counts() -> Counter:
    """How many words of underthesea's Viet74K list each syllable is part of (empty if the list is not there)."""
    counts: Counter = Counter()
    try:
        from importlib.util import find_spec

        spec = find_spec("underthesea")      # its folder, without importing the package (slow)
        path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
        counts.update(path.read_text(encoding="utf-8").lower().split())
    except Exception:   # pragma: no cover - the list is shipped with underthesea; without it validity alone decides
        pass
    return counts


_STOP = ("c", "ch", "p", "t")


def _fits(word: str) -> bool:
    """A Vietnamese syllable, strictly: a stop final (c, ch, p, t) takes the acute or the dot below, never no tone."""
    w = word.lower()
    if not is_syllable(w):
        return False
    if w.endswith(_STOP) and not w.isascii():
        marks = unicodedata.normalize("NFD", w)
        return "\u0301" in marks or "\u0323" in marks
    return True


def _word_score(word: str) -> float:
    if not _fits(word):
        return -2.0
    return 1.0 + math.log1p(_syllable_counts().get(word.lower(), 0))


class _Font:
    """A font of the PDF with duplicated letters in its ToUnicode map: code -> letter, and the codes that share one."""

    def __init__(self, cid2unichr: dict[int, str]):
        self.letters = {cid: u for cid, u in cid2unichr.items() if len(u) == 1 and u.isalpha()}
        by_letter: dict[str, list[int]] = defaultdict(list)
        for cid, u in self.letters.items():
            by_letter[u].append(cid)
        self.suspect = {cid for u, cids in by_letter.items() if len(cids) > 1 and u in _families().get(_base(u), ())
                        for cid in cids}
        self.unique = {u for u, cids in by_letter.items() if len(cids) == 1}


def _suspect_fonts(doc) -> bool:
    """Does any font of the document map two codes to one Vietnamese letter? (ToUnicode maps only: cheap.)"""
    from pdfminer.cmapdb import CMapParser, FileUnicodeMap
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    seen: set[int] = set()
    for k, page in enumerate(PDFPage.create_pages(doc)):
        if k >= _MAX_PAGES:
            break
        fonts = resolve1((page.resources or {}).get("Font")) or {}
        for ref in fonts.values():
            key = getattr(ref, "objid", id(ref))
            if key in seen:
                continue
            seen.add(key)
            spec = resolve1(ref) or {}
            tu = resolve1(spec.get("ToUnicode"))
            if tu is None or not hasattr(tu, "get_data"):
                continue
            cmap = FileUnicodeMap()
            try:
                CMapParser(cmap, io.BytesIO(tu.get_data())).run()
            except Exception:
                continue
            if _Font(cmap.cid2unichr).suspect:
                return True
    return False


def glyph_fixes(data: bytes, pages: list[int]) -> dict[int, dict[tuple[float, float], str]]:
    """{page: {(x, y) origin of a wrongly mapped glyph: the letter it draws}} for the given pages (1-based), or {}."""
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        if not _suspect_fonts(doc):
            return {}
    except Exception:
        return {}

    fonts: dict[int, _Font] = {}
    glyphs: list[tuple[int, float, float, float, int, int, str]] = []   # page, x, y, size, font, cid, text

    class Recorder(PDFTextDevice):
        page_no = 0

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            adv = font.char_width(cid) * fontsize * scaling
            f = fonts.get(id(font))
            if f is None:
                um = getattr(font, "unicode_map", None)
                f = fonts[id(font)] = _Font(dict(um.cid2unichr) if um is not None else {})
            text = f.letters.get(cid) or ""
            if not text:
                try:
                    text = font.to_unichr(cid)
                except Exception:
                    text = ""
            size = fontsize * (abs(matrix[3]) or abs(matrix[0]) or 1.0)
            glyphs.append((self.page_no, matrix[4], matrix[5], size, id(font), cid, text))
            return adv

    rsrc = PDFResourceManager(caching=True)
    device = Recorder(rsrc)
    interp = PDFPageInterpreter(rsrc, device)
    wanted = set(pages[:_MAX_PAGES])
    for k, page in enumerate(PDFPage.create_pages(doc), start=1):
        if k in wanted:
            device.page_no = k
            interp.process_page(page)
    keys = {(fid, cid) for _, _, _, _, fid, cid, _ in glyphs if fid in fonts and cid in fonts[fid].suspect}
    if not keys:
        return {}

    # words: runs of glyphs on one line with no space and no gap between them
    words: list[list[int]] = []
    cur: list[int] = []
    for i, (pg, x, y, size, fid, cid, text) in enumerate(glyphs):
        if cur:
            p = glyphs[cur[-1]]
            if pg != p[0] or abs(y - p[2]) > 0.5 * size or x < p[1] - 0.1 * size or x - p[1] > 1.2 * size:
                words.append(cur)
                cur = []
        if not text.strip() or not text.isalpha():
            if cur:
                words.append(cur)
            cur = []
            continue
        cur.append(i)
    if cur:
        words.append(cur)

    uses: dict[tuple[int, int], list[tuple[list[int], int]]] = defaultdict(list)
    for w in words:
        for pos, i in enumerate(w):
            g = glyphs[i]
            if (g[4], g[5]) in keys:
                uses[(g[4], g[5])].append((w, pos))

    learned: dict[tuple[int, int], str] = {}
    for key, occurrences in uses.items():
        font = fonts[key[0]]
        current = font.letters[key[1]]
        options = [c for c in _families().get(_base(current), ()) if c == current or c not in font.unique]

        def score(letter: str) -> float:
            total = 0.0
            for w, pos in occurrences:
                chars = [glyphs[i][6] for i in w]
                chars[pos] = letter
                total += _word_score("".join(chars))
            return total

        scores = {c: score(c) for c in options}
        best = max(scores, key=lambda c: (scores[c], c == current))
        if best != current and scores[best] > scores[current] + 0.5 * len(occurrences) ** 0.5:
            learned[key] = best

    out: dict[int, dict[tuple[float, float], str]] = defaultdict(dict)
    for pg, x, y, size, fid, cid, text in glyphs:
        letter = learned.get((fid, cid))
        if letter:
            out[pg][(round(x, 1), round(y, 1))] = letter
    return dict(out)


class Fixes:
    """Looks up the letter learned for a glyph drawn at an origin (to within half a point)."""

    def __init__(self, fixes: dict[tuple[float, float], str]):
        self._grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for (x, y), letter in fixes.items():
            self._grid[(round(x), round(y))].append((x, y, letter))

    def at(self, x: float, y: float) -> str | None:
        best, dist = None, 0.6
        for gx in (round(x) - 1, round(x), round(x) + 1):
            for gy in (round(y) - 1, round(y), round(y) + 1):
                for fx, fy, letter in self._grid.get((gx, gy), ()):
                    d = abs(fx - x) + abs(fy - y)
                    if d < dist:
                        best, dist = letter, d
        return best
