"""Versions through the API: a plan uploaded three times (the text, a re-typed copy with one character changed, the
same plan as .docx) is one document in the listing and in an agency's obligations, and each row lists its versions."""
from __future__ import annotations

import pytest

from tests.api.conftest import HEADERS, wait
from tests.conftest import SAMPLES
from tests.fixturegen import make_docx, plan_parts

SEED = sorted(SAMPLES.glob("*.txt"))[3]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _upload(client, name: str, data: bytes, media_type: str) -> int:
    r = client.post("/documents", files={"file": (name, data, media_type)}, headers=HEADERS)
    assert r.status_code == 202, r.text
    job = wait(client, r.json()["job"]["id"])
    assert job["state"] == "done", job
    return job["document_id"]


@pytest.fixture(scope="module")
def stored(client):
    text = SEED.read_text(encoding="utf-8")
    i = len(text) // 2
    while not text[i].isalpha():
        i += 1
    first = _upload(client, SEED.name, SEED.read_bytes(), "text/plain")
    tasks = client.get("/agencies/Công an tỉnh/obligations").json()["count"]
    copy = _upload(client, "ban-go-lai.txt", (text[:i] + ("a" if text[i] != "a" else "e") + text[i + 1:]).encode(), "text/plain")
    docx = _upload(client, SEED.stem + ".docx", make_docx(plan_parts(text)), DOCX)
    return {"first": first, "copy": copy, "docx": docx, "tasks": tasks}


def test_the_plan_is_listed_once_and_its_tasks_counted_once(client, stored):
    assert client.get("/documents").json()["count"] == 1
    assert client.get("/documents", params={"all_versions": True}).json()["count"] == 3
    assert stored["tasks"] > 0
    assert client.get("/agencies/Công an tỉnh/obligations").json()["count"] == stored["tasks"]


def test_each_row_lists_the_versions_and_points_to_the_current_one(client, stored):
    ids = {stored["first"], stored["copy"], stored["docx"]}
    current = None
    for doc in ids:
        r = client.get(f"/documents/{doc}").json()
        assert r["document_id"] == doc and {v["id"] for v in r["versions"]} == ids
        assert r["versions"][0]["current"] and sum(v["current"] for v in r["versions"]) == 1
        current = r["versions"][0]["id"]
        assert r["version_of"] == (None if doc == current else current)
        assert r["assignments"]                                  # each version keeps its own results
    listed = client.get("/documents").json()["data"]
    assert [d["id"] for d in listed] == [current] and listed[0]["version_of"] is None and listed[0]["versions"] == 3
    other = next(i for i in ids if i != current)
    assert client.get("/graph", params={"document": other}).status_code == 200   # the current version's graph


def test_deleting_the_current_version_hands_over_to_another(client, stored):
    current = client.get("/documents").json()["data"][0]["id"]
    assert client.delete(f"/documents/{current}", headers=HEADERS).status_code == 204
    left = client.get("/documents").json()
    assert left["count"] == 1 and left["data"][0]["id"] != current
    assert len(client.get(f"/documents/{left['data'][0]['id']}").json()["versions"]) == 2
    assert client.get("/agencies/Công an tỉnh/obligations").json()["count"] == stored["tasks"]
