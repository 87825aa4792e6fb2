"""Stage 3b: the plan's own metadata.

`find_metadata(text, layout, lexicon, registry)` reads the header (issuing
body, "Số: 53/KH-UBND", place and date), the type line and trích yếu, the
opening sentence (who issues: "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch")
and the footer (recipients, signing authority, signer).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import patterns as P
from .blocks import Block
from .lexicon import Lexicon, phrase_alternation, read_data
from .structure import _AUTHORITY_POSITIONS, Layout, head_of, header_heads, starts_with_head
from .vntext import fold, modern_tones, strip_marks


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
    #: a draft's symbol without its number ("Số:      /SCT-CN" -> "SCT-CN"): the number is null, the symbol still types it
    blank_symbol: str | None = None


_ABBREV = [(re.compile(r"\bUBND\b"), "Ủy ban nhân dân"), (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
           (re.compile(r"\bMTTQ\b"), "Mặt trận Tổ quốc"), (re.compile(r"\bBCĐ\b"), "Ban Chỉ đạo")]


def expand_abbreviations(s: str) -> str:
    for rx, full in _ABBREV:
        s = rx.sub(full, s)
    return s


_PROVINCE_RX: dict[int, tuple[re.Pattern, dict]] = {}


def _province_in(s: str, lex: Lexicon) -> str | None:
    got = _PROVINCE_RX.get(id(lex))
    if got is None:
        forms = lex.province_by_form()
        alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        got = _PROVINCE_RX[id(lex)] = (re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])"), forms)
    rx, forms = got
    f = fold(s)
    # the longest form wins ("Bà Rịa - Vũng Tàu" over "Vũng Tàu"): the alternation is longest first at each position;
    # across positions, keep the longest match
    best = None
    for m in rx.finditer(f):
        if best is None or len(m.group(0)) > len(best):
            best = m.group(0)
    return forms[best].name if best else None


def _sentence_case(upper: str, lex: Lexicon) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH" -> "Ủy ban nhân dân tỉnh Thái Bình"."""
    s = " ".join(upper.split())
    low = modern_tones(s.lower())
    out = low[:1].upper() + low[1:]
    got = _CASE_RX.get(id(lex))
    if got is None:
        names = sorted({n for pr in lex.provinces for n in (pr.name, *pr.spellings)}, key=len, reverse=True)
        by_lower = {n.lower(): n for n in reversed(names)}
        rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n.lower()) for n in names) + r")(?![\w])")
        got = _CASE_RX[id(lex)] = (rx, by_lower)
    rx, by_lower = got
    return rx.sub(lambda m: by_lower.get(m.group(0), m.group(0)), out)


_CASE_RX: dict[int, tuple[re.Pattern, dict]] = {}


_CASE: dict[int, dict[str, str]] = {}


def _names_by_fold(lex: Lexicon) -> dict[str, str]:
    """Folded name -> the name as the lexicons write it ("sở công thương" -> "Sở Công Thương")."""
    got = _CASE.get(id(lex))
    if got is None:
        got = {}
        for a in lex.agencies:
            got.setdefault(fold(a.name), a.name)
        for i in lex.issuers:
            got.setdefault(fold(i.name), i.name)
        _CASE[id(lex)] = got
    return got


def _proper_case(name: str, lex: Lexicon) -> str:
    """The longest leading part of `name` that the lexicons know takes their spelling: "Cục hải quan" -> "Cục Hải quan"."""
    known = _names_by_fold(lex)
    words = name.split()
    for k in range(min(len(words), 12), 0, -1):
        head = " ".join(words[:k])
        hit = known.get(fold(head))
        if hit:
            return " ".join([hit, *words[k:]])
    return name


