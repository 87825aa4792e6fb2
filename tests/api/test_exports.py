"""Exports an officer opens without help: the files are opened with openpyxl and icalendar, as an office would."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from api.exports import (LABELS_JS, CalendarEvent, deadline_event, deadlines_ics, doc_label, first_occurrence,
                         obligations_csv, obligations_xlsx, page_words, recurrence_words, role_words, shorten)
from corpus.deadlines import DeadlineItem
from corpus.records import DocRef, Obligation, SpanRef


#: The recurrences in words; the page's labels.js recurrence() is tested on the same table (tests/e2e/test_modules.py).
RECURRENCE_CASES = [
    ("FREQ=MONTHLY;BYMONTHDAY=20", "Hằng tháng, ngày 20"),
    ("FREQ=MONTHLY;BYMONTHDAY=20;", "Hằng tháng, ngày 20"),
    ("FREQ=MONTHLY;INTERVAL=3", "Hằng quý"),
    ("FREQ=MONTHLY;INTERVAL=6", "6 tháng một lần"),
    ("FREQ=MONTHLY", "Hằng tháng"),
    ("FREQ=MONTHLY;INTERVAL=12", "Hằng năm"),
    ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "Hằng năm, trước ngày 15/12"),
    ("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10", "Hằng năm, trước ngày 10/11"),
    ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5", "Hằng năm, trước ngày 05/01"),
    ("FREQ=YEARLY;BYMONTH=12", "Hằng năm, tháng 12"),
    ("FREQ=YEARLY", "Hằng năm"),
    ("FREQ=YEARLY;INTERVAL=5", "5 năm một lần"),
    ("FREQ=DAILY", "Hằng ngày"),
    ("FREQ=WEEKLY", "Hằng tuần"),
    ("FREQ=WEEKLY;INTERVAL=2", "2 tuần một lần"),
    ("FREQ=WEEKLY;BYDAY=FR", "Hằng tuần, thứ Sáu"),
    ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20", "Hằng quý, ngày 20 tháng cuối quý"),
    ("FREQ=YEARLY;BYMONTH=3,6,9,12", "Hằng quý, tháng cuối quý"),
    # what it cannot word is kept as written, never lost
    ("FREQ=MONTHLY;COUNT=3", "FREQ=MONTHLY;COUNT=3"),
    ("FREQ=HOURLY", "FREQ=HOURLY"),
    ("not a rule", "not a rule"),
    (None, ""),
]


@pytest.mark.parametrize("rrule, words", RECURRENCE_CASES)
def test_recurrence_words(rrule, words):
    assert recurrence_words(rrule) == words


@pytest.mark.parametrize("rrule, issued, first", [
    # "trước ngày 10/11 hằng năm" in a plan of 31/3/2020: the first occurrence is 10/11/2020, not the issue date
    ("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10", dt.date(2020, 3, 31), dt.date(2020, 11, 10)),
    ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", dt.date(2020, 3, 31), dt.date(2021, 3, 1)),
    ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20", dt.date(2020, 3, 31), dt.date(2020, 6, 20)),
    ("FREQ=MONTHLY;BYMONTHDAY=20;", dt.date(2020, 3, 31), dt.date(2020, 4, 20)),
    ("FREQ=MONTHLY;BYMONTHDAY=20", dt.date(2020, 3, 20), dt.date(2020, 3, 20)),
    ("FREQ=MONTHLY;INTERVAL=6", dt.date(2020, 3, 31), dt.date(2020, 3, 31)),
])
def test_first_occurrence(rrule, issued, first):
    assert first_occurrence(rrule, issued) == first


def test_shorten_cuts_at_a_word():
    text = "Sở Y tế: chủ trì, phối hợp với các sở, ngành tổ chức triển khai các hoạt động truyền thông phòng, chống ma túy"
    short = shorten(text, 60)
    assert short.endswith("…") and len(short) <= 61
    assert text.startswith(short[:-1]) and text[len(short) - 1] == " "   # the cut falls between two words
    assert shorten("Ngắn gọn", 60) == "Ngắn gọn"


def test_role_words_are_the_page_words():
    src = LABELS_JS.read_text(encoding="utf-8")
    line = re.search(r"export const ROLE = .*", src).group(0)
    for code in ("lead", "support", "responsible"):
        assert f'{code}: "{role_words(code)}"' in line
    assert role_words("responsible") == "Chịu trách nhiệm"
    assert page_words("DOC_TYPE")["KH"] == "Kế hoạch"


def _doc(**kw) -> DocRef:
    base = dict(id=7, source_name="ke-hoach-ma-tuy.docx", number=None, doc_type="KH", province="Thái Bình",
                issued_date=dt.date(2020, 3, 31), title="Thực hiện Chỉ thị số 36-CT/TW về phòng, chống ma túy")
    return DocRef(**{**base, **kw})


def test_doc_label():
    assert doc_label(_doc(number="45/KH-UBND")) == "45/KH-UBND"
    assert doc_label(_doc()) == "Kế hoạch Thực hiện Chỉ thị số 36-CT/TW về phòng, chống ma túy"
    assert doc_label(_doc(title="Kế hoạch phòng, chống ma túy")) == "Kế hoạch phòng, chống ma túy"
    assert doc_label(_doc(title=None)) == "ke-hoach-ma-tuy.docx"
    assert doc_label(_doc(title=None, source_name=None)) == "Kế hoạch (mã 7)"


def _obligation(doc: DocRef, role="responsible", due=dt.date(2020, 11, 10), recurrence="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10"):
    return Obligation(document=doc, task_id="t1", agency="Sở Y tế", written="Sở Y tế", as_partner=False, role=role,
                      requested=False, text="Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh", section="III.1",
                      agencies=("Sở Y tế",), partners=("Công an tỉnh",), due=due, deadline_text="trước ngày 10/11 hằng năm",
                      recurrence=recurrence, span=SpanRef(10, 80), agency_span=SpanRef(10, 17))


def test_xlsx_opens_with_dates_words_and_names(tmp_path):
    from openpyxl import load_workbook

    items = [_obligation(_doc()), _obligation(_doc(number="45/KH-UBND"), role="lead", due=None, recurrence="FREQ=MONTHLY;INTERVAL=3")]
    path = tmp_path / "nhiem-vu.xlsx"
    path.write_bytes(obligations_xlsx(items, "Sở Y tế"))
    ws = load_workbook(path).active
    head = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(head)}
    due = ws.cell(2, col["Thời hạn"])
    assert isinstance(due.value, dt.datetime) and due.value.date() == dt.date(2020, 11, 10) and due.is_date
    assert due.number_format == "DD/MM/YYYY"
    issued = ws.cell(2, col["Ngày ban hành"])
    assert issued.is_date and issued.value.date() == dt.date(2020, 3, 31)
    assert ws.cell(3, col["Thời hạn"]).value in (None, "")
    assert ws.cell(2, col["Định kỳ"]).value == "Hằng năm, trước ngày 10/11"
    assert ws.cell(3, col["Định kỳ"]).value == "Hằng quý"
    assert ws.cell(2, col["Văn bản"]).value == "Kế hoạch Thực hiện Chỉ thị số 36-CT/TW về phòng, chống ma túy"
    assert ws.cell(3, col["Văn bản"]).value == "45/KH-UBND"
    assert ws.cell(2, col["Vai trò"]).value == "Chịu trách nhiệm" and ws.cell(3, col["Vai trò"]).value == "Chủ trì"
    assert not any("FREQ=" in str(c.value) for row in ws.iter_rows() for c in row)


def test_csv_words_and_iso_dates():
    rows = list(csv.DictReader(io.StringIO(obligations_csv([_obligation(_doc())]).lstrip("\ufeff"))))
    assert rows[0]["Định kỳ"] == "Hằng năm, trước ngày 10/11"
    assert rows[0]["Thời hạn"] == "2020-11-10" and rows[0]["Ngày ban hành"] == "2020-03-31"
    assert rows[0]["Vai trò"] == "Chịu trách nhiệm" and rows[0]["Văn bản"].startswith("Kế hoạch Thực hiện")


def test_exports_say_validity_when_asked(tmp_path):
    """`in_force=flag` marks the tasks of plans replaced or abolished; the files carry it as a "Hiệu lực" column, and
    only then (a plain export has no column of blanks)."""
    from dataclasses import replace

    from openpyxl import load_workbook

    note = "Văn bản này: bị thay thế bởi 12/KH-UBND từ 01/01/2026"
    items = [replace(_obligation(_doc()), in_force=True), replace(_obligation(_doc(number="45/KH-UBND")), in_force=False,
                                                                  validity_note=note)]
    rows = list(csv.DictReader(io.StringIO(obligations_csv(items).lstrip("\ufeff"))))
    assert [r["Hiệu lực"] for r in rows] == ["Còn hiệu lực", note]
    path = tmp_path / "nhiem-vu.xlsx"
    path.write_bytes(obligations_xlsx(items, "Sở Y tế"))
    ws = load_workbook(path).active
    head = [c.value for c in ws[1]]
    assert head[-1] == "Hiệu lực" and ws.cell(3, len(head)).value == note
    plain = list(csv.DictReader(io.StringIO(obligations_csv([_obligation(_doc())]).lstrip("\ufeff"))))
    assert "Hiệu lực" not in plain[0]


def test_ics_event_starts_on_first_occurrence_with_task_and_document(tmp_path):
    from icalendar import Calendar

    task = ("Sở Y tế chủ trì, phối hợp với Công an tỉnh tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân "
            "tỉnh trước ngày 10/11 hằng năm để tổng hợp báo cáo Bộ Công an")
    recurring = DeadlineItem(1, _doc(number="45/KH-UBND"), "trước ngày 10/11 hằng năm", None,
                             "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10", ("Sở Y tế",), SpanRef(100, 130), task=task)
    once = DeadlineItem(2, _doc(), "trước ngày 30/6/2020", dt.date(2020, 6, 30), None, (), SpanRef(200, 220))
    path = tmp_path / "thoi-han.ics"
    path.write_text(deadlines_ics([deadline_event(recurring), deadline_event(once)]), encoding="utf-8")
    events = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    ev = events["deadline-1@kehoach"]
    assert ev.decoded("DTSTART") == dt.date(2020, 11, 10)
    assert ev["RRULE"]["FREQ"] == ["YEARLY"] and ev["RRULE"]["BYMONTHDAY"] == [10]
    summary, description = str(ev["SUMMARY"]), str(ev["DESCRIPTION"])
    assert summary.startswith("Sở Y tế: Sở Y tế chủ trì") and summary.endswith("…") and len(summary) <= 121
    assert (task[:len(summary) - 10] in summary) and summary[:-1].rstrip() + " " in ("Sở Y tế: " + task + " ")
    assert task in description and "45/KH-UBND" in description and "Thực hiện Chỉ thị số 36-CT/TW" in description
    assert "Định kỳ: Hằng năm, trước ngày 10/11" in description
    one = events["deadline-2@kehoach"]
    assert one.decoded("DTSTART") == dt.date(2020, 6, 30) and "RRULE" not in one
    assert "Kế hoạch Thực hiện Chỉ thị" in str(one["DESCRIPTION"])      # no number: named by type and title


def test_calendar_event_without_a_date_is_left_out():
    e = CalendarEvent("x@kehoach", "s", "d", None, "FREQ=YEARLY", None)
    assert "VEVENT" not in deadlines_ics([e])


def test_service_exports_open_as_files(client, seeded, tmp_path):
    """The seeds through the service: the calendar's recurring events start on a real occurrence and carry their
    task; the agency's XLSX has date cells and no raw RRULE."""
    from icalendar import Calendar
    from openpyxl import load_workbook

    feed = tmp_path / "thoi-han.ics"
    feed.write_bytes(client.get("/deadlines.ics").content)
    events = list(Calendar.from_ical(feed.read_bytes()).walk("VEVENT"))
    data = {d["id"]: d for d in client.get("/deadlines", params={"upcoming": False, "limit": 5000}).json()["data"]}
    recurring = [e for e in events if "RRULE" in e]
    assert recurring
    with_days = 0
    for e in recurring:
        d = data[int(str(e["UID"]).split("-")[1].split("@")[0])]
        start = e.decoded("DTSTART")
        assert start >= dt.date.fromisoformat(d["document"]["issued_date"])
        rule = e["RRULE"]
        if "BYMONTHDAY" in rule:
            with_days += 1
            assert start.day == rule["BYMONTHDAY"][0]
            if "BYMONTH" in rule:
                assert start.month in rule["BYMONTH"]
    assert with_days
    described = [str(e["DESCRIPTION"]) for e in events]
    assert sum("Nhiệm vụ: " in x for x in described) >= len(events) // 2
    assert all("Văn bản: " in x for x in described)
    for e in events:
        s = str(e["SUMMARY"])
        assert len(s) <= 121 and (not s.endswith("…") or not s[-2].isspace())

    book = tmp_path / "nhiem-vu.xlsx"
    book.write_bytes(client.get("/agencies/Công an tỉnh/obligations", params={"format": "xlsx"}).content)
    ws = load_workbook(book).active
    col = {c.value: c.column for c in ws[1]}
    dues = [ws.cell(r, col["Thời hạn"]) for r in range(2, ws.max_row + 1)]
    assert any(c.value for c in dues) and all(c.is_date for c in dues if c.value)
    assert all(ws.cell(r, col["Ngày ban hành"]).is_date for r in range(2, ws.max_row + 1)
               if ws.cell(r, col["Ngày ban hành"]).value)
    assert not any("FREQ=" in str(ws.cell(r, col["Định kỳ"]).value or "") for r in range(2, ws.max_row + 1))
    assert all(ws.cell(r, col["Văn bản"]).value for r in range(2, ws.max_row + 1))
    assert {ws.cell(r, col["Vai trò"]).value for r in range(2, ws.max_row + 1)} <= set(page_words("ROLE").values())
