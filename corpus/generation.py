"""Answers kept until the corpus changes: `remember(session, kind, key, compute)`.

Some answers are computed from many rows and asked for again and again: how many tasks name an agency (150,000 for
"Công an tỉnh" in a corpus of 10,000 plans), the counts by province and year of the plans citing a hub such as
36-CT/TW. The database keeps a generation number that triggers raise on every write of a `documents` row (migration
0007; every store, replace and delete of a document writes its row), so such an answer stays right exactly as long
as the generation it was computed at is the current one.

`Database` gives each of its sessions an `AnswerCache` (`session.info[CACHE]`); a session without one (a plain
Session in a script) computes every time. The cache is bounded (least recently used answers go first) and holds the
answers of one generation: the first answer of a newer generation empties it.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import CorpusState

T = TypeVar("T")
#: The key of the cache in `Session.info`.
CACHE = "kehoach_answers"
#: Answers kept at most (each is small: a count, or a hub's counts and first page).
MAX_ANSWERS = 2048


#: Where a session keeps the generation its current transaction read (read once per transaction).
_SEEN = "kehoach_generation"
_GENERATION = select(CorpusState.__table__.c.generation).where(CorpusState.__table__.c.id == 1)


def generation(session: Session) -> int:
    """The corpus generation as this session's transaction sees it (read once per transaction)."""
    tx = session.get_transaction()
    seen = session.info.get(_SEEN)
    if tx is not None and seen is not None and seen[0] is tx:
        return seen[1]
    gen = session.connection().execute(_GENERATION).scalar() or 0
    session.info[_SEEN] = (session.get_transaction(), gen)
    return gen


class AnswerCache:
    """Answers of one generation, least recently used first out; safe to share between threads. With `max_bytes`,
    the answers are bytes (a JSON answer), and they also go out when they weigh more than that together (an answer
    heavier than that alone is not kept)."""

    def __init__(self, max_answers: int = MAX_ANSWERS, max_bytes: int | None = None):
        self.max_answers = max_answers
        self.max_bytes = max_bytes
        self._generation: int | None = None
        self._answers: OrderedDict[Hashable, object] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, gen: int, key: Hashable) -> tuple[bool, object]:
        with self._lock:
            if gen != self._generation or key not in self._answers:
                self.misses += 1
                return False, None
            self._answers.move_to_end(key)
            self.hits += 1
            return True, self._answers[key]

    def put(self, gen: int, key: Hashable, value: object) -> None:
        size = self._size(value)
        if self.max_bytes is not None and size > self.max_bytes:
            return
        with self._lock:
            if self._generation is None or gen > self._generation:
                self._generation = gen
                self._answers.clear()
                self._bytes = 0
            elif gen < self._generation:
                return          # computed in an older snapshot than what the cache holds: not kept
            self._bytes += size - self._size(self._answers.pop(key, b""))
            self._answers[key] = value
            while len(self._answers) > self.max_answers or (self.max_bytes is not None and self._bytes > self.max_bytes):
                self._bytes -= self._size(self._answers.popitem(last=False)[1])

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._bytes = 0
            self._generation = None

    def _size(self, value: object) -> int:
        return len(value) if self.max_bytes is not None else 0  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._answers)


def remember(session: Session, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or its answer kept from an earlier call at the same corpus generation. `compute` must read the
    database through `session` (so that its answer and the generation come from the same transaction)."""
    cache: AnswerCache | None = session.info.get(CACHE)
    if cache is None:
        return compute()
    gen = generation(session)
    found, value = cache.get(gen, (kind, key))
    if found:
        return value  # type: ignore[return-value]
    value = compute()
    cache.put(gen, (kind, key), value)
    return value
