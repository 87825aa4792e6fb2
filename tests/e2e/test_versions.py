"""Issue 13 on the page: a plan stored twice (a re-typed copy with one character changed) is one document with two
versions, listed once, whose page says "2 phiên bản" with links; a document that does not exist is said in Vietnamese."""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLES
from tests.e2e.conftest import KEY, goto, screenshot, serve

SEED = SAMPLES / "003_d53265bfa67f6396.txt"


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    from api.settings import Settings

    folder = tmp_path_factory.mktemp("e2e-versions")
    text = SEED.read_text(encoding="utf-8")
    i = len(text) // 2
    while not text[i].isalpha():
        i += 1
    copy = folder / "ban-go-lai.txt"
    copy.write_text(text[:i] + ("a" if text[i] != "a" else "e") + text[i + 1:], encoding="utf-8")
    yield from serve(Settings(db_url=f"sqlite:///{folder / 'kehoach.db'}", api_key=KEY, workers=2), (SEED, copy))


def test_a_retyped_copy_is_a_version_of_the_plan(twice, watched):
    from playwright.sync_api import expect

    first, copy = twice.documents[SEED.name], twice.documents["ban-go-lai.txt"]
    page = goto(watched, f"{twice.url}/ui/documents/{copy}")
    note = page.locator(".versions-note")
    expect(note).to_contain_text("2 phiên bản")
    expect(note.locator("ul.versions li")).to_have_count(2)
    expect(note.locator("ul.versions li", has_text="bản hiện hành")).to_have_count(1)
    screenshot(page, "versions")
    note.locator("ul.versions a").first.click()                 # the other version (this one is not a link)
    page.wait_for_url(f"**/ui/documents/{first}")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    expect(page.locator(".versions-note")).to_contain_text("2 phiên bản")
    home = goto(watched, twice.url + "/ui/")
    expect(home.locator(".listing")).to_contain_text("1 văn bản.")
    expect(home.locator(".doc-versions")).to_have_text(" (2 phiên bản)")
    assert not watched.errors, watched.errors


def test_a_missing_document_is_said_in_vietnamese(twice, watched):
    from playwright.sync_api import expect

    page = goto(watched, f"{twice.url}/ui/documents/99999")
    main = page.locator("main")
    expect(main).to_contain_text("Không có văn bản mã 99999 trong kho")
    assert "no document" not in main.inner_text()
