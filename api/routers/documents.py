"""/documents: upload (202 + job), list, read the full result, the source file, delete, re-extract."""
from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile, status

from corpus import catalog, store
from corpus import validity as V
from corpus.queue import QueueUnavailable
from extractor.read import sniff
from extractor.read.text import looks_binary

from ..deps import DocumentId, IsoDate, JobsDep, Offset, ReadKey, SessionDep, SettingsDep, WriteKey, Year
from ..headers import content_disposition
from ..problems import Problem
from ..schemas import DocumentOut, DocumentResultOut, JobOut, Page, UploadAccepted, ValidityFields, VersionOut

router = APIRouter(prefix="/documents", tags=["documents"])

#: Declared media types -> the kind the content must be.
DECLARED = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc",
    "text/plain": "text", "text/markdown": "text", "text/x-markdown": "text",
}
ACCEPTED = "PDF, DOCX, DOC, TXT or MD"


def _kind(data: bytes) -> str:
    kind = sniff(data)
    if kind == "text" and looks_binary(data):
        return "binary"
    return kind


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=UploadAccepted, dependencies=[WriteKey],
             responses={200: {"model": UploadAccepted, "description": "the same file is already stored"},
                        413: {"description": "too large"}, 415: {"description": "unsupported type"},
                        503: {"description": "the job queue (Celery broker) cannot be reached"},
                        422: {"description": "content does not match the declared type"}})
async def upload(file: Annotated[UploadFile, File(description=f"the plan ({ACCEPTED})")], settings: SettingsDep,
                 jobs: JobsDep, session: SessionDep, response: Response) -> UploadAccepted:
    """Store the upload and extract it in the background; poll `GET /jobs/{id}`."""
    data = await file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise Problem(413, "Upload too large", f"the limit is {settings.max_upload_bytes} bytes", limit_bytes=settings.max_upload_bytes)
    if not data:
        raise Problem(422, "Empty upload", "the file has no content")
    kind = _kind(data)
    if kind not in ("pdf", "docx", "doc", "text"):
        raise Problem(415, "Unsupported file type", f"{file.filename}: not a {ACCEPTED} file (detected: {kind})")
    declared = (file.content_type or "").split(";")[0].strip().lower()
    if declared in DECLARED and DECLARED[declared] != kind:
        raise Problem(422, "Content does not match its type", f"declared {declared}, but the content is {kind}")
    existing = store.find_by_sha(session, hashlib.sha256(data).hexdigest())
    if existing is not None and existing.status == "extracted":
        response.status_code = status.HTTP_200_OK
        return UploadAccepted(job=JobOut.existing(existing.id, file.filename or ""), existing_document_id=existing.id)
    try:
        job = jobs.submit(data, file.filename or "upload")
    except QueueUnavailable as e:
        raise Problem(503, "Job queue unavailable", str(e)) from None
    return UploadAccepted(job=JobOut.model_validate(job))


@router.get("", response_model=Page[DocumentOut], dependencies=[ReadKey])
def list_documents(session: SessionDep, province: str | None = None, merged: bool = False,
                   type: Annotated[str | None, Query(description="type code: KH, QĐ, CT ...")] = None,
                   year: Year = None, issuer: str | None = None,
                   q: Annotated[str | None, Query(description="text search (diacritics ignored)")] = None,
                   warned: Annotated[bool | None, Query(description="true: only documents with warnings; false: only without")] = None,
                   all_versions: Annotated[bool, Query(description="every stored row; by default a document stored several "
                                                                   "times is listed once, as its current version")] = False,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: Offset = 0):
    """Stored plans, newest first, with filters; `{data, count}` with `limit`/`offset` paging."""
    items, count = catalog.list_documents(session, province=province, merged=merged, doc_type=type, year=year, issuer=issuer,
                                          q=q, warned=warned, all_versions=all_versions, limit=limit, offset=offset)
    return {"data": [DocumentOut.model_validate(d) for d in items], "count": count}


@router.get("/{document_id}", response_model=DocumentResultOut, dependencies=[ReadKey],
            responses={404: {"description": "no such document"}, 422: {"description": "stored, but its file could not be read"}})
def get_document(document_id: DocumentId, session: SessionDep,
                 as_of: Annotated[IsoDate | None, Query(description="the date of the status (YYYY-MM-DD; default today)")] = None):
    """The full extraction result (FORMAT.md fields, with spans, pages and boxes), the document's versions (the other
    stored rows of the same document: same number, issuer and date, or the same text up to small edits), and its
    validity on `as_of`: `status`, `explanation`, `history` of what changed it, `acts` (what it changes itself)."""
    result = store.get_result(session, document_id)
    if result is None:
        info = store.get(session, document_id, counts=False)
        if info is not None:  # stored, but its file could not be read: say why
            raise Problem(422, "Unreadable document", info.error or "the file could not be read", document_id=document_id)
        raise Problem(404, "Not found", f"no document {document_id}", document_id=document_id)
    info = store.get(session, document_id, counts=False)
    validity = V.of_document(session, document_id, as_of)
    if validity is None:  # a stored document always has a node; be safe rather than fail
        validity = V.derive(V.Facts(0, result.metadata.number or ""), [], as_of or V.today())
    return DocumentResultOut(**dict(result), document_id=document_id, version_of=info.version_of,
                             versions=[VersionOut.model_validate(v) for v in store.versions(session, document_id)],
                             **dict(ValidityFields.model_validate(validity)))


@router.get("/{document_id}/source", dependencies=[ReadKey], response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}, "description": "the file as uploaded"}})
def get_source(document_id: DocumentId, session: SessionDep) -> Response:
    """The file exactly as it was uploaded or ingested."""
    info = store.get(session, document_id, counts=False)
    data = store.get_source(session, document_id) if info else None
    if info is None or data is None:
        raise Problem(404, "Not found", f"no document {document_id}", document_id=document_id)
    return Response(data, media_type=info.media_type,
                    headers={"Content-Disposition": content_disposition(info.source_name or "", default=f"document-{document_id}")})


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[WriteKey],
               response_class=Response)
def delete_document(document_id: DocumentId, jobs: JobsDep) -> Response:
    """Remove a document and all its results (one transaction); cited-document nodes it alone held go too."""
    with jobs.db.writer() as s:
        if not store.delete(s, document_id):
            raise Problem(404, "Not found", f"no document {document_id}", document_id=document_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{document_id}/reextract", status_code=status.HTTP_202_ACCEPTED, response_model=UploadAccepted,
             dependencies=[WriteKey], responses={404: {"description": "no such document"}})
def reextract(document_id: DocumentId, jobs: JobsDep, session: SessionDep) -> UploadAccepted:
    """Extract the stored file again with this version of the extractor, as a job; poll `GET /jobs/{id}`."""
    info = store.get(session, document_id, counts=False)
    data = store.get_source(session, document_id) if info else None
    if info is None or data is None:
        raise Problem(404, "Not found", f"no document {document_id}", document_id=document_id)
    try:
        job = jobs.submit(data, info.source_name or f"document-{document_id}", force=True)
    except QueueUnavailable as e:
        raise Problem(503, "Job queue unavailable", str(e)) from None
    return UploadAccepted(job=JobOut.model_validate(job), existing_document_id=document_id)
