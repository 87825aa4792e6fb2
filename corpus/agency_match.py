"""Which agency a typed name is: `match_agency(session, "so y te")` says what it matched, or that it matched nothing
and which names come closest.

A name is recognised when the registry resolves it (any spelling, with or without diacritics: "so y te" -> "Sở Y tế",
id `so-y-te`), or when the corpus holds tasks of an unregistered agency of that name (as written in the plans). When
neither, `name` is None and `suggestions` lists the closest registry and corpus names (rapidfuzz over the names
without diacritics), best first. The API answers such a name with 404 and the suggestions; the CLI prints them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.vntext import strip_marks
from models.tables import AgencyRow

from .records import _Record
from .registry import CorpusRegistry, agency_key, default_corpus_registry

#: How many close names to suggest, and the least similarity (0-100) of one.
SUGGESTIONS = 5
MIN_SCORE = 70


@dataclass(frozen=True)
class Suggestion(_Record):
    name: str
    registry_id: str | None
    score: float


@dataclass(frozen=True)
class AgencyMatch(_Record):
    written: str                       # as typed
    name: str | None                   # the canonical name found; None: not recognised
    registry_id: str | None = None     # the registry's id (None for an unregistered agency of the corpus)
    registered: bool = False
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.name is not None


def _plain(s: str) -> str:
    return " ".join(strip_marks(s).lower().split())


def suggest(session: Session, written: str, reg: CorpusRegistry | None = None, limit: int = SUGGESTIONS) -> list[Suggestion]:
    """The registry and corpus names closest to `written`, best first."""
    reg = reg or default_corpus_registry()
    choices: dict[str, tuple[str, str | None]] = {}      # plain form -> (name, registry id)
    for a in reg.agencies.agencies:
        for s in (a.name, *a.spellings):
            if "{" not in s:
                choices.setdefault(_plain(s), (a.name, a.id))
    for name, rid in session.execute(select(AgencyRow.name, AgencyRow.registry_id)):
        choices.setdefault(_plain(name), (name, rid))
    keys = list(choices)
    out: dict[str, Suggestion] = {}
    for _, score, i in process.extract(_plain(written), keys, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=MIN_SCORE):
        name, rid = choices[keys[i]]
        if name not in out:
            out[name] = Suggestion(name, rid, round(float(score), 1))
    return sorted(out.values(), key=lambda s: -s.score)[:limit]


def match_agency(session: Session, written: str, reg: CorpusRegistry | None = None) -> AgencyMatch:
    reg = reg or default_corpus_registry()
    agency = reg.agencies.lookup(written) if written.strip() else None
    if agency is not None:
        return AgencyMatch(written, agency.name, agency.id, True)
    canonical = reg.canonical(written) if written.strip() else ""
    agency = reg.agencies.lookup(canonical) if canonical and canonical != written else None
    if agency is not None:   # "Sở Y tế tỉnh Thái Bình": the registry's name once the province is set aside
        return AgencyMatch(written, agency.name, agency.id, True)
    if canonical:
        row = session.execute(select(AgencyRow.name, AgencyRow.registry_id, AgencyRow.registered)
                              .where(AgencyRow.key == agency_key(canonical))).first()
        if row is not None:
            return AgencyMatch(written, row.name, row.registry_id, bool(row.registered))
    return AgencyMatch(written, None, suggestions=suggest(session, written, reg))
