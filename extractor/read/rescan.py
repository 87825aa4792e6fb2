"""A second look at a scanned page: the lines tesseract's page layout left out or could hardly read, read again.

Tesseract's page segmentation (psm 3) now and then takes a short line standing alone (the signer's name under the
signature space, a heading) for a picture and drops it, or reads a line with little confidence ("II." for "III.").
`rescan(image, tsv, read_block)` finds, on the page image,

- the ink no recognised word covers, cut into text-sized line pieces (ruled lines of tables, stamps, signatures and
  photos are too long, too tall or too large to be a line of text and are left out), and
- the lines whose words tesseract read with little confidence,

stacks them into one small image and has it read as one block (`read_block`, psm 6): one more tesseract run, on a
small image, for a page that needs it, none for a page that does not. A piece left out is kept when it reads with
confidence and as Vietnamese text, no mojibake or impossible syllable (so a signature's scribble or a
chemical formula in a table adds nothing); a doubtful line is replaced when it reads better. Returns the
page's TSV with these words in page pixels.
"""
from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .quality import measure

#: Darker than this (0 black .. 255 white) is ink.
_INK = 160
#: A word read with less confidence than this makes its line doubtful.
_DOUBTFUL = 40
#: A piece left out is kept when its words' mean confidence reaches this.
_KEEP = 70
#: More pieces than this on one page: noise, not lines a layout left out (the page is kept as the first pass read it).
_MAX_PIECES = 40
_COLUMNS = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
            "conf", "text"]


@dataclass(frozen=True)
class _Piece:
    x0: int
    y0: int
    x1: int
    y1: int
    line: tuple[int, int, int] | None = None   # the first pass's line it reads again, or None for ink left out


def _rows(tsv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))


