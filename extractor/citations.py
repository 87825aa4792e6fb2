"""Stage 4: every cited document, with all its mentions.

`find_citations(text, folded, grammar, basis_spans)` finds numbered citations
("Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị"), laws and ordinances
cited by name ("Luật Phòng, chống ma túy năm 2021"), short mentions and
abbreviations ("(viết tắt là Nghị quyết số 93/NQ-CP)"), and merges them into
one `CitationHit` per document. `basis_spans` are the title and opening
paragraphs: documents that are their direct objects ("Thực hiện X ...; Y")
are `basis`, documents named inside another's description are `cites`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import patterns as P
from .blocks import BULLET, PARAGRAPH, Block
from .lexicon import Lexicon, read_data
from .structure import Layout
from .vntext import fold, squash


# patterns used in the helpers below, compiled once
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SEPARATOR = re.compile(r"[-/]")
_LEAD_VE = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+về\s+(?!việc\b)")
_SYMBOL_SEPS = re.compile(r"[-/\s]+")
_TRAILING_DIGITS = re.compile(r"\d+$")
_BLANKS = re.compile(r"[ ]+")
_AMENDED_NUMBER = re.compile(r"\s+số\s+\d{1,4}/(?:19|20)\d{2}/[A-Z0-9Đ]+")
_LIST_JOIN = re.compile(r"(?:\s*,\s*|\s+và\s+)")
_NAME_GAP = re.compile(r"(\s*,)?[ ]+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_SO_AFTER = re.compile(r"\s+số\b")
_LAW_NUMBER = re.compile(r"\s+số\s+(\d{1,4}/(?:19|20)\d{2}/[A-Z0-9Đ\-]+)")


@dataclass
class Mention:
    start: int
    end: int            # end of the mention's head (type + number [+ date + issuer])
    key: str            # number + symbol as printed, spaces removed; or "Luật <name> [year]"
    identity: str       # merge key
    doc_type: str | None
    issuer: str | None
    date: str | None
    title: str | None
    article: str | None = None
    number: str | None = None      # a law's number when the lexicon knows it
    by_name: bool = False
    depth: int = -1                # depth in a basis paragraph (0 = direct object), -1 elsewhere
    sym: str | None = None         # the symbol of a numbered mention ("CĐ-UBND")
    name_end: int = -1             # a law cited by name: where its name ends
    type_word: str = ""            # a law cited by name: its type word as written ("Luật", "Bộ luật")
    cuts: list[int] = field(default_factory=list)   # a law's name: where a shorter name could end (", x", "và x")
    word_ends: list[int] = field(default_factory=list)   # a law's name: the end of each of its words
    anchor: "Mention | None" = None    # a list item without a type word: the item before it in its list
    list_start: bool = False           # the first item of a list after a plural head: "các Quyết định ... (Số 1226/..."


@dataclass
class CitationHit:
    key: str
    identity: str
    doc_type: str | None
    issuer: str | None
    date: str | None
    title: str | None
    relation: str
    alt_keys: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        yi, mi, di = int(y), int(m), int(d)
    except (TypeError, ValueError):
        return None
    if not (1 <= mi <= 12 and 1 <= di <= 31 and 1900 <= yi <= 2100):
        return None
    return f"{yi:04d}-{mi:02d}-{di:02d}"


def identity_of(key: str) -> str:
    """Merge key of a number+symbol: upper case, no spaces, Đ unified, '-' and '/' alike."""
    k = key.upper().replace("Ð", "Đ")
    k = _SPACES.sub("", k)
    k = _DASHES.sub("-", k)
    return _SEPARATOR.sub("/", k)


class CitationGrammar:
    """The citation patterns built from the lexicon; build once per pipeline and reuse."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        words: set[str] = set()
        for t in lex.doc_types:
            for w in (t.word, *t.variants):
                words.add(w)
        alts = sorted(words, key=len, reverse=True)
        codes = sorted({t.code for t in lex.doc_types if t.code and t.code.isupper() and len(t.code) >= 2}, key=len, reverse=True)
        self.numbered = re.compile(
            r"(?<![\w])(?P<type>(?i:" + "|".join(re.escape(w) for w in alts) + r")|" + "|".join(re.escape(c) for c in codes) + r")"
            + P.NUMBER_WORD + P.NUMBER_SYMBOL
        )
        self.by_word = lex.doc_type_by_word()
        self.by_code = lex.doc_type_by_code()
        self.issuer_by_symbol = lex.issuer_by_symbol()
        # issuers: folded names -> written canonical
        names: list[str] = []
        for i in lex.issuers:
            names.extend([i.name, *i.spellings])
        for a in lex.agencies:
            if a.level in ("province", "central"):
                names.append(a.name)
                names.extend(s for s in a.spellings if "{" not in s)
        names = sorted({fold(n) for n in names if len(n) >= 3}, key=len, reverse=True)
        self.issuer_rx = re.compile(r"(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        #: an office holder's title before the body it heads ("Thống đốc Ngân hàng Nhà nước Việt Nam"), folded
        titles = sorted((fold(t) for t in (read_data("agency_heads.yaml") or {}).get("titles") or []), key=len, reverse=True)
        self.title_rx = re.compile(r"(?:" + "|".join(re.escape(t) for t in titles) + r")\s+") if titles else None
        provinces = sorted({fold(p) for p in lex.province_names()}, key=len, reverse=True)
        self.province_rx = re.compile(
            r"\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in provinces) + r")(?![\w])"
        )
        # laws by name
        law_names: list[tuple[str, str]] = []
        for law in lex.laws:
            for n in (law.name, *law.aliases):
                law_names.append((fold(n), law.name))
        law_names.sort(key=lambda t: len(t[0]), reverse=True)
        # a name may wrap onto the next line ("Luật Tổ chức\nChính phủ ngày 18 tháng 2 năm 2025")
        self.law_name_rx = re.compile(r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n, _ in law_names)
                                      + r")(?![\w])") if law_names else None
        self.law_canon = {n: c for n, c in law_names}
        self.law_number: dict[tuple[str, int], str] = {}
        for law in lex.laws:
            if law.number and law.year:
                self.law_number[(squash(law.name), law.year)] = law.number
        # laws, codes, ordinances and the constitution; strategies and charters named without a number are left out
        by_name_words = sorted({w for t in lex.doc_types if t.by_name and t.normative for w in (t.word, *t.variants)},
                               key=len, reverse=True)
        self.by_name = re.compile(r"(?<![\w])(?P<type>" + "|".join(re.escape(w) for w in by_name_words) + r")(?=\s+\S)")
        # a type word where a law's name cannot go on ("Luật Đất đai và Nghị định ...", "..., Luật Đầu tư")
        # (matched on the text as written: "pháp luật" inside a name is no type word)
        self.type_word_at = re.compile(r"(?:" + "|".join(re.escape(w) for w in alts) + r")(?![\w])")
        # the lexicon's law names (squashed) -> canonical name
        self.law_squash = {squash(n): c for n, c in law_names}
        self.law_names_title_rx = _names_rx(n for n, _ in law_names) if law_names else None
        # issuers whose written name goes on with what the body is for ("Ban Chỉ đạo về phát triển ... tỉnh")
        self.described = {fold(n) for i in lex.issuers if i.described for n in (i.name, *i.spellings)}
        self.described_rx = (re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(self.described, key=len, reverse=True))
                                        + r")(?![\w])") if self.described else None)
        # a plural head of a list: "các Quyết định của Bộ trưởng ... (Số 1226/QĐ-BVHTTDL ..., số 2657/...)"
        self.plural_head = re.compile(r"(?<![\w])(?:các|những)\s+(?P<type>(?i:" + "|".join(re.escape(w) for w in alts) + r"))(?![\w])",
                                      re.I)


