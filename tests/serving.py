"""Starting `kehoach serve` in a process of its own for the tests that talk to it over HTTP."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(args: list[str], env: dict[str, str], log_path: Path, timeout: float = 120) -> tuple[subprocess.Popen, str]:
    """`kehoach serve --port <free> ARGS` with ENV, its output in LOG_PATH; waits until /health answers 200 and
    returns the process and its base URL (the process is killed, and the log's end shown, if it never does)."""
    port = free_port()
    with open(log_path, "wb") as log:   # the child keeps its own handle
        proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--port", str(port), *args], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise AssertionError("the service did not start: " + Path(log_path).read_text(errors="replace")[-2000:])
