"""Hostile input never crashes or hangs the extractor."""
from __future__ import annotations

import os
import random
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@contextmanager
def time_limit(seconds: int):
    """Fail (instead of hanging the suite) if the block runs longer than `seconds`."""
    def boom(signum, frame):
        raise TimeoutError(f"extraction took over {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_empty_text(extractor):
    r = extractor.extract("")
    assert r.sections == [] and r.assignments == [] and r.citations == [] and r.metadata.number is None


def test_whitespace_only(extractor):
    assert extractor.extract(" \n\n\t \r\n").assignments == []


def test_binary_junk(extractor):
    rnd = random.Random(7)
    junk = bytes(rnd.randrange(256) for _ in range(200_000)).decode("latin-1")
    with time_limit(60):
        r = extractor.extract(junk)
    assert r.source.chars == len(junk)


def test_five_megabyte_text(extractor):
    from tests.conftest import SAMPLES

    seed = (SAMPLES / "004_58f2b1c8268940d4.txt").read_text(encoding="utf-8")
    head, rest = seed.split("III. NHIỆM VỤ", 1)
    body, tail = rest.split("Trên đây là", 1)
    copies = 5_000_000 // len(body) + 1
    big = head + "III. NHIỆM VỤ" + body * copies + "Trên đây là" + tail
    assert len(big) > 5_000_000
    with time_limit(240):
        r = extractor.extract(big)
    assert len(r.assignments) > 40 * copies
    assert r.metadata.signer == "Nguyễn Lê Huy"
    assert all(0 <= a.span.start < a.span.end <= len(big) for a in r.assignments[:50])


def test_ten_thousand_bullets(extractor):
    text = "KẾ HOẠCH\nX\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Công an tỉnh\n" + "".join(f"- Nhiệm vụ số {i}.\n" for i in range(10_000))
    with time_limit(120):
        r = extractor.extract(text)
    assert len(r.assignments) == 10_000


def test_deeply_nested_numbering(extractor):
    lines = []
    label = []
    for depth in range(1, 400):
        label.append(str(depth % 9 + 1))
        lines.append(".".join(label[-6:]) + ". Mục " + "(" * depth + " a) b) - + " + "[" * depth)
    text = "KẾ HOẠCH\nX\nI. NỘI DUNG\n" + "\n".join(lines) + "\n" + "(" * 50_000 + "\n" + "1." * 20_000
    with time_limit(60):
        extractor.extract(text)


def test_pathological_repetitions(extractor):
    text = ("Chỉ thị số " * 2000) + ("phối hợp với " * 3000) + ("Sở Y tế, " * 3000) + ("ngày 1/" * 3000) + ("Luật " * 3000)
    with time_limit(60):
        extractor.extract("KẾ HOẠCH\nX\nIII. PHÂN CÔNG\n1. Sở Y tế\n- " + text)


_PIECES = list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạđĐÂÊÔƠƯIVX0123456789 \n\t.,;:-+/()“”*#|%") + [
    "Sở ", "Công an tỉnh", "phối hợp với ", "Chỉ thị số 36-CT/TW", "ngày 16/8/2019", "định kỳ 06 tháng",
    "\nIII. PHÂN CÔNG NHIỆM VỤ\n", "\n1. ", "\n- ", "\n+ ", "Đề nghị ", "Giao ", "Luật ", "Quý II/2025",
    "(viết tắt là ", ")", "**", "\u0301", "\u200b", "\x00", "Nơi nhận:", "KẾ HOẠCH\n", "Số: 12/KH-UBND\n"]
#: Text made of characters and plan-like fragments, up to a few thousand characters.
vietnamese = st.lists(st.sampled_from(_PIECES), max_size=800).map("".join)


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "150")), deadline=3000,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(vietnamese)
def test_any_text_gives_a_result_in_bounded_time(extractor, text):
    r = extractor.extract(text)
    n = len(text)
    for a in r.assignments:
        assert 0 <= a.span.start <= a.span.end <= n
        assert a.role in ("lead", "support", "responsible")
    for c in r.citations:
        assert c.mentions and all(0 <= m.span.start <= m.span.end <= n for m in c.mentions)


