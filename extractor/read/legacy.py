"""Legacy Vietnamese encodings (TCVN3/ABC ".VnTime", VNI, VISCII) in text that claims to be Unicode.

`repair(text)` finds text written in a pre-Unicode Vietnamese encoding (read
as Latin-1/Windows-1252, or extracted from a PDF whose font maps its glyphs
that way: "Thùc hiÖn ChØ thÞ" is "Thực hiện Chỉ thị") and converts it with
viparse's charmaps. Capitals that the old "H" fonts (.VnTimeH) drew from
lower-case codes are restored for words written in capitals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Characters of the Vietnamese alphabet (lower case) — text made of them is already Unicode Vietnamese.
_VI_LETTERS = set("aăâbcdđeêghiklmnoôơpqrstuưvxyfjzw"
                  "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
#: A word (letters and the Latin-1 symbols legacy encodings use for letters).
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]/\-–\"“”'%+*|]+")


@dataclass(frozen=True)
class Repair:
    text: str
    encoding: str | None     # the legacy encoding converted from, or None when the text was fine


_V = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
#: One Vietnamese syllable: onset consonant(s), one to three vowels, a closing consonant ("nghiệp", "trường", "quốc").
_SYLLABLE = re.compile(rf"(?:ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx])?[{_V}]{{1,3}}(?:ch|ng|nh|[cmnpt])?")
_ALPHA_WORD = re.compile(r"[^\W\d_]+")


def syllable_ratio(text: str) -> float:
    """Share of words that are well-formed Vietnamese syllables: "xq zj wvk" (a junk text layer) scores near 0."""
    words = _ALPHA_WORD.findall(text.lower()[:20_000])
    if not words:
        return 0.0
    return sum(1 for w in words if _SYLLABLE.fullmatch(w)) / len(words)


def vietnamese_ratio(text: str) -> float:
    """Share of letters that belong to the Vietnamese alphabet (1.0 for clean text)."""
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return 1.0
    return sum(c in _VI_LETTERS for c in letters) / len(letters)


@lru_cache(maxsize=1)
def _charmaps():
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS

    out = {}
    for name, cm in AUTO_DETECT_CHARMAPS.items():
        surface = {ch for src, _ in cm.pairs for ch in src if ch.lower() not in _VI_LETTERS and not ch.isascii()}
        out[name] = (cm, frozenset(surface))
    return out


def detect(text: str) -> str | None:
    """The legacy encoding the text is most likely in, or None."""
    sample = text[:200_000]
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return None
    best, best_hits = None, 0
    for name, (_, surface) in _charmaps().items():
        hits = sum(1 for c in sample if c in surface)
        if hits > best_hits:
            best, best_hits = name, hits
    # legacy text is dense in its surface symbols (several per hundred letters)
    if best is None or best_hits < max(5, letters // 40):
        return None
    return best


#: Very common Vietnamese syllables: converted text must contain several of them.
_COMMON = re.compile(r"(?<!\w)(?:của|và|các|được|trong|những|cho|với|thực|hiện|tỉnh|công|tác|năm|người|theo|về|này)(?!\w)", re.I)


def _reads_as_vietnamese(text: str) -> bool:
    sample = text[:50_000]
    words = max(1, len(sample.split()))
    return len(_COMMON.findall(sample)) >= max(2, words // 50)


_TONED_VOWELS = set("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơư")
#: A run of non-space characters (a word with its punctuation).
_TOKEN = re.compile(r"\S+")


def _caps_word(word: str) -> int:
    """2: every ASCII letter is a capital (two or more); 1: one ASCII capital only; 0: otherwise."""
    letters = [c for c in word if c.isascii() and c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return 0
    return 2 if len(letters) >= 2 else 1


def _restore_capitals(original: str, converted: str) -> str:
    """Old "H" fonts drew capitals from lower-case codes. A word whose ASCII letters are all capitals is a capital word
    ("MôC" -> "MỤC"), and so is a one-capital word next to one ("KÕ HO¹CH" -> "KẾ HOẠCH"); a line that opens with a
    toned vowel opens with a capital ("ñy ban" -> "Ủy ban"). TCVN3 maps one character to one, so positions align."""
    if len(original) != len(converted):
        return converted
    out = list(converted)
    tokens = [(m.start(), m.end(), _caps_word(m.group(0))) for m in _TOKEN.finditer(original)]
    for k, (s, e, caps) in enumerate(tokens):
        near = (k > 0 and tokens[k - 1][2] == 2) or (k + 1 < len(tokens) and tokens[k + 1][2] == 2)
        if caps == 2 or (caps == 1 and near and e - s > 1):
            out[s:e] = converted[s:e].upper()
    text = "".join(out)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.lstrip(" -+•*#")
        lead = len(line) - len(stripped)
        if stripped[:1] in _TONED_VOWELS:
            lines[i] = line[:lead] + stripped[:1].upper() + stripped[1:]
    return "\n".join(lines)


def _convert(text: str, encoding: str) -> str:
    """Convert with viparse's charmap; a one-to-one charmap (TCVN3) is applied by position so capitals can be restored."""
    cm, _ = _charmaps()[encoding]
    if all(len(src) == 1 and len(dst) == 1 for src, dst in cm.pairs):
        return text.translate(str.maketrans(dict(cm.pairs)))
    import viparse

    return viparse.fix(text, encoding=encoding)


def repair(text: str) -> Repair:
    encoding = detect(text)
    if encoding is None:
        return Repair(text, None)
    converted = _convert(text, encoding)
    if vietnamese_ratio(converted) <= vietnamese_ratio(text) or not _reads_as_vietnamese(converted):
        return Repair(text, None)
    converted = _restore_capitals(text, converted)
    # Unicode text with a few Latin-1 signs ("104º45'", "Ø 20") is no legacy text: convert only what reads better
    from .quality import measure

    if measure(converted[:50_000]).score <= measure(text[:50_000]).score:
        return Repair(text, None)
    return Repair(converted, encoding)