# ---------------------------------------------------------------- mentions

def _parse_issuer(g: CitationGrammar, text: str, folded: str, pos: int) -> tuple[str | None, int]:
    m = P.CITATION_OF.match(text[pos:pos + 12])
    if not m:
        b = P.CITATION_BETWEEN.match(text[pos:pos + 200])
        if b:
            return b.group("parties").strip(" ,"), pos + b.end("parties")
        return None, pos
    i = pos + m.end()
    im = g.issuer_rx.match(folded, i)
    if im:
        end = im.end()
        if folded[i:end] in g.described:
            end = _described_end(text, end)
        ws = _SPACES.match(text, end)
        owner = g.issuer_rx.match(folded, ws.end()) if ws and text[ws.end():ws.end() + 1].isupper() else None
        if owner is not None:
            end = owner.end()   # "Đảng ủy UBND tỉnh", "Văn phòng UBND thành phố": a body of the body named after it
        pm = g.province_rx.match(folded, end)
        if pm:
            end = pm.end()
        else:
            lv = _BARE_LEVEL.match(text, end)
            if lv and not text[lv.end():].lstrip(" ")[:1].isupper():
                end = lv.end()   # "... của Văn phòng UBND thành phố.": the level alone, no place name after it
        tm = P.ISSUER_TERM.match(text[end:end + 20])
        if tm:
            end += tm.end()
        joint = _JOINT.match(text, end)
        other = g.issuer_rx.match(folded, joint.end()) if joint else None
        if other and folded[joint.end():other.end()] not in g.described:
            end = other.end()   # a joint document: "Kế hoạch số 515/KH-BCA-BNN&MT ... của Bộ Công an và Bộ Nông nghiệp ..."
        return " ".join(text[i:end].split()), end
    stop = P.ISSUER_STOP.search(text, i, min(len(text), i + 120))
    end = stop.start() if stop else min(len(text), i + 120)
    inner = g.described_rx.search(folded, i, end) if g.described_rx else None
    if inner:
        end = max(end, _described_end(text, inner.end()))
    cand = " ".join(text[i:end].split())
    if cand and cand[0].isupper() and len(cand.split()) <= (40 if inner else 14):
        return cand, end
    return None, pos


_JOINT = re.compile(r"\s+và\s+")
#: The level word alone after a local body's name: "Văn phòng UBND thành phố", "Đảng ủy UBND tỉnh".
_BARE_LEVEL = re.compile(r"\s+(?:tỉnh|thành phố)(?![\w])")


def _described_end(text: str, end: int) -> int:
    """The end of a described body's name: "Ban Chỉ đạo| về phát triển khoa học, công nghệ, ... tỉnh| ban hành"."""
    start = end
    lead = _LEAD_VE.match(text, end, end + 40)    # "Ban Chỉ đạo về ...", "Ban chỉ đạo Trung ương về ..."
    if lead:
        start = lead.end()
    stop = P.DESCRIBED_ISSUER_STOP.search(text, start, min(len(text), start + 250))
    if stop is None or stop.start() <= start:
        return end
    name = text[end:stop.start()]
    if len(name.split()) > 30:
        return end
    return stop.start()


def _parse_date(text: str, pos: int) -> tuple[str | None, int]:
    m = P.CITATION_DATE.match(text[pos:pos + 40])
    if not m:
        return None, pos
    y = m.group("y1") or m.group("y2")
    mo = m.group("m1") or m.group("m2")
    return _iso(y, mo, m.group("d")), pos + m.end()


