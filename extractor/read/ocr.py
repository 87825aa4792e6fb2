"""OCR of scanned PDF pages with tesseract ("vie"), page by page, every core at once.

`ocr_pages(data, numbers, settings)` renders each page with pypdfium2 and runs the
`tesseract` command on it (one single-threaded process per page, OMP_THREAD_LIMIT=1, as
many at a time as there are cores), reading its TSV output into text runs with boxes in
PDF points, and the mean word confidence of the page.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .layout import Run
from .source import UnreadableFile

#: A rendered page with no pixel darker than this (0 black .. 255 white) has nothing on it to read: tesseract is not run.
_BLANK_LEVEL = 250
#: Largest page image handed to tesseract, in pixels (A2 at 300 dpi); a larger page is rendered at a lower resolution,
#: so that a PDF declaring a 5 x 5 m page cannot ask for a 3.6-gigapixel image.
_MAX_PIXELS = 36_000_000


def tesseract_available(language: str = "vie") -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    return language in out.stdout.split()


def _scale(width: float, height: float, dpi: int) -> float:
    """Pixels per PDF point for rendering a page: `dpi`, or less for a page too large for _MAX_PIXELS."""
    scale = dpi / 72
    pixels = width * height * scale * scale
    return scale if pixels <= _MAX_PIXELS else scale * (_MAX_PIXELS / pixels) ** 0.5


def _render(pdf, n: int, dpi: int, folder: Path) -> tuple[Path, float] | None:
    """Page n as an 8-bit greyscale PGM (uncompressed: cheap to write, tesseract reads it directly) and its pixels per
    point, or None when the page renders blank."""
    page = pdf[n - 1]
    try:
        scale = _scale(*page.get_size(), dpi)
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()
    if image.getextrema()[0] > _BLANK_LEVEL:
        return None
    path = folder / f"p{n}.pgm"
    image.save(path)
    return path, scale


def _tesseract(image: Path, language: str, timeout: int) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    run = subprocess.run(["tesseract", str(image), "stdout", "-l", language, "--psm", "3", "tsv"],
                         capture_output=True, text=True, timeout=timeout, env=env)
    if run.returncode != 0:
        raise UnreadableFile(f"tesseract failed: {run.stderr.strip()[:200]}")
    return run.stdout


def parse_tsv(tsv: str, page: int, scale: float) -> tuple[list[Run], float]:
    """Tesseract TSV -> one run per recognised word (box in PDF points), and the page's mean word confidence."""
    lines: dict[tuple[int, int, int], list[tuple[float, float, float, float, str]]] = {}
    confs: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        conf = float(row.get("conf") or -1)
        if conf >= 0:
            confs.append(conf)
        x, y, w, h = (float(row[k]) for k in ("left", "top", "width", "height"))
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append((x / scale, y / scale, (x + w) / scale, (y + h) / scale, text))
    # one run per word: tesseract may read both columns of a header or footer as one line; the layout stage
    # regroups words into lines and columns by their boxes
    runs = [Run(page, *w) for words in lines.values() for w in words]
    return runs, (sum(confs) / len(confs) if confs else 0.0)


def ocr_pages(data: bytes, numbers: list[int], settings) -> dict[int, tuple[list[Run], float]]:
    if not tesseract_available(settings.ocr_language):
        raise UnreadableFile(f"pages {numbers} need OCR, but tesseract with the '{settings.ocr_language}' language "
                             "is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)")
    import pypdfium2 as pdfium

    workers = settings.ocr_workers or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp, ThreadPoolExecutor(max_workers=workers) as pool:
        pdf = pdfium.PdfDocument(data)
        futures = {}
        try:
            # render page by page and hand each to a tesseract worker at once: rendering overlaps recognition
            for n in numbers:
                rendered = _render(pdf, n, settings.ocr_dpi, Path(tmp))
                if rendered is not None:   # a blank page is left out: nothing to read, not an OCR'd page
                    futures[n] = (pool.submit(_tesseract, rendered[0], settings.ocr_language, 600), rendered[1])
        finally:
            pdf.close()
        return {n: parse_tsv(f.result(), n, scale) for n, (f, scale) in futures.items()}
