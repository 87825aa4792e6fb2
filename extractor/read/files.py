"""Read a file or uploaded bytes by what the content is, not by the file name.

`read_file(path)` and `read_bytes(data, name)` sniff the bytes: PDF ("%PDF"), DOCX (a ZIP
package with word/document.xml), legacy .doc (an OLE compound file), PNG/JPEG/TIFF images (OCR),
other ZIP packages (refused), and text. Size and page limits give clear errors.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .source import SourceText, UnreadableFile

MAX_BYTES = 50 * 1024 * 1024

#: Formats recognised only to refuse them with a clear message.
_REFUSED = {b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive", b"Rar!": "a RAR archive",
            b"7z\xbc\xaf": "a 7-Zip archive"}
#: Photos and scans, read by OCR page by page (every frame of a TIFF).
_IMAGES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"II*\x00": "tiff", b"MM\x00*": "tiff"}


def sniff(data: bytes) -> str:
    """"pdf", "docx", "doc", "zip", "image:png|jpeg|tiff", "refused:<what>", or "text"."""
    head = data[:1024]
    if b"%PDF-" in head[:1024] and head.lstrip()[:5] == b"%PDF-" or head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    for magic, what in _IMAGES.items():
        if head.startswith(magic):
            return "image:" + what
    for magic, what in _REFUSED.items():
        if head.startswith(magic):
            return "refused:" + what
    return "text"


def read_bytes(data: bytes, name: str = "<upload>", *, pdf_settings=None) -> SourceText:
    if not data:
        raise UnreadableFile(f"{name}: is empty")
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"{name}: {len(data)} bytes is over the {MAX_BYTES} byte limit")
    kind = sniff(data)
    if kind == "pdf":
        from .pdf import PdfSettings, read_pdf

        return read_pdf(data, name, pdf_settings or PdfSettings())
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    if kind == "doc":
        from .docx import read_doc

        return read_doc(data, name)
    if kind.startswith("image:"):
        from .image import read_image

        return read_image(data, name, kind.split(":", 1)[1], pdf_settings)
    if kind == "zip":
        raise UnreadableFile(f"{name}: is a ZIP archive, not a DOCX document")
    if kind.startswith("refused:"):
        raise UnreadableFile(f"{name}: is {kind.split(':', 1)[1]}; send the plan as PDF, DOCX, DOC or text")
    from .text import read_text_bytes

    return read_text_bytes(data, name)


def read_file(path: Path, *, pdf_settings=None) -> SourceText:
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
    return read_bytes(data, str(path), pdf_settings=pdf_settings)
