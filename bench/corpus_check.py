"""Real-corpus check: every real document extracts, and its metadata matches what the document prints.

    python -m bench.corpus_check [--portal DIR] [--files DIR] [--json OUT]

- `--portal DIR` (default `../shared/corpus/portal`): the portal Markdown texts. Each is read by
  `extractor.read` and extracted; its metadata is compared with `portal.json` (beside the folder or in
  it): the number as printed (spaces removed, case-insensitive) and the type code. The date is compared
  with the place/date line the header prints ("Hà Nội, ngày 21 tháng 11 năm 2025", found here by a
  loose search of its own, independent of the extractor); the issuer must be found.
- `--files DIR` (optional): the original PDF/DOCX/DOC files, each read and extracted in a sandbox (the
  limits of production): each gives a result or a clear failure with its reason.

Errors (a traceback, an extractor exception, a crashed child) must be 0. Prints the rates, the misses
and the p50/p99 extraction time per document; `--json OUT` writes the figures and the misses.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PORTAL = ROOT.parent / "shared" / "corpus" / "portal"

#: The header's place and date, loosely: markup gone, spaces collapsed ("Hà Nội, ngày 21 tháng 11 năm 2025").
_HEADER_DATE = re.compile(r"(?:[^\W\d_]+\s*,|\b[A-ZĐ][^\W\d_A-ZĐ][^\W\d_]*)\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*((?:19|20)\d{2})")
#: Where the header has surely ended: the legal basis or the opening of the body.
_BODY_OPENING = re.compile(r"\b(?:Căn cứ|Xét đề nghị|Thực hiện|Điều 1)\b")


def norm_number(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "").upper().replace("Ð", "Đ")
    s = re.sub(r"^\s*SỐ\s*:?", "", s)
    return re.sub(r"\s+", "", s)


#: A scrape of running text, not a printed number: "01/2017/QĐ-TA).", "110/2012/QĐST-DS).".
_ARTICLE_NUMBER = re.compile(r"[).;,]$")


def same_number(got: str | None, listed: str) -> bool:
    """Equal after normalisation; portal.json cut a few numbers at the printed line break or space ("3783/QĐ-" of
    "Số: 3783/QĐ-\nUBND", "9476" of "Số: 9476 /BNNMT-CNTY"): the full number read from the header counts as right."""
    g, w = norm_number(got), norm_number(listed)
    if g == w:
        return True
    return bool(g) and (w.endswith("-") or "/" not in w) and g.startswith(w) and len(g) > len(w)


def printed_date(raw: str) -> str | None:
    """The date of the header's place/date line, searched in the first part of the text (before the body)."""
    text = unicodedata.normalize("NFC", raw)
    text = re.sub(r"[*_#\\]", "", text).replace("|", " ")
    text = " ".join(text.split())
    # the header stands in the first 4,000 characters (after a portal's own preface, if any)
    end = min(len(text), 6000)
    body = _BODY_OPENING.search(text, 0, end)
    m = _HEADER_DATE.search(text, 0, body.start() if body else end)
    if not m:
        return None
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


#: A letter's subject line under its number ("V/v chính sách thuế").
_SUBJECT = re.compile(r"^\W*V/v\b", re.M | re.I)


#: A capital type-word line of the header ("QUYẾT ĐỊNH", "CÔNG ĐIỆN"): the document is not a letter.
_TYPE_LINE = re.compile(r"^[\W_]*(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|CÔNG ĐIỆN|"
                        r"HƯỚNG DẪN|BÁO CÁO|TỜ TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH)[\W_]*$", re.M)


def is_letter(raw: str) -> bool:
    """A header with a "V/v" subject line and no type line before it: a Công văn, whatever letters its symbol starts
    with ("5348/CT-CS" is a letter of the Cục Thuế, not a Chỉ thị)."""
    head = raw[:6000]
    body = _BODY_OPENING.search(head)
    subject = _SUBJECT.search(head, 0, body.start() if body else len(head))
    return bool(subject) and not _TYPE_LINE.search(head, 0, subject.start())


@dataclass
class Rate:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(what)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def figures(self) -> dict:
        return {"right": self.right, "total": self.total, "rate": round(self.value, 4)}


