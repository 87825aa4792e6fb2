"""Database rows of the corpus (SQLAlchemy 2 declarative), separate from the result models.

One `documents` row per stored file (by sha256), with its source bytes in
`sources` and its extracted results in `sections`, `tasks`, `task_agencies`,
`deadlines`, `targets`, `citations` and `citation_mentions`; everything
hangs off `document_id` with ON DELETE CASCADE, so removing or replacing one
document's results is one statement per table inside one transaction.

Across documents: `agencies` (one row per canonical agency name), `nodes`
(one per real cited document; `document_id` is set when that document is
itself stored), `node_aliases` (every identity that resolves to a node),
`node_evidence` (what citing texts say about a node, with their support),
`document_relations` (what a stored document states it does to a node: amends, replaces, abolishes ...,
with the articles and the date it takes effect; the validity of every node is derived from these, corpus.validity),
`node_links` (node -> node relations read from one citing text, such as
"291/QĐ-TTg ... triển khai thực hiện Chỉ thị số 36-CT/TW") and `node_relations`
(the same relations counted over all texts, which the graph walks).

A document stored several times is one document with versions (corpus.versions): `documents.version_of`
points to the current version, `number_key` and `minhash` identify it, `document_bands` finds candidates.

`task_agencies` repeats a few document and task columns (province, date,
role, due date) so that an agency's obligations are read from one index.
The full-text tables (SQLite FTS5 / PostgreSQL GIN) are not declared here:
they are dialect-specific and created by the migration (corpus/search.py).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Text, UniqueConstraint, func)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Constraint names Alembic can rely on (same on SQLite and PostgreSQL).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(postgresql.JSONB(), "postgresql")
BigId = BigInteger().with_variant(Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid
#: Column order of long values: after the short ones, so that SQLite reads those without the overflow pages.
LAST = 10
#: The sort date of undated documents (they come last, newest first).
UNDATED = dt.date(1, 1, 1)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _doc_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


class SpanColumns:
    """[start, end) in the source's characters, and page/box for PDFs."""

    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    box: Mapped[list[float] | None] = mapped_column(JSONType)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_province_date", "province", "issued_date"),
        Index("ix_documents_issued_date", "issued_date"),
        Index("ix_documents_source_name", "source_name"),
        Index("ix_documents_number_key", "number_key"),
        Index("ix_documents_version_of", "version_of"),
        # what the graph counts of a document it reaches by id (year and province of the plans citing a hub),
        # read from this narrow index instead of the wide row
        Index("ix_documents_ref", "id", "issued_date", "province", "version_of"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str | None] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    pages: Mapped[int | None] = mapped_column(Integer)
    chars: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20))          # extracted | unreadable
    error: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[str] = mapped_column(String(20))
    doc_type: Mapped[str | None] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(120))
    issuer: Mapped[str | None] = mapped_column(Text)
    province: Mapped[str | None] = mapped_column(String(80))
    place: Mapped[str | None] = mapped_column(String(120))
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    signer: Mapped[str | None] = mapped_column(String(200))
    signing: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    recipients: Mapped[list[str]] = mapped_column(JSONType, default=list)
    meta_spans: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    warnings: Mapped[list[str]] = mapped_column(JSONType, default=list)
    #: How the file was read: ocr_pages, ocr_confidence, legacy_encoding, page_reads (models.result.Source); None before 0004.
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    #: When the document takes effect and stops being in force, as it says (models.result.Metadata); None before 0008.
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    effective_text: Mapped[str | None] = mapped_column(Text)
    #: Versions (corpus.versions): the number as a comparison key, the MinHash of the text, and the current version
    #: of the same document when this row is another version of it (None: this row is the current version).
    number_key: Mapped[str | None] = mapped_column(String(200))
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    version_of: Mapped[int | None] = mapped_column(BigId)       # documents.id; kept by corpus.store, no foreign key
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class DocumentBand(Base):
    """One locality-sensitive hash band of a document's MinHash (corpus.versions): rows sharing a band are
    candidate versions of one document."""

    __tablename__ = "document_bands"
    __table_args__ = (Index("ix_document_bands_band", "band"),)

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class SourceFile(Base):
    """The file as received (kept apart so that document queries never load it), zlib-compressed when that helps,
    and its text."""

    __tablename__ = "sources"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    compression: Mapped[str | None] = mapped_column(String(10))     # None | "zlib"
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: The text the reader made of the file, in reading order: every span of the results is an offset into it
    #: (kept so that showing a document never reads, or OCRs, its file again). None for unreadable files.
    text: Mapped[str | None] = mapped_column(Text)


