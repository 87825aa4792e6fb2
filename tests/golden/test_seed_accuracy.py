"""The five seeds through the whole CLI, scored by ../shared/eval/score.py with the issue's thresholds."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, shared_or_skip
from tests.golden.thresholds import SEEDS as THRESHOLDS


def test_seed_scores_meet_thresholds(tmp_path: Path):
    shared = shared_or_skip()
    out = tmp_path / "pred"
    seeds = sorted((shared / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    kehoach = [sys.executable, "-m", "api.cli"]
    run = subprocess.run([*kehoach, "extract", *map(str, seeds), "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    figures = tmp_path / "figures.json"
    mins = [f"{k}={v}" for k, v in THRESHOLDS.items()]
    score = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "gold"), "--pred", str(out),
         "--json", str(figures), "--min", *mins],
        capture_output=True, text=True, timeout=300,
    )
    print(score.stdout)
    assert score.returncode == 0, score.stdout + score.stderr
    got = json.loads(figures.read_text())
    for area, minimum in THRESHOLDS.items():
        assert got[area] >= minimum, (area, got[area])