def _parse_title(text: str, pos: int, limit: int) -> str | None:
    seg = text[pos:min(limit, pos + 400)]
    cut = len(seg)
    for stop in (";", "\n", "(viết tắt", "(sau đây"):
        k = seg.find(stop)
        if k != -1:
            cut = min(cut, k)
    seg = seg[:cut].strip(" ,.:")
    return seg or None


def _symbol_key(num: str, sep: str, sym: str) -> str:
    return _SPACES.sub("", f"{num}{sep}{sym}").replace("Ð", "Đ")


def _type_of_symbol(g: CitationGrammar, sym: str):
    """The type a symbol's code names: "CĐ-UBND" -> Công điện, "2023/NĐ-CP" -> Nghị định, "CT/TW" -> Chỉ thị."""
    parts = [p for p in _SYMBOL_SEPS.split(sym) if p and not p.isdigit()]
    return g.by_code.get(fold(parts[0])) if parts else None


def _mention_after(g: CitationGrammar, text: str, folded: str, start: int, pos: int, key: str, sym: str | None,
                   doc_type: str | None, limit: int) -> Mention:
    """Date, issuer and title after a number: "... ngày 16/8/2019 của Bộ Chính trị về ..."."""
    date, pos = _parse_date(text, pos)
    before_issuer = pos
    issuer, pos = _parse_issuer(g, text, folded, pos)
    if issuer is not None and P.ISSUER_OF_NEXT.match(text, pos):
        issuer, pos = None, before_issuer   # "..., của Ban Bí thư tại văn bản số ...": the next document's issuer
    if date is None:
        date, pos = _parse_date(text, pos)
    if issuer is None:
        ib = P.ISSUER_BEFORE.search(text, max(0, start - 100), start)
        if ib and ib.group("iss")[:1].isupper():
            issuer = " ".join(ib.group("iss").split())
    if issuer is None:
        ib = P.ISSUER_BEFORE_PAREN.search(text, max(0, start - 100), start)
        if ib and _names_issuer(g, " ".join(ib.group("iss").split())):
            issuer = " ".join(ib.group("iss").split())
    if date is None:
        # "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX ..."
        db = P.DATED_BEFORE.search(text, max(0, start - 200), start)
        if db:
            date = _iso(db.group("y1") or db.group("y2"), db.group("m1") or db.group("m2"), db.group("d"))
            if issuer is None and db.group("iss")[:1].isupper():
                issuer = " ".join(db.group("iss").split())
    if issuer is None and sym:
        issuer = _issuer_from_symbol(g, sym)
    title = _parse_title(text, pos, limit)
    art = P.ARTICLE_BEFORE.search(text[max(0, start - 60):start])
    return Mention(start, pos, key, identity_of(key), doc_type, issuer, date, title,
                   article=art.group("article") if art else None, sym=sym)


def _names_issuer(g: CitationGrammar, name: str) -> bool:
    """Whether `name` is an issuing body's name, with an office holder's title and a province at most ("Ủy ban nhân dân
    tỉnh Hưng Yên", "Thống đốc Ngân hàng Nhà nước Việt Nam"), not a phrase that only opens with one ("Chính phủ quy định
    chi tiết ...")."""
    if not name[:1].isupper():
        return False
    f = fold(name)
    t = g.title_rx.match(f) if g.title_rx is not None else None
    im = g.issuer_rx.match(f, t.end() if t else 0) or g.issuer_rx.match(f)
    if im is None:
        return False
    end = im.end()
    pm = g.province_rx.match(f, end)
    return (pm.end() if pm else end) == len(f)


def _numbered(g: CitationGrammar, text: str, folded: str) -> list[Mention]:
    found: list[tuple[int, int, str, str, str, str | None]] = []   # start, number end, key, sym, written type, code
    for m in g.numbered.finditer(text):
        type_word = m.group("type")
        t = g.by_word.get(fold(type_word)) or g.by_code.get(fold(type_word))
        if fold(type_word) == "văn bản":    # a generic word: the symbol says what it is ("văn bản số 213-KL/TW")
            t = _type_of_symbol(g, m.group("sym")) or t
        found.append((m.start(), m.end(), _symbol_key(m.group("num"), m.group("sep"), m.group("sym")), m.group("sym"),
                      type_word, t.code if t else None))
    typed = [(a, b) for a, b, *_ in found]
    found = [(*f, "") for f in found]   # + how a bare item joins its list: "" typed, "start", "next"
    # list items without a type word: "..., số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025", "các Quyết định của Bộ
    # trưởng ... (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số 2657/QĐ-BVHTTDL ...)"
    for m in P.BARE_NUMBER.finditer(text):
        s = m.start()
        if any(a <= s < b for a, b in typed):
            continue
        sym = m.group("sym")
        t = _type_of_symbol(g, sym)
        clause = text[max(0, s - 300):s]
        clause = clause[clause.rfind(";") + 1:]
        head = g.plural_head.search(clause) if text[max(0, s - 3):s].rstrip().endswith(("(", ":")) else None
        if head:
            ht = g.by_word.get(fold(head.group("type")))
            found.append((s, m.end(), _symbol_key(m.group("num"), m.group("sep"), sym), sym, "số",
                          t.code if t else (ht.code if ht else None), "start"))
            continue
        prev = [f for f in found if f[1] <= s]
        if not prev:
            continue
        last = max(prev, key=lambda f: f[1])
        gap = text[last[1]:s]
        if (len(gap) > 400 or any(P.LIST_START.match(line) for line in gap.split("\n")[1:])
                or not P.LIST_ITEM_BEFORE.search(text[max(0, s - 12):s])):
            continue
        found.append((s, m.end(), _symbol_key(m.group("num"), m.group("sep"), sym), sym, "số",
                      t.code if t else last[5], "next"))
    # items written as their symbol alone, continuing a list: "các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg"
    for m in P.LIST_SYMBOL.finditer(text):
        s = m.start()
        if any(f[0] <= s < f[1] for f in found):
            continue
        prev = [f for f in found if f[1] <= s]
        if not prev:
            continue
        last = max(prev, key=lambda f: f[1])
        if not P.SYMBOL_LIST_GAP.match(text[last[1]:s]):
            continue
        sym = m.group("sym")
        t = _type_of_symbol(g, sym)
        found.append((s, m.end(), _symbol_key(m.group("num"), m.group("sep"), sym), sym, "số",
                      t.code if t else last[5], "next"))
    # technical standards and regulations: "QCVN 01:2019/BCT"
    for m in P.STANDARD.finditer(text):
        key = f"{m.group('type')}{m.group('num')}:{m.group('y')}" + (f"/{m.group('iss')}" if m.group("iss") else "")
        found.append((m.start(), m.end(), key, m.group("iss") or "", m.group("type"), m.group("type"), ""))
    found.sort()
    out: list[Mention] = []
    last_bare: Mention | None = None
    last_typed: Mention | None = None
    for idx, (start, end, key, sym, _word, code, join) in enumerate(found):
        nxt = found[idx + 1][0] if idx + 1 < len(found) else len(text)
        m = _mention_after(g, text, folded, start, end, key, sym, code, nxt)
        m.list_start = join == "start"
        if join == "next":
            # the item before it in its list: the last item without a type word, or the typed mention that opened it
            m.anchor = last_bare if last_bare is not None and start - last_bare.end <= 400 else last_typed
        if join:
            last_bare = m
        else:
            last_typed = m
        out.append(m)
    _share_in_lists(text, out)
    return out


