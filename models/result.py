"""The typed result of extracting one plan (what `kehoach extract` writes).

These are API-neutral, frozen pydantic models; database rows live in
models/tables.py (corpus issue) and HTTP schemas in api/. The JSON Schema in
schema/plan_result.schema.json is generated from `PlanResult`
(`kehoach schema`), and every written result validates against it.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Role = Literal["lead", "support", "responsible"]
Relation = Literal["basis", "implements", "amends", "replaces", "abolishes", "guides", "suspends", "extends", "cites"]
#: What a document states it does to another one (the typed relations; basis and plain citing stay on Citation.relation).
Act = Literal["implements", "amends", "replaces", "abolishes", "guides", "suspends", "extends"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """Where an item stands in the source: character offsets [start, end), and page/box for PDFs."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    page: int | None = Field(default=None, description="1-based page number (PDF sources)")
    box: tuple[float, float, float, float] | None = Field(default=None, description="x0, top, x1, bottom in PDF points, from the page's top-left corner")


class AgencyRef(_Frozen):
    name: str = Field(description="canonical name (registry name, or the written name when unregistered)")
    written: str = Field(description="the name as printed")
    registry_id: str | None = None
    registered: bool
    span: Span


class Deadline(_Frozen):
    text: str
    due: str | None = Field(default=None, description="ISO date; a month or quarter is due on its last day")
    recurrence: str | None = Field(default=None, description="RRULE, e.g. FREQ=MONTHLY;INTERVAL=6")
    agencies: list[str] = Field(default_factory=list)
    span: Span


class Target(_Frozen):
    text: str
    value: float
    unit: str
    year: int | None = None
    span: Span


class Assignment(_Frozen):
    id: str
    agencies: list[str]
    agency_refs: list[AgencyRef]
    role: Role
    requested: bool
    partners: list[str]
    partner_refs: list[AgencyRef]
    text: str
    section: str | None = Field(default=None, description="id of the section node the task stands in")
    deadline: Deadline | None = None
    span: Span


class CitationMention(_Frozen):
    text: str
    span: Span


class Citation(_Frozen):
    key: str = Field(description="number + symbol as printed without spaces; or '<type> <name> [year]' for laws")
    alt_keys: list[str] = Field(default_factory=list)
    doc_type: str | None = None
    issuer: str | None = None
    date: str | None = None
    title: str | None = None
    relation: Relation
    articles: list[str] = Field(default_factory=list)
    mentions: list[CitationMention]


class DocumentRelation(_Frozen):
    """One (relation, target, scope) the document states, e.g. "bãi bỏ khoản 2 Điều 5 của Quyết định số 29/2020/QĐ-UBND"."""

    relation: Act
    target: str = Field(description="key of the cited document (as in citations[].key)")
    scope: list[str] = Field(default_factory=list, description='articles, clauses and points named, largest unit first ("Điều 5 khoản 2 điểm a", "Chương II", "Phụ lục I"); empty = the whole document')
    effective_from: str | None = Field(default=None, description="ISO date the relation takes effect (the document's own effective date unless stated otherwise)")
    text: str = Field(description="the phrase that states it")
    span: Span


class Signing(_Frozen):
    mode: str | None = Field(default=None, description="TM. / KT. / TL. / TUQ. / Q.")
    authority: str | None = None
    position: str | None = None


class Metadata(_Frozen):
    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    province: str | None = None
    place: str | None = None
    issued_date: str | None = None
    title: str | None = None
    signer: str | None = None
    signing: Signing = Signing()
    recipients: list[str] = Field(default_factory=list)
    effective_from: str | None = Field(default=None, description='ISO date the document takes effect, when it says ("kể từ ngày ký" = the issue date)')
    effective_until: str | None = Field(default=None, description="ISO date it stops being in force, when it says")
    effective_text: str | None = Field(default=None, description="the phrase that states the effective date")
    spans: dict[str, Span] = Field(default_factory=dict)


class Section(_Frozen):
    id: str
    label: str
    level: Literal["roman", "article", "numbered", "lettered", "bullet", "inline"]
    heading: str
    kinds: list[str] = Field(default_factory=list)
    span: Span
    children: list["Section"] = Field(default_factory=list)


class PageRead(_Frozen):
    """How one page of a PDF or image was read."""

    page: int = Field(ge=1)
    path: str = Field(description='"text" (text layer), "legacy:<encoding>" (legacy font converted), "ocr", "blank"')
    quality: float | None = Field(default=None, description="share of valid Vietnamese in what was read (0-1); None when nothing was read")
    reason: str | None = Field(default=None, description="why the page is below the quality bar or unreadable")


class Source(_Frozen):
    name: str | None = None
    sha256: str | None = Field(default=None, description="of the file's bytes")
    media_type: str = "text/plain"
    chars: int = Field(description="length of the source text that spans point into")
    pages: int | None = None
    ocr_pages: list[int] = Field(default_factory=list, description="pages read by OCR")
    ocr_confidence: dict[int, float] = Field(default_factory=dict, description="page -> mean OCR word confidence (0-100)")
    legacy_encoding: str | None = Field(default=None, description="legacy Vietnamese encoding the text was converted from")
    page_reads: list[PageRead] = Field(default_factory=list, description="per page: the path that read it and its quality")


class PlanResult(_Frozen):
    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    source: Source
    metadata: Metadata
    sections: list[Section]
    assignments: list[Assignment]
    deadlines: list[Deadline]
    targets: list[Target]
    citations: list[Citation]
    relations: list[DocumentRelation] = Field(default_factory=list, description="typed relations to cited documents (amends, replaces, abolishes, ...)")
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, **kw) -> str:
        return self.model_dump_json(**kw)
