"""HTTP response models (separate from the corpus records and the database rows)."""
from __future__ import annotations

import datetime as dt
from typing import ClassVar, Generic, Literal, TypeVar

from fastapi import Response
from pydantic import BaseModel, ConfigDict, Field

from models.result import PlanResult

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    def response(self) -> Response:
        """This answer as JSON, ready to send: for the endpoints on the hot path (obligations, graph), which declare
        the model as their `response_model` (the OpenAPI contract) and return this, so that FastAPI does not
        validate it again in another worker thread (a hop per request)."""
        return Response(self.json_bytes(), media_type="application/json")

    def json_bytes(self) -> bytes:
        """This answer as JSON (UTF-8), as `response()` sends it."""
        return self.__pydantic_serializer__.to_json(self)


class Page(_Out, Generic[T]):
    data: list[T]
    count: int = Field(description="total number of matching items")


class SpanOut(_Out):
    start: int
    end: int
    page: int | None = None


class DocRefOut(_Out):
    id: int
    source_name: str | None
    number: str | None
    doc_type: str | None
    province: str | None
    issued_date: dt.date | None
    title: str | None = None


class DocumentOut(DocRefOut):
    sha256: str
    media_type: str
    pages: int | None
    chars: int
    status: str = Field(description="extracted | unreadable")
    error: str | None
    extractor_version: str
    issuer: str | None
    counts: dict[str, int] = {}
    warnings: list[str] = Field(default=[], description="what to check before trusting the result (corpus/warnings.py codes)")
    version_of: int | None = Field(default=None, description="the current version of the same document, when this row is "
                                                             "another version of it (corpus/versions.py)")
    versions: int = Field(default=1, description="how many stored rows (versions) the document has")


class VersionOut(_Out):
    """One stored row of a document that was stored several times (a re-typed copy, a corrected draft, .docx and .pdf)."""

    id: int
    source_name: str | None
    media_type: str
    number: str | None
    issued_date: dt.date | None
    ingested_at: dt.datetime | None
    current: bool = Field(description="the version the corpus counts (obligations, deadlines, search, citations)")


class StoredResult(PlanResult):
    """The extraction result of a stored document, with its place among the versions of the same document."""

    document_id: int
    version_of: int | None = Field(default=None, description="the current version, when this row is another version")
    versions: list[VersionOut] = Field(default=[], description="every stored row of the same document, the current one "
                                                               "first; empty when it was stored once")


class JobOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "id": "4f1c2e0b9a7d4e1f8c3b2a1d0e9f8a7b", "name": "ke-hoach-53.pdf", "state": "done", "progress": 1.0, "stage": "done",
        "document_id": 12, "outcome": "stored", "error": None}]})
    id: str
    name: str
    state: str = Field(description="queued | running | done | failed")
    progress: float
    stage: str
    document_id: int | None = None
    outcome: str | None = Field(default=None, description="stored | replaced | unchanged")
    reason: str | None = Field(default=None, description="why the job failed, in a word: unreadable, time limit, "
                                                         "cpu limit, memory limit, crashed, worker lost, missing, error")
    error: str | None = Field(default=None, description="why the job failed, in words")
    attempts: int = Field(default=0, description="how many times a worker started it")
    worker: str | None = Field(default=None, description="host:pid of the process that ran it")
    created: dt.datetime | None = None
    started: dt.datetime | None = None
    finished: dt.datetime | None = None

    #: Id of the pseudo job of an upload whose file is already stored.
    EXISTING: ClassVar[str] = "existing-"

    @classmethod
    def existing(cls, document_id: int, name: str = "") -> "JobOut":
        return cls(id=f"{cls.EXISTING}{document_id}", name=name, state="done", progress=1.0, stage="done",
                   document_id=document_id, outcome="unchanged")


class JobsSummaryOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "states": {"queued": 120, "running": 4, "done": 9850, "failed": 26},
        "failures_by_reason": {"unreadable": 21, "time limit": 3, "crashed": 2}}]})
    states: dict[str, int] = Field(description="jobs in each state")
    failures_by_reason: dict[str, int] = Field(description="failed jobs by reason")


class UploadAccepted(_Out):
    job: JobOut
    existing_document_id: int | None = Field(default=None, description="set when the same file is already stored")


class ObligationOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "document": {"id": 1, "source_name": "000_2c1b652bb66f49e5.txt", "number": "53/KH-UBND", "doc_type": "KH",
                     "province": "Thái Bình", "issued_date": "2017-09-14", "title": "Thực hiện Chỉ thị số 25/CT-TTg ..."},
        "task_id": "t31", "agency": "Công an tỉnh", "written": "Công an tỉnh", "as_partner": False, "role": "responsible",
        "requested": False, "text": "chịu trách nhiệm đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch này ...",
        "section": "IV.2", "agencies": ["Công an tỉnh"], "partners": [], "due": None,
        "deadline_text": "định kỳ 06 tháng", "recurrence": "FREQ=MONTHLY;INTERVAL=6",
        "span": {"start": 14750, "end": 14925, "page": None}, "agency_span": {"start": 14755, "end": 14767, "page": None}}]})
    document: DocRefOut
    task_id: str
    agency: str
    written: str
    as_partner: bool
    role: str
    requested: bool
    text: str
    section: str | None
    agencies: list[str]
    partners: list[str]
    due: dt.date | None
    deadline_text: str | None
    recurrence: str | None
    span: SpanOut
    agency_span: SpanOut
    in_force: bool | None = Field(default=None, description="with in_force=flag: false when the plan, or a document it "
                                                            "rests on, was replaced or abolished on as_of")
    validity_note: str | None = Field(default=None, description="with in_force=flag: why it may no longer stand")


class AgencySuggestionOut(_Out):
    name: str
    registry_id: str | None
    score: float = Field(description="similarity to what was typed, 0-100")


class AgencyMatchOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "written": "so y te", "name": "Sở Y tế", "registry_id": "so-y-te", "registered": True}]})
    written: str = Field(description="the name as typed")
    name: str = Field(description="the canonical agency it matched")
    registry_id: str | None = Field(description="the agency registry's id (null for an agency the registry does not know)")
    registered: bool


class ObligationPageOut(Page[ObligationOut]):
    agency: AgencyMatchOut = Field(description="the agency the name matched")
    agencies: list[str] = Field(description="canonical names searched (with predecessors when asked)")
    next_cursor: str | None = None


class AgencyOut(_Out):
    name: str
    type: str
    level: str
    spellings: list[str]
    tasks: int = Field(description="tasks in the corpus that name it")


class DeadlineOut(_Out):
    id: int
    document: DocRefOut
    text: str
    due: dt.date | None
    recurrence: str | None
    agencies: list[str]
    span: SpanOut


ValidityStatus = Literal["in_force", "amended", "replaced", "abolished", "suspended", "expired", "not_yet_in_force"]


class ValidityEventOut(_Out):
    relation: str = Field(description="amends | replaces | abolishes | suspends | extends (what a document states), "
                                      "takes_effect | expires (the document's own dates)")
    scope: list[str] = Field(description="articles named; [] = the whole document")
    effective_from: dt.date | None
    document: DocRefOut | None = Field(description="the document that states it (null: the document's own dates)")
    key: str | None = Field(description="that document's number")
    text: str | None = Field(description="the phrase that states it")
    span: SpanOut | None = Field(description="where, in that document")
    applied: bool = Field(description="in effect on as_of")
    explanation: str


class ValidityActOut(_Out):
    relation: str = Field(description="implements | amends | replaces | abolishes | guides | suspends | extends")
    node_id: int
    key: str
    scope: list[str]
    effective_from: dt.date | None
    document: DocRefOut | None = Field(description="the target, when it is stored")


