"""Versions check: which real documents the version rules (corpus.versions) take for one document.

    python -m bench.versions_check [--portal DIR] [--seeds DIR] [--edited N]

Reads and extracts the portal documents and the seeds, and makes known versions: for each seed a copy
with one character changed, a corrected draft (a few words changed), a draft without its number, and
the seed typeset as .docx and as .pdf (tests/fixturegen); for N portal documents a copy with one
character changed. Every pair is then judged by `same_document`. Truth: the versions made here, and
portal documents listed with the same number whose texts agree (exact Jaccard of word 3-shingles >= 0.9;
the portal holds 303/2025/NĐ-CP, 110/2025/TT-BTC and 109/2025/TT-BTC twice). Everything else is a
different document, however alike (a province's series of decisions share most of their words).

Prints the pairs grouped, the false groupings (pairs and documents), the versions missed, and the
most similar pairs of different documents.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path

from corpus.versions import Fingerprint, fingerprint, same_document, similarity
from extractor.vntext import squash

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path("/work/shared/corpus") if not (SHARED / "corpus").exists() else SHARED / "corpus"


def one_char_edit(text: str, rng: random.Random) -> str:
    """`text` with one letter of its body (the middle half) changed."""
    lo, hi = len(text) // 4, 3 * len(text) // 4
    for _ in range(1000):
        i = rng.randrange(lo, hi)
        if text[i].isalpha():
            new = "a" if text[i] != "a" else "e"
            return text[:i] + new + text[i + 1:]
    return text + "."


def corrected_draft(text: str, rng: random.Random, edits: int = 6) -> str:
    """`text` with a few words changed, as a corrected draft would be."""
    words = list(re.finditer(r"\w{4,}", text))
    for m in sorted(rng.sample(words, min(edits, len(words))), key=lambda m: -m.start()):
        text = text[:m.start()] + m.group(0)[::-1] + text[m.end():]
    return text


def without_number(text: str) -> str:
    """A draft: "Số: 12/KH-UBND" printed as "Số:      /KH-UBND"."""
    return re.sub(r"(Số\s*:?\s*)\d+", r"\1     ", text, count=1)


def _extract(ex, data: bytes, name: str):
    from extractor.read import read_bytes

    src = read_bytes(data, name)
    r = ex.extract_source(src, source_name=name)
    m = r.metadata
    return fingerprint(m.number, m.issuer, _date(m.issued_date), src.text), src.text


def _date(v):
    import datetime as dt

    return dt.date.fromisoformat(v[:10]) if v else None


def _shingles(text: str) -> set[str]:
    w = squash(text).split()
    return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}


def build(portal: Path, seeds: Path, edited: int, docx_pdf: bool = True):
    from extractor.pipeline import Extractor

    ex = Extractor()
    rng = random.Random(13)
    docs: dict[str, Fingerprint] = {}
    group: dict[str, str] = {}          # name -> the true document it is a version of
    listing = {Path(x["file"]).name: x["number"] for x in json.loads((portal.parent / "portal.json").read_text())}
    texts: dict[str, str] = {}
    for f in sorted(portal.glob("*.md")):
        docs[f.name], texts[f.name] = _extract(ex, f.read_bytes(), f.name)
        group[f.name] = f.name
    # portal documents listed twice with the same text are one document
    by_number: dict[str, list[str]] = {}
    for name, num in listing.items():
        by_number.setdefault(num, []).append(name)
    for names in by_number.values():
        for a, b in itertools.combinations(names, 2):
            A, B = _shingles(texts[a]), _shingles(texts[b])
            if A and len(A & B) / len(A | B) >= 0.9:
                group[b] = group[a]
    for name in rng.sample(sorted(texts), edited):
        copy = f"{name}~1char"
        docs[copy], _ = _extract(ex, one_char_edit(texts[name], rng).encode("utf-8"), copy + ".md")
        group[copy] = group[name]
    for f in sorted(seeds.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        variants = {"": text, "~1char": one_char_edit(text, rng), "~draft": corrected_draft(text, rng),
                    "~nonumber": without_number(text)}
        for suffix, t in variants.items():
            docs[f.name + suffix], _ = _extract(ex, t.encode("utf-8"), f.name)
            group[f.name + suffix] = f.name
        if docx_pdf:
            from tests.fixturegen import make_docx, make_pdf, plan_parts

            parts = plan_parts(text)
            for ext, data in (("docx", make_docx(parts)), ("pdf", make_pdf(parts))):
                name = f"{f.stem}.{ext}"
                docs[name], _ = _extract(ex, data, name)
                group[name] = f.name
    return docs, group


def judge(docs: dict[str, Fingerprint], group: dict[str, str]) -> dict:
    grouped, false_pairs, missed, near, unseen = [], [], [], [], []
    for a, b in itertools.combinations(sorted(docs), 2):
        why = same_document(docs[a], docs[b])
        same = group[a] == group[b]
        if why:
            grouped.append((a, b, why))
            fa, fb = docs[a], docs[b]
            found = (fa.number_key and fa.number_key == fb.number_key) or set(fa.candidate_bands()) & set(fb.bands())
            if not found:      # the store would not have looked at the pair (corpus.versions.matches)
                unseen.append((a, b, why))
            if not same:
                false_pairs.append((a, b, why, round(similarity(docs[a].minhash, docs[b].minhash), 3)))
        elif same:
            missed.append((a, b, round(similarity(docs[a].minhash, docs[b].minhash), 3)))
        elif not same:
            near.append((similarity(docs[a].minhash, docs[b].minhash), a, b))
    near.sort(reverse=True)
    wrong_docs = {x for p in false_pairs for x in p[:2]}
    true_pairs = sum(1 for a, b in itertools.combinations(sorted(docs), 2) if group[a] == group[b])
    return {"documents": len(docs), "true_groups": len(set(group.values())), "true_pairs": true_pairs,
            "pairs_grouped": len(grouped), "false_pairs": false_pairs, "false_documents": sorted(wrong_docs),
            "false_grouping_rate": len(wrong_docs) / len(docs), "missed_pairs": missed,
            "not_candidates": unseen,
            "nearest_different": [(round(s, 3), a, b) for s, a, b in near[:10]]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--portal", type=Path, default=CORPUS / "portal")
    p.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parents[1] / "samples" / "seeds")
    p.add_argument("--edited", type=int, default=30, help="portal documents to copy with one character changed")
    p.add_argument("--json", type=Path)
    a = p.parse_args(argv)
    docs, group = build(a.portal, a.seeds, a.edited)
    out = judge(docs, group)
    print(f"documents {out['documents']} (true documents {out['true_groups']}, true version pairs {out['true_pairs']})")
    print(f"pairs grouped {out['pairs_grouped']}; false pairs {len(out['false_pairs'])}; documents falsely grouped "
          f"{len(out['false_documents'])} ({out['false_grouping_rate']:.2%}); version pairs missed {len(out['missed_pairs'])}")
    print(f"grouped pairs the store's candidate lookup (number, LSH bands) would not find: {len(out['not_candidates'])}")
    for x in out["false_pairs"]:
        print("  FALSE", *x)
    for x in out["missed_pairs"]:
        print("  MISSED", *x)
    print("most similar different documents:")
    for x in out["nearest_different"]:
        print("  ", *x)
    if a.json:
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return 1 if out["false_pairs"] else 0


if __name__ == "__main__":
    sys.exit(main())
