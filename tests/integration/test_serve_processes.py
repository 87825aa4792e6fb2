"""`kehoach serve --processes 2`: two service processes on one SQLite file, each with its own job threads.

The seeds are uploaded at once, each twice, while both processes answer: every plan ends stored exactly once (a
job runs in one process only: corpus.jobs.claim), every job of the same file names the same document, and the
reads that come after (documents, an agency's obligations, a graph) agree with what was stored.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.api.conftest import wait
from tests.conftest import ROOT
from tests.serving import start_service

KEY = "processes-key"
SEEDS = sorted((ROOT / "samples" / "seeds").glob("*.txt"))


def test_two_processes_store_each_upload_once(tmp_path):
    db = tmp_path / "kehoach.db"
    env = {**os.environ, "KEHOACH_API_KEY": KEY, "KEHOACH_DB_URL": f"sqlite:///{db}"}
    proc, base = start_service(["--processes", "2", "--workers", "2"], env, tmp_path / "serve.log")
    try:
        uploads = [(p.name, p.read_bytes()) for p in SEEDS] * 2
        with httpx.Client(base_url=base, timeout=60, headers={"X-API-Key": KEY}) as client:
            def post(item):
                name, data = item
                with httpx.Client(base_url=base, timeout=60, headers={"X-API-Key": KEY}) as own:  # own connection
                    return name, own.post("/documents", files={"file": (name, data, "text/plain")})

            with ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(post, uploads))
            by_name: dict[str, set[int]] = {}
            for name, r in answers:
                assert r.status_code in (200, 202), r.text
                body = r.json()
                job = wait(client, body["job"]["id"], 180) if r.status_code == 202 else body["job"]
                assert job["state"] == "done", job
                by_name.setdefault(name, set()).add(job["document_id"])
            assert all(len(ids) == 1 for ids in by_name.values()), by_name
            assert len({i for ids in by_name.values() for i in ids}) == len(SEEDS)
            assert client.get("/documents", params={"limit": 1}).json()["count"] == len(SEEDS)
            # every process reads what either stored (fresh connections land on either process)
            for _ in range(6):
                with httpx.Client(base_url=base, timeout=30) as fresh:
                    assert fresh.get("/documents", params={"limit": 1}).json()["count"] == len(SEEDS)
                    r = fresh.get("/agencies/Sở Y tế/obligations", params={"limit": 5})
                    assert r.status_code in (200, 404), r.text
    finally:
        proc.terminate()
        proc.wait(timeout=60)
