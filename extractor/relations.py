"""Stage 5: what this document does to the documents it cites, and when it takes effect.

`find_relations(...)` reads the verbs of data/relation_phrases.yaml ("sửa đổi, bổ sung", "thay thế", "bãi bỏ",
"quy định chi tiết", "tạm ngưng hiệu lực", "gia hạn", "thực hiện") where this document speaks: the head of a
clause of its own (the title, an article, an item, "Quyết định này ... và thay thế ..."), never inside a cited
document's description or a basis paragraph ("Căn cứ Nghị định số 187/2025/NĐ-CP sửa đổi, bổ sung ..."). The object
is the cited document named after the verb, with the articles, clauses and points printed before it (the scope);
an item of an amending article that names no document ("1. Sửa đổi khoản 2 Điều 5 như sau:") speaks of the document
its article amends, and a clause named without its article ("a) Sửa đổi khoản 2") belongs to the article of the
item above it. The new wording of an amended article (quoted) is not read.

`find_effective(...)` reads the document's own effect: "<Loại văn bản> này có hiệu lực (thi hành) (kể) từ ngày ..."
("ngày ký" = the issue date, "sau 10 ngày kể từ ngày ký" = ten days after it, "... đến hết ngày 31/12/2025" = the end).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import patterns as P
from .citations import CitationHit
from .lexicon import Lexicon, phrase_alternation, read_data
from .vntext import fold

#: The strongest typed relation wins on citations[].relation (after "basis").
STRENGTH = ("abolishes", "replaces", "suspends", "amends", "extends", "guides", "implements")

_MARK = r"(?:điều\s+\d+[a-zđ]?\s*[.:]|\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\)|[-+•])"
#: A line that opens an item of this document (its marker) or an article.
_ITEM_LINE = re.compile(r"(?m)^[ \t*_#>|]*(?P<mark>" + _MARK + r")(?=[\s*_])")
_LEAD_MARK = re.compile(r"[\s*_#>|\"]*(?:" + _MARK + r"[\s*_]*)?")
_ARTICLE_LINE = re.compile(r"(?m)^[ \t*_#>|]*điều\s+\d+[a-zđ]?\s*[.:]")
#: Clause ends inside a paragraph: ";", ":" and a sentence end.
#: (on the text as written: a sentence ends before a capital or a number; "TP. Hồ Chí Minh" does not end one)
_CLAUSE_END = re.compile(r";(?=\s)|:(?=[ \t*_]*\n|\s+[*_\"“]*[A-ZĐ" + P.UPPER[3:] + r"])|\.(?<!\bTP\.)(?<!\bTp\.)(?=\s+[*_\"“]*[A-ZĐ" + P.UPPER[3:] + r"0-9])|\*\*[ \t]*\n"
                         r"|[.;:!?][*_\"”]*[ \t]*\n")
_LINE_END_PUNCT = re.compile(r"[.;:!?][*_\"”]*[ \t]*$")
_DATE_NUM = re.compile(r"ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))")
_AFTER_DAYS = re.compile(r"sau\s+(?P<n>\d{1,3})\s+ngày\s+(?:kể\s+)?từ\s+ngày\s+(?:ký|ban\s+hành)")
_PASSED_ON = re.compile(r"thông\s+qua\s+(?=ngày)")
_CONJ_BEFORE = re.compile(r"(?:,|;|\bvà|\bhoặc|\bcác|\bđồng\s+thời|\()[\s*_]*$")
_UNIT_NUM = r"(?:\d+[a-zđ]?|[ivxlc]+|[a-zđ])"


@dataclass(frozen=True)
class RelationHit:
    relation: str
    target: str                 # the citation key
    scope: tuple[str, ...]
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EffectHit:
    effective_from: str | None
    effective_until: str | None
    text: str
    start: int
    end: int


@dataclass
class _Hit:
    relation: str
    targets: list[tuple[str, tuple[str, ...]]]     # (key, scope)
    start: int
    end: int
    depth: int
    article: int
    own_scope: tuple[str, ...] = ()                  # units named without a document (an item of an amending article)
    children: int = 0
    parent: "_Hit | None" = None
    extra: list = field(default_factory=list)


def _alts(phrases) -> str:
    return phrase_alternation(phrases, folded=True)


def _key(s: str) -> str:
    return " ".join(fold(s).split())


class RelationGrammar:
    """The relation and effect patterns built from data/relation_phrases.yaml; build once and reuse."""

    def __init__(self, lex: Lexicon):
        data = relation_phrases()
        self.relation_of: dict[str, str] = {}
        for v in data["verbs"]:
            for p in v["phrases"]:
                self.relation_of.setdefault(_key(p), v["relation"])
        self.verb = re.compile(r"(?<![\w])(?:" + _alts(k for k, v in self.relation_of.items() if v != "implements")
                               + r")(?![\w])")
        self.reported = re.compile(r"(?<![\w])(?:" + _alts(data["reported_before"]["phrases"]) + r")[\s*_]*$")
        self.object_not = re.compile(r"(?<![\w])(?:" + _alts(data["object_not"]["phrases"]) + r")(?![\w])")
        self.ends_force = re.compile(r"(?<![\w])(?:" + _alts(data["ends_force"]["phrases"]) + r")(?![\w])")
        self.effect = re.compile(r"(?<![\w])(?:" + _alts(data["effect_leads"]["phrases"]) + r")(?![\w])")
        self.on_issue = re.compile(r"\s*(?:(?:kể\s+)?từ\s+)?(?:" + _alts(data["on_issue"]["phrases"]) + r")(?![\w])")
        self.period = re.compile(r"(?<![\w])(?:" + _alts(data["period_leads"]["phrases"]) + r")(?![\w])")
        self.until = re.compile(r"\s*,?\s*(?:cho\s+)?(?:" + _alts(data["until_leads"]["phrases"]) + r")")
        units = data["scope_units"]["units"]
        self.unit_rank = {_key(w): (u["unit"], int(u["rank"])) for u in units for w in u["words"]}
        su = data["scope_units"]
        not_after = "".join(r"(?<!" + re.escape(fold(w)) + r"\s)" for w in su.get("not_after") or [])
        self.scope_unit = re.compile(r"(?<![\w])" + not_after + r"(?P<unit>" + _alts(self.unit_rank) + r")\s+")
        self.rows = re.compile(r"(?<![\w])(?:" + _alts(su.get("rows") or ["số thứ tự"]) + r")(?![\w])")
        self.weak = {_key(p) for p in data["weak_verbs"]["phrases"]}
        uw = _alts(self.unit_rank)
        num = r"(?:\d+[a-zđ]?|[ivxlc]+[a-zđ]?|[a-zđ])(?![\w])"
        run = (r"(?:(?:các\s+)?(?:" + uw + r")\s+" + num + r"(?:\s*(?:,|và)\s*(?:(?:" + uw + r")\s+)?" + num + r")*"
               r"[\s,]*(?:và\s+)?)+")
        # a run of units right before a document ("..., và khoản 1 Điều 25 Luật Đường sắt")
        self.units_tail = re.compile(run + r"(?:của\s+)?$")
        self.units_only = re.compile(r"[\s,*_]*" + run + r"(?:của\s+)?[\s*_]*")
        self.unit_num = {1: re.compile(r"[a-zđ](?![\w])"), 2: re.compile(r"\d+[a-zđ]?(?![\w])"),
                         3: re.compile(r"\d+[a-zđ]?(?![\w])")}
        for r in (4, 5, 6):
            self.unit_num[r] = re.compile(r"(?:[ivxlc]+[a-zđ]?|\d+[a-zđ]?)(?![\w])")
        words = sorted({fold(w) for t in lex.doc_types for w in (t.word, *t.variants)} | {"quy định", "quy chế"},
                       key=len, reverse=True)
        types = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        self.types = types
        # the head of a clause of this document before its verb: a marker, "về việc", "<Loại> này [quy định|ban hành]"
        self.head = re.compile(
            r"^[\s*_#>|\"]*(?:" + _MARK + r"[\s*_]*)?(?:(?:về\s+việc|v/v)\s*)?(?:(?:" + types + r")\s+này\s+)?"
            r"(?:(?:quy\s+định|ban\s+hành)\s+(?=về\s+việc))?(?:đồng\s+thời\s+)?$")
        # "Quyết định này có hiệu lực ... và thay thế ...", "Ban hành ... và bãi bỏ ..." (a second verb of this document)
        self.head_and = re.compile(r"(?:có\s+hiệu\s+lực|^[\s*_#>|\"]*(?:" + _MARK + r"[\s*_]*)?ban\s+hành)[^;]*?(?:,|\bvà|\bđồng\s+thời)[\s*_]*$")
        by_word = lex.doc_type_by_word()
        self.reporting_codes = {by_word[fold(t)].code for t in data["reporting_types"]["types"] if fold(t) in by_word}
        self.issuer_by_symbol = lex.issuer_by_symbol()
        law_words = sorted({w for t in lex.doc_types if t.by_name and t.normative for w in (t.word, *t.variants)},
                           key=len, reverse=True)
        self.by_name_law = re.compile(r"(?:" + "|".join(re.escape(w) for w in law_words) + r")\s")
        # this document as the subject: "Quyết định này ...", "1. Nghị quyết này ...", "Quyết định có hiệu lực ..."
        # this document's own end: "Quyết định này hết hiệu lực ..."
        self.own_ends = re.compile(r"(?:" + types + r")\s+này\s+(?:sẽ\s+)?(?:" + _alts(data["ends_force"]["phrases"]) + r")")
        self.subject = re.compile(r"^[\s*_#>|\"]*(?:" + _MARK + r"[\s*_]*)?(?:" + types + r")(?:\s+này(?![\w])|\s*$)")


    def level(self, key: str) -> str | None:
        """The level of a document's issuer from its symbol ("QĐ-UBND" -> province, "NĐ-CP" -> central); a law or
        code cited by name is central."""
        if not any(ch.isdigit() for ch in key[:6]):
            return "central"
        for part in reversed(re.split(r"[-/\s]+", key.upper())):
            for k in range(len(part) - 1):      # "CTUBND" (the chairman of the UBND): its body's symbol ends it
                iss = self.issuer_by_symbol.get(part[k:])
                if iss is not None:
                    return iss.level
        return None


    def is_law(self, key: str) -> bool:
        """A law, code or ordinance (cited by name), or a document of the National Assembly ("61/2024/QH15")."""
        return bool(self.by_name_law.match(key)) or bool(re.search(r"/QH\d*$|/UBTVQH\d*$", key.upper()))


#: Relations a document can only state of documents of its own level or below (a province cannot amend a decree).
_ACTS = {"amends", "replaces", "abolishes", "suspends", "extends"}


@lru_cache(maxsize=1)
def relation_phrases() -> dict:
    return read_data("relation_phrases.yaml")


# ------------------------------------------------------------------ scope

def parse_scope(g: RelationGrammar, folded: str, start: int, end: int) -> list[str]:
    """The units printed in folded[start:end], canonical and largest first: "khoản 2 và khoản 3 Điều 5" ->
    ["Điều 5 khoản 2", "Điều 5 khoản 3"]."""
    groups: list[list] = []      # [rank, unit, [shown], start, end]
    pos = start
    quoted = [(q.start(), q.end()) for q in _INLINE_QUOTE.finditer(folded, start, end)]
    while True:
        m = g.scope_unit.search(folded, pos, end)
        if not m:
            break
        if quoted and _inside(quoted, m.start()):     # words struck or inserted: "cụm từ “... điểm h khoản 2 ...”"
            pos = m.end()
            continue
        unit, rank = g.unit_rank[_key(m.group("unit"))]
        num = g.unit_num[rank]
        n = num.match(folded, m.end())
        if not n:
            pos = m.end()
            continue
        nums = [n.group()]
        e = n.end()
        while True:
            more = re.compile(r"\s*(?:,|và|;)\s*").match(folded, e, end)
            if not more:
                break
            n2 = num.match(folded, more.end(), end)
            if not n2:
                break
            nums.append(n2.group())
            e = n2.end()
        shown = [_shown(unit, x) for x in nums]
        # "khoản 2 và khoản 3": one group; not "khoản 2 Điều 5 và Điều 7" (Điều 5 closes a chain)
        if groups and groups[-1][0] == rank and _SEP_ONLY.match(folded, groups[-1][4], m.start()).end() == m.start() \
                and not (len(groups) > 1 and groups[-2][0] < rank):
            groups[-1][2].extend(shown)
            groups[-1][4] = e
        else:
            groups.append([rank, unit, shown, m.start(), e])
        pos = e
    # chains: smaller units first up to the largest ("điểm a khoản 2 Điều 5")
    chains: list[list[list]] = []
    for grp in groups:
        joined = chains and not re.search(r"(?<![\w])(?:và|hoặc)(?![\w])", folded[chains[-1][-1][4]:grp[3]])
        if chains and grp[0] > chains[-1][-1][0] and joined:
            chains[-1].append(grp)
        elif chains and grp[0] == chains[-1][-1][0] and len(chains[-1]) == 1:
            chains[-1][-1][2].extend(grp[2])
        else:
            chains.append([grp])
    if g.rows.search(folded, start, end):     # rows of a list: only the numbered appendix that holds them
        groups = [[6, u, shown, a, b] for rank, u, shown, a, b in groups if rank == 6]
        chains = [[grp] for grp in groups]
    out: list[str] = []
    for i, ch in enumerate(chains):
        # a chain without its article takes the article of the next one ("điểm a khoản 2 và khoản 3 Điều 5")
        if ch[-1][0] < 3 and i + 1 < len(chains) and chains[i + 1][-1][0] == 3:
            ch = ch + [chains[i + 1][-1]]
        combos = [""]
        for grp in reversed(ch):
            combos = [(c + " " + x).strip() for c in combos for x in grp[2]]
        for c in combos:
            if c not in out:
                out.append(c)
    return out


_INLINE_QUOTE = re.compile(r'"[^"\n]{0,400}?"')
_SEP_ONLY = re.compile(r"\s*(?:,|và|;)?\s*")


def _shown(unit: str, n: str) -> str:
    r = re.fullmatch(r"([ivxlc]+)([a-zđ]?)", n)
    if unit in ("Chương", "Mục", "Phụ lục") and r:      # "Phụ lục IIb"
        n = r.group(1).upper() + r.group(2)
    return f"{unit} {n}"


def _rank_of(unit: str) -> int:
    return {"Phụ lục": 6, "Chương": 5, "Mục": 4, "Điều": 3, "khoản": 2, "điểm": 1}.get(unit, 0)


def _parts(s: str) -> list[tuple[int, str]]:
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        if toks[i] == "Phụ" and i + 2 < len(toks):
            out.append((6, f"Phụ lục {toks[i + 2]}"))
            i += 3
        else:
            out.append((_rank_of(toks[i]), f"{toks[i]} {toks[i + 1]}" if i + 1 < len(toks) else toks[i]))
            i += 2
    return out


def _complete(unit: str, parent: str) -> str:
    """A unit named without its article under a parent that has one: "khoản 2" under "Điều 5" -> "Điều 5 khoản 2"."""
    own = _parts(unit)
    if not own or own[0][0] >= 3:
        return unit
    top = own[0][0]
    keep = [p for p in _parts(parent) if p[0] > top]
    if not keep or all(p[0] != 3 for p in keep):
        return unit
    return " ".join(s for _, s in keep + own)


# ------------------------------------------------------------------ text regions

def quoted_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The new wording of amended parts: a quote that opens a line, up to the quote that ends a line."""
    out = []
    pos = start
    opener = re.compile(r'(?m)^[ \t*_]*"')
    closer = re.compile(r'"[*_]*[.;,]?[*_ \t]*(?:\n|$)')
    while True:
        o = opener.search(folded, pos, end)
        if not o:
            break
        c = closer.search(folded, o.end(), min(end, o.end() + 40000))
        if not c:
            pos = o.end()
            continue
        out.append((o.start(), c.end()))
        pos = c.end()
    return out


