"""`Sandbox`: one long-lived child process with the pipeline loaded, reused for many documents.

The child is a fresh interpreter (`python -m extractor.sandbox.child`, started with exec, never a bare fork: the
caller may be a threaded server), in a session of its own so that killing its process group also kills the
tesseract processes it runs. A job that overruns its wall clock (or, as a backstop, its CPU time) is stopped by
killing that group; after any death the next child is started at once and warms up while the caller goes on.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path

from . import proc
from .limits import Limits
from .messages import Done, Failed, Job, Ready
from .outcome import CRASHED, ERROR, ExtractionFailed, Extracted, died, over_cpu, over_time

#: The folder holding the `extractor` package, put on the child's PYTHONPATH (it may run from any directory).
_ROOT = Path(__file__).resolve().parents[2]
#: How often the parent looks at a working child's CPU time.
_POLL_SECONDS = 0.5
#: CPU time past the limit after which the parent kills a child that did not die of SIGXCPU.
_CPU_GRACE_SECONDS = 5.0
#: How long a child whose socket closed gets to exit before it is killed.
_EXIT_SECONDS = 2.0


class _Died(Exception):
    def __init__(self, returncode: int):
        self.returncode = returncode


class _Child:
    """One child process and its end of the socket."""

    def __init__(self, limits: Limits, launcher: ThreadPoolExecutor):
        ours, theirs = socket.socketpair()
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])))
        argv = [sys.executable, "-m", "extractor.sandbox.child", str(theirs.fileno()), str(os.getpid())]
        # started from the launcher's one long-lived thread: PR_SET_PDEATHSIG fires when the *thread* that started
        # the child ends, and a caller's thread (a server's request thread) may end long before the process does
        try:
            self.proc = launcher.submit(subprocess.Popen, argv, pass_fds=(theirs.fileno(),), start_new_session=True,
                                        env=env, stdin=subprocess.DEVNULL, stdout=2).result()
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        try:
            self.conn.send(limits)
        except OSError:   # it died at once: wait_ready reports how
            pass
        self.ready: Ready | None = None
        self.jobs = 0
        self._finalizer = weakref.finalize(self, _end, self.proc)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.returncode is None and not _exited(self.pid)

    def wait_ready(self, seconds: float) -> Ready:
        if self.ready is None:
            message = self.receive(time.monotonic() + seconds)
            if isinstance(message, Failed):
                raise ExtractionFailed(message.reason, message.detail)
            self.ready = message
        return self.ready

    def receive(self, deadline: float, cpu_budget: float | None = None):
        """The next message; TimeoutError past the deadline, _Died when the child dies, over_cpu past the budget."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            try:
                if self.conn.poll(min(remaining, _POLL_SECONDS)):
                    return self.conn.recv()
            except (EOFError, OSError):
                raise _Died(self.reap()) from None
            if cpu_budget is not None and (proc.process_cpu_seconds(self.pid) or 0.0) > cpu_budget:
                raise _Over()

    def reap(self) -> int:
        """The exit status of a child whose socket closed (it is dying, or dead)."""
        return _end(self.proc, grace=_EXIT_SECONDS)

    def kill(self) -> None:
        """End the child at once (it holds nothing worth a graceful exit) and close the socket."""
        _end(self.proc)
        self.conn.close()


class _Over(Exception):
    """The child went past its CPU budget without dying of SIGXCPU."""


