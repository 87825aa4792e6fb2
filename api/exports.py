"""Obligations and deadlines as files officers open elsewhere: CSV, XLSX (spreadsheets) and iCalendar (.ics).

`obligations_csv(items)`, `obligations_xlsx(items)` and `deadlines_ics(events)` are pure: records in, bytes or
text out. Recurring schedules go into the calendar as RRULEs anchored at the plan's date.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass

from corpus.records import Obligation

#: Spreadsheet columns: header (Vietnamese, for the officers who read them) and how to get the value.
COLUMNS = [
    ("Cơ quan", lambda o: o.agency),
    ("Vai trò", lambda o: {"lead": "Chủ trì", "support": "Phối hợp", "responsible": "Thực hiện"}.get(o.role, o.role)),
    ("Đề nghị", lambda o: "Có" if o.requested else ""),
    ("Là cơ quan phối hợp", lambda o: "Có" if o.as_partner else ""),
    ("Nhiệm vụ", lambda o: o.text),
    ("Thời hạn", lambda o: o.due.isoformat() if o.due else ""),
    ("Định kỳ", lambda o: o.recurrence or ""),
    ("Cơ quan phối hợp", lambda o: "; ".join(o.partners)),
    ("Văn bản", lambda o: o.document.number or ""),
    ("Tỉnh", lambda o: o.document.province or ""),
    ("Ngày ban hành", lambda o: o.document.issued_date.isoformat() if o.document.issued_date else ""),
    ("Tệp", lambda o: o.document.source_name or ""),
    ("Mục", lambda o: o.section or ""),
    ("Vị trí trong văn bản", lambda o: f"{o.span.start}-{o.span.end}" + (f" (trang {o.span.page})" if o.span.page else "")),
]


def obligations_csv(items: list[Obligation]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([h for h, _ in COLUMNS])
    for o in items:
        w.writerow([get(o) for _, get in COLUMNS])
    return "\ufeff" + buf.getvalue()  # a BOM, so Excel reads the file as UTF-8


def obligations_xlsx(items: list[Obligation], title: str = "Nhiệm vụ") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    def clean(v):
        return ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v

    wb = Workbook()
    ws = wb.active
    # Excel forbids []:*?/\ and control characters in sheet names
    ws.title = (re.sub(r"[\[\]:*?/\\]", " ", clean(title)).strip() or "Nhiệm vụ")[:31]
    ws.append([h for h, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for o in items:
        ws.append([clean(get(o)) for _, get in COLUMNS])
    widths = {"Nhiệm vụ": 80, "Cơ quan": 30, "Cơ quan phối hợp": 40}
    for i, (h, _) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = widths.get(h, 16)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    description: str
    due: dt.date | None
    rrule: str | None
    anchor: dt.date | None        # start of a recurring schedule (the plan's date)


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with a leading space."""
    out: list[str] = []
    data = line.encode("utf-8")
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def deadlines_ics(events: list[CalendarEvent], name: str = "kehoach", now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kehoach//thoi han//VI", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_escape(name)}"]
    for e in events:
        start = e.due or e.anchor
        if start is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
                  f"SUMMARY:{_escape(e.summary)}", f"DESCRIPTION:{_escape(e.description)}"]
        if e.rrule and not e.due:
            lines.append(f"RRULE:{e.rrule}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(x for line in lines for x in _fold(line)) + "\r\n"
