"""Answers kept until the corpus changes (corpus.generation): a store or a delete of a document moves the generation,
and the counts kept for it (an agency's tasks, a hub's citing documents) are computed again, on SQLite and PostgreSQL."""
from __future__ import annotations

from corpus import graph as G
from corpus import store
from corpus.generation import CACHE, generation
from corpus.queries import count_obligations
from tests.conftest import SAMPLES
from tests.integration.conftest import ingest_names

SEEDS = sorted(p.name for p in SAMPLES.glob("*.txt"))


def _answers(db):
    with db.session() as s:
        hub, _, _ = G.hub(s, G.find_nodes(s, "36-CT/TW")[0], page=1)
        return generation(s), count_obligations(s, "Công an tỉnh"), hub.total


def test_a_write_moves_the_generation_and_the_kept_answers_follow(fresh_db, extracted):
    ids = ingest_names(fresh_db, extracted, SEEDS[:3])
    gen, tasks, citing = _answers(fresh_db)
    assert _answers(fresh_db) == (gen, tasks, citing)              # asked again: the same, from the cache
    assert fresh_db.reads.kw["info"][CACHE].hits > 0
    ingest_names(fresh_db, extracted, SEEDS[3:])                   # two more plans, one of them citing 36-CT/TW
    gen2, tasks2, citing2 = _answers(fresh_db)
    assert gen2 > gen and tasks2 > tasks and citing2 == citing + 1
    with fresh_db.writer() as s:
        assert store.delete(s, ids[SEEDS[0]])                      # a seed whose tasks name Công an tỉnh
    gen3, tasks3, citing3 = _answers(fresh_db)
    assert gen3 > gen2 and tasks3 < tasks2
    with fresh_db.session() as s:                                  # what a fresh count says, without the cache
        s.info.pop(CACHE)
        assert count_obligations(s, "Công an tỉnh") == tasks3
        assert G.hub(s, G.find_nodes(s, "36-CT/TW")[0], page=1)[0].total == citing3