class SectionRow(SpanColumns, Base):
    __tablename__ = "sections"
    __table_args__ = (UniqueConstraint("document_id", "position", name="uq_sections_document_position"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)          # pre-order position in the tree
    sid: Mapped[str] = mapped_column(String(80))
    parent_position: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(20))
    kinds: Mapped[list[str]] = mapped_column(JSONType, default=list)
    heading: Mapped[str] = mapped_column(Text, sort_order=LAST)
    search_text: Mapped[str] = mapped_column(Text, sort_order=LAST)   # lower case, no diacritics (corpus.search)


class TaskRow(SpanColumns, Base):
    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("document_id", "position", name="uq_tasks_document_position"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)
    tid: Mapped[str] = mapped_column(String(20))
    section_sid: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    requested: Mapped[bool] = mapped_column(Boolean)
    due: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dict[str, Any] | None] = mapped_column(JSONType, sort_order=LAST)
    # every agency mention as extracted, packed as [name, written, registry_id, registered, start, end, page, box]
    agency_refs: Mapped[list[list[Any]]] = mapped_column(JSONType, default=list, sort_order=LAST)
    partner_refs: Mapped[list[list[Any]]] = mapped_column(JSONType, default=list, sort_order=LAST)
    text: Mapped[str] = mapped_column(Text, sort_order=LAST)
    search_text: Mapped[str] = mapped_column(Text, sort_order=LAST)


