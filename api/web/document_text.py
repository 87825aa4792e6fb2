"""What the document view needs beyond the API: the source text that spans point into, and the pages of a PDF.

    GET /documents/{id}/text            the text in reading order (spans are offsets into it), with the PDF page sizes
    GET /documents/{id}/pages/{n}.png   page n of a PDF rendered to PNG (boxes are in PDF points from its top-left)

The store keeps the text each file was read into (corpus.store.get_text); for a document stored before texts were
kept, the text is read again from the file by the same reader the extraction used, and the last few such texts
are kept by `DocumentTexts` (one per app, in `app.state`). pdfium is not thread-safe, so this module's own calls
into it take the instance's lock.
"""
from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from corpus import store
from corpus.records import DocumentInfo

from ..deps import DocumentId, ReadKey, SessionDep, SettingsDep
from ..problems import Problem

router = APIRouter(prefix="/documents", tags=["documents"])
PDF = "application/pdf"
#: How many read texts an app keeps (a re-read of a scanned PDF means OCR again).
CACHED_TEXTS = 8


class PageSizeOut(BaseModel):
    number: int = Field(description="1-based page number")
    width: float = Field(description="in PDF points")
    height: float = Field(description="in PDF points")


class DocumentTextOut(BaseModel):
    document_id: int
    media_type: str
    chars: int = Field(description="length of `text`")
    aligned: bool = Field(description="whether the text has the length the stored spans were computed on")
    text: str = Field(description="the source text in reading order; every span of the result is [start, end) in it")
    pages: list[PageSizeOut] = Field(default_factory=list, description="page sizes of a PDF, for the boxes of spans")


@dataclass(frozen=True)
class ReadText:
    text: str
    pages: tuple[tuple[float, float], ...]


class DocumentTexts:
    """The texts of the last few documents read, by the sha256 of their file; the lock serialises pdfium."""

    def __init__(self, size: int = CACHED_TEXTS):
        self.size = size
        self.pdfium_lock = threading.Lock()
        self._texts: OrderedDict[str, ReadText] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, sha256: str, data: bytes, name: str, max_pages: int, text: str | None = None) -> ReadText:
        """The text of a stored file (`text` when the store has it) and, for a PDF, its page sizes."""
        if text is not None:
            return ReadText(text, self._page_sizes(data))
        with self._lock:
            if sha256 in self._texts:
                self._texts.move_to_end(sha256)
                return self._texts[sha256]
        read = self._read(data, name, max_pages)
        with self._lock:
            self._texts[sha256] = read
            while len(self._texts) > self.size:
                self._texts.popitem(last=False)
        return read

    def _read(self, data: bytes, name: str, max_pages: int) -> ReadText:
        from extractor.read import read_bytes, sniff
        from extractor.read.pdf import PdfSettings

        if sniff(data) != "pdf":
            return ReadText(read_bytes(data, name).text, ())
        with self.pdfium_lock:
            src = read_bytes(data, name, pdf_settings=PdfSettings(max_pages=max_pages))
        return ReadText(src.text, self._page_sizes(data))

    def _page_sizes(self, data: bytes) -> tuple[tuple[float, float], ...]:
        from extractor.read import sniff

        if sniff(data) != "pdf":
            return ()
        import pypdfium2 as pdfium

        with self.pdfium_lock:
            pdf = pdfium.PdfDocument(data)
            try:
                return tuple(tuple(pdf[i].get_size()) for i in range(len(pdf)))
            finally:
                pdf.close()

    def render(self, data: bytes, page: int, scale: float) -> bytes | None:
        """Page `page` (1-based) as PNG, or None when the PDF has no such page."""
        import pypdfium2 as pdfium

        with self.pdfium_lock:
            pdf = pdfium.PdfDocument(data)
            try:
                if not 1 <= page <= len(pdf):
                    return None
                image = pdf[page - 1].render(scale=scale).to_pil()
            finally:
                pdf.close()
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=False)
        return out.getvalue()


def _stored(session: Session, document_id: int) -> tuple[DocumentInfo, bytes]:
    """The document's info and file bytes; 404 when there is no such document, 422 when it was unreadable."""
    info = store.get(session, document_id, counts=False)
    data = store.get_source(session, document_id) if info else None
    if info is None or data is None:
        raise Problem(404, "Not found", f"no document {document_id}", document_id=document_id)
    if info.status != "extracted":
        raise Problem(422, "Unreadable document", info.error or "the file could not be read", document_id=document_id)
    return info, data


def _texts(request: Request) -> DocumentTexts:
    return request.app.state.document_texts


@router.get("/{document_id}/text", response_model=DocumentTextOut, dependencies=[ReadKey],
            responses={404: {"description": "no such document"}, 422: {"description": "stored, but unreadable"}})
def document_text(document_id: DocumentId, session: SessionDep, settings: SettingsDep, request: Request) -> DocumentTextOut:
    """The source text of a document, in reading order: the spans of `GET /documents/{id}` are offsets into it."""
    from extractor.read import UnreadableFile

    info, data = _stored(session, document_id)
    try:
        read = _texts(request).get(info.sha256, data, info.source_name or f"document-{document_id}", settings.max_pages,
                                   store.get_text(session, document_id))
    except UnreadableFile as e:
        raise Problem(422, "Unreadable document", str(e), document_id=document_id) from None
    return DocumentTextOut(document_id=document_id, media_type=info.media_type, chars=len(read.text),
                           aligned=len(read.text) == info.chars, text=read.text,
                           pages=[PageSizeOut(number=i + 1, width=w, height=h) for i, (w, h) in enumerate(read.pages)])


@router.get("/{document_id}/pages/{page}.png", dependencies=[ReadKey], response_class=Response,
            responses={200: {"content": {"image/png": {}}, "description": "the page as a PNG image"},
                       404: {"description": "no such document or page, or not a PDF"}})
def page_image(document_id: DocumentId, page: Annotated[int, Path(ge=1, le=100_000, description="1-based page number")],
               session: SessionDep, request: Request,
               scale: Annotated[float, Query(ge=0.25, le=4.0, description="pixels per PDF point")] = 1.5) -> Response:
    """Page `page` (1-based) of a PDF document rendered to PNG, `scale` pixels per PDF point."""
    info, data = _stored(session, document_id)
    if info.media_type != PDF:
        raise Problem(404, "Not found", f"document {document_id} is not a PDF", document_id=document_id, media_type=info.media_type)
    png = _texts(request).render(data, page, scale)
    if png is None:
        raise Problem(404, "Not found", f"document {document_id} has no page {page}", document_id=document_id, page=page)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})