def _issuer_part(sym: str | None) -> str:
    """ "CĐ-UBND" -> "UBND", "2023/NĐ-CP" -> "CP", "KH/TU" -> "TU": the issuer's code at the end of a symbol."""
    parts = [p for p in _SYMBOL_SEPS.split((sym or "").upper()) if p and not p.isdigit()]
    return parts[-1] if parts else ""


def _share_in_lists(text: str, mentions: list[Mention]) -> None:
    """Items of one list share what the list states once: "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số
    010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh" gives 008 the date of 009 and all three the issuer. The date goes back
    only along one list; the issuer also between typed mentions of one issuer joined by "và" or ","."""
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        gap = text[a.end:b.start]
        same_list = b.anchor is a
        if not same_list and (not P.CITATION_LIST_GAP.match(gap) or "\n" in gap):
            continue
        if _issuer_part(a.sym) != _issuer_part(b.sym):
            continue
        if a.issuer is None and b.issuer is not None:
            a.issuer = b.issuer
        if same_list and a.date is None and b.date is not None and ";" not in gap:
            a.date = b.date
    for a, b in zip(mentions[:-1], mentions[1:]):
        # "của Sở Tài chính tại Tờ trình số 421/TTr-STC ngày ..., 501/TTr-STC ngày ...": one symbol, one issuer, also
        # when the list names it before its first item
        if (b.issuer is None and a.issuer is not None and a.sym and a.sym == b.sym
                and (b.anchor is a or (P.CITATION_LIST_GAP.match(text[a.end:b.start]) and "\n" not in text[a.end:b.start]))):
            b.issuer = a.issuer


def _issuer_from_symbol(g: CitationGrammar, sym: str) -> str | None:
    """Only central issuers that the symbol decides alone (CP, TTg, QH15, BCA ...)."""
    parts = [p for p in _SYMBOL_SEPS.split(sym) if p and not p.isdigit()]
    found = []
    for part in parts:
        base = _TRAILING_DIGITS.sub("", part).upper()
        issuer = g.issuer_by_symbol.get(base)
        if issuer is not None:
            found.append(issuer)
    # a joint document (TTLT-BTP-BCA-...) names several issuers: the symbol alone does not decide
    if len(found) == 1 and found[0].level == "central":
        return found[0].name
    return None


_MAX_LAW_WORDS = 20


def _word_at(text: str, pos: int) -> re.Match | None:
    return P.LAW_WORD.match(text, pos)


def _segment_words(g: CitationGrammar, text: str, folded: str, pos: int, limit: int) -> int:
    """Words from pos up to the next separator or name end ("quy chuẩn kỹ thuật| về ..."); limit+1 when longer."""
    n = 0
    while n <= limit:
        w = _word_at(text, pos)
        if w is None or P.LAW_NAME_END.match(text, pos) or g.type_word_at.match(text, pos) or folded[pos:w.end()] == "và":
            return n
        n += 1
        sp = _BLANKS.match(text[w.end():w.end() + 4])
        if not sp:
            return n
        pos = w.end() + sp.end()
    return n


