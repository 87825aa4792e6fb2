"""Store one extracted plan, read it back, delete it, re-extract it: one transaction each.

    ingest(session, result, source)   store (or, after an extractor upgrade, replace) a document
    store_unreadable(session, ...)    keep a file the reader could not read, with the reason
    get / get_result / get_source / find_by_sha / list_documents / delete / reextract

A document is identified by the sha256 of its bytes: ingesting the same file twice
stores it once; a document stored by an older extractor version has its results
replaced (same id) when it is ingested again or re-extracted. Every function commits
its own transaction or rolls it back on error, so a failure (or a killed process)
never leaves half a document behind.

Rows that are one document (a re-typed copy, a corrected draft, .docx and .pdf) are versions of it
(corpus.versions): `ingest` places each new row in its group, and only the group's current version is
linked (obligations index, search text, citation node, counts, relations); `versions(session, id)` lists
them, `delete` hands over to the best other version, `regroup` groups rows stored before versions were kept.

For the crash test only: KEHOACH_TEST_CRASH_AFTER=<stage> (document | results | citations)
kills the process with SIGKILL at that point, after rows were written and before commit.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sys
import zlib
from collections.abc import Callable

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extractor.read import SourceText
from models.result import (AgencyRef, Assignment, Citation, CitationMention, Deadline, DocumentRelation, Metadata, PlanResult,
                           Section, Signing, Source, Span, Target)
from models.tables import (AgencyRow, CitationMentionRow, CitationRow, DeadlineRow, Document, DocumentRelationRow, Node,
                           UNDATED, SectionRow, SourceFile, TargetRow, TaskAgency, TaskRow)

from . import nodes as N
from . import tallies
from . import versions as V
from .db import insert_for
from .linker import Linker, NodeRef, default_linker, find_links, normalize_key
from .records import DocumentInfo, StoreOutcome, Version
from .registry import agency_key, default_corpus_registry
from .search import search_key
from .warnings import result_warnings

CRASH_ENV = "KEHOACH_TEST_CRASH_AFTER"
STATUS_EXTRACTED = "extracted"
STATUS_UNREADABLE = "unreadable"
#: Longest own text of a section that goes into the search index.
SECTION_TEXT_LIMIT = 20_000
#: Tables holding one document's results, children first.
RESULT_TABLES = (DocumentRelationRow, CitationMentionRow, CitationRow, TaskAgency, TaskRow, SectionRow, DeadlineRow, TargetRow)


def _crash_point(session: Session, stage: str) -> None:
    if os.environ.get(CRASH_ENV) == stage:
        session.flush()
        print(f"kehoach: test crash after {stage} (SIGKILL before commit)", file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)  # pragma: no cover - SIGKILL does not return


def _date(v: str | None) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def _span(s: Span) -> dict:
    return {"span_start": s.start, "span_end": s.end, "page": s.page, "box": list(s.box) if s.box else None}


# ------------------------------------------------------------------ write

def _flatten(sections: list[Section]) -> list[tuple[Section, int | None]]:
    out: list[tuple[Section, int | None]] = []

    def visit(s: Section, parent: int | None) -> None:
        pos = len(out)
        out.append((s, parent))
        for c in s.children:
            visit(c, pos)

    for s in sections:
        visit(s, None)
    return out


def _own_text(s: Section, text: str | None, tasks: list[tuple[int, int]]) -> str:
    """The section's text without its subsections and without its tasks (those are indexed on their own)."""
    if not text:
        return s.heading
    holes = sorted([(c.span.start, c.span.end) for c in s.children]
                   + [t for t in tasks if s.span.start <= t[0] < s.span.end])
    pieces, pos = [], s.span.start
    for a, b in holes:
        if a > pos:
            pieces.append(text[pos:min(a, s.span.end)])
        pos = max(pos, b)
    if pos < s.span.end:
        pieces.append(text[pos:s.span.end])
    return " ".join(" ".join(pieces).split())[:SECTION_TEXT_LIMIT]


