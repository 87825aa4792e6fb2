"""With KEHOACH_READ_KEY_REQUIRED the page still shows everything: the PDF page image and the file and JSON links,
which a plain src or href cannot send the key for, are fetched with it."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import KEY, PDF_SEED, goto, serve


@pytest.fixture(scope="module")
def keyed(tmp_path_factory, fixtures):
    from api.settings import Settings

    pdf = next(f for f in fixtures["pdf"] if f.name.startswith(PDF_SEED))
    db = tmp_path_factory.mktemp("e2e-keyed") / "kehoach.db"
    yield from serve(Settings(db_url=f"sqlite:///{db}", api_key=KEY, read_key_required=True, workers=1), [pdf])


def test_reads_that_need_the_key_get_it(watched, keyed, api):
    from playwright.sync_api import expect

    import httpx

    doc_id = next(iter(keyed.documents.values()))
    assert httpx.get(f"{keyed.url}/documents/{doc_id}/pages/1.png").status_code == 401   # the service wants the key
    result = httpx.get(f"{keyed.url}/documents/{doc_id}", headers={"X-API-Key": KEY}).json()
    task = next(a for a in result["assignments"] if a["span"]["page"] and a["span"]["box"])
    page = goto(watched, f"{keyed.url}/ui/documents/{doc_id}#key={KEY}")
    page.locator(f"#task-{task['id']}").click()
    image = page.locator("#details figure.page img")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:')",
                           arg=image.element_handle())
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Kết quả JSON").click()
    tab = opened.value
    tab.wait_for_load_state()
    expect(tab.locator("body")).to_contain_text(result["metadata"]["number"])
    assert not watched.errors, watched.errors
