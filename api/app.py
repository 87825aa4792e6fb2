"""The HTTP service: `create_app(settings)` builds a FastAPI app; nothing touches a database at import time.

Routers: documents (upload, list, result, source, delete, re-extract), jobs, agencies (registry, obligations as
JSON/CSV/XLSX), deadlines (JSON, iCalendar), citations and graph (JSON, GraphML), search. Errors are RFC 9457
problem+json; write endpoints need the API key of the settings.
"""
from __future__ import annotations

import gc
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from corpus.db import Database
from corpus.queue import open_queue

from . import problems, web
from .answers import KeptAnswers
from .routers import agencies, citations, deadlines, documents, jobs, search
from .settings import Settings
from .warmup import warm_up

DESCRIPTION = """kehoach reads Vietnamese government plans (kế hoạch): who must do what, by when, on which basis.

Upload a plan (PDF, DOCX, DOC, TXT, MD) to `POST /documents` and poll `GET /jobs/{id}`; ask what an agency must do
across the corpus at `GET /agencies/{name}/obligations`; follow citations at `GET /citations/{key}` and `GET /graph`.
Write endpoints need the `X-API-Key` header."""


def create_app(settings: Settings | None = None, *, db: Database | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        database = db or Database.open(settings.db_url)
        queue = open_queue(database, settings.queue_config())
        app.state.settings, app.state.db, app.state.jobs = settings, database, queue
        app.state.answers = KeptAnswers()   # the hot JSON answers, kept until the corpus changes
        if getattr(app.state, "warm_up", False):
            await run_in_threadpool(warm_up, database)
            gc.collect()
            gc.freeze()     # what the warm-up built (compiled statements, the registry's caches) is never walked again
        try:
            yield
        finally:
            queue.close()
            if db is None:
                database.close()

    app = FastAPI(title="kehoach", version=__import__("extractor").__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # /docs is served from vendored files (api/web/docs.py)
    problems.install(app)
    for r in (documents, jobs, agencies, deadlines, citations, search):
        app.include_router(r.router)

    @app.get("/health", tags=["service"])
    def health() -> dict:
        return {"status": "ok"}

    web.install(app)  # the web page: /ui/, its static files and the text and page images it shows
    # errors documented as sent: problem+json everywhere, 404 wherever a path names something (and /graph's key)
    problems.install_openapi(app, not_found={("get", "/graph")})

    return app


#: The young generation is collected after this many new objects (Python's default is 700: a graph answer makes
#: tens of thousands, so the collector ran dozens of times per request).
YOUNG_THRESHOLD = 20_000


def serve_app() -> FastAPI:
    """The app of one process of `kehoach serve --processes N` (uvicorn's factory, called in each process): the
    settings from the environment (KEHOACH_*, which `kehoach serve` sets from its options), the heap settled."""
    app = create_app(Settings())
    settle_heap(app)
    return app


def settle_heap(app: FastAPI) -> None:
    """For a long-running service, once the app is built: load what every request needs (the registry, and the
    agency matcher that every obligations request asks: compiling it took 1-2 s of CPU at the first request, holding
    the interpreter lock while every other request waited), then `gc.freeze()` what exists, so that the collector
    never walks the start-up heap again (a full collection of it took 100-250 ms, the p99 of the API), and collect
    the young generation less often; and warm the hot read paths up when the app starts (api.warmup). Not for tests
    or scripts that build many apps (what is frozen is never freed)."""
    app.state.warm_up = True
    from corpus.registry import default_corpus_registry

    default_corpus_registry().agencies.lookup("Sở Y tế")   # builds the agency matcher
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, YOUNG_THRESHOLD), gen1, gen2)
