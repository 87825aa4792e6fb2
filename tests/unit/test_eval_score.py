"""The project's scorer (bench/eval/score.py) gives ../shared/eval/score.py's figures, and `kehoach eval`
finds the annotated sets shipped in samples/annotated/."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.eval import ANNOTATED, documents, markdown_table, resolve_sets, run_set
from bench.eval.score import AREAS, format_table, parse_minimums, score_dirs
from tests.conftest import ROOT, shared_or_skip


def shared_figures(gold: Path, pred: Path, tmp: Path) -> dict[str, float]:
    shared = shared_or_skip()
    out = tmp / f"{pred.name}-{gold.parent.name}.json"
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--pred", str(pred),
                          "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(out.read_text())


def degrade(pred: dict, step: int) -> dict:
    """A worse prediction: drop every step-th task and citation, shift deadlines, blank the signer."""
    p = copy.deepcopy(pred)
    p["assignments"] = [a for i, a in enumerate(p.get("assignments", [])) if i % step]
    p["citations"] = [c for i, c in enumerate(p.get("citations", [])) if i % step]
    for i, a in enumerate(p["assignments"]):
        if i % 3 == 0:
            a["role"] = "support" if a.get("role") != "support" else "lead"
        if i % 4 == 0:
            a["partners"] = []
    for c in p["citations"]:
        c["date"] = None
    p["deadlines"] = [d | {"due": "2099-01-01"} if i % 2 else d for i, d in enumerate(p.get("deadlines", []))]
    p.setdefault("metadata", {})["signer"] = None
    p["sections"] = p.get("sections", [])[1:]
    return p


@pytest.fixture(scope="module")
def predictions(extractor, tmp_path_factory):
    """Prediction folders: the extractor's on seeds and dev, the dev gold itself, a degraded gold, an empty folder."""
    tmp = tmp_path_factory.mktemp("preds")
    out = {}
    for name in ("seeds", "dev"):
        run_set(ANNOTATED / name, tmp / name, extractor)
        out[name] = (ANNOTATED / name / "gold", tmp / name)
    gold = ANNOTATED / "dev" / "gold"
    for name, step in (("perfect", 0), ("degraded", 2), ("worse", 3)):
        d = tmp / name
        d.mkdir()
        for g in gold.glob("d*.json"):
            data = json.loads(g.read_text(encoding="utf-8"))
            (d / g.name).write_text(json.dumps(degrade(data, step) if step else data, ensure_ascii=False), encoding="utf-8")
        out[name] = (gold, d)
    (tmp / "empty").mkdir()
    out["empty"] = (ANNOTATED / "seeds" / "gold", tmp / "empty")
    return out


@pytest.mark.parametrize("name", ["seeds", "dev", "perfect", "degraded", "worse", "empty"])
def test_same_figures_as_the_shared_scorer(predictions, name, tmp_path):
    gold, pred = predictions[name]
    ours = score_dirs(gold, pred).figures
    theirs = shared_figures(gold, pred, tmp_path)
    assert set(ours) == set(theirs) == set(AREAS)
    for area in AREAS:
        assert round(ours[area], 3) == round(theirs[area], 3), (name, area, ours[area], theirs[area])


def test_shipped_gold_is_the_shared_gold():
    shared = shared_or_skip()
    pairs = [(ANNOTATED / "seeds" / "gold", shared / "eval" / "gold"), (ANNOTATED / "dev" / "gold", shared / "eval" / "dev" / "gold")]
    for ours, theirs in pairs:
        names = sorted(p.name for p in theirs.glob("*.json"))
        assert names == sorted(p.name for p in ours.glob("*.json"))
        for n in names:
            assert (ours / n).read_bytes() == (theirs / n).read_bytes(), n
    for t in (shared / "eval" / "dev").glob("*.txt"):
        assert (ANNOTATED / "dev" / t.name).read_bytes() == t.read_bytes(), t.name


def test_perfect_predictions_score_one_and_per_document_figures_add_up(predictions):
    gold, pred = predictions["perfect"]
    report = score_dirs(gold, pred)
    assert all(v == 1.0 for v in report.figures.values()), report.figures
    assert len(report.doc_figures()) == len(list(gold.glob("d*.json")))
    gold, pred = predictions["degraded"]
    report = score_dirs(gold, pred)
    tp = sum(T["assignments"].tp for T in report.docs.values())
    assert tp == report.total["assignments"].tp and report.figures["assignments"] < 1.0
    table = format_table(report, show=2)
    assert "d01_hcm-172-kh-ubnd-2025" in table and "assignments missed:" in table


