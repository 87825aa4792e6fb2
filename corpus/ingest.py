"""Files and folders -> read -> extract -> store, one transaction per file.

`ingest_paths(db, paths, progress=...)` takes files and folders (folders are walked for
plan files), skips files already stored by this extractor version without extracting
them again (by sha256), re-extracts files stored by an older version, keeps files the
reader cannot read (status `unreadable`, with the reason) and reports every failure.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import DBAPIError

from extractor import __version__ as EXTRACTOR_VERSION
from extractor.read import UnreadableFile, read_bytes

from . import store
from .db import Database
from .records import _Record

#: What a folder is searched for (files given by name are always tried: the reader decides by content).
PLAN_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".pdf", ".docx", ".doc", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})

#: SQLSTATEs worth a retry: a deadlock or a serialization failure between two concurrent writers (PostgreSQL).
RETRY_SQLSTATES = frozenset({"40P01", "40001"})
ATTEMPTS = 4

FileStatus = Literal["stored", "replaced", "unchanged", "unreadable", "failed"]


@dataclass(frozen=True)
class FileOutcome(_Record):
    path: str
    source_name: str
    status: FileStatus
    document_id: int | None = None
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.status in ("unreadable", "failed")


@dataclass(frozen=True)
class IngestReport(_Record):
    files: tuple[FileOutcome, ...]

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.failed)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("stored", "replaced", "unchanged") if self.count(s)]
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return f"{len(self.files)} file(s): " + (", ".join(parts) or "nothing to do")


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the plan files under each folder (sorted, hidden files skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PLAN_SUFFIXES
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _retryable(e: DBAPIError) -> bool:
    state = getattr(e.orig, "sqlstate", None) or getattr(e.orig, "pgcode", None)
    return state in RETRY_SQLSTATES or "database is locked" in str(e.orig)


def _write(db: Database, fn):
    """Run `fn(session)` in a writer session; retry when a concurrent writer got in the way."""
    for attempt in range(ATTEMPTS):
        try:
            with db.writer() as s:
                return fn(s)
        except DBAPIError as e:
            if attempt == ATTEMPTS - 1 or not _retryable(e):
                raise
            time.sleep(0.05 * 2 ** attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def ingest_file(db: Database, path: Path, extractor, *, force: bool = False) -> FileOutcome:
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return FileOutcome(str(path), name, "failed", error=f"{path}: no such file")
    except IsADirectoryError:
        return FileOutcome(str(path), name, "failed", error=f"{path}: is a directory")
    except OSError as e:
        return FileOutcome(str(path), name, "failed", error=f"{path}: cannot read ({e.strerror})")
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        known = store.find_by_sha(s, sha)
    if known is not None and known.extractor_version == EXTRACTOR_VERSION and not force:
        if known.status == store.STATUS_UNREADABLE:
            return FileOutcome(str(path), known.source_name or name, "unreadable", known.id, known.error)
        return FileOutcome(str(path), known.source_name or name, "unchanged", known.id)
    try:
        src = read_bytes(data, str(path))
    except UnreadableFile as e:
        out = _write(db, lambda s: store.store_unreadable(s, data, name, str(e)))
        return FileOutcome(str(path), name, "unreadable", out.document_id, str(e))
    try:
        result = extractor.extract_source(src, source_name=name)
    except Exception as e:  # the extractor must not stop a batch: report and go on
        return FileOutcome(str(path), name, "failed", error=f"{path}: extraction failed ({type(e).__name__}: {e})")
    out = _write(db, lambda s: store.ingest(s, result, src, source_name=name, force=force))
    return FileOutcome(str(path), out.source_name or name, out.status, out.document_id)


class LazyExtractor:
    """Loads the pipeline (about a second) only when a file actually needs extracting."""

    def __init__(self) -> None:
        self._ex = None

    def extract_source(self, src, source_name: str | None = None):
        if self._ex is None:
            from extractor.pipeline import Extractor

            self._ex = Extractor()
        return self._ex.extract_source(src, source_name=source_name)


def ingest_paths(db: Database, paths: Iterable[Path], *, extractor=None, force: bool = False,
                 progress: Callable[[FileOutcome, int, int], None] | None = None,
                 on_start: Callable[[int], None] | None = None) -> IngestReport:
    """Ingest every file under `paths`; `progress(outcome, done, total)` is called after each file."""
    files = collect_files(paths)
    if on_start:
        on_start(len(files))
    extractor = extractor or LazyExtractor()
    outcomes = []
    for i, f in enumerate(files):
        outcome = ingest_file(db, f, extractor, force=force)
        outcomes.append(outcome)
        if progress:
            progress(outcome, i + 1, len(files))
    return IngestReport(tuple(outcomes))
