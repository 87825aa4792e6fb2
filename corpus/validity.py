"""Is it still in force? The status of a document (stored, or only cited) on a date, derived from what the stored
documents state of it.

Every stored document's typed relations are rows of `document_relations` (corpus.store writes them with the
document, in the same transaction, and deletes them with it), each with the date it takes effect (`effective_on`).
A status is never stored: it is derived when asked, from the rows that name the node (one indexed lookup by
target), so a document that arrives, is deleted or is extracted again changes every status it bears on at once.

    derive(facts, statements, as_of)       the pure rule (unit-tested on hand-made relations)
    validities(session, node_ids, as_of)   node id -> Validity, three indexed queries whatever the corpus size
    of_document(session, document_id)      the Validity of a stored document's node
    out_of_force(document_id_column)       SQL: the plan, or a document it rests on, was replaced or abolished
    document_notes(session, ids, as_of)    document id -> why its tasks may no longer stand (None: they stand)

The rule, on the date asked:
- a replacement or an abolition of the whole document in effect -> replaced / abolished (two of them: the one that
  took effect first ended it, the other is named in the explanation);
- before its own effective date -> not_yet_in_force; after its own end date (and no extension) -> expired;
- a suspension in effect -> suspended;
- an amendment, or a replacement or abolition of some articles only, in effect -> amended (abolished articles make
  it `partially_abolished`);
- otherwise in_force. Relations not yet in effect are history (`applied` false) and named in the explanation.
A relation whose date is unknown counts as in effect.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from models.tables import CitationRow, Document, DocumentRelationRow, Node

from .graph import DOC_REF
from .records import DocRef, SpanRef, Validity, ValidityAct, ValidityEvent

#: Relations that change the validity of their target (implements and guides do not).
CHANGES = ("amends", "replaces", "abolishes", "suspends", "extends")
#: Relations that end the target when they name the whole of it.
ENDING = ("replaces", "abolishes")
#: Citations by which a plan rests on a document: when that document ends, the plan's tasks may no longer stand.
RESTS_ON = ("basis", "implements")
CHUNK = 500
#: The target of a relation and its document, aliased once (an alias made per call costs more than the query).
_TARGET = aliased(Node, name="target_node")
_TARGET_DOC = aliased(Document, name="target_document")

#: Status -> words for the page and the CLI.
STATUS_WORDS = {
    "in_force": "Còn hiệu lực", "amended": "Còn hiệu lực, đã được sửa đổi, bổ sung", "replaced": "Bị thay thế",
    "abolished": "Bị bãi bỏ", "suspended": "Bị tạm ngưng hiệu lực", "expired": "Hết hiệu lực",
    "not_yet_in_force": "Chưa có hiệu lực",
}
#: Relation -> the verb of "X <verb> this document" (passive) for explanations.
BY_WORDS = {"amends": "Được sửa đổi, bổ sung bởi", "replaces": "Bị thay thế bởi", "abolishes": "Bị bãi bỏ bởi",
            "suspends": "Bị tạm ngưng hiệu lực bởi", "extends": "Được gia hạn bởi"}
#: ... and for the same change of some articles only.
PART_WORDS = {"replaces": "Được thay thế một phần bởi", "abolishes": "Bị bãi bỏ một phần bởi",
              "suspends": "Bị tạm ngưng hiệu lực một phần bởi"}
#: ... and for a change to come.
FUTURE_WORDS = {"amends": "sẽ được sửa đổi, bổ sung bởi", "replaces": "sẽ bị thay thế bởi", "abolishes": "sẽ bị bãi bỏ bởi",
                "suspends": "sẽ bị tạm ngưng hiệu lực bởi", "extends": "sẽ được gia hạn bởi"}
ALSO_WORDS = {"replaces": "cũng nêu thay thế văn bản này", "abolishes": "cũng nêu bãi bỏ văn bản này"}


@dataclass(frozen=True)
class Facts:
    """What the derivation needs of the node itself (its own dates when it is a stored document)."""

    node_id: int
    key: str
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None


@dataclass(frozen=True)
class Statement:
    """What one stored document states of the node: "<document> replaces it from <effective_on>"."""

    relation: str
    scope: tuple[str, ...] = ()
    effective_on: dt.date | None = None
    document: DocRef | None = None
    key: str | None = None        # the stating document's number
    text: str | None = None
    span: SpanRef | None = None


def today() -> dt.date:
    return dt.date.today()


def vn_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _label(s: Statement) -> str:
    """ "87/2025/QĐ-UBND ngày 19/11/2025" (the stating document's number and issue date)."""
    doc = s.document
    name = s.key or (doc.number if doc else None) or (doc.source_name if doc else None) or "một văn bản"
    issued = doc.issued_date if doc else None
    return f"{name} ngày {vn_date(issued)}" if issued else name


def _scope_words(scope: Iterable[str]) -> str:
    return ", ".join(scope)


def _sentence(s: Statement, applied: bool) -> str:
    part = bool(s.scope) and s.relation in PART_WORDS
    if applied:
        verb = PART_WORDS[s.relation] if part else BY_WORDS[s.relation]
        out = f"{verb} {_label(s)}"
    else:
        out = f"{FUTURE_WORDS[s.relation]} {_label(s)}"
    if s.scope:
        out += f" ({_scope_words(s.scope)})"
    if s.effective_on:
        out += f", hiệu lực từ {vn_date(s.effective_on)}"
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _order(s: Statement) -> tuple:
    issued = s.document.issued_date if s.document and s.document.issued_date else dt.date.max
    return (s.effective_on or dt.date.max, issued, s.key or "")


def derive(facts: Facts, statements: Iterable[Statement], as_of: dt.date, acts: Iterable[ValidityAct] = ()) -> Validity:
    """The status of the node on `as_of` (see the module text for the rule)."""
    changes = sorted((s for s in statements if s.relation in CHANGES), key=_order)
    in_effect = [s.effective_on is None or s.effective_on <= as_of for s in changes]
    applied = [s for s, on in zip(changes, in_effect) if on]
    pending = [s for s, on in zip(changes, in_effect) if not on]
    ending = [s for s in applied if s.relation in ENDING and not s.scope]
    extended = any(s.relation == "extends" for s in applied)
    suspensions = [s for s in applied if s.relation == "suspends"]
    amending = [s for s in applied if s.relation == "amends" or (s.relation in ENDING and s.scope)]
    amended = tuple(dict.fromkeys(u for s in amending if s.relation != "abolishes" for u in s.scope))
    abolished = tuple(dict.fromkeys(u for s in amending if s.relation == "abolishes" for u in s.scope))
    since: dt.date | None = None
    changed_by: list[Statement] = []
    if ending:
        first = ending[0]
        status = "replaced" if first.relation == "replaces" else "abolished"
        since, changed_by = first.effective_on, ending
        explanation = _sentence(first, True)
        for other in ending[1:]:
            explanation += f"; {_label(other)} {ALSO_WORDS[other.relation]}" + (
                f", hiệu lực từ {vn_date(other.effective_on)}" if other.effective_on else "") + " (tính theo văn bản có hiệu lực trước)"
    elif facts.effective_from and as_of < facts.effective_from:
        status, since = "not_yet_in_force", None
        explanation = f"Chưa có hiệu lực: hiệu lực từ {vn_date(facts.effective_from)}"
    elif facts.effective_until and as_of > facts.effective_until and not extended:
        status, since = "expired", facts.effective_until + dt.timedelta(days=1)
        explanation = f"Hết hiệu lực từ {vn_date(since)} (có hiệu lực đến {vn_date(facts.effective_until)})"
    elif suspensions:
        status, since, changed_by = "suspended", suspensions[-1].effective_on, suspensions
        explanation = "; ".join(_sentence(s, True) for s in suspensions)
    elif amending:
        status, since, changed_by = "amended", amending[-1].effective_on, amending
        explanation = "; ".join(_sentence(s, True) for s in amending)
    else:
        status = "in_force"
        explanation = "Còn hiệu lực" + (f" từ {vn_date(facts.effective_from)}" if facts.effective_from else "")
        if extended:
            explanation += "; " + "; ".join(_sentence(s, True) for s in applied if s.relation == "extends")
        elif not changes:
            explanation += " (chưa văn bản nào trong kho sửa đổi, thay thế hay bãi bỏ văn bản này)"
    if pending:
        explanation += "; " + "; ".join(_sentence(s, False) for s in pending)
    history = _history(facts, changes, in_effect, as_of)
    return Validity(facts.node_id, facts.key, status, as_of, explanation, since, facts.effective_from, facts.effective_until,
                    tuple(dict.fromkeys(s.document for s in changed_by if s.document)), amended, abolished, bool(abolished),
                    history, tuple(acts))


def _history(facts: Facts, changes: list[Statement], in_effect: list[bool], as_of: dt.date) -> tuple[ValidityEvent, ...]:
    events = [ValidityEvent(s.relation, s.scope, s.effective_on, s.document, s.key, s.text, s.span, on,
                            _capital(_sentence(s, on))) for s, on in zip(changes, in_effect)]
    if facts.effective_from:
        events.append(ValidityEvent("takes_effect", (), facts.effective_from, None, facts.key, None, None,
                                    facts.effective_from <= as_of, f"Có hiệu lực từ {vn_date(facts.effective_from)}"))
    if facts.effective_until:
        events.append(ValidityEvent("expires", (), facts.effective_until, None, facts.key, None, None,
                                    facts.effective_until < as_of, f"Có hiệu lực đến {vn_date(facts.effective_until)}"))
    return tuple(sorted(events, key=lambda e: (e.effective_from or dt.date.max, e.relation != "takes_effect")))


# ------------------------------------------------------------------ database

def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def validities(session: Session, node_ids: Iterable[int], as_of: dt.date | None = None) -> dict[int, Validity]:
    """node id -> its Validity on `as_of` (default today); nodes that do not exist are left out."""
    as_of = as_of or today()
    ids = sorted(set(node_ids))
    facts: dict[int, Facts] = {}
    said: dict[int, list[Statement]] = {i: [] for i in ids}
    acts: dict[int, list[ValidityAct]] = {i: [] for i in ids}
    r = DocumentRelationRow
    target, target_doc = _TARGET, _TARGET_DOC
    for part in _chunks(ids):
        for nid, key, number, eff, until in session.execute(
                select(Node.id, Node.key, Document.number, Document.effective_from, Document.effective_until)
                .outerjoin(Document, Document.id == Node.document_id).where(Node.id.in_(part))):
            facts[nid] = Facts(nid, number or key, eff, until)
        for row in session.execute(select(r.target_node_id, r.relation, r.scope, r.effective_on, r.text, r.span_start, r.span_end,
                                          r.page, *DOC_REF).join(Document, Document.id == r.document_id)
                                   .where(r.target_node_id.in_(part), r.relation.in_(CHANGES))):
            doc = DocRef(*row[8:])
            said[row[0]].append(Statement(row[1], tuple(row[2] or ()), row[3], doc, doc.number, row[4],
                                          SpanRef(row[5], row[6], row[7])))
        for row in session.execute(select(r.source_node_id, r.relation, r.target_node_id, target.key, r.scope, r.effective_on,
                                          target_doc.id, target_doc.source_name, target_doc.number, target_doc.doc_type,
                                          target_doc.province, target_doc.issued_date, target_doc.title)
                                   .join(target, target.id == r.target_node_id)
                                   .outerjoin(target_doc, target_doc.id == target.document_id)
                                   .where(r.source_node_id.in_(part)).order_by(r.document_id, r.position)):
            acts[row[0]].append(ValidityAct(row[1], row[2], row[8] or row[3], tuple(row[4] or ()), row[5],
                                            DocRef(*row[6:]) if row[6] is not None else None))
    return {i: derive(facts[i], said[i], as_of, acts[i]) for i in ids if i in facts}


def node_of_document(session: Session, document_id: int) -> int | None:
    return session.scalar(select(Node.id).where(Node.document_id == document_id))


def of_document(session: Session, document_id: int, as_of: dt.date | None = None) -> Validity | None:
    """The Validity of a stored document (None when it has no node: unreadable, or not stored)."""
    nid = node_of_document(session, document_id)
    return validities(session, [nid], as_of).get(nid) if nid is not None else None


def _ended(node_column, as_of: dt.date):
    r = DocumentRelationRow
    return exists().where(r.target_node_id == node_column, r.relation.in_(ENDING), r.whole.is_(True),
                          or_(r.effective_on.is_(None), r.effective_on <= as_of))


def out_of_force(document_id_column, as_of: dt.date | None = None):
    """SQL condition on a document id: the document was replaced or abolished on `as_of`, or a document it rests on
    (its basis, what it implements) was. Indexed lookups per document: its node, its citations, their relations."""
    as_of = as_of or today()
    own = select(Node.id).where(Node.document_id == document_id_column, _ended(Node.id, as_of)).exists()
    basis = (select(CitationRow.id).where(CitationRow.document_id == document_id_column, CitationRow.relation.in_(RESTS_ON),
                                          _ended(CitationRow.node_id, as_of)).exists())
    return or_(own, basis)


def ended(session: Session, node_ids: Iterable[int], as_of: dt.date | None = None) -> list[int]:
    """The nodes among `node_ids` that a replacement or an abolition of the whole of them has ended on `as_of`."""
    as_of = as_of or today()
    r = DocumentRelationRow
    out: set[int] = set()
    for part in _chunks(sorted(set(node_ids))):
        out.update(session.scalars(select(r.target_node_id).where(
            r.target_node_id.in_(part), r.relation.in_(ENDING), r.whole.is_(True),
            or_(r.effective_on.is_(None), r.effective_on <= as_of))))
    return sorted(out)


def document_notes(session: Session, document_ids: Iterable[int], as_of: dt.date | None = None) -> dict[int, str | None]:
    """document id -> why its tasks may no longer stand on `as_of` (the plan, or what it rests on, was replaced or
    abolished), in Vietnamese; None when they stand."""
    as_of = as_of or today()
    ids = sorted(set(document_ids))
    own: dict[int, int] = {}
    rests: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        own.update(session.execute(select(Node.document_id, Node.id).where(Node.document_id.in_(part))).all())
        for did, nid, key in session.execute(select(CitationRow.document_id, CitationRow.node_id, CitationRow.key)
                                             .where(CitationRow.document_id.in_(part), CitationRow.relation.in_(RESTS_ON))):
            rests[did].append((nid, key))
    found = validities(session, ended(session, {*own.values(), *(n for v in rests.values() for n, _ in v)}, as_of), as_of)
    out: dict[int, str | None] = {}
    for did in ids:
        v = found.get(own.get(did, -1))
        if v is not None and v.status in ("replaced", "abolished"):
            out[did] = f"Văn bản này: {v.explanation[:1].lower()}{v.explanation[1:]}"
            continue
        gone = [(key, found[n]) for n, key in rests[did] if n in found and found[n].status in ("replaced", "abolished")]
        out[did] = "; ".join(f"Văn bản căn cứ {key}: {v.explanation[:1].lower()}{v.explanation[1:]}" for key, v in gone) or None
    return out


def status_words(v: Validity) -> str:
    words = STATUS_WORDS[v.status]
    if v.status == "amended" and v.partially_abolished:
        words = "Còn hiệu lực, bị bãi bỏ một phần" if not v.amended_articles else words + ", bãi bỏ một phần"
    return words


__all__ = ["CHANGES", "ENDING", "Facts", "ended", "STATUS_WORDS", "Statement", "derive", "document_notes", "node_of_document",
           "of_document", "out_of_force", "status_words", "validities", "vn_date"]
