"""The extraction sandbox: hostile files fail one document with a reason, within its limits, and never the caller.

Every hostile case ends in a result or in ExtractionFailed(reason, detail) within the wall clock (plus a small
margin), and the same Sandbox then still extracts a seed exactly as the in-process Extractor does.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.read import read_bytes
from extractor.read.pdf import PdfSettings
from extractor.sandbox import REASONS, ExtractionFailed, Limits, Sandbox, SandboxPool
from extractor.sandbox.outcome import CPU_LIMIT, CRASHED, ERROR, MEMORY_LIMIT, TIME_LIMIT, died
from tests.adversarial import CASES, OK
from tests.conftest import ROOT, SAMPLES

SEEDS = sorted(SAMPLES.glob("*.txt"))
SEED = SEEDS[0]
#: The limits of the shared sandbox: far above what any case here needs, low enough that a hang fails quickly.
LIMITS = Limits(cpu_seconds=20, wall_seconds=30)
#: Pages allowed, so that the PDF of 3000 empty pages is read (and found blank) rather than refused for its length.
PDF_SETTINGS = PdfSettings(max_pages=5000)
#: Seconds an extraction may take past its wall clock: the parent's poll and the kill.
MARGIN = 2.0


@pytest.fixture(scope="module")
def box():
    with Sandbox(LIMITS, PDF_SETTINGS) as sandbox:
        sandbox.ready()
        yield sandbox


@pytest.fixture(scope="module")
def expected(extractor):
    """The in-process result of the seed, as JSON."""
    return extractor.extract_source(read_bytes(SEED.read_bytes(), SEED.name), source_name=SEED.name).model_dump_json()


def big_plan(copies: int = 100) -> bytes:
    """A plan of about 2 MB (the body of a seed, `copies` times): about 7 s of CPU time in-process."""
    seed = (SAMPLES / "004_58f2b1c8268940d4.txt").read_text(encoding="utf-8")
    head, rest = seed.split("III. NHIỆM VỤ", 1)
    body, tail = rest.split("Trên đây là", 1)
    return (head + "III. NHIỆM VỤ" + body * copies + "Trên đây là" + tail).encode("utf-8")


def timed(sandbox: Sandbox, data: bytes, name: str):
    """(Extracted or ExtractionFailed, seconds), the child ready before the clock starts."""
    sandbox.ready()
    start = time.monotonic()
    try:
        out = sandbox.extract(data, name)
    except ExtractionFailed as e:
        out = e
    return out, time.monotonic() - start


def still_extracts(sandbox: Sandbox, expected_json: str) -> None:
    out = sandbox.extract(SEED.read_bytes(), SEED.name)
    assert out.result.model_dump_json() == expected_json


def in_background(sandbox: Sandbox, data: bytes) -> tuple[threading.Thread, list[ExtractionFailed]]:
    """Extract `data` in a thread (started); the list gets the ExtractionFailed, if any."""
    failures: list[ExtractionFailed] = []

    def extract():
        try:
            sandbox.extract(data, "background.txt")
        except ExtractionFailed as e:
            failures.append(e)

    worker = threading.Thread(target=extract)
    worker.start()
    return worker, failures


def assert_within(out, seconds: float, limits: Limits) -> None:
    assert seconds < limits.wall_seconds + MARGIN, (out, seconds)
    if isinstance(out, ExtractionFailed):
        assert out.reason in REASONS and len(out.detail) > 10, (out.reason, out.detail)


# ------------------------------------------------------------------ results

@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_the_sandbox_gives_the_in_process_result(box, extractor, seed):
    data = seed.read_bytes()
    out = box.extract(data, seed.name)
    src = read_bytes(data, seed.name)
    assert out.source == src and out.source.data is data
    assert out.result.model_dump_json() == extractor.extract_source(src, source_name=seed.name).model_dump_json()
    assert 0 < out.seconds < 10 and 0 < out.cpu_seconds < 10 and out.peak_rss_bytes > 50 * 2 ** 20


def test_source_name_is_stored_and_name_is_in_messages(box):
    assert box.extract(SEED.read_bytes(), "/in/box/plan.txt", source_name="plan.txt").result.source.name == "plan.txt"
    with pytest.raises(ExtractionFailed) as e:
        box.extract(b"", "/in/box/empty.txt", source_name="empty.txt")
    assert (e.value.reason, e.value.detail, str(e.value)) == ("unreadable", "/in/box/empty.txt: is empty", "/in/box/empty.txt: is empty")


@pytest.fixture(scope="module")
def scan_page(fixtures) -> bytes:
    """The first page of the seed's scanned PDF (300 dpi, no text layer)."""
    import io

    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument(next(f for f in fixtures["scan"] if f.name.startswith(SEED.stem)).read_bytes())
    one = pdfium.PdfDocument.new()
    one.import_pages(scan, [0])
    buf = io.BytesIO()
    one.save(buf)
    return buf.getvalue()


