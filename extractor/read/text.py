"""Plain-text and Markdown plans.

`read_text_bytes(data, name)` decodes by content: a UTF-8/UTF-16 byte-order mark, else
UTF-8, else single-byte legacy Vietnamese (TCVN3/VNI as Windows-1252 bytes, then
Windows-1258); text in a legacy encoding is converted to Unicode (legacy.py).
"""
from __future__ import annotations

from pathlib import Path

from .legacy import repair
from .source import SourceText, UnreadableFile



def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KiB (UTF-16 text with a BOM is text)."""
    sample = data[:8192]
    if not sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return control > len(sample) // 20


def decode_text(data: bytes) -> tuple[str, str | None]:
    """(text, legacy encoding converted from or None)."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # a single-byte file: TCVN3/VNI stored as Windows-1252 bytes, or Windows-1258
            latin = data.decode("cp1252", errors="replace")
            fixed = repair(latin)
            if fixed.encoding:
                return fixed.text, fixed.encoding
            return data.decode("cp1258", errors="replace"), None
    fixed = repair(text)
    return fixed.text, fixed.encoding


def read_text_bytes(data: bytes, name: str = "<upload>") -> SourceText:
    """Plain text or Markdown: decoded by content, legacy Vietnamese encodings converted."""
    if looks_binary(data):
        raise UnreadableFile(f"{name}: looks like a binary file, not text")
    media = "text/markdown" if name.lower().endswith((".md", ".markdown")) else "text/plain"
    text, encoding = decode_text(data)
    return SourceText(text, media, data, legacy_encoding=encoding)