def _percentile(xs: list[float], q: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def _listing(portal: Path) -> dict[str, dict]:
    for cand in (portal / "portal.json", portal.parent / "portal.json"):
        if cand.exists():
            return {Path(e["file"]).name: e for e in json.loads(cand.read_text(encoding="utf-8"))}
    return {}


def check_portal(portal: Path, extractor=None) -> dict:
    from extractor.pipeline import Extractor
    from extractor.read import UnreadableFile, read_file

    ex = extractor or Extractor()
    listing = _listing(portal)
    files = sorted(p for p in portal.iterdir() if p.suffix.lower() in (".md", ".txt"))
    rates = {k: Rate() for k in ("number", "date_found", "date_right", "type", "issuer")}
    errors: list[str] = []
    unreadable: list[str] = []
    articles: list[str] = []
    times: list[float] = []
    for f in files:
        try:
            t0 = time.perf_counter()
            src = read_file(f)
            result = ex.extract_source(src, source_name=f.name)
            times.append(time.perf_counter() - t0)
        except UnreadableFile as e:
            unreadable.append(f"{f.name}: {e}")
            continue
        except Exception:  # noqa: BLE001 - the check counts them
            errors.append(f"{f.name}: {traceback.format_exc(limit=3)}")
            continue
        m = result.metadata
        entry = listing.get(f.name, {})
        if entry.get("number") and _ARTICLE_NUMBER.search(entry["number"]):
            # portal.json took this "number" from the running text of an article about a form ("01/2017/QĐ-TA)."):
            # the page is not a document and prints no header
            articles.append(f.name)
            continue
        if entry.get("number"):
            rates["number"].add(same_number(m.number, entry["number"]),
                                f"{f.name}: number {m.number!r} != {entry['number']!r}")
        expected = entry.get("type")
        if expected and expected != "?" and is_letter(src.text):
            # portal.json reads the type off the symbol; "5348/CT-CS" is a letter of Cục Thuế (CT), not a Chỉ thị
            expected = "CV"
        if expected and expected != "?":
            rates["type"].add(norm_number(m.doc_type) == norm_number(expected),
                              f"{f.name}: type {m.doc_type!r} != {expected!r}")
        date = printed_date(src.text)
        if date:
            rates["date_found"].add(bool(m.issued_date), f"{f.name}: no date (header prints {date})")
            rates["date_right"].add(m.issued_date == date, f"{f.name}: date {m.issued_date!r} != {date!r}")
        rates["issuer"].add(bool(m.issuer), f"{f.name}: no issuer")
    return {
        "documents": len(files),
        "errors": errors,
        "unreadable": unreadable,
        "articles": articles,
        "rates": {k: r.figures() for k, r in rates.items()},
        "misses": {k: r.misses for k, r in rates.items()},
        "ms_p50": round(_percentile(times, 0.5) * 1000, 1),
        "ms_p99": round(_percentile(times, 0.99) * 1000, 1),
    }


def check_files(folder: Path, progress=None) -> dict:
    from extractor.sandbox import ExtractionFailed, Sandbox

    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json"))
    results: dict[str, str] = {}
    errors: list[str] = []
    failures: list[str] = []
    times: list[float] = []
    with Sandbox() as box:
        for f in files:
            t0 = time.perf_counter()
            try:
                out = box.extract(f.read_bytes(), f.name, source_name=f.name)
                times.append(out.seconds)
                results[f.name] = "ok"
            except ExtractionFailed as e:
                line = f"{f.name}: {e.reason}: {e.detail}"
                # a bug in the extractor or a crash is an error; a refusal with its reason is a clear failure
                (errors if e.reason in ("error", "crashed") or not e.detail else failures).append(line)
                results[f.name] = e.reason
            except Exception:  # noqa: BLE001
                errors.append(f"{f.name}: {traceback.format_exc(limit=3)}")
                results[f.name] = "traceback"
            if progress:
                progress(f"  {f.name}: {results[f.name]} ({time.perf_counter() - t0:.1f} s)")
    return {"documents": len(files), "errors": errors, "failures": failures, "results": results,
            "ms_p50": round(_percentile(times, 0.5) * 1000, 1), "ms_p99": round(_percentile(times, 0.99) * 1000, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_check", description=__doc__.split("\n")[0])
    ap.add_argument("--portal", type=Path, default=DEFAULT_PORTAL, help="folder of portal Markdown texts")
    ap.add_argument("--files", type=Path, default=None, help="folder of original PDF/DOCX/DOC files (optional)")
    ap.add_argument("--json", type=Path, default=None, help="write the figures and misses here")
    ap.add_argument("--show", type=int, default=15, help="misses to print per figure")
    args = ap.parse_args(argv)
    report: dict = {}
    errors = 0
    if args.portal and args.portal.exists():
        r = check_portal(args.portal)
        report["portal"] = r
        errors += len(r["errors"])
        print(f"portal: {r['documents']} documents ({len(r['articles'])} articles about forms, not documents, left out of the "
              f"rates), {len(r['errors'])} errors, {len(r['unreadable'])} unreadable; "
              f"extraction p50 {r['ms_p50']} ms, p99 {r['ms_p99']} ms")
        for k, v in r["rates"].items():
            print(f"  {k:11} {v['right']:4d}/{v['total']:<4d} {v['rate']:.3f}")
        for e in r["errors"][: args.show]:
            print("  ERROR", e)
        for k, misses in r["misses"].items():
            for line in misses[: args.show]:
                print(f"  miss {k}: {line}")
            if len(misses) > args.show:
                print(f"  miss {k}: ... {len(misses) - args.show} more")
    if args.files:
        r = check_files(args.files, progress=lambda line: print(line, file=sys.stderr, flush=True))
        report["files"] = r
        errors += len(r["errors"])
        print(f"files: {r['documents']} files, {len(r['errors'])} errors, {len(r['failures'])} refused with a reason; "
              f"extraction p50 {r['ms_p50']} ms, p99 {r['ms_p99']} ms")
        for e in r["errors"]:
            print("  ERROR", e)
        for e in r["failures"]:
            print("  refused", e)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
