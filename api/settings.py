"""The service's settings: `corpus.settings.Settings`, the one settings module (service, worker, ingest, CLI)."""
from __future__ import annotations

from corpus.settings import Settings

__all__ = ["Settings"]
