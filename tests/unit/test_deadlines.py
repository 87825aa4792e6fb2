"""find_deadlines(): dates, months, quarters and recurring schedules (as ISO dates and RRULEs)."""
from __future__ import annotations

import pytest

from extractor.deadlines import find_deadlines

CASES = [
    # (text, [expected values])
    ("(Hoàn thành trước ngày 31/8/2025).", ["due:2025-08-31"]),
    ("hoàn thành trước ngày 05 tháng 6 năm 2026", ["due:2026-06-05"]),
    ("chậm nhất ngày 15/12/2024 phải báo cáo", ["due:2024-12-15"]),
    ("chậm nhất trước ngày 16-8-2026", ["due:2026-08-16"]),
    ("báo cáo trước 30/6/2025 về Sở", ["due:2025-06-30"]),
    ("(hoàn thành trong Quý II/2024)", ["due:2024-06-30"]),
    ("Hoàn thành trong quý IV năm 2025", ["due:2025-12-31"]),
    ("trong Quý 1/2026", ["due:2026-03-31"]),
    ("hoàn thành trong tháng 02/2026", ["due:2026-02-28"]),
    ("trước tháng 10 năm 2025", ["due:2025-10-31"]),
    ("định kỳ 06 tháng, 01 năm báo cáo", ["rrule:FREQ=MONTHLY;INTERVAL=6", "rrule:FREQ=YEARLY"]),
    ("Định kỳ Quý, 06 tháng, 01 năm thực hiện chế độ báo cáo",
     ["rrule:FREQ=MONTHLY;INTERVAL=3", "rrule:FREQ=MONTHLY;INTERVAL=6", "rrule:FREQ=YEARLY"]),
    ("định kỳ (6 tháng, 01 năm) hoặc đột xuất báo cáo", ["rrule:FREQ=MONTHLY;INTERVAL=6", "rrule:FREQ=YEARLY"]),
    ("gửi báo cáo trước ngày 10/11 hàng năm để tổng hợp", ["rrule:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10"]),
    ("Định kỳ ngày 20 hàng tháng, cơ sở y tế lập danh sách", ["rrule:FREQ=MONTHLY;BYMONTHDAY=20"]),
    ("trước ngày 25 hằng tháng gửi số liệu", ["rrule:FREQ=MONTHLY;BYMONTHDAY=25"]),
    ("Định kỳ 6 tháng, 01 năm (6 tháng trước ngày 15/6; 01 năm trước ngày 15/12 hàng năm) báo cáo",
     ["rrule:FREQ=MONTHLY;INTERVAL=6", "rrule:FREQ=YEARLY", "rrule:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15",
      "rrule:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"]),
    ("định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh", ["rrule:FREQ=MONTHLY;INTERVAL=3"]),
    ("; hàng năm tổng hợp, tham mưu UBND tỉnh", ["rrule:FREQ=YEARLY"]),
    ("đồng thời hằng năm có đánh giá kết quả", ["rrule:FREQ=YEARLY"]),
    ("tổng hợp, báo cáo hằng quý về Công an tỉnh", ["rrule:FREQ=MONTHLY;INTERVAL=3"]),
    ("định kỳ hai năm một lần", []),                    # words, not numbers: left alone
    # not deadlines
    ("tham mưu phân bổ kinh phí hàng năm phục vụ công tác", []),
    ("bố trí trong dự toán ngân sách nhà nước hàng năm của các sở", []),
    ("định kỳ tổng hợp, báo cáo Chính phủ theo quy định", []),
    ("Định kỳ, đột xuất tổ chức các đợt rà soát", []),
    ("Chỉ thị số 25/CT-TTg ngày 05/6/2017 của Thủ tướng", []),
    ("phiên họp thường kỳ tháng 02 năm 2017 của Chính phủ", []),
    ("đến năm 2030 đạt ít nhất 50%", []),               # a year target, not a deadline
    ("trước ngày 31/2/2025", []),                       # not a real date
]


@pytest.mark.parametrize("text,values", CASES)
def test_deadlines(text, values):
    assert [d.value for d in find_deadlines(text)] == values


def test_span_points_at_the_phrase():
    text = "Công an tỉnh nghiên cứu tham mưu (Hoàn thành trước ngày 31/8/2025)."
    (d,) = find_deadlines(text)
    assert text[d.start:d.end] == "Hoàn thành trước ngày 31/8/2025"
