"""Obligations and deadlines as files officers open elsewhere: CSV, XLSX (spreadsheets) and iCalendar (.ics).

`obligations_csv(items)`, `obligations_xlsx(items)` and `deadlines_ics(events)` are pure: records in, bytes or
text out. What the files say is what the web page says: the role and document-type words are read from the page's
own `static/js/labels.js` (one mapping for both), recurrences are written in words (`recurrence_words`), XLSX dates
are real dates, and a document without a number is named by its type and title (or its file name).
Recurring schedules go into the calendar as RRULEs starting on their first occurrence on or after the plan's date.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.records import DocRef, Obligation

LABELS_JS = Path(__file__).parent / "web" / "static" / "js" / "labels.js"


@lru_cache(maxsize=None)
def page_words(name: str) -> dict[str, str]:
    """A flat `export const NAME = { key: "words", ... };` map of the page's labels.js, as a dict."""
    src = LABELS_JS.read_text(encoding="utf-8")
    m = re.search(r"export const " + re.escape(name) + r"\s*=\s*(\{[^{}]*\})", src)
    if not m:
        raise LookupError(f"{name} is not in {LABELS_JS}")
    body = re.sub(r"(?m)//[^\n]*$", "", m.group(1))
    # bare keys -> quoted keys; a trailing comma is not JSON
    body = re.sub(r'([{,]\s*)([A-Za-z_$][\w$]*)\s*:', r'\1"\2":', body)
    body = re.sub(r",\s*\}$", "}", body)
    return json.loads(body)


def role_words(role: str) -> str:
    return page_words("ROLE").get(role, role)


def doc_label(doc: DocRef) -> str:
    """A document's name: its number; without one, its type and title ("Kế hoạch Thực hiện Chỉ thị số 25/CT-TTg..."),
    else its title or its file name."""
    if doc.number:
        return doc.number
    kind = page_words("DOC_TYPE").get(doc.doc_type or "", doc.doc_type or "")
    title = " ".join((doc.title or "").split())
    if title:
        return f"{kind} {title}" if kind and not title.lower().startswith(kind.lower()) else title
    if doc.source_name:
        return doc.source_name
    return f"{kind or 'Văn bản'} (mã {doc.id})"


# -- recurrences in words ---------------------------------------------------------------------------------------

_UNIT = {"DAILY": "ngày", "WEEKLY": "tuần", "MONTHLY": "tháng", "YEARLY": "năm"}
_WEEKDAY = {"MO": "thứ Hai", "TU": "thứ Ba", "WE": "thứ Tư", "TH": "thứ Năm", "FR": "thứ Sáu", "SA": "thứ Bảy",
            "SU": "Chủ nhật"}
_QUARTER_ENDS = ["3", "6", "9", "12"]


def recurrence_words(rrule: str | None) -> str:
    """An RRULE in Vietnamese, as an officer would write it.

    FREQ=MONTHLY;BYMONTHDAY=20 -> "Hằng tháng, ngày 20"; FREQ=MONTHLY;INTERVAL=3 -> "Hằng quý";
    FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15 -> "Hằng năm, trước ngày 15/12" (a yearly date is a deadline in the texts:
    "trước ngày 15/12 hằng năm"). A rule it cannot word is given back as it is, never dropped."""
    if not rrule:
        return ""
    try:
        parts = {k.upper(): v for k, v in (p.split("=", 1) for p in rrule.strip().strip(";").split(";") if p)}
        n = int(parts.pop("INTERVAL", "") or "1")
    except ValueError:
        return rrule
    freq = parts.pop("FREQ", "").upper()
    months = [x for x in parts.pop("BYMONTH", "").split(",") if x]
    days = [x for x in parts.pop("BYMONTHDAY", "").split(",") if x]
    weekdays = [x for x in parts.pop("BYDAY", "").split(",") if x]
    if freq not in _UNIT or parts or n < 1 or len(days) > 1 or (weekdays and (months or days)):
        return rrule                                       # COUNT, UNTIL, BYSETPOS, several days...: keep the rule
    if not all(x.isdigit() for x in months + days):
        return rrule
    if freq == "YEARLY" and n == 1 and months == _QUARTER_ENDS:
        return "Hằng quý, " + (f"ngày {int(days[0])} tháng cuối quý" if days else "tháng cuối quý")
    if len(months) > 1:
        return rrule
    unit = _UNIT[freq]
    if freq == "MONTHLY" and n == 3:
        head = "Hằng quý"
    elif freq == "MONTHLY" and n == 12:
        head = "Hằng năm"
    else:
        head = f"Hằng {unit}" if n == 1 else f"{n} {unit} một lần"
    if months and days:
        return f"{head}, trước ngày {int(days[0]):02d}/{int(months[0]):02d}"
    if months:
        return f"{head}, tháng {int(months[0])}"
    if days:
        return f"{head}, ngày {int(days[0])}"
    if weekdays:
        words = [_WEEKDAY.get(w.upper()) for w in weekdays]
        return f"{head}, {', '.join(words)}" if all(words) else rrule
    return head


def clean_rrule(rrule: str) -> str:
    """The rule without empty parts ("FREQ=MONTHLY;BYMONTHDAY=20;" -> "FREQ=MONTHLY;BYMONTHDAY=20")."""
    return ";".join(p for p in rrule.strip().split(";") if p and not p.endswith("="))


