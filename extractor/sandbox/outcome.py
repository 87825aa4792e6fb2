"""What a sandboxed extraction gives back: `Extracted`, or `ExtractionFailed` with a reason and words for a person."""
from __future__ import annotations

import signal
from dataclasses import dataclass

from models.result import PlanResult

from ..read.source import SourceText
from .limits import GIB, Limits

#: Failure reasons (ExtractionFailed.reason).
UNREADABLE = "unreadable"        # the reader refused the file (extractor.read.UnreadableFile): encrypted, empty, ...
TIME_LIMIT = "time limit"        # wall clock exceeded: the child was killed
CPU_LIMIT = "cpu limit"          # CPU time exceeded (SIGXCPU, or the parent's backstop)
MEMORY_LIMIT = "memory limit"    # an allocation failed under RLIMIT_AS
CRASHED = "crashed"              # the child died of anything else (a native library's crash, the OOM killer)
ERROR = "error"                  # the extractor raised an exception (a bug), or the sandbox is closed

REASONS = (UNREADABLE, TIME_LIMIT, CPU_LIMIT, MEMORY_LIMIT, CRASHED, ERROR)


@dataclass(frozen=True)
class Extracted:
    source: SourceText
    result: PlanResult
    seconds: float           # wall clock of reading and extracting, in the child
    cpu_seconds: float       # CPU time of the child and the processes it ran (tesseract)
    peak_rss_bytes: int      # the child's peak resident memory during the job


class ExtractionFailed(Exception):
    """One document could not be extracted; `reason` is one of REASONS, `detail` says why in words."""

    def __init__(self, reason: str, detail: str):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


def size(n: int) -> str:
    """2 GiB, 512 MiB."""
    return f"{n / GIB:g} GiB" if n >= GIB else f"{n / 2 ** 20:g} MiB"


def over_time(limits: Limits) -> ExtractionFailed:
    return ExtractionFailed(TIME_LIMIT, f"the extraction took longer than {limits.wall_seconds:g} s and was stopped")


def over_cpu(limits: Limits) -> ExtractionFailed:
    return ExtractionFailed(CPU_LIMIT, f"the extraction used more than {limits.cpu_seconds:g} s of CPU time")


def over_memory(limits: Limits) -> ExtractionFailed:
    return ExtractionFailed(MEMORY_LIMIT, f"the extraction needed more than its {size(limits.memory_bytes)} of memory")


#: What a signal's death most likely means, after "the extractor process died (signal N, NAME)".
_SIGNAL_HINTS = {
    signal.SIGKILL: "killed from outside the sandbox, on Linux most likely by the out-of-memory killer",
    signal.SIGABRT: "a native library aborted, as PDFium does when it cannot allocate memory within the {budget} budget",
}


def died(returncode: int, limits: Limits) -> ExtractionFailed:
    """The child died while extracting (not killed by the parent): why, from its exit status."""
    if returncode >= 0:
        return ExtractionFailed(CRASHED, f"the extractor process exited unexpectedly (exit code {returncode})")
    number = -returncode
    if number == signal.SIGXCPU:
        return over_cpu(limits)
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = "unknown signal"
    detail = f"the extractor process died (signal {number}, {name})"
    hint = _SIGNAL_HINTS.get(number)
    if hint:
        detail += ": " + hint.format(budget=size(limits.memory_bytes))
    return ExtractionFailed(CRASHED, detail)
