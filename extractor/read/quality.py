"""How much of a page's text is valid Vietnamese: the measure that decides whether a text layer is trusted.

`measure(text)` looks at every word (a run of letters) and counts the bad ones:

- **mojibake**: a letter outside the Vietnamese alphabet and outside ASCII ("CØNG", "HØI", "CHæNGH"), as a legacy
  .VnTime/VNI font read without its encoding gives;
- **invalid**: a word with Vietnamese marks that is no Vietnamese syllable: no onset/nucleus/final parse, two tone
  marks, or a tone a stop final cannot take ("chầp": a syllable ending in p, t, c, ch takes only the acute or the dot
  below), as a font that maps glyphs to wrong code points gives;
- **split**: a letter torn from its syllable ("C Ộ NG", "qu ản", "Nộ i"): two neighbours that make one syllable
  together where one of them is none, or a single letter;
- **doubled**: the same marked syllable twice in a row ("Nộ Nộ", "ản ản"), as overlapping duplicate glyphs give.

Plain ASCII words (acronyms, units, English, list labels "a)") are neither good nor bad evidence unless they take part
in a split. The score is 1 - bad / words; clean text scores 1.0, a page of mojibake near 0.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

_VI_LOWER = set("aăâbcdđeêghiklmnoôơpqrstuưvxy"
                "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_VOWELS = set("aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}

#: Vowel nuclei (with the glides written as vowels), toneless; longest first for the alternation.
_NUCLEI = sorted("""a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy
ưa ưi ưu ươ yê iêu oai oao oay oeo uây uôi ươi ươu uya uyê yêu uyu""".split(), key=len, reverse=True)
_ONSETS = "ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx]"
_SYLLABLE = re.compile(rf"(?:{_ONSETS})?(?:{'|'.join(_NUCLEI)})(?:ch|ng|nh|[cmnpt])?")
_STOP_FINAL = re.compile(r"(?:ch|[cpt])$")
_WORD = re.compile(r"[^\W\d_ºª\u02b0-\u02ff]+")   # º ª (104º45') are ordinals, ˆ ˇ modifier signs: not letters


def _strip_tone(word: str) -> tuple[str, list[str]]:
    """(the word without tone marks, the tone marks found); other marks (circumflex, breve, horn) stay."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [_TONES[c] for c in decomposed if c in _TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return base, tones


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Is the (lower-case) word a well-formed Vietnamese syllable, tone rules included?"""
    base, tones = _strip_tone(word)
    if len(tones) > 1 or not _SYLLABLE.fullmatch(base):
        return False
    if tones and _STOP_FINAL.search(base) and tones[0] not in ("acute", "dot"):
        return False
    return True


@dataclass(frozen=True)
class Quality:
    score: float          # 1 - bad / words (1.0 when there are no words)
    words: int
    mojibake: int
    invalid: int
    split: int
    doubled: int
    letters: int = 0
    syllables: float = 0.0  # share of words that are syllables (marked or not): a junk layer "xq zj wvk" is near 0

    @property
    def problem(self) -> str | None:
        """The main kind of damage, when there is any."""
        kinds = {"mojibake": self.mojibake, "invalid syllables": self.invalid, "split letters": self.split,
                 "doubled syllables": self.doubled}
        kind, n = max(kinds.items(), key=lambda kv: kv[1])
        return kind if n else None


@lru_cache(maxsize=65536)
def _kind(w: str) -> str:
    """"moji", "foreign", "ascii-ok"/"ascii" (no Vietnamese mark; a syllable or not), "ok"/"bad" (marked)."""
    if any(c not in _VI_LOWER and not c.isascii() and ord(c) < 0x370 for c in w):
        return "moji"          # a Latin letter outside the alphabet: legacy-font mojibake
    if any(ord(c) >= 0x370 and c not in _VI_LOWER for c in w):
        return "foreign"       # another script (Chinese in a bilingual treaty): no evidence either way
    if w.isascii() or not any(c in _VOWELS for c in w):   # ASCII, or an acronym without vowels ("nđ", "hđnd")
        return "ascii-ok" if is_syllable(w) else "ascii"
    return "ok" if is_syllable(w) else "bad"


def measure(text: str) -> Quality:
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    if not tokens:
        return Quality(1.0, 0, 0, 0, 0, 0, 0, 0.0)
    kinds = [_kind(w) for w, _, _ in tokens]
    bad = [k in ("moji", "bad") for k in kinds]
    split = [False] * len(tokens)
    doubled = 0
    for i in range(len(tokens) - 1):
        (a, _, ea), (b, sb, _) = tokens[i], tokens[i + 1]
        if text[ea:sb] != " " or kinds[i] == "moji" or kinds[i + 1] == "moji":
            continue
        if a == b and not a.isascii():
            doubled += 1
            bad[i + 1] = True
            continue
        fragment = kinds[i] in ("bad", "ascii") or kinds[i + 1] in ("bad", "ascii") or len(a) == 1 or len(b) == 1
        # one side must carry a Vietnamese mark (two ASCII words make no evidence: "A B", "in it")
        if fragment and not (a + b).isascii() and is_syllable(a + b):
            split[i] = split[i + 1] = True
    n_split = sum(1 for i, s in enumerate(split) if s and not bad[i])
    n_bad = sum(bad) + n_split
    syllables = sum(1 for k in kinds if k in ("ok", "ascii-ok"))
    return Quality(round(1 - n_bad / len(tokens), 4), len(tokens), kinds.count("moji"),
                   kinds.count("bad"), n_split, doubled, sum(len(w) for w, _, _ in tokens),
                   round(syllables / len(tokens), 4))