def _header_names(lines: list[str], heads: tuple[str, ...], bare: frozenset[str] = frozenset()) -> list[str]:
    """Group the capital lines of the header's left column into body names: "UỶ BAN NHÂN" + "DÂN" + "TỈNH LAI CHÂU" is one
    name; "BỘ TÀI CHÍNH" + "CỤC HẢI QUAN" are two (the parent body, then the issuer); a line that is only a head word
    of `bare` ("VĂN PHÒNG" + "CHÍNH PHỦ") goes on on the next line."""
    names: list[str] = []
    pending = ""
    for ln in lines:
        if not names and pending and starts_with_head(f"{pending} {ln}", heads):
            names.append(f"{pending} {ln}")  # "ỦY" + "BAN NHÂN DÂN"
            pending = ""
            continue
        if not names and not starts_with_head(ln, heads):
            # a name hard-wrapped before its head is complete: "THỦ" + "TƯỚNG CHÍNH PHỦ", "CHÍNH" + "PHỦ"
            pending = f"{pending} {ln}".strip() if len(pending.split()) < 3 else ln
            if starts_with_head(pending, heads):
                names.append(pending)
            continue
        f = fold(ln)
        # a two-word head broken over the lines continues the name: "CHỦ TỊCH ỦY" + "BAN NHÂN DÂN"
        bridge = head_of(f"{names[-1].split()[-1]} {ln}", heads) if names else None
        continues = bool(names) and (len(names[-1].split()) < 2 or P.HEADER_PLACE_WORD.match(f)
                                     or " ".join(fold(names[-1]).split()) in bare
                                     or P.TITLE_CONNECTOR.search(names[-1]) or not starts_with_head(ln, heads)
                                     or (bridge is not None and " " in bridge))
        if continues:
            names[-1] = f"{names[-1]} {ln}"
        elif names or starts_with_head(ln, heads):
            names.append(ln)
    return names


def _issuer_from_header(text: str, header: list[Block], cut: int, lex: Lexicon) -> tuple[str | None, tuple[int, int] | None]:
    """The issuing body: the capital lines of the header's left column, before the number and the place/date, without
    the national motto. With a parent body above it ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG") the issuer is the lower line,
    placed by the parent's province ("Sở Công Thương tỉnh Lào Cai")."""
    parts: list[str] = []
    first = last = None
    for b in header:
        if b.start >= cut:
            break
        parts.append(text[b.start:min(b.end, cut)])
        first = b.start if first is None else first
        last = min(b.end, cut)
    if not parts:
        return None, None
    joined = P.NATIONAL_MOTTO.sub("\n", "\n".join(parts))
    lines = []
    for ln in joined.split("\n"):
        ln = " ".join(w.strip("*_=") for w in ln.replace("|", " ").split() if w.strip("*-_=."))
        ln = ln.strip(" *")
        if ln and any(c.isalpha() for c in ln) and all(c.isupper() for c in ln if c.isalpha()):
            lines.append(ln)
    names = _header_names(lines, header_heads(lex), frozenset(fold(h) for h in lex.agency_heads))
    if not names:
        return None, None
    issuer = _body_name(names[-1], lex)
    if len(names) > 1 and _province_in(issuer, lex) is None:
        parent = _sentence_case(expand_abbreviations(names[-2]), lex)
        prov = _province_in(parent, lex)
        if prov:
            kind = next((p.kind for p in lex.provinces if p.name == prov), "tỉnh")
            issuer = f"{issuer} {kind} {prov}"
        elif fold(parent).endswith("trung ương") and "trung ương" not in fold(issuer):
            issuer = f"{issuer} Trung ương"  # "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN"
    return issuer, (first, last)


def _body_name(upper: str, lex: Lexicon) -> str:
    """A header name in capitals as written in running text: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" -> "Chủ tịch Ủy ban nhân dân
    tỉnh X", "BỘ KHOA HỌC VÀ CÔNG NGHỆ" -> "Bộ Khoa học và Công nghệ" (the lexicons' spelling when they know the body)."""
    name = _sentence_case(expand_abbreviations(upper), lex)
    for pos in _AUTHORITY_POSITIONS:
        if fold(name).startswith(fold(pos) + " "):
            rest = name[len(pos) + 1:]
            return f"{pos} {_proper_case(rest[:1].upper() + rest[1:], lex)}"
    return _proper_case(name, lex)


