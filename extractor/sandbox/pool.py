"""`SandboxPool`: N sandboxes shared by threads."""
from __future__ import annotations

import threading

from .limits import Limits
from .outcome import ERROR, ExtractionFailed, Extracted
from .process import Sandbox


class SandboxPool:
    """N sandboxes shared by threads: extract() checks one out, blocks while all are busy."""

    def __init__(self, size: int, limits: Limits = Limits(), pdf_settings=None):
        if size < 1:
            raise ValueError("a sandbox pool needs at least one sandbox")
        self.limits = limits
        self._all = [Sandbox(limits, pdf_settings) for _ in range(size)]   # their children start side by side
        self._idle = list(self._all)
        self._changed = threading.Condition()
        self._closed = False

    @property
    def size(self) -> int:
        return len(self._all)

    def ready(self) -> float:
        """Wait until every sandbox's child is ready; the slowest start-up, in seconds."""
        return max(box.ready() for box in self._all)

    def _check_out(self) -> Sandbox:
        with self._changed:
            while not self._idle and not self._closed:
                self._changed.wait()
            if self._closed:
                raise ExtractionFailed(ERROR, "the sandbox pool is closed")
            return self._idle.pop()

    def _check_in(self, box: Sandbox) -> None:
        with self._changed:
            self._idle.append(box)
            self._changed.notify()

    def extract(self, data: bytes, name: str, *, source_name: str | None = None) -> Extracted:
        box = self._check_out()
        try:
            return box.extract(data, name, source_name=source_name)
        finally:
            self._check_in(box)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        for box in self._all:
            box.close()

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
