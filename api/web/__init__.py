"""The web page for people (issue 6), served by the same app as the API.

`install(app)` adds:
- the page: `/` redirects to `/ui/`; every `/ui/...` path answers the same shell (static/index.html), whose
  JavaScript modules (static/js/, no build step, nothing from a CDN) draw the view the path names;
- the static files under `/static/`;
- the read-only endpoints the page needs beyond the API: the source text of a document and its PDF pages as PNG
  (document_text.py);
- the API documentation at `/docs` (docs.py), rendered by Swagger UI vendored under static/vendor/;
- strict security headers (a Content-Security-Policy without inline scripts) on the page and its files (security.py).
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from . import docs, document_text, pages
from .security import SecurityHeaders


def install(app: FastAPI) -> None:
    app.state.document_texts = document_text.DocumentTexts()
    app.include_router(document_text.router)
    app.include_router(pages.router)
    app.include_router(docs.router)  # /docs: Swagger UI from static/vendor/, nothing from a CDN
    app.mount(pages.STATIC_URL, StaticFiles(directory=pages.STATIC), name="static")
    app.add_middleware(SecurityHeaders, prefixes=(pages.PAGE_URL, pages.STATIC_URL), exact=("/",))