def pack_ref(r: AgencyRef) -> list:
    """An agency mention as a compact JSON list (see TaskRow.agency_refs)."""
    out = [r.name, r.written, r.registry_id, r.registered, r.span.start, r.span.end]
    if r.span.page is not None or r.span.box is not None:
        out += [r.span.page, list(r.span.box) if r.span.box else None]
    return out


def unpack_ref(x: list) -> AgencyRef:
    page, box = (x[6], x[7]) if len(x) > 6 else (None, None)
    return AgencyRef(name=x[0], written=x[1], registry_id=x[2], registered=x[3],
                     span=Span(start=x[4], end=x[5], page=page, box=tuple(box) if box else None))


def ref_names(packed: list[list]) -> tuple[str, ...]:
    """The distinct agency names of packed refs, in order."""
    return tuple(dict.fromkeys(x[0] for x in packed))


def _source_row(document_id: int, data: bytes, text: str | None = None) -> SourceFile:
    packed = zlib.compress(data, 6)
    if len(packed) < len(data) * 0.9:
        return SourceFile(document_id=document_id, compression="zlib", data=packed, text=text)
    return SourceFile(document_id=document_id, compression=None, data=data, text=text)


def _source_bytes(compression: str | None, data: bytes) -> bytes:
    return zlib.decompress(data) if compression == "zlib" else data


def _agency_ids(session: Session, refs: list[AgencyRef]) -> dict[str, int]:
    """canonical name -> agencies.id, adding the agencies not seen before."""
    rows: dict[str, dict] = {}
    key_of: dict[str, str] = {}
    for r in refs:
        if r.name not in key_of:
            key_of[r.name] = k = agency_key(r.name)
            rows.setdefault(k, {"key": k, "name": r.name, "registry_id": r.registry_id, "registered": r.registered})
    if not rows:
        return {}
    ins = insert_for(session, AgencyRow.__table__).on_conflict_do_nothing(index_elements=["key"])
    session.execute(ins, [rows[k] for k in sorted(rows)])
    ids = dict(session.execute(select(AgencyRow.key, AgencyRow.id).where(AgencyRow.key.in_(list(rows)))).all())
    return {name: ids[k] for name, k in key_of.items()}


def _write_results(session: Session, doc: Document, result: PlanResult, text: str | None, linked: bool = True) -> None:
    """The document's own rows; the obligations index (task_agencies) and the search text only for a current
    version (`linked`): the other versions of a document are found through it."""
    did = doc.id
    flat = _flatten(result.sections)
    task_spans = sorted((a.span.start, a.span.end) for a in result.assignments)
    if flat:
        session.execute(SectionRow.__table__.insert(), [
            {"document_id": did, "position": i, "sid": s.id, "parent_position": parent, "label": s.label, "level": s.level,
             "heading": s.heading, "kinds": list(s.kinds),
             "search_text": search_key(_own_text(s, text, task_spans)) if linked else "",
             **_span(s.span)} for i, (s, parent) in enumerate(flat)])
    tasks = result.assignments
    if tasks:
        task_ids = session.scalars(TaskRow.__table__.insert().returning(TaskRow.__table__.c.id, sort_by_parameter_order=True), [
            {"document_id": did, "position": i, "tid": a.id, "section_sid": a.section, "role": a.role,
             "requested": a.requested, "text": a.text, "due": _date(a.deadline.due) if a.deadline else None,
             "deadline": a.deadline.model_dump(mode="json") if a.deadline else None,
             "agency_refs": [pack_ref(r) for r in a.agency_refs], "partner_refs": [pack_ref(r) for r in a.partner_refs],
             "search_text": search_key(a.text) if linked else "", **_span(a.span)} for i, a in enumerate(tasks)]).all()
    if tasks and linked:
        agency_ids = _agency_ids(session, [r for a in tasks for r in (*a.agency_refs, *a.partner_refs)])
        rows, seen = [], set()
        for tid, a in zip(task_ids, tasks):
            for as_partner, refs in ((False, a.agency_refs), (True, a.partner_refs)):
                for pos, r in enumerate(refs):
                    aid = agency_ids[r.name]
                    if (tid, aid, as_partner) in seen:
                        continue
                    seen.add((tid, aid, as_partner))
                    rows.append({"task_id": tid, "document_id": did, "agency_id": aid, "as_partner": as_partner,
                                 "position": pos, "written": r.written, "registry_id": r.registry_id,
                                 "registered": r.registered, "role": a.role, "requested": a.requested,
                                 "province": doc.province, "issued_date": doc.issued_date, "sort_date": doc.issued_date or UNDATED,
                                 "due": _date(a.deadline.due) if a.deadline else None, **_span(r.span)})
        if rows:
            session.execute(TaskAgency.__table__.insert(), rows)
    if result.deadlines:
        session.execute(DeadlineRow.__table__.insert(), [
            {"document_id": did, "position": i, "text": d.text, "due": _date(d.due), "recurrence": d.recurrence,
             "agencies": list(d.agencies), **_span(d.span)} for i, d in enumerate(result.deadlines)])
    if result.targets:
        session.execute(TargetRow.__table__.insert(), [
            {"document_id": did, "position": i, "text": t.text, "value": t.value, "unit": t.unit, "year": t.year,
             **_span(t.span)} for i, t in enumerate(result.targets)])


