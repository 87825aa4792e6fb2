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
    """2: every ASCII letter is a capital (two or more) in a word spelt with legacy codes ("HO¹CH", not "53/KH-BC§" nor "TNCS");
    1: one ASCII capital only; 0: otherwise."""
    letters = [c for c in word if c.isascii() and c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return 0
    if len(letters) >= 2:
        return 2 if any(not c.isascii() for c in word) and not any(c in "0123456789" for c in word) else 0
    return 1


def _restore_capitals(original: str, converted: str) -> str:
    """Old "H" fonts drew capitals from lower-case codes. A word whose ASCII letters are all capitals is a capital word
    ("MôC" -> "MỤC"), and so is a one-capital word next to one ("KÕ HO¹CH" -> "KẾ HOẠCH"); a line that opens with a
    toned vowel opens with a capital ("ñy ban" -> "Ủy ban"). TCVN3 maps one character to one, so positions align."""
    if len(original) != len(converted):
        return converted
    out = list(converted)
    from bisect import bisect

    breaks = [i for i, c in enumerate(original) if c == "\n"]
    tokens = [(m.start(), m.end(), _caps_word(m.group(0)), bisect(breaks, m.start()))
              for m in _TOKEN.finditer(original)]
    for k, (s, e, caps, line) in enumerate(tokens):
        near = any(0 <= j < len(tokens) and tokens[j][2] == 2 and tokens[j][3] == line for j in (k - 1, k + 1))
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


#: A hyphen touching a letter: in TCVN3 text it may be "ư" (code 0xAD, which a WinAnsi font and pdfium show as "-").
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-|-(?=[^\s\d.,;:!?()\[\]/\-])")


def _soft_hyphens(text: str, table: dict[int, str]) -> str:
    """TCVN3 spells "ư" with 0xAD, the soft hyphen, which a WinAnsi font draws and pdfium reads as "-": in a word
    where every hyphen read as "ư" makes Vietnamese syllables ("t-íng" -> "tướng", "nh-" -> "như") and the hyphens
    kept would not ("KH-UBND" stays), put the code back."""
    from .quality import is_syllable

    def fix(m: re.Match) -> str:
        token = m.group(0)
        if "-" not in token or not _HYPHEN_IN_WORD.search(token):
            return token
        as_u = token.replace("-", "\xad")
        words_u = _ALPHA_WORD.findall(as_u.translate(table).lower())
        if words_u and all(is_syllable(w) for w in words_u):
            return as_u
        return token

    return _TOKEN.sub(fix, text)


def _convert(text: str, encoding: str) -> str:
    """Convert with viparse's charmap; a one-to-one charmap (TCVN3) is applied by position so capitals can be restored."""
    cm, _ = _charmaps()[encoding]
    if all(len(src) == 1 and len(dst) == 1 for src, dst in cm.pairs):
        table = str.maketrans(dict(cm.pairs))
        if "\xad" in dict(cm.pairs):
            text = _soft_hyphens(text, table)
        return text.translate(table)
    import viparse

    return viparse.fix(text, encoding=encoding)


def _candidates(text: str) -> list[str]:
    """The encodings whose surface symbols are dense enough in the text to be worth a trial conversion."""
    sample = text[:200_000]
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return []
    out = []
    for name, (_, surface) in _charmaps().items():
        if sum(1 for c in sample if c in surface) >= max(5, letters // 40):
            out.append(name)
    if sum(1 for c in sample if c in _LOW_BYTE_SURFACE) >= max(3, letters // 200):
        out.append("lowbyte")
    return out


def repair(text: str) -> Repair:
    """Convert text from the legacy encoding that makes the most valid Vietnamese of it (quality.py), if any does
    better than the text as it is."""
    from .quality import measure

    names = _candidates(text)
    if not names:
        return Repair(text, None)
    before = measure(text[:50_000]).score
    best, best_score, best_name = text, before, None
    for name in names:
        if name == "lowbyte":
            converted = from_low_bytes(text)
        else:
            converted = _convert(text, name)
            if vietnamese_ratio(converted) <= vietnamese_ratio(text) or not _reads_as_vietnamese(converted):
                continue
            converted = _restore_capitals(text, converted)
        # Unicode text with a few Latin-1 signs ("104º45'", "Ø 20") is no legacy text: convert only what reads better
        score = measure(converted[:50_000]).score
        if score > best_score:
            best, best_score, best_name = converted, score, name
    return Repair(best, best_name)


# ------------------------------------------------------------------ low bytes
# Some PDF writers put each character's Unicode code point, cut to its low byte, into a WinAnsi font: "CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM" reads "CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM" (Ộ U+1ED8 -> Ø 0xD8, Ủ U+1EE6 -> æ 0xE6, Ĩ U+0128 ->
# "(" 0x28). Latin-1 letters (À, Ã, Ô) come through whole. Each byte may stand for several letters (0xC0: À or Ề), so a
# word is decoded to the reading that makes a Vietnamese syllable.

def _low_byte_table() -> dict[str, tuple[str, ...]]:
    letters = [c for c in _V + _V.upper() + "đĐ" if ord(c) > 0xFF]
    table: dict[str, list[str]] = {}
    for c in letters:
        table.setdefault(chr(ord(c) & 0xFF), []).append(c)
    return {k: tuple(v) for k, v in table.items()}


_LOW_BYTES = _low_byte_table()
#: Characters that only the low-byte form puts in Vietnamese text (not Vietnamese letters, not ASCII).
_LOW_BYTE_SURFACE = frozenset(k for k in _LOW_BYTES if not k.isascii() and k.lower() not in _VI_LETTERS
                              and k not in "\u00a0")


def _decode_word(word: str) -> str:
    from itertools import product

    from .quality import is_syllable

    options = [((c,) if c.isascii() and c.isalpha() and not (c in _LOW_BYTES and not is_syllable(word.lower()))
                else ((c,) if c.lower() in _VI_LETTERS else ()) + _LOW_BYTES.get(c, ()))
               or (c,) for c in word]
    if all(len(o) == 1 for o in options):
        return "".join(o[0] for o in options)
    n = 1
    for o in options:
        n *= len(o)
    if n > 256:
        return "".join(o[-1] for o in options)
    first = None
    for combo in product(*options):
        cand = "".join(combo)
        if first is None:
            first = cand
        letters = [w for w in _ALPHA_WORD.findall(cand.lower())]
        if letters and all(is_syllable(w) for w in letters):
            return cand
    return first or word


def from_low_bytes(text: str) -> str:
    """Undo the low-byte form: each word becomes the reading whose letters make Vietnamese syllables."""
    return _TOKEN.sub(lambda m: _decode_word(m.group(0)) if any(c in _LOW_BYTES for c in m.group(0)) else m.group(0), text)
