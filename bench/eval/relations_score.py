"""Scoring of typed relations and effective dates (RELATIONS_SPEC "Scoring", issue 14).

Gold: samples/annotated/relations/{dev,holdout}/gold/<stem>.json
    {"source", "number", "issued_date", "effective_from", "effective_until",
     "relations": [{"relation", "target", "alt_targets", "scope", "optional"}]}
Prediction: the extraction result <stem>.json; read are top-level `relations[]` and
`metadata.effective_from` / `metadata.effective_until`.

Areas:
- relations        (relation, target) pairs per document, micro-averaged P/R/F1; targets compared by the
                   shared scorer's key normalisation (bench.eval.score.norm_key), gold alt_targets accepted;
- relations_scope  (relation, target, scope) triples: scope compared as a set of canonical units
                   ("Điều 5 khoản 2 điểm a", "Phụ lục I", ...) after normalising spaces, case and order;
- effective_from / effective_until: accuracy over the documents where the gold or the prediction gives a
                   date (both null = not counted).
Gold entries marked "optional" count neither as missed nor, when predicted, as false.

    python -m bench.eval.relations_score GOLD_DIR PRED_DIR [--json OUT] [--show N] [--min AREA=VALUE]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.eval.score import area_lines, match_sets, nfc, norm_key
from bench.eval.score import merge as score_merge
from bench.eval.score import new_tallies as score_new_tallies
from bench.eval.score import parse_minimums as parse_area_minimums
from bench.eval.score import read_prediction

SET_AREAS = ["relations", "relations_scope"]
ACC_AREAS = ["effective_from", "effective_until"]
AREAS = SET_AREAS + ACC_AREAS

#: The scope units, largest first: the order a canonical unit string lists them in.
_UNIT_RANK = {"phần": 0, "chương": 1, "mục": 2, "điều": 3, "khoản": 4, "điểm": 5, "phụ lục": 6}
_UNIT = re.compile(r"(phần|chương|mục|điều|khoản|điểm|phụ\s+lục)\s+([0-9]+[a-zđ]?|[ivxlcdm]+[a-zđ]?|[a-zđ])(?![\w])")


# ---------------------------------------------------------------- normalising


def norm_scope_unit(unit: str | None) -> str:
    """One scope unit in a comparable form: lowercase, single spaces, units in canonical order.

    "Điều 5 khoản 2" == "điều 5  Khoản 2" == "khoản 2 Điều 5"; a string with no recognisable unit is kept
    as its lowercased, space-collapsed text.
    """
    text = re.sub(r"\s+", " ", nfc(unit).lower()).strip(" ,;.")
    parts = [(re.sub(r"\s+", " ", m.group(1)), m.group(2)) for m in _UNIT.finditer(text)]
    if not parts:
        return text
    parts.sort(key=lambda p: _UNIT_RANK[p[0]])
    return " ".join(f"{name} {num}" for name, num in parts)


def norm_scope(scope) -> frozenset[str]:
    """The scope as a set of normalised units ([] or null = the whole document = the empty set)."""
    if not scope:
        return frozenset()
    if isinstance(scope, str):
        scope = [scope]
    return frozenset(u for u in (norm_scope_unit(s) for s in scope if isinstance(s, str)) if u)


def target_keys(g: dict) -> set[str]:
    return {norm_key(k) for k in [g.get("target"), *(g.get("alt_targets") or [])] if k}


def same_pair(g: dict, p: dict) -> bool:
    return (p.get("relation") or "").strip().lower() == g.get("relation") and norm_key(p.get("target")) in target_keys(g)


def same_triple(g: dict, p: dict) -> bool:
    return same_pair(g, p) and norm_scope(p.get("scope")) == norm_scope(g.get("scope"))


# ------------------------------------------------------------------- counting


def new_tallies() -> dict:
    return score_new_tallies(SET_AREAS, ACC_AREAS)


def merge(into: dict, other: dict) -> None:
    score_merge(into, other, SET_AREAS, ACC_AREAS)


def _show(r: dict, scope: bool) -> str:
    s = f"{r.get('relation')} {r.get('target')}"
    return s + f" {list(r.get('scope') or [])}" if scope else s


def score_relations(doc: str, gold: dict, pred: dict, T: dict) -> None:
    g_list = [r for r in gold.get("relations", []) or [] if isinstance(r, dict)]
    p_list = [r for r in pred.get("relations", []) or [] if isinstance(r, dict)]
    for area, same, scope in (("relations", same_pair, False), ("relations_scope", same_triple, True)):
        pairs, missed, extra = match_sets(g_list, p_list, same)
        required = [(g, p) for g, p in pairs if not g.get("optional")]
        t = T[area]
        t.add(len(required), len(extra), len(missed))
        t.misses += [f"{doc}: {_show(g, scope)}" for g in missed]
        t.extras += [f"{doc}: {_show(p, scope)}" for p in extra]


def score_dates(doc: str, gold: dict, pred: dict, T: dict) -> None:
    meta = pred.get("metadata") or {}
    for area in ACC_AREAS:
        g, p = gold.get(area), meta.get(area)
        if g is None and p is None:
            continue
        T[area].add(g == p, f"{doc}: {area} {p} != {g}")


def score_document(doc: str, gold: dict, pred: dict, T: dict) -> None:
    score_relations(doc, gold, pred, T)
    score_dates(doc, gold, pred, T)


def figures_of(T: dict, digits: int | None = 4) -> dict[str, float]:
    out = {k: T[k].prf()[2] for k in SET_AREAS} | {k: T[k].value() for k in ACC_AREAS}
    return {k: round(v, digits) for k, v in out.items()} if digits is not None else out


@dataclass
class Report:
    """Tallies over every scored document, and each document's own."""

    total: dict = field(default_factory=new_tallies)
    docs: dict[str, dict] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, float]:
        return figures_of(self.total)

    def doc_figures(self) -> dict[str, dict[str, float]]:
        return {stem: figures_of(T) for stem, T in self.docs.items()}

    def prf(self) -> dict[str, dict[str, float]]:
        return {k: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in self.total[k].prf())))
                for k in SET_AREAS}

    def below(self, minimums: dict[str, float]) -> list[str]:
        got = self.figures
        return [f"{a} {got[a]:.3f} < {v:.3f}" for a, v in minimums.items() if got[a] < v]

    def as_json(self) -> dict:
        return {"figures": self.figures, "prf": self.prf(),
                "counts": {k: {"tp": self.total[k].tp, "fp": self.total[k].fp, "fn": self.total[k].fn} for k in SET_AREAS}
                | {k: {"right": self.total[k].right, "total": self.total[k].total} for k in ACC_AREAS},
                "documents": self.doc_figures(), "missing": self.missing}


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(Path(gold_dir).glob("*.json"))


