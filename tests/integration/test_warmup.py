"""`kehoach serve` warms its hot read paths up before the first request (api.warmup) and keeps none of the answers
it computed: the next request computes its answer from the corpus, and it is the same as without the warm-up."""
from __future__ import annotations

from sqlalchemy import select

from api.routers.agencies import ObligationFilters, filters_of, page_json
from api.warmup import warm_up
from corpus.generation import CACHE
from models.tables import AgencyRow


def test_warm_up_runs_the_hot_paths_and_keeps_no_answer(seeded):
    db, _ = seeded
    with db.session() as s:
        top = s.scalar(select(AgencyRow.name).order_by(AgencyRow.tasks.desc()).limit(1))
        s.info[CACHE].clear()
        before = page_json(s, top, filters_of(ObligationFilters()), 50, None)
        s.info[CACHE].clear()
    warm_up(db)
    with db.session() as s:
        cache = s.info[CACHE]
        assert len(cache) == 0
        misses = cache.misses
        assert page_json(s, top, filters_of(ObligationFilters()), 50, None) == before
        assert cache.misses > misses            # computed, not found kept
