"""A decision's last article ends where its signature block or its carried forms begin, whatever the portal did to
their lines: the signing mode alone on a line ("KT." then "CHỦ TỊCH"), a two-letter office ("T/M ỦY" then "BAN NHÂN
DÂN"), and a form's label ("Mẫu số 01") after a regulation's last article (shapes of Quảng Trị 2827/QĐ-UBND, Đà Nẵng
2638/QĐ-UBND and Hà Nội 71/2025/QĐ-UBND in the legal portal's corpus)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_text

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 2827/QĐ-UBND
Quảng Trị, ngày 27 tháng 11 năm 2025

QUYẾT ĐỊNH
CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính.

Điều 2. Sở Văn hóa, Thể thao và Du lịch có trách nhiệm tổ chức xây dựng quy trình giải quyết thủ tục hành chính.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các tổ chức, cá nhân có liên quan
chịu trách nhiệm thi hành Quyết định này./.

"""

SIGNATURES = {
    "mode alone": "KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n\n",
    "two-letter office": "T/M ỦY\nBAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Xuân Tân\n\n",
}
AFTER = """PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH
TT
Tên thủ tục hành chính
Thời hạn giải quyết
"""


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_last_article_stops_at_the_signature(name):
    r = extract_text(HEAD + SIGNATURES[name] + AFTER)
    texts = [a.text for a in r.assignments]
    assert r.metadata.signer == "Hoàng Xuân Tân"
    assert not any(t in ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "PHỤ LỤC", "Thời hạn giải quyết") for t in texts), texts
    assert len(r.assignments) <= 2


PORTAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "portal"


@pytest.mark.skipif(not PORTAL.is_dir(), reason="needs ../shared/corpus")
def test_forms_after_the_last_article_are_no_tasks():
    """Hà Nội 71/2025/QĐ-UBND carries a Quy chế whose last article is followed by its forms ("Mẫu số 01" ...)."""
    r = extract_text((PORTAL / "af2a4fc9b3a7aeeb.md").read_text(encoding="utf-8"))
    texts = [a.text for a in r.assignments]
    assert any("ban hành văn bản hướng dẫn, đôn đốc" in t for t in texts), texts
    assert not any("Họ tên" in t or t.startswith("Mẫu") or "SƠ LƯỢC LÝ LỊCH" in t for t in texts), texts
