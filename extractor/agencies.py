"""Agency recognition: find the name of a body at a position and resolve it.

`AgencyRegistry.match_at(text, folded, pos)` returns the longest agency
mention starting at `pos` (registry spellings, with `{province}` forms), or
None. `parse_agency_list` reads a list of agencies ("Sở Y tế, Sở Công thương;
UBND các huyện, thành phố", "các sở: Công Thương, Y tế, Tài chính").
Matching runs on the folded text (same offsets as the original), so old and
new tone placement, case and dash variants all match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from . import patterns as P
from .lexicon import Agency, Lexicon, load_lexicon
from .vntext import fold, squash, strip_marks

#: Characters allowed between two words of an agency name: "Lao động - Thương binh", "LĐ-TB&XH", "Văn hóa, Thể thao".
_WORD_GAP = r"[\s,\-&.]*\s*"
_PROVINCE = "{province}"


@dataclass(frozen=True)
class AgencyHit:
    start: int
    end: int
    agency: Agency | None          # None: not in the registry
    written: str                   # as printed in the text

    @property
    def name(self) -> str:
        return self.agency.name if self.agency else self.written

    @property
    def registered(self) -> bool:
        return self.agency is not None


def _spelling_regex(spelling: str, province_alt: str) -> str:
    words = squash(spelling.replace(_PROVINCE, " PROVINCEPLACEHOLDER ")).split()
    parts = [province_alt if w == "provinceplaceholder" else re.escape(w) for w in words]
    return _WORD_GAP.join(parts)


class AgencyRegistry:
    """The agency lexicon compiled for matching (build once via `default_registry()`)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.agencies = lexicon.agencies
        provinces = [squash(n) for n in lexicon.province_names()]
        province_alt = "(?:" + "|".join(_WORD_GAP.join(map(re.escape, p.split())) for p in provinces) + ")"
        self._province_key = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in provinces) + r")\b")
        #: A province after a name: "Sở Y tế tỉnh Thái Bình", "Công an thành phố Hải Phòng".
        self._province_suffix = re.compile(r"\s+(?:(?:tỉnh|thành phố)\s+)?" + province_alt + r"(?![\w])")
        self._by_key: dict[str, Agency] = {}
        by_first: dict[str, list[tuple[int, str]]] = {}
        for a in self.agencies:
            for s in (a.name, *a.spellings):
                key = squash(s.replace(_PROVINCE, " xprovincex ")).replace("xprovincex", _PROVINCE)
                self._by_key.setdefault(key, a)
                rx = _spelling_regex(s, province_alt)
                first = key[0]
                by_first.setdefault(first, []).append((len(key), rx))
        self._first: dict[str, re.Pattern] = {}
        for ch, items in by_first.items():
            items.sort(key=lambda t: -t[0])
            self._first[ch] = re.compile("(?:" + "|".join(rx for _, rx in items) + r")(?![\w])")
        self._heads = sorted((fold(h) for h in lexicon.agency_heads), key=len, reverse=True)
        self._verbs = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(fold(v)) for v in sorted(lexicon.task_verbs, key=len, reverse=True)) + r")(?![\w])"
        )
        #: without diacritics, for names typed without them ("so y te"): a last resort in `lookup`
        self._by_plain: dict[str, Agency] = {}
        for key, a in self._by_key.items():
            self._by_plain.setdefault(strip_marks(key), a)
        self._names = [a.name for a in self.agencies]
        self._name_keys = [squash(a.name) for a in self.agencies]

    # -------------------------------------------------------------- lookup
    def lookup(self, written: str) -> Agency | None:
        """Resolve a written name to a registry entry: exact key, then province form, then fuzzy."""
        key = squash(written)
        if not key:
            return None
        a = self._by_key.get(key)
        if a:
            return a
        pkey = self._province_key.sub(_PROVINCE, key)
        a = self._by_key.get(pkey) or self._by_key.get(pkey.replace("tỉnh " + _PROVINCE, _PROVINCE))
        if a:
            return a
        stripped = re.sub(r"\s+(?:tỉnh\s+)?\{province\}$", " tỉnh", pkey)
        a = self._by_key.get(stripped)
        if a:
            return a
        best = process.extractOne(key, self._name_keys, scorer=fuzz.ratio, score_cutoff=93)
        if best:
            return self.agencies[best[2]]
        return self._by_plain.get(strip_marks(key))

    def canonical(self, written: str) -> str:
        a = self.lookup(written)
        return a.name if a else canonical_unregistered(written, self._province_key)

    # ------------------------------------------------------------- matching
    def match_at(self, text: str, folded: str, pos: int, prefix: str = "") -> AgencyHit | None:
        """The longest registry agency whose name starts exactly at `pos`."""
        if pos >= len(folded):
            return None
        probe = fold(prefix) + folded[pos:pos + 160] if prefix else folded
        at = 0 if prefix else pos
        rx = self._first.get(probe[at])
        if rx is None:
            return None
        m = rx.match(probe, at)
        if not m:
            return None
        end = pos + (m.end() - len(prefix)) if prefix else m.end()
        if end <= pos:
            return None
        written = text[pos:end]
        agency = self.lookup(prefix + written) or self.lookup(written)
        if agency is None:
            return None
        return AgencyHit(pos, end, agency, prefix + written if prefix else written)

    def province_suffix_end(self, folded: str, pos: int) -> int:
        """Where a province name written right after an agency ends (pos when there is none)."""
        m = self._province_suffix.match(folded, pos)
        return m.end() if m else pos

    def starts_with_head(self, folded: str, pos: int) -> bool:
        for h in self._heads:
            if folded.startswith(h, pos) and (pos + len(h) >= len(folded) or not folded[pos + len(h)].isalnum()):
                return True
        return False

    def verb_at_or_after(self, text: str, folded: str, pos: int, limit: int) -> int | None:
        """The first task verb (written in lower case: "Ban Quản lý ..." is a name) in [pos, limit)."""
        for m in self._verbs.finditer(folded, pos, limit):
            if text[m.start()].islower():
                return m.start()
        return None


