"""`kehoach worker` processes for benchmarks and tests: start one in a session of its own, stop them all."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_worker(env: dict[str, str], name: str, log=subprocess.DEVNULL) -> subprocess.Popen:
    """A worker named `name@host`, in its own process group (so that killpg reaches its sandbox too)."""
    return subprocess.Popen([sys.executable, "-m", "api.cli", "worker", "-n", f"{name}@%h"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop_all(procs: list[subprocess.Popen], grace: float = 30.0) -> None:
    """SIGTERM (a warm shutdown) to every group still running, then SIGKILL to those not gone after `grace`."""
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
