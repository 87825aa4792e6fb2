"""Linux process controls and measurements for the sandbox: prctl, setrlimit, mallopt and /proc.

The child applies the controls to itself (die with the parent, no core files, few malloc arenas, an address-space
limit, a CPU-time limit per job); the parent reads a child's CPU time from /proc as a backstop to RLIMIT_CPU.
Off Linux the controls that need prctl or /proc do nothing (the child still exits when its socket closes).
"""
from __future__ import annotations

import ctypes
import math
import os
import resource
import signal

#: prctl(2) option: the signal a process gets when the thread that started it dies.
_PR_SET_PDEATHSIG = 1
#: mallopt(3) parameter: the most malloc arenas glibc creates.
_M_ARENA_MAX = -8
#: Malloc arenas in the child. glibc's default (8 per core) reserves 64 MiB of address space for each, which counts
#: against RLIMIT_AS: on a many-core machine the OCR threads alone would use up the memory budget.
MALLOC_ARENAS = 2
#: clear_refs(5) value that resets the peak resident set size (VmHWM) to the current one.
_RESET_PEAK_RSS = "5"
#: Clock ticks per second, for /proc/<pid>/stat.
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def die_with_parent(parent_pid: int) -> None:
    """SIGKILL this process when its parent dies; exit now if it already has."""
    try:
        _libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except AttributeError:  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent_pid:
        os._exit(0)


def no_core_dumps() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def few_malloc_arenas() -> None:
    try:
        _libc().mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
    except AttributeError:  # pragma: no cover - not glibc
        pass


def _status(field: str, pid: int | str = "self") -> int | None:
    """A "kB" field of /proc/<pid>/status, in bytes."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def address_space() -> int:
    """This process's virtual memory size (what RLIMIT_AS counts)."""
    vm = _status("VmSize")
    return vm if vm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def limit_address_space(limit: int) -> None:
    """RLIMIT_AS, soft and hard (for good: this process is the sandbox)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def cpu_seconds(children: bool = False) -> float:
    """CPU time (user + system) of this process, and of the child processes it has waited for."""
    who = [resource.RUSAGE_SELF] + ([resource.RUSAGE_CHILDREN] if children else [])
    return sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, who))


def limit_cpu(seconds: float) -> None:
    """SIGXCPU (which kills) once this process has used `seconds` more CPU time than now.

    Only the soft limit moves: an unprivileged process cannot raise its hard limit again, and the next job needs a
    higher one. The parent's backstop (process_cpu_seconds) stands in for a hard limit."""
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(cpu_seconds() + seconds)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def unlimit_cpu() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))


def reset_peak_rss() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write(_RESET_PEAK_RSS)
    except OSError:  # pragma: no cover - an old kernel or a locked-down /proc: the peak is the process's lifetime peak
        pass


def peak_rss() -> int:
    """Peak resident memory since reset_peak_rss (or since the process started)."""
    hwm = _status("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def process_cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system, all threads) of a running process, from /proc/<pid>/stat; None if unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()   # after "pid (comm) ": state is field 3, utime 14, stime 15
    return (int(fields[11]) + int(fields[12])) / _TICKS
