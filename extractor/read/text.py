"""Reading a plain-text or Markdown plan.

`read_file(path)` / `read_bytes(data, name)` decode by content: a UTF-8/UTF-16 byte-order mark, else
UTF-8, else Windows-1258 (the legacy Vietnamese code page). Binary files and
types not handled yet (PDF, DOCX) get a clear `UnreadableFile` error.
"""
from __future__ import annotations

from pathlib import Path

from .source import SourceText, UnreadableFile

#: Magic numbers of formats this reader does not take (PDF and Office come with the document-reading stage).
_MAGIC = {b"%PDF": "a PDF", b"PK\x03\x04": "a ZIP/Office (DOCX) file", b"\xd0\xcf\x11\xe0": "a legacy Office (DOC) file",
          b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image"}
MAX_BYTES = 50 * 1024 * 1024


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KiB (UTF-16 text with a BOM is text)."""
    sample = data[:8192]
    if not sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return control > len(sample) // 20


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def read_file(path: Path) -> SourceText:
    path = Path(path)
    try:
        if path.is_dir():
            raise UnreadableFile(f"{path}: is a directory")
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read ({e.strerror})") from None
    if size > MAX_BYTES:
        raise UnreadableFile(f"{path}: {size} bytes is over the {MAX_BYTES} byte limit")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise UnreadableFile(f"{path}: permission denied") from None
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read ({e.strerror})") from None
    return read_bytes(data, str(path))


def read_bytes(data: bytes, name: str = "<upload>") -> SourceText:
    """Read uploaded or file bytes; `name` is only used in messages and for the Markdown media type."""
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"{name}: {len(data)} bytes is over the {MAX_BYTES} byte limit")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableFile(f"{name}: is {what}; only plain text and Markdown are read by this version")
    if looks_binary(data):
        raise UnreadableFile(f"{name}: looks like a binary file, not text")
    media = "text/markdown" if name.lower().endswith((".md", ".markdown")) else "text/plain"
    return SourceText(decode_text(data), media, data)
