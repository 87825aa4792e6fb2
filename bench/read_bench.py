"""Benchmark: reading PDFs (`kehoach bench read`).

Makes the plan-like PDFs and their image-only copies from the sample corpus (tests/fixturegen.py), then prints:
- text-layer PDFs: pages per second for raw pypdfium2 text, raw pdfplumber text, and kehoach's whole path
  (file in, result out: reading order, tables, extraction), on one core;
- scanned PDFs: seconds per page for raw tesseract (one process, one page at a time, OMP_THREAD_LIMIT=1) and for
  kehoach's OCR path (rendering, tesseract on every core, layout, extraction), and their ratio per core.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fixtures(out: Path, dpi: int, scans: int):
    sys.path.insert(0, str(ROOT))
    from tests.fixturegen import make_pdf, make_raster_pdf, plan_parts

    seeds = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
    pdfs, scanned = [], []
    for k, seed in enumerate(seeds):
        pdf = make_pdf(plan_parts(seed.read_text(encoding="utf-8")))
        (out / f"{seed.stem}.pdf").write_bytes(pdf)
        pdfs.append(out / f"{seed.stem}.pdf")
        if k < scans:
            (out / f"{seed.stem}.scan.pdf").write_bytes(make_raster_pdf(pdf, dpi))
            scanned.append(out / f"{seed.stem}.scan.pdf")
    return pdfs, scanned


def _pages(files) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(f.read_bytes())) for f in files)


def _time(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run(repeat: int = 5, dpi: int = 300, scans: int = 2) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from extractor.pipeline import Extractor
    from extractor.read import read_bytes, read_file

    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        pdfs, scanned = _fixtures(Path(tmp), dpi, scans)
        pages = _pages(pdfs)
        datas = [f.read_bytes() for f in pdfs]

        def raw_pdfium():
            for d in datas:
                doc = pdfium.PdfDocument(d)
                for i in range(len(doc)):
                    tp = doc[i].get_textpage()
                    tp.get_text_range()

        def raw_plumber():
            for d in datas:
                with pdfplumber.open(io.BytesIO(d)) as doc:
                    for p in doc.pages:
                        p.extract_text()

        ex = Extractor()

        def ours():
            for f in pdfs:
                ex.extract_source(read_file(f), f.name)

        ours()  # warm up
        print(f"text-layer PDFs: {len(pdfs)} files, {pages} pages (best of {repeat} runs, one core)")
        for label, fn, n in (("raw pypdfium2 text", raw_pdfium, repeat), ("raw pdfplumber text", raw_plumber, 1),
                             ("kehoach file -> result", ours, repeat)):
            s = _time(fn, n)
            print(f"  {label:26} {pages / s:8.1f} pages/s")
        if not scanned:
            return
        import shutil

        if not shutil.which("tesseract"):
            print("scanned PDFs: tesseract is not installed; skipped")
            return
        spages = _pages(scanned)
        cores = os.cpu_count() or 1
        with tempfile.TemporaryDirectory(prefix="kehoach-ocr-bench-") as imgdir:
            images = []
            per_file: list[list[Path]] = []
            for f in scanned:
                doc = pdfium.PdfDocument(f.read_bytes())
                per_file.append([])
                for i in range(len(doc)):
                    path = Path(imgdir) / f"{f.stem}-{i}.pgm"
                    doc[i].render(scale=dpi / 72, grayscale=True).to_pil().save(path)
                    images.append(path)
                    per_file[-1].append(path)
            env = dict(os.environ, OMP_THREAD_LIMIT="1")

            def tess(img: Path) -> None:
                subprocess.run(["tesseract", str(img), "stdout", "-l", "vie", "--psm", "3", "tsv"], capture_output=True,
                               env=env, check=True)

            t = time.perf_counter()
            for img in images:
                tess(img)
            raw = (time.perf_counter() - t) / len(images)
            from concurrent.futures import ThreadPoolExecutor

            # every core, one file at a time (as a service reads one upload): the same grouping as kehoach's path
            t = time.perf_counter()
            for group in per_file:
                with ThreadPoolExecutor(max_workers=cores) as pool:
                    list(pool.map(tess, group))
            raw_parallel = (time.perf_counter() - t) / len(images)
        t = time.perf_counter()
        for f in scanned:
            ex.extract_source(read_bytes(f.read_bytes(), f.name), f.name)
        wall = (time.perf_counter() - t) / spages
        print(f"scanned PDFs: {len(scanned)} files, {spages} pages at {dpi} dpi, {cores} cores")
        print(f"  raw tesseract, one page at a time   {raw:6.2f} s/page")
        print(f"  raw tesseract, every core, per file {raw_parallel:6.2f} s/page wall")
        print(f"  kehoach OCR path, every core        {wall:6.2f} s/page wall (rendering, OCR, layout, extraction)")
        print(f"  kehoach / raw tesseract, every core {wall / raw_parallel:6.2f}x")
        print(f"  kehoach per core / raw single       {wall * cores / raw:6.2f}x (includes the cores' mutual slowdown)")