def _law_name_end(g: CitationGrammar, text: str, folded: str, pos: int,
                  depth: int = 0) -> tuple[int, list[int], list[int]] | None:
    """Where the name of a law that starts at pos (after the type word) ends, the points where a shorter name could
    end before ", ..." and "và ..." continuations, and every word end. The name: a capitalised word, then words up to a word that
    opens a modifier (LAW_NAME_END), a type word or punctuation; ", x y" and "và x y" go on only when short
    ("Phòng cháy, chữa cháy và cứu nạn, cứu hộ"). "sửa đổi, bổ sung một số điều của <law>" names an amending law."""
    am = P.LAW_AMENDING.match(folded, pos)
    if am and depth == 0:
        inner = g.by_name.match(text, am.end())
        if inner is None:
            if P.LAWS_BY_COUNT.match(text, am.end()):
                stop = P.LAWS_BY_COUNT_END.search(text, am.end(), am.end() + 200)
                return (stop.start(), [], []) if stop else None
            return None
        sub = _known_or_grammar(g, text, folded, inner.start(), inner.end() + 1, depth + 1)
        if not sub:
            return None
        end = sub[0]
        # an omnibus amending law names them all: "... của Luật Quy hoạch, Luật Đầu tư, ... và Luật Đấu thầu"
        while True:
            # "..., Luật Nhà ở số 27/2023/QH15, Luật ..." (numbers of the amended laws may stand between)
            num = _AMENDED_NUMBER.match(text[end:end + 30])
            at = end + (num.end() if num else 0)
            more = _LIST_JOIN.match(text[at:at + 8])
            nxt = g.by_name.match(text, at + more.end()) if more else None
            sub = _known_or_grammar(g, text, folded, nxt.start(), nxt.end() + 1, depth + 1) if nxt else None
            if not sub:
                break
            end = sub[0]
        return end, [], []
    w = _word_at(text, pos)
    if w is None or not text[pos].isupper() or g.type_word_at.match(text, pos):
        return None
    end, words, cuts, word_ends, commas = w.end(), 1, [], [w.end()], []
    while words < _MAX_LAW_WORDS:
        sp = _NAME_GAP.match(text[end:end + 6])
        if not sp:
            break
        nxt = end + sp.end()
        w = _word_at(text, nxt)
        if (w is None or P.LAW_NAME_END.match(text, nxt) or g.type_word_at.match(text, nxt)
                or _YEAR.fullmatch(w.group())):   # "Bộ luật Tố tụng hình sự 2015"
            break
        if sp.group(1):   # ", chữa cháy"
            if not text[nxt].islower() or _segment_words(g, text, folded, nxt, 4) > 4:
                break
            if len(commas) == 2:
                # a third ", ..." is a clause, not a name ("Luật Việc làm bảo đảm kịp thời, toàn diện, thống nhất,"):
                # the name ends before the first comma, or earlier where the text names a shorter law
                return commas[0], [], [e for e in word_ends if e <= commas[0]]
            commas.append(end)
            cuts.append(end)
        elif folded[nxt:w.end()] == "và":
            sp2 = _BLANKS.match(text[w.end():w.end() + 4])
            if not sp2:
                break
            nxt2 = w.end() + sp2.end()
            seg = _segment_words(g, text, folded, nxt2, 5)
            if seg == 0 or seg > 5:
                break
            cuts.append(end)
            w = _word_at(text, nxt2)
        end = w.end()
        word_ends.append(end)
        words += 1
    return end, cuts, word_ends


def _known_or_grammar(g: CitationGrammar, text: str, folded: str, s: int, pos: int,
                      depth: int = 0) -> tuple[int, list[int], list[int]] | None:
    """The grammar's name of the law whose type word is at s, or the lexicon's when it is longer or ends where the
    grammar's could ("Luật Phòng, chống tác hại của thuốc lá", "Luật Đầu tư theo phương thức đối tác công tư")."""
    found = _law_name_end(g, text, folded, pos, depth)
    lm = g.law_name_rx.match(folded, s) if g.law_name_rx else None
    if lm and (found is None or lm.end() > found[0] or lm.end() in found[1]):
        return lm.end(), [], []
    return found


def _by_name(g: CitationGrammar, text: str, folded: str, numbered: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    taken = [(x.start, x.end) for x in numbered]
    for m in g.by_name.finditer(text):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            continue
        if (_SO_AFTER.match(text[m.end():m.end() + 6]) or text[m.end()] != " "
                or P.NOT_A_LAW_BEFORE.search(text[max(0, s - 12):s])):
            continue
        found = _known_or_grammar(g, text, folded, s, m.end() + 1)
        if found is None:
            continue
        name_end, cuts, word_ends = found
        out.append(_law_mention(g, text, s, name_end, m.group("type"), cuts, word_ends))
        taken.append((s, name_end))
    _shorten_names(g, text, out)
    return out


#: An abbreviated word in a law's name as written: "Luật NSNN", "Luật BVMT".
_ABBREVIATED = re.compile(r"(?<![\w])[A-ZĐ]{3,}(?![\w])")


def _law_mention(g: CitationGrammar, text: str, s: int, name_end: int, type_word: str, cuts: list[int] = (),
                 word_ends: list[int] = ()) -> Mention:
    name = " ".join(text[s:name_end].split())
    pos = name_end
    year = None
    date = None
    dm = P.LAW_DATE.match(text[pos:pos + 40])
    if dm:
        date = _iso(dm.group("y"), dm.group("m") or dm.group("m2"), dm.group("d"))
        year = dm.group("y")
        pos += dm.end()
    else:
        ym = P.LAW_YEAR.match(text[pos:pos + 12])
        if ym:
            year = ym.group("y")
            pos += ym.end()
    number = None
    issuer = None
    nm = _LAW_NUMBER.match(text[pos:pos + 40])
    if nm:
        number = nm.group(1)
        pos += nm.end()
        if date is None:  # "Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024": the date after the number
            dm = P.LAW_DATE.match(text[pos:pos + 40])
            if dm:
                date = _iso(dm.group("y"), dm.group("m") or dm.group("m2"), dm.group("d"))
                pos += dm.end()
    canon = g.law_squash.get(squash(name))
    if number is None and year and canon:
        number = g.law_number.get((squash(canon), int(year)))
    if canon and _ABBREVIATED.search(name):
        name = canon   # "Luật NSNN năm 2025": the name the abbreviation stands for (data/laws.yaml aliases)
    key = f"{name} {year}" if year else name
    t = g.by_word.get(fold(type_word))
    art = P.ARTICLE_BEFORE.search(text[max(0, s - 60):s])
    if number:   # "số 72/2025/QH15", or the number the lexicon knows: the symbol names Quốc hội
        issuer = _issuer_from_symbol(g, number.split("/")[-1])
    mention = Mention(s, pos, key, "law:" + squash(name), t.code if t else type_word, issuer, date, name,
                      article=art.group("article") if art else None, number=number, by_name=True, name_end=name_end,
                      type_word=type_word, cuts=list(cuts), word_ends=list(word_ends))
    return mention


def _shorten_names(g: CitationGrammar, text: str, mentions: list[Mention]) -> None:
    """A name that went on into the sentence is cut back to a shorter name used elsewhere: the longest one the
    document names on its own elsewhere ("Luật Việc làm| bảo đảm kịp thời", "Luật Di sản văn hóa|, cơ quan chuyên
    môn") when two or more words follow it, or one the lexicon knows when three or more follow it ("Luật Bảo hiểm xã
    hội| tham gia bảo hiểm xã hội bắt buộc"). Names the lexicon knows are kept."""
    names = [squash(text[m.start:m.name_end]) for m in mentions]
    for idx, m in enumerate(mentions):
        full = names[idx]
        if full in g.law_squash:
            continue
        others = set(names[:idx] + names[idx + 1:])
        ends = sorted(set(m.word_ends) | set(m.cuts))
        for k in range(len(ends) - 1, -1, -1):
            cut = ends[k]
            tail = len([e for e in m.word_ends if e > cut])
            if cut >= m.name_end or tail < 1:
                continue
            short = squash(text[m.start:cut])
            sep = cut in m.cuts
            if (short in others and (tail >= 2 or sep)) or (short in g.law_squash and (tail >= 3 or sep)):
                m.__dict__.update(_law_mention(g, text, m.start, cut, m.type_word).__dict__)
                break


def _names_rx(names) -> re.Pattern:
    """One pattern for several folded names, longest first, spaces matching any run of white space."""
    alts = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in alts) + r")(?![\w])")