def _words(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [r for r in rows if r.get("level") == "5" and (r.get("text") or "").strip()]


def _box(r: dict[str, str]) -> tuple[int, int, int, int]:
    x, y, w, h = (int(float(r[k])) for k in ("left", "top", "width", "height"))
    return x, y, x + w, y + h


def _long_runs(ink, length: int, axis: int):
    """The ink that belongs to a straight run of at least `length` pixels along `axis` (a ruled line)."""
    import numpy as np

    a = ink if axis == 0 else ink.T
    n = a.shape[0]
    if n <= length:
        return np.zeros_like(ink)
    c = np.zeros((n + 1, a.shape[1]), dtype=np.int32)
    np.cumsum(a, axis=0, dtype=np.int32, out=c[1:])
    full = (c[length:] - c[:-length]) == length          # windows [s, s + length) all ink
    f = np.zeros((full.shape[0] + 1, a.shape[1]), dtype=np.int32)
    np.cumsum(full, axis=0, dtype=np.int32, out=f[1:])
    i = np.arange(n)
    covered = (f[np.minimum(i, n - length) + 1] - f[np.maximum(i - length + 1, 0)]) > 0
    return covered if axis == 0 else covered.T


def _left_out(ink, words: list[dict[str, str]], h: int, step: int = 1) -> list[_Piece]:
    """Text-sized pieces of ink that no recognised word covers, looked for on every `step`-th pixel (strokes are
    thicker than that at scanning resolutions): boxes in full pixels."""
    import numpy as np

    ink = ink[::step, ::step].copy()
    h = max(4, h // step)
    ink &= ~_long_runs(ink, 3 * h, 0) & ~_long_runs(ink, 6 * h, 1)       # table rules, frames, underlines
    pad = max(2, h // 3)
    for r in words:
        x0, y0, x1, y1 = (v // step for v in _box(r))
        ink[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad] = False
    rows = ink.sum(axis=1) >= 2
    pieces: list[_Piece] = []
    y, height, width = 0, ink.shape[0], ink.shape[1]
    while y < height:
        if not rows[y]:
            y += 1
            continue
        start, gap = y, 0
        while y < height and gap <= max(1, h // 6):
            gap = 0 if rows[y] else gap + 1
            y += 1
        end = y - gap
        if 0.5 * h <= end - start <= 2.5 * h:
            cols = np.flatnonzero(ink[start:end].any(axis=0))
            if cols.size:
                # the band cut where a gap wider than 1.5 line heights stands (two columns, a word and a stamp apart)
                cuts = np.flatnonzero(np.diff(cols) > 1.5 * h)
                for a, b in zip(np.r_[0, cuts + 1], np.r_[cuts, cols.size - 1]):
                    x0, x1 = int(cols[a]), int(cols[b]) + 1
                    area = ink[start:end, x0:x1]
                    if x1 - x0 >= 0.8 * h and x0 > 2 and x1 < width - 2 and 0.04 <= area.mean() <= 0.6:
                        pieces.append(_Piece(x0 * step, start * step, x1 * step, end * step))
        if len(pieces) > _MAX_PIECES:
            return []
    return pieces


def _doubtful(words: list[dict[str, str]]) -> list[_Piece]:
    """Lines with a word read with little confidence ("II." for "III.")."""
    lines: dict[tuple[int, int, int], list[dict[str, str]]] = {}
    for r in words:
        lines.setdefault((int(r["block_num"]), int(r["par_num"]), int(r["line_num"])), []).append(r)
    out = []
    for key, ws in lines.items():
        if min(float(r["conf"]) for r in ws) < _DOUBTFUL:
            boxes = [_box(r) for r in ws]
            out.append(_Piece(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                              max(b[3] for b in boxes), key))
    return out


def rescan(image: Path, tsv: str, read_block: Callable[[Path], str]) -> str:
    import numpy as np
    from PIL import Image

    rows = _rows(tsv)
    words = _words(rows)
    with Image.open(image) as im:
        grey = im.convert("L")
    heights = sorted(_box(r)[3] - _box(r)[1] for r in words)
    h = heights[len(heights) // 2] if heights else max(12, grey.height // 80)
    ink = np.asarray(grey) < _INK
    pieces = _doubtful(words) + _left_out(ink, words, h, step=2)
    if not pieces or len(pieces) > _MAX_PIECES:
        return tsv
    # the pieces one under the other, a line height of white around each
    margin = h
    width = max(p.x1 - p.x0 for p in pieces) + 2 * margin
    offsets, y = [], margin
    for p in pieces:
        offsets.append(y)
        y += (p.y1 - p.y0) + 2 * margin
    sheet = Image.new("L", (width, y), 255)
    for p, oy in zip(pieces, offsets):
        sheet.paste(grey.crop((p.x0, p.y0, p.x1, p.y1)), (margin, oy))
    with tempfile.TemporaryDirectory(prefix="kehoach-rescan-") as tmp:
        path = Path(tmp) / "lines.pgm"
        sheet.save(path)
        second = _words(_rows(read_block(path)))
    found: dict[int, list[dict[str, str]]] = {}
    for r in second:
        if float(r["conf"]) < 50 and sum(c.isalnum() for c in r["text"]) <= 1:
            continue             # a speck, or a piece of a neighbouring line's letter at the edge of the cut
        x0, y0, x1, y1 = _box(r)
        cy = (y0 + y1) / 2
        k = next((i for i, (p, oy) in enumerate(zip(pieces, offsets)) if oy - margin <= cy < oy + p.y1 - p.y0 + margin),
                 None)
        if k is None:
            continue
        p, oy = pieces[k], offsets[k]
        dx, dy = p.x0 - margin, p.y0 - oy
        found.setdefault(k, []).append(dict(r, left=str(x0 + dx), top=str(y0 + dy)))
    replaced: set[tuple[int, int, int]] = set()
    added: list[dict[str, str]] = []
    for k, ws in found.items():
        p = pieces[k]
        conf = sum(float(r["conf"]) for r in ws) / len(ws)
        if p.line is None:
            ws = [r for r in ws if float(r["conf"]) >= 50]      # a line left out is taken word by word: no junk
            conf = sum(float(r["conf"]) for r in ws) / len(ws) if ws else 0.0
            q = measure(" ".join(r["text"] for r in ws))
            # what the page layout left out may be a drawing, a formula, a seal: taken only when it reads as text
            if conf >= _KEEP and any(sum(c.isalnum() for c in r["text"]) >= 2 for r in ws) \
                    and not q.mojibake and not q.invalid:
                added += [dict(r, block_num=str(10000 + k), par_num="1", line_num="1") for r in ws]
        else:
            before = [r for r in words if (int(r["block_num"]), int(r["par_num"]), int(r["line_num"])) == p.line]
            # a line read alone is read at least as well as within the page: it replaces the first reading unless
            # it loses words or reads with clearly less confidence
            was, now = (measure(" ".join(r["text"] for r in x)) for x in (before, ws))
            if conf > sum(float(r["conf"]) for r in before) / len(before) - 5 and len(ws) >= len(before) \
                    and (now.mojibake, now.invalid) <= (was.mojibake, was.invalid):
                replaced.add(p.line)
                added += [dict(r, block_num=str(10000 + k), par_num="1", line_num="1") for r in ws]
    if not added:
        return tsv
    keep = [r for r in rows if (int(r["block_num"]), int(r["par_num"]), int(r["line_num"])) not in replaced
            or r.get("level") != "5"]
    lines = ["\t".join(_COLUMNS)] + ["\t".join(str(r.get(c) or "") for c in _COLUMNS) for r in keep + added]
    return "\n".join(lines) + "\n"
