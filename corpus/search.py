"""Full-text search over task and section text that ignores case, diacritics and tone placement.

Tasks and sections keep a `search_text` column: the text lower-cased and stripped of every
diacritic (`search_key`, the words of `extractor.vntext.strip_marks`: "cai nghiện" -> "cai
nghien", "hoá" and "hóa" -> "hoa"). The query is stripped the same way and matched as a phrase:
- SQLite: the FTS5 tables `tasks_fts` / `sections_fts` (external content, kept in step by
  triggers; created by the migration);
- PostgreSQL: `to_tsvector('simple', search_text)` with a GIN index (no extension needed).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import zip_longest

from sqlalchemy import ColumnElement, Integer, bindparam, column, func, select, text
from sqlalchemy.orm import Session

from models.tables import Document, SectionRow, TaskRow

from .graph import DOC_REF
from .records import DocRef, SearchHit, SpanRef
from .registry import default_corpus_registry

#: A search token: letters and digits (the stripped text has no diacritics left).
QUERY_TOKEN = re.compile(r"[0-9a-z]+")
KINDS = ("task", "section")
_TABLES = {"task": ("tasks", TaskRow), "section": ("sections", SectionRow)}


@lru_cache(maxsize=1)
def _strip_table() -> dict[int, str]:
    """Every precomposed Latin letter -> its base letter without marks (đ -> d), as one str.translate table."""
    table = {ord("đ"): "d", ord("Đ"): "d", ord("Ð"): "d", ord("ð"): "d"}
    for cp in range(0xC0, 0x2000):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii() and base:
            table[cp] = base.lower()
    for cp in range(0x300, 0x370):   # loose combining marks (text that is not NFC)
        table[cp] = None
    return table


def search_key(s: str) -> str:
    """The text as the index stores it: lower case, no diacritics ("Cai nghiện" -> "cai nghien"; "hoá" = "hóa").

    The same words as `extractor.vntext.strip_marks`, at str.translate speed (tasks and sections are long)."""
    return s.lower().translate(_strip_table())


def query_tokens(query: str) -> list[str]:
    return QUERY_TOKEN.findall(search_key(query))


def _fts5_phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def _matching_ids_sql(dialect: str, kind: str) -> str:
    table, _ = _TABLES[kind]
    if dialect == "sqlite":
        return f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts_query"
    return f"SELECT id FROM {table} WHERE to_tsvector('simple', search_text) @@ phraseto_tsquery('simple', :fts_query)"


def _query_param(dialect: str, tokens: list[str]) -> str:
    return _fts5_phrase(tokens) if dialect == "sqlite" else " ".join(tokens)


def matches(session: Session, id_column: ColumnElement, query: str, kind: str = "task") -> ColumnElement[bool] | None:
    """A condition "`id_column` (a task or section id) matches `query`", for other queries; None if the query is empty."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    dialect = session.get_bind().dialect.name
    sub = text(_matching_ids_sql(dialect, kind)).bindparams(bindparam("fts_query", _query_param(dialect, tokens)))
    return id_column.in_(sub.columns(column("id", Integer)))


def _ranked_sql(dialect: str, kind: str) -> str:
    table, _ = _TABLES[kind]
    if dialect == "sqlite":
        return (f"SELECT rowid AS id, -bm25({table}_fts) AS score FROM {table}_fts WHERE {table}_fts MATCH :fts_query "
                f"ORDER BY score DESC LIMIT :lim")
    return (f"SELECT id, ts_rank(to_tsvector('simple', search_text), q) AS score FROM {table}, "
            f"phraseto_tsquery('simple', :fts_query) AS q WHERE to_tsvector('simple', search_text) @@ q "
            f"ORDER BY score DESC, id LIMIT :lim")


def count(session: Session, query: str, *, kinds: tuple[str, ...] = KINDS, province: str | None = None,
          merged: bool = False) -> int:
    """How many tasks and sections `search` finds in all (its total, before paging)."""
    total = 0
    provinces = default_corpus_registry().provinces_under(province, merged=merged) if province else None
    for kind in kinds:
        _, model = _TABLES[kind]
        cond = matches(session, model.id, query, kind)
        if cond is None:
            return 0
        stmt = select(func.count(model.id)).where(cond)
        if provinces:
            stmt = stmt.join(Document, Document.id == model.document_id).where(Document.province.in_(provinces))
        total += session.scalar(stmt) or 0
    return total


def search(session: Session, query: str, *, kinds: tuple[str, ...] = KINDS, province: str | None = None,
           merged: bool = False, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Tasks and sections whose text contains `query` as a phrase (diacritics ignored), best first
    (bm25 on SQLite, ts_rank on PostgreSQL; tasks and sections alternate, each in its own order);
    the `limit` hits after the first `offset`."""
    tokens = query_tokens(query)
    if not tokens:
        return []
    dialect = session.get_bind().dialect.name
    provinces = default_corpus_registry().provinces_under(province, merged=merged) if province else None
    # ask the index for more than `limit` when filtering by province afterwards
    fetch = (offset + limit) * (20 if provinces else 1)
    per_kind: list[list[SearchHit]] = []
    for kind in kinds:
        hits: list[SearchHit] = []
        _, model = _TABLES[kind]
        ranked = session.execute(text(_ranked_sql(dialect, kind)),
                                 {"fts_query": _query_param(dialect, tokens), "lim": fetch}).all()
        if not ranked:
            per_kind.append(hits)
            continue
        score = {r.id: float(r.score or 0.0) for r in ranked}
        item, shown = (model.tid, model.text) if kind == "task" else (model.sid, model.heading)
        stmt = (select(model.id, item, shown, model.span_start, model.span_end, model.page, *DOC_REF)
                .join(Document, Document.id == model.document_id).where(model.id.in_(list(score))))
        if provinces:
            stmt = stmt.where(Document.province.in_(provinces))
        for rid, item_id, text_, start, end, page, *doc in session.execute(stmt).all():
            hits.append(SearchHit(kind, DocRef(*doc), item_id, text_, SpanRef(start, end, page), score[rid]))
        hits.sort(key=lambda h: (-h.score, h.document.id, h.span.start))
        per_kind.append(hits)
    # scores of different tables do not compare: take the best of each kind in turn
    merged = [h for rank in zip_longest(*per_kind) for h in rank if h is not None]
    return merged[offset:offset + limit]
