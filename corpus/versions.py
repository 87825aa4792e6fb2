"""Versions of one document: stored rows that are the same document (a re-typed copy, a corrected draft, the
same plan as .docx and as .pdf) form one group, and one of them is the current version.

Identity, as a reader of a legal corpus uses it:

- **the number** (số ký hiệu) with its issuer and date: two rows with the same number, no conflicting issuer
  and no conflicting date are one document when their texts agree at least a little (`SAME_NUMBER_SIMILARITY`,
  a guard against a misread number); two rows with *different* numbers are never one document, however alike
  their texts (a province's decisions 72/2025/QĐ-UBND and 73/2025/QĐ-UBND share 94 % of their words);
- **the text**, when a row has no number (a draft, a scan whose number was not read): MinHash of the word
  3-shingles of the normalised text (`squash`: folded case, punctuation as spaces, so markup, line breaks and
  the reader used do not count); an estimated Jaccard similarity of `TEXT_SIMILARITY` or more is one document.
  Candidates come from locality-sensitive hashing (`BANDS` bands of `ROWS` values, one indexed row each in
  `document_bands`), so finding them does not scan the corpus.

The current version is the one with the best reading (extracted, fewer reading warnings), then the newest
(issue date, then the last stored). Only the current version is *linked*: its tasks are in the obligations
index, it holds the document's citation node, its citations count; the other versions keep their results
(shown on their own page, which points to the current one) and count nowhere else.
"""
from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass

import numpy as np

from extractor.vntext import fold, nfc, squash, strip_marks

SHINGLE = 3
PERMUTATIONS = 64
BANDS, ROWS = 16, 4
#: Estimated Jaccard similarity of word 3-shingles above which two rows without a shared number are one document.
TEXT_SIMILARITY = 0.75
#: ... and the least similarity of two rows with the same number, issuer and date (a misread number is not enough).
SAME_NUMBER_SIMILARITY = 0.3
#: Fewer words than this: too short for the text to identify the document.
MIN_WORDS = 30
#: Reading warnings that make a version a worse reading than another.
READING_CODES = ("low_ocr_confidence", "low_quality_page", "unreadable_page")

_WORD = re.compile(r"[^\W_]+")
# the permutations: multiply-shift hashing of the 32-bit shingle hashes, (a*h + b) mod 2**64 >> 32, `a` odd
_rng = np.random.Generator(np.random.PCG64(0x6B6568))
_A = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
assert BANDS * ROWS == PERMUTATIONS and SHINGLE == 3


@dataclass(frozen=True)
class Fingerprint:
    number_key: str | None
    issuer_key: str | None
    date: dt.date | None
    minhash: bytes | None

    def bands(self, numbered: bool | None = None) -> list[int]:
        """One key per band, as stored: the band's hash, its index, and whether the row has a number (a numbered
        row is one document by its text only with rows without a number, so it looks up those bands only).
        `numbered` None: this row's own keys."""
        if self.minhash is None:
            return []
        tag = int(self.number_key is not None) if numbered is None else int(numbered)
        return [zlib.crc32(self.minhash[b * ROWS * 4:(b + 1) * ROWS * 4], b) | (b << 32) | (tag << 40) for b in range(BANDS)]

    def candidate_bands(self) -> list[int]:
        """The band keys of the rows that may be this document by their text."""
        unnumbered = self.bands(numbered=False)
        return unnumbered if self.number_key else unnumbered + self.bands(numbered=True)


def number_key(number: str | None) -> str | None:
    """The number as a comparison key ("303/2025/NĐ-CP" == "303/2025/ND-CP" == "303 / 2025 / NĐ-CP"); None without a digit."""
    if not number or not any(c.isdigit() for c in number):
        return None
    return "".join(strip_marks(number).upper().split())


def issuer_key(issuer: str | None) -> str | None:
    return strip_marks(squash(issuer)) if issuer else None