class AgencyRow(Base):
    """One row per canonical agency name seen in any document."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)   # corpus.registry.agency_key(name)
    name: Mapped[str] = mapped_column(String(300))
    registry_id: Mapped[str | None] = mapped_column(String(300))
    registered: Mapped[bool] = mapped_column(Boolean)
    # how many task_agencies rows name it, as assignee and as partner (corpus.store keeps them as it writes and
    # removes a current version's rows, as nodes.cited_by_count): an agency's count without counting its rows
    tasks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    partner_tasks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class TaskAgency(SpanColumns, Base):
    """An agency named by a task: an assignee, or a partner (`as_partner`); the span is its first mention."""

    __tablename__ = "task_agencies"
    __table_args__ = (
        UniqueConstraint("task_id", "agency_id", "as_partner", name="uq_task_agencies_task_agency_partner"),
        Index("ix_task_agencies_agency_date", "agency_id", "as_partner", "sort_date", "task_id"),
        Index("ix_task_agencies_agency_province", "agency_id", "province", "sort_date", "task_id"),
        Index("ix_task_agencies_document", "document_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    document_id: Mapped[int] = _doc_fk()
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    as_partner: Mapped[bool] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer)
    written: Mapped[str] = mapped_column(Text)
    registry_id: Mapped[str | None] = mapped_column(String(300))
    registered: Mapped[bool] = mapped_column(Boolean)
    # copies of task and document columns, for the obligations index
    role: Mapped[str] = mapped_column(String(20))
    requested: Mapped[bool] = mapped_column(Boolean)
    province: Mapped[str | None] = mapped_column(String(80))
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    sort_date: Mapped[dt.date] = mapped_column(Date)          # issued_date, or UNDATED: newest first, undated last
    due: Mapped[dt.date | None] = mapped_column(Date)


class DeadlineRow(SpanColumns, Base):
    __tablename__ = "deadlines"
    __table_args__ = (Index("ix_deadlines_document", "document_id"), Index("ix_deadlines_due", "due"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)
    recurrence: Mapped[str | None] = mapped_column(String(200))
    agencies: Mapped[list[str]] = mapped_column(JSONType, default=list)


class TargetRow(SpanColumns, Base):
    __tablename__ = "targets"
    __table_args__ = (Index("ix_targets_document", "document_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(80))
    year: Mapped[int | None] = mapped_column(Integer)


class Node(Base):
    """One real document that some stored text cites (or a stored document itself)."""

    __tablename__ = "nodes"
    __table_args__ = (
        Index("ix_nodes_cited_by_count", "cited_by_count"),
        Index("ix_nodes_key", "key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    identity: Mapped[str] = mapped_column(String(400), unique=True)
    key: Mapped[str] = mapped_column(String(400))            # the most supported written key
    scope: Mapped[str] = mapped_column(String(10))           # central | local | law | doc
    province: Mapped[str | None] = mapped_column(String(80))  # local documents: the issuing province
    doc_type: Mapped[str | None] = mapped_column(String(40))
    issuer: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)        # laws: the year the node stands for
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), unique=True)
    cited_by_count: Mapped[int] = mapped_column(Integer, default=0)


class CitingTally(Base):
    """How many current documents cite a node, by relation, province and year: a hub's counts (corpus.graph) from a
    few rows rather than from its thousands of citations. `relation` "" counts a document once whatever its
    relations; "" and 0 stand for no province and no year (a key column holds no NULL). corpus.store keeps them as
    it links and removes a current version's citations, as nodes.cited_by_count."""

    __tablename__ = "citing_tallies"

    node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(10), primary_key=True)
    province: Mapped[str] = mapped_column(String(80), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    documents: Mapped[int] = mapped_column(Integer)


class NodeAlias(Base):
    __tablename__ = "node_aliases"
    __table_args__ = (Index("ix_node_aliases_node", "node_id"),)

    identity: Mapped[str] = mapped_column(String(400), primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))


class NodeEvidence(Base):
    """How many citing texts give a node this value of a field (type, issuer, date, title, key)."""

    __tablename__ = "node_evidence"

    node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(20), primary_key=True)
    norm: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    support: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[int] = mapped_column(BigInteger)      # citation id: ties go to the earliest


class CitationRow(Base):
    """One citation of one stored document, as that document gives it."""

    __tablename__ = "citations"
    __table_args__ = (
        Index("ix_citations_node_document", "node_id", "document_id"),
        Index("ix_citations_node_relation", "node_id", "relation", "document_id"),   # the graph's incoming edges
        Index("ix_citations_document", "document_id", "position"),
        Index("ix_citations_node_date", "node_id", "sort_date", "document_id", "position"),  # a node's newest citing
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(400))
    alt_keys: Mapped[list[str]] = mapped_column(JSONType, default=list)
    doc_type: Mapped[str | None] = mapped_column(String(40))
    issuer: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(String(10))       # basis | implements | amends | replaces | ... | cites
    articles: Mapped[list[str]] = mapped_column(JSONType, default=list)
    sort_date: Mapped[dt.date] = mapped_column(Date)          # its document's issued_date, or UNDATED (newest first)


class CitationMentionRow(SpanColumns, Base):
    __tablename__ = "citation_mentions"
    __table_args__ = (Index("ix_citation_mentions_citation", "citation_id"),
                      Index("ix_citation_mentions_document", "document_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    citation_id: Mapped[int] = mapped_column(ForeignKey("citations.id", ondelete="CASCADE"))
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class NodeLink(Base):
    """`source` relates to `target` (e.g. implements it), as the text of `document_id` says (one row per document)."""

    __tablename__ = "node_links"
    __table_args__ = (
        Index("ix_node_links_target", "target_node_id"),
        Index("ix_node_links_source", "source_node_id", "target_node_id", "relation", "document_id"),
        Index("ix_node_links_document", "document_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    source_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    target_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(20))


class NodeRelation(Base):
    """The node -> node relations of all documents together: one row per pair, with how many texts state it.

    The graph walks this table (its size does not grow with the number of plans repeating a relation);
    `document_id` is one document that states it (the first still stored)."""

    __tablename__ = "node_relations"
    __table_args__ = (Index("ix_node_relations_target", "target_node_id", "relation", "source_node_id"),
                      Index("ix_node_relations_document", "document_id"))

    source_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True)
    target_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(20), primary_key=True)
    support: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))


