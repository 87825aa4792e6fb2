"""Issue 13 through the API: honest results (warnings, how the file was read, kept by the store) and agency names that
say what they matched (or that they matched nothing, with the closest names)."""
from __future__ import annotations

from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import HEADERS, KEY, wait
from tests.conftest import ROOT, SAMPLES

NO_TASK_PLAN = ROOT / "tests" / "fixtures" / "no_task_plan.txt"
SEED = SAMPLES / "000_2c1b652bb66f49e5.txt"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A fresh service holding one seed (tasks, number, date) and a plan text that yields no task; name -> id."""
    from api.app import create_app
    from api.settings import Settings

    db = tmp_path_factory.mktemp("office") / "kehoach.db"
    app = create_app(Settings(db_url=f"sqlite:///{db}", api_key=KEY, workers=2))
    with TestClient(app) as c:
        ids = {}
        for f in (SEED, NO_TASK_PLAN):
            r = c.post("/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}, headers=HEADERS)
            assert r.status_code == 202, r.text
            job = wait(c, r.json()["job"]["id"])
            assert job["state"] == "done", job
            ids[f.name] = job["document_id"]
        yield c, ids


def test_a_plan_without_tasks_says_so(office):
    client, ids = office
    doc = client.get(f"/documents/{ids[NO_TASK_PLAN.name]}").json()
    assert doc["assignments"] == []
    codes = [w.split(":", 1)[0] for w in doc["warnings"]]
    assert codes == ["no_tasks", "no_number", "no_date"]
    good = client.get(f"/documents/{ids[SEED.name]}").json()
    assert good["warnings"] == [] and good["metadata"]["number"] == "53/KH-UBND"


def test_the_list_carries_warnings_and_filters_on_them(office):
    client, ids = office
    listing = {d["id"]: d for d in client.get("/documents").json()["data"]}
    assert listing[ids[NO_TASK_PLAN.name]]["warnings"][0].startswith("no_tasks:")
    assert listing[ids[SEED.name]]["warnings"] == []
    warned = client.get("/documents", params={"warned": True}).json()
    assert warned["count"] == 1 and warned["data"][0]["id"] == ids[NO_TASK_PLAN.name]
    assert client.get("/documents", params={"warned": False}).json()["count"] == 1


@pytest.mark.parametrize("typed", ["so y te", "Sở Y tế", "SỞ Y TẾ"])
def test_obligations_say_which_agency_they_matched(office, typed):
    client, _ = office
    r = client.get(f"/agencies/{typed}/obligations")
    assert r.status_code == 200
    body = r.json()
    assert body["agency"] == {"written": typed, "name": "Sở Y tế", "registry_id": "so-y-te", "registered": True}
    assert body["agencies"][0] == "Sở Y tế"


def test_exports_name_the_agency_in_their_headers(office):
    client, _ = office
    r = client.get("/agencies/cong an tinh/obligations", params={"format": "csv"})
    assert r.status_code == 200
    assert unquote(r.headers["x-agency"]) == "Công an tỉnh" and r.headers["x-agency-registry-id"] == "cong-an-tinh"


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_an_unknown_agency_is_404_with_the_closest_names(office, fmt):
    client, _ = office
    r = client.get("/agencies/so y tee/obligations", params={"format": fmt})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["title"] == "Agency not recognised" and p["written"] == "so y tee"
    assert p["suggestions"][0] == {"name": "Sở Y tế", "registry_id": "so-y-te", "score": pytest.approx(p["suggestions"][0]["score"])}
    assert "Sở Y tế" in p["detail"]
    nothing = client.get("/agencies/qqqq zzzz/obligations").json()
    assert nothing["status"] == 404 and nothing["suggestions"] == []


def test_a_scan_keeps_its_ocr_pages_confidence_and_page_reads(office, fixtures):
    """The OCR'd pages, their confidence and the per-page path and quality survive storing (they were dropped)."""
    client, _ = office
    scan = next(f for f in fixtures["scan"] if f.name.startswith("003_"))
    r = client.post("/documents", files={"file": (scan.name, scan.read_bytes(), "application/pdf")}, headers=HEADERS)
    assert r.status_code == 202, r.text
    job = wait(client, r.json()["job"]["id"], timeout=600)
    assert job["state"] == "done", job
    src = client.get(f"/documents/{job['document_id']}").json()["source"]
    assert src["pages"] and src["ocr_pages"] == list(range(1, src["pages"] + 1))
    assert set(src["ocr_confidence"]) == {str(p) for p in src["ocr_pages"]}
    assert all(0 < c <= 100 for c in src["ocr_confidence"].values())
    assert [p["page"] for p in src["page_reads"]] == src["ocr_pages"]
    assert all(p["path"] == "ocr" and 0 < p["quality"] <= 1 for p in src["page_reads"])
