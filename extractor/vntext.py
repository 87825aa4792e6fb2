"""Vietnamese text folding for matching: same length in, same length out.

`fold(s)` lower-cases, moves old-style tone marks to the new position
("hoá" -> "hóa", "thuỷ" -> "thủy"), unifies dashes and the look-alike "Ð",
so that a match found in the folded text has the same character offsets in
the original. `strip_marks(s)` removes all diacritics for search keys
("cai nghiện" -> "cai nghien").
"""
from __future__ import annotations

import unicodedata

#: Old-style tone placement -> new style (the same table the scorer uses).
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_SINGLE = str.maketrans({
    "Ð": "đ", "ð": "đ", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "“": '"', "”": '"', "’": "'", "‘": "'",
})


def nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def _lower_same_length(s: str) -> str:
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def fold(s: str) -> str:
    """Lower-case, new tone placement, plain dashes; len(fold(s)) == len(s) for NFC input."""
    s = _lower_same_length(s).translate(_SINGLE)
    if any(p in s for p in ("oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ")):
        for old, new in _TONE_PAIRS.items():
            s = s.replace(old, new)
    return s


def modern_tones(s: str) -> str:
    """New-style tone placement, keeping case: "Uỷ ban" -> "Ủy ban", "Thanh Hoá" -> "Thanh Hóa"."""
    for old, new in _TONE_PAIRS.items():
        if old in s:
            s = s.replace(old, new)
        cap_old, cap_new = old[0].upper() + old[1:], new[0].upper() + new[1:]
        if cap_old in s:
            s = s.replace(cap_old, cap_new)
    return s


def strip_marks(s: str) -> str:
    """Remove every diacritic: "Công an tỉnh" -> "cong an tinh" (lower-cased)."""
    s = unicodedata.normalize("NFD", fold(nfc(s)))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d")


def ocr_key(s: str) -> str:
    """A loose comparison key for text read by OCR, which misreads marks and doubles letters: marks removed, a letter
    repeated in a row kept once, punctuation as spaces ("TỔ CHÚC THỤỰC HIỆN" and "Tổ chức thực hiện" -> "to chuc thuc hien")."""
    out: list[str] = []
    for c in strip_marks(s):
        c = c if c.isalnum() else " "
        if not (out and c == out[-1] and c.isalpha()):
            out.append(c)
    return " ".join("".join(out).split())


def squash(s: str) -> str:
    """A comparison key: folded, punctuation as spaces, single spaces."""
    out = []
    for c in fold(nfc(s)):
        out.append(c if c.isalnum() else " ")
    return " ".join("".join(out).split())