def _link(session: Session, doc: Document, result: PlanResult, text: str | None, linker: Linker,
          linked: bool = True) -> list[int]:
    """Citations -> nodes, the document's own node, evidence, counts and links; returns the nodes touched.
    A version that is not the current one (`linked` False) keeps its citation rows only: it holds no node,
    and its citations count nowhere (the current version's do)."""
    did, sha = doc.id, doc.sha256
    refs: list[NodeRef] = [linker.node_for(c, result.metadata.province, sha) for c in result.citations]
    if not linked:
        cited = N.resolve(session, refs) if refs else []
        _insert_citations(session, doc, result, cited)
        return list(cited)
    own_ref = linker.node_for_document(result.metadata, sha)
    ids = N.resolve(session, [own_ref, *refs])
    own, cited = ids[0], ids[1:]
    if not N.claim(session, own, did):       # the number is held by another stored document
        own = N.resolve(session, [NodeRef(f"doc:{sha}", "doc", result.metadata.number or f"doc:{sha[:12]}")])[0]
        N.claim(session, own, did)
    touched = [own, *cited]
    if result.citations:
        cit_ids = _insert_citations(session, doc, result, cited)
        N.add_evidence(session, [e for cid, c, nid in zip(cit_ids, result.citations, cited)
                                 for e in N.evidence_of(nid, cid, c.key, c.doc_type, c.issuer, c.date, c.title)])
        N.count_citing(session, {nid for nid in cited if nid != own}, +1)
    N.add_relations(session, did, [(cited[lk.source], cited[lk.target], lk.relation) for lk in find_links(result, text)
                                   if cited[lk.source] != cited[lk.target]])
    touched += _write_relations(session, doc, result, own, cited, linker)
    tallies.add(session, doc)
    return touched


def _insert_citations(session: Session, doc: Document, result: PlanResult, cited: list[int]) -> list[int]:
    """The citation rows of a document (each on its node) and their mentions; the new rows' ids, in order."""
    if not result.citations:
        return []
    did, sort_date = doc.id, doc.issued_date or UNDATED
    cit_ids = session.scalars(CitationRow.__table__.insert().returning(CitationRow.__table__.c.id, sort_by_parameter_order=True), [
        {"document_id": did, "node_id": nid, "position": i, "key": c.key, "alt_keys": list(c.alt_keys),
         "doc_type": c.doc_type, "issuer": c.issuer, "date": c.date, "title": c.title, "relation": c.relation,
         "articles": list(c.articles), "sort_date": sort_date} for i, (c, nid) in enumerate(zip(result.citations, cited))]).all()
    mentions = [{"citation_id": cid, "document_id": did, "position": j, "text": m.text, **_span(m.span)}
                for cid, c in zip(cit_ids, result.citations) for j, m in enumerate(c.mentions)]
    if mentions:
        session.execute(CitationMentionRow.__table__.insert(), mentions)
    return list(cit_ids)


