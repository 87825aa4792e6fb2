"""The contract of the API beyond schemathesis: 405 carries Allow, /graph without key or document, LIKE wildcards
in `q` match themselves, one name per filter, totals and offsets on lists, safe Content-Disposition."""
from __future__ import annotations

import pytest

from tests.api.conftest import HEADERS


def test_405_carries_allow(client):
    r = client.put("/documents", headers=HEADERS)
    assert r.status_code == 405
    assert r.headers["content-type"].startswith("application/problem+json")
    assert set(m.strip() for m in r.headers["allow"].split(",")) >= {"GET", "POST"}


def test_graph_with_neither_key_nor_document_is_the_most_cited(client, seeded):
    g = client.get("/graph", params={"depth": 1}).json()
    top = [n["id"] for n in client.get("/citations/top", params={"limit": 10}).json()["data"]]
    assert g["roots"] == top and g["edges"]


@pytest.mark.parametrize("q", ["%", "%%", "\\", "_%_", "__"])
def test_like_wildcards_match_only_themselves(client, seeded, q):
    assert client.get("/documents").json()["count"] >= 5
    assert client.get("/documents", params={"q": q}).json()["count"] == 0


def test_an_underscore_matches_an_underscore(client, seeded):
    docs = client.get("/documents", params={"q": "_"}).json()["data"]
    assert docs and all("_" in (d.get("source_name") or "") + (d.get("number") or "") + (d.get("title") or "") for d in docs)


def test_a_real_q_still_matches(client, seeded):
    r = client.get("/documents", params={"q": "36-CT"}).json()
    assert r["count"] >= 1


def test_deadlines_take_due_after_and_due_before_like_obligations(client, seeded):
    all_ = client.get("/deadlines", params={"upcoming": False, "recurring": False}).json()["data"]
    dated = sorted(d["due"] for d in all_ if d["due"])
    assert len(dated) >= 3
    mid = dated[len(dated) // 2]
    after = client.get("/deadlines", params={"due_after": mid, "recurring": False}).json()["data"]
    assert after and all(d["due"] >= mid for d in after)
    before = client.get("/deadlines", params={"due_before": mid, "upcoming": False, "recurring": False}).json()["data"]
    assert before and all(d["due"] <= mid for d in before)
    # the old names still work, and are marked deprecated in the description
    old = client.get("/deadlines", params={"due_from": mid, "recurring": False}).json()["data"]
    assert [d["id"] for d in old] == [d["id"] for d in after]
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/deadlines"]["get"]["parameters"]}
    assert params["due_from"].get("deprecated") and params["due_to"].get("deprecated")
    assert not params["due_after"].get("deprecated")
    ob = {p["name"] for p in spec["paths"]["/agencies/{name}/obligations"]["get"]["parameters"]}
    assert {"due_after", "due_before"} <= ob


@pytest.mark.parametrize("path,params", [
    ("/search", {"q": "ma tuy"}),
    ("/deadlines", {"upcoming": False}),
    ("/documents", {}),
    ("/agencies", {"with_tasks": True}),
    ("/jobs", {}),
])
def test_lists_have_totals_and_offsets(client, seeded, path, params):
    full = client.get(path, params={**params, "limit": 200}).json()
    total = full["count"]
    assert total >= 3 and len(full["data"]) == min(total, 200)
    page = client.get(path, params={**params, "limit": 2, "offset": 1}).json()
    assert page["count"] == total, "count is the total, not the page's length"
    assert page["data"] == full["data"][1:3]


HOSTILE = ['../../etc/pa"ss;wd\u202e.txt', "..\\..\\Kế hoạch; x=\"1\".txt", '"; filename*=evil.txt', "..", "\u0000\u0007"]


@pytest.mark.parametrize("name", HOSTILE)
def test_content_disposition_of_a_hostile_name_is_safe(name):
    import re

    from api.headers import content_disposition

    value = content_disposition(name, default="document-7")
    m = re.fullmatch(r'inline; filename="([A-Za-z0-9._-]+)"; filename\*=UTF-8\'\'([A-Za-z0-9._~%-]+)', value)
    assert m, value
    assert m.group(1) not in (".", "..") and "/" not in value.split(";", 1)[1].replace("filename*", "")


def test_source_of_a_hostile_upload_has_a_safe_content_disposition(client):
    from urllib.parse import unquote

    body = "KẾ HOẠCH số 77/KH-UBND về một việc rất riêng, để thử tên tệp".encode()
    r = client.post("/documents", files={"file": ('../../a"b;c\u202ed.txt', body, "text/plain")}, headers=HEADERS)
    assert r.status_code in (200, 202), r.text
    from tests.api.conftest import wait

    doc = wait(client, r.json()["job"]["id"])["document_id"]
    cd = client.get(f"/documents/{doc}/source").headers["content-disposition"]
    assert cd.startswith('inline; filename="') and "\u202e" not in unquote(cd) and "../" not in unquote(cd)
    shown = unquote(cd.split("''", 1)[1])
    assert shown.endswith("d.txt") and not set(shown) & set('/\\";\u202e\r\n'), shown


def test_query_dates_are_iso_only(client):
    """A query date is YYYY-MM-DD: a number (which pydantic would read as a Unix time) is refused with 422."""
    for url in ("/deadlines?due_from=-4.98e-196", "/deadlines.ics?due_after=0", "/deadlines?due_before=1700000000"):
        r = client.get(url)
        assert r.status_code == 422, (url, r.status_code)
        assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/deadlines?due_after=2025-01-01").status_code == 200
