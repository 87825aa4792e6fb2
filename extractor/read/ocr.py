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
import re
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


def _read_page(image: Path, language: str, timeout: int) -> str:
    """One page: tesseract's page layout (psm 3), then a second look at what it left out or could hardly read
    (rescan.py): the TSV of both, the second pass's words in page pixels."""
    from .rescan import rescan

    first = _tesseract(image, language, timeout)
    return rescan(image, first, lambda path: _tesseract_block(path, language, timeout))


def _tesseract_block(image: Path, language: str, timeout: int) -> str:
    """Lines cut out of a page and stacked (rescan.py), read as one uniform block of text (psm 6)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    run = subprocess.run(["tesseract", str(image), "stdout", "-l", language, "--psm", "6", "tsv"],
                         capture_output=True, text=True, timeout=timeout, env=env)
    if run.returncode != 0:
        raise UnreadableFile(f"tesseract failed: {run.stderr.strip()[:200]}")
    return run.stdout


#: Tesseract's Vietnamese model reads the capital Đ now and then as the Icelandic Ð (no Vietnamese letter), often beside
#: the Đ it read too ("QĐÐ/TW" for "QĐ/TW", "ĐÐK" for "ĐK"): a run of them holding an Ð is one Đ.
_ETH = re.compile(r"[ĐÐ]*Ð[ĐÐ]*")


#: A word tesseract reads with less confidence than this (0..100) is noise it took for letters: a dotted leader
#: ("......ố..ố.Ố..."), a speck, a scribbled signature, a seal's rim; it is left out of the text.
_NOISE_CONF = 10


def _clean_word(text: str) -> str:
    return _ETH.sub("Đ", text) if "Ð" in text else text


def parse_tsv(tsv: str, page: int, scale: float) -> tuple[list[Run], float]:
    """Tesseract TSV -> one run per recognised word (box in PDF points), and the page's mean word confidence."""
    lines: dict[tuple[int, int, int], list[tuple[float, float, float, float, str]]] = {}
    confs: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = _clean_word((row.get("text") or "").strip())
        if row.get("level") != "5" or not text:
            continue
        conf = float(row.get("conf") or -1)
        if 0 <= conf < _NOISE_CONF:
            continue
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
        try:
            pdf.init_forms()   # form fields drawn too (the number and day stamped at signing are widgets)
        except Exception:  # pragma: no cover - a PDF whose form cannot be set up is rendered without it
            pass
        futures = {}
        try:
            # render page by page and hand each to a tesseract worker at once: rendering overlaps recognition
            for n in numbers:
                rendered = _render(pdf, n, settings.ocr_dpi, Path(tmp))
                if rendered is not None:   # a blank page is left out: nothing to read, not an OCR'd page
                    futures[n] = (pool.submit(_read_page, rendered[0], settings.ocr_language, 600), rendered[1])
        finally:
            pdf.close()
        return {n: parse_tsv(f.result(), n, scale) for n, (f, scale) in futures.items()}


def ocr_images(data: bytes, name: str, settings) -> tuple[list[tuple[int, float, float, list[Run], float]], int]:
    """A PNG, JPEG, TIFF (every frame), BMP or WebP photo or scan, read page by page: ([(page, width, height, runs,
    confidence) for each page with something on it], number of pages). Width, height and boxes are in points at the
    image's own resolution (300 dpi when it does not say)."""
    if not tesseract_available(settings.ocr_language):
        raise UnreadableFile(f"{name}: an image is read by OCR, but tesseract with the '{settings.ocr_language}' "
                             "language is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)")
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = _MAX_PIXELS * 4      # a decompression bomb is refused by Pillow, not inflated
    workers = settings.ocr_workers or os.cpu_count() or 1
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > Image.MAX_IMAGE_PIXELS:
            raise UnreadableFile(f"{name}: the image is too large ({image.width} x {image.height} pixels)")
        image.load()
    except Image.DecompressionBombError:
        raise UnreadableFile(f"{name}: the image is too large to read") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        what = "broken or truncated" if not isinstance(e, UnidentifiedImageError) else "not an image Pillow can open"
        raise UnreadableFile(f"{name}: is not a readable image ({what})") from None
    pages: list[tuple[int, float, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp, ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {}
        count = 0
        for k, frame in enumerate(ImageSequence.Iterator(image)):
            if k >= settings.max_pages:
                raise UnreadableFile(f"{name}: more than {settings.max_pages} pages")
            count += 1
            dpi = frame.info.get("dpi") or image.info.get("dpi") or (300, 300)
            try:
                dpi = float(dpi[0]) if float(dpi[0]) >= 50 else 300.0
            except (TypeError, ValueError, IndexError):
                dpi = 300.0
            grey = frame.convert("L")
            if grey.width * grey.height > _MAX_PIXELS:
                f = (_MAX_PIXELS / (grey.width * grey.height)) ** 0.5
                grey = grey.resize((max(1, int(grey.width * f)), max(1, int(grey.height * f))))
                dpi *= f
            scale = dpi / 72
            if grey.getextrema()[0] > _BLANK_LEVEL:
                continue
            path = Path(tmp) / f"p{k + 1}.pgm"
            grey.save(path)
            pages.append((k + 1, grey.width / scale, grey.height / scale, scale))
            futures[k + 1] = pool.submit(_read_page, path, settings.ocr_language, 600)
        out = []
        for number, width, height, scale in pages:
            runs, conf = parse_tsv(futures[number].result(), number, scale)
            out.append((number, width, height, runs, conf))
    return out, count

