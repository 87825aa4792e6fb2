"""A plan whose text carries HTML and script is shown as text: nothing in it runs, no element of it is made.
The page builds its DOM with textContent; the Content-Security-Policy (no inline script) is the second line."""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLES
from tests.e2e.conftest import check_accessibility, goto, save_key, screenshot

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2;alert(2)">'
TASK = "- Chủ trì, phối hợp các đơn vị có liên quan rà soát các văn bản quy phạm pháp luật"
NAME = '<img src=y onerror="alert(3)">ke-hoach.txt'


@pytest.fixture(scope="module")
def hostile_plan() -> bytes:
    """Seed 000 with markup and script in a task sentence and in the title."""
    text = (SAMPLES / "000_2c1b652bb66f49e5.txt").read_text(encoding="utf-8")
    assert TASK in text
    text = text.replace(TASK, f"{TASK} {SCRIPT} {IMG}", 1)
    text = text.replace("cai nghiện ma túy trong tình hình mới.**", "cai nghiện ma túy trong tình hình mới <b onmouseover=alert(4)>đậm</b>.**", 1)
    return text.encode("utf-8")


def test_a_plan_with_script_is_shown_inert(watched, server, hostile_plan, api):
    from playwright.sync_api import expect

    page = goto(watched, server.url + "/ui/")
    save_key(page)
    page.set_input_files("#upload-files", [{"name": NAME, "mimeType": "text/plain", "buffer": hostile_plan}])
    page.get_by_role("button", name="Tải lên").click()
    expect(page.locator(".upload-item[data-state=done]")).to_have_count(1, timeout=120_000)
    expect(page.locator(".upload-name")).to_have_text(NAME)  # the file name too is text
    page.get_by_role("link", name=f"Mở văn bản: {NAME}").click()
    page.wait_for_url("**/ui/documents/*")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    document_id = int(page.url.rsplit("/", 1)[1])

    text = page.locator(".doc-text")
    expect(text).to_contain_text(SCRIPT)
    expect(text).to_contain_text(IMG)
    expect(text).to_contain_text("<b onmouseover=alert(4)>đậm</b>")
    expect(page.locator("#main script, #main img[src=x], #main img[src=y], #main b")).to_have_count(0)
    result = api.get(f"/documents/{document_id}").json()
    task = next(a for a in result["assignments"] if "rà soát các văn bản quy phạm pháp luật" in a["text"])
    page.locator(f"#task-{task['id']}").click()
    expect(page.locator("#details blockquote").first).to_have_text(task["text"])
    expect(page.locator("#details blockquote").first).to_contain_text("<script>window.")  # (the extractor drops "__")
    expect(page.locator("#details blockquote").first).to_contain_text("<img src=x onerror=")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not watched.dialogs, watched.dialogs
    assert not [u for u in watched.requests if u.endswith(("/x", "/y"))]
    screenshot(page, "8-xss")
    check_accessibility(page, "xss")

    # the second line: even a script element put into the page by hand does not run (CSP: no inline script)
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                  " document.body.append(s); }")
    page.wait_for_timeout(100)
    assert page.evaluate("typeof window.__inline") == "undefined"
    assert "script-src 'self'" in api.get(f"/ui/documents/{document_id}").headers["content-security-policy"]

    listing = goto(watched, server.url + "/ui/?q=pwned")
    expect(listing.locator("#main img[src=y], #main script")).to_have_count(0)
    assert listing.evaluate("typeof window.__pwned") == "undefined" and not watched.dialogs