def test_ocr_of_a_scanned_page_works_under_the_default_memory_limit(box, scan_page):
    """tesseract inherits the child's RLIMIT_AS: a page at 300 dpi, two tesseracts at a time, must fit in it."""
    assert LIMITS.memory_bytes == Limits().memory_bytes
    out = box.extract(scan_page, "scan.pdf")
    assert out.source.ocr_pages == (1,) and out.source.ocr_confidence[1] > 80
    assert out.result.metadata.number == "53/KH-UBND"


# ------------------------------------------------------------------ hostile files

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from tests.adversarial import write_corpus

    return {case.name: path for case, path in write_corpus(tmp_path_factory.mktemp("adversarial"))}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_file(box, corpus, expected, case):
    out, seconds = timed(box, corpus[case.name].read_bytes(), case.name)
    assert_within(out, seconds, LIMITS)
    got = out.reason if isinstance(out, ExtractionFailed) else OK
    assert got in case.outcomes, (case.name, got, str(out))
    still_extracts(box, expected)


@pytest.mark.parametrize("name,detail", [
    ("blank_pages.pdf", "blank_pages.pdf: has no text (its 3000 page(s) are blank)"),
    ("encrypted.pdf", "encrypted.pdf: is an encrypted PDF (it needs a password)"),
    ("image_bomb.png", "image_bomb.png: is not a readable image (not an image Pillow can open)"),
    ("bomb.pdf", "the extractor process died (signal 6, SIGABRT): a native library aborted, as PDFium does when it "
                 "cannot allocate memory within the 2 GiB budget"),
])
def test_what_a_person_is_told(box, corpus, name, detail):
    out, _ = timed(box, corpus[name].read_bytes(), name)
    assert isinstance(out, ExtractionFailed) and out.detail == detail


