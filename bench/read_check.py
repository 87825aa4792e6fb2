"""Real-file check: read every file of the real corpus and the dev PDFs, and print per page how it was read.

    python -m bench.read_check [FILE_OR_FOLDER ...] [--no-ocr] [--json OUT]

Defaults to ../shared/corpus/files and ../shared/eval/dev/files (beside the project, or /work/shared). Every file
gives a result or a clear error; every page shows the path that read it (text layer, legacy encoding converted, OCR,
blank), the quality of what was read (quality.py: the share of valid Vietnamese) and the time. The closing lines say
how many pages reach the bar (quality >= 0.97) and list those that do not, each with its reason.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

BAR = 0.97


def _default_inputs() -> list[Path]:
    here = Path(__file__).resolve().parent.parent
    out = []
    for base in (here.parent / "shared", Path("/work/shared")):
        for sub in ("corpus/files", "eval/dev/files"):
            if (base / sub).is_dir() and (base / sub) not in out:
                out.append(base / sub)
        if out:
            break
    return out


def _files(inputs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in inputs:
        files += sorted(x for x in p.iterdir() if x.is_file()) if p.is_dir() else [p]
    return files


def check(path: Path, ocr: bool = True) -> dict:
    from extractor.read import UnreadableFile, read_file
    from extractor.read.pdf import PdfSettings
    from extractor.read.quality import measure

    t0 = time.perf_counter()
    try:
        src = read_file(path, pdf_settings=PdfSettings(ocr=ocr))
    except UnreadableFile as e:
        return {"file": path.name, "error": str(e), "seconds": round(time.perf_counter() - t0, 3), "pages": []}
    seconds = round(time.perf_counter() - t0, 3)
    if src.page_reads:
        pages = [{"page": r.page, "path": r.path, "quality": r.quality, "reason": r.reason, "seconds": r.seconds}
                 for r in src.page_reads]
    else:   # DOCX, DOC, text: one "page", the whole text
        q = measure(src.text)
        pages = [{"page": 1, "path": src.media_type.rsplit("/", 1)[-1][:30], "quality": q.score,
                  "reason": None if q.score >= BAR else q.problem, "seconds": seconds}]
    return {"file": path.name, "media_type": src.media_type, "chars": len(src.text), "seconds": seconds, "pages": pages}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--no-ocr", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    files = _files(args.inputs or _default_inputs())
    if not files:
        print("no files to check", file=sys.stderr)
        return 2
    results = []
    below: list[str] = []
    n_pages = ok = marked = 0
    for f in files:
        r = check(f, ocr=not args.no_ocr)
        results.append(r)
        if "error" in r:
            print(f"{r['file'][:60]:60} ERROR {r['error']}")
            continue
        paths: dict[str, int] = {}
        for p in r["pages"]:
            paths[p["path"]] = paths.get(p["path"], 0) + 1
            n_pages += 1
            if p["quality"] is not None and p["quality"] >= BAR:
                ok += 1
            elif p["reason"] and p["path"] in ("blank", "ocr") and p["quality"] is None:
                marked += 1
            else:
                below.append(f"  {r['file'][:60]} p{p['page']}: {p['path']} quality {p['quality']} ({p['reason']})")
        qs = [p["quality"] for p in r["pages"] if p["quality"] is not None]
        low = min(qs) if qs else None
        print(f"{r['file'][:60]:60} {len(r['pages']):3}p {r['seconds']:7.2f}s  min q {low if low is not None else '-':>6}  "
              + " ".join(f"{k}:{v}" for k, v in sorted(paths.items())))
    errors = sum(1 for r in results if "error" in r)
    print(f"\n{len(files)} files ({errors} errors), {n_pages} pages: {ok} at quality >= {BAR}, {marked} marked unreadable, "
          f"{len(below)} below the bar")
    for line in below:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