def _write_relations(session: Session, doc: Document, result: PlanResult, own: int, cited: list[int], linker: Linker) -> list[int]:
    """The typed relations of the document (amends, replaces, ...) as rows from its own node to the target's node; a
    target that is not among its citations gets a node of its own. Returns the target nodes."""
    if not result.relations:
        return []
    node_of: dict[str, int] = {}
    for c, nid in zip(result.citations, cited):
        for k in (c.key, *c.alt_keys):
            node_of.setdefault(normalize_key(k), nid)
    missing = list(dict.fromkeys(r.target for r in result.relations if normalize_key(r.target) not in node_of))
    if missing:
        refs = [linker.node_for(Citation(key=k, relation="cites", mentions=[]), result.metadata.province, doc.sha256)
                for k in missing]
        for k, nid in zip(missing, N.resolve(session, refs)):
            node_of[normalize_key(k)] = nid
    own_date = doc.effective_from or doc.issued_date
    rows = []
    for i, r in enumerate(result.relations):
        target = node_of[normalize_key(r.target)]
        if target == own:
            continue
        stated = _date(r.effective_from)
        rows.append({"document_id": doc.id, "position": i, "source_node_id": own, "target_node_id": target,
                     "relation": r.relation, "whole": not r.scope, "scope": list(r.scope), "effective_from": stated,
                     "effective_on": stated or own_date, "key": r.target, "text": r.text, **_span(r.span)})
    if rows:
        session.execute(DocumentRelationRow.__table__.insert(), rows)
    return [r["target_node_id"] for r in rows]


def _remove_results(session: Session, doc: Document) -> list[int]:
    """Undo what _write_results and _link did for `doc` (evidence, counts, rows); returns the nodes touched."""
    did = doc.id
    cits = session.execute(select(CitationRow.id, CitationRow.node_id, CitationRow.key, CitationRow.doc_type, CitationRow.issuer,
                                  CitationRow.date, CitationRow.title).where(CitationRow.document_id == did)).all()
    if doc.version_of is not None:       # not the current version: it only has rows of its own
        for table in RESULT_TABLES:
            session.execute(sql_delete(table).where(table.document_id == did))
        return [c.node_id for c in cits]
    tallies.remove(session, doc)
    link_nodes = N.remove_relations(session, did)
    link_nodes += session.scalars(select(DocumentRelationRow.target_node_id).where(DocumentRelationRow.document_id == did)).all()
    own = N.release(session, did)
    N.remove_evidence(session, [e for c in cits for e in N.evidence_of(c.node_id, c.id, c.key, c.doc_type, c.issuer, c.date, c.title)])
    N.count_citing(session, {c.node_id for c in cits if c.node_id not in own}, -1)
    for table in RESULT_TABLES:
        session.execute(sql_delete(table).where(table.document_id == did))
    return [*own, *(c.node_id for c in cits), *link_nodes]


def _apply_metadata(doc: Document, result: PlanResult, source: SourceText, source_name: str | None) -> None:
    m = result.metadata
    doc.source_name = doc.source_name or source_name or result.source.name
    doc.media_type = source.media_type
    doc.pages = source.pages
    doc.chars = result.source.chars
    doc.status = STATUS_EXTRACTED
    doc.error = None
    doc.extractor_version = result.extractor_version
    doc.schema_version = result.schema_version
    doc.doc_type, doc.number, doc.issuer, doc.place = m.doc_type, m.number, m.issuer, m.place
    doc.province = default_corpus_registry().province_name(m.province) or m.province
    doc.issued_date = _date(m.issued_date)
    doc.effective_from, doc.effective_until, doc.effective_text = _date(m.effective_from), _date(m.effective_until), m.effective_text
    doc.title, doc.signer = m.title, m.signer
    doc.signing = m.signing.model_dump(mode="json")
    doc.recipients = list(m.recipients)
    doc.meta_spans = {k: v.model_dump(mode="json") for k, v in m.spans.items()}
    doc.warnings = result_warnings(result)
    src = result.source
    doc.reading = {"ocr_pages": list(src.ocr_pages or source.ocr_pages),
                   "ocr_confidence": {str(k): v for k, v in (src.ocr_confidence or source.ocr_confidence).items()},
                   "legacy_encoding": src.legacy_encoding or source.legacy_encoding,
                   "page_reads": [r.model_dump(mode="json") for r in src.page_reads]}


