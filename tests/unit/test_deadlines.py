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
    # dev set and portal shapes
    ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028", ["due:2028-07-01"]),
    ("chậm nhất là ngày 15/12/2025 gửi báo cáo", ["due:2025-12-15"]),
    ("báo cáo trước 16h00 ngày 20/12/2025", ["due:2025-12-20"]),
    ("định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện", ["rrule:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"]),
    ("Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng",
     ["rrule:FREQ=YEARLY", "rrule:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"]),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo",
     ["rrule:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", "rrule:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15"]),
    ("định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo",
     ["rrule:FREQ=MONTHLY;INTERVAL=3", "rrule:FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"]),
    ("(từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)", ["due:2025-12-03"]),
    ("Đợt 02 dự kiến: Thực hiện vét trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025).",
     ["due:2025-12-10"]),
    ("Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.", ["due:2025-12-31"]),
    ("Thời gian thực hiện: Tháng 11/2025", ["due:2025-11-30"]),
    ("từ tháng 3 đến tháng 10 năm 2026", ["due:2026-10-31"]),
    ("Quý III Năm 2026", ["due:2026-09-30"]),
    ("Quý IV/2025- Quý II/2026", ["due:2026-06-30"]),  # a range is due on its end
    ("Quí IV-2025", ["due:2025-12-31"]),
    ("Quý II-III/2026", ["due:2026-09-30"]),
    ("báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết", ["rrule:FREQ=DAILY"]),
    ("báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp nhận", ["rrule:FREQ=DAILY"]),
    ("Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy", ["rrule:FREQ=YEARLY"]),
    ("báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm theo quy định", ["rrule:FREQ=YEARLY"]),
    ("Tháng 12 hằng năm", ["rrule:FREQ=YEARLY;BYMONTH=12"]),
    # not deadlines
    ("Cao điểm tập trung trong 10 ngày làm việc", []),  # relative
    ("báo cáo ngay trước 24h", []),
    ("Quyết định này có hiệu lực thi hành kể từ ngày 06 tháng 12 năm 2025.", []),
    ("Hằng năm", []),                                   # only in a time cell
    ("chi trả trợ cấp cho đối tượng hàng tháng", []),
    ("trường hợp tiếp nhận sau 15 giờ hàng ngày", []),
    ("theo từng năm từ ngày 01/01 đến hết ngày 31/12;", []),
    ("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", []),  # a start
    ("trước ngày 20 tháng 7 năm cuối đối với chương trình", []),                 # the year is unknown
]


@pytest.mark.parametrize("text,values", CASES)
def test_deadlines(text, values):
    assert [d.value for d in find_deadlines(text)] == values


def test_span_points_at_the_phrase():
    text = "Công an tỉnh nghiên cứu tham mưu (Hoàn thành trước ngày 31/8/2025)."
    (d,) = find_deadlines(text)
    assert text[d.start:d.end] == "Hoàn thành trước ngày 31/8/2025"


CELLS = [
    # (a time cell of a task table, [expected values])
    ("Hằng năm", ["rrule:FREQ=YEARLY"]),
    ("Thường xuyên, hằng năm", ["rrule:FREQ=YEARLY"]),
    ("Trước ngày\n30/11/2025", ["due:2025-11-30"]),
    ("30/11/2025", ["due:2025-11-30"]),
    ("Tháng 12/2025", ["due:2025-12-31"]),
    ("Tháng 10-12/2025", ["due:2025-12-31"]),
    ("Thường xuyên", []),
    ("2025", []),                                       # a year alone is optional in the gold
    ("Năm 2026 và các năm tiếp theo", []),
    ("Từ tháng 11/2025", []),
    ("01/12/2025 - 31/12/2025", ["due:2025-12-31"]),   # a range is due on its end
]


@pytest.mark.parametrize("text,values", CELLS)
def test_time_cells(text, values):
    assert [d.value for d in find_deadlines(text, issued="2025-11-18", cell=True)] == values


def test_year_of_a_one_off_date_from_the_issue_date():
    # the first such date on or after the issue date
    assert [d.value for d in find_deadlines("hoàn thành trước ngày 15/4", issued="2025-11-18")] == ["due:2026-04-15"]
    assert [d.value for d in find_deadlines("hoàn thành trước ngày 15/12", issued="2025-11-18")] == ["due:2025-12-15"]
    assert find_deadlines("hoàn thành trước ngày 15/12") == []      # no issue date: the year is unknown


def test_dates_before_the_issue_date_are_not_time_limits():
    text = "đất sử dụng ổn định trước ngày 01 tháng 7 năm 2014"
    assert find_deadlines(text, issued="2025-03-01") == []
    assert [d.value for d in find_deadlines(text)] == ["due:2014-07-01"]


def test_periodic_context_beyond_the_span():
    text = "Định kỳ báo cáo UBND tỉnh kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị"
    s = text.index("(")
    assert [d.value for d in find_deadlines(text, s, len(text), issued="2025-11-18")] == [
        "rrule:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15"]


def test_a_phrase_cut_by_the_span_end_is_read_whole():
    text = "- Thời gian thực hiện: Quý\nIV năm 2025 và các năm tiếp theo.\n\n2. Rà soát trước ngày 30/6/2026"
    end = text.index("\nIV")
    assert [d.value for d in find_deadlines(text, 0, end, issued="2025-11-19")] == ["due:2025-12-31"]


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 597/KH-UBND\nĐồng Tháp, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
        "Chuyển đổi số trong hoạt động xây dựng\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm hoàn thành trước ngày 15/12 việc rà soát dữ liệu.\n\n"
        "II. MỤC TIÊU\nPhấn đấu đến hết Quý IV/2026, 100% hồ sơ được số hóa.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\nChủ trì tổng hợp, báo cáo.\n\n"
        "Trên đây là Kế hoạch chuyển đổi số. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. "
        "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def test_pipeline_issue_date_sections_and_closing_paragraph(extractor):
    r = extractor.extract(PLAN)
    values = {d.due or d.recurrence for d in r.deadlines}
    assert "2025-12-15" in values                                # the issue year resolves "trước ngày 15/12"
    assert "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30" in values      # the closing paragraph sets a schedule
    assert "2026-12-31" not in values                            # a "Mục tiêu" section states targets


def test_the_time_of_a_meeting_is_not_a_time_limit():
    assert find_deadlines("4. Thời gian: Từ 09h30 ngày 22/6/2026 (thứ hai).", issued="2026-06-15") == []
    assert find_deadlines("Thời gian: 09h30 ngày 22/6/2026", issued="2026-06-15") == []


def test_a_stray_emphasis_mark_between_lead_and_date():
    text = ("định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất *ngày\n"
            "17 tháng 12.* Thời gian báo cáo")
    assert [d.value for d in find_deadlines(text, issued="2025-11-19")] == [
        "rrule:FREQ=YEARLY", "rrule:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17"]


def test_a_year_named_in_words_is_not_every_year():
    assert find_deadlines("Trước ngày 31 tháng 12 của năm cuối kỳ kế hoạch, Ủy ban nhân dân tỉnh", issued="2025-11-25") == []
    assert [d.value for d in find_deadlines("báo cáo 06 tháng (trước ngày 30/6 của năm)", issued="2025-11-25")] == [
        "rrule:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"]