def _boundaries(text: str, folded: str, start: int, end: int) -> list[int]:
    """Where clauses start: after ";", ":", a sentence end or a line that ends one, at an item's marker, after an
    article's short heading."""
    out = {start, end}
    for m in _CLAUSE_END.finditer(text, start, end):
        out.add(m.end())
    for m in _ITEM_LINE.finditer(folded, start, end):
        out.add(m.start())
        for k in range(m.start("mark") + 1, m.end() + 2):    # "1. Sửa đổi ...": the marker's dot ends no sentence
            out.discard(k)
    for m in _ARTICLE_LINE.finditer(folded, start, end):     # an article's short heading is a clause of its own
        nl = folded.find("\n", m.end(), end)
        if nl != -1 and len(folded[m.end():nl].split()) <= 10:
            out.add(nl + 1)
    return sorted(out)


@dataclass
class BodyIndex:
    """What both readers need of the body, computed once: the quoted new wordings and the clause starts."""

    quotes: list[tuple[int, int]]
    bounds: list[int]


def index_body(text: str, folded: str, start: int, end: int) -> BodyIndex:
    return BodyIndex(quoted_spans(folded, start, end), _boundaries(text, folded, start, end))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos inside one of the sorted spans."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


#: A legal portal's own page text after the document (P.PORTAL_TAIL at any line start, after Markdown marks).
_PORTAL_TAIL = re.compile(r"(?m)^[ \t#*]*" + P.PORTAL_TAIL.pattern.removeprefix(r"^\s*"))