#: What the caller adds to a store transaction before it commits: `then(session, outcome)`.
Then = Callable[[Session, StoreOutcome], None]


def _commit(session: Session, out: StoreOutcome, then: Then | None) -> StoreOutcome:
    if then is not None:
        then(session, out)
    session.commit()
    return out


def ingest(session: Session, result: PlanResult, source: SourceText, *, source_name: str | None = None,
           linker: Linker | None = None, force: bool = False, then: Then | None = None) -> StoreOutcome:
    """Store `result` (extracted from `source`) in one transaction; idempotent by the sha256 of the source bytes.

    A document already stored by the same extractor version is left as it is ("unchanged") unless `force`;
    one stored by another version, or as unreadable, has its results replaced ("replaced"). `then(session,
    outcome)` runs inside the same transaction, just before it commits (a job records its outcome there)."""
    sha = hashlib.sha256(source.data).hexdigest()
    linker = linker or default_linker()
    try:
        doc = session.scalar(select(Document).where(Document.sha256 == sha))
        if (doc is not None and not force and doc.status == STATUS_EXTRACTED
                and doc.extractor_version == result.extractor_version):
            return _commit(session, StoreOutcome(doc.id, sha, doc.source_name, "unchanged"), then)
        touched: list[int] = []
        if doc is None:
            status = "stored"
            doc = Document(sha256=sha)
            _apply_metadata(doc, result, source, source_name)
            session.add(doc)
            session.flush()
            session.add(_source_row(doc.id, source.data, source.text))
        else:
            status = "replaced"
            touched += _remove_results(session, doc)
            _apply_metadata(doc, result, source, source_name)
            doc.updated_at = func.now()
            session.execute(update(SourceFile).where(SourceFile.document_id == doc.id).values(text=source.text))
        session.flush()
        _crash_point(session, "document")
        moved, linked = _place_version(session, doc, source.text, linker)
        touched += moved
        _write_results(session, doc, result, source.text, linked)
        _crash_point(session, "results")
        touched += _link(session, doc, result, source.text, linker, linked)
        N.refresh(session, touched)
        N.collect_garbage(session, touched)
        _crash_point(session, "citations")
        return _commit(session, StoreOutcome(doc.id, sha, doc.source_name, status), then)
    except IntegrityError:
        # another writer stored the same file meanwhile (the sha256 is unique): that copy stands
        session.rollback()
        doc = session.scalar(select(Document).where(Document.sha256 == sha))
        if doc is None:
            raise
        return _commit(session, StoreOutcome(doc.id, sha, doc.source_name, "unchanged"), then)
    except BaseException:
        session.rollback()
        raise


def _relink(session: Session, doc: Document, version_of: int | None, linker: Linker) -> list[int]:
    """Make `doc` the current version (`version_of` None) or another version of `version_of`: its results are
    written again, linked or not (see corpus.versions); returns the nodes touched."""
    result, text = get_result(session, doc.id), get_text(session, doc.id)
    touched = _remove_results(session, doc)
    doc.version_of = version_of
    session.flush()
    if result is not None:
        _write_results(session, doc, result, text, version_of is None)
        touched += _link(session, doc, result, text, linker, version_of is None)
    return touched


def _place_version(session: Session, doc: Document, text: str | None, linker: Linker) -> tuple[list[int], bool]:
    """Fingerprint `doc` (whose results are not written yet), join it to the group of the rows that are the same
    document, and choose the group's current version; returns the nodes touched and whether `doc` is current."""
    fp = V.fingerprint_of(doc, text)
    doc.number_key, doc.minhash = fp.number_key, fp.minhash
    V.save_bands(session, doc.id, fp)
    roots = {m.version_of or m.id for m in V.matches(session, doc, fp)}
    if doc.version_of is not None:
        roots.add(doc.version_of)
    group = [m for m in V.members(session, roots | {doc.id}) if m.id != doc.id]
    if not group:
        doc.version_of = None
        return [], True
    touched, current = _settle(session, group, linker, pending=doc)
    return touched, current is doc


