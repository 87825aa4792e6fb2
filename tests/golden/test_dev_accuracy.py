"""The development set through the whole CLI: scored by ../shared/eval/score.py, and by `kehoach eval`
from the copy shipped in samples/annotated/dev (which needs no ../shared), against tests/golden/thresholds.py;
the extra set (samples/annotated/extra) by both too."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_or_skip
from tests.golden.shared_scorer import extract_and_score
from tests.golden.thresholds import DEV as THRESHOLDS
from tests.golden.thresholds import EXTRA, HOLDOUT

KEHOACH = [sys.executable, "-m", "api.cli"]


def test_dev_scores_meet_thresholds_with_the_shared_scorer(tmp_path: Path):
    shared = shared_or_skip()
    docs = sorted((shared / "eval" / "dev").glob("*.txt"))
    assert len(docs) >= 14
    extract_and_score(shared, docs, shared / "eval" / "dev" / "gold", THRESHOLDS, tmp_path)


@pytest.mark.parametrize("name,thresholds,docs", [("dev", THRESHOLDS, 14), ("extra", EXTRA, 7), ("holdout", HOLDOUT, 8)])
def test_scores_meet_thresholds_with_kehoach_eval(name, thresholds, docs, tmp_path: Path):
    out = tmp_path / "pred"
    got = _eval_meets(name, thresholds, docs, out)
    if name in ("extra", "holdout"):  # the shared scorer agrees on the shipped gold
        shared = shared_or_skip()
        check = tmp_path / "shared.json"
        score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                                str(ROOT / "samples" / "annotated" / name / "gold"), "--pred", str(out), "--json", str(check)],
                               capture_output=True, text=True, timeout=300)
        assert score.returncode == 0, score.stdout + score.stderr
        theirs = json.loads(check.read_text())
        assert {k: round(v, 3) for k, v in theirs.items()} == {k: round(v, 3) for k, v in got["figures"].items()}


@pytest.mark.parametrize("name,docs", [("relations-dev", 41), ("relations-holdout", 13)])
def test_relations_and_effective_dates_meet_thresholds(name, docs, tmp_path: Path):
    from tests.golden.thresholds import RELATIONS, RELATIONS_HOLDOUT

    _eval_meets(name, RELATIONS if name == "relations-dev" else RELATIONS_HOLDOUT, docs, tmp_path / "pred")


def _eval_meets(name: str, thresholds: dict[str, float], docs: int, out: Path) -> dict:
    """`kehoach eval --set NAME --min ...` into OUT: it passes, scores at least DOCS documents, and every area meets
    its threshold; the figures it wrote."""
    figures = out.parent / f"{name}-figures.json"
    mins = [x for k, v in thresholds.items() for x in ("--min", f"{k}={v}")]
    run = subprocess.run([*KEHOACH, "eval", "--set", name, "--json", str(figures), "--out", str(out), *mins], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    got = json.loads(figures.read_text())
    assert len(got["documents"]) >= docs
    for area, minimum in thresholds.items():
        assert got["figures"][area] >= minimum, (area, got["figures"][area])
    return got
