"""`kehoach eval`: extract the annotated documents shipped in samples/annotated/ and score them.

A set is a folder with the documents (`*.txt`, `*.md`; `files/` may hold the original PDF/DOCX of some
of them) and `gold/` (one `<stem>.json` per document, and `agencies.json`, the accepted spellings of
agency names). The shipped sets: `seeds` (the five sample plans), `dev` (the development set) and `extra`
(documents annotated later, in shapes the development set lacked); `holdout` (six documents annotated before
the extractor ever ran on them) is held out: named on its own, never part of `all`, never tuned on.
"""
from __future__ import annotations

from pathlib import Path

from bench.eval.score import AREAS, Report, format_table, parse_minimums, score_dirs

ANNOTATED = Path(__file__).resolve().parent.parent.parent / "samples" / "annotated"
SETS = ("seeds", "dev", "extra")
HELD_OUT = ("holdout",)  # measured only: not in "all", so day-to-day runs never show its misses
TEXT_SUFFIXES = (".txt", ".md")
#: The typed-relation sets (issue 14): texts and gold of relations and effective dates, scored by
#: bench.eval.relations_score. relations-holdout is measured only, like holdout.
RELATION_SETS = {"relations-dev": ANNOTATED / "relations" / "dev", "relations-holdout": ANNOTATED / "relations" / "holdout"}

__all__ = ["ANNOTATED", "AREAS", "HELD_OUT", "RELATION_SETS", "SETS", "Report", "documents", "format_table", "markdown_table", "parse_minimums",
           "resolve_sets", "run_relation_set", "run_set"]


def markdown_table(reports: dict[str, Report]) -> str:
    """The README's accuracy table: one row per area, one column per set."""
    names = list(reports)
    lines = ["| area | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    figures = {n: r.exact_figures for n, r in reports.items()}
    for area in AREAS:
        lines.append(f"| {area} | " + " | ".join(f"{figures[n][area]:.3f}" for n in names) + " |")
    return "\n".join(lines)


def resolve_sets(name: str) -> list[Path]:
    """'seeds' | 'dev' | 'extra' | 'holdout' | 'all' (the first three) | a folder holding documents and gold/."""
    if name == "all":
        return [ANNOTATED / s for s in SETS if (ANNOTATED / s / "gold").is_dir()]
    if name in SETS or name in HELD_OUT:
        return [ANNOTATED / name]
    folder = Path(name)
    if not (folder / "gold").is_dir():
        raise ValueError(f"{name}: not a set name ({', '.join(SETS + HELD_OUT)}, all) nor a folder with a gold/ folder")
    return [folder]


def documents(set_dir: Path, originals: bool = False) -> dict[str, Path]:
    """The document to extract for each gold file: its text, or with `originals` its file in files/ when there is one."""
    gold = {p.stem for p in (set_dir / "gold").glob("*.json") if p.name != "agencies.json"}
    found: dict[str, Path] = {}
    for p in sorted(set_dir.iterdir()):
        if p.suffix.lower() in TEXT_SUFFIXES and p.stem in gold:
            found[p.stem] = p
    if originals and (set_dir / "files").is_dir():
        for p in sorted((set_dir / "files").iterdir()):
            if p.stem in gold:
                found[p.stem] = p
    return found


def extract_set(set_dir: Path, pred_dir: Path, extractor=None, originals: bool = False) -> None:
    """Extract every annotated document of SET_DIR into PRED_DIR/<stem>.json (an unreadable one gets no file)."""
    from extractor.pipeline import Extractor
    from extractor.read import UnreadableFile, read_file

    ex = extractor or Extractor()
    pred_dir.mkdir(parents=True, exist_ok=True)
    for stem, path in documents(set_dir, originals).items():
        try:
            result = ex.extract_source(read_file(path), source_name=path.name)
        except UnreadableFile:
            continue  # scored as a document with no result
        (pred_dir / f"{stem}.json").write_text(result.model_dump_json(indent=1), encoding="utf-8")


def run_relation_set(name: str, pred_dir: Path, extractor=None):
    """Extract the texts of a relation set ('relations-dev' | 'relations-holdout') and score their relations."""
    from bench.eval.relations_score import score_dirs as score_relation_dirs

    set_dir = RELATION_SETS[name]
    extract_set(set_dir, pred_dir, extractor)
    return score_relation_dirs(set_dir / "gold", pred_dir)


def run_set(set_dir: Path, pred_dir: Path, extractor=None, originals: bool = False, label: str | None = None) -> Report:
    """Extract every annotated document of SET_DIR into PRED_DIR/<stem>.json and score them against its gold."""
    extract_set(set_dir, pred_dir, extractor, originals)
    report = score_dirs(set_dir / "gold", pred_dir)
    if label:
        report.docs = {f"{label}/{stem}": T for stem, T in report.docs.items()}
        report.missing = [f"{label}/{stem}" for stem in report.missing]
    return report
