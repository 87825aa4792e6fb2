"""Helpers for tests that read the annotated extra documents (samples/annotated/extra)."""
from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT / "samples" / "annotated" / "extra"


def extra_doc(stem: str):
    """The extraction of the extra document whose file name starts with `stem` ("e26_")."""
    return extract_text(next(EXTRA.glob(f"{stem}*.txt")).read_text(encoding="utf-8"))


def find_task(res, agency: str, opening: str):
    """The one task of `agency` whose text starts with `opening`."""
    got = [a for a in res.assignments if agency in a.agencies and a.text.startswith(opening)]
    assert len(got) == 1, (agency, opening, [(a.agencies, a.text[:40]) for a in res.assignments])
    return got[0]