_BRACKETS = st.integers(1, 10_000).map(lambda n: "(" * n + "[" * n + "]" * n + ")" * n)
_NO_SPACES = st.integers(1, 50_000).map(lambda n: ("SởYtếchủtrì" * (n // 11 + 1))[:n])
_REPEATS = st.tuples(st.sampled_from(["Sở ", "Sở Sở ", "phối hợp với ", "Chỉ thị số ", "ngày 1/", "- ", "1.", "(", "Ủy ban "]),
                     st.integers(1, 10_000)).map(lambda t: t[0] * t[1])
_CITATIONS = st.integers(1, 1_500).map(lambda n: ", ".join(f"Quyết định số {i}/QĐ-UBND ngày {i % 28 + 1}/{i % 12 + 1}/2020"
                                                           for i in range(n)))
pathological = st.lists(st.one_of(_BRACKETS, _NO_SPACES, _REPEATS, _CITATIONS), min_size=1, max_size=4).map(
    lambda parts: "KẾ HOẠCH\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế\n- " + "\n".join(parts))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pathological)
def test_pathological_text_returns_or_fails_with_a_reason_within_limits(box, text):
    out, seconds = timed(box, text.encode("utf-8"), "pathological.txt")
    assert_within(out, seconds, LIMITS)


def test_after_pathological_text_a_seed_still_extracts(box, expected):
    still_extracts(box, expected)


# ------------------------------------------------------------------ limits

@pytest.mark.parametrize("limits,reason,detail", [
    (Limits(cpu_seconds=1), CPU_LIMIT, "the extraction used more than 1 s of CPU time"),
    (Limits(wall_seconds=1), TIME_LIMIT, "the extraction took longer than 1 s and was stopped"),
    (Limits(memory_bytes=64 * 2 ** 20), MEMORY_LIMIT, "the extraction needed more than its 64 MiB of memory"),
])
def test_a_limit_stops_a_long_extraction_and_the_sandbox_goes_on(limits, reason, detail, expected):
    """A 2 MB plan (7 s of CPU time and 300 MB in-process) stands in for a backtracking regular expression (CPU), a
    hang (wall clock) and a bomb (memory)."""
    with Sandbox(limits) as sandbox:
        out, seconds = timed(sandbox, big_plan(), "big.txt")
        assert isinstance(out, ExtractionFailed) and (out.reason, out.detail) == (reason, detail)
        assert seconds < limits.wall_seconds + MARGIN
        still_extracts(sandbox, expected)


def group(pgid: int) -> list[str]:
    """The command lines of the live processes in a process group (zombies left out)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(command)
    return out


def recognising(pgid: int) -> bool:
    """Is a tesseract of the group reading a page (not just listing its languages)?"""
    return any(c.startswith("tesseract ") and c.endswith(" tsv") for c in group(pgid))


def test_a_native_crash_mid_ocr_fails_that_document_and_ends_its_tesseracts(box, scan_page, expected):
    box.ready()
    pid = box.pid
    worker, failure = in_background(box, scan_page)
    end = time.monotonic() + 10
    while not recognising(pid) and time.monotonic() < end:
        time.sleep(0.02)
    assert recognising(pid)
    os.kill(pid, signal.SIGSEGV)            # as a native library would crash, the tesseract still running
    worker.join(10)
    assert [(e.reason, e.detail) for e in failure] == [(CRASHED, "the extractor process died (signal 11, SIGSEGV)")]
    assert group(pid) == [] and box.pid != pid
    still_extracts(box, expected)


def test_a_child_that_died_between_jobs_is_replaced_without_a_failure(box, expected):
    box.ready()
    pid = box.pid
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    still_extracts(box, expected)
    assert box.pid != pid


@pytest.mark.parametrize("returncode,reason,detail", [
    (-signal.SIGXCPU, CPU_LIMIT, "the extraction used more than 120 s of CPU time"),
    (-signal.SIGSEGV, CRASHED, "the extractor process died (signal 11, SIGSEGV)"),
    (-signal.SIGBUS, CRASHED, "the extractor process died (signal 7, SIGBUS)"),
    (-signal.SIGKILL, CRASHED, "the extractor process died (signal 9, SIGKILL): killed from outside the sandbox, "
                               "on Linux most likely by the out-of-memory killer"),
    (-signal.SIGABRT, CRASHED, "the extractor process died (signal 6, SIGABRT): a native library aborted, as PDFium "
                               "does when it cannot allocate memory within the 2 GiB budget"),
    (1, CRASHED, "the extractor process exited unexpectedly (exit code 1)"),
    (0, CRASHED, "the extractor process exited unexpectedly (exit code 0)"),
])
def test_how_a_death_is_told(returncode, reason, detail):
    e = died(returncode, Limits())
    assert (e.reason, e.detail) == (reason, detail)


def test_a_failure_pickles_whole():
    """A Celery worker sends the exception of a failed task to the caller pickled."""
    import pickle

    e = pickle.loads(pickle.dumps(ExtractionFailed(CPU_LIMIT, "the extraction used more than 1 s of CPU time")))
    assert (type(e), e.reason, e.detail, str(e)) == (ExtractionFailed, CPU_LIMIT, "the extraction used more than 1 s of CPU time",
                                                      "the extraction used more than 1 s of CPU time")


# ------------------------------------------------------------------ the process

def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"   # a zombie waiting for init is dead
    except FileNotFoundError:
        return True


def test_the_child_dies_with_its_parent():
    parent = subprocess.Popen(
        [sys.executable, "-c", "import time; from extractor.sandbox import Sandbox; b = Sandbox(); b.ready(); "
                               "print(b.pid, flush=True); time.sleep(60)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        assert not _gone(child)
        parent.kill()
        parent.wait()
        end = time.monotonic() + 5
        while not _gone(child) and time.monotonic() < end:
            time.sleep(0.05)
        assert _gone(child)
    finally:
        parent.kill()
        parent.stdout.close()


def test_a_sandbox_made_in_a_short_lived_thread_keeps_its_child_until_closed(expected):
    """PR_SET_PDEATHSIG fires when the thread that started the child ends: the sandbox starts children from its own
    long-lived thread, so a sandbox made in a short-lived thread (a server's request thread) keeps its child. Closing
    it stops a running job at once and refuses more."""
    made: list[Sandbox] = []

    def make():
        sandbox = Sandbox()
        sandbox.ready()         # the child has set PR_SET_PDEATHSIG before this thread ends
        made.append(sandbox)

    maker = threading.Thread(target=make)
    maker.start()
    maker.join()
    time.sleep(0.2)
    sandbox = made[0]
    pid = sandbox.pid
    still_extracts(sandbox, expected)
    assert sandbox.pid == pid
    worker, failure = in_background(sandbox, big_plan())
    time.sleep(0.5)
    sandbox.close()
    worker.join(5)
    assert [(e.reason, e.detail) for e in failure] == [(ERROR, "the sandbox was closed during the extraction")]
    assert _gone(pid) and sandbox.pid is None
    with pytest.raises(ExtractionFailed, match="the sandbox is closed"):
        sandbox.extract(SEED.read_bytes(), SEED.name)


def test_a_pool_serves_threads_side_by_side(extractor):
    want = {s.name: extractor.extract_source(read_bytes(s.read_bytes(), s.name), source_name=s.name).model_dump_json()
            for s in SEEDS}
    got: dict[str, str] = {}
    with SandboxPool(2) as pool:
        threads = [threading.Thread(target=lambda s=s: got.__setitem__(s.name, pool.extract(s.read_bytes(), s.name).result.model_dump_json()))
                   for s in SEEDS * 2]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert got == want