def _title_laws(g: CitationGrammar, text: str, folded: str, spans: list[tuple[int, int]],
                mentions: list[Mention]) -> list[Mention]:
    """Laws named in an all-capitals title ("TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM"): the names the text or the lexicon
    knows, found in the folded title."""
    if not spans:
        return []
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.by_name and m.name_end > 0:
            names.setdefault(fold(" ".join(text[m.start:m.name_end].split())), m)
    rxs = ([_names_rx(names)] if names else []) + ([g.law_names_title_rx] if g.law_names_title_rx else [])
    out: list[Mention] = []
    for s, e in spans:
        taken: list[tuple[int, int]] = [(x.start, x.end) for x in mentions if s <= x.start < e]
        for rx in rxs:
            for hit in rx.finditer(folded, s, e):
                a, b = hit.start(), hit.end()
                if any(x <= a < y or a <= x < b for x, y in taken):
                    continue
                n = " ".join(hit.group().split())
                src = names.get(n)
                if src is not None:
                    key, ident, dt, number = src.key, src.identity, src.doc_type, src.number
                else:
                    canon = g.law_canon.get(n, n)
                    key, ident, number = canon, "law:" + squash(canon), None
                    t = g.by_name.match(canon)
                    tt = g.by_word.get(fold(t.group("type"))) if t else None
                    dt = tt.code if tt else canon.split()[0]
                out.append(Mention(a, b, key, ident, dt, None, None, None, number=number, by_name=True, name_end=b))
                taken.append((a, b))
    return out


