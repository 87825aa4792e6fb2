"""Extract documents through the whole CLI and score them with ../shared/eval/score.py against thresholds."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

KEHOACH = [sys.executable, "-m", "api.cli"]


def extract_and_score(shared: Path, docs: list[Path], gold: Path, thresholds: dict[str, float], tmp_path: Path) -> dict:
    """Run `kehoach extract` on `docs`, score with the shared scorer (`--min` each threshold) and return the figures."""
    out = tmp_path / "pred"
    run = subprocess.run([*KEHOACH, "extract", *map(str, docs), "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    figures = tmp_path / "figures.json"
    score = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--pred", str(out),
         "--json", str(figures), "--min", *[f"{k}={v}" for k, v in thresholds.items()]],
        capture_output=True, text=True, timeout=300,
    )
    print(score.stdout)
    assert score.returncode == 0, score.stdout + score.stderr
    got = json.loads(figures.read_text())
    for area, minimum in thresholds.items():
        assert got[area] >= minimum, (area, got[area])
    return got