def portal_tail(text: str, start: int) -> int | None:
    """Where a legal portal's own page text starts after the document ("## Văn bản liên quan", its notices)."""
    m = _PORTAL_TAIL.search(text, start)
    return m.start() if m else None


# ------------------------------------------------------------------ relations

@dataclass
class _Mention:
    start: int
    end: int
    key: str
    depth: int


def _mentions(citations: list[CitationHit]) -> list[_Mention]:
    out = [_Mention(m.start, max(m.end, m.start + 1), c.key, m.depth) for c in citations for m in c.mentions]
    out.sort(key=lambda x: x.start)
    return out


def _depth_of(folded: str, clause_start: int) -> int:
    line = folded[clause_start:clause_start + 40]
    m = re.match(r"[\s*_#>|\"]*(" + _MARK + r")", line)
    if not m:
        return 1
    mk = m.group(1)
    if mk.startswith("điều"):
        return 0
    if mk[0].isdigit():
        return 2 + mk.count(".") - 1 if mk.endswith(".") else 2
    if mk[0] in "-+•":
        return 5
    return 4


def _opens_with_mention(folded: str, mentions: list[_Mention], a: int, b: int) -> bool:
    """A clause folded[a:b] that starts with a cited document (after marks and a list marker)."""
    lo = bisect.bisect_left(mentions, a, key=lambda m: m.start)
    if lo >= len(mentions) or mentions[lo].start >= b:
        return False
    return bool(re.fullmatch(r"[\s*_]*(?:[a-zđ]\)|[-+•])?[\s*_]*", folded[a:mentions[lo].start]))


