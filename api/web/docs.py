"""The API documentation at `/docs`, rendered by Swagger UI 5 (OpenAPI 3.1) from files this service serves itself.

Swagger UI is vendored in static/vendor/swagger-ui/ (npm `swagger-ui-dist`, its LICENSE beside it; see VERSION), so the
documentation renders on a network without internet: no CDN, no web fonts. The page holds no inline script (its
starter is static/js/docs.js) and carries a Content-Security-Policy that allows only this origin (and the data: icons
of Swagger UI's stylesheet). FastAPI's own /docs and /redoc (which load from a CDN) are switched off in app.py.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

DOCS_URL = "/docs"
VENDOR = "/static/vendor/swagger-ui"
CSP = "; ".join((
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
    "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
))

PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kehoach: API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{VENDOR}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="{VENDOR}/swagger-ui-bundle.js"></script>
<script src="/static/js/docs.js"></script>
</body>
</html>
"""

router = APIRouter(include_in_schema=False)


@router.get(DOCS_URL)
def docs() -> HTMLResponse:
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                                       "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"})
