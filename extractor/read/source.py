"""What a reader gives the pipeline: the text, and where each piece of it came from."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


class UnreadableFile(Exception):
    """The file cannot be read as a plan; the message says why."""


@dataclass(frozen=True)
class PageRead:
    """How one page was read: `path` is "text" (its text layer), "legacy:<encoding>" (a legacy-font text layer
    converted), "ocr" or "blank"/"unreadable" (nothing read; `reason` says why); `quality` is the share of valid
    Vietnamese in what was read (quality.py), None for a page with nothing read."""
    page: int
    path: str
    quality: float | None
    reason: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class SourceText:
    text: str
    media_type: str                     # "text/plain", "text/markdown", "application/pdf", DOCX ...
    data: bytes = field(repr=False)     # the file as received (for storage and hashing)
    pages: int | None = None
    #: (start, end, page, box) for PDF text: box = (x0, top, x1, bottom) in PDF points, top-left origin
    segments: tuple = ()
    ocr_pages: tuple[int, ...] = ()
    ocr_confidence: dict = field(default_factory=dict)   # page -> mean word confidence (0-100)
    legacy_encoding: str | None = None  # "tcvn3", "vni" ... when the text was converted
    page_reads: tuple = ()              # PageRead per page (PDFs and images)

    def locate(self, start: int, end: int) -> tuple[int | None, tuple[float, float, float, float] | None]:
        """Page and box of text[start:end] (the union of the boxes on its first page), or (None, None)."""
        if not self.segments:
            return None, None
        starts = [s.start for s in self.segments]
        i = max(0, bisect_right(starts, start) - 1)
        page = None
        box = None
        while i < len(self.segments) and self.segments[i].start < max(end, start + 1):
            seg = self.segments[i]
            if seg.end > start:
                if page is None:
                    page = seg.page
                if seg.page == page:
                    b = seg.box
                    box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3]))
            i += 1
        return page, box