def _objects(g: RelationGrammar, folded: str, mentions: list[_Mention], a: int, b: int, quotes) -> list[tuple[_Mention, int]]:
    """The documents a verb governs in folded[a:b]: the first one named, and those joined to it by "và" / ","
    (each with where its scope starts)."""
    lo = bisect.bisect_left(mentions, a, key=lambda m: m.start)
    inside = []
    for m in mentions[lo:]:
        if m.start >= b:
            break
        if not _inside(quotes, m.start):
            inside.append(m)
    if not inside:
        return []
    first = inside[0]
    if first.start - a > 400 or g.object_not.search(folded, a, first.start):
        return []
    out = [(first, a)]
    prev = first
    for m in inside[1:]:
        if m.key == prev.key:
            continue
        gap = folded[prev.end:m.start]
        units = g.units_tail.search(gap)
        cut = prev.end + (units.start() if units else len(gap))
        if _CONJ_BEFORE.search(folded, max(prev.end, cut - 12), cut) and not g.verb.search(gap) \
                and not re.search(r"(?<![\w])(?:của|tại|theo|về|bởi)[\s*_]*$", gap):
            out.append((m, prev.end))
            prev = m
    return out


def _listed(g: RelationGrammar, folded: str, mentions: list[_Mention], ce: int, end: int, depth: int,
            quotes) -> list[tuple[str, tuple[str, ...]]]:
    """The documents a clause ending in ":" lists in the items below it ("... các Quyết định sau:" / "a) Quyết định
    số 41/2023/QĐ-UBND ..."), each named at the head of its item."""
    if not folded[:ce].rstrip(" *_\n").endswith(":"):
        return []
    out: list[tuple[str, tuple[str, ...]]] = []
    items = [m for m in _ITEM_LINE.finditer(folded, ce, min(end, ce + 6000))]
    for i, m in enumerate(items):
        if m.start() - (items[i - 1].end() if i else ce) > 1500 or _ARTICLE_LINE.match(folded, m.start()):
            break
        if _depth_of(folded, m.start()) <= depth:
            break
        stop = items[i + 1].start() if i + 1 < len(items) else min(end, m.end() + 1500)
        objs = _objects(g, folded, mentions, m.end(), min(stop, m.end() + 400), quotes)
        if objs and (objs[0][0].start - m.end() <= 60 or g.units_only.fullmatch(folded, m.end(), objs[0][0].start)):
            for o, s0 in objs:
                out.append((o.key, tuple(parse_scope(g, folded, s0, o.start))))
    return out


