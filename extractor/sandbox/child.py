"""The sandbox child: `python -m extractor.sandbox.child FD PARENT_PID`.

It talks to its parent over the socket FD (see messages.py): it reads its Limits, loads the pipeline and warms it
up (so that the lazily loaded pieces count in its baseline, not against a document's budget), limits its address
space to the baseline plus the memory budget, says Ready, then extracts one Job at a time until the socket closes.
Each job runs under a CPU-time limit; a failed allocation ends the job (and the child, whose memory is suspect)
with a "memory limit" reply.
"""
from __future__ import annotations

import errno
import faulthandler
import os
import sys
import time
import traceback
from dataclasses import replace
from multiprocessing.connection import Connection

from . import proc
from .limits import Limits
from .messages import Done, Failed, Job, Ready
from .outcome import ERROR, UNREADABLE, over_memory

#: A short plan that runs every stage, so that the warm-up loads what the stages load on first use.
WARM_UP_TEXT = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 12/KH-UBND
KẾ HOẠCH
Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị
I. MỤC ĐÍCH
Đến năm 2025 đạt 90% số xã.
II. PHÂN CÔNG NHIỆM VỤ
1. Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức thực hiện; báo cáo định kỳ 06 tháng, trước ngày 15/12/2025.
2. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức xét nghiệm.
| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|
| Số hóa hồ sơ | Sở Tư pháp | Công an tỉnh | Quý II/2026 |
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Xuyên
"""


def warm_up():
    """The pipeline, loaded and run once; the readers' libraries imported."""
    import docx  # noqa: F401  (python-docx, for DOCX)
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    from ..pipeline import Extractor
    from ..read import read_bytes

    extractor = Extractor()
    extractor.extract_source(read_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt"))
    return extractor


def _out_of_memory(e: BaseException) -> bool:
    return isinstance(e, MemoryError) or isinstance(e, OSError) and e.errno == errno.ENOMEM


def _no_memory(limits: Limits) -> Failed:
    """The reply to a failed allocation; the child exits after sending it (its memory is suspect)."""
    failure = over_memory(limits)
    return Failed(failure.reason, failure.detail, fatal=True)


def run(extractor, job: Job, limits: Limits) -> Done | Failed:
    from ..read import UnreadableFile, read_bytes

    proc.reset_peak_rss()
    wall, cpu = time.monotonic(), proc.cpu_seconds(children=True)
    proc.limit_cpu(limits.cpu_seconds)
    try:
        src = read_bytes(job.data, job.name, pdf_settings=job.pdf_settings)
        result = extractor.extract_source(src, source_name=job.source_name)
    except UnreadableFile as e:
        return Failed(UNREADABLE, str(e))
    except Exception as e:
        if _out_of_memory(e):
            return _no_memory(limits)
        return Failed(ERROR, f"{type(e).__name__}: {e}")
    finally:
        proc.unlimit_cpu()
    return Done(replace(src, data=b"") if src.data is job.data else src, result, time.monotonic() - wall,
                proc.cpu_seconds(children=True) - cpu, proc.peak_rss())


def _send(conn: Connection, message, limits: Limits) -> bool:
    """Send a reply; False when the child should exit (its memory ran out on the way)."""
    try:
        conn.send(message)
    except MemoryError:
        conn.send(_no_memory(limits))
        return False
    except Exception as e:  # a reply that does not pickle: a bug, reported as one
        conn.send(Failed(ERROR, f"the result could not be sent back ({type(e).__name__}: {e})"))
    return not getattr(message, "fatal", False)


def serve(conn: Connection) -> int:
    limits: Limits = conn.recv()
    started = time.monotonic()
    try:
        extractor = warm_up()
    except Exception:
        conn.send(Failed(ERROR, "the extractor could not start: " + traceback.format_exc(limit=-3)))
        return 1
    baseline = proc.address_space()
    proc.limit_address_space(baseline + limits.memory_bytes)
    conn.send(Ready(os.getpid(), time.monotonic() - started, baseline, baseline + limits.memory_bytes))
    while True:
        try:
            reply = run(extractor, conn.recv(), limits)
        except EOFError:   # the parent closed the socket (or died): done
            return 0
        except MemoryError:   # receiving the job, or building the reply
            reply = _no_memory(limits)
        if not _send(conn, reply, limits):
            return 0


def main(argv: list[str]) -> int:
    fd, parent = int(argv[1]), int(argv[2])
    proc.die_with_parent(parent)
    proc.no_core_dumps()
    proc.few_malloc_arenas()
    faulthandler.enable()       # a native crash prints the Python stack to stderr (the server's log), then kills
    return serve(Connection(fd))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
