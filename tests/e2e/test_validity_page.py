"""The page shows validity: a status badge on the document and citation views, the history of what changed it and
the amendment chain, in Vietnamese, on a corpus holding real chains (96/2025/QĐ-UBND of Quảng Ninh replaces
29/2020/QĐ-UBND from 30/11/2025; 303/2025/NĐ-CP abolishes Điều 5 of 92/2017/NĐ-CP)."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import KEY, check_accessibility, goto, screenshot, serve
from tests.integration.validity_chains import chain_results, ingest_chains


@pytest.fixture(scope="module")
def chained(tmp_path_factory, extractor):
    from api.settings import Settings
    from corpus.db import Database

    path = tmp_path_factory.mktemp("e2e-validity") / "kehoach.db"
    db = Database.open(f"sqlite:///{path}")
    ids = ingest_chains(db, chain_results(extractor))
    db.close()
    for server in serve(Settings(db_url=f"sqlite:///{path}", api_key=KEY, workers=1)):
        server.documents.update(ids)
        yield server


def test_the_replaced_decision_shows_its_badge_history_and_chain(chained, watched):
    from playwright.sync_api import expect

    page = goto(watched, f"{chained.url}/ui/citations/29/2020/QĐ-UBND?province=Quảng Ninh&as_of=2026-01-15")
    badge = page.locator(".status-badge").first
    expect(badge).to_have_text("Bị thay thế")
    expect(page.locator(".validity-explanation").first).to_have_text(
        "Bị thay thế bởi 96/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 30/11/2025")
    history = page.locator("table.validity-history tbody tr")
    expect(history).to_have_count(1)
    expect(history.first).to_contain_text("30/11/2025")
    expect(history.first).to_contain_text("Đã có hiệu lực")
    chain = page.locator(".amendment-chain .chain-in")
    expect(chain).to_contain_text("Thay thế văn bản này: 96/2025/QĐ-UBND")
    screenshot(page, "validity-citation")
    check_accessibility(page, "validity-citation")
    chain.get_by_role("link", name="96/2025/QĐ-UBND").click()
    page.wait_for_url(f"**/ui/documents/{chained.documents['adf53d885efc1c23.md']}")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    expect(page.locator(".doc-header .status-badge")).to_have_count(1)
    expect(page.locator(".doc-header .status-badge")).to_have_text("Còn hiệu lực")
    expect(page.locator(".amendment-chain .chain-out")).to_contain_text("Văn bản này thay thế: 29/2020/QĐ-UBND")
    assert not watched.errors, watched.errors


def test_the_document_view_before_it_takes_effect_and_a_partial_abolition(chained, watched):
    from playwright.sync_api import expect

    doc = chained.documents["adf53d885efc1c23.md"]
    page = goto(watched, f"{chained.url}/ui/documents/{doc}?as_of=2025-11-20")
    expect(page.locator(".doc-header .status-badge").first).to_have_text("Chưa có hiệu lực")
    expect(page.locator(".doc-header")).to_contain_text("Hiệu lực từ")
    screenshot(page, "validity-document")
    check_accessibility(page, "validity-document")
    page = goto(watched, f"{chained.url}/ui/citations/92/2017/NĐ-CP?as_of=2026-01-01")
    expect(page.locator(".status-badge").first).to_have_text("Còn hiệu lực, bị bãi bỏ một phần")
    expect(page.locator(".validity-explanation").first).to_contain_text("Bị bãi bỏ một phần bởi 303/2025/NĐ-CP")
    expect(page.locator("table.validity-history tbody tr").first).to_contain_text("Điều 5")
    assert not watched.errors, watched.errors


def test_the_agency_view_marks_or_leaves_out_tasks_of_plans_no_longer_in_force(chained, watched):
    from playwright.sync_api import expect

    base = f"{chained.url}/ui/agencies/Công an tỉnh?province=Đắk Nông&as_of=2022-01-01"
    page = goto(watched, base)
    rows = page.locator("table.obligations tbody tr")
    expect(rows.first).to_be_visible()
    marked = page.locator("table.obligations tr.out-of-force")
    expect(marked).not_to_have_count(0)
    expect(marked.first).to_contain_text("Không còn hiệu lực")
    expect(marked.first).to_contain_text("Văn bản căn cứ 12/KH-UBND: bị thay thế bởi 45/KH-UBND ngày 10/03/2021")
    total = rows.count()
    check_accessibility(page, "validity-agency")
    page.select_option("#f-in_force", "only")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**in_force=only**")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    expect(page.locator("table.obligations tr.out-of-force")).to_have_count(0)
    assert 0 < page.locator("table.obligations tbody tr").count() < total
    assert not watched.errors, watched.errors
