"""The HTTP API through TestClient on a real SQLite file."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import HEADERS, KEY, wait
from tests.conftest import SAMPLES


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_upload_poll_and_read(client, seeded):
    assert len(seeded) == 5
    doc = client.get(f"/documents/{seeded['000_2c1b652bb66f49e5.txt']}").json()
    assert doc["metadata"]["number"] == "53/KH-UBND"
    assert doc["assignments"] and doc["assignments"][0]["span"]["end"] > doc["assignments"][0]["span"]["start"]
    listing = client.get("/documents").json()
    assert listing["count"] == 5 and len(listing["data"]) == 5


def test_reupload_returns_the_existing_document(client, seeded):
    from tests.conftest import SAMPLES

    f = SAMPLES / "000_2c1b652bb66f49e5.txt"
    r = client.post("/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}, headers=HEADERS)
    assert r.status_code == 200
    assert r.json()["existing_document_id"] == seeded[f.name]
    assert client.get("/documents").json()["count"] == 5


@pytest.mark.parametrize("params,expect", [
    ({"province": "Thái Bình"}, 2), ({"province": "Hưng Yên", "merged": True}, 3), ({"year": 2021}, 1),
    ({"type": "KH"}, 5), ({"q": "cai nghien"}, 5), ({"issuer": "Ban Chỉ đạo"}, 1),
])
def test_document_filters(client, seeded, params, expect):
    assert client.get("/documents", params=params).json()["count"] == expect


def test_source_is_the_uploaded_file(client, seeded):
    from tests.conftest import SAMPLES

    r = client.get(f"/documents/{seeded['001_35c703fa5765a3e3.txt']}/source")
    assert r.status_code == 200 and r.content == (SAMPLES / "001_35c703fa5765a3e3.txt").read_bytes()


@pytest.mark.parametrize("name", ["Công an tỉnh", "cong an tinh", "CA tỉnh"])
def test_obligations_fuzzy_names(client, seeded, name):
    r = client.get(f"/agencies/{name}/obligations", params={"limit": 500}).json()
    assert r["agencies"][0] == "Công an tỉnh"
    docs = {o["document"]["source_name"] for o in r["data"]}
    assert len(docs) == 5 and r["count"] == len(r["data"])
    assert all(o["span"]["end"] > o["span"]["start"] for o in r["data"])


@pytest.mark.parametrize("params,check", [
    ({"province": "Kiên Giang"}, lambda o: o["document"]["province"] == "Kiên Giang"),
    ({"year": 2024}, lambda o: o["document"]["issued_date"].startswith("2024")),
    ({"role": "lead"}, lambda o: o["role"] == "lead"),
    ({"requested": False}, lambda o: o["requested"] is False),
    ({"q": "ma tuy"}, lambda o: "ma túy" in o["text"] or "ma tuý" in o["text"]),
    ({"due_after": "2025-01-01"}, lambda o: o["due"] is not None and o["due"] >= "2025-01-01"),
])
def test_obligation_filters(client, seeded, params, check):
    r = client.get("/agencies/Công an tỉnh/obligations", params={**params, "limit": 500}).json()
    assert r["data"] and all(check(o) for o in r["data"])


def test_predecessors(client, seeded):
    plain = client.get("/agencies/Sở Nội vụ/obligations").json()["count"]
    with_old = client.get("/agencies/Sở Nội vụ/obligations", params={"predecessors": True}).json()
    assert with_old["count"] > plain
    assert "Sở Lao động - Thương binh và Xã hội" in with_old["agencies"]


def test_obligations_as_csv_and_xlsx(client, seeded):
    from openpyxl import load_workbook

    r = client.get("/agencies/Sở Y tế/obligations", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    n = client.get("/agencies/Sở Y tế/obligations").json()["count"]
    assert rows[0][0] == "Cơ quan" and len(rows) == n + 1
    r = client.get("/agencies/Sở Y tế/obligations", params={"format": "xlsx"})
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws.max_row == n + 1 and ws.cell(2, 1).value == "Sở Y tế"


def test_agencies_list(client, seeded):
    r = client.get("/agencies", params={"with_tasks": True}).json()
    names = {a["name"]: a for a in r["data"]}
    assert names["Công an tỉnh"]["tasks"] > 20 and "CA tỉnh" in names["Công an tỉnh"]["spellings"]


def test_deadlines_and_ics(client, seeded):
    from icalendar import Calendar

    d = client.get("/deadlines", params={"upcoming": False}).json()
    assert d["count"] >= 18
    r = client.get("/deadlines.ics")
    assert r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    events = [e for e in cal.walk("VEVENT")]
    assert events and any("RRULE" in e for e in events)
    rr = [e for e in events if "RRULE" in e][0]["RRULE"]
    assert rr["FREQ"][0] in ("MONTHLY", "YEARLY")
    only = client.get("/deadlines", params={"upcoming": False, "agency": "Công an tỉnh"}).json()
    assert only["data"] and all("Công an tỉnh" in x["agencies"] for x in only["data"])


@pytest.mark.parametrize("path", ["/citations/36-CT/TW", "/citations/36-CT%2FTW"])
def test_citation_keys_with_slashes(client, seeded, path):
    r = client.get(path).json()
    assert r["nodes"][0]["key"] == "36-CT/TW"
    assert len(r["cited_by"]) == 3 and r["cited_by_total"] == 3


def test_the_documents_citing_a_key_come_a_page_at_a_time(client, seeded):
    first = client.get("/citations/36-CT/TW", params={"limit": 2}).json()
    rest = client.get("/citations/36-CT/TW", params={"limit": 2, "offset": 2}).json()
    assert first["cited_by_total"] == rest["cited_by_total"] == 3
    assert len(first["cited_by"]) == 2 and len(rest["cited_by"]) == 1
    assert not {c["document"]["id"] for c in first["cited_by"]} & {c["document"]["id"] for c in rest["cited_by"]}


def test_local_key_with_province(client, seeded):
    r = client.get("/citations/245/KH-UBQG-BCA").json()
    assert r["nodes"] and r["cited_by"]
    assert client.get("/citations/12/KH-UBND", params={"province": "Thái Bình"}).json()["nodes"][0]["province"] == "Thái Bình"


def test_graph_json_and_graphml(client, seeded):
    g = client.get("/graph", params={"key": "36-CT/TW", "depth": 2}).json()
    assert len(g["nodes"]) > 3 and g["edges"]
    r = client.get("/graph", params={"key": "36-CT/TW", "format": "graphml"})
    root = ET.fromstring(r.content)
    assert root.tag.endswith("graphml") and len(root.findall(".//{*}node")) == len(g["nodes"])
    by_doc = client.get("/graph", params={"document": seeded["002_0d4e0b557920c15b.txt"]}).json()
    assert by_doc["edges"]


def test_graph_hub_counts_and_pages(client, seeded):
    """36-CT/TW, cited by three seeds, is a hub with hub_page=2: two of them in the graph, all three counted, the
    third on the next page of /graph/nodes/{id}/citing."""
    g = client.get("/graph", params={"key": "36-CT/TW", "depth": 1, "direction": "cited_by", "hub_page": 2}).json()
    [hub] = g["hubs"]
    assert (hub["total"], hub["shown"], hub["next_offset"]) == (3, 2, 2)
    assert sum(t["count"] for t in hub["by_year"]) == 3 and sum(t["count"] for t in hub["by_province"]) == 3
    first = client.get(f"/graph/nodes/{hub['node']}/citing", params={"limit": 2}).json()
    rest = client.get(f"/graph/nodes/{hub['node']}/citing", params={"offset": hub["next_offset"]}).json()
    assert (first["count"], first["next_offset"], rest["next_offset"]) == (3, 2, None)
    names = {d["document"]["source_name"] for d in first["data"] + rest["data"]}
    assert names == {"001_35c703fa5765a3e3.txt", "002_0d4e0b557920c15b.txt", "004_58f2b1c8268940d4.txt"}
    shown = {n["document"]["source_name"] for n in g["nodes"] if n["document"] and n["id"] not in g["roots"]}
    assert shown == {d["document"]["source_name"] for d in first["data"]}
    assert client.get("/graph", params={"key": "36-CT/TW", "depth": 1}).json()["hubs"] == []   # 3 < the default page
    assert client.get("/graph/nodes/999999999/citing").status_code == 404


def test_top_and_search(client, seeded):
    page = client.get("/citations/top", params={"limit": 3}).json()
    top = page["data"]
    assert len(top) == 3 and page["count"] > 3 and top[0]["cited_by_count"] >= top[-1]["cited_by_count"]
    rest = client.get("/citations/top", params={"limit": 3, "offset": 3}).json()
    assert rest["count"] == page["count"] and not {n["id"] for n in top} & {n["id"] for n in rest["data"]}
    hits = client.get("/search", params={"q": "cai nghien"}).json()
    assert hits["count"] > 0


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("post", "/documents", {"files": {"file": ("a.txt", b"KE HOACH", "text/plain")}}, 401),            # no key
    ("delete", "/documents/1", {}, 401),
    ("get", "/documents/999999", {}, 404),
    ("get", "/documents/999999/source", {}, 404),
    ("get", "/jobs/nope", {}, 404),
    ("get", "/citations/999-XX/YY", {}, 404),
    ("get", "/graph", {"params": {"key": "999-XX/YY"}}, 404),
    ("get", "/documents", {"params": {"limit": 0}}, 422),
])
def test_errors_are_problem_json(client, seeded, method, path, kwargs, status):
    r = getattr(client, method)(path, **kwargs)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status and body["title"]


@pytest.mark.parametrize("name,data,ctype,status,detail", [
    ("big.txt", b"x" * 2_000_001, "text/plain", 413, "limit"),
    ("img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png", 415, "detected"),
    ("fake.pdf", "KẾ HOẠCH số 1".encode(), "application/pdf", 422, "declared application/pdf"),
    ("blob.bin", bytes(range(256)) * 30, "application/octet-stream", 415, "binary"),
    ("empty.txt", b"", "text/plain", 422, "no content"),
])
def test_bad_uploads(client, name, data, ctype, status, detail):
    r = client.post("/documents", files={"file": (name, data, ctype)}, headers=HEADERS)
    assert r.status_code == status, r.text
    assert detail in r.json()["detail"]


def test_unreadable_upload_fails_its_job_with_the_reason(client):
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog"
    r = client.post("/documents", files={"file": ("broken.pdf", data, "application/pdf")}, headers=HEADERS)
    assert r.status_code == 202
    job = wait(client, r.json()["job"]["id"])
    assert job["state"] == "failed" and "not a readable PDF" in job["error"]


def test_delete_and_reextract(client, tmp_path):
    data = "KẾ HOẠCH\nThử nghiệm\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế\n- Tổ chức tập huấn năm 2026.\n".encode()
    r = client.post("/documents", files={"file": ("tmp.txt", data, "text/plain")}, headers=HEADERS)
    doc_id = wait(client, r.json()["job"]["id"])["document_id"]
    r = client.post(f"/documents/{doc_id}/reextract", headers=HEADERS)
    assert r.status_code == 202, r.text
    job = wait(client, r.json()["job"]["id"])
    assert job["state"] == "done" and job["document_id"] == doc_id and job["outcome"] == "replaced", job
    assert client.delete(f"/documents/{doc_id}", headers=HEADERS).status_code == 204
    assert client.get(f"/documents/{doc_id}").status_code == 404


@pytest.mark.parametrize("kind,ctype", [
    ("pdf", "application/pdf"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
])
def test_upload_pdf_and_docx(client, fixtures, kind, ctype):
    f = next(x for x in fixtures[kind] if x.name.startswith("003_"))
    r = client.post("/documents", files={"file": (f.name, f.read_bytes(), ctype)}, headers=HEADERS)
    assert r.status_code in (200, 202), r.text
    job = wait(client, r.json()["job"]["id"])
    assert job["state"] == "done", job
    doc = client.get(f"/documents/{job['document_id']}").json()
    assert doc["metadata"]["number"] == "74/KH-UBND" and doc["source"]["media_type"] == ctype
    if kind == "pdf":
        assert doc["assignments"][0]["span"]["page"] and doc["assignments"][0]["span"]["box"]
    assert client.get(f"/documents/{job['document_id']}/source").content == f.read_bytes()


def test_upload_markdown(client):
    data = "## **KẾ HOẠCH**\n**Phòng, chống thiên tai năm 2026**\n### III. PHÂN CÔNG NHIỆM VỤ\n#### **1. Sở Xây dựng**\n- Kiểm tra công trình.\n".encode()
    r = client.post("/documents", files={"file": ("plan.md", data, "text/markdown")}, headers=HEADERS)
    job = wait(client, r.json()["job"]["id"])
    doc = client.get(f"/documents/{job['document_id']}").json()
    assert doc["source"]["media_type"] == "text/markdown"
    assert doc["assignments"][0]["agencies"] == ["Sở Xây dựng"]


def test_upload_doc(client, fixtures, tmp_path):
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        docx = next(x for x in fixtures["docx"] if x.name.startswith("004_"))
        subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(docx)], check=True, timeout=300)
        data = next(tmp_path.glob("*.doc")).read_bytes()
    else:
        data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    r = client.post("/documents", files={"file": ("old.doc", data, "application/msword")}, headers=HEADERS)
    assert r.status_code == 202
    job = wait(client, r.json()["job"]["id"])
    if soffice:
        assert job["state"] == "done"
    else:  # a clear reason naming the missing tool; the file is kept for a later re-extraction
        assert job["state"] == "failed" and "needs LibreOffice" in job["error"]
        r = client.get(f"/documents/{job['document_id']}")
        assert r.status_code == 422 and "needs LibreOffice" in r.json()["detail"]
        assert client.get(f"/documents/{job['document_id']}/source").content == data


def test_openapi_is_documented_with_examples(client):
    spec = client.get("/openapi.json").json()
    ops = [(path, m, op) for path, item in spec["paths"].items() for m, op in item.items()]
    assert len(ops) >= 14
    undocumented = [f"{m} {path}" for path, m, op in ops if path != "/health" and not op.get("description")]
    assert not undocumented, undocumented
    params: dict[str, list] = {}
    for _, _, op in ops:
        for p in op.get("parameters", []):
            params.setdefault(p["name"], []).append(p["schema"].get("examples") or p.get("examples"))
    for name in ("key", "name", "q", "province"):
        assert any(params[name]), name
    for model in ("ObligationOut", "JobOut", "NodeOut"):
        assert spec["components"]["schemas"][model]["examples"], model


def test_uploads_left_unfinished_by_a_stopped_service_are_done_when_it_starts_again(tmp_path):
    """The service accepted an upload and stopped before extracting it (its job and bytes are in the database):
    the next start of the service runs it."""
    from api.app import create_app
    from api.settings import Settings
    from corpus import jobs
    from corpus.db import Database

    url = f"sqlite:///{tmp_path / 'kehoach.db'}"
    seed = SAMPLES / "002_0d4e0b557920c15b.txt"
    db = Database.open(url)
    try:
        left = db.write(lambda s: jobs.create(s, seed.name, data=seed.read_bytes()))
    finally:
        db.close()
    with TestClient(create_app(Settings(db_url=url, api_key=KEY, workers=1))) as c:
        job = wait(c, left.id)
        assert job["state"] == "done" and job["outcome"] == "stored", job
        assert c.get(f"/documents/{job['document_id']}").json()["source"]["name"] == seed.name


def test_jobs_are_listed_and_summed_up(client, seeded):
    broken = client.post("/documents", files={"file": ("hong.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type", "application/pdf")},
                         headers=HEADERS)
    failed = wait(client, broken.json()["job"]["id"])
    assert failed["state"] == "failed" and failed["reason"] == "unreadable"
    everything = client.get("/jobs", params={"limit": 500}).json()
    assert everything["count"] >= len(seeded) + 1
    assert {j["state"] for j in everything["data"]} <= {"done", "failed"}
    only_failed = client.get("/jobs", params={"state": "failed"}).json()
    assert only_failed["count"] >= 1 and all(j["state"] == "failed" and j["reason"] for j in only_failed["data"])
    assert failed["id"] in {j["id"] for j in client.get("/jobs", params={"reason": "unreadable"}).json()["data"]}
    newest = client.get("/jobs", params={"limit": 1}).json()["data"]
    assert newest[0]["id"] == failed["id"]                               # newest first
    summary = client.get("/jobs/summary").json()
    assert summary["states"]["failed"] == only_failed["count"]
    assert summary["states"]["done"] + summary["states"]["failed"] == everything["count"]
    assert summary["failures_by_reason"]["unreadable"] >= 1
    assert client.get("/jobs", params={"state": "lost"}).status_code == 422


def test_an_upload_when_the_job_queue_is_down_is_a_503_and_leaves_no_job_waiting(tmp_path):
    """queue=celery with no broker listening: the upload is refused with the reason, soon, and nothing is left queued."""
    import socket
    import time as clock

    from api.app import create_app
    from api.settings import Settings

    with socket.socket() as s:       # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'kehoach.db'}", api_key=KEY, queue="celery",
                        broker_url=f"redis://127.0.0.1:{port}/0")
    seed = SAMPLES / "000_2c1b652bb66f49e5.txt"
    with TestClient(create_app(settings)) as c:
        t = clock.monotonic()
        r = c.post("/documents", files={"file": (seed.name, seed.read_bytes(), "text/plain")}, headers=HEADERS)
        assert r.status_code == 503, r.text
        assert clock.monotonic() - t < 30
        assert r.headers["content-type"].startswith("application/problem+json") and "cannot be reached" in r.json()["detail"]
        summary = c.get("/jobs/summary").json()
        assert summary["states"]["queued"] == 0 and summary["failures_by_reason"] == {"queue unavailable": 1}
        assert c.get("/documents").json()["count"] == 0
