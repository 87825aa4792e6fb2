"""Citation identity across documents: one node per real document.

Identity rules (`Linker.node_for`):
- a central or Party document (the issuer part of its symbol is central: TW, CP, TTg,
  QH15, BCA, VPCP, UBQG ...) is its number + symbol: "36-CT/TW" -> `36/CT/TW`;
- a local one (UBND, HĐND, BCĐ, TU, a sở's own code, anything not central) is its number +
  symbol *and* its issuing province: `12/KH/UBND@Thái Bình`. The province is the one the
  citation's issuer names ("của UBND tỉnh Đắk Nông"), else the citing document's province,
  else the citing document itself (`@doc:<sha>`);
- a law cited by name is `law:<squashed name>`, whatever the year, unless two years are
  given for the same name (then `law:<name>#<year>` is a second node);
- a stored plan is its own number + province, so later citations of it reach the document;
  a plan without a number is `doc:<sha256>`.
Keys are normalised beyond `extractor.citations.identity_of` for OCR and typing variants:
Đ read as D, "TƯ" as "TW", leading zeros and O-for-0 in the number.

`find_links(result, text)` reads node -> node relations from the citing text: in
"Quyết định số 291/QĐ-TTg ... triển khai thực hiện Chỉ thị số 36-CT/TW" the first
document implements the second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.citations import identity_of
from extractor.lexicon import Lexicon, load_lexicon
from extractor.vntext import fold, squash
from models.result import Citation, Metadata, PlanResult

from .registry import CorpusRegistry, default_corpus_registry

#: A law key ends with its year: "Luật Phòng, chống ma túy 2021".
LAW_YEAR_SUFFIX = re.compile(r"\s+(?P<year>(?:19|20)\d{2})$")
#: "TƯ" (Trung ương) at the end of a symbol part is "TW": "36-CT/TƯ".
TU_CENTRAL = re.compile(r"TƯ$")
#: A number part as OCR may print it: digits with O for 0 and l/I for 1 ("O1", "l2"), optional letter suffix.
OCR_NUMBER = re.compile(r"^[0-9OIL]+[A-Z]?$")
#: Trailing digits of a symbol part (QH15, UBTVQH14).
TRAILING_DIGITS = re.compile(r"\d+$")
#: Words between two citations that make the first implement the second ("ban hành Kế hoạch triển khai thực hiện").
IMPLEMENTS_GAP = re.compile(r"(?<!\w)(?:triển khai|thực hiện|hướng dẫn thi hành|hướng dẫn thực hiện|cụ thể hóa)(?!\w)")
#: Characters that end the description of a citation, so that the next one is not its object.
LINK_BREAK = re.compile(r"[;\n]|\.\s")
MAX_LINK_GAP = 250

CENTRAL_LEVELS = frozenset({"central", "party_central"})


@dataclass(frozen=True)
class NodeRef:
    """Where a citation (or a stored document) lands: its identity, the aliases it also answers to."""

    identity: str
    scope: str                      # central | local | law | doc
    key: str                        # as written
    aliases: tuple[str, ...] = ()
    province: str | None = None
    year: int | None = None         # laws: the year given, if any
    law_name: str | None = None     # laws: the identity without the year


@dataclass(frozen=True)
class Link:
    source: int                     # index into result.citations
    target: int
    relation: str = "implements"


def normalize_key(key: str) -> str:
    """`identity_of` plus OCR/typing variants: "36-CT/TƯ" = "36/CT/TW", "01/QĐ-UBND" = "1/QD/UBND"."""
    parts = identity_of(key).split("/")
    out = []
    for i, p in enumerate(parts):
        if i == 0 and OCR_NUMBER.match(p) and any(c.isdigit() for c in p):
            p = p.replace("O", "0").replace("I", "1").replace("L", "1")
            p = p.lstrip("0") or "0"
        else:
            p = TU_CENTRAL.sub("TW", p)
        out.append(p.replace("Đ", "D"))
    return "/".join(out)


def _symbol_parts(key: str) -> list[str]:
    """The non-numeric parts after the number: "245/KH-UBQG-BCA" -> [KH, UBQG, BCA]; "163/2024/QH15" -> [QH15]."""
    parts = [p for p in re.split(r"[-/]", identity_of(key)) if p]
    return [p for p in parts[1:] if not p.isdigit()]


class Linker:
    """Pure identity logic over the lexicon (no database): build once, reuse."""

    def __init__(self, lexicon: Lexicon, registry: CorpusRegistry):
        self.lexicon = lexicon
        self.registry = registry
        self._issuer_level = {}
        for sym, issuer in lexicon.issuer_by_symbol().items():
            self._issuer_level[sym.upper()] = issuer.level
            self._issuer_level[sym.upper().replace("Đ", "D")] = issuer.level
        self._type_codes = {t.code.upper() for t in lexicon.doc_types if t.code} | {
            t.code.upper().replace("Đ", "D") for t in lexicon.doc_types if t.code}
        names: dict[str, str] = {}
        for i in lexicon.issuers:
            for n in (i.name, *i.spellings):
                names.setdefault(fold(n), i.level)
        self._issuer_names = sorted(names.items(), key=lambda kv: -len(kv[0]))
        provinces = sorted({fold(n) for n in lexicon.province_names()}, key=len, reverse=True)
        self._province_rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in provinces) + r")(?!\w)")

    # ----------------------------------------------------------- scope
    def symbol_scope(self, key: str) -> str | None:
        """central | local from the symbol's issuer parts, None when the symbol names no issuer."""
        levels = []
        unknown = False
        for part in _symbol_parts(key):
            base = TRAILING_DIGITS.sub("", part)
            if base in self._type_codes:
                continue
            level = self._issuer_level.get(base)
            if level is None:
                unknown = True
            else:
                levels.append(level)
        if any(lv not in CENTRAL_LEVELS for lv in levels):
            return "local"
        if levels:
            return "central"
        return "local" if unknown else None

    def issuer_scope(self, issuer: str | None) -> str | None:
        """central | local from the issuer text ("Bộ Công an và Trung ương Đoàn ..."), None when unknown."""
        if not issuer:
            return None
        f = fold(issuer)
        for name, level in self._issuer_names:
            if f.startswith(name):
                return "central" if level in CENTRAL_LEVELS else "local"
        return "local" if self.issuer_province(issuer) else None

    def issuer_province(self, issuer: str | None) -> str | None:
        """The province an issuer text names: "UBND tỉnh Đắk Nông" -> "Đắk Nông"."""
        if not issuer:
            return None
        m = self._province_rx.search(fold(issuer))
        return self.registry.province_name(issuer[m.start():m.end()]) if m else None

    # -------------------------------------------------------- identities
    def node_for(self, c: Citation, province: str | None, doc_sha: str) -> NodeRef:
        """The node a citation of a document (of `province`, with hash `doc_sha`) lands on."""
        if not c.key[:1].isdigit():
            return self._law(c)
        aliases = [normalize_key(k) for k in c.alt_keys if "/" in k and normalize_key(k) != normalize_key(c.key)]
        scope = self.symbol_scope(c.key) or self.issuer_scope(c.issuer) or "local"
        if scope == "central":
            return NodeRef(normalize_key(c.key), "central", c.key, tuple(aliases))
        prov = self.issuer_province(c.issuer) or self.registry.province_name(province)
        suffix = prov if prov else f"doc:{doc_sha[:16]}"
        return NodeRef(f"{normalize_key(c.key)}@{suffix}", "local", c.key,
                       tuple(f"{a}@{suffix}" for a in aliases), province=prov)

    def _law(self, c: Citation) -> NodeRef:
        m = LAW_YEAR_SUFFIX.search(c.key)
        year = int(m.group("year")) if m else (int(c.date[:4]) if c.date else None)
        name = LAW_YEAR_SUFFIX.sub("", c.key)
        base = "law:" + squash(name)
        aliases = [normalize_key(k) for k in c.alt_keys if "/" in k]
        aliases += ["law:" + squash(LAW_YEAR_SUFFIX.sub("", k)) for k in c.alt_keys if "/" not in k]
        aliases = [a for a in dict.fromkeys(aliases) if a != base]
        return NodeRef(base, "law", c.key, tuple(aliases), year=year, law_name=base)

    def node_for_document(self, meta: Metadata, sha: str) -> NodeRef:
        """A stored plan's own node: its number (scoped like a citation of it) or, without a number, its hash."""
        if not meta.number or "/" not in meta.number and "-" not in meta.number:
            return NodeRef(f"doc:{sha}", "doc", meta.number or f"doc:{sha[:12]}")
        c = Citation(key=meta.number, doc_type=meta.doc_type, issuer=meta.issuer, date=meta.issued_date, relation="cites",
                     mentions=[])
        ref = self.node_for(c, meta.province, sha)
        if ref.scope == "local" and ref.province is None and meta.province is None:
            return NodeRef(f"doc:{sha}", "doc", meta.number)
        return ref


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    return Linker(load_lexicon(), default_corpus_registry())


def find_links(result: PlanResult, text: str | None) -> list[Link]:
    """Node -> node relations the citing text states: "<A> ... triển khai thực hiện <B>" means A implements B."""
    if not text:
        return []
    mentions = sorted(((m.span.start, m.span.end, i) for i, c in enumerate(result.citations) for m in c.mentions),
                      key=lambda t: t[0])
    out: list[Link] = []
    seen: set[tuple[int, int]] = set()
    for (s1, e1, a), (s2, _e2, b) in zip(mentions, mentions[1:]):
        if a == b or s2 < e1 or s2 - e1 > MAX_LINK_GAP:
            continue
        gap = text[e1:s2]
        if LINK_BREAK.search(gap) or not IMPLEMENTS_GAP.search(fold(gap)):
            continue
        if (a, b) not in seen:
            seen.add((a, b))
            out.append(Link(a, b))
    return out