def first_occurrence(rrule: str, start: dt.date) -> dt.date:
    """The first date of the schedule on or after `start` (the plan's date): "trước ngày 10/11 hằng năm" of a plan
    issued 2020-03-31 first falls on 2020-11-10. A rule that cannot be read starts on `start`."""
    from dateutil.rrule import rrulestr

    try:
        rule = rrulestr(clean_rrule(rrule), dtstart=dt.datetime.combine(start, dt.time()))
        first = rule.after(dt.datetime.combine(start, dt.time()), inc=True)
    except (ValueError, TypeError):
        return start
    return first.date() if first else start


def shorten(text: str, limit: int = 120) -> str:
    """`text` on one line, at most `limit` characters, cut at a word boundary with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—(") + "…"


# -- spreadsheets -------------------------------------------------------------------------------------------------

#: Spreadsheet columns: header (Vietnamese, for the officers who read them) and how to get the value. Dates are
#: `datetime.date`s: ISO in CSV (which spreadsheets read as dates in any locale), date cells in XLSX.
COLUMNS = [
    ("Cơ quan", lambda o: o.agency),
    ("Vai trò", lambda o: role_words(o.role)),
    ("Đề nghị", lambda o: "Có" if o.requested else ""),
    ("Là cơ quan phối hợp", lambda o: "Có" if o.as_partner else ""),
    ("Nhiệm vụ", lambda o: o.text),
    ("Thời hạn", lambda o: o.due),
    ("Định kỳ", lambda o: recurrence_words(o.recurrence)),
    ("Cơ quan phối hợp", lambda o: "; ".join(o.partners)),
    ("Văn bản", lambda o: doc_label(o.document)),
    ("Tỉnh", lambda o: o.document.province or ""),
    ("Ngày ban hành", lambda o: o.document.issued_date),
    ("Tệp", lambda o: o.document.source_name or ""),
    ("Mục", lambda o: o.section or ""),
    ("Vị trí trong văn bản", lambda o: f"{o.span.start}-{o.span.end}" + (f" (trang {o.span.page})" if o.span.page else "")),
]

#: With `in_force=flag` the obligations carry their validity on the date asked: one more column says it in words.
VALIDITY_COLUMN = ("Hiệu lực", lambda o: "Còn hiệu lực" if o.in_force else (o.validity_note or "Hết hiệu lực"))


def columns_for(items: list[Obligation]) -> list:
    """The spreadsheet's columns: COLUMNS, and "Hiệu lực" when the items were asked with their validity."""
    return [*COLUMNS, VALIDITY_COLUMN] if any(o.in_force is not None for o in items) else COLUMNS


DATE_FORMAT = "DD/MM/YYYY"   # the XLSX number format of date cells (how Vietnamese offices write dates)


def _text(v) -> str:
    if v is None:
        return ""
    return v.isoformat() if isinstance(v, dt.date) else str(v)


def obligations_csv(items: list[Obligation]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    columns = columns_for(items)
    w.writerow([h for h, _ in columns])
    for o in items:
        w.writerow([_text(get(o)) for _, get in columns])
    return "\ufeff" + buf.getvalue()  # a BOM, so Excel reads the file as UTF-8


def obligations_xlsx(items: list[Obligation], title: str = "Nhiệm vụ") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    def clean(v):
        if v is None:
            return ""
        return ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v

    wb = Workbook()
    ws = wb.active
    # Excel forbids []:*?/\ and control characters in sheet names
    ws.title = (re.sub(r"[\[\]:*?/\\]", " ", clean(title)).strip() or "Nhiệm vụ")[:31]
    columns = columns_for(items)
    ws.append([h for h, _ in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for o in items:
        ws.append([clean(get(o)) for _, get in columns])
    widths = {"Nhiệm vụ": 80, "Cơ quan": 30, "Cơ quan phối hợp": 40, "Văn bản": 30, "Định kỳ": 24, "Hiệu lực": 40}
    for i, (h, _) in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = widths.get(h, 16)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = DATE_FORMAT
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- calendar -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    description: str
    due: dt.date | None
    rrule: str | None
    anchor: dt.date | None        # the plan's date: a recurring schedule starts on its first occurrence from here


def deadline_event(d) -> CalendarEvent:
    """A deadline (corpus.deadlines.DeadlineItem) as a calendar event: "<agencies>: <task>" shortened at a word
    boundary as the summary; the task's whole text, the deadline as written, the schedule in words and the document
    (number, title) as the description."""
    task = getattr(d, "task", None)
    who = ", ".join(d.agencies)
    what = task or d.text
    summary = shorten(f"{who}: {what}" if who else what)
    doc = d.document
    lines = []
    if task:
        lines.append(f"Nhiệm vụ: {' '.join(task.split())}")
    lines.append(f"Thời hạn: {' '.join(d.text.split())}")
    if d.recurrence:
        lines.append(f"Định kỳ: {recurrence_words(d.recurrence)}")
    if who:
        lines.append(f"Cơ quan: {who}")
    named = doc_label(doc)
    title = " ".join((doc.title or "").split())
    lines.append("Văn bản: " + (f"{named} — {title}" if doc.number and title else named)
                 + (f" (ban hành {doc.issued_date.strftime('%d/%m/%Y')})" if doc.issued_date else ""))
    return CalendarEvent(uid=f"deadline-{d.id}@kehoach", summary=summary, description="\n".join(lines),
                         due=d.due, rrule=d.recurrence, anchor=doc.issued_date)


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
        recurring = bool(e.rrule) and not e.due
        if e.due:
            start = e.due
        elif recurring and e.anchor:
            start = first_occurrence(e.rrule, e.anchor)
        else:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
                  f"SUMMARY:{_escape(e.summary)}", f"DESCRIPTION:{_escape(e.description)}"]
        if recurring:
            lines.append(f"RRULE:{clean_rrule(e.rrule)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(x for line in lines for x in _fold(line)) + "\r\n"