def _aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions through an abbreviation without a number: "(sau đây gọi tắt là Chỉ thị 36)"."""
    out: list[Mention] = []
    for a in P.ABBREVIATION.finditer(text):
        alias = a.group("alias").strip()
        if any(a.start() <= m.start < a.end() for m in mentions):
            continue  # the alias is itself a numbered mention
        before = [m for m in mentions if m.start < a.start()]
        if not before or len(alias) < 4:
            continue
        first_word = fold(alias.split()[0])
        target = next((m for m in reversed(before) if m.doc_type and fold(m.key).startswith("") and
                       fold(text[m.start:m.start + len(first_word)]) == first_word), before[-1])
        for hit in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text[a.end():]):
            s = a.end() + hit.start()
            out.append(Mention(s, s + len(alias), target.key, target.identity, target.doc_type, None, None, None,
                               by_name=target.by_name))
    return out


# ------------------------------------------------------------------- basis

def _title_openings(folded: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """In a title only the object of its basis verb is implemented: "Triển khai thi hành Luật Việc làm ...",
    "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD"; a title without one, or whose verb governs no document
    ("Triển khai các giải pháp ... theo Luật X"), names no basis."""
    out = []
    for s, e in spans:
        v = P.TITLE_BASIS_VERB.search(folded, s, min(e, s + 120))
        if not v:
            continue
        first = next((m for m in mentions if v.end() <= m.start < e), None)
        if first is not None and first.start - v.end() <= 40:
            out.append((v.end(), e))
    return out


def _object_head(g: CitationGrammar, text: str, span_start: int, m: Mention) -> re.Match | None:
    """A plural head ("các Quyết định", "Các Nghị định") that is itself the object of the clause m stands in."""
    lo = max(span_start, text.rfind(";", span_start, m.start) + 1)
    head = g.plural_head.search(text, lo, m.start)
    if head is None or not P.BASIS_CLAUSE_LEAD.match(text[lo:head.start()]):
        return None
    return head


def _assign_depths(g: CitationGrammar, text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    abbrev = [(a.start(), a.end()) for a in P.ABBREVIATION.finditer(text)]
    first_depth: dict[str, int] = {}
    for s, e in spans:
        inside = [m for m in mentions if s <= m.start < e]
        prev: Mention | None = None
        for m in inside:
            if any(a <= m.start < b for a, b in abbrev) and m.identity in first_depth:
                m.depth = first_depth[m.identity]
            elif m.anchor is not None and m.anchor.depth >= 0 and s <= m.anchor.start:
                m.depth = m.anchor.depth    # "..., số 58/2023/NĐ-CP sửa đổi ... Nghị định số 37/2019/NĐ-CP và số 22/2025/NĐ-CP"
            elif (head := _object_head(g, text, s, m)) is not None:
                # the object is a plural head: "Căn cứ Các Nghị định ... của Luật Quy hoạch (Số 37/2019/NĐ-CP ...)";
                # its list items are direct objects, what its description names is not
                m.depth = 0 if m.list_start or text[head.end():m.start].rstrip().endswith(":") else 1
            elif prev is None:
                m.depth = 0
            else:
                gap = text[prev.end:m.start]
                if ";" in gap:
                    post = gap.rsplit(";", 1)[1]
                    m.depth = 0 if P.BASIS_CLAUSE_LEAD.match(post) or g.plural_head.match(post.lstrip()) else prev.depth + 1
                elif P.CITATION_LIST_GAP.match(gap) or P.ISSUER_BRIDGE.match(gap):
                    m.depth = prev.depth
                else:
                    m.depth = prev.depth + 1
            first_depth.setdefault(m.identity, m.depth)
            prev = m


# -------------------------------------------------------------------- merge

def find_citations(text: str, folded: str, g: CitationGrammar, basis_spans: list[tuple[int, int]],
                   own_number: str | None = None, title_spans: list[tuple[int, int]] = ()) -> list[CitationHit]:
    """`basis_spans`: opening paragraphs ("Thực hiện X; Y ..."), whose first mention is a direct object;
    `title_spans`: titles, where only what follows a basis verb is ("Kế hoạch triển khai thực hiện X")."""
    mentions = _numbered(g, text, folded)
    named = _by_name(g, text, folded, mentions)
    # "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15": the "luật số 64/2025/QH15" that the name's last
    # word makes is the law the name cites, not a second document
    mentions = [m for m in mentions if not any(n.start < m.start < n.name_end and m.key == n.number for n in named)]
    mentions += named
    mentions.sort(key=lambda m: m.start)
    mentions += _title_laws(g, text, folded, list(title_spans), mentions)
    mentions.sort(key=lambda m: m.start)
    mentions += _aliases(text, mentions)
    mentions.sort(key=lambda m: m.start)
    _assign_depths(g, text, mentions, sorted(list(basis_spans) + _title_openings(folded, list(title_spans), mentions)))
    _split_namesakes(mentions)
    own = identity_of(own_number) if own_number else None
    by_id: dict[str, CitationHit] = {}
    for m in mentions:
        if own and m.identity == own:
            continue
        c = by_id.get(m.identity)
        if c is None:
            c = CitationHit(m.key, m.identity, m.doc_type, m.issuer, m.date, m.title, "cites")
            by_id[m.identity] = c
        else:
            if m.key != c.key and c.key == c.key.upper() and m.key.upper() == c.key:
                c.key = m.key  # the key as written in running text, not in an all-capitals title ("06/QĐ-TTG")
            elif m.key != c.key and m.key not in c.alt_keys:
                if m.by_name and any(ch.isdigit() for ch in m.key[-4:]) and not any(ch.isdigit() for ch in c.key[-4:]):
                    c.alt_keys.append(c.key)
                    c.key = m.key  # a law: prefer the key that carries the year
                else:
                    c.alt_keys.append(m.key)
            c.date = c.date or m.date
            if m.issuer and (not c.issuer or (c.issuer.isupper() and not m.issuer.isupper())):
                c.issuer = m.issuer  # as written in running text rather than in an all-capitals title
            c.doc_type = c.doc_type or m.doc_type
            c.title = c.title or m.title
        if m.number and m.number not in c.alt_keys and m.number != c.key:
            c.alt_keys.append(m.number)
        if m.article and m.article not in c.articles:
            c.articles.append(m.article)
        if m.depth == 0:
            c.relation = "basis"
        c.mentions.append(m)
    return list(by_id.values())


def _split_namesakes(mentions: list[Mention]) -> None:
    """Laws that share a name but print different numbers ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế
    số 46/2014/QH13", "... số 51/2024/QH15"; "Luật Di sản văn hóa số 45/2024/QH15" and "... số 28/2001/QH10") are
    different documents, each known by its number. The name without a number goes with the version of its year
    ("Luật Di sản văn hóa năm 2024"), or with no year with the version named first; a year of no printed version is a
    version of its own."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.by_name:
            groups.setdefault(m.identity, []).append(m)
    for ms in groups.values():
        numbered = [m for m in ms if m.number]
        if len({identity_of(m.number) for m in numbered}) < 2:
            continue
        by_year: dict[str, Mention] = {}
        for m in numbered:
            parts = m.number.split("/")
            by_year.setdefault(parts[1] if len(parts) > 2 else "", m)
        for m in ms:
            if m.number:
                continue
            year = m.key[-4:] if m.key[-4:].isdigit() else None
            target = by_year.get(year) if year else numbered[0]
            if target is not None:
                m.identity = identity_of(target.number)
        for m in numbered:
            m.identity = identity_of(m.number)
            m.key, m.number = m.number, m.key


# -------------------------------------------------------------------- scope

def _is_opening(line: str) -> bool:
    """ "Thực hiện ...", "Căn cứ ...", also in italics ("*Căn cứ Luật ...;*")."""
    return bool(P.BASIS_OPENING.match(line.lstrip(" *_")))