def _close(g: RelationGrammar, folded: str, a: int, b: int) -> bool:
    """The document follows a weak verb closely: after its articles, "một số điều của", at most a few words."""
    gap = g.units_only.sub(" ", folded[a:b])
    gap = re.sub(r"(?<![\w])(?:một\s+số\s+)?(?:điều|khỏan|điểm|nội\s+dung)(?:\s*,\s*\w+)*\s+(?:của|tại)\s*", " ", gap)
    return len(gap.split()) <= 4 and not re.search(r"(?<![\w])(?:theo|tại)\s*$", gap.strip())


def _second_verb(g: RelationGrammar, folded: str, mentions: list[_Mention], hits: list["_Hit"], cs: int, vs: int) -> bool:
    """A second verb of the clause a first one opened: "Sửa đổi Danh mục số thứ tự 1594 ... và bãi bỏ danh mục số thứ
    tự 1646 tại Phụ lục kèm theo Quyết định số 2411/QĐ-UBND" (no document named between them)."""
    if not hits or not (cs <= hits[-1].start < vs) or hits[-1].relation == "implements":
        return False
    lo = bisect.bisect_left(mentions, hits[-1].start, key=lambda m: m.start)
    if lo < len(mentions) and mentions[lo].start < vs:
        return False
    return bool(re.search(r"(?:,|\bvà|\bđồng\s+thời)[\s*_]*$", folded[hits[-1].start:vs]))


