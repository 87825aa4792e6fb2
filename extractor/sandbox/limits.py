"""What one sandboxed extraction may use."""
from __future__ import annotations

from dataclasses import dataclass

GIB = 1024 ** 3


@dataclass(frozen=True)
class Limits:
    #: CPU time per document, of the child process itself (all its threads; tesseract processes have their own limit
    #: of the same size). RLIMIT_CPU is whole seconds: the limit is rounded up to the next second of the child's usage.
    cpu_seconds: float = 120.0
    #: Address space the child may take above its warm baseline (the pipeline loaded), RLIMIT_AS. Every process the
    #: child starts (tesseract) inherits the same limit; a normal page needs a few hundred MB of it.
    memory_bytes: int = 2 * GIB
    #: Wall clock per document: past it the parent kills the child and all its processes.
    wall_seconds: float = 300.0
    #: Wall clock for a child to start (interpreter, pipeline, warm-up); not counted in `wall_seconds`.
    start_seconds: float = 120.0
    #: Tesseract processes at a time for one document; None: the PdfSettings' own `ocr_workers` (every core).
    ocr_workers: int | None = None
    #: A child is replaced after this many documents, to shed whatever native libraries leak.
    jobs_per_child: int = 500
