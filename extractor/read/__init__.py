"""Stage 0: read a plan file (or uploaded bytes) into text, by content rather than by file name.

`read_file(path)` and `read_bytes(data, name)` return a `SourceText`; files that
cannot be read raise `UnreadableFile` with a message that says why.
"""
from __future__ import annotations

from .source import SourceText, UnreadableFile
from .text import MAX_BYTES, read_bytes, read_file

__all__ = ["MAX_BYTES", "SourceText", "UnreadableFile", "read_bytes", "read_file"]