def _exited(pid: int) -> bool:
    """Has the child exited? Asked without reaping it: while it is a zombie its process group cannot be reused."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _end(p: subprocess.Popen, grace: float = 0.0) -> int:
    """SIGKILL the child's process group, the child and the tesseract processes it started (which outlive a child
    that crashed), then reap the child and give its exit status; `grace` seconds first for it to exit by itself."""
    if p.returncode is None:
        end = time.monotonic() + grace
        while not _exited(p.pid) and time.monotonic() < end:
            time.sleep(0.01)
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()
    return p.returncode


class Sandbox:
    """One long-lived child process with the pipeline loaded once, reused for many documents, restarted after it
    dies or is killed. `extract()` blocks only the calling thread; calls from several threads take turns."""

    def __init__(self, limits: Limits = Limits(), pdf_settings=None):
        self.limits = limits
        if limits.ocr_workers is not None:
            from ..read.pdf import PdfSettings

            pdf_settings = replace(pdf_settings or PdfSettings(), ocr_workers=limits.ocr_workers)
        self.pdf_settings = pdf_settings
        self._lock = threading.Lock()
        self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kehoach-sandbox-launcher")
        self._closed = False
        self._child: _Child | None = _Child(limits, self._launcher)   # warms up while the caller goes on

    @property
    def pid(self) -> int | None:
        """The current child's process id (None once the sandbox is closed)."""
        child = self._child
        return child.pid if child is not None else None

    def ready(self) -> float:
        """Wait until a child is ready; its start-up time in seconds."""
        with self._lock:
            return self._live_child().ready.seconds

    def _live_child(self) -> _Child:
        """The child, started if need be and ready; ExtractionFailed("error") if it cannot start."""
        if self._closed:
            raise ExtractionFailed(ERROR, "the sandbox is closed")
        if self._child is None or not self._child.alive():
            self._replace()
            if self._child is None:
                raise ExtractionFailed(ERROR, "no extractor process could be started (out of processes or file descriptors?)")
        try:
            self._child.wait_ready(self.limits.start_seconds)
        except TimeoutError:
            failure = ExtractionFailed(ERROR, f"the extractor process did not start within {self.limits.start_seconds:g} s")
        except _Died as d:
            failure = ExtractionFailed(ERROR, f"the extractor process could not start: {died(d.returncode, self.limits).detail}")
        except ExtractionFailed as e:   # it said why
            failure = e
        else:
            return self._child
        self._child.kill()
        self._child = None      # the next extract() tries again
        raise failure

    def _replace(self) -> None:
        """Kill the current child, if any, and start the next one (unless the sandbox is closed)."""
        old, self._child = self._child, None
        if old is not None:
            old.kill()
        if not self._closed:
            try:
                self._child = _Child(self.limits, self._launcher)
            except OSError:   # the next extract() tries again, and says so if it cannot
                pass

    def extract(self, data: bytes, name: str, *, source_name: str | None = None) -> Extracted:
        """Read and extract one file in the child; ExtractionFailed with a reason if it cannot be done within limits.

        `name` is the file's name in the reader's messages, `source_name` the name stored in the result (default:
        `name`)."""
        job = Job(data, name, source_name if source_name is not None else name, self.pdf_settings)
        with self._lock:
            child = self._live_child()
            try:
                child.conn.send(job)
            except OSError:   # the child died between jobs, after the check: the document never reached it
                child = self._live_child()
                try:
                    child.conn.send(job)
                except OSError:
                    self._replace()
                    raise ExtractionFailed(CRASHED, "the extractor process died before it received the document") from None
            reply = self._await(child)
            child.jobs += 1
            if isinstance(reply, Failed) and reply.fatal or child.jobs >= self.limits.jobs_per_child:
                self._replace()
        if isinstance(reply, Failed):
            raise ExtractionFailed(reply.reason, reply.detail)
        source = replace(reply.source, data=data) if not reply.source.data else reply.source
        return Extracted(source, reply.result, reply.seconds, reply.cpu_seconds, reply.peak_rss_bytes)

    def _await(self, child: _Child) -> Done | Failed:
        """The child's reply to the job just sent, within the limits."""
        start_cpu = proc.process_cpu_seconds(child.pid)
        budget = None if start_cpu is None else start_cpu + self.limits.cpu_seconds + _CPU_GRACE_SECONDS
        try:
            return child.receive(time.monotonic() + self.limits.wall_seconds, budget)
        except TimeoutError:
            failure = over_time(self.limits)
        except _Over:
            failure = over_cpu(self.limits)
        except _Died as d:
            failure = died(d.returncode, self.limits)
        self._replace()
        if self._closed:
            raise ExtractionFailed(ERROR, "the sandbox was closed during the extraction")
        raise failure

    def close(self) -> None:
        """Kill the child (stopping a running job, which fails with reason "error"); extract() then refuses."""
        self._closed = True
        if not self._lock.acquire(blocking=False):   # a job is running: end it now rather than wait for it
            child = self._child
            if child is not None:
                _end(child.proc)
            self._lock.acquire()
        try:
            self._replace()
        finally:
            self._lock.release()
        self._launcher.shutdown(wait=True)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
