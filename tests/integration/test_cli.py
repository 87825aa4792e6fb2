"""`kehoach ingest | graph | obligations | search` end to end, a killed ingest, and two ingests at once."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from corpus.db import Database
from tests.conftest import ROOT, SAMPLES
from tests.integration.conftest import SEED_FILES, kehoach_cli, row_counts

SEEDS = {p.name for p in SEED_FILES}


@pytest.fixture(scope="module")
def cli_db(new_db_url):
    """The seeds ingested through the command line, once per backend."""
    url = new_db_url()
    run = kehoach_cli("ingest", SAMPLES, "--db", url, "--json")
    assert run.returncode == 0, run.stderr
    return url, json.loads(run.stdout), run.stderr


def test_ingest_reports_every_file_with_its_source_name(cli_db):
    _, data, stderr = cli_db
    assert {f["source_name"] for f in data["files"]} == SEEDS
    assert all(f["status"] == "stored" and f["document_id"] for f in data["files"])
    assert data["summary"]["stored"] == 5
    assert "5 file(s): 5 stored" in stderr


def test_ingesting_the_same_folder_twice_changes_nothing(cli_db):
    url, _, _ = cli_db
    db = Database.open(url)
    try:
        before = row_counts(db)
        run = kehoach_cli("ingest", SAMPLES, "--db", url, "--json")
        assert run.returncode == 0, run.stderr
        assert {f["status"] for f in json.loads(run.stdout)["files"]} == {"unchanged"}
        assert row_counts(db) == before
    finally:
        db.close()


def test_graph_json_and_graphml(cli_db, tmp_path):
    url, _, _ = cli_db
    out = tmp_path / "g.graphml"
    run = kehoach_cli("graph", "36-CT/TW", "--db", url, "--depth", "1", "--direction", "cited-by", "--json", "--graphml", out)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["key"] == "36-CT/TW" and len(data["roots"]) == 1
    citing = {e["document"]["source_name"] for e in data["edges"] if e["relation"] != "implements"}
    assert citing == {"001_35c703fa5765a3e3.txt", "002_0d4e0b557920c15b.txt", "004_58f2b1c8268940d4.txt"}
    assert {n["document"]["source_name"] for n in data["nodes"] if n["document"]} == citing
    assert len(ET.parse(out).getroot().findall(".//{http://graphml.graphdrawing.org/xmlns}edge")) == len(data["edges"])
    chain = json.loads(kehoach_cli("graph", "36-CT/TW", "--db", url, "--chain", "--json").stdout)
    labels = {n["id"]: (n["document"] or {}).get("source_name") or n["key"] for n in chain["nodes"]}
    assert ["36-CT/TW", "291/QĐ-TTg", "002_0d4e0b557920c15b.txt"] in [[labels[i] for i in p] for p in chain["paths"]]
    text = kehoach_cli("graph", "36-CT/TW", "--db", url)
    assert text.returncode == 0 and "cited by 3" in text.stdout
    missing = kehoach_cli("graph", "999/QĐ-TTg", "--db", url)
    assert missing.returncode == 1 and "no document" in missing.stderr


def test_obligations_json(cli_db):
    url, _, _ = cli_db
    run = kehoach_cli("obligations", "Công an tỉnh", "--db", url, "--json", "--limit", "1000")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert {o["document"]["source_name"] for o in data["obligations"]} == SEEDS
    assert data["count"] == len(data["obligations"]) and data["next_cursor"] is None
    assert all(o["span"]["end"] > o["span"]["start"] for o in data["obligations"])
    noi_vu = json.loads(kehoach_cli("obligations", "Sở Nội vụ", "--predecessors", "--db", url, "--json", "--limit", "1000").stdout)
    assert noi_vu["agencies"] == ["Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội"] and noi_vu["count"] > 20
    hy = json.loads(kehoach_cli("obligations", "Công an tỉnh", "--province", "Hưng Yên", "--merged", "--year", "2024",
                                "--db", url, "--json").stdout)
    assert {o["document"]["source_name"] for o in hy["obligations"]} == {"003_d53265bfa67f6396.txt"}
    bad = kehoach_cli("obligations", "Công an tỉnh", "--due-from", "31/12/2025", "--db", url)
    assert bad.returncode == 2


def test_search_json(cli_db):
    url, _, _ = cli_db
    data = json.loads(kehoach_cli("search", "cai nghien", "--db", url, "--json", "--limit", "5").stdout)
    assert len(data["hits"]) == 5 and all(h["document"]["source_name"] in SEEDS for h in data["hits"])


def test_failures_are_summarised_and_the_rest_is_stored(fresh_url, tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 50)      # whatever the readers learn, this is not a plan
    good = SAMPLES / "003_d53265bfa67f6396.txt"
    run = kehoach_cli("ingest", tmp_path / "missing.txt", blob, good, "--db", fresh_url)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and "missing.txt: no such file" in errors[0] and "blob.txt: " in errors[1]
    assert "3 file(s): 1 stored, 2 failed" in run.stderr
    again = kehoach_cli("ingest", blob, good, "--db", fresh_url, "--json")
    assert again.returncode == 1
    assert [f["status"] for f in json.loads(again.stdout)["files"]] == ["unreadable", "unchanged"]


@pytest.mark.parametrize("stage", ["document", "results", "citations"])
def test_a_killed_ingest_leaves_no_half_stored_document(fresh_url, stage):
    plan = SAMPLES / "004_58f2b1c8268940d4.txt"
    Database.open(fresh_url).close()   # migrate first, so that the crash is inside the ingest transaction
    run = kehoach_cli("ingest", plan, "--db", fresh_url, env={"KEHOACH_TEST_CRASH_AFTER": stage})
    assert run.returncode == -9, (run.returncode, run.stderr)          # SIGKILL
    assert f"test crash after {stage}" in run.stderr
    db = Database.open(fresh_url)
    try:
        counts = row_counts(db)
        assert counts["documents"] == counts["sources"] == counts["tasks"] == counts["task_agencies"] == 0
        assert counts["citations"] == counts["nodes"] == counts["node_evidence"] == counts["sections"] == 0
        from corpus.ingest import ingest_paths
        from corpus.queue import QueueConfig

        # the same code as `kehoach ingest`, in-process: the killed run's job is taken over (its process is gone)
        report = ingest_paths(db, [plan], QueueConfig(workers=1))
        assert [f.status for f in report.files] == ["stored"]
        counts = row_counts(db)
        from extractor.pipeline import extract_text

        expected = len(extract_text(plan.read_text(encoding="utf-8")).assignments)   # the extractor's own count
        assert counts["documents"] == 1 and counts["tasks"] == expected > 0
    finally:
        db.close()


def test_two_ingests_at_once_store_each_file_once(fresh_url):
    Database.open(fresh_url).close()
    two = [str(SAMPLES / "002_0d4e0b557920c15b.txt"), str(SAMPLES / "004_58f2b1c8268940d4.txt")]
    cmd = [sys.executable, "-m", "api.cli", "ingest", *two, "--db", fresh_url, "--json"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    # each file is stored by one of the two: the other finds it stored, or waits for the other's job of it
    by_file: dict[str, set] = {}
    for out, _ in outs:
        for f in json.loads(out)["files"]:
            by_file.setdefault(f["source_name"], set()).add((f["status"], f["document_id"]))
    assert len(by_file) == 2
    for seen in by_file.values():
        assert {status for status, _ in seen} <= {"stored", "unchanged"} and "stored" in {status for status, _ in seen}
        assert len({doc for _, doc in seen}) == 1
    db = Database.open(fresh_url)
    try:
        counts = row_counts(db)
        assert counts["documents"] == 2
        with db.session() as s:
            from corpus import graph as G

            assert len(G.find_nodes(s, "36-CT/TW")) == 1
            assert G.most_cited(s, 1)[0].cited_by_count == 2
    finally:
        db.close()


def test_db_defaults_to_the_service_database(tmp_path):
    run = kehoach_cli("ingest", SAMPLES / "003_d53265bfa67f6396.txt", env={"KEHOACH_DATA_DIR": str(tmp_path), "KEHOACH_DB_URL": ""})
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "kehoach.db").exists()
    from corpus.settings import default_db_url

    assert default_db_url({"KEHOACH_DATA_DIR": str(tmp_path)}) == f"sqlite:///{tmp_path}/kehoach.db"
    assert default_db_url({}) == "sqlite:///var/kehoach.db"
    assert default_db_url({"KEHOACH_DB_URL": "postgresql+psycopg://x@h/db"}) == "postgresql+psycopg://x@h/db"


def test_a_backfill_killed_half_way_resumes_without_redoing_finished_files(tmp_path):
    """`kehoach ingest` over a folder, SIGKILLed once a few files are done, then run again: the files finished before
    are not extracted again (their jobs are the same, run once), the rest are done, every plan is stored once."""
    from sqlalchemy import select

    from corpus import jobs
    from models.tables import JobRow

    folder = tmp_path / "plans"
    folder.mkdir()
    seeds = sorted(SAMPLES.glob("*.txt"))
    for k in range(12):   # distinct files: a seed and a line of its own
        (folder / f"plan-{k:02d}.txt").write_bytes(seeds[k % len(seeds)].read_bytes() + f"\nBản số {k}.\n".encode())
    url = f"sqlite:///{tmp_path / 'backfill.db'}"
    Database.open(url).close()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "ingest", str(folder), "--db", url, "--workers", "1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    db = Database.open(url)
    try:
        deadline = time.monotonic() + 300
        done_before: dict[str, int] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            with db.session() as s:
                done_before = {r.path: r.attempts for r in s.scalars(select(JobRow).where(JobRow.state == "done"))}
            if len(done_before) >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the backfill ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        with db.session() as s:
            done_before = {r.path: (r.id, r.finished_at) for r in s.scalars(select(JobRow).where(JobRow.state == "done"))}
        assert 3 <= len(done_before) < 12

        run = kehoach_cli("ingest", folder, "--db", url, "--json", "--workers", "2")
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout)
        assert report["status"]["resumed"] == len(done_before) and report["status"]["total"] == 12
        assert {f["status"] for f in report["files"]} <= {"stored", "unchanged"}
        assert "12/12 files" in run.stderr and "done before" in run.stderr
        counts = row_counts(db)
        assert counts["documents"] == 12 and counts["sources"] == 12
        with db.session() as s:
            rows = list(s.scalars(select(JobRow)))
            for path, (job_id, finished) in done_before.items():    # the same job, not run again
                assert [r.id for r in rows if r.path == path] == [job_id]
                assert jobs.get(s, job_id).finished == jobs._utc(finished)
            assert all(r.state == "done" for r in rows)
            assert len({r.path for r in rows}) == 12
    finally:
        db.close()
