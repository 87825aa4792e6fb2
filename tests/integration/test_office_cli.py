"""Issue 13 on the command line: `--version`, `text FILE`, `extract --help`, warnings in extracted results, agency names
that say what they matched, and a default database found the same way from any folder (never created by a query)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from corpus.warnings import LOW_OCR_CONFIDENCE, result_warnings
from models.result import PageRead
from tests.conftest import ROOT, SAMPLES
from tests.integration.conftest import kehoach_cli

NO_TASK_PLAN = ROOT / "tests" / "fixtures" / "no_task_plan.txt"


def run_in(folder, *args, env=None):
    """`python -m api.cli ...` run from `folder` (the code from the repository), without KEHOACH_DB_URL/DATA_DIR."""
    full = {k: v for k, v in os.environ.items() if k not in ("KEHOACH_DB_URL", "KEHOACH_DATA_DIR")}
    full.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run([sys.executable, "-m", "api.cli", *map(str, args)], cwd=folder, capture_output=True, text=True,
                          timeout=300, env=full)


def test_version():
    from extractor import __version__

    run = kehoach_cli("--version")
    assert run.returncode == 0 and run.stdout.strip() == f"kehoach {__version__}"


def test_extract_help_says_what_it_reads():
    out = " ".join(kehoach_cli("extract", "--help", env={"COLUMNS": "200"}).stdout.split())
    for kind in ("PDF", "OCR", "images", "DOCX", "DOC", ".txt", ".md"):
        assert kind in out, kind
    assert "plan files (.txt, .md)" not in out


def test_text_prints_what_a_text_file_was_read_into():
    seed = SAMPLES / "000_2c1b652bb66f49e5.txt"
    run = kehoach_cli("text", seed)
    assert run.returncode == 0, run.stderr
    assert run.stdout == seed.read_text(encoding="utf-8") or "Phạm Văn Xuyên" in run.stdout
    assert "text/plain" in run.stderr


def test_text_prints_the_path_and_quality_of_each_page(fixtures):
    pdf = next(f for f in fixtures["pdf"] if f.name.startswith("000_"))
    run = kehoach_cli("text", pdf)
    assert run.returncode == 0, run.stderr
    assert "KẾ HOẠCH" in run.stdout and "application/pdf" in run.stderr
    lines = [x.strip() for x in run.stderr.splitlines() if x.strip().startswith("page ")]
    assert lines and all(": text, quality " in x for x in lines), run.stderr
    assert kehoach_cli("text", ROOT / "no-such-file.pdf").returncode == 1


def test_extract_writes_warnings(tmp_path):
    run = kehoach_cli("extract", NO_TASK_PLAN, "--out", tmp_path)
    assert run.returncode == 0, run.stderr
    data = json.loads((tmp_path / f"{NO_TASK_PLAN.stem}.json").read_text(encoding="utf-8"))
    assert [w.split(":")[0] for w in data["warnings"]] == ["no_tasks", "no_number", "no_date"]


def test_page_warnings_from_ocr_confidence_and_page_reads(extractor):
    result = extractor.extract((SAMPLES / "000_2c1b652bb66f49e5.txt").read_text(encoding="utf-8"))
    src = result.source.model_copy(update={
        "pages": 4, "ocr_pages": [1, 2, 3], "ocr_confidence": {1: 93.0, 2: LOW_OCR_CONFIDENCE - 20, 3: 90.0},
        "page_reads": [PageRead(page=1, path="ocr", quality=0.98), PageRead(page=2, path="ocr", quality=0.6, reason="OCR: broken words"),
                       PageRead(page=3, path="ocr", quality=None, reason="OCR found almost no text"),
                       PageRead(page=4, path="blank", quality=None, reason="the page draws nothing")]})
    warnings = result_warnings(result.model_copy(update={"source": src}))
    assert warnings == ["low_ocr_confidence: page 2: OCR confidence 50 (below 70)",
                        "low_quality_page: page 2: quality 0.60 (OCR: broken words)",
                        "unreadable_page: page 3: OCR found almost no text"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder whose var/kehoach.db holds one seed, ingested from that folder with the default database."""
    root = tmp_path_factory.mktemp("project")
    run = run_in(root, "ingest", SAMPLES / "000_2c1b652bb66f49e5.txt")
    assert run.returncode == 0, run.stderr
    assert (root / "var" / "kehoach.db").is_file()
    assert f"database: {root / 'var' / 'kehoach.db'}" in run.stderr
    return root


def test_obligations_print_the_agency_matched(project):
    run = run_in(project, "obligations", "so y te")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "agency: Sở Y tế [so-y-te] (typed 'so y te')"
    data = json.loads(run_in(project, "obligations", "cong an tinh", "--json").stdout)
    assert data["agency"] == {"written": "cong an tinh", "name": "Công an tỉnh", "registry_id": "cong-an-tinh", "registered": True}
    assert data["count"] > 0


def test_obligations_of_an_unknown_name_print_the_closest_names(project):
    run = run_in(project, "obligations", "so y tee")
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0] == "agency not recognised: 'so y tee'" and lines[1] == "did you mean:" and lines[2] == "  Sở Y tế [so-y-te]"
    data = json.loads(run_in(project, "obligations", "so y tee", "--json").stdout)
    assert data["agency"] is None and data["suggestions"][0]["name"] == "Sở Y tế"


def test_the_default_database_is_found_from_a_subfolder(project):
    sub = project / "a" / "b"
    sub.mkdir(parents=True, exist_ok=True)
    run = run_in(sub, "obligations", "Công an tỉnh")
    assert run.returncode == 0, run.stderr
    assert f"database: {project / 'var' / 'kehoach.db'}" in run.stderr
    assert "task(s) for Công an tỉnh" in run.stdout and not run.stdout.splitlines()[1].startswith("0 ")
    assert not (sub / "var").exists()


@pytest.mark.parametrize("command", [("obligations", "Công an tỉnh"), ("search", "cai nghien"), ("graph", "36-CT/TW")])
def test_a_query_never_creates_an_empty_database(tmp_path, command):
    run = run_in(tmp_path, *command)
    assert run.returncode == 2
    assert "no corpus database at" in run.stderr and str(tmp_path / "var" / "kehoach.db") in run.stderr
    assert not (tmp_path / "var").exists()
