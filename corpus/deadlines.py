"""Deadlines across the corpus: upcoming or in a window, for an agency or a province.

`find_deadlines(session, ...)` returns `DeadlineItem`s: one-off deadlines (a due date in the window) and
recurring schedules (RRULEs; kept when `recurring` is asked for, since they fall in every window).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.tables import DeadlineRow, Document

from .records import DocRef, SpanRef, _Record
from .registry import default_corpus_registry


@dataclass(frozen=True)
class DeadlineItem(_Record):
    id: int
    document: DocRef
    text: str
    due: dt.date | None
    recurrence: str | None
    agencies: tuple[str, ...]
    span: SpanRef


def find_deadlines(session: Session, *, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_from: dt.date | None = None, due_to: dt.date | None = None, recurring: bool = True,
                   limit: int = 500) -> list[DeadlineItem]:
    reg = default_corpus_registry()
    stmt = select(DeadlineRow, Document).join(Document, Document.id == DeadlineRow.document_id)
    if province:
        stmt = stmt.where(Document.province.in_(reg.provinces_under(province, merged=merged)))
    dated = DeadlineRow.due.is_not(None)
    if due_from is not None:
        dated = dated & (DeadlineRow.due >= due_from)
    if due_to is not None:
        dated = dated & (DeadlineRow.due <= due_to)
    stmt = stmt.where(or_(dated, DeadlineRow.recurrence.is_not(None)) if recurring else dated)
    stmt = stmt.order_by(DeadlineRow.due.is_(None), DeadlineRow.due, DeadlineRow.id).limit(limit * 4 if agency else limit)
    want = reg.canonical(agency) if agency else None
    out: list[DeadlineItem] = []
    for row, doc in session.execute(stmt):
        agencies = tuple(row.agencies or ())
        if want and want not in agencies:
            continue
        out.append(DeadlineItem(row.id, DocRef(doc.id, doc.source_name, doc.number, doc.doc_type, doc.province,
                                               doc.issued_date, doc.title),
                                row.text, row.due, row.recurrence, agencies, SpanRef(row.span_start, row.span_end, row.page)))
        if len(out) >= limit:
            break
    return out
