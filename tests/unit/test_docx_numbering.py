"""Word list numbering is printed text: "1.", "a)", "-" that live in numbering.xml, not in the paragraph's runs."""
from __future__ import annotations

import io

import docx
import pytest

from extractor.pipeline import Extractor
from extractor.read import read_file
from extractor.read.docx import read_docx
from tests.conftest import SHARED

FILES = SHARED / "corpus" / "files"


def test_list_styles_print_their_numbers_and_bullets():
    d = docx.Document()
    d.add_paragraph("Giao Sở Y tế chủ trì thực hiện.", style="List Number")
    d.add_paragraph("Giao Công an tỉnh phối hợp.", style="List Number")
    d.add_paragraph("một ý", style="List Bullet")
    d.add_paragraph("không đánh số")
    buf = io.BytesIO()
    d.save(buf)
    lines = read_docx(buf.getvalue(), "x.docx").text.split("\n")
    assert lines == ["1. Giao Sở Y tế chủ trì thực hiện.", "2. Giao Công an tỉnh phối hợp.", "- một ý", "không đánh số"]


@pytest.mark.parametrize("name, printed", [
    # a notice whose 1.–4. and a)–e) are list numbering, with one "đ)" typed by hand between d) and e)
    ("vb_UB-_Thong_bao_ve_viec_giai_the_06_hoi_vi_pham_(1).doc",
     ["1. Thống nhất việc giải thể", "a) Hội Cựu giáo chức", "đ) Hiệp hội Thủy sản", "e) Hội Lâm nghiệp",
      "2. Yêu cầu:", "3. Đề nghị Báo Bình Thuận", "4. Giao các sở:"]),
    # a letter: its "Kính gửi" bullets and its 1.–3. items
    ("vb_UB-_gia_han_thoi_gian_to_chuc_DH.doc", ["- Các sở:", "1. Yêu cầu các hội:", "2. Giao các sở:", "3. Giao Sở Nội vụ"]),
])
def test_real_doc_lists_read_as_printed(name, printed):
    path = FILES / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared absent)")
    lines = read_file(path).text.split("\n")
    for start in printed:
        assert any(line.startswith(start) for line in lines), start


def test_numbered_items_of_a_doc_notice_are_its_sections_and_tasks():
    path = FILES / "vb_UB-_Thong_bao_ve_viec_giai_the_06_hoi_vi_pham_(1).doc"
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared absent)")
    r = Extractor().extract_source(read_file(path), source_name=path.name)
    assert [s.label for s in r.sections] == ["1", "2", "3", "4"]
    assert any("Báo tỉnh" in a.agencies and a.requested for a in r.assignments)


@pytest.mark.parametrize("text, rule", [
    ("Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu, chủ đầu tư gửi báo cáo", "FREQ=WEEKLY;BYDAY=FR"),
    ("gửi báo cáo hằng tuần vào ngày thứ Hai", "FREQ=WEEKLY;BYDAY=MO"),
    ("gửi báo cáo hằng tuần", "FREQ=WEEKLY"),
])
def test_a_weekly_report_keeps_the_day_it_names(text, rule):
    from extractor.deadlines import find_deadlines
    assert [h.recurrence for h in find_deadlines(text, issued="2025-01-01")] == [rule]