class ValidityFields(_Out):
    """The status of a document on `as_of`, why, and the amendment chain (corpus.validity.Validity)."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "status": "replaced", "as_of": "2026-01-15",
        "explanation": "Bị thay thế bởi 87/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 01/12/2025"}]})
    status: ValidityStatus = Field(description="in_force | amended (also: some articles abolished) | replaced | abolished | "
                                               "suspended | expired | not_yet_in_force, on as_of")
    as_of: dt.date
    explanation: str = Field(description="the status in Vietnamese, with what made it so")
    since: dt.date | None = Field(default=None, description="when the status began")
    effective_from: dt.date | None = Field(default=None, description="the document's own effective date (stored documents)")
    effective_until: dt.date | None = None
    changed_by: list[DocRefOut] = Field(default=[], description="the documents that made the status")
    amended_articles: list[str] = []
    abolished_articles: list[str] = []
    partially_abolished: bool = False
    history: list[ValidityEventOut] = Field(default=[], description="what changed its validity, oldest first (also what is to come)")
    acts: list[ValidityActOut] = Field(default=[], description="what the document itself states it does to others")


class ValidityOut(ValidityFields):
    node_id: int
    key: str


class DocumentResultOut(StoredResult, ValidityFields):
    """The full extraction result with its versions, and the document's validity on `as_of` (status, explanation,
    history, chain)."""

    model_config = ConfigDict(frozen=True, extra="forbid", from_attributes=True)


class NodeOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "id": 3, "identity": "36/CT/TW", "key": "36-CT/TW", "scope": "central", "doc_type": "CT", "issuer": "Bộ Chính trị",
        "date": "2019-08-16", "title": "về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy",
        "province": None, "cited_by_count": 3, "document": None}]})
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
    document: DocRefOut | None = None
    validity: ValidityOut | None = Field(default=None, description="its status on as_of (GET /citations/{key})")


class EdgeOut(_Out):
    source: int
    target: int
    relation: str = Field(description="basis | cites (citations), implements | amends | replaces | abolishes | guides | "
                                      "suspends | extends (what the source states it does to the target)")
    document: DocRefOut
    scope: list[str] = Field(default=[], description="articles of the target the relation names; [] = all of it")
    effective_from: dt.date | None = Field(default=None, description="when the relation takes effect (typed relations)")


class TallyOut(_Out):
    value: str | int | None = Field(description="the relation, province or year counted (null: not known)")
    count: int = Field(description="documents with that value")


class HubOut(_Out):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "node": 15, "total": 4007, "shown": 20, "next_offset": 20,
        "by_relation": [{"value": "cites", "count": 2649}, {"value": "basis", "count": 1358}],
        "by_province": [{"value": "Thái Bình", "count": 80}, {"value": "Hà Giang", "count": 77}],
        "by_year": [{"value": 2025, "count": 143}, {"value": 2024, "count": 365}],
        "related": 1323, "related_shown": 20}]})
    node: int = Field(description="the node (cited by more stored documents than the graph lists one by one)")
    total: int = Field(description="stored documents citing it")
    shown: int = Field(description="of them in the graph: the newest")
    next_offset: int | None = Field(description="the rest: GET /graph/nodes/{node}/citing?offset=next_offset "
                                                "(null: all are shown)")
    by_relation: list[TallyOut] = Field(description="citing documents by relation (basis, cites), most first")
    by_province: list[TallyOut] = Field(description="citing documents by province, most first")
    by_year: list[TallyOut] = Field(description="citing documents by year of issue, newest first")
    related: int = Field(default=0, description="nodes the citing texts relate to it (X implements it)")
    related_shown: int = Field(default=0, description="of them in the graph: the most supported")


class GraphOut(_Out):
    roots: list[int]
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    truncated: bool = False
    hubs: list[HubOut] = Field(default=[], description="nodes whose citing documents are counted (by relation, province "
                                                       "and year) and paged rather than all listed")


class CitingOut(_Out):
    document: DocRefOut
    relation: str
    key: str


class CitingPageOut(Page[CitingOut]):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [{
        "node": 15, "count": 4007, "offset": 20, "next_offset": 40,
        "data": [{"document": {"id": 812, "source_name": "synthetic_00811_001.txt", "number": "12/KH-UBND",
                               "doc_type": "KH", "province": "Thái Bình", "issued_date": "2025-03-02", "title": None},
                  "relation": "basis", "key": "36-CT/TW"}]}]})
    node: int
    offset: int
    next_offset: int | None = Field(description="where the next page starts (null: this is the last)")


class CitationOut(ValidityFields):
    """The status fields are those of the first node (each node carries its own `validity`)."""

    nodes: list[NodeOut] = Field(description="the node(s) the key names (a local key may exist in several provinces)")
    cited_by: list[CitingOut] = Field(description="the stored documents that cite it, newest first, one page (limit/offset)")
    cited_by_total: int = Field(description="how many stored documents cite it in all (with the filters)")
    cites: GraphOut


class SearchHitOut(_Out):
    kind: str
    document: DocRefOut
    item_id: str
    text: str
    span: SpanOut
    score: float
