"""Stage 3b: the plan's own metadata.

`find_metadata(text, layout, lexicon, registry)` reads the header (issuing
body, "Số: 53/KH-UBND", place and date), the type line and trích yếu, the
opening sentence (who issues: "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch")
and the footer (recipients, signing authority, signer).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .blocks import Block
from .lexicon import Lexicon
from .structure import Layout
from .vntext import fold, modern_tones


@dataclass
class MetaHit:
    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    province: str | None = None
    place: str | None = None
    issued_date: str | None = None
    title: str | None = None
    signer: str | None = None
    signing_mode: str | None = None
    signing_authority: str | None = None
    signer_position: str | None = None
    recipients: list[str] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


_ABBREV = [(re.compile(r"\bUBND\b"), "Ủy ban nhân dân"), (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
           (re.compile(r"\bMTTQ\b"), "Mặt trận Tổ quốc"), (re.compile(r"\bBCĐ\b"), "Ban Chỉ đạo")]


def expand_abbreviations(s: str) -> str:
    for rx, full in _ABBREV:
        s = rx.sub(full, s)
    return s


def _province_in(s: str, lex: Lexicon) -> str | None:
    f = fold(s)
    forms = lex.province_by_form()
    for form in sorted(forms, key=len, reverse=True):
        if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", f):
            return forms[form].name
    return None


def _sentence_case(upper: str, lex: Lexicon) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH" -> "Ủy ban nhân dân tỉnh Thái Bình"."""
    s = " ".join(upper.split())
    low = modern_tones(s.lower())
    out = low[:1].upper() + low[1:]
    for p in sorted({n for pr in lex.provinces for n in (pr.name, *pr.spellings)}, key=len, reverse=True):
        out = re.sub(r"(?<![\w])" + re.escape(p.lower()) + r"(?![\w])", p, out)
    return out


def _issuer_from_header(text: str, header: list[Block], lex: Lexicon) -> tuple[str | None, tuple[int, int] | None]:
    """The upper-case words of the left header column, before the number and the place/date."""
    chunks: list[str] = []
    first = last = None
    for b in header:
        line = b.text(text)
        cut = len(line)
        for rx in (P.NUMBER_LINE, P.PLACE_DATE):
            m = rx.search(line)
            if m:
                cut = min(cut, m.start())
        chunks.append(line[:cut])
        first = b.start if first is None else first
        last = b.end
        if cut < len(line):
            break
    # the national motto may be split over lines ("CỘNG\nHÒA XÃ HỘI ..."): remove it from the joined header
    joined = P.NATIONAL_MOTTO.sub(" ", " ".join(chunks))
    words = [w for w in joined.replace("|", " ").split() if w.strip("*-_")]
    upper = " ".join(w for w in words if w.isupper() or not any(c.isalpha() for c in w))
    if not upper.strip():
        return None, None
    return _sentence_case(expand_abbreviations(upper), lex), (first, last)


def _issuer_from_opening(text: str, preamble: list[Block]) -> tuple[str | None, tuple[int, int] | None]:
    for b in preamble:
        line = b.text(text)
        # the issuing clause is the last "<subject> ban hành Kế hoạch" of the opening
        for m in reversed(list(P.ISSUES_VERB.finditer(line))):
            head = line[:m.start()]
            bounds = [0] + [x.end() for x in P.CLAUSE_BOUNDARY.finditer(head) if x.end() > 0]
            for k in reversed(bounds):
                cand = head[k:].strip()
                if P.ISSUER_HEAD.match(cand):
                    cand = P.TRAILING_PAREN.sub("", cand)
                    cand = cand[:1].upper() + cand[1:]
                    return expand_abbreviations(cand), (b.start + k, b.start + m.start())
    return None, None


