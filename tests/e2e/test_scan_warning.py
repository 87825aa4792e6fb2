"""Issue 13 on the page: a scanned PDF whose page OCR reads with low confidence shows that warning on the page.

The scan is made from the short plan of tests/fixtures (tests/fixturegen: typeset, then rasterised at 40 dpi, which
tesseract reads at about 54 % mean word confidence, below corpus.warnings.LOW_OCR_CONFIDENCE): one page, so that OCR
takes about two seconds; the real scans of ../shared/corpus/files are too long to OCR within a test."""
from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import KEY, check_accessibility, goto, screenshot, serve

PLAN = ROOT / "tests" / "fixtures" / "no_task_plan.txt"
DPI = 40


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    from api.settings import Settings
    from tests.fixturegen import make_pdf, make_raster_pdf, plan_parts

    folder = tmp_path_factory.mktemp("e2e-scan")
    scan = folder / "ban-quet-mo.pdf"
    scan.write_bytes(make_raster_pdf(make_pdf(plan_parts(PLAN.read_text(encoding="utf-8"))), DPI))
    yield from serve(Settings(db_url=f"sqlite:///{folder / 'kehoach.db'}", api_key=KEY, workers=2), (scan,))


def test_a_scan_with_a_low_confidence_page_shows_its_warning(scanned, watched):
    from playwright.sync_api import expect

    doc = scanned.documents["ban-quet-mo.pdf"]
    page = goto(watched, f"{scanned.url}/ui/documents/{doc}")
    banner = page.locator(".warning-banner")
    expect(banner).to_be_visible()
    expect(banner.locator("li", has_text="Trang quét nhận dạng chữ (OCR) với độ tin cậy thấp (trang 1)")).to_have_count(1)
    expect(page.locator(".fields-meta")).to_contain_text("OCR")
    screenshot(page, "scan-low-confidence")
    check_accessibility(page, "scan-low-confidence")
    assert not watched.errors, watched.errors