def find_relations(text: str, folded: str, g: RelationGrammar, citations: list[CitationHit],
                   body: tuple[int, int], titles: list[tuple[int, int]], openings: list[tuple[int, int]],
                   own_type: str | None = None, own_number: str | None = None,
                   index: BodyIndex | None = None) -> list[RelationHit]:
    """The relations this document states, merged to one per (relation, target) with the union of their scopes.
    A document that reports (a Thông báo, a Báo cáo) states no amending, replacing, abolishing; a local one none of
    a central document."""
    acting = own_type not in g.reporting_codes
    own_level = g.level(own_number) if own_number else None
    mentions = _mentions(citations)
    hits: list[_Hit] = []
    # implements: the direct objects of a title or opening that carries a document out ("Thực hiện X; ...")
    for s, e in list(titles) + list(openings):
        head = folded[s:min(e, s + 160)].lstrip(" *_#\n")
        if head.startswith("căn cứ"):
            continue
        lo = bisect.bisect_left(mentions, s, key=lambda m: m.start)
        firsts = [m for m in mentions[lo:] if m.start < e and m.depth == 0]
        seen: set[str] = set()
        for f in firsts:
            if f.key in seen:
                continue
            for m, _ in _objects(g, folded, mentions, f.start, e, []):
                if m.key not in seen and (m.depth == 0 or m.start > f.start):
                    seen.add(m.key)
                    hits.append(_Hit("implements", [(m.key, ())], m.start, m.end, 1, -1))
    regions = [(s, e, True) for s, e in titles] + [(body[0], body[1], False)]
    skip = sorted(openings)
    for rs, re_, is_title in regions:
        if is_title:
            quotes, bounds = [], [rs, re_]
        else:
            index = index or index_body(text, folded, rs, re_)
            quotes, bounds = index.quotes, index.bounds
        articles = [m.start() for m in _ARTICLE_LINE.finditer(folded, rs, re_) if not _inside(quotes, m.start())]
        for v in g.verb.finditer(folded, rs, re_):
            vs, ve = v.start(), v.end()
            if _inside(quotes, vs) or _inside(skip, vs):
                continue
            relation = g.relation_of[_key(v.group())]
            if relation == "implements" or (relation == "guides" and not is_title and False):
                continue
            k = _bisect_le(bounds, vs)
            cs = bounds[k]
            ce = bounds[k + 1] if k + 1 < len(bounds) else re_
            while ce <= ve and k + 2 < len(bounds):
                k += 1
                ce = bounds[k + 1]
            head = folded[cs:vs]
            if not (g.head.match(head) or g.head_and.search(head) or _second_verb(g, folded, mentions, hits, cs, vs)):
                continue
            if g.reported.search(folded, max(cs, vs - 15), vs):
                continue
            # a list of documents that goes on after ";" or ":" ("thay thế các Nghị định sau: Nghị định số ...;
            # Nghị định số ...") belongs to the clause
            while k + 2 < len(bounds) and folded[:ce].rstrip()[-1:] in (";", ":") and _opens_with_mention(folded, mentions, ce, bounds[k + 2]):
                k += 1
                ce = bounds[k + 1]
            objs = _objects(g, folded, mentions, ve, ce, quotes)
            if objs and _key(v.group()) in g.weak and not _close(g, folded, ve, objs[0][0].start):
                continue
            art = _bisect_le(articles, vs) if articles and vs >= articles[0] else -1
            art = -2 if is_title else art
            depth = 0 if is_title else _depth_of(folded, cs)
            if objs:
                targets = [(m.key, tuple(parse_scope(g, folded, s0, m.start))) for m, s0 in objs]
                hits.append(_Hit(relation, targets, vs, ce, depth, art))
            elif not is_title:
                if g.object_not.search(folded, ve, ce):
                    continue
                scope = tuple(parse_scope(g, folded, ve, ce))
                listed = [] if scope else _listed(g, folded, mentions, ce, re_, depth, quotes)
                if listed:      # "2. Bãi bỏ các Quyết định sau:" / "a) Quyết định số 41/2023/QĐ-UBND ..."
                    hits.append(_Hit(relation, listed, vs, ce, depth, art))
                else:
                    hits.append(_Hit(relation, [], vs, ce, depth, art, own_scope=scope))
        # "... hết hiệu lực": the documents named before it, in its clause
        if not is_title:
            for v in g.ends_force.finditer(folded, rs, re_):
                vs = v.start()
                if _inside(quotes, vs) or _inside(skip, vs) or g.reported.search(folded, max(rs, vs - 15), vs):
                    continue
                k = _bisect_le(bounds, vs)
                cs = bounds[k]
                objs = _objects(g, folded, mentions, cs, vs, quotes)
                if objs and objs[0][0].start - cs <= 300 and not g.own_ends.search(folded, cs, v.end()):
                    art = _bisect_le(articles, vs) if articles and vs >= articles[0] else -1
                    mark = _LEAD_MARK.match(folded, cs)      # "Điều 2. ..." names this document's article, not X's
                    targets = [(m.key, tuple(parse_scope(g, folded, max(s0, mark.end()), m.start))) for m, s0 in objs]
                    hits.append(_Hit("abolishes", targets, cs, v.end(), _depth_of(folded, cs), art))
                elif not objs and not g.subject.match(folded[cs:vs]):
                    # "Các văn bản sau đây hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực:" / "a) Nghị quyết số ..."
                    k2 = _bisect_le(bounds, v.end())
                    ce = bounds[k2 + 1] if k2 + 1 < len(bounds) else re_
                    listed = _listed(g, folded, mentions, ce, re_, _depth_of(folded, cs), quotes)
                    if listed:
                        art = _bisect_le(articles, vs) if articles and vs >= articles[0] else -1
                        hits.append(_Hit("abolishes", listed, cs, ce, _depth_of(folded, cs), art))
    hits.sort(key=lambda h: h.start)
    _nest(hits, folded)
    merged = _merge(text, hits)
    typed = {r.target for r in merged if r.relation != "implements"}
    out = []
    for r in merged:
        if r.relation == "implements" and r.target in typed:
            continue        # "quy định chi tiết và hướng dẫn thi hành Luật X": guides, not implements
        if r.relation in _ACTS:
            if not acting:
                continue
            if own_level in ("province", "party_province") and g.level(r.target) in ("central", "party_central"):
                continue
            if g.is_law(r.target) and not (own_number and g.is_law(own_number)):
                continue        # a decree "điều chỉnh tiền lương ... Điều 73 Luật Bảo hiểm xã hội" does not amend the law
        out.append(r)
    return out


