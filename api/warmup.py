"""Warm-up of a serving process: each hot read path run once before the first request, its answers dropped.

The first request of a process for an agency's obligations or a graph compiled its SQL statements (SQLAlchemy
caches them per process) and read the indexes' pages from disk: some 30 ms of CPU more than the next one. When a
service starts under load, the first clients all asked at once and each paid it again while the others waited for
the interpreter lock (the p99 of the API benchmark). `warm_up` asks the question of each hot endpoint once, about
the corpus's largest agency and most cited document, then empties the answers it kept, so that every answer is
still computed from the corpus when first asked. `kehoach serve` does it (api.app.settle_heap); tests do not.
"""
from __future__ import annotations

from sqlalchemy import select

from corpus import graph as G
from corpus.db import Database
from corpus.generation import CACHE
from models.tables import AgencyRow

from .routers.agencies import ObligationFilters, filters_of, page_json
from .routers.citations import graph_of
from .schemas import GraphOut


def warm_up(db: Database) -> None:
    with db.session() as s:
        agency = s.scalar(select(AgencyRow.name).order_by(AgencyRow.tasks.desc()).limit(1))
        if agency:
            f = ObligationFilters()
            page_json(s, agency, filters_of(f), 50, None)
        top = G.most_cited(s, 1)
        if top:
            GraphOut.model_validate(graph_of(s, top[0].key, None, 2, "cited_by", None, G.HUB_PAGE)).json_bytes()
        s.info[CACHE].clear()