def _authority_issuer(text: str, layout: Layout, issuer: str | None, lex: Lexicon) -> str | None:
    """The head of a body deciding in person, on the authority line after a decision's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN
    TỈNH X" -> "Chủ tịch Ủy ban nhân dân tỉnh X", "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" -> "Bộ trưởng Bộ Văn hóa, ..."."""
    if layout.authority is None:
        return None
    line = " ".join(layout.authority.text(text).strip(" *").split())
    f = fold(line)
    pos = next((p for p in _AUTHORITY_POSITIONS if f.startswith(fold(p) + " ")), None)
    if pos is None:
        return None
    if issuer and fold(issuer).startswith(fold(pos) + " "):
        return issuer
    body = _body_name(line[len(pos) + 1:], lex)
    if issuer and fold(issuer).startswith(fold(body)):
        body = issuer  # the header's fuller name ("... tỉnh X" when the authority line stops at "ỦY BAN NHÂN DÂN")
    if fold(pos) == "thủ tướng" and fold(body) == "chính phủ":
        return "Thủ tướng Chính phủ"
    return f"{pos} {body}"


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


#: Words of a body's name, which an all-caps person's name never has ("NHÂN DÂN" ending "TM. ỦY BAN / NHÂN DÂN"), or a
#: Roman numeral (data/signature_words.yaml not_names).
_NOT_A_NAME = re.compile(r"(?<![\w])(?:[IVXL]{2,}|"
                         + phrase_alternation(read_data("signature_words.yaml")["not_names"]["phrases"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Folded family names (data/surnames.yaml)."""
    data = read_data("surnames.yaml") or {}
    return frozenset(fold(str(s)) for s in data.get("surnames") or [])


def _is_person(name: str) -> bool:
    """A person's name opens with a family name ("Nguyễn Lộc Hà"), unlike "Cộng Hòa" or "Quy Chế"."""
    return fold(name.split()[0]) in _surnames()


def _name_at(text: str, b: Block, heads: tuple[str, ...]) -> str | None:
    name = _raw_name_at(text, b, heads)
    return name if name and _is_person(name) else None


def _raw_name_at(text: str, b: Block, heads: tuple[str, ...]) -> str | None:
    line = b.text(text).strip(" *|")
    if line.startswith("-") or starts_with_head(line, heads):
        return None
    m = P.PERSON_NAME.match(line)
    if m:
        return m.group("name")
    m = P.PERSON_NAME_CAPS.match(line)
    if m and not _NOT_A_NAME.search(line) and not P.POSITION_WORDS.match(line) and not P.SIGNING_PREFIX.match(line) and "UBND" not in line:
        return " ".join(w[:1] + w[1:].lower() for w in m.group("name").split())
    return None


def _signature(text: str, footer: list[Block], meta: MetaHit, lex: Lexicon) -> None:
    """The first signature block of the footer: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <name>"; the name is
    the first person's name within a few lines after the signing lines (an appendix table after it is not the signer)."""
    heads = header_heads(lex)
    positions: list[str] = []
    since = None
    for k, b in enumerate(footer):
        line = b.text(text).strip(" *|")
        m = P.SIGNING_PREFIX.match(line)
        if m:
            # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH": the last prefix is how the signer signs
            meta.signing_mode = m.group("mode").replace("/", "") + "."
            meta.signing_authority = m.group("office").strip()
            since = 0
            continue
        if len(line) <= 30 and P.POSITION_WORDS.match(line) and P.POSITION_LINE.match(line):
            # "PHÓ CHỦ TỊCH", "THỨ TRƯỞNG" (a decision's authority line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" is longer)
            positions.append(line)
            since = 0
            continue
        if since is None:
            continue
        name = _name_at(text, b, heads)
        end = b.end
        if name is None and k + 1 < len(footer) and re.fullmatch(rf"[{P.UPPER}][{P.LOWER}]+", line):
            # a name hard-wrapped after its first syllable: "Phan" / "Thị Thắng"
            nxt = footer[k + 1].text(text).strip(" *|")
            m2 = P.PERSON_NAME.match(f"{line} {nxt}")
            if m2 and not starts_with_head(line, heads) and _is_person(line):
                name, end = m2.group("name"), footer[k + 1].end
        if name and end == b.end and len(name.split()) < 4 and k + 1 < len(footer):
            # the last syllable hard-wrapped: "Lê Hải" / "Hòa"
            nxt = footer[k + 1].text(text).strip(" *|")
            if re.fullmatch(rf"[{P.UPPER}][{P.LOWER}]+", nxt) and not starts_with_head(nxt, heads):
                name, end = f"{name} {nxt}", footer[k + 1].end
        if name:
            meta.signer = name
            meta.spans["signer"] = (b.start, end)
            break
        since += 1
        if since > 4:
            since = None  # signing lines without a name under them (a form in an annex, a portal that dropped it)
    if meta.signer is None and meta.signing_mode is None and not positions:
        # no signing lines at all: the last name of a short footer
        names = [b for b in footer[:30] if P.PERSON_NAME.match(b.text(text).strip(" *|")) and _name_at(text, b, heads)]
        if names:
            b = names[-1]
            meta.signer = _name_at(text, b, heads)
            meta.spans["signer"] = (b.start, b.end)
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


def _header_number_and_date(text: str, layout: Layout, meta: MetaHit) -> int:
    """Number and place/date of the header (over hard-wrapped lines); returns where the issuer lines end."""
    if not layout.header:
        return 0
    s, e = layout.header[0].start, layout.header[-1].end
    cut = e
    blank_sym = None
    for m in P.HEADER_NUMBER.finditer(text, s, e):
        if m.group("num"):
            sym = re.sub(r"\s+", "", m.group("sym"))
            meta.number = f"{m.group('num')}{m.group('sep')}{sym}".replace("Ð", "Đ")
            meta.spans["number"] = (m.start(), m.end())
            cut = min(cut, m.start())
            break
        if blank_sym is None:
            blank_sym = m.group("sym")  # a draft: "Số:      /SCT-CN" (no number yet)
            cut = min(cut, m.start())
    if meta.number is None and blank_sym:
        meta.blank_symbol = re.sub(r"\s+", "", blank_sym)
    dates = list(P.HEADER_DATE.finditer(text, s, e))
    d = next((x for x in dates if x.group("place") and x.group("y")), None) or next((x for x in dates if x.group("y")), None)
    if d:
        cut = min(cut, d.start())
        if d.group("d") and d.group("m"):
            y, mo, da = int(d.group("y")), int(d.group("m")), int(d.group("d"))
            if 1 <= mo <= 12 and 1 <= da <= 31:
                meta.issued_date = f"{y:04d}-{mo:02d}-{da:02d}"
                meta.spans["issued_date"] = (d.start(), d.end())
        if d.group("place"):
            meta.place = " ".join(d.group("place").split())
    return cut


def _doc_type(text: str, layout: Layout, meta: MetaHit, lex: Lexicon) -> None:
    if layout.type_block is not None:
        word = " ".join(layout.type_block.text(text).strip(" *#").split())
        t = lex.doc_type_by_word().get(fold(word)) or lex.doc_type_by_word(marks=False).get(strip_marks(word))
        meta.doc_type = t.code if t else None
        meta.spans["doc_type"] = (layout.type_block.start, layout.type_block.end)
        if meta.doc_type:
            return
    if layout.title and P.SUBJECT_LINE.match(layout.title[0].text(text).strip(" *")):
        meta.doc_type = "CV"  # no type line and a subject "V/v ...": an official letter, whatever its symbol ("5348/CT-CS")
        return
    sym = meta.blank_symbol
    if meta.number:
        sym = meta.number.split("/", 1)[-1] if "/" in meta.number else meta.number.split("-", 1)[-1]
        sym = re.sub(r"^(?:19|20)\d{2}/", "", sym)
    if sym:
        code = re.split(r"[-/]", sym)[0]
        t = lex.doc_type_by_code().get(fold(code))
        if t and t.code:
            meta.doc_type = t.code
            return
        if meta.number and "-" in meta.number.split("/", 1)[0]:
            return  # Party "36-HD/VPTW": the code is before the slash, and was not known
    # no type line and no type code in the symbol ("193/UBND-KT"): an official letter (Công văn), as NĐ 30 numbers them
    if sym or (layout.title and P.SUBJECT_LINE.match(layout.title[0].text(text).strip(" *"))):
        meta.doc_type = "CV"


def _title(text: str, layout: Layout, meta: MetaHit) -> None:
    if not layout.title:
        return
    title = " ".join(" ".join(b.text(text).replace("*", " ").split()) for b in layout.title).strip(" ._")
    if layout.type_block is None:
        m = P.SUBJECT_LINE.match(title)
        if m:
            title = m.group("rest").strip(" .")
    meta.title = title
    meta.spans["title"] = (layout.title[0].start, layout.title[-1].end)


def find_metadata(text: str, layout: Layout, lex: Lexicon) -> MetaHit:
    meta = MetaHit()
    cut = _header_number_and_date(text, layout, meta)
    _doc_type(text, layout, meta, lex)
    _title(text, layout, meta)
    issuer, span = _issuer_from_header(text, layout.header, cut, lex)
    if issuer is None and layout.authority is not None:
        # no issuer in the header (some portals drop it): the authority line after the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI")
        issuer = _body_name(" ".join(layout.authority.text(text).strip(" *").split()), lex)
        span = (layout.authority.start, layout.authority.end)
    if issuer is None:
        issuer, span = _issuer_from_opening(text, layout.preamble)
    if issuer is None and meta.number:
        issuer = _issuer_from_symbol(meta.number, lex)
    _signature(text, layout.footer, meta, lex)
    for zone in (layout.preamble, layout.body):
        if meta.signer is not None:
            break
        # a decision that carries a plan or annexes signs before them: its signature stands before the plan's body, or
        # among the blocks taken for the body
        probe = MetaHit()
        _signature(text, zone, probe, lex)
        if probe.signer:
            meta.signer, meta.signing_mode, meta.signing_authority = probe.signer, probe.signing_mode, probe.signing_authority
            meta.signer_position = probe.signer_position
            meta.spans["signer"] = probe.spans["signer"]
    if issuer is None and meta.signing_mode == "TM." and meta.signing_authority:
        issuer = _sentence_case(meta.signing_authority, lex)
    if issuer is None and meta.number and re.search(r"-UBND\b", meta.number):
        issuer = "Ủy ban nhân dân tỉnh"
    place_province = _province_in(meta.place, lex) if meta.place else None
    if issuer:
        province = _province_in(issuer, lex)
        if province is None and _is_local(issuer):
            province = place_province
        if province and fold(issuer).endswith((" tỉnh", " thành phố")):
            issuer = f"{issuer} {province}"
        elif province and issuer in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
            issuer = f"{issuer} {next((p.kind for p in lex.provinces if p.name == province), 'tỉnh')} {province}"
        chair = _authority_issuer(text, layout, issuer, lex)
        meta.issuer = chair or issuer
        meta.province = province
        if span:
            meta.spans["issuer"] = span
    elif meta.number and re.search(r"(?:UBND|HĐND)\b", meta.number):
        meta.province = place_province  # a local body's symbol; a central one's place ("Hà Nội") is not a province
    meta.recipients = _recipients(text, layout.footer)
    return meta


def _issuer_from_symbol(number: str, lex: Lexicon) -> str | None:
    """The issuer's abbreviation closes the symbol (NĐ 30): "09/2025/NĐ-CP" -> Chính phủ, "21/2025/TT-BGDĐT" -> Bộ Giáo dục và
    Đào tạo, "1675/NQ-UBTVQH15" -> Ủy ban Thường vụ Quốc hội (term digits dropped). Local symbols (UBND) are not unique."""
    last = re.split(r"[-/]", number)[-1]
    last = re.sub(r"\d+$", "", last).upper().replace("Ð", "Đ")
    hit = lex.issuer_by_symbol().get(last)
    if hit and hit.level in ("central", "party_central"):
        return hit.name
    return None


def issuer_from_symbol(number: str, lex: Lexicon) -> str | None:
    """The central issuer a document's symbol names (public name of `_issuer_from_symbol`)."""
    return _issuer_from_symbol(number, lex)


def _is_local(issuer: str) -> bool:
    """A local body (its province is the place of the header); a central one ("Bộ Tài chính", "Chính phủ") has none."""
    return bool(P.LOCAL_ISSUER.search(fold(issuer)))
