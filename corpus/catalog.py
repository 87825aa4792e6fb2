"""The documents and agencies of the corpus, listed with filters (what the service's list pages show).

`list_documents(session, ...)` filters by province (and merged provinces), type, year, issuer and text, with
paging; `agency_counts(session)` says how many tasks name each agency.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from extractor.vntext import strip_marks
from models.tables import AgencyRow, Document

from .db import LIKE_ESCAPE, contains_pattern
from .records import DocumentInfo
from .registry import default_corpus_registry
from .search import search


def _info(d: Document) -> DocumentInfo:
    return DocumentInfo(d.id, d.sha256, d.source_name, d.media_type, d.pages, d.chars, d.status, d.error,
                        d.extractor_version, d.doc_type, d.number, d.issuer, d.province, d.issued_date, d.title,
                        warnings=list(d.warnings or []), version_of=d.version_of)


def list_documents(session: Session, *, province: str | None = None, merged: bool = False, doc_type: str | None = None,
                   year: int | None = None, issuer: str | None = None, q: str | None = None, status: str | None = None,
                   warned: bool | None = None, all_versions: bool = False, limit: int = 50,
                   offset: int = 0) -> tuple[list[DocumentInfo], int]:
    """Stored documents, newest first, each once (its current version) unless `all_versions`."""
    stmt = select(Document)
    if not all_versions:
        stmt = stmt.where(Document.version_of.is_(None))
    if province:
        stmt = stmt.where(Document.province.in_(default_corpus_registry().provinces_under(province, merged=merged)))
    if doc_type:
        stmt = stmt.where(func.upper(Document.doc_type) == doc_type.upper())
    if year:
        stmt = stmt.where(Document.issued_date >= dt.date(year, 1, 1), Document.issued_date <= dt.date(year, 12, 31))
    if status:
        stmt = stmt.where(Document.status == status)
    if issuer:
        stmt = stmt.where(Document.issuer.is_not(None))
    if q:
        ids = {h.document.id for h in search(session, q, limit=500)}
        pattern = contains_pattern(q)  # "%" and "_" typed in q match themselves, not everything
        title_like = [c.ilike(pattern, escape=LIKE_ESCAPE) for c in (Document.title, Document.number, Document.source_name)]
        stmt = stmt.where(or_(Document.id.in_(ids), *title_like))
    rows = list(session.scalars(stmt.order_by(Document.issued_date.desc().nulls_last(), Document.id.desc())))
    if issuer:
        want = strip_marks(issuer)
        rows = [d for d in rows if want in strip_marks(d.issuer or "")]
    if warned is not None:  # documents with (true) or without (false) warnings
        rows = [d for d in rows if bool(d.warnings) == warned]
    page = rows[offset:offset + limit]
    others = dict(session.execute(select(Document.version_of, func.count()).where(Document.version_of.in_([d.id for d in page]))
                                  .group_by(Document.version_of)).all()) if page else {}
    return [replace(_info(d), versions=1 + others.get(d.id, 0)) for d in page], len(rows)


def agency_counts(session: Session) -> dict[str, int]:
    """Canonical agency name -> number of (task, agency) pairs naming it as assignee (kept by corpus.tallies)."""
    out: dict[str, int] = {}
    for name, n in session.execute(select(AgencyRow.name, AgencyRow.tasks).where(AgencyRow.tasks > 0)):
        out[name] = out.get(name, 0) + n
    return out
