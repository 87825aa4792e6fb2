"""The development set through the whole CLI: scored by ../shared/eval/score.py, and by `kehoach eval`
from the copy shipped in samples/annotated/dev (which needs no ../shared), against tests/golden/thresholds.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, shared_or_skip
from tests.golden.thresholds import DEV as THRESHOLDS

KEHOACH = [sys.executable, "-m", "api.cli"]
MINS = [f"{k}={v}" for k, v in THRESHOLDS.items()]


def test_dev_scores_meet_thresholds_with_the_shared_scorer(tmp_path: Path):
    shared = shared_or_skip()
    out = tmp_path / "pred"
    docs = sorted((shared / "eval" / "dev").glob("*.txt"))
    assert len(docs) >= 14
    run = subprocess.run([*KEHOACH, "extract", *map(str, docs), "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    figures = tmp_path / "figures.json"
    score = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "dev" / "gold"),
         "--pred", str(out), "--json", str(figures), "--min", *MINS],
        capture_output=True, text=True, timeout=300,
    )
    print(score.stdout)
    assert score.returncode == 0, score.stdout + score.stderr
    got = json.loads(figures.read_text())
    for area, minimum in THRESHOLDS.items():
        assert got[area] >= minimum, (area, got[area])


def test_dev_scores_meet_thresholds_with_kehoach_eval(tmp_path: Path):
    figures = tmp_path / "figures.json"
    mins = [x for m in MINS for x in ("--min", m)]
    run = subprocess.run([*KEHOACH, "eval", "--set", "dev", "--json", str(figures), *mins], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    got = json.loads(figures.read_text())
    assert len(got["documents"]) >= 14
    for area, minimum in THRESHOLDS.items():
        assert got["figures"][area] >= minimum, (area, got["figures"][area])
