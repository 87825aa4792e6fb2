"""Deadlines across the corpus: upcoming or in a window, for an agency or a province.

`find_deadlines(session, ...)` returns `DeadlineItem`s: one-off deadlines (a due date in the window) and
recurring schedules (RRULEs; kept when `recurring` is asked for, since they fall in every window).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.tables import DeadlineRow, Document, TaskRow

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
    task: str | None = None        # the text of the task the deadline is written in (with `tasks=True`)


def find_deadlines(session: Session, *, agency: str | None = None, province: str | None = None, merged: bool = False,
                   due_from: dt.date | None = None, due_to: dt.date | None = None, recurring: bool = True,
                   limit: int = 500, tasks: bool = False) -> list[DeadlineItem]:
    return deadline_page(session, agency=agency, province=province, merged=merged, due_from=due_from, due_to=due_to,
                         recurring=recurring, limit=limit, tasks=tasks)[0]


def deadline_page(session: Session, *, agency: str | None = None, province: str | None = None, merged: bool = False,
                  due_from: dt.date | None = None, due_to: dt.date | None = None, recurring: bool = True,
                  limit: int = 500, offset: int = 0, tasks: bool = False) -> tuple[list[DeadlineItem], int]:
    """One page of the deadlines (dated first, by date) and how many there are in all; with `tasks`, each
    deadline's task text too."""
    reg = default_corpus_registry()
    cond = [Document.version_of.is_(None)]      # a document with several versions counts once
    if province:
        cond.append(Document.province.in_(reg.provinces_under(province, merged=merged)))
    dated = DeadlineRow.due.is_not(None)
    if due_from is not None:
        dated = dated & (DeadlineRow.due >= due_from)
    if due_to is not None:
        dated = dated & (DeadlineRow.due <= due_to)
    cond.append(or_(dated, DeadlineRow.recurrence.is_not(None)) if recurring else dated)
    order = (DeadlineRow.due.is_(None), DeadlineRow.due, DeadlineRow.id)
    joined = select(DeadlineRow.id).join(Document, Document.id == DeadlineRow.document_id).where(*cond)
    if agency:  # agencies are a JSON list: filtered here, on the ids and lists only
        want = reg.canonical(agency) or agency
        rows = session.execute(joined.add_columns(DeadlineRow.agencies).order_by(*order)).all()
        ids = [rid for rid, agencies in rows if want in (agencies or ())]
        total, page_ids = len(ids), ids[offset:offset + limit]
    else:
        total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
        page_ids = list(session.scalars(joined.order_by(*order).offset(offset).limit(limit)))
    if not page_ids:
        return [], total
    stmt = (select(DeadlineRow, Document).join(Document, Document.id == DeadlineRow.document_id)
            .where(DeadlineRow.id.in_(page_ids)).order_by(*order))
    out = [DeadlineItem(row.id, DocRef(doc.id, doc.source_name, doc.number, doc.doc_type, doc.province, doc.issued_date,
                                       doc.title),
                        row.text, row.due, row.recurrence, tuple(row.agencies or ()),
                        SpanRef(row.span_start, row.span_end, row.page))
           for row, doc in session.execute(stmt)]
    if tasks and out:
        texts = _task_texts(session, [d.id for d in out])
        out = [replace(d, task=texts.get(d.id)) for d in out]
    return out, total


def _task_texts(session: Session, ids: list[int]) -> dict[int, str]:
    """Deadline id -> the text of the innermost task whose span holds the deadline's."""
    found: dict[int, tuple[int, str]] = {}
    for i in range(0, len(ids), 500):
        stmt = (select(DeadlineRow.id, TaskRow.span_end - TaskRow.span_start, TaskRow.text)
                .join(TaskRow, (TaskRow.document_id == DeadlineRow.document_id)
                      & (TaskRow.span_start <= DeadlineRow.span_start) & (TaskRow.span_end >= DeadlineRow.span_end))
                .where(DeadlineRow.id.in_(ids[i:i + 500])))
        for did, size, text in session.execute(stmt):
            if did not in found or size < found[did][0]:
                found[did] = (size, text)
    return {k: v[1] for k, v in found.items()}