def _settle(session: Session, group: list[Document], linker: Linker, pending: Document | None = None) -> tuple[list[int], Document]:
    """Make the best row of `group` (and `pending`, a row whose results are not written yet) the current version and
    point the others to it, writing again the results of the rows that become or stop being current."""
    current = V.best([*group, *([pending] if pending is not None else [])])
    want = {m.id: None if m is current else current.id for m in group}
    touched: list[int] = []
    was_current = {m.id for m in group if m.version_of is None}
    stepped_down = [m for m in group if m.id in was_current and want[m.id] is not None]
    # the current versions that step down go first: they release the node their successor claims
    for m in sorted(group, key=lambda m: m not in stepped_down):
        if (m.version_of is None) != (want[m.id] is None):
            touched += _relink(session, m, want[m.id], linker)
        else:
            m.version_of = want[m.id]
    if stepped_down and current is not pending and current.id in was_current:
        # it stays current but may hold a stand-in node (the number was held by one that stepped down): take the number's
        touched += _relink(session, current, None, linker)
    if pending is not None:
        pending.version_of = None if current is pending else current.id
    session.flush()
    return touched, current


def regroup(session: Session, *, linker: Linker | None = None) -> int:
    """Group the stored rows that are one document (rows stored before versions were kept, or fingerprinted again);
    one transaction. Returns how many rows are now another version of a document."""
    linker = linker or default_linker()
    try:
        touched: list[int] = []
        ids = list(session.scalars(select(Document.id).where(Document.status == STATUS_EXTRACTED).order_by(Document.id)))
        for did in ids:
            doc = session.get(Document, did)
            if doc.version_of is not None:
                continue
            roots = {m.version_of or m.id for m in V.matches(session, doc, V.stored_fingerprint(doc))} - {doc.id}
            if roots:
                touched += _settle(session, V.members(session, roots | {doc.id}), linker)[0]
        N.refresh(session, touched)
        N.collect_garbage(session, touched)
        versions_count = session.scalar(select(func.count()).select_from(Document).where(Document.version_of.is_not(None))) or 0
        session.commit()
        return versions_count
    except BaseException:
        session.rollback()
        raise


def store_unreadable(session: Session, data: bytes, name: str, error: str, media_type: str = "application/octet-stream",
                     extractor_version: str | None = None, then: Then | None = None) -> StoreOutcome:
    """Keep a file the reader could not read (status `unreadable`), so that a later reader can re-extract it."""
    from extractor import __version__

    sha = hashlib.sha256(data).hexdigest()
    try:
        doc = session.scalar(select(Document).where(Document.sha256 == sha))
        if doc is not None:
            if doc.status == STATUS_UNREADABLE:  # a newer reader failed too: keep its reason
                doc.error, doc.extractor_version = error, extractor_version or __version__
            return _commit(session, StoreOutcome(doc.id, sha, doc.source_name, "unchanged", doc.status), then)
        doc = Document(sha256=sha, source_name=name, media_type=media_type, chars=0, status=STATUS_UNREADABLE, error=error,
                       extractor_version=extractor_version or __version__, schema_version="", signing={}, recipients=[],
                       meta_spans={}, warnings=[])
        session.add(doc)
        session.flush()
        session.add(_source_row(doc.id, data))
        return _commit(session, StoreOutcome(doc.id, sha, name, "stored", STATUS_UNREADABLE), then)
    except BaseException:
        session.rollback()
        raise


