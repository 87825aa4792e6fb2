"""JSON answers of the hot read endpoints (an agency's obligations, the graph), kept until the corpus changes.

The same few questions come again and again (the first page of a large agency's tasks, the graph around 36-CT/TW),
and each answer is a function of its parameters and of the corpus: `corpus.generation` numbers the states of the
corpus (every store, replace and delete of a document raises it), so an answer's bytes stay right exactly as long as
the generation they were computed at is the current one. The app keeps them in one `AnswerCache` per process
(`app.state.answers`, bounded in number and in bytes); each request reads the generation
(one small query) and finds its answer, or computes it in a worker thread.

The endpoints that use it are `async def`: a kept answer is sent from the event loop without the worker-thread hop
(and without a second thread waiting for the interpreter lock while another answers: the waits that made the p99).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable

from fastapi import Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from corpus.generation import AnswerCache, generation

#: Answers kept per process, and their weight at most (a first page of obligations or a graph is some 70-90 KB).
MAX_ANSWERS = 256
MAX_BYTES = 32 * 2**20
JSON = "application/json"


def answer_cache() -> AnswerCache:
    return AnswerCache(MAX_ANSWERS, max_bytes=MAX_BYTES)


async def kept_json(request: Request, session: Session, key: Hashable, compute: Callable[[], bytes | str]) -> Response:
    """The JSON answer for `key` at the session's corpus generation: kept, or `compute()`d (in a worker thread, through
    `session`) and kept. An exception of `compute` (a 404 problem) is raised, and nothing is kept."""
    cache: AnswerCache = request.app.state.answers
    gen = generation(session)
    found, body = cache.get(gen, key)
    if not found:
        body = await run_in_threadpool(compute)
        cache.put(gen, key, body)
    return Response(body, media_type=JSON)
