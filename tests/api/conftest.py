from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from tests.conftest import SAMPLES

KEY = "test-key"
HEADERS = {"X-API-Key": KEY}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from api.app import create_app
    from api.settings import Settings

    db = tmp_path_factory.mktemp("api") / "kehoach.db"
    app = create_app(Settings(db_url=f"sqlite:///{db}", api_key=KEY, max_upload_bytes=2_000_000, workers=2))
    with TestClient(app) as c:
        yield c


def wait(client, job_id: str, timeout: float = 120.0) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = client.get(f"/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


@pytest.fixture(scope="module")
def seeded(client):
    """The five seeds uploaded through the API; name -> document id."""
    ids = {}
    for f in sorted(SAMPLES.glob("*.txt")):
        r = client.post("/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}, headers=HEADERS)
        assert r.status_code == 202, r.text
        job = wait(client, r.json()["job"]["id"])
        assert job["state"] == "done", job
        ids[f.name] = job["document_id"]
    return ids
