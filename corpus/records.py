"""Typed, frozen results of the corpus functions (what callers get instead of rows).

Every record has `to_dict()` (JSON-ready: dates as ISO strings); a document always
carries `source_name`, so scripts can check results against the files they ingested.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: _plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True)
class SpanRef(_Record):
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class DocRef(_Record):
    """A stored document, as it appears in query results."""

    id: int
    source_name: str | None
    number: str | None
    doc_type: str | None
    province: str | None
    issued_date: dt.date | None
    title: str | None = None


@dataclass(frozen=True)
class DocumentInfo(_Record):
    id: int
    sha256: str
    source_name: str | None
    media_type: str
    pages: int | None
    chars: int
    status: str
    error: str | None
    extractor_version: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    province: str | None
    issued_date: dt.date | None
    title: str | None
    node_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    version_of: int | None = None     # the current version of the same document, when this row is another version
    versions: int = 1                 # how many stored rows the document has (catalog listings; 1 elsewhere)

    @property
    def ref(self) -> DocRef:
        return DocRef(self.id, self.source_name, self.number, self.doc_type, self.province, self.issued_date, self.title)


@dataclass(frozen=True)
class Version(_Record):
    """One stored row of a document that has several (corpus.versions)."""

    id: int
    source_name: str | None
    media_type: str
    number: str | None
    issued_date: dt.date | None
    ingested_at: dt.datetime | None
    current: bool


StoreStatus = Literal["stored", "replaced", "unchanged"]


@dataclass(frozen=True)
class StoreOutcome(_Record):
    document_id: int
    sha256: str
    source_name: str | None
    status: StoreStatus
    document_status: str = "extracted"     # extracted | unreadable


@dataclass(frozen=True)
class Obligation(_Record):
    """One task of one document that names the agency (as assignee, or as partner)."""

    document: DocRef
    task_id: str
    agency: str                   # the canonical name that matched (a predecessor's, when asked for)
    written: str                  # the agency as printed
    as_partner: bool
    role: str
    requested: bool
    text: str
    section: str | None
    agencies: tuple[str, ...]
    partners: tuple[str, ...]
    due: dt.date | None
    deadline_text: str | None
    recurrence: str | None
    span: SpanRef
    agency_span: SpanRef
    in_force: bool | None = None          # in_force="flag": False when the plan or what it rests on was replaced/abolished
    validity_note: str | None = None      # ... and why


@dataclass(frozen=True)
class ObligationPage(_Record):
    items: tuple[Obligation, ...]
    agencies: tuple[str, ...]     # the canonical names searched (the agency and, when asked, its predecessors)
    provinces: tuple[str, ...]    # the provinces searched (empty: all)
    next_cursor: str | None


@dataclass(frozen=True)
class GraphNode(_Record):
    id: int
    identity: str
    key: str
    scope: str
    doc_type: str | None
    issuer: str | None
    date: dt.date | None
    title: str | None
    province: str | None
    cited_by_count: int
    document: DocRef | None       # set when the node is a stored document


@dataclass(frozen=True)
class GraphEdge(_Record):
    source: int                   # node ids
    target: int
    relation: str                 # basis | cites | implements | amends | replaces | abolishes | guides | suspends | extends
    document: DocRef | None       # the document whose text gives the edge (for `implements`: one of them)
    support: int = 1              # how many stored texts give it (`implements`; a citation is one text)
    scope: tuple[str, ...] = ()   # typed relations: the articles of the target named (() = all of it)
    effective_from: dt.date | None = None   # typed relations: when it takes effect


@dataclass(frozen=True)
class Tally(_Record):
    """How many documents have one value (a relation, a province, a year; None: not known)."""

    value: str | int | None
    count: int


@dataclass(frozen=True)
class Hub(_Record):
    """A node cited by more stored documents than a graph shows one by one: the first `shown` of them (newest first)
    are in the graph; all of them are counted here; `corpus.graph.node_citing_page` gives the rest a page at a time."""

    node: int
    total: int                    # stored documents citing it (with the relations the graph follows)
    shown: int                    # of them in the graph (the newest)
    next_offset: int | None       # where the next page starts (None: all shown)
    by_relation: tuple[Tally, ...]
    by_province: tuple[Tally, ...]    # most first
    by_year: tuple[Tally, ...]        # year of issue, newest first
    related: int = 0              # nodes that citing texts relate to it (X implements it)
    related_shown: int = 0        # of them in the graph (the most supported)


@dataclass(frozen=True)
class Graph(_Record):
    roots: tuple[int, ...]
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    truncated: bool = False
    hubs: tuple[Hub, ...] = ()    # nodes whose citing documents are counted and paged, not all listed

    def node(self, node_id: int) -> GraphNode:
        return next(n for n in self.nodes if n.id == node_id)


@dataclass(frozen=True)
class CitingDocument(_Record):
    document: DocRef
    relation: str
    key: str                      # the key as that document writes it


@dataclass(frozen=True)
class CitingPage(_Record):
    """A page of the stored documents citing one node, newest first."""

    node: int
    items: tuple[CitingDocument, ...]
    total: int                    # documents matching the filters
    offset: int
    next_offset: int | None


@dataclass(frozen=True)
class SearchHit(_Record):
    kind: Literal["task", "section"]
    document: DocRef
    item_id: str                  # task id ("t3") or section id ("III.1")
    text: str                     # the task text, or the section heading
    span: SpanRef
    score: float


ValidityStatus = Literal["in_force", "amended", "replaced", "abolished", "suspended", "expired", "not_yet_in_force"]


@dataclass(frozen=True)
class ValidityEvent(_Record):
    """One thing that changed (or will change) a document's validity: what another document states of it, or its own
    dates ("takes_effect", "expires")."""

    relation: str                 # amends | replaces | abolishes | suspends | extends | takes_effect | expires
    scope: tuple[str, ...]        # articles named; () = the whole document
    effective_from: dt.date | None
    document: DocRef | None       # the document that states it (None: the document's own dates)
    key: str | None               # that document's number (or key)
    text: str | None              # the phrase that states it
    span: SpanRef | None          # ... in that document
    applied: bool                 # in effect on the date asked
    explanation: str              # the event in Vietnamese


@dataclass(frozen=True)
class ValidityAct(_Record):
    """What a document itself states it does to another (the other end of the amendment chain)."""

    relation: str
    node_id: int
    key: str
    scope: tuple[str, ...]
    effective_from: dt.date | None
    document: DocRef | None       # the target, when it is stored


@dataclass(frozen=True)
class Validity(_Record):
    """The status of one node on `as_of`, why, and the events that made it so (corpus.validity)."""

    node_id: int
    key: str
    status: ValidityStatus
    as_of: dt.date
    explanation: str
    since: dt.date | None = None                  # when the current status began (when known)
    effective_from: dt.date | None = None         # the document's own dates (stored documents)
    effective_until: dt.date | None = None
    changed_by: tuple[DocRef, ...] = ()           # the documents that made the status (replaced by, abolished by ...)
    amended_articles: tuple[str, ...] = ()
    abolished_articles: tuple[str, ...] = ()
    partially_abolished: bool = False
    history: tuple[ValidityEvent, ...] = ()
    acts: tuple[ValidityAct, ...] = ()
