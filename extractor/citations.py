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

from . import patterns as P
from .lexicon import Lexicon
from .vntext import fold, squash


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
    k = re.sub(r"\s+", "", k)
    k = re.sub(r"[‐‑‒–—―−]", "-", k)
    return re.sub(r"[-/]", "/", k)


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
        provinces = sorted({fold(p) for p in lex.province_names()}, key=len, reverse=True)
        self.province_rx = re.compile(
            r"\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?(?:" + "|".join(re.escape(p) for p in provinces) + r")(?![\w])"
        )
        # laws by name
        law_names: list[tuple[str, str]] = []
        for law in lex.laws:
            for n in (law.name, *law.aliases):
                law_names.append((fold(n), law.name))
        law_names.sort(key=lambda t: len(t[0]), reverse=True)
        self.law_name_rx = re.compile(r"(?:" + "|".join(re.escape(n) for n, _ in law_names) + r")(?![\w])") if law_names else None
        self.law_canon = {n: c for n, c in law_names}
        self.law_number: dict[tuple[str, int], str] = {}
        for law in lex.laws:
            if law.number and law.year:
                self.law_number[(squash(law.name), law.year)] = law.number
        # laws, codes, ordinances and the constitution; strategies and charters named without a number are left out
        by_name_words = sorted({t.word for t in lex.doc_types if t.by_name and t.normative}, key=len, reverse=True)
        self.by_name = re.compile(r"(?<![\w])(?P<type>" + "|".join(re.escape(w) for w in by_name_words) + r")(?=\s+\S)")


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
        pm = g.province_rx.match(folded, end)
        if pm:
            end = pm.end()
        tm = P.ISSUER_TERM.match(text[end:end + 20])
        if tm:
            end += tm.end()
        return text[i:end].strip(), end
    stop = P.ISSUER_STOP.search(text, i, min(len(text), i + 120))
    end = stop.start() if stop else min(len(text), i + 120)
    cand = text[i:end].strip()
    if cand and cand[0].isupper() and len(cand.split()) <= 14:
        return cand, end
    return None, pos


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


def _numbered(g: CitationGrammar, text: str, folded: str) -> list[Mention]:
    out: list[Mention] = []
    matches = list(g.numbered.finditer(text))
    for idx, m in enumerate(matches):
        type_word = m.group("type")
        num, sep, sym = m.group("num"), m.group("sep"), m.group("sym")
        key = f"{num}{sep}{sym}".replace("Ð", "Đ")
        t = g.by_word.get(fold(type_word)) or g.by_code.get(fold(type_word))
        doc_type = t.code if t else None
        pos = m.end()
        date, pos = _parse_date(text, pos)
        issuer, pos2 = _parse_issuer(g, text, folded, pos)
        pos = pos2
        if date is None:
            date, pos = _parse_date(text, pos)
        if issuer is None:
            issuer = _issuer_from_symbol(g, sym)
        nxt = matches[idx + 1].start() if idx + 1 < len(matches) else len(text)
        title = _parse_title(text, pos, nxt)
        art = P.ARTICLE_BEFORE.search(text[max(0, m.start() - 60):m.start()])
        out.append(Mention(m.start(), pos, key, identity_of(key), doc_type, issuer, date, title,
                           article=art.group("article") if art else None))
    return out


def _issuer_from_symbol(g: CitationGrammar, sym: str) -> str | None:
    """Only central issuers that the symbol decides alone (CP, TTg, QH15, BCA ...)."""
    parts = [p for p in re.split(r"[-/]", sym) if p and not p.isdigit()]
    found = []
    for part in parts:
        base = re.sub(r"\d+$", "", part).upper()
        issuer = g.issuer_by_symbol.get(base)
        if issuer is not None:
            found.append(issuer)
    # a joint document (TTLT-BTP-BCA-...) names several issuers: the symbol alone does not decide
    if len(found) == 1 and found[0].level == "central":
        return found[0].name
    return None


