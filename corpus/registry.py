"""One agency registry across the corpus, with the 2025 reorganisation as data.

Agency names are resolved by the extractor's registry (extractor/data/agencies.yaml),
so "Công an tỉnh Thái Bình", "CA tỉnh" and "Công an tỉnh" are one agency. Successions
come from extractor/data/successions.yaml (Sở Lao động - Thương binh và Xã hội ->
Sở Nội vụ, with partial successors), province mergers from provinces.yaml
(`merged_into`: Thái Bình -> Hưng Yên). `../shared/LIBRARY_NOTES.md` found
underthesea.convert_address right on the mergers; the integration tests check our
table against it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.agencies import AgencyRegistry, default_registry
from extractor.lexicon import Lexicon, Province, load_lexicon
from extractor.vntext import fold, squash

#: A province written with its kind in front: "tỉnh Thái Bình", "thành phố Hải Phòng", "TP. Hồ Chí Minh".
PROVINCE_KIND_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


def agency_key(name: str) -> str:
    """The comparison key of an agency name (case, tone placement and punctuation ignored)."""
    return squash(name)


@dataclass(frozen=True)
class Succession:
    old: str
    new: tuple[str, ...]
    partial: tuple[str, ...]
    effective: dt.date | None
    note: str


def _date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        return None


def load_successions(lexicon: Lexicon) -> tuple[Succession, ...]:
    out = []
    for item in (lexicon.successions or {}).get("agencies") or []:
        out.append(Succession(old=str(item["old"]), new=tuple(item.get("new") or ()), partial=tuple(item.get("partial") or ()),
                              effective=_date(item.get("effective")), note=str(item.get("note") or "")))
    return tuple(out)


class CorpusRegistry:
    """Agencies, successions and provinces; immutable once built (use `default_corpus_registry()`).

    The extractor's matcher (about a second to compile) is only built for names that are not
    a registry name or plain spelling: queries with a canonical name start fast."""

    def __init__(self, lexicon: Lexicon, agencies: AgencyRegistry | None = None):
        self.lexicon = lexicon
        self._agencies = agencies
        self.successions = load_successions(lexicon)
        self._provinces = lexicon.province_by_form()
        self._province_list = lexicon.provinces
        self._plain = {agency_key(n): a.name for a in lexicon.agencies for n in (a.name, *a.spellings) if "{" not in n}

    @property
    def agencies(self) -> AgencyRegistry:
        return self._agencies or default_registry()

    # ------------------------------------------------------------ agencies
    def canonical(self, name: str) -> str:
        """The canonical name of a written agency name ("CA tỉnh" -> "Công an tỉnh")."""
        return self._plain.get(agency_key(name)) or self.agencies.canonical(name)

    def predecessors(self, name: str, *, partial: bool = False) -> tuple[str, ...]:
        """Bodies whose tasks `name` took over, transitively ("Sở Nội vụ" -> "Sở Lao động - Thương binh và Xã hội").

        With `partial`, also bodies of which `name` took over only some functions (Sở Y tế took social
        protection from Sở Lao động - Thương binh và Xã hội)."""
        target = agency_key(self.canonical(name))
        found: list[str] = []
        frontier = {target}
        seen = {target}
        while frontier:
            nxt: set[str] = set()
            for s in self.successions:
                heirs = {agency_key(n) for n in (*s.new, *(s.partial if partial else ()))}
                k = agency_key(s.old)
                if heirs & frontier and k not in seen:
                    seen.add(k)
                    nxt.add(k)
                    found.append(s.old)
            frontier = nxt
        return tuple(found)

    def successors(self, name: str) -> tuple[str, ...]:
        """The main successors of a body that ceased to exist (transitively), e.g. Cục Thuế tỉnh -> Thuế tỉnh."""
        key = agency_key(self.canonical(name))
        out: list[str] = []
        frontier = {key}
        seen = {key}
        while frontier:
            nxt: set[str] = set()
            for s in self.successions:
                if agency_key(s.old) in frontier:
                    for n in s.new:
                        k = agency_key(n)
                        if k not in seen:
                            seen.add(k)
                            nxt.add(k)
                            out.append(n)
            frontier = nxt
        return tuple(out)

    # ----------------------------------------------------------- provinces
    def province(self, written: str | None) -> Province | None:
        """The province of a written name ("tỉnh Thái Bình", "Thai Binh", "Thanh Hoá"), or None."""
        if not written:
            return None
        w = PROVINCE_KIND_PREFIX.sub("", " ".join(written.split()))
        return self._provinces.get(fold(w))

    def province_name(self, written: str | None) -> str | None:
        p = self.province(written)
        return p.name if p else None

    def provinces_under(self, name: str, *, merged: bool = True) -> tuple[str, ...]:
        """`name` and, with `merged`, every province merged into it (transitively): Hưng Yên -> (Hưng Yên, Thái Bình)."""
        p = self.province(name)
        if p is None:
            return (name,)
        out = [p.name]
        if merged:
            frontier = {p.name}
            while frontier:
                nxt = {q.name for q in self._province_list if q.merged_into in frontier and q.name not in out}
                out.extend(sorted(nxt))
                frontier = nxt
        return tuple(out)

    def current_province(self, name: str) -> str | None:
        """The province that exists today for a (possibly merged-away) province name."""
        p = self.province(name)
        seen = set()
        while p is not None and p.merged_into and p.name not in seen:
            seen.add(p.name)
            p = self.province(p.merged_into)
        return p.name if p else None


@lru_cache(maxsize=1)
def default_corpus_registry() -> CorpusRegistry:
    return CorpusRegistry(load_lexicon())