def _bisect_le(xs: list[int], x: int) -> int:
    return max(0, bisect.bisect_right(xs, x) - 1)


def _nest(hits: list[_Hit], folded: str) -> None:
    """Items that name no document take the document of the item above them in the same article, and the article of
    the item above them when they name a clause or point without one. Clauses of one item joined by ";" that name
    no document take the one a later clause of the item names ("Bãi bỏ cụm từ ... tại điểm a khoản 2 Điều 2; bãi bỏ
    điểm b khoản 2 Điều 2 Nghị định số 158/2018/NĐ-CP")."""
    for i in range(len(hits) - 1, -1, -1):
        h = hits[i]
        if h.targets or h.article < -1 or not h.own_scope:
            continue
        nxt = next((n for n in hits[i + 1:] if n.relation != "implements"), None)
        if (nxt is not None and nxt.targets and nxt.relation == h.relation and nxt.article == h.article
                and nxt.start - h.end <= 600 and not _ITEM_LINE.search(folded, h.end, nxt.start)
                and folded[:nxt.start].rstrip(" *_\n")[-1:] == ";"):
            h.targets = [(nxt.targets[0][0], h.own_scope)]
    for i, h in enumerate(hits):
        if h.targets or h.article < -1:
            continue
        parent = None
        for p in reversed(hits[:i]):
            if p.article != h.article or p.relation == "implements":
                continue
            if p.depth < h.depth and (p.targets or p.parent is not None):
                parent = p
                break
        if parent is None:
            continue
        keys = [k for k, _ in parent.targets] or [k for k, _ in parent.parent.targets] if parent.parent else \
            [k for k, _ in parent.targets]
        if not keys:
            continue
        pscope = [u for _, sc in parent.targets for u in sc] or list(parent.own_scope)
        scope = []
        for u in h.own_scope:
            full = u
            for pu in pscope:
                full = _complete(u, pu)
                if full != u:
                    break
            scope.append(full)
        if not scope and not h.own_scope:
            continue    # "Bổ sung tên điều như sau:" names no unit: the item above says it all
        h.parent = parent
        h.targets = [(keys[0], tuple(scope))]
        parent.children += 1
        if parent.parent is None and parent.targets:
            pass


def _merge(text: str, hits: list[_Hit]) -> list[RelationHit]:
    by: dict[tuple[str, str], list] = {}
    order: list[tuple[str, str]] = []
    refined: set[tuple[str, str, str]] = set()
    for h in hits:
        for key, scope in h.targets:
            if h.parent is not None:
                for pk, ps in (h.parent.targets or []):
                    for u in ps:
                        refined.add((h.parent.relation, pk, u))
                for u in h.parent.own_scope:
                    refined.add((h.parent.relation, key, u))
    for h in hits:
        for key, scope in h.targets:
            k = (h.relation, key)
            if k not in by:
                by[k] = [h.start, h.end, []]
                order.append(k)
            for u in scope:
                if u not in by[k][2]:
                    by[k][2].append(u)
    out = []
    for k in order:
        s, e, scope = by[k]
        scope = [u for u in scope if (k[0], k[1], u) not in refined or not any(
            o != u and o.startswith(u + " ") for o in scope)]
        scope = [u for u in scope if not u.startswith(("khoản", "điểm"))]   # a clause of no named article: no unit
        out.append(RelationHit(k[0], k[1], tuple(scope), s, e, " ".join(text[s:e].split())[:300]))
    return out


# ------------------------------------------------------------------ effective dates

def _iso(y, m, d) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


def _date_at(folded: str, pos: int) -> tuple[str | None, int]:
    m = _DATE_NUM.match(folded, pos)
    if not m:
        return None, pos
    return _iso(m.group("y1") or m.group("y2"), m.group("m1") or m.group("m2"), m.group("d")), m.end()