def _by_name(g: CitationGrammar, text: str, folded: str, numbered: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    taken = [(x.start, x.end) for x in numbered]
    for m in g.by_name.finditer(text):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            continue
        after = text[m.end():m.end() + 6]
        if re.match(r"\s+số\b", after):
            continue
        name_end = None
        canon = None
        if g.law_name_rx:
            lm = g.law_name_rx.match(folded, s)
            if lm:
                name_end = lm.end()
                canon = g.law_canon.get(folded[s:name_end])
        if name_end is None:
            stop = P.LAW_NAME_STOP.search(text, m.end() + 1, min(len(text), m.end() + 160))
            name_end = stop.start() if stop else min(len(text), m.end() + 160)
            words = text[m.end():name_end].split()
            if not words or len(words) > 14 or fold(words[0]) in {"này", "đó", "trên", "nêu", "hiện", "mới", "sửa"}:
                continue
        name = " ".join(text[s:name_end].split())
        pos = name_end
        year = None
        date = None
        dm = P.LAW_DATE.match(text[pos:pos + 40])
        if dm:
            date = _iso(dm.group("y"), dm.group("m"), dm.group("d"))
            year = dm.group("y")
            pos += dm.end()
        else:
            ym = P.LAW_YEAR.match(text[pos:pos + 12])
            if ym and text[pos:pos + 12].lstrip().startswith("năm"):
                year = ym.group("y")
                pos += ym.end()
        number = None
        nm = re.match(r"\s+số\s+(\d{1,4}/(?:19|20)\d{2}/[A-Z0-9Đ\-]+)", text[pos:pos + 40])
        if nm:
            number = nm.group(1)
            pos += nm.end()
        if number is None and year and canon:
            number = g.law_number.get((squash(canon), int(year)))
        key = f"{name} {year}" if year else name
        t = g.by_word.get(fold(m.group("type")))
        art = P.ARTICLE_BEFORE.search(text[max(0, s - 60):s])
        out.append(Mention(s, pos, key, "law:" + squash(name), t.code if t else m.group("type"), None, date, name,
                           article=art.group("article") if art else None, number=number, by_name=True))
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

def _assign_depths(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    abbrev = [(a.start(), a.end()) for a in P.ABBREVIATION.finditer(text)]
    first_depth: dict[str, int] = {}
    for s, e in spans:
        inside = [m for m in mentions if s <= m.start < e]
        prev: Mention | None = None
        for m in inside:
            if any(a <= m.start < b for a, b in abbrev) and m.identity in first_depth:
                m.depth = first_depth[m.identity]
            elif prev is None:
                m.depth = 0
            else:
                gap = text[prev.end:m.start]
                if ";" in gap:
                    m.depth = 0
                elif P.CITATION_LIST_GAP.match(gap):
                    m.depth = prev.depth
                else:
                    m.depth = prev.depth + 1
            first_depth.setdefault(m.identity, m.depth)
            prev = m


# -------------------------------------------------------------------- merge

def find_citations(text: str, folded: str, g: CitationGrammar, basis_spans: list[tuple[int, int]],
                   own_number: str | None = None) -> list[CitationHit]:
    mentions = _numbered(g, text, folded)
    mentions += _by_name(g, text, folded, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions += _aliases(text, mentions)
    mentions.sort(key=lambda m: m.start)
    _assign_depths(text, mentions, basis_spans)
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
            if m.key != c.key and m.key not in c.alt_keys:
                if m.by_name and any(ch.isdigit() for ch in m.key[-4:]) and not any(ch.isdigit() for ch in c.key[-4:]):
                    c.alt_keys.append(c.key)
                    c.key = m.key  # a law: prefer the key that carries the year
                else:
                    c.alt_keys.append(m.key)
            c.date = c.date or m.date
            c.issuer = c.issuer or m.issuer
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