def score_dirs(gold_dir: Path, pred_dir: Path) -> Report:
    """Score PRED_DIR/<stem>.json against every GOLD_DIR/<stem>.json; a missing prediction scores as empty."""
    golds = gold_files(gold_dir)
    if not golds:
        raise ValueError(f"{gold_dir}: no gold files")
    report = Report()
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pred = read_prediction(pred_dir, gpath, report.missing)
        T = new_tallies()
        score_document(gpath.stem, gold, pred, T)
        report.docs[gpath.stem] = T
        merge(report.total, T)
    return report


def parse_minimums(specs: list[str]) -> dict[str, float]:
    return parse_area_minimums(specs, AREAS)


def format_table(report: Report, show: int = 0) -> str:
    T = report.total
    lines = area_lines(report, SET_AREAS, ACC_AREAS, width=16)
    short = {"relations": "rel", "relations_scope": "scope", "effective_from": "from", "effective_until": "until"}
    lines += ["", f"{'document':44} " + " ".join(f"{short[a]:>6}" for a in AREAS) + "   rel tp/fp/fn"]
    for stem, D in report.docs.items():
        figs = figures_of(D)
        t = D["relations"]
        lines.append(f"{stem[:44]:44} " + " ".join(f"{figs[a]:6.3f}" for a in AREAS) + f"   {t.tp}/{t.fp}/{t.fn}")
    if show:
        for k in SET_AREAS:
            for label, items in (("missed", T[k].misses), ("extra", T[k].extras)):
                lines += [f"  {k} {label}: {x}" for x in items[:show]]
                if len(items) > show:
                    lines.append(f"  {k} {label}: ... {len(items) - show} more")
        for k in ACC_AREAS:
            lines += [f"  {k} wrong: {x}" for x in T[k].wrong[:show]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--json", type=Path, help="write the figures (total, P/R/F1, per document) as JSON here ('-' = stdout)")
    ap.add_argument("--show", type=int, default=0, help="misses and extras to list per area")
    ap.add_argument("--min", action="append", default=[], help="AREA=VALUE: exit 1 when an area falls below")
    args = ap.parse_args(argv)
    try:
        mins = parse_minimums(args.min)
        report = score_dirs(args.gold_dir, args.pred_dir)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if str(args.json) == "-":
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        print(format_table(report, args.show))
        if args.json:
            args.json.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    failed = report.below(mins)
    if failed:
        print("below threshold: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
