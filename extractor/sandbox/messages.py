"""What the parent and the child say to each other over their socket (pickled, one message a frame).

parent -> child: Limits (once, first), then a Job per document.
child -> parent: Ready (once, after warm-up) or Failed (could not start), then a Done or a Failed per Job.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.result import PlanResult

from ..read.source import SourceText


@dataclass(frozen=True)
class Job:
    data: bytes
    name: str                   # for the reader's messages ("plan.pdf: is an encrypted PDF")
    source_name: str            # stored in the result
    pdf_settings: object        # extractor.read.pdf.PdfSettings or None


@dataclass(frozen=True)
class Ready:
    pid: int
    seconds: float              # start-up in the child: imports, pipeline, warm-up
    baseline_bytes: int         # address space after warm-up
    limit_bytes: int            # the RLIMIT_AS set


@dataclass(frozen=True)
class Done:
    source: SourceText          # with data=b"" when it is the job's own bytes (the parent has them)
    result: PlanResult
    seconds: float
    cpu_seconds: float
    peak_rss_bytes: int


@dataclass(frozen=True)
class Failed:
    reason: str
    detail: str
    fatal: bool = False         # the child exits after sending it (its memory is suspect): the parent starts another
