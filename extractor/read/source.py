"""What a reader gives the pipeline: the text, and where it came from."""
from __future__ import annotations

from dataclasses import dataclass, field


class UnreadableFile(Exception):
    """The file cannot be read as a plan; the message says why."""


@dataclass(frozen=True)
class SourceText:
    text: str
    media_type: str                     # "text/plain", "text/markdown", "application/pdf", ...
    data: bytes = field(repr=False)     # the file as received (for storage and hashing)
    pages: int | None = None
