"""What `kehoach ingest` says as it goes: throughput, failures by reason, and the time left."""
from __future__ import annotations

import pytest

from corpus.ingest import BackfillStatus


@pytest.mark.parametrize("status,files_s,eta,words", [
    # 10 of 100 files in 5 s: 2 files/s, 90 left -> 45 s
    (BackfillStatus(100, 10, 0, 40, 5.0), 2.0, 45.0, ["10/100 files", "2.00 files/s", "8.0 pages/s", "time left 45s"]),
    # files finished by an earlier run are not this run's throughput
    (BackfillStatus(1000, 600, 500, 0, 50.0), 2.0, 200.0, ["600/1000", "time left 3m20s", "500 done before"]),
    # nothing done yet: the time left is unknown, not zero
    (BackfillStatus(10, 0, 0, 0, 3.0), 0.0, None, ["0/10", "time left unknown"]),
    # everything was done before: nothing left
    (BackfillStatus(5, 5, 5, 0, 0.2), 0.0, 0.0, ["5/5", "time left 0s"]),
    # hours, and failures by reason, most frequent first
    (BackfillStatus(100_000, 1000, 0, 0, 360.0, {"unreadable": 3, "time limit": 7}), 1000 / 360, 35640.0,
     ["time left 9h54m00s", "failed: 7 time limit, 3 unreadable"]),
])
def test_backfill_status(status, files_s, eta, words):
    assert status.files_per_second == pytest.approx(files_s)
    assert status.eta_seconds == (pytest.approx(eta) if eta is not None else None)
    line = status.line()
    for w in words:
        assert w in line, (w, line)
