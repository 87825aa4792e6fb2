"""JSON answers of the hot read endpoints (an agency's obligations, the graph), kept until the corpus changes.

The same few questions come again and again (the first page of a large agency's tasks, the graph around 36-CT/TW),
and each answer is a function of its parameters and of the corpus: `corpus.generation` numbers the states of the
corpus (every store, replace and delete of a document raises it), so an answer's bytes stay right exactly as long as
the generation they were computed at is the current one. The app keeps them in one `AnswerCache` per process
(`app.state.answers`, bounded in number and in bytes); each request reads the generation (one small query) and
finds its answer, or computes it in a worker thread, once: the requests that ask the same question while it is
computed wait for that answer (after every change of the corpus, many clients ask the same popular page at once).

The endpoints that use it are `async def`: a kept answer is sent from the event loop without the worker-thread hop
(and without a second thread waiting for the interpreter lock while another answers: the waits that made the p99).
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import TypeVar

from fastapi import Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from corpus.db import Database
from corpus.generation import AnswerCache, generation

T = TypeVar("T")
#: Answers kept per process, and their weight at most (a first page of obligations or a graph is some 70-90 KB).
MAX_ANSWERS = 256
MAX_BYTES = 32 * 2**20
JSON = "application/json"


class KeptAnswers:
    """The answers of one process, and those being computed (one computation per question and generation)."""

    def __init__(self, max_answers: int = MAX_ANSWERS, max_bytes: int = MAX_BYTES):
        self.cache = AnswerCache(max_answers, max_bytes=max_bytes)
        self.computing: dict[tuple[int, Hashable], asyncio.Future] = {}
        self.computed = 0


def _compute(db: Database, answers: KeptAnswers, key: Hashable, compute: Callable[[Session], bytes]) -> bytes:
    with db.session() as s:
        gen = generation(s)     # the snapshot the answer is computed in
        body = compute(s)
    answers.cache.put(gen, key, body)
    answers.computed += 1
    return body


async def kept_json(request: Request, key: Hashable, compute: Callable[[Session], bytes]) -> Response:
    """The JSON answer for `key` at the current corpus generation: kept, being computed for another request, or
    `compute(session)`d now (in a worker thread, with a session of its own) and kept. An exception of `compute` (a 404
    problem) is raised to every request that waited for it, and nothing is kept."""
    db: Database = request.app.state.db
    answers: KeptAnswers = request.app.state.answers
    with db.session() as s:
        gen = generation(s)
    found, body = answers.cache.get(gen, key)
    if found:
        return Response(body, media_type=JSON)
    pending = answers.computing.get((gen, key))
    if pending is None:
        pending = asyncio.ensure_future(run_in_threadpool(_compute, db, answers, key, compute))
        answers.computing[gen, key] = pending
        pending.add_done_callback(lambda _: answers.computing.pop((gen, key), None))
    return Response(await asyncio.shield(pending), media_type=JSON)


async def in_session(request: Request, fn: Callable[[Session], T]) -> T:
    """`fn(session)` in a worker thread, with a session of its own (what the hot endpoints do not keep: exports)."""
    def run() -> T:
        with request.app.state.db.session() as s:
            return fn(s)

    return await run_in_threadpool(run)
