"""Errors as RFC 9457 problem details (application/problem+json).

`Problem(status, title, detail)` is raised anywhere in a router; `install(app)` turns it,
validation errors and unexpected exceptions into problem+json responses.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("kehoach.api")


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str | None = None, **extra):
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.extra = status, title, detail, extra


def _response(request: Request, status: int, title: str, detail: str | None = None, *,
              headers: dict[str, str] | None = None, **extra) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "instance": str(request.url.path)}
    if detail:
        body["detail"] = detail
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _allowed(request: Request) -> list[str]:
    """The methods some route answers at the request's path (each tried against the app's routes)."""
    from starlette.routing import Match

    methods = set()
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            methods.add(method)
    return sorted(methods)


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return _response(request, exc.status, exc.title, exc.detail, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        title = {404: "Not found", 405: "Method not allowed", 401: "Unauthorized", 403: "Forbidden"}.get(exc.status_code, "Error")
        # the headers of the exception go out with the problem: `Allow` on a 405 (RFC 9110 §15.5.6)
        headers = dict(exc.headers) if exc.headers else {}
        if exc.status_code == 405:  # Starlette names the methods of the first route only: name those of every route
            headers["Allow"] = ", ".join(_allowed(request))
        return _response(request, exc.status_code, title, str(exc.detail) if exc.detail else None, headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return _response(request, 422, "Invalid request", "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors),
                         errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # pragma: no cover - a bug; logged and reported as 500
        log.exception("unexpected error on %s", request.url.path)
        return _response(request, 500, "Internal server error", "the error was logged")


# --- the OpenAPI description of the errors: what `install` sends, documented the way it is sent ----------------

PROBLEM_SCHEMA = {
    "title": "Problem", "type": "object", "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "instance": {"type": "string"}, "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object", "properties": {
            "loc": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
            "msg": {"type": "string"}}}},
    },
    "required": ["type", "title", "status"],
    "additionalProperties": True,
}
_DEFAULT_DESCRIPTIONS = {401: "missing or wrong X-API-Key", 404: "not found", 422: "invalid request"}


def _problem_response(description: str, old: dict | None = None) -> dict:
    media = dict(((old or {}).get("content") or {}).get(PROBLEM_JSON) or {})
    media["schema"] = {"$ref": "#/components/schemas/Problem"}
    return {"description": description, "content": {PROBLEM_JSON: media}}


def document_problems(schema: dict, not_found: set[tuple[str, str]]) -> dict:
    """Rewrite the error answers of every operation of `schema` to what the service sends.

    Every answer >= 400 is `application/problem+json` (the `Problem` schema); operations with path
    parameters, and those in `not_found` ((method, path) pairs), document 404; operations that read the
    `X-API-Key` header document 401."""
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            params = op.get("parameters", [])
            responses = op["responses"]
            if any(p.get("in") == "path" for p in params) or (method, path) in not_found:
                responses.setdefault("404", {"description": _DEFAULT_DESCRIPTIONS[404]})
            if any(p.get("in") == "header" and p.get("name", "").lower() == "x-api-key" for p in params):
                responses.setdefault("401", {"description": _DEFAULT_DESCRIPTIONS[401]})
            if "requestBody" in op:  # a body that cannot be parsed (malformed multipart) is a 400
                responses.setdefault("400", {"description": "the request body could not be parsed"})
            if params or "requestBody" in op:
                responses.setdefault("422", {"description": _DEFAULT_DESCRIPTIONS[422]})
            for code, answer in list(responses.items()):
                if code.isdigit() and int(code) >= 400:
                    desc = answer.get("description") or _DEFAULT_DESCRIPTIONS.get(int(code), "error")
                    if desc == "Validation Error":
                        desc = _DEFAULT_DESCRIPTIONS[422]
                    responses[code] = _problem_response(desc, answer)
    # FastAPI's own validation error schemas are no longer referenced
    import json

    for name in ("HTTPValidationError", "ValidationError"):
        if f'"#/components/schemas/{name}"' not in json.dumps(schema["paths"]) + json.dumps(
                {k: v for k, v in schema["components"]["schemas"].items() if k != name}):
            schema["components"]["schemas"].pop(name, None)
    return schema


def install_openapi(app: FastAPI, not_found: set[tuple[str, str]] = frozenset()) -> None:
    """`app.openapi()` with the error answers documented as sent (see `document_problems`)."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, openapi_version=app.openapi_version,
                                 description=app.description, routes=app.routes, tags=app.openapi_tags,
                                 servers=app.servers)
            app.openapi_schema = document_problems(schema, set(not_found))
        return app.openapi_schema

    app.openapi = openapi