def delete(session: Session, document_id: int) -> bool:
    """Remove a document and everything extracted from it; nodes nothing refers to any more go too."""
    try:
        doc = session.get(Document, document_id)
        if doc is None:
            session.rollback()
            return False
        touched = _remove_results(session, doc)
        others = [m for m in V.members(session, {doc.id}) if m.id != doc.id] if doc.version_of is None else []
        if others:   # the best other version becomes the current one
            current = V.best(others)
            touched += _relink(session, current, None, default_linker())
            for m in others:
                if m is not current:
                    m.version_of = current.id
            session.flush()
        session.execute(sql_delete(SourceFile).where(SourceFile.document_id == document_id))
        session.execute(sql_delete(Document).where(Document.id == document_id))
        N.refresh(session, touched)
        N.collect_garbage(session, touched)
        session.commit()
        return True
    except BaseException:
        session.rollback()
        raise


def reextract(session: Session, document_id: int, extractor) -> StoreOutcome:
    """Read the stored source again and replace the document's results (one transaction)."""
    from extractor.read import read_bytes

    row = session.execute(select(Document.source_name, SourceFile.compression, SourceFile.data)
                          .join(SourceFile, SourceFile.document_id == Document.id).where(Document.id == document_id)).first()
    if row is None:
        raise KeyError(document_id)
    name, data = row[0], _source_bytes(row[1], row[2])
    src = read_bytes(data, name or "<stored>")
    result = extractor.extract_source(src, source_name=name)
    session.rollback()  # end the read transaction; ingest opens its own
    return ingest(session, result, src, source_name=name, force=True)


# ------------------------------------------------------------------- read

def _info(session: Session, doc: Document, counts: bool = False) -> DocumentInfo:
    node_id = session.scalar(select(Node.id).where(Node.document_id == doc.id))
    c: dict[str, int] = {}
    if counts:
        for name, table in (("sections", SectionRow), ("tasks", TaskRow), ("deadlines", DeadlineRow),
                            ("targets", TargetRow), ("citations", CitationRow)):
            c[name] = session.scalar(select(func.count()).select_from(table).where(table.document_id == doc.id)) or 0
    return DocumentInfo(doc.id, doc.sha256, doc.source_name, doc.media_type, doc.pages, doc.chars, doc.status, doc.error,
                        doc.extractor_version, doc.doc_type, doc.number, doc.issuer, doc.province, doc.issued_date,
                        doc.title, node_id, c, list(doc.warnings or []), doc.version_of)


def versions(session: Session, document_id: int) -> list[Version]:
    """Every stored row of the document `document_id` is a row of, the current version first, then newest first;
    empty when it has only one."""
    doc = session.get(Document, document_id)
    if doc is None:
        return []
    rows = V.members(session, {doc.version_of or doc.id})
    if len(rows) < 2:
        return []
    rows.sort(key=lambda d: (d.version_of is not None, -d.id))
    return [Version(d.id, d.source_name, d.media_type, d.number, d.issued_date, d.ingested_at, d.version_of is None)
            for d in rows]


def get(session: Session, document_id: int, *, counts: bool = True) -> DocumentInfo | None:
    doc = session.get(Document, document_id)
    return _info(session, doc, counts) if doc is not None else None


def find_by_sha(session: Session, sha256: str) -> DocumentInfo | None:
    doc = session.scalar(select(Document).where(Document.sha256 == sha256))
    return _info(session, doc) if doc is not None else None


def list_documents(session: Session, *, status: str | None = None, limit: int | None = None) -> list[DocumentInfo]:
    stmt = select(Document).order_by(Document.id)
    if status:
        stmt = stmt.where(Document.status == status)
    if limit:
        stmt = stmt.limit(limit)
    return [_info(session, d) for d in session.scalars(stmt)]


def get_text(session: Session, document_id: int) -> str | None:
    """The text the spans of a document's results point into (None when unreadable, or stored before texts were kept)."""
    return session.scalar(select(SourceFile.text).where(SourceFile.document_id == document_id))


def get_source(session: Session, document_id: int) -> bytes | None:
    row = session.execute(select(SourceFile.compression, SourceFile.data).where(SourceFile.document_id == document_id)).first()
    return _source_bytes(*row) if row else None


