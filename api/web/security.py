"""Security headers on the page and its files: a strict Content-Security-Policy (scripts, styles and images only from
this origin, no inline script, no plugins, no framing), no MIME sniffing, no referrer.

The page builds every element from document text with textContent; the policy is the second line of defence: a
plan containing `<script>` could not run it even if it reached the DOM as markup."""
from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",          # blob: the page images fetched with the key (api.js objectUrl)
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeaders:
    """ASGI middleware: adds HEADERS to HTTP responses whose path is in `exact` or starts with one of `prefixes`."""

    def __init__(self, app: ASGIApp, prefixes: tuple[str, ...], exact: tuple[str, ...] = ()):
        self.app, self.prefixes, self.exact = app, prefixes, exact

    def _applies(self, path: str) -> bool:
        return path in self.exact or any(path == p or path.startswith(p + "/") for p in self.prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._applies(scope.get("path", "")):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *((k, v) for k, v in HEADERS if k not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)
