"""Word documents: .docx through python-docx; .doc converted with LibreOffice when it is installed.

`read_docx(data, name)` reads paragraphs and tables in body order, each numbered paragraph with the label Word
prints before it from its list definition ("1.", "a)", "-"; docx_numbering.py). A task table
(its header names a lead or partner column) becomes "| ... |" rows; any other table
(the two-column header and footer of a plan) is read cell by cell, left column first.
"""
from __future__ import annotations

import fcntl
import io
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from .. import patterns as P
from .docx_numbering import ListNumbering
from .source import SourceText, UnreadableFile

DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC_MEDIA = "application/msword"
_SOFFICE_LOCK = threading.Lock()


def _cell_text(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


#: The most a DOCX's parts may inflate to, all together: a plan is a few megabytes of XML; more is a zip bomb.
MAX_DOCX_INFLATED = 256 * 1024 * 1024


def _check_inflated_size(data: bytes, name: str) -> None:
    """Refuse a DOCX whose parts would inflate beyond MAX_DOCX_INFLATED (zipfile stops reading a part at the size its
    header declares, so the declared sizes are what reading it could cost)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            inflated = sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile:
        return  # python-docx says what is wrong with it
    if inflated > MAX_DOCX_INFLATED:
        raise UnreadableFile(f"{name}: its parts would inflate to {inflated / 2**20:,.0f} MiB, more than the "
                             f"{MAX_DOCX_INFLATED // 2**20} MiB a DOCX plan may have (a zip bomb?)")


def read_docx(data: bytes, name: str) -> SourceText:
    _check_inflated_size(data, name)
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several types for broken packages
        raise UnreadableFile(f"{name}: is not a readable DOCX file ({type(e).__name__})") from None
    lines: list[str] = []
    numbering = ListNumbering(doc)
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, doc).text
            label = numbering.label(child)
            lines.append(f"{label} {text.lstrip()}" if label and text.strip() else text)
        elif tag == "tbl":
            table = Table(child, doc)
            rows = [[" ".join(" ".join(_cell_text(c)).split()) for c in row.cells] for row in table.rows]
            if rows and P.TASK_TABLE_HEADER.search(" ".join(rows[0])):
                lines += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                columns = max((len(r.cells) for r in table.rows), default=0)
                for col in range(columns):
                    for row in table.rows:
                        if col < len(row.cells):
                            lines += _cell_text(row.cells[col])
                lines.append("")
    return SourceText("\n".join(lines), DOCX_MEDIA, data)


def read_doc(data: bytes, name: str) -> SourceText:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise UnreadableFile(f"{name}: is a legacy Word (.doc) file; reading it needs LibreOffice (soffice), which is not "
                             "installed (Debian: apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as tmp:
        src = Path(tmp) / "in.doc"
        src.write_bytes(data)
        # one LibreOffice profile per user, kept between runs (making one takes seconds), used by one conversion at a
        # time: a second instance on the same profile would hand its work to the first or refuse it
        profile = Path(tempfile.gettempdir()) / f"kehoach-lo-{os.getuid()}"
        with _SOFFICE_LOCK, open(f"{profile}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            run = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                                  "--convert-to", "docx", "--outdir", tmp, str(src)],
                                 capture_output=True, text=True, timeout=300)
        out = Path(tmp) / "in.docx"
        if run.returncode != 0 or not out.exists():
            raise UnreadableFile(f"{name}: LibreOffice could not convert this .doc file ({run.stderr.strip()[:200]})")
        converted = read_docx(out.read_bytes(), name)
    return SourceText(converted.text, DOC_MEDIA, data)
