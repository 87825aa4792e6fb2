"""Issue 13 on the page: a plan that yields no task carries a warning banner in Vietnamese and the home view counts
such documents; an agency page's heading names the agency found, not what was typed; a name that matches nothing says
so and offers the closest names."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.e2e.conftest import KEY, check_accessibility, goto, screenshot, serve

NO_TASK_PLAN = ROOT / "tests" / "fixtures" / "no_task_plan.txt"
SEED = SAMPLES / "000_2c1b652bb66f49e5.txt"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """Its own service: one seed and the plan text that yields no task."""
    from api.settings import Settings

    db = tmp_path_factory.mktemp("e2e-office") / "kehoach.db"
    yield from serve(Settings(db_url=f"sqlite:///{db}", api_key=KEY, workers=2), (SEED, NO_TASK_PLAN))


def test_a_plan_without_tasks_shows_its_warning(office, watched):
    from playwright.sync_api import expect

    page = goto(watched, f"{office.url}/ui/documents/{office.documents[NO_TASK_PLAN.name]}")
    banner = page.locator(".warning-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Cần kiểm tra: kết quả có 3 cảnh báo.")
    expect(banner.locator("li")).to_have_text(["Không tìm thấy nhiệm vụ nào trong văn bản",
                                               "Không tìm thấy số ký hiệu của văn bản", "Không tìm thấy ngày ban hành"])
    screenshot(page, "office-warning")
    check_accessibility(page, "office-warning")
    good = goto(watched, f"{office.url}/ui/documents/{office.documents[SEED.name]}")
    expect(good.locator("h1")).to_contain_text("53/KH-UBND")
    expect(good.locator(".warning-banner")).to_have_count(0)
    assert not watched.errors, watched.errors


def test_home_counts_the_documents_with_warnings(office, watched):
    from playwright.sync_api import expect

    page = goto(watched, office.url + "/ui/")
    note = page.locator(".warned-count")
    expect(note).to_contain_text("1 văn bản có cảnh báo, cần kiểm tra.")
    expect(page.locator(".doc-warned")).to_have_count(1)
    expect(page.locator(".doc-warned")).to_contain_text("Đã trích xuất, 3 cảnh báo: Không tìm thấy nhiệm vụ nào trong văn bản")
    note.get_by_role("link", name="Xem các văn bản này").click()
    page.wait_for_url("**/ui/?warned=true")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    expect(page.locator("table.data tbody tr")).to_have_count(1)
    expect(page.locator(".listing")).to_contain_text("1 văn bản.")
    check_accessibility(page, "office-home")
    assert not watched.errors, watched.errors


def test_the_agency_heading_names_the_agency_found(office, watched):
    from playwright.sync_api import expect

    page = goto(watched, f"{office.url}/ui/agencies/{quote('cong an tinh')}")
    expect(page.locator("h1")).to_have_text("Công an tỉnh")
    expect(page.locator(".agency-match")).to_contain_text("Đã tìm theo “cong an tinh”. Mã trong danh mục cơ quan: cong-an-tinh.")
    expect(page.locator(".summary")).to_contain_text("nhiệm vụ trong các kế hoạch của kho")
    assert page.title().startswith("Công an tỉnh")
    assert not watched.errors, watched.errors


def test_an_unknown_agency_says_so_and_offers_the_closest_names(office, watched):
    from playwright.sync_api import expect

    page = goto(watched, f"{office.url}/ui/agencies/{quote('so y tee')}")
    expect(page.locator("h1")).to_have_text("Không nhận ra cơ quan “so y tee”")
    box = page.locator(".not-recognised")
    expect(box).to_contain_text("Có phải bạn muốn tìm:")
    first = box.locator(".suggestions a").first
    expect(first).to_have_text("Sở Y tế")
    screenshot(page, "office-unknown-agency")
    check_accessibility(page, "office-unknown-agency")
    first.click()
    page.wait_for_url(f"**/ui/agencies/{quote('Sở Y tế')}")
    expect(page.locator("h1")).to_have_text("Sở Y tế")
    expect(page.locator(".agency-match")).to_contain_text("Mã trong danh mục cơ quan: so-y-te.")
