"""api.answers: the requests that ask the same question while its answer is computed wait for that one computation
(after a change of the corpus many clients ask the same popular page at once); a failure reaches each of them and is
not kept."""
from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace

import pytest

from api.answers import KeptAnswers, kept_json
from api.problems import Problem
from corpus.db import Database


def _run(coro):
    """asyncio.run in a thread of its own: an earlier test of the suite (the browser tests' Playwright) may leave an event
    loop running in this one."""
    out: dict = {}

    def target():
        try:
            out["value"] = asyncio.run(coro)
        except BaseException as e:   # noqa: BLE001 - handed back to the test
            out["error"] = e

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def _request(db: Database) -> SimpleNamespace:
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(db=db, answers=KeptAnswers())))


def test_one_computation_per_question(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'k.db'}")
    request, calls, lock = _request(db), [], threading.Lock()

    def compute(session) -> bytes:
        with lock:
            calls.append(1)
        time.sleep(0.2)
        return b'{"a": 1}'

    async def ask(n: int, key: str):
        return await asyncio.gather(*(kept_json(request, key, compute) for _ in range(n)))

    try:
        answers = _run(ask(6, "q"))
        assert [r.body for r in answers] == [b'{"a": 1}'] * 6 and len(calls) == 1
        _run(ask(3, "q"))                                   # kept
        assert len(calls) == 1 and not request.app.state.answers.computing
        _run(ask(2, "other"))
        assert len(calls) == 2

        def fails(session) -> bytes:
            calls.append(1)
            time.sleep(0.1)
            raise Problem(404, "Not found", "nothing")

        async def ask_failing():
            return await asyncio.gather(*(kept_json(request, "missing", fails) for _ in range(4)), return_exceptions=True)

        out = _run(ask_failing())
        assert all(isinstance(e, Problem) for e in out) and len(calls) == 3
        assert not request.app.state.answers.computing
        with pytest.raises(Problem):                                # not kept: computed again
            _run(kept_json(request, "missing", fails))
        assert len(calls) == 4
    finally:
        db.close()
