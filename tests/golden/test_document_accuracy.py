"""The seeds as generated PDFs, DOCX and image-only (scanned) PDFs, scored against the text results.

PDF and DOCX must score within 0.01 of the plain text on every area of the scorer; the scans, read
by OCR, within 0.05."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, shared_or_skip

AREAS = ["citations", "citation_basis", "citation_attrs", "assignments", "assignment_attrs", "deadlines", "metadata", "sections"]


def score(pred: Path, tmp: Path) -> dict[str, float]:
    shared = shared_or_skip()
    out = tmp / f"{pred.name}.figures.json"
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "gold"),
                          "--pred", str(pred), "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    print(pred.name, run.stdout)
    return json.loads(out.read_text())


def extract_all(extractor, files: dict[str, Path], out: Path) -> Path:
    from extractor.read import read_file

    out.mkdir(parents=True, exist_ok=True)
    for stem, f in files.items():
        result = extractor.extract_source(read_file(f), source_name=f.name)
        (out / f"{stem}.json").write_text(result.model_dump_json(), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def text_scores(extractor, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("txt")
    files = {f.stem: f for f in sorted(SAMPLES.glob("*.txt"))}
    return score(extract_all(extractor, files, tmp / "pred"), tmp)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_generated_documents_score_like_the_text(kind, fixtures, extractor, text_scores, tmp_path):
    files = {f.name.split(".")[0]: f for f in fixtures[kind] if f.name[:3].isdigit()}
    assert len(files) == 5
    got = score(extract_all(extractor, files, tmp_path / kind), tmp_path)
    for area in AREAS:
        assert got[area] >= text_scores[area] - 0.01, (kind, area, got[area], text_scores[area])


def test_scans_read_by_ocr(fixtures, extractor, text_scores, tmp_path):
    """The seeds rendered to images (as a scanner makes them) and read by OCR: every area within 0.05 of the text's,
    metadata (header read as its two columns, signer under the signature space) included."""
    files = {f.name.split(".")[0]: f for f in fixtures["scan"]}
    assert len(files) == 5
    pred = extract_all(extractor, files, tmp_path / "scan")
    for f in pred.glob("*.json"):
        src = json.loads(f.read_text())["source"]
        assert src["ocr_pages"] == list(range(1, src["pages"] + 1))
        assert all(c > 80 for c in src["ocr_confidence"].values())
    got = score(pred, tmp_path)
    for area in AREAS:
        assert got[area] >= text_scores[area] - 0.05, (area, got[area], text_scores[area])