@lru_cache(maxsize=4)
def _starts_with_document(lex: Lexicon) -> re.Pattern:
    """A line that starts with a document: "Nghị định số 92/2017/NĐ-CP ...;", "Luật ...", "Quyết định 1234/..."."""
    words = sorted({w for t in lex.doc_types for w in (t.word, *t.variants)}, key=len, reverse=True)
    return re.compile(r"^[\s*_]*(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:số\b|\d|[A-ZĐ" + P.UPPER[3:] + r"])")


def _opening(text: str, blocks: list[Block], i: int, lex: Lexicon | None = None) -> tuple[int, int]:
    """An opening paragraph that states the basis, over hard-wrapped lines and the lines of its list ("Căn cứ Nghị
    định số 63/2010/NĐ-CP ...;" / "Nghị định số 92/2017/NĐ-CP ...;"), up to its sentence end or the issuing clause
    ("..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ...")."""
    start = blocks[i].start
    j = i
    doc_line = _starts_with_document(lex) if lex is not None else None
    while j + 1 < len(blocks) and blocks[j + 1].kind == PARAGRAPH and not _is_opening(blocks[j + 1].text(text)):
        end_char = blocks[j].text(text).rstrip(" *_")[-1:]
        if end_char in (".", ":") or (end_char == ";" and not (doc_line and doc_line.match(blocks[j + 1].text(text)))):
            break
        j += 1
    end = blocks[j].end
    for rx in (P.SENTENCE_BREAK, P.ISSUING_CLAUSE):
        cut = rx.search(text, start, end)
        if cut:
            end = cut.start() + 1
    return start, end


def _carried_plan(text: str, blocks: list[Block], k: int, lex: Lexicon) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """A plan carried after a decision ("KẾ HOẠCH" at block k): its title lines and its own opening paragraphs."""
    t0 = t1 = k + 1
    while t1 < len(blocks) and t1 - t0 < 5:
        line = blocks[t1].text(text).strip(" *")
        if not (line.isupper() or line.startswith("(")):
            break
        t1 += 1
    title = (blocks[t0].start, blocks[t1 - 1].end) if t1 > t0 else None
    openings = []
    run = []
    for x in blocks[t1:t1 + 8]:
        if x.kind != PARAGRAPH:
            break
        run.append(x)
    for i, x in enumerate(run):
        if _is_opening(x.text(text)):
            openings.append(_opening(text, run, i, lex))
    return title, openings


def citation_scope(text: str, lay: Layout | None, lex: Lexicon) -> tuple[str, int, list[tuple[int, int]], list[tuple[int, int]]]:
    """What the citation stage reads: (text, end, titles, openings). The text runs up to a legal portal's own page
    text (appendices and a plan carried by a decision included), with the recipients list blanked; the titles are the
    trích yếu, a Công văn's "V/v" line and the title of a carried plan; the openings are the paragraphs that state the
    basis ("Thực hiện ...", "Căn cứ ...")."""
    if lay is None:
        return text, len(text), [], []
    titles: list[tuple[int, int]] = []
    openings: list[tuple[int, int]] = []
    title = list(lay.title)
    opened = next((k for k, b in enumerate(title) if _is_opening(b.text(text))), None)
    if opened is not None:      # an opening read as part of the title: "Căn cứ ..." lines after it
        title = title[:opened]
    if title:
        titles.append((title[0].start, title[-1].end))
    for b in (*lay.header, *lay.preamble[:12]):
        if P.CITE_SUBJECT_LINE.match(b.text(text)) and not any(s <= b.start < e for s, e in titles):
            titles.append((b.start, b.end))
    pre = (list(lay.title[opened:]) if opened is not None else []) + list(lay.preamble)
    head = list(lay.header)   # openings read as header lines when the layout found no type line ("Căn cứ Luật ...;")
    for i, b in enumerate(head):
        if _is_opening(b.text(text)):
            openings.append(_opening(text, head, i, lex))
    for i, b in enumerate(pre):
        if _is_opening(b.text(text)):
            openings.append(_opening(text, pre, i, lex))
    if lay.plain:
        # a letter without numbered items: its opening paragraphs, written as a basis list ("Thực hiện Công văn số
        # ...;", "Căn cứ Thông tư số ...;"), open its body; an answer's reasoning ("Căn cứ khoản 1 Điều 47a Luật Hải
        # quan ... thì ...") or an account ("Thực hiện ..., Bộ Nội vụ đã có Văn bản ...") does not
        for i, b in enumerate(lay.body):
            if b.kind != PARAGRAPH or not _is_opening(b.text(text)) or not b.text(text).rstrip(" *").endswith(";"):
                break
            openings.append(_opening(text, lay.body, i, lex))
    blocks = lay.all_blocks
    body_start = lay.body[0].start if lay.body else (pre[-1].end if pre else 0)
    type_words = lex.doc_type_by_word()
    end = len(text)
    blank: list[tuple[int, int]] = []
    in_recipients = False
    for k, b in enumerate(blocks):
        if b.start < body_start:
            continue
        line = b.text(text)
        if P.PORTAL_TAIL.match(line):
            end = b.start
            break
        if P.RECIPIENTS_LABEL.match(line):
            in_recipients = True
        elif in_recipients and b.kind != BULLET:
            in_recipients = False
        if in_recipients:
            blank.append((b.start, b.end))
            continue
        bare = line.strip(" *#")
        if bare.isupper() and fold(bare) in type_words:
            title, opens = _carried_plan(text, blocks, k, lex)
            if title:
                titles.append(title)
            openings.extend(opens)
    if not blank:
        return text[:end], end, titles, openings
    chars = list(text[:end])
    for a, z in blank:
        for q in range(a, min(z, end)):
            chars[q] = " "
    return "".join(chars), end, titles, openings
