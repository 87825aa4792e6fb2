"""The five seeds through the whole CLI, scored by ../shared/eval/score.py with the issue's thresholds."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import shared_or_skip
from tests.golden.shared_scorer import extract_and_score
from tests.golden.thresholds import SEEDS as THRESHOLDS


def test_seed_scores_meet_thresholds(tmp_path: Path):
    shared = shared_or_skip()
    seeds = sorted((shared / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    extract_and_score(shared, seeds, shared / "eval" / "gold", THRESHOLDS, tmp_path)