def find_effective(text: str, folded: str, g: RelationGrammar, start: int, end: int,
                   issued: str | None, index: BodyIndex | None = None) -> EffectHit | None:
    """The document's own effective date (and end), from the first "<Loại> này có hiệu lực ..." of its body."""
    index = index or index_body(text, folded, start, end)
    quotes, bounds = index.quotes, index.bounds
    for v in g.effect.finditer(folded, start, end):
        vs = v.start()
        if _inside(quotes, vs):
            continue
        cs = bounds[_bisect_le(bounds, vs)]
        head = folded[cs:vs]
        if not g.subject.match(head) or "hết hiệu lực" in head or len(head) > 400:
            continue
        pos = v.end()
        frm: str | None = None
        tail = re.compile(r"\s*(?:thi\s+hành\s+)?(?:kể\s+)?(?:từ\s+)?").match(folded, pos)
        p2 = tail.end() if tail else pos
        d, after = _date_at(folded, p2)
        if d:
            frm, pos = d, after
        elif (n := _AFTER_DAYS.search(folded, max(vs, v.end() - 4), v.end() + 60)) and n.start() <= v.end() + 2 and issued:
            frm = (dt.date.fromisoformat(issued) + dt.timedelta(days=int(n.group("n")))).isoformat()
            pos = n.end()
        elif (o := g.on_issue.match(folded, pos)) or (o := g.on_issue.match(folded, p2)):
            pos = o.end()
            d0 = None
            if "thông qua" in o.group():     # "... thông qua ngày 16 tháng 6 năm 2025" (in the clause or after it)
                for passed in (_PASSED_ON.search(head), _PASSED_ON.search(folded, pos, min(len(folded), pos + 3000))):
                    if passed and (d0 := _date_at(folded, passed.end())[0]):
                        break
            frm = d0 or issued
        elif not g.until.match(folded, pos):      # "... có hiệu lực đến hết ngày 28 tháng 02 năm 2027" states the end only
            continue
        until = None
        u = g.until.match(folded, pos)
        if u:
            d, after = _date_at(folded, u.end() - 4 if folded[u.end() - 4:u.end()] == "ngày" else u.end())
            if d is None:
                d, after = _date_at(folded, u.end())
            if d:
                until, pos = d, after
        s = cs + (len(head) - len(head.lstrip(" *_#>|\"\n")))
        return _with_period(text, folded, g, start, end, quotes,
                            EffectHit(frm, until, " ".join(text[s:pos].split()), s, pos))
    return _with_period(text, folded, g, start, end, quotes, None)


def _with_period(text: str, folded: str, g: RelationGrammar, start: int, end: int, quotes,
                 hit: EffectHit | None) -> EffectHit | None:
    """The end of a decision whose content is a period ("Thời hạn ủy quyền: Kể từ ngày Quyết định này có hiệu lực đến
    hết ngày 28 tháng 02 năm 2027"), when its effect article states none."""
    if hit is not None and hit.effective_until is not None:
        return hit
    for p in g.period.finditer(folded, start, end):
        if _inside(quotes, p.start()):
            continue
        u = re.compile(r"đến\s+(?:hết\s+)?(?=ngày)").search(folded, p.end(), min(end, p.end() + 200))
        d, after = _date_at(folded, u.end()) if u else (None, 0)
        if d is None:
            continue
        if hit is None:
            return EffectHit(None, d, " ".join(text[p.start():after].split()), p.start(), after)
        return EffectHit(hit.effective_from, d, hit.text, hit.start, hit.end)
    return hit


# ------------------------------------------------------------------ one sentence (data examples, tests)

def read_sentence(sentence: str, issued: str | None = "2025-11-19") -> tuple[list[RelationHit], EffectHit | None]:
    """The relations and effect one sentence states, read as the body of a document (as a title when it opens with a
    word in capitals, as an opening paragraph when it opens with a basis verb: "Thực hiện ...")."""
    from . import patterns as P
    from .citations import CitationGrammar, find_citations
    from .lexicon import load_lexicon
    from .vntext import nfc

    text = nfc(sentence)
    folded = fold(text)
    lex = load_lexicon()
    g = _grammar(lex)
    whole = [(0, len(text))]
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    titles = whole if len(first) > 1 and first.isupper() else []
    openings = whole if P.BASIS_OPENING.match(text) else []
    cites = find_citations(text, folded, _citation_grammar(lex), openings, title_spans=titles)
    rels = find_relations(text, folded, g, cites, (0, len(text)), titles, openings)
    return rels, find_effective(text, folded, g, 0, len(text), issued)


@lru_cache(maxsize=2)
def _grammar(lex: Lexicon) -> RelationGrammar:
    return RelationGrammar(lex)


@lru_cache(maxsize=2)
def _citation_grammar(lex: Lexicon):
    from .citations import CitationGrammar

    return CitationGrammar(lex)
