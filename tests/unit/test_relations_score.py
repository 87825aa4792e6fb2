"""The relation scorer (bench/eval/relations_score.py): (relation, target) pairs and (relation, target, scope)
triples matched by the shared key normalisation, optional gold entries, effective-date accuracy, and the
`kehoach eval --set relations-dev` wiring, on the shipped relation gold."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from bench.eval import RELATION_SETS
from bench.eval.relations_score import (new_tallies, norm_scope, norm_scope_unit, parse_minimums, score_dirs,
                                        score_document)

DEV_GOLD = RELATION_SETS["relations-dev"] / "gold"


def gold(stem: str) -> dict:
    return json.loads((DEV_GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def as_prediction(g: dict) -> dict:
    """The extraction result a perfect extractor would give for gold G."""
    return {"relations": [{k: r[k] for k in ("relation", "target", "scope")} for r in g["relations"]],
            "metadata": {"effective_from": g["effective_from"], "effective_until": g["effective_until"]}}


def tallies(g: dict, p: dict) -> dict:
    T = new_tallies()
    score_document("doc", g, p, T)
    return T


def test_perfect_prediction_scores_one():
    g = gold("r05_chinhphu-303-2025-nd-cp")
    T = tallies(g, as_prediction(g))
    assert (T["relations"].tp, T["relations"].fp, T["relations"].fn) == (5, 0, 0)
    assert T["relations_scope"].prf()[2] == 1.0
    assert T["effective_from"].value() == 1.0 and T["effective_from"].total == 1


def test_target_keys_are_normalised_like_the_shared_scorer():
    g = gold("r01_hanoi-75-2025-nq-hdnd")
    p = as_prediction(g)
    p["relations"][0]["target"] = "61 / 2021 / nq – hđnd"  # spaces, case, en dash
    assert tallies(g, p)["relations"].tp == 1


def test_alt_targets_are_accepted():
    g = gold("r03_laichau-87-2025-qd-ubnd")  # "22/201 /QĐ-UBND" as printed, 22/2019 as meant
    p = as_prediction(g)
    for r in p["relations"]:
        if r["target"] == "22/2019/QĐ-UBND":
            r["target"] = "22/201/QĐ-UBND"
    T = tallies(g, p)
    assert (T["relations"].tp, T["relations"].fp, T["relations"].fn) == (2, 0, 0)


def test_wrong_relation_or_target_is_a_miss_and_an_extra():
    g = gold("r01_hanoi-75-2025-nq-hdnd")
    p = as_prediction(g)
    p["relations"][0]["relation"] = "amends"
    T = tallies(g, p)
    assert (T["relations"].tp, T["relations"].fp, T["relations"].fn) == (0, 1, 1)
    assert T["relations"].misses == ["doc: replaces 61/2021/NQ-HĐND"]


def test_scope_units_compare_as_normalised_sets():
    assert norm_scope_unit("khoản 2 Điều 5") == norm_scope_unit("Điều 5 khoản 2") == norm_scope_unit(" điều  5 Khoản 2 ")
    assert norm_scope_unit("Điều 7 khoản 3 điểm a") == norm_scope_unit("điểm a khoản 3 Điều 7")
    assert norm_scope_unit("Phụ lục IIb") == norm_scope_unit("phụ lục iib")
    assert norm_scope_unit("Điều 5") != norm_scope_unit("Điều 5 khoản 2")
    assert norm_scope(["Điều 1", "Điều 2"]) == norm_scope(["điều 2", "Điều 1"])
    assert norm_scope([]) == norm_scope(None) == frozenset()


def test_scope_counts_only_in_the_triples():
    g = gold("r05_chinhphu-303-2025-nd-cp")
    p = as_prediction(g)
    abolished = next(r for r in p["relations"] if r["target"] == "158/2018/NĐ-CP")
    abolished["scope"] = abolished["scope"][:-1]  # one unit short
    T = tallies(g, p)
    assert T["relations"].prf()[2] == 1.0
    assert (T["relations_scope"].tp, T["relations_scope"].fp, T["relations_scope"].fn) == (4, 1, 1)


def test_optional_entries_are_neither_missed_nor_false():
    g = copy.deepcopy(gold("r01_hanoi-75-2025-nq-hdnd"))
    g["relations"].append({"relation": "guides", "target": "Luật Dân quân tự vệ", "alt_targets": [], "scope": [],
                           "optional": True})
    without = tallies(g, as_prediction(gold("r01_hanoi-75-2025-nq-hdnd")))
    with_it = tallies(g, as_prediction(g))
    for T in (without, with_it):
        assert (T["relations"].tp, T["relations"].fp, T["relations"].fn) == (1, 0, 0)


def test_dates_both_null_are_not_counted():
    g = gold("r01_hanoi-75-2025-nq-hdnd")
    assert g["effective_until"] is None
    T = tallies(g, as_prediction(g))
    assert T["effective_until"].total == 0 and T["effective_until"].value() == 1.0
    p = as_prediction(g)
    p["metadata"]["effective_until"] = "2030-12-31"  # a date the document does not state
    p["metadata"]["effective_from"] = None
    T = tallies(g, p)
    assert (T["effective_until"].right, T["effective_until"].total) == (0, 1)
    assert (T["effective_from"].right, T["effective_from"].total) == (0, 1)


def test_score_dirs_on_the_dev_gold(tmp_path: Path):
    stems = [p.stem for p in sorted(DEV_GOLD.glob("*.json"))]
    assert stems, "the relation dev gold is shipped"
    for stem in stems:
        (tmp_path / f"{stem}.json").write_text(json.dumps(as_prediction(gold(stem)), ensure_ascii=False), encoding="utf-8")
    report = score_dirs(DEV_GOLD, tmp_path)
    assert report.figures == {"relations": 1.0, "relations_scope": 1.0, "effective_from": 1.0, "effective_until": 1.0}
    (tmp_path / f"{stems[0]}.json").unlink()
    (tmp_path / f"{stems[1]}.json").write_text("{not json", encoding="utf-8")
    report = score_dirs(DEV_GOLD, tmp_path)
    assert report.missing == [stems[0]]
    assert report.figures["relations"] < 1.0 and report.below({"relations": 0.99})


def test_bad_input_gives_a_clear_error(tmp_path: Path):
    with pytest.raises(ValueError, match="no gold files"):
        score_dirs(tmp_path, tmp_path)
    with pytest.raises(ValueError, match="unknown area"):
        parse_minimums(["citations=0.9"])


def test_every_dev_gold_file_follows_the_contract():
    kinds = {"implements", "amends", "replaces", "abolishes", "guides", "suspends", "extends"}
    for gset in (RELATION_SETS["relations-dev"],):  # the held-out set is not opened by the tests
        for path in sorted((gset / "gold").glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            assert set(g) == {"source", "number", "issued_date", "effective_from", "effective_until", "relations"}, path
            assert (gset / f"{path.stem}.md").is_file(), path
            for r in g["relations"]:
                assert r["relation"] in kinds and r["target"] and isinstance(r["scope"], list), (path, r)
                assert isinstance(r["alt_targets"], list) and isinstance(r["optional"], bool), (path, r)


def test_eval_relation_set_extracts_every_text_and_scores_it(extractor, tmp_path: Path):
    """`kehoach eval --set relations-dev`: every gold document's .md is extracted and scored (no result missing)."""
    from bench.eval import run_relation_set

    report = run_relation_set("relations-dev", tmp_path, extractor)
    stems = {p.stem for p in DEV_GOLD.glob("*.json")}
    assert set(report.docs) == stems and not report.missing
    assert {p.stem for p in tmp_path.glob("*.json")} == stems
    assert set(report.figures) == {"relations", "relations_scope", "effective_from", "effective_until"}
    required = sum(not r["optional"] for stem in stems for r in gold(stem)["relations"])
    assert report.total["relations"].tp + report.total["relations"].fn == required
