"""Hostile files contained: each extraction runs in a child process with CPU-time, memory and wall-clock limits.

    with Sandbox() as box:                       # or SandboxPool(n) for n threads
        out = box.extract(data, "plan.pdf")      # Extracted(source, result, seconds, cpu_seconds, peak_rss_bytes)

A PDF that explodes, a regular expression that backtracks, or a crash in a native library fails that one document
with `ExtractionFailed(reason, detail)` ("unreadable", "time limit", "cpu limit", "memory limit", "crashed",
"error"; the detail is for a person) and never the caller: the child dies, the next one starts.

limits.py (Limits), outcome.py (Extracted, ExtractionFailed, the reasons), messages.py (what parent and child say),
proc.py (prctl, setrlimit, /proc), child.py (the child's loop), process.py (Sandbox), pool.py (SandboxPool).
"""
from __future__ import annotations

from .limits import Limits
from .outcome import REASONS, Extracted, ExtractionFailed
from .pool import SandboxPool
from .process import Sandbox

__all__ = ["REASONS", "Extracted", "ExtractionFailed", "Limits", "Sandbox", "SandboxPool"]