def _span_of(row) -> Span:
    return Span(start=row.span_start, end=row.span_end, page=row.page, box=tuple(row.box) if row.box else None)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def get_result(session: Session, document_id: int) -> PlanResult | None:
    """The stored results of a document, rebuilt as the `PlanResult` that was ingested."""
    doc = session.get(Document, document_id)
    if doc is None or doc.status != STATUS_EXTRACTED:
        return None
    by_doc = lambda t: select(t).where(t.document_id == document_id).order_by(t.position)  # noqa: E731
    rows = list(session.scalars(by_doc(SectionRow)))
    built: list[Section | None] = [None] * len(rows)
    kids: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        if r.parent_position is not None:
            kids.setdefault(r.parent_position, []).append(i)
    for i in range(len(rows) - 1, -1, -1):
        r = rows[i]
        built[i] = Section(id=r.sid, label=r.label, level=r.level, heading=r.heading, kinds=list(r.kinds), span=_span_of(r),
                           children=[built[k] for k in kids.get(i, [])])
    sections = [built[i] for i, r in enumerate(rows) if r.parent_position is None]
    assignments = []
    for t in session.scalars(by_doc(TaskRow)):
        refs = [unpack_ref(x) for x in t.agency_refs]
        prefs = [unpack_ref(x) for x in t.partner_refs]
        assignments.append(Assignment(id=t.tid, agencies=_unique([r.name for r in refs]), agency_refs=refs, role=t.role,
                                      requested=t.requested, partners=_unique([r.name for r in prefs]), partner_refs=prefs,
                                      text=t.text, section=t.section_sid,
                                      deadline=Deadline.model_validate(t.deadline) if t.deadline else None, span=_span_of(t)))
    deadlines = [Deadline(text=d.text, due=d.due.isoformat() if d.due else None, recurrence=d.recurrence,
                          agencies=list(d.agencies), span=_span_of(d)) for d in session.scalars(by_doc(DeadlineRow))]
    targets = [Target(text=t.text, value=t.value, unit=t.unit, year=t.year, span=_span_of(t))
               for t in session.scalars(by_doc(TargetRow))]
    mentions: dict[int, list[CitationMention]] = {}
    for m in session.scalars(select(CitationMentionRow).where(CitationMentionRow.document_id == document_id)
                             .order_by(CitationMentionRow.citation_id, CitationMentionRow.position)):
        mentions.setdefault(m.citation_id, []).append(CitationMention(text=m.text, span=_span_of(m)))
    citations = [Citation(key=c.key, alt_keys=list(c.alt_keys), doc_type=c.doc_type, issuer=c.issuer, date=c.date, title=c.title,
                          relation=c.relation, articles=list(c.articles), mentions=mentions.get(c.id, []))
                 for c in session.scalars(by_doc(CitationRow))]
    relations = [DocumentRelation(relation=r.relation, target=r.key, scope=list(r.scope),
                                  effective_from=r.effective_from.isoformat() if r.effective_from else None, text=r.text,
                                  span=_span_of(r))
                 for r in session.scalars(by_doc(DocumentRelationRow))]
    meta = Metadata(doc_type=doc.doc_type, number=doc.number, issuer=doc.issuer, province=doc.province, place=doc.place,
                    issued_date=doc.issued_date.isoformat() if doc.issued_date else None, title=doc.title, signer=doc.signer,
                    signing=Signing.model_validate(doc.signing or {}), recipients=list(doc.recipients or []),
                    effective_from=doc.effective_from.isoformat() if doc.effective_from else None,
                    effective_until=doc.effective_until.isoformat() if doc.effective_until else None,
                    effective_text=doc.effective_text,
                    spans={k: Span.model_validate(v) for k, v in (doc.meta_spans or {}).items()})
    return PlanResult(schema_version=doc.schema_version, extractor_version=doc.extractor_version,
                      source=Source(name=doc.source_name, sha256=doc.sha256, media_type=doc.media_type, chars=doc.chars,
                                    pages=doc.pages, **(doc.reading or {})),
                      metadata=meta, sections=sections, assignments=assignments, deadlines=deadlines, targets=targets,
                      citations=citations, relations=relations, warnings=list(doc.warnings or []))