def name_end_by_pos(text: str) -> int | None:
    """Where an agency name at the start of `text` ends, by underthesea's POS tags: the first verb written in lower
    case ("Trung tâm Kiểm soát bệnh tật tỉnh | tổ chức xét nghiệm"). Used only for names the registry lacks, on a
    short span (underthesea tags ~15k characters/s)."""
    try:
        from underthesea import pos_tag
    except Exception:  # pragma: no cover - underthesea is a dependency; degrade rather than fail
        return None
    span = text[:160]
    try:
        tags = pos_tag(span)
    except Exception:  # pragma: no cover
        return None
    pos = 0
    for i, (word, tag) in enumerate(tags):
        k = span.find(word, pos)
        if k == -1:
            return None
        if i > 0 and tag == "V" and word[:1].islower():
            return k
        pos = k + len(word)
    return None


def canonical_unregistered(written: str, province_key: re.Pattern | None = None) -> str:
    """The canonical form of a name not in the registry: full words, province name replaced by 'tỉnh'."""
    s = " ".join(written.replace("UBND", "Ủy ban nhân dân").split()).strip(" ,;:.-")
    s = P.TRAILING_PAREN.sub("", s)
    return s


@lru_cache(maxsize=1)
def default_registry() -> AgencyRegistry:
    return AgencyRegistry(load_lexicon())


# ------------------------------------------------------------------ lists

def _skip_paren(text: str, pos: int) -> int:
    """If a parenthetical starts at pos (after spaces), return the position after it (balanced)."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] != "(":
        return pos
    depth = 0
    limit = min(len(text), i + 2000)
    while i < limit:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return pos


def parse_agency_list(
    reg: AgencyRegistry, text: str, folded: str, pos: int, *, allow_department_names: bool = False
) -> tuple[list[AgencyHit], int, list[tuple[int, int]]]:
    """Read agencies separated by ',', ';', 'và' from `pos`.

    Returns (hits, end, parentheticals): end is where the list stops; collective groups are
    included (the caller decides whether they count); parentheticals right after an item are
    skipped and returned so the caller can look inside them.
    """
    hits: list[AgencyHit] = []
    parens: list[tuple[int, int]] = []
    i = pos
    dept_mode = allow_department_names
    m = P.DEPARTMENT_LIST_INTRO.match(folded, i)
    if m:
        i = m.end()
        dept_mode = True
    end = pos
    while i < len(text):
        hit = reg.match_at(text, folded, i)
        if hit is None and dept_mode:
            hit = reg.match_at(text, folded, i, prefix="Sở ")
        if hit is None:
            break
        hits.append(hit)
        if hit.written.lower().startswith("ngành "):
            dept_mode = True
        i = reg.province_suffix_end(folded, hit.end)
        q = P.AGENCY_QUALIFIER.match(folded, i)
        if q:
            i = q.end()
        j = _skip_paren(text, i)
        if j != i:
            parens.append((i, j))
            i = j
        end = i
        s = P.AGENCY_LIST_SEP.match(folded, i)
        if not s or s.end() == i:
            break
        i = s.end()
    return hits, end, parens
