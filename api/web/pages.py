"""The page's routes: `/` -> `/ui/`, and every `/ui/...` path -> the shell that the JavaScript views fill in."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

STATIC = Path(__file__).parent / "static"
SHELL = STATIC / "index.html"
PAGE_URL = "/ui"
STATIC_URL = "/static"

router = APIRouter(include_in_schema=False)


def _shell() -> FileResponse:
    return FileResponse(SHELL, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse(f"{PAGE_URL}/", status_code=307)


@router.api_route(PAGE_URL, methods=["GET", "HEAD"])
@router.api_route(PAGE_URL + "/{view:path}", methods=["GET", "HEAD"])
def page(view: str = "") -> FileResponse:
    """The same shell for every view (documents, agencies, citations, graph, search): the script reads the path."""
    return _shell()


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")
