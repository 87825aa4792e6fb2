"""Stage 0: read a plan file (or uploaded bytes) into text, by content rather than by file name.

`read_file(path)` and `read_bytes(data, name)` return a `SourceText` (text in reading
order, with the page and box of every piece for PDFs); files that cannot be read raise
`UnreadableFile` with a message that says why. Plain text and Markdown (text.py), PDF with
a text layer or scanned (pdf.py, layout.py, ocr.py), DOCX and DOC (docx.py); legacy
Vietnamese encodings are converted on the way (legacy.py).
"""
from __future__ import annotations

from .files import MAX_BYTES, read_bytes, read_file, sniff
from .source import SourceText, UnreadableFile

__all__ = ["MAX_BYTES", "SourceText", "UnreadableFile", "read_bytes", "read_file", "sniff"]
