"""The pipeline's stages keep to what they declare: each assigns only its `assigns` fields of `Work`, and run alone on
a `Work` that holds only its `reads` (the rest left empty) it finds the same as in the whole pipeline."""
from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest

from extractor.normalize import normalize
from extractor.pipeline import STAGES, Extractor, Work
from extractor.vntext import fold

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "samples" / "annotated" / "seeds" / p for p in ("001_35c703fa5765a3e3.txt",)] + [
    ROOT / "samples" / "annotated" / "dev" / "d11_cantho-09-ct-ubnd-2025-tai-nguyen-nuoc.txt",
    ROOT / "samples" / "annotated" / "extra" / "e14_btc-17986-cv-2025-cam-nang-thue-cap-xa.txt",
]
FIELDS = [f.name for f in fields(Work)]
EMPTY = Work("", "")


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _states(ex: Extractor, path: Path) -> list[Work]:
    text = normalize(path.read_text(encoding="utf-8")).text
    states = [Work(text, fold(text))]
    for stage in ex.stages:
        states.append(stage(states[-1]))
    return states


def test_the_stages_declare_real_fields():
    for cls in STAGES:
        assert cls.assigns, cls.__name__
        assert set(cls.reads) | set(cls.assigns) <= set(FIELDS), cls.__name__


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem[:12])
def test_each_stage_assigns_only_what_it_declares(extractor, path):
    states = _states(extractor, path)
    assert states[-1].tasks, "the document has tasks"
    for stage, before, after in zip(extractor.stages, states, states[1:]):
        changed = {f for f in FIELDS if getattr(before, f) is not getattr(after, f)}
        assert changed <= set(type(stage).assigns), (type(stage).__name__, changed)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem[:12])
def test_each_stage_alone_needs_only_what_it_reads(extractor, path):
    states = _states(extractor, path)
    for stage, before, after in zip(extractor.stages, states, states[1:]):
        cls = type(stage)
        alone = replace(EMPTY, **{f: getattr(before, f) for f in cls.reads})
        got = stage(alone)
        for f in cls.assigns:
            assert repr(getattr(got, f)) == repr(getattr(after, f)), (cls.__name__, f)


def test_work_is_frozen():
    with pytest.raises(Exception):
        EMPTY.text = "x"   # type: ignore[misc]