def minhash(text: str | None) -> bytes | None:
    """The MinHash signature (PERMUTATIONS × uint32) of the word 3-shingles of `text`; None when it is too short."""
    words = _WORD.findall(nfc(text or "").lower())   # the words of squash(text), each folded once below
    if len(words) < MIN_WORDS:
        return None
    ids: dict[str, int] = {}
    for w in words:
        if w not in ids:
            ids[w] = zlib.crc32(fold(w).encode("utf-8"))
    w = np.fromiter((ids[x] for x in words), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):
        # a shingle's hash from its words' hashes (polynomial, mod 2**64), then the distinct shingles
        h = w[:-2] * _MIX[0] + w[1:-1] * _MIX[1] + w[2:]
        h = np.unique(h >> np.uint64(32) ^ (h & np.uint64(0xFFFFFFFF)))
        m = np.empty((PERMUTATIONS, len(h)), dtype=np.uint64)     # in place: no temporaries of this size
        np.multiply(_A[:, None], h[None, :], out=m)
        np.add(m, _B[:, None], out=m)
        np.right_shift(m, np.uint64(32), out=m)
        sig = m.min(axis=1)
    return sig.astype("<u4").tobytes()


def fingerprint(number: str | None, issuer: str | None, date: dt.date | None, text: str | None) -> Fingerprint:
    return Fingerprint(number_key(number), issuer_key(issuer), date, minhash(text))


def similarity(a: bytes | None, b: bytes | None) -> float:
    """Estimated Jaccard similarity of two signatures (0 when either is missing)."""
    if not a or not b:
        return 0.0
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


def same_document(a: Fingerprint, b: Fingerprint) -> str | None:
    """Why `a` and `b` are one document ("number" or "text"), or None."""
    if a.number_key and b.number_key:
        if a.number_key != b.number_key:
            return None
        if a.issuer_key and b.issuer_key and a.issuer_key != b.issuer_key:
            return None
        if a.date and b.date and a.date != b.date:
            return None
        if (a.minhash is None and b.minhash is None) or similarity(a.minhash, b.minhash) >= SAME_NUMBER_SIMILARITY:
            return "number"
        return None
    return "text" if similarity(a.minhash, b.minhash) >= TEXT_SIMILARITY else None


def reading_rank(status: str, warnings: list[str] | None, issued_date: dt.date | None, document_id: int) -> tuple:
    """Sort key of a version, best last: extracted, fewer reading warnings, newer issue date, stored later."""
    bad = sum(1 for w in warnings or [] if w.split(":", 1)[0] in READING_CODES)
    return (status == "extracted", -bad, issued_date or dt.date.min, document_id)


# ------------------------------------------------------------------ database

def fingerprint_of(doc, text: str | None) -> Fingerprint:
    """The fingerprint of a stored `documents` row (its own metadata) and its text."""
    return fingerprint(doc.number, doc.issuer, doc.issued_date, text)


def stored_fingerprint(doc) -> Fingerprint:
    return Fingerprint(doc.number_key, issuer_key(doc.issuer), doc.issued_date, doc.minhash)


def save_bands(session, document_id: int, fp: Fingerprint) -> None:
    from sqlalchemy import delete

    from models.tables import DocumentBand

    session.execute(delete(DocumentBand).where(DocumentBand.document_id == document_id))
    bands = fp.bands()
    if bands:
        session.execute(DocumentBand.__table__.insert(), [{"document_id": document_id, "band": b} for b in bands])


def matches(session, doc, fp: Fingerprint) -> list:
    """The stored rows (extracted, other than `doc`) that are the same document as `doc`."""
    from sqlalchemy import select

    from models.tables import Document, DocumentBand

    ids: set[int] = set()
    if fp.number_key:
        ids.update(session.scalars(select(Document.id).where(Document.number_key == fp.number_key)))
    bands = fp.candidate_bands()
    if bands:
        ids.update(session.scalars(select(DocumentBand.document_id).where(DocumentBand.band.in_(bands)).distinct()))
    ids.discard(doc.id)
    if not ids:
        return []
    d = Document
    rows = session.execute(select(d.id, d.number_key, d.issuer, d.issued_date, d.minhash)
                           .where(d.id.in_(sorted(ids)), d.status == "extracted")).all()
    same = [r.id for r in rows if same_document(fp, Fingerprint(r.number_key, issuer_key(r.issuer), r.issued_date, r.minhash))]
    return list(session.scalars(select(Document).where(Document.id.in_(same)).order_by(Document.id))) if same else []


def members(session, roots: set[int]) -> list:
    """Every row of the groups whose current versions are `roots`."""
    from sqlalchemy import or_, select

    from models.tables import Document

    if not roots:
        return []
    return list(session.scalars(select(Document).where(or_(Document.id.in_(sorted(roots)), Document.version_of.in_(sorted(roots))))
                                .order_by(Document.id)))


def best(rows: list):
    """The current version among `rows` (see `reading_rank`)."""
    return max(rows, key=lambda d: reading_rank(d.status, d.warnings, d.issued_date, d.id))
