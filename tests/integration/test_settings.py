"""Settings in one home: corpus.settings, read by the service, the worker and ingest, each default written once."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

from tests.conftest import ROOT


def test_the_service_reads_the_one_settings_module():
    import api.settings
    import corpus.settings

    assert api.settings.Settings is corpus.settings.Settings


def test_defaults_are_the_same_with_or_without_settings(monkeypatch):
    """Ingest and the worker build QueueConfig() without Settings: they get the service's defaults."""
    from corpus import jobs, runjob
    from corpus.queue import QueueConfig
    from corpus.settings import Settings

    for name in ("KEHOACH_WORKERS", "KEHOACH_CPU_SECONDS", "KEHOACH_WALL_SECONDS", "KEHOACH_MEMORY_MB",
                 "KEHOACH_BROKER_URL", "KEHOACH_CELERY_QUEUE", "KEHOACH_QUEUE", "KEHOACH_MAX_PAGES"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    assert settings.queue_config() == QueueConfig()
    assert jobs.STALE_AFTER == dt.timedelta(seconds=settings.stale_seconds)
    assert runjob.HEARTBEAT_EVERY == dt.timedelta(seconds=settings.heartbeat_seconds)


def test_the_environment_sets_them(monkeypatch):
    from corpus.settings import Settings

    monkeypatch.setenv("KEHOACH_WORKERS", "3")
    monkeypatch.setenv("KEHOACH_WALL_SECONDS", "60")
    config = Settings().queue_config()
    assert config.workers == 3 and config.limits.wall_seconds == 60


def test_celery_app_and_queue_import_without_a_circle():
    code = "import sys, corpus.celery_app; print('corpus.queue' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_the_service_imports_no_benchmark():
    code = "import sys, api.app, api.cli; print(sorted(m for m in sys.modules if m == 'bench' or m.startswith('bench.')))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
