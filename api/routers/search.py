"""/search: tasks and sections across the corpus, diacritics and tone placement ignored ("cai nghien")."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from corpus.search import count as corpus_count
from corpus.search import search as corpus_search

from ..deps import Offset, ReadKey, SessionDep
from ..schemas import Page, SearchHitOut

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Page[SearchHitOut], dependencies=[ReadKey])
def search(session: SessionDep, q: Annotated[str, Query(min_length=1, max_length=300, examples=["cai nghien", "phòng, chống ma túy"])], province: str | None = None,
           merged: bool = False, limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0):
    """Tasks and sections whose text contains the words, diacritics and tone placement ignored.
    `{data, count}`: `count` is the total, pages with `limit`/`offset`."""
    hits = corpus_search(session, q, province=province, merged=merged, limit=limit, offset=offset)
    total = corpus_count(session, q, province=province, merged=merged)
    return {"data": [SearchHitOut.model_validate(h) for h in hits], "count": total}
