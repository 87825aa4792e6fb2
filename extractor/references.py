"""Whom a letter's short names and addressee words stand for.

A letter names a body once in full and then by a short name it defines ("Công ty cổ phần Mông Sơn (sau đây gọi tắt
là Công ty)"), or names its addressees by a word for them: the head word of their names ("Đề nghị Công ty ..." in a
letter to "Công ty cổ phần Mông Sơn"), or a word of `addressee_refs` ("Quý Công ty", "đơn vị nêu trên"). Such a name
ends where the word ends (`reference_end`), counts as a named body (`refers`), and `resolve` gives the task the bodies
it stands for (the word as printed stays in `written`, the body in `refers_to`).

The addressees are the bodies after "Kính gửi:"; a notice without that line is sent to the outside bodies at the
head of its "Nơi nhận:" list (not "Như trên", the archive, the issuer's own leaders or a body sent it to report to).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .agencies import AgencyHit, AgencyRegistry
from .vntext import fold

#: "(sau đây gọi tắt là Công ty)", "(sau đây viết tắt là Sở)", "(gọi tắt là Ban Quản lý)".
_DEFINITION = re.compile(r"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s*:?\s*[\"“]?"
                         r"(?P<short>[^()\"“”\n]{2,40}?)[\"”]?\s*\)")
#: How many words before the definition its full name may start.
_NAME_WORDS = 14
#: "Kính gửi:" and the names on its line and on the "- ...;" lines under it.
_TO = re.compile(r"^[\s*_|]*Kính gửi[\s*_]*:[\s*_]*(?P<first>[^\n]*)(?P<more>(?:\n[\s*_]*[-–+][^\n]+)*)", re.M)
#: "Nơi nhận:" and the "- ...;" lines under it.
_RECIPIENTS = re.compile(r"^[\s*_|]*(?:Nơi nhận|NƠI NHẬN)[\s*_]*:[\s*_]*(?P<first>[^\n]*)(?P<more>(?:\n[\s*_]*[-–+•][^\n]+)*)", re.M)


def own_recipient(entry: str) -> bool:
    """A "Nơi nhận" entry that is no addressee (data/letter_phrases.yaml): "Như trên", "Lưu: VT", the issuer's own
    leaders ("Ban Giám đốc Sở"), a body sent the text to report to or to work with ("UBND tỉnh (báo cáo)")."""
    from .assignments import letter_voice   # assignments reads this module

    voice = letter_voice()
    return bool(voice.own_recipients.match(entry) or voice.recipient_purposes.match(entry))


@lru_cache(maxsize=8)
def defined_names(reg: AgencyRegistry, text: str) -> tuple[tuple[str, str], ...]:
    """The short names a document defines for bodies it names in full: "Công ty cổ phần Mông Sơn (sau đây gọi tắt là
    Công ty)" -> ("công ty", "Công ty cổ phần Mông Sơn"), longest short name first. The full name is the stretch
    before the parenthesis that opens with the short name and a body's head word; a definition of anything else
    ("vật liệu nổ công nghiệp (sau đây gọi tắt là VLNCN)") or whose full name is not found is left out."""
    folded = fold(text)
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        short = " ".join(m.group("short").split()).strip(" ,.;:")
        key = fold(short)
        if not short[:1].isupper() or key in out:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        full = None
        for w in list(re.finditer(r"\S+", text[line_start:m.start()]))[-_NAME_WORDS:]:
            at = line_start + w.start()
            if folded.startswith(key, at) and reg.starts_with_head(folded, at):
                full = " ".join(text[at:m.start()].split()).strip(" ,;")
        if full and fold(full) != key:
            out[key] = full
    return tuple(sorted(out.items(), key=lambda x: -len(x[0])))


def _names(block: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for piece in re.split(r"(;|\n)", block):
        if piece not in (";", "\n"):
            name = piece.strip(" -–+•*_.,")
            if name:
                out.append((pos + piece.index(name), name))
        pos += len(piece)
    return out


@lru_cache(maxsize=8)
def addressees(reg: AgencyRegistry, text: str) -> tuple[AgencyHit, ...]:
    """The bodies the document is sent to: its "Kính gửi:" list, else the outside bodies of its "Nơi nhận:" list
    (a notice to the units it inspected: "- Công ty CP XD Giao thông Yên Bái; - Tổng công ty xây dựng Trường Sơn;
    - Ban Giám đốc Sở; - Lưu: VT"), each resolved by the registry or kept as written."""
    folded = fold(text)
    m = _TO.search(text)
    own = m is not None
    if m is None:
        found = list(_RECIPIENTS.finditer(text))
        m = found[-1] if found else None
    if m is None:
        return ()
    hits: list[AgencyHit] = []
    base = m.start("first")
    for at, name in _names(text[base:m.end("more")]):
        s = base + at
        if len(name) > 160 or re.search(r"\d{3,}", name) or not name[:1].isupper():
            continue
        if not own and (own_recipient(name) or not reg.starts_with_head(folded, s)):
            continue
        h = reg.match_at(text, folded, s, titles=True)
        if h is not None and h.registered and h.end >= s + len(name) - 1:
            hits.append(h)
        elif reg.starts_with_head(folded, s) or own:
            hits.append(AgencyHit(s, s + len(name), None, " ".join(name.split())))
    return tuple(hits)


def _head_of(reg: AgencyRegistry, word: str) -> bool:
    """A body's head word standing alone ("Công ty", "Hội", "Sở"): the word for a body of that kind."""
    f = fold(word)
    return reg.starts_with_head(f, 0) and any(f == h for h in reg.head_words())


def _of_kind(kind: str, hits: tuple[AgencyHit, ...]) -> list[AgencyHit]:
    """The addressees whose names open with the head word `kind` ("Công ty" also after "Tổng": "Tổng công ty Xây
    dựng Trường Sơn"; not "Ban" in "Ủy ban ...")."""
    out = []
    for h in hits:
        name = " ".join(fold(h.name).split())
        if name.startswith(kind + " ") or name.startswith("tổng " + kind + " "):
            out.append(h)
    return out


def reference_end(reg: AgencyRegistry, text: str, folded: str, pos: int) -> int | None:
    """Where a word that stands for a body ends when one starts at `pos` and the text does not go on with that body's
    full name: a defined short name ("Công ty" of "Công ty cổ phần Mông Sơn"), an addressee word ("Quý Công ty",
    "đơn vị nêu trên"), or the head word of the addressees' names ("Công ty hiệu chỉnh ..." in a letter to one)."""
    for short, full in defined_names(reg, text):
        end = pos + len(short)
        if folded.startswith(short, pos) and (end >= len(folded) or not folded[end].isalnum()) \
                and not folded.startswith(fold(full), pos):
            return end
    ref = reg.addressee_ref(folded, pos)
    if ref is not None:
        return ref
    to = addressees(reg, text)
    if not text[pos:pos + 1].isupper():
        return None   # a name opens with a capital ("ban hành" is a verb, "Ban" a body)
    for kind in reg.head_words():
        end = pos + len(kind)
        if folded.startswith(kind, pos) and _stands_alone(text, end):
            if _of_kind(kind, to) and not any(folded.startswith(fold(h.name), pos) for h in to):
                return end
            return None
    return None


def _stands_alone(text: str, end: int) -> bool:
    """A head word used alone, its verb after it ("Công ty | gửi hồ sơ về ..."), not the start of a name ("Công ty |
    cổ phần Xây dựng ...", "Công ty | TNHH Hiệp Phú"): the next three words are in lower case."""
    if end >= len(text) or text[end] != " ":
        return False
    nxt = text[end:end + 60].split()[:3]
    return bool(nxt) and all(not w[:1].isalpha() or w[:1].islower() for w in nxt)


def _referents(reg: AgencyRegistry, text: str, h: AgencyHit) -> list[AgencyHit] | None:
    if h.registered or h.refers_to:
        return None
    key = fold(" ".join(h.written.split()))
    for short, full in defined_names(reg, text):
        if key == short:
            return [replace(h, agency=reg.lookup(full), refers_to=full)]
    to = addressees(reg, text)
    if not to:
        return None
    word = reg.addressee_ref(key, 0)
    if word is not None and word >= len(key):
        kind = key[4:] if key.startswith("quý ") else ""
        chosen = (_of_kind(kind, to) if kind and _head_of(reg, kind) else []) or list(to)
    elif _head_of(reg, key):
        chosen = _of_kind(key, to)
    else:
        return None
    if not chosen:
        return None
    return [replace(h, agency=a.agency, refers_to=None if a.agency else a.name) for a in chosen]


def refers(reg: AgencyRegistry, text: str, h: AgencyHit) -> bool:
    """Whether an unregistered name is a word that stands for named bodies (a defined short name, the addressees)."""
    return _referents(reg, text, h) is not None


def resolve(reg: AgencyRegistry, text: str, hits: tuple[AgencyHit, ...]) -> tuple[AgencyHit, ...]:
    """The hits with each word that stands for bodies replaced by those bodies."""
    out: list[AgencyHit] = []
    for h in hits:
        for r in _referents(reg, text, h) or [h]:
            if all(r.name != x.name for x in out):
                out.append(r)
    return tuple(out)

