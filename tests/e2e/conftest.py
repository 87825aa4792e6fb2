"""End-to-end tests of the web page: the real app served by uvicorn on a free port (SQLite in a temporary folder),
driven by headless Chromium through Playwright.

The browser is Debian's `chromium` (/usr/bin/chromium, installed by `scripts/test.sh` as root); Playwright's own
browser download is never used. Without it the browser tests are skipped on a user's machine and fail in CI (CI=1).
Screenshots of every view go to test-artifacts/screenshots/ (KEHOACH_TEST_ARTIFACTS to put them elsewhere), with the
accessibility report of each view beside them.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.api.conftest import wait
from tests.conftest import ROOT, SAMPLES

KEY = "e2e-key"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("KEHOACH_TEST_ARTIFACTS") or ROOT / "test-artifacts")
SCREENSHOTS = ARTIFACTS / "screenshots"
#: The seeds stored through the API before the page is used; the first seed is uploaded through the page as a PDF.
PRESEEDED = sorted(SAMPLES.glob("*.txt"))[1:]
PDF_SEED = "000_2c1b652bb66f49e5"
#: axe-core impacts that fail a view.
FAILING_IMPACTS = {"serious", "critical"}


@dataclass
class Server:
    url: str
    documents: dict[str, int] = field(default_factory=dict)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(settings, preseed=()):
    """The app of `settings` on a free port in a thread, with the `preseed` files stored through the API; yields a
    Server."""
    import httpx
    import uvicorn

    from api.app import create_app

    app = create_app(settings)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, name="e2e-uvicorn", daemon=True)
    thread.start()
    end = time.monotonic() + 60
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < end, "the server did not start"
        time.sleep(0.05)
    out = Server(f"http://127.0.0.1:{port}")
    with httpx.Client(base_url=out.url, timeout=60, headers={"X-API-Key": KEY}) as client:
        for f in preseed:
            r = client.post("/documents", files={"file": (f.name, f.read_bytes(), "application/octet-stream")})
            assert r.status_code == 202, r.text
            job = wait(client, r.json()["job"]["id"])
            assert job["state"] == "done", job
            out.documents[f.name] = job["document_id"]
    yield out
    srv.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The app on a free port, its corpus holding four of the five seeds (stored through the API)."""
    from api.settings import Settings

    db = tmp_path_factory.mktemp("e2e") / "kehoach.db"
    yield from serve(Settings(db_url=f"sqlite:///{db}", api_key=KEY, max_upload_bytes=5_000_000, workers=2), PRESEEDED)


@pytest.fixture(scope="session")
def api(server):
    import httpx

    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def browser():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Debian's chromium ({CHROMIUM}; `apt-get install chromium`, which scripts/test.sh does as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("playwright (pip install -e '.[test]')")
    if missing:
        reason = "the browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watched:
    """A page and what it did that a test may want to see: script errors, dialogs, console errors, requests."""
    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_page(browser) -> Watched:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True, locale="vi-VN")
    context.set_default_timeout(30_000)
    page = context.new_page()
    w = Watched(page)
    page.on("pageerror", lambda e: w.errors.append(str(e)))
    page.on("console", lambda m: w.console.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: w.requests.append(r.url))

    def on_dialog(d):
        w.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return w


@pytest.fixture
def watched(browser):
    w = open_page(browser)
    yield w
    w.page.context.close()


def goto(w: Watched, url: str):
    """Open a view and wait until its script says it is drawn."""
    w.page.goto(url)
    w.page.wait_for_selector("body[data-ready=true]", state="attached")
    return w.page


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def check_accessibility(page, name: str) -> None:
    """axe-core (shipped in the axe-playwright-python wheel) on the page as it is: no serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(results.response["violations"], indent=1, ensure_ascii=False))
    bad = [v for v in results.response["violations"] if v.get("impact") in FAILING_IMPACTS]
    assert not bad, f"{name}: " + "; ".join(f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
                                            for v in bad)


def save_key(page) -> None:
    """Give the page the API key through its key field."""
    page.fill("#api-key", KEY)
    page.get_by_role("button", name="Lưu khóa").click()
    page.get_by_text("Đã có khóa cho phiên làm việc này.").wait_for()
