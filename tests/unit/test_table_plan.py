"""Tasks given with attribute lines, a trailing "(X chủ trì, ...)" and a task table (no seed has these forms)."""
from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).resolve().parent.parent / "fixtures" / "table_plan.md"


@pytest.fixture(scope="module")
def result(extractor):
    return extractor.extract(PLAN.read_text(encoding="utf-8"))


def test_tasks(result):
    got = [(a.agencies, a.role, a.partners, a.text, a.deadline.due or a.deadline.recurrence) for a in result.assignments]
    assert got == [
        (["Công an tỉnh"], "lead", ["Sở Tư pháp", "Sở Nội vụ"], "Xây dựng cơ sở dữ liệu dân cư", "2026-09-30"),
        (["Sở Nội vụ"], "lead", ["Sở Khoa học và Công nghệ"], "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức", "2026-09-30"),
        (["Các sở, ban, ngành tỉnh"], "responsible", [], "định kỳ hằng quý báo cáo kết quả về Sở Khoa học và Công nghệ.",
         "FREQ=MONTHLY;INTERVAL=3"),
        (["Văn phòng Ủy ban nhân dân tỉnh"], "lead", ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân cấp xã"],
         "Số hóa hồ sơ thủ tục hành chính", "2026-12-31"),
        (["Sở Khoa học và Công nghệ"], "lead", [], "Nâng cấp Cổng dịch vụ công", "2026-06-30"),
        (["Trung tâm Giám sát điều hành thông minh tỉnh"], "lead", ["Công an tỉnh"], "Vận hành hệ thống giám sát", "FREQ=YEARLY"),
    ]
    assert result.assignments[-1].agency_refs[0].registered is False


def test_table_spans_are_exact(result):
    src = PLAN.read_text(encoding="utf-8")
    a = result.assignments[3]
    assert src[a.span.start:a.span.end] == "Số hóa hồ sơ thủ tục hành chính"
    assert src[a.deadline.span.start:a.deadline.span.end] == "Trước ngày 31/12/2026"


def test_metadata_and_targets(result):
    m = result.metadata
    assert (m.number, m.issuer, m.issued_date, m.signer) == ("210/KH-UBND", "Ủy ban nhân dân tỉnh Nghệ An", "2026-03-02", "Hoàng Phú Hiền")
    assert [(t.value, t.year) for t in result.targets] == [(80.0, 2030)]
    assert [(c.key, c.relation) for c in result.citations] == [("57-NQ/TW", "basis")]
