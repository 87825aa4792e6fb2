"""A plan as copied from a legal portal (no seed looks like this): flattened header with "|" cells, the national
motto split over lines, hard-wrapped lines, a title-case Roman heading, "Đối với ..." and "... có trách nhiệm:" headings."""
from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).resolve().parent.parent / "fixtures" / "portal_plan.txt"


@pytest.fixture(scope="module")
def result(extractor):
    return extractor.extract(PLAN.read_text(encoding="utf-8"))


def test_metadata(result):
    m = result.metadata
    assert (m.doc_type, m.number, m.issuer, m.province, m.issued_date, m.signer) == (
        "KH", "75/KH-UBND", "Ủy ban nhân dân tỉnh Bình Định", "Bình Định", "2022-05-19", "Nguyễn Tuấn Thanh")
    assert m.title == "TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG TỘI PHẠM VÀ TỆ NẠN XÃ HỘI NĂM 2022"


def test_sections(result):
    assert [(s.label, s.kinds) for s in result.sections] == [
        ("I", ["purpose", "requirements"]), ("II", ["tasks"]), ("III", ["implementation"])]


def test_assignments(result):
    got = [(a.agencies, a.role, a.requested, a.partners, a.text[:30]) for a in result.assignments]
    assert got == [
        (["Sở Thông tin và Truyền thông"], "lead", False, ["Đài Phát thanh và Truyền hình tỉnh"], "chủ trì, phối hợp với Đài Phát"),
        (["Công an tỉnh"], "lead", False, ["Sở Tư pháp"], "Chủ trì, phối hợp với Sở Tư ph"),
        (["Công an tỉnh"], "responsible", False, [], "Tổng hợp, báo cáo Ủy ban nhân "),
        (["Sở Giáo dục và Đào tạo"], "responsible", False, [], "Tổ chức tuyên truyền trong trư"),
        (["Sở Tài nguyên và Môi trường"], "support", False, ["Ủy ban nhân dân cấp huyện"], "Phối hợp với Ủy ban nhân dân c"),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"], "responsible", True, [],
         "Tuyên truyền, vận động Nhân dâ"),
    ]
    assert result.assignments[0].deadline.due == "2022-09-30"
    assert result.assignments[2].deadline.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"


def test_citations_across_hard_wraps(result):
    assert [(c.key, c.issuer, c.date, c.relation) for c in result.citations] == [
        ("749/QĐ-TTg", "Thủ tướng Chính phủ", "2020-06-03", "basis"),
        ("09-CTr/TU", "Tỉnh ủy Bình Định", "2021-05-14", "basis"),
    ]
