"""The JSON answers the service keeps (api.answers: an agency's obligations, the graph) follow the corpus: a store or
a delete of a document, through the API or by another process writing the same database, and the next request
answers what the corpus now holds, on SQLite and PostgreSQL."""
from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from corpus import store
from corpus.generation import CACHE
from tests.conftest import SAMPLES
from tests.integration.conftest import ingest_names

SEEDS = sorted(p.name for p in SAMPLES.glob("*.txt"))
OBLIGATIONS = "/agencies/Công an tỉnh/obligations"
GRAPH = "/graph"
GRAPH_PARAMS = {"key": "36-CT/TW", "depth": 2, "direction": "cited_by"}


def _ask(client) -> tuple[dict, dict]:
    ob = client.get(OBLIGATIONS, params={"limit": 50})
    gr = client.get(GRAPH, params=GRAPH_PARAMS)
    assert ob.status_code == 200 and gr.status_code == 200, (ob.text, gr.text)
    return ob.json(), gr.json()


def _citing(graph: dict) -> int:
    """How many stored documents cite 36-CT/TW, as the graph says."""
    return next(n["cited_by_count"] for n in graph["nodes"] if n["id"] == graph["roots"][0])


def _fresh(db) -> tuple[dict, dict]:
    """The same answers computed by an app that has kept nothing, on a session without kept counts."""
    app = create_app(Settings(db_url="sqlite://"), db=db)
    cache = db.reads.kw["info"].pop(CACHE)
    try:
        with TestClient(app) as c:
            return _ask(c)
    finally:
        db.reads.kw["info"][CACHE] = cache


def test_kept_answers_change_with_the_corpus(fresh_db, extracted):
    ids = ingest_names(fresh_db, extracted, SEEDS[:3])
    app = create_app(Settings(db_url="sqlite://"), db=fresh_db)
    with TestClient(app) as client:
        ob, gr = _ask(client)
        answers = app.state.answers
        computed = answers.computed
        assert _ask(client) == (ob, gr) and answers.computed == computed  # asked again: kept
        assert (ob, gr) == _fresh(fresh_db)

        ingest_names(fresh_db, extracted, SEEDS[3:])                     # stored by another writer of the database
        ob2, gr2 = _ask(client)
        assert ob2["count"] > ob["count"] and _citing(gr2) == _citing(gr) + 1
        assert (ob2, gr2) == _fresh(fresh_db)

        with fresh_db.writer() as s:
            assert store.delete(s, ids[SEEDS[0]])                         # a seed whose tasks name Công an tỉnh
        ob3, gr3 = _ask(client)
        assert ob3["count"] < ob2["count"]
        assert (ob3, gr3) == _fresh(fresh_db)

        r = client.get("/agencies/Cơ quan không có/obligations")         # a 404 is answered, never kept
        assert r.status_code == 404 and client.get("/agencies/Cơ quan không có/obligations").status_code == 404
