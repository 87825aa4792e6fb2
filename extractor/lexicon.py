"""Reference data (data/*.yaml), loaded once into frozen, typed records.

Code holds rules; the lists live in the YAML files next to this module:
agencies, provinces, document types, issuers, laws, section kinds, agency
head words and task verbs. `load_lexicon()` reads them once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .vntext import fold, nfc, strip_marks


@dataclass(frozen=True)
class Agency:
    name: str
    type: str
    level: str
    collective: bool
    spellings: tuple[str, ...]
    in_central: tuple[str, ...] = ()   # spellings of another body that name this one in a central document

    @property
    def id(self) -> str:
        from .vntext import strip_marks

        return "-".join(strip_marks(self.name).replace(",", " ").split())


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    spellings: tuple[str, ...]
    until: str | None = None
    merged_into: str | None = None


@dataclass(frozen=True)
class DocType:
    word: str
    code: str | None
    variants: tuple[str, ...] = ()
    normative: bool = False
    by_name: bool = False
    #: how the issuer writes in its own name: "all" (letters: its own name opening a paragraph is the writer speaking,
    #: "Bộ Tài chính gửi kèm ..."), "closing" (notices, telegrams: only the closing "... trân trọng thông báo./."), or None
    letter: str | None = None


@dataclass(frozen=True)
class Issuer:
    name: str
    symbols: tuple[str, ...]
    spellings: tuple[str, ...]
    level: str
    described: bool = False     # the name goes on with what the body is for ("Ban Chỉ đạo về phát triển ... tỉnh")


@dataclass(frozen=True)
class Law:
    name: str
    number: str | None
    year: int | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionKindRule:
    kind: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    agencies: tuple[Agency, ...]
    provinces: tuple[Province, ...]
    doc_types: tuple[DocType, ...]
    issuers: tuple[Issuer, ...]
    laws: tuple[Law, ...]
    section_kinds: tuple[SectionKindRule, ...]
    agency_heads: tuple[str, ...]
    task_verbs: tuple[str, ...]
    successions: dict = field(default_factory=dict, compare=False, hash=False)

    # ------------------------------------------------------------- lookups
    def province_names(self) -> list[str]:
        """Every written form of every province, longest first."""
        names = {n for p in self.provinces for n in (p.name, *p.spellings)}
        return sorted(names, key=len, reverse=True)

    def province_by_form(self) -> dict[str, Province]:
        return {fold(n): p for p in self.provinces for n in (p.name, *p.spellings)}

    def doc_type_by_word(self, marks: bool = True) -> dict[str, DocType]:
        """Type word (folded; without its marks when not `marks`, for a scan's misread marks) -> type."""
        key = fold if marks else strip_marks
        out: dict[str, DocType] = {}
        for t in self.doc_types:
            for w in (t.word, *t.variants):
                out[key(w)] = t
        return out

    def doc_type_by_code(self) -> dict[str, DocType]:
        out: dict[str, DocType] = {}
        for t in self.doc_types:
            if t.code and fold(t.code) not in out:
                out[fold(t.code)] = t
        return out

    def issuer_by_symbol(self) -> dict[str, Issuer]:
        return {s.upper(): i for i in self.issuers for s in i.symbols}


#: libyaml's safe loader when PyYAML was built with it (several times faster), else the pure-Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(name: str):
    """One data file (extractor/data/NAME), parsed."""
    with resources.files("extractor.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=YAML_LOADER)


def phrase_alternation(phrases, *, folded: bool = False) -> str:
    """A data list of phrases as a regex alternation: longest first, each space matching any run of white space
    (`folded`: the phrases folded, for matching folded text)."""
    words = sorted({(fold(p) if folded else nfc(p)).strip() for p in phrases if p and str(p).strip()},
                   key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)


def _strs(v) -> tuple[str, ...]:
    if not v:
        return ()
    if isinstance(v, str):
        return (nfc(v),)
    return tuple(nfc(str(x)) for x in v if x is not None)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    agencies = tuple(
        Agency(
            name=nfc(a["name"]),
            type=str(a.get("type") or "other"),
            level=str(a.get("level") or "any"),
            collective=bool(a.get("collective", False)),
            spellings=_strs(a.get("spellings")),
            in_central=_strs(a.get("in_central")),
        )
        for a in read_data("agencies.yaml") or []
    )
    provinces = tuple(
        Province(
            name=nfc(p["name"]),
            kind=str(p.get("kind") or "tỉnh"),
            spellings=_strs(p.get("spellings")),
            until=str(p["until"]) if p.get("until") else None,
            merged_into=nfc(p["merged_into"]) if p.get("merged_into") else None,
        )
        for p in read_data("provinces.yaml") or []
    )
    doc_types = tuple(
        DocType(
            word=nfc(t["word"]),
            code=nfc(str(t["code"])) if t.get("code") else None,
            variants=_strs(t.get("variants")),
            normative=bool(t.get("normative", False)),
            by_name=bool(t.get("by_name", False)),
            letter=t.get("letter") or None,
        )
        for t in read_data("doc_types.yaml") or []
    )
    issuers = tuple(
        Issuer(
            name=nfc(i["name"]),
            symbols=_strs(i.get("symbols")),
            spellings=_strs(i.get("spellings")),
            level=str(i.get("level") or "central"),
            described=bool(i.get("described", False)),
        )
        for i in read_data("issuers.yaml") or []
    )
    laws = tuple(
        Law(
            name=nfc(x["name"]),
            number=nfc(str(x["number"])) if x.get("number") else None,
            year=int(x["year"]) if x.get("year") else None,
            aliases=_strs(x.get("aliases")),
        )
        for x in read_data("laws.yaml") or []
    )
    kinds = tuple(SectionKindRule(kind=k["kind"], phrases=_strs(k["phrases"])) for k in read_data("section_kinds.yaml"))
    heads = _strs(read_data("agency_heads.yaml")["heads"])
    verbs = _strs(read_data("task_verbs.yaml")["verbs"])
    try:
        successions = read_data("successions.yaml") or {}
    except FileNotFoundError:
        successions = {}
    return Lexicon(agencies, provinces, doc_types, issuers, laws, kinds, heads, verbs, successions)