def _signature(text: str, footer: list[Block], meta: MetaHit) -> None:
    positions: list[str] = []
    for b in footer:
        line = b.text(text).strip()
        m = P.SIGNING_PREFIX.match(line)
        if m:
            meta.signing_mode = m.group("mode").replace("/", "") + "."
            meta.signing_authority = m.group("office").strip()
            continue
        if P.POSITION_LINE.match(line) and not line.startswith("-") and not line.lower().startswith("lưu"):
            positions.append(line)
    names = [b for b in footer if P.PERSON_NAME.match(b.text(text).strip()) and not b.text(text).startswith("-")]
    if names:
        b = names[-1]
        meta.signer = P.PERSON_NAME.match(b.text(text).strip()).group("name")
        meta.spans["signer"] = (b.start, b.end)
    elif positions:
        # an all-caps name after the position lines: "NGUYỄN VĂN AN"
        for b in reversed(footer):
            line = b.text(text).strip()
            m = P.PERSON_NAME_CAPS.match(line)
            if m and not P.POSITION_WORDS.match(line) and not P.SIGNING_PREFIX.match(line) and "UBND" not in line:
                meta.signer = " ".join(w[:1] + w[1:].lower() for w in m.group("name").split())
                meta.spans["signer"] = (b.start, b.end)
                positions = [p for p in positions if p != line]
                break
    if positions:
        meta.signer_position = positions[-1]


def _recipients(text: str, footer: list[Block]) -> list[str]:
    out: list[str] = []
    on = False
    for b in footer:
        line = b.text(text).strip()
        m = P.RECIPIENTS_LABEL.match(line)
        if m:
            on = True
            rest = m.group("rest").strip()
            if rest:
                out.append(rest.strip(" -;.,"))
            continue
        if on:
            if not line.startswith(("-", "+", "•")):
                break
            item = line.lstrip("-+• ").rstrip(" ;.,")
            if item:
                out.append(item)
            if item.lower().startswith("lưu"):
                break
    return out


def find_metadata(text: str, layout: Layout, lex: Lexicon) -> MetaHit:
    meta = MetaHit()
    for b in layout.header + layout.title[:0]:
        line = b.text(text)
        m = P.NUMBER_LINE.search(line)
        if m and meta.number is None:
            meta.number = f"{m.group('num')}{m.group('sep')}{m.group('sym')}".replace("Ð", "Đ")
            meta.spans["number"] = (b.start, b.end)
        d = P.PLACE_DATE.search(line)
        if d and meta.issued_date is None:
            y, mo, da = int(d.group("y")), int(d.group("m")), int(d.group("d"))
            if 1 <= mo <= 12 and 1 <= da <= 31:
                meta.issued_date = f"{y:04d}-{mo:02d}-{da:02d}"
            meta.place = d.group("place").strip()
            meta.spans["issued_date"] = (b.start, b.end)
    if layout.type_block is not None:
        word = layout.type_block.text(text).strip(" *#")
        t = lex.doc_type_by_word().get(fold(word))
        meta.doc_type = t.code if t else None
        meta.spans["doc_type"] = (layout.type_block.start, layout.type_block.end)
    if meta.doc_type is None and meta.number:
        sym = meta.number.split("/", 1)[-1]
        code = re.split(r"[-/]", sym)[0]
        t = lex.doc_type_by_code().get(fold(code))
        meta.doc_type = t.code if t else None
    if layout.title:
        meta.title = " ".join(" ".join(b.text(text).split()) for b in layout.title).strip(" .")
        meta.spans["title"] = (layout.title[0].start, layout.title[-1].end)
    if meta.place:
        meta.province = _province_in(meta.place, lex)
    issuer, span = _issuer_from_header(text, layout.header, lex)
    if issuer is None:
        issuer, span = _issuer_from_opening(text, layout.preamble)
    _signature(text, layout.footer, meta)
    if issuer is None and meta.signing_mode == "TM." and meta.signing_authority:
        issuer = _sentence_case(meta.signing_authority, lex)
    if issuer is None and meta.number and re.search(r"-UBND\b", meta.number):
        issuer = "Ủy ban nhân dân tỉnh"
    if issuer:
        if meta.province is None:
            meta.province = _province_in(issuer, lex)
        if meta.province and fold(issuer).endswith((" tỉnh", " thành phố")):
            issuer = f"{issuer} {meta.province}"
        elif meta.province and issuer in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
            issuer = f"{issuer} tỉnh {meta.province}"
        meta.issuer = issuer
        if span:
            meta.spans["issuer"] = span
    meta.recipients = _recipients(text, layout.footer)
    return meta