def test_sets_and_documents():
    assert [p.name for p in resolve_sets("all")] == ["seeds", "dev", "extra"]
    assert [p.name for p in resolve_sets("holdout")] == ["holdout"]  # named on its own, never in "all"
    assert len(documents(ANNOTATED / "holdout")) == 8
    assert len(documents(ANNOTATED / "seeds")) == 5
    assert len(documents(ANNOTATED / "extra")) >= 5
    dev = documents(ANNOTATED / "dev")
    assert len(dev) >= 14 and all(p.suffix == ".txt" for p in dev.values())
    originals = documents(ANNOTATED / "dev", originals=True)
    assert originals["d13_laocai-193-ubnd-kt-2026-vlncn"].suffix == ".pdf"
    with pytest.raises(ValueError):
        resolve_sets("no-such-set")
    with pytest.raises(ValueError):
        parse_minimums(["precision=0.5"])
    assert parse_minimums(["assignments=0.9"]) == {"assignments": 0.9}


def test_every_gold_file_has_its_document():
    for s in resolve_sets("all") + resolve_sets("holdout"):
        golds = {p.stem for p in (s / "gold").glob("*.json") if p.name != "agencies.json"}
        assert golds == set(documents(s)), s.name
        assert (s / "gold" / "agencies.json").exists(), s.name


def test_eval_command_on_a_folder_and_its_threshold_exit(tmp_path):
    folder = tmp_path / "set"
    (folder / "gold").mkdir(parents=True)
    stem = "000_2c1b652bb66f49e5"
    (folder / f"{stem}.txt").write_bytes((ANNOTATED / "seeds" / f"{stem}.txt").read_bytes())
    for name in (f"{stem}.json", "agencies.json"):
        (folder / "gold" / name).write_bytes((ANNOTATED / "seeds" / "gold" / name).read_bytes())
    figures = tmp_path / "f.json"
    run = subprocess.run([sys.executable, "-m", "api.cli", "eval", "--set", str(folder), "--json", str(figures),
                          "--min", "citations=0.9"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert stem in run.stdout and "citations" in run.stdout
    data = json.loads(figures.read_text())
    assert data["figures"]["citations"] >= 0.9 and list(data["documents"]) == [stem]
    run = subprocess.run([sys.executable, "-m", "api.cli", "eval", "--set", str(folder), "--min", "citations=1.01"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "below threshold: citations" in run.stdout


def test_markdown_table_has_a_column_per_set(predictions):
    reports = {name: score_dirs(*predictions[name]) for name in ("perfect", "degraded")}
    table = markdown_table(reports).splitlines()
    assert table[0] == "| area | perfect | degraded |"
    assert table[2] == "| citations | 1.000 | " + f"{reports['degraded'].exact_figures['citations']:.3f}" + " |"
    assert len(table) == 2 + len(AREAS)


def test_extra_gold_is_well_formed():
    """Every agency and partner of the extra set's gold is a canonical name of its agencies.json; dates are ISO."""
    import re

    from bench.eval.score import gold_files, load_agencies

    gold = ANNOTATED / "extra" / "gold"
    golds = gold_files(gold)
    AG = load_agencies(gold, golds)
    canon = {AG.base(k) for k in json.loads((gold / "agencies.json").read_text(encoding="utf-8"))}
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for g in golds:
        data = json.loads(g.read_text(encoding="utf-8"))
        assert set(data["metadata"]) == {"doc_type", "number", "issuer", "province", "issued_date", "title", "signer"}
        for a in data["assignments"]:
            assert a["role"] in {"lead", "support", "responsible"} and a["text"].strip()
            for name in a["agencies"] + a["partners"]:
                assert AG.canon(name) in canon, (g.stem, name)
        for d in data["deadlines"]:
            assert (d["due"] and iso.match(d["due"])) or d["recurrence"], (g.stem, d)
        for c in data["citations"]:
            assert c["relation"] in {"basis", "cites"} and (c["date"] is None or iso.match(c["date"])), (g.stem, c)
