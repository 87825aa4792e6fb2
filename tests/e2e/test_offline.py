"""Everything the service and the page load comes from the service itself (issue 13, point 1): with every
non-loopback request aborted, `/docs` renders the whole OpenAPI 3.1 document with the vendored Swagger UI, and the
page's views load nothing from elsewhere."""
from __future__ import annotations

from urllib.parse import urlparse

from tests.e2e.conftest import goto

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _offline(page) -> list[str]:
    """Abort every request that leaves the machine; return the list the aborted URLs go to."""
    blocked: list[str] = []

    def route(r):
        url = r.request.url
        if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).hostname not in LOOPBACK:
            blocked.append(url)
            r.abort("internetdisconnected")
        else:
            r.continue_()

    page.route("**/*", route)
    return blocked


def test_docs_render_every_operation_offline(server, api, watched):
    from playwright.sync_api import expect

    page = watched.page
    blocked = _offline(page)
    page.goto(server.url + "/docs")
    spec = api.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    operations = [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]
    expect(page.locator(".opblock")).to_have_count(len(operations), timeout=30_000)
    expect(page.locator(".info .title")).to_contain_text("kehoach")
    for method, path in operations[:5]:
        expect(page.locator(f".opblock-summary-path[data-path='{path}']").first).to_be_visible()
    page.locator(".opblock").first.locator(".opblock-summary-control").click()
    expect(page.locator(".opblock-body").first).to_be_visible()
    assert not blocked, blocked
    hosts = {urlparse(u).hostname for u in watched.requests if urlparse(u).scheme in ("http", "https")}
    assert hosts <= LOOPBACK, hosts
    assert not watched.errors, watched.errors


def test_redoc_is_gone_and_docs_holds_no_cdn(api):
    assert api.get("/redoc").status_code == 404
    r = api.get("/docs")
    assert r.status_code == 200 and "cdn" not in r.text.lower() and "<script>" not in r.text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in r.text
    for f in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"):
        assert api.get(f"/static/vendor/swagger-ui/{f}").status_code == 200


def test_page_views_load_nothing_from_outside(server, watched):
    page = watched.page
    blocked = _offline(page)
    for view in ("/ui/", "/ui/agencies", "/ui/citations", "/ui/search?q=y+te"):
        goto(watched, server.url + view)
    assert not blocked, blocked
    assert not watched.errors, watched.errors
