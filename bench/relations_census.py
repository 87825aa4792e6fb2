"""What the portal corpus says of other documents: the typed relations and effective dates the extractor reads.

    python -m bench.relations_census [--portal DIR] [--exclude LIST] [--show] [--json OUT]

Prints, over every Markdown text of the folder (default `../shared/corpus/portal`): how many relations of each kind
and how many documents state one, how many documents state their effective date (and an end date), the citations'
relation by kind, and the extraction time per document. `--exclude LIST` leaves out the files a list names (first
column, "portal/<file>"), `--show` prints each document's relations.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PORTAL = ROOT.parent / "shared" / "corpus" / "portal"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--portal", type=Path, default=DEFAULT_PORTAL)
    ap.add_argument("--exclude", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)

    from extractor.pipeline import Extractor
    from extractor.read import read_file

    skip: set[str] = set()
    if a.exclude:
        for line in a.exclude.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                skip.add(Path(line.split()[0]).name)
    files = sorted(p for p in a.portal.glob("*.md") if p.name not in skip)
    x = Extractor()
    kinds: Counter = Counter()
    docs_with: Counter = Counter()
    cite_rel: Counter = Counter()
    scoped = 0
    eff_from = eff_until = 0
    times: list[float] = []
    for p in files:
        src = read_file(p)
        t0 = time.perf_counter()
        r = x.extract_source(src, p.name)
        times.append((time.perf_counter() - t0) * 1000)
        seen = set()
        for rel in r.relations:
            kinds[rel.relation] += 1
            scoped += bool(rel.scope)
            seen.add(rel.relation)
        for k in seen:
            docs_with[k] += 1
        for c in r.citations:
            cite_rel[c.relation] += 1
        eff_from += r.metadata.effective_from is not None
        eff_until += r.metadata.effective_until is not None
        if a.show and (r.relations or r.metadata.effective_from):
            print(f"== {p.name} {r.metadata.number} issued {r.metadata.issued_date} effective {r.metadata.effective_from}"
                  f"..{r.metadata.effective_until}")
            for rel in r.relations:
                print(f"   {rel.relation:10} {rel.target:28} {rel.scope} | {rel.text[:100]}")
    n = len(files)
    print(f"documents: {n}")
    print("relations by kind (relations / documents stating one):")
    for k in ("implements", "amends", "replaces", "abolishes", "guides", "suspends", "extends"):
        print(f"  {k:11} {kinds[k]:5} / {docs_with[k]:4}")
    print(f"  with a scope: {scoped} of {sum(kinds.values())}")
    print(f"effective_from stated: {eff_from} / {n}; effective_until: {eff_until} / {n}")
    print("citations by relation: " + ", ".join(f"{k} {v}" for k, v in cite_rel.most_common()))
    if times:
        print(f"extraction ms/doc: p50 {statistics.median(times):.1f}, p99 {sorted(times)[int(0.99 * (len(times) - 1))]:.1f}")
    if a.json:
        a.json.write_text(json.dumps({"documents": n, "relations": dict(kinds), "documents_with": dict(docs_with),
                                      "scoped": scoped, "effective_from": eff_from, "effective_until": eff_until,
                                      "citations": dict(cite_rel)}, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