class DocumentRelationRow(SpanColumns, Base):
    """One typed relation a stored document states (models.result.DocumentRelation): its own node `source_node_id`
    amends / replaces / abolishes / ... the node `target_node_id`, in the articles of `scope` ([] = whole document).

    `effective_on` is the date it takes effect, resolved when stored: the date the relation states, else the stating
    document's own effective date, else its issue date (None when none is known). Validity queries read the rows of
    one target through `ix_document_relations_target`, never the whole table."""

    __tablename__ = "document_relations"
    __table_args__ = (
        Index("ix_document_relations_target", "target_node_id", "relation", "effective_on"),
        Index("ix_document_relations_source", "source_node_id"),
        Index("ix_document_relations_document", "document_id", "position"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    position: Mapped[int] = mapped_column(Integer)
    source_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    target_node_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(20))         # implements | amends | replaces | abolishes | guides | suspends | extends
    whole: Mapped[bool] = mapped_column(Boolean)              # scope is the whole document
    scope: Mapped[list[str]] = mapped_column(JSONType, default=list)
    effective_from: Mapped[dt.date | None] = mapped_column(Date)   # as the relation states it
    effective_on: Mapped[dt.date | None] = mapped_column(Date)     # resolved (see the class text)
    key: Mapped[str] = mapped_column(String(400))             # the target as written
    text: Mapped[str] = mapped_column(Text, sort_order=LAST)


class JobRow(Base):
    """One ingestion of one file: an upload to the service or a file of a backfill, in either queue mode.

    The API, the in-process pool, the Celery workers and `kehoach ingest` all read and write job state
    here, so every process sees the same state. A file job (`path` set) remembers the file's size and
    modification time, which is how a backfill that was interrupted knows what it already did."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_state", "state", "created_at"),
        Index("ix_jobs_path", "path", "size", "mtime_ns"),
        Index("ix_jobs_batch", "batch", "state"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    path: Mapped[str | None] = mapped_column(Text)              # file jobs: the file read by the worker
    size: Mapped[int | None] = mapped_column(BigInteger)
    mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    batch: Mapped[str | None] = mapped_column(String(64))       # the backfill run a file job belongs to
    force: Mapped[bool] = mapped_column(Boolean, default=False)  # extract again even if stored by this version
    state: Mapped[str] = mapped_column(String(10))              # queued | running | done | failed
    stage: Mapped[str] = mapped_column(String(20))              # queued | reading | extracting | storing | done
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(200))     # host:pid of the process running it
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    outcome: Mapped[str | None] = mapped_column(String(20))     # stored | replaced | unchanged
    reason: Mapped[str | None] = mapped_column(String(40))      # why it failed, in one word or two
    error: Mapped[str | None] = mapped_column(Text)             # ... and in words
    pages: Mapped[int | None] = mapped_column(Integer)
    seconds: Mapped[float | None] = mapped_column(Float)        # extraction time in the worker
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class JobPayload(Base):
    """The bytes of an uploaded file until its job has finished (workers on other machines read them here)."""

    __tablename__ = "job_payloads"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CorpusState(Base):
    """One row: `generation` goes up with every write of a document (database triggers on `documents`, migration
    0007), so that answers computed from many rows (counts, a hub's neighbours) can be kept until the corpus
    changes (corpus.generation)."""

    __tablename__ = "corpus_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
