from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests are deterministic by default (CI runs the same examples every time: a red CI must be
# reproducible); KEHOACH_FUZZ=1 draws fresh random examples when hunting for bugs.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("fuzz", derandomize=False)
hypothesis_settings.load_profile("fuzz" if os.environ.get("KEHOACH_FUZZ") else "repeatable")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples" / "seeds"


@pytest.fixture(scope="session")
def extractor():
    from extractor.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def registry():
    from extractor.agencies import default_registry

    return default_registry()


@pytest.fixture(scope="session")
def lexicon():
    from extractor.lexicon import load_lexicon

    return load_lexicon()


def shared_or_skip() -> Path:
    """../shared is there on developer machines and in CI; a user's clone may lack it."""
    if (SHARED / "eval" / "score.py").exists():
        return SHARED
    if os.environ.get("CI"):
        pytest.fail("../shared is missing in CI")
    pytest.skip("../shared (seeds, gold and scorer) is not beside this checkout")


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory):
    """PDF, scanned PDF, DOCX and TCVN3 copies of the sample corpus (and the task-table plan), made by tests/fixturegen.py."""
    from tests.fixturegen import build_all

    out = tmp_path_factory.mktemp("fixtures")
    return build_all(sorted(SAMPLES.glob("*.txt")), out, raster_dpi=300, table_plan=ROOT / "tests" / "fixtures" / "table_plan.md")
