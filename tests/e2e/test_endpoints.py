"""The server side of the web page, without a browser: the shell and its routes, the security headers, the static
files (all shipped, none from elsewhere), the source text the spans point into, and the PDF page images."""
from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient

from api.web.pages import STATIC
from tests.api.conftest import wait
from tests.conftest import SAMPLES

KEY = "endpoint-key"
SEED = SAMPLES / "000_2c1b652bb66f49e5.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from api.app import create_app
    from api.settings import Settings

    db = tmp_path_factory.mktemp("web") / "kehoach.db"
    with TestClient(create_app(Settings(db_url=f"sqlite:///{db}", api_key=KEY, workers=1))) as c:
        yield c


def _upload(client, name: str, data: bytes, media_type: str) -> dict:
    """The finished job of an upload."""
    r = client.post("/documents", files={"file": (name, data, media_type)}, headers={"X-API-Key": KEY})
    assert r.status_code in (200, 202), r.text
    return wait(client, r.json()["job"]["id"])


def _store(client, name: str, data: bytes, media_type: str) -> int:
    job = _upload(client, name, data, media_type)
    assert job["state"] == "done", job
    return job["document_id"]


@pytest.fixture(scope="module")
def text_doc(client) -> int:
    return _store(client, SEED.name, SEED.read_bytes(), "text/plain")


@pytest.fixture(scope="module")
def pdf_doc(client, fixtures) -> int:
    pdf = next(f for f in fixtures["pdf"] if f.name.startswith(SEED.stem))
    return _store(client, pdf.name, pdf.read_bytes(), "application/pdf")


def test_root_redirects_to_the_page(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui/"


@pytest.mark.parametrize("path", ["/ui", "/ui/", "/ui/documents/3", "/ui/agencies/Sở Y tế", "/ui/citations/36-CT/TW",
                                  "/ui/graph", "/ui/search"])
def test_every_view_is_the_shell_with_a_strict_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in r.text and '<script type="module" src="/static/js/main.js">' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_the_api_keeps_its_own_headers(client):
    assert "content-security-policy" not in client.get("/health").headers


def test_static_files_are_served_with_their_types(client):
    assert client.get("/static/js/main.js").headers["content-type"].split(";")[0] in ("text/javascript", "application/javascript")
    assert client.get("/static/css/app.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/js/nothing.js").status_code == 404


def test_nothing_comes_from_elsewhere_and_no_markup_is_assigned():
    """No CDN, no remote font, no inline script or style in the shell; no innerHTML/outerHTML/insertAdjacentHTML/
    document.write anywhere in the scripts. Third-party files vendored under static/vendor/ (Swagger UI, for /docs only)
    are checked on their own: no remote stylesheet, font or url() in their CSS, and the page never loads them (that
    /docs loads nothing from elsewhere is tests/e2e/test_offline.py, with the network blocked)."""
    vendor = STATIC / "vendor"
    files = [p for p in STATIC.rglob("*") if p.is_file() and vendor not in p.parents]
    assert {p.suffix for p in files} >= {".html", ".js", ".css"}
    for p in files:
        text = p.read_text(encoding="utf-8")
        urls = set(re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s\"')]*", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, (p.name, urls)
        if p.suffix == ".js":
            assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", text), p.name
    shell = (STATIC / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", shell) and "style=" not in shell and "<style" not in shell
    for css in vendor.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"@import|@font-face|url\(\s*[\"']?(?:https?:)?//", text), css.name
    assert "vendor" not in shell        # the page itself never loads them; /docs does (api/web/docs.py)


def test_text_is_what_the_spans_point_into(client, text_doc):
    result = client.get(f"/documents/{text_doc}").json()
    body = client.get(f"/documents/{text_doc}/text").json()
    text = body["text"]
    assert body["aligned"] and body["chars"] == len(text) == result["source"]["chars"] and body["pages"] == []
    assert text == SEED.read_text(encoding="utf-8")
    refs = [r for a in result["assignments"] for r in a["agency_refs"]]
    assert refs and all(text[r["span"]["start"]:r["span"]["end"]] == r["written"] for r in refs)


def test_pdf_text_pages_and_page_images(client, pdf_doc):
    from PIL import Image

    result = client.get(f"/documents/{pdf_doc}").json()
    body = client.get(f"/documents/{pdf_doc}/text").json()
    assert body["aligned"] and body["media_type"] == "application/pdf" and len(body["pages"]) >= 2
    refs = [r for a in result["assignments"] for r in a["agency_refs"]]
    assert all(body["text"][r["span"]["start"]:r["span"]["end"]] == r["written"] for r in refs)
    page = body["pages"][0]
    r = client.get(f"/documents/{pdf_doc}/pages/1.png", params={"scale": 2})
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(r.content))
    assert abs(image.width - 2 * page["width"]) <= 1 and abs(image.height - 2 * page["height"]) <= 1
    assert client.get(f"/documents/{pdf_doc}/pages/{len(body['pages']) + 1}.png").status_code == 404
    assert client.get(f"/documents/{pdf_doc}/pages/0.png").status_code == 422
    assert client.get(f"/documents/{pdf_doc}/pages/1.png", params={"scale": 50}).status_code == 422


def test_missing_and_unreadable_documents_say_why(client, text_doc):
    r = client.get("/documents/999999/text")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert client.get(f"/documents/{text_doc}/pages/1.png").status_code == 404  # not a PDF
    job = _upload(client, "broken.pdf", b"%PDF-1.4\nnot a pdf\n", "application/pdf")
    assert job["state"] == "failed" and job["document_id"]
    r = client.get(f"/documents/{job['document_id']}/text")
    assert r.status_code == 422 and "broken.pdf" in r.json()["detail"]
