"""Stage 6: explicit time limits and recurring schedules in a span of text.

`find_deadlines(text, start, end, issued=None)` returns `DeadlineHit`s: a due
date (ISO; a month or a quarter is due on its last day, a range on its end),
or an RRULE for recurring schedules:

- "định kỳ 06 tháng, 01 năm" -> FREQ=MONTHLY;INTERVAL=6 and FREQ=YEARLY
- "trước ngày 10/11 hằng năm", "(trước ngày 30 tháng 11)" in a periodic clause -> FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10
- "ngày 20 hằng tháng" -> FREQ=MONTHLY;BYMONTHDAY=20; "Tháng 12 hằng năm" -> FREQ=YEARLY;BYMONTH=12
- "trước ngày 20 của tháng cuối quý" -> FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20
- "báo cáo ... hằng năm", "trước 19h00' hằng ngày", "02 lần/ngày" -> FREQ=YEARLY / FREQ=DAILY

A date without its year outside a periodic clause ("hoàn thành trước ngày 15/4")
is a one-off deadline: its year is the first on or after the document's issue
date (`issued`, ISO), and it is dropped when the issue date is unknown. One-off
deadlines that fall before the issue date are conditions or history ("đất sử
dụng trước ngày 01/7/2014"), not time limits, and are dropped too. A short text
that is only a time (a table's time cell, the value of "Thời gian thực hiện:")
may give a bare date, month or "Hằng năm" (`cell=True`; "Thời gian thực hiện: ..." values always). Year-only phrases ("đến năm 2030")
are targets, not deadlines (see targets.py); relative limits ("trong 10 ngày")
are not deadlines.

The lead words and reporting verbs are lists in data/deadline_phrases.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import patterns as P
from .lexicon import phrase_alternation, read_data

_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_EVERY = {"năm": "FREQ=YEARLY", "quý": "FREQ=MONTHLY;INTERVAL=3", "tháng": "FREQ=MONTHLY", "tuần": "FREQ=WEEKLY",
          "ngày": "FREQ=DAILY"}
#: Longest time-only text read as a table cell or a field value.
_CELL_MAX = 80
#: How far past its span a phrase that starts inside it is read.
_SPILL = 40


@dataclass(frozen=True)
class DeadlineHit:
    start: int
    end: int
    text: str
    due: str | None
    recurrence: str | None

    @property
    def value(self) -> str:
        return f"due:{self.due}" if self.due else f"rrule:{self.recurrence}"


# ------------------------------------------------------------------ grammar

@dataclass(frozen=True)
class _Grammar:
    lead_before: re.Pattern     # a lead word right before a date: "chậm nhất đến ngày ", "trước 16h00 ngày "
    month_lead_before: re.Pattern  # a lead word right before "tháng 6/2025"
    report_after: re.Pattern    # a reporting verb right after "hằng năm"
    report_before: re.Pattern   # a reporting verb right before "hằng quý"
    report_in: re.Pattern       # a reporting verb anywhere in the clause
    object_before: re.Pattern   # "kết quả thực hiện" right before "hằng năm"
    weekday: re.Pattern         # a day of the week: "thứ Sáu", "thứ 6", "Chủ nhật"
    weekday_code: dict          # its folded form -> RRULE BYDAY code
    validity_before: re.Pattern  # "có hiệu lực thi hành kể " right before a range's "từ": the period of force


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    data = read_data("deadline_phrases.yaml")
    lead = phrase_alternation(data["due_leads"]["phrases"])
    prefix = phrase_alternation(data["due_prefixes"]["phrases"])
    month = phrase_alternation(data["month_leads"]["phrases"])
    report = phrase_alternation(data["report_verbs"]["phrases"])
    objects = phrase_alternation(data["report_objects"]["phrases"])
    return _Grammar(
        lead_before=re.compile(rf"(?<![\w])(?:(?:{prefix})\s+)?(?:{lead})[\s:*]*(?:{P.CLOCK.pattern})?(?:ngày\s+)?$", re.I),
        month_lead_before=re.compile(rf"(?<![\w])(?:{month})\s*:?\s*$", re.I),
        report_after=re.compile(rf"\s*(?:{report})\b", re.I),
        report_before=re.compile(rf"(?<![\w])(?:{report})\s*$", re.I),
        report_in=re.compile(rf"(?<![\w])(?:{report})\b", re.I),
        object_before=re.compile(rf"(?<![\w])(?:{objects})\s*$", re.I),
        weekday=re.compile(rf"(?<![\w])(?:{phrase_alternation(list(data['weekdays']['days']))})(?![\w])", re.I),
        weekday_code={fold_day(k): v for k, v in data["weekdays"]["days"].items()},
        validity_before=re.compile(rf"(?<![\w])(?:{phrase_alternation(data['validity_leads']['phrases'])})\s*$", re.I),
    )


def phrase_lists() -> dict:
    """The raw lists of data/deadline_phrases.yaml (for tests of their examples)."""
    return read_data("deadline_phrases.yaml")


# ------------------------------------------------------------------ helpers

def _valid(y: int, m: int, d: int) -> bool:
    return 1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _month_end(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def _rrule_for(n: str | None, unit: str) -> str | None:
    unit = unit.lower()
    k = int(n) if n else 1
    if k <= 0:
        return None
    if unit == "quý":
        return "FREQ=MONTHLY;INTERVAL=" + str(3 * k)
    if unit == "tháng":
        return "FREQ=MONTHLY" if k == 1 else f"FREQ=MONTHLY;INTERVAL={k}"
    if unit == "năm":
        return "FREQ=YEARLY" if k == 1 else f"FREQ=YEARLY;INTERVAL={k}"
    if unit == "tuần":
        return "FREQ=WEEKLY" if k == 1 else f"FREQ=WEEKLY;INTERVAL={k}"
    return None


def _issued(issued: str | None) -> dt.date | None:
    if not issued:
        return None
    try:
        return dt.date.fromisoformat(issued)
    except ValueError:
        return None


def _clause(seg: str, s: int, e: int) -> tuple[int, int]:
    """The clause around [s, e): back to the last ".", ";" or line end before, on to the next after."""
    a = max((m.end() for m in P.CLAUSE_END.finditer(seg, max(0, s - 200), s)), default=max(0, s - 200))
    m = P.CLAUSE_END.search(seg, e, min(len(seg), e + 80))
    return a, (m.start() if m else min(len(seg), e + 80))


def _time_ranges(seg: str, low: str, cell: bool, n: int) -> list[tuple[int, int]]:
    """Parts of the span (its first n characters) that only hold a time: the whole span when it is a short time
    cell, field values."""
    out: list[tuple[int, int]] = []
    stripped = seg[:n].strip()
    if cell and stripped and len(stripped) <= _CELL_MAX and P.TIME_CELL.match(stripped):
        out.append((0, len(seg)))
    if "thời gian" not in low and "thời hạn" not in low and "tiến độ" not in low:
        return out
    for m in P.TIME_FIELD.finditer(seg):
        nl = seg.find("\n", m.end())
        out.append((m.end(), nl if nl != -1 else len(seg)))
    return out


# ------------------------------------------------------------------- finder

def find_deadlines(text: str, start: int = 0, end: int | None = None, issued: str | None = None,
                   cell: bool = False) -> list[DeadlineHit]:
    """Deadlines in text[start:end]; `issued` is the document's issue date (ISO); `cell` says the span is a time
    cell or field of a task (a table's "Thời gian thực hiện" column), where a bare date, month or "Hằng năm" counts."""
    end = len(text) if end is None else end
    # a phrase that starts in the span is read whole, even when the span ends inside it ("Thời gian: Quý|\nIV năm 2025")
    ext = min(len(text), end + _SPILL)
    cut = text.find("\n\n", end, ext)
    seg = text[start:cut if cut != -1 else ext]
    if not P.DEADLINE_TRIGGER.search(seg):
        return []
    G = grammar()
    issued_on = _issued(issued)
    low = seg.lower()                      # for cheap checks before each pattern runs
    cells = _time_ranges(seg, low, cell, end - start)
    hits: list[DeadlineHit] = []
    used: list[tuple[int, int]] = []

    def add(s: int, e: int, due: str | None, rule: str | None, mark: tuple[int, int] | None = None) -> None:
        hits.append(DeadlineHit(start + s, start + e, seg[s:e], due, rule))
        used.append(mark or (s, e))

    def overlaps(s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in used)

    def in_cell(s: int) -> bool:
        return any(a <= s < b for a, b in cells)

    def add_due(s: int, e: int, y: int, mo: int, d: int) -> None:
        if not _valid(y, mo, d):
            return
        if issued_on and dt.date(y, mo, d) < issued_on:
            used.append((s, e))          # a past date: a condition, not a time limit
            return
        add(s, e, f"{y:04d}-{mo:02d}-{d:02d}", None)

    def add_period_end(s: int, e: int, due: str) -> None:
        if issued_on and dt.date.fromisoformat(due) < issued_on:
            used.append((s, e))
            return
        add(s, e, due, None)

    def read_dates(s0: int, pos: int) -> bool:
        """Dates from `pos` (after a lead at s0): one, or a list; returns whether one was read."""
        dates = []
        m = P.DATE_AT.match(seg, pos)
        while m:
            d, mo, y = m.group("d"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2")
            if not mo or (not y and P.YEAR_IN_WORDS.match(seg, m.end())):
                break
            dates.append((m.start(), m.end(), int(d), int(mo), int(y) if y else None))
            sep = P.DATE_LIST_SEP.match(seg, m.end())
            if not sep:
                break
            m = P.DATE_AT.match(seg, sep.end())
        if not dates:
            return False
        last_end = dates[-1][1]
        yearly = P.YEARLY_AFTER.match(seg, last_end)
        if not yearly and any(y is None for *_, y in dates):
            a, b = _clause(text, start + s0, start + last_end)   # the whole clause, beyond the span if need be
            periodic = P.PERIODIC_CONTEXT.search(text, a, b) is not None
        else:
            periodic = bool(yearly)
        for i, (ds, de, d, mo, y) in enumerate(dates):
            s = s0 if i == 0 else ds
            if overlaps(s, de):
                continue
            if y is not None:
                add_due(s, de, y, mo, d)
            elif periodic:
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    e = yearly.end() if yearly and i == len(dates) - 1 else de
                    add(s, e, None, f"FREQ=YEARLY;BYMONTH={mo};BYMONTHDAY={d}")
            elif issued_on and 1 <= mo <= 12 and _valid(issued_on.year, mo, d):
                y = issued_on.year if dt.date(issued_on.year, mo, d) >= issued_on else issued_on.year + 1
                if _valid(y, mo, d):
                    add_due(s, de, y, mo, d)
        return True

    # days of every month or quarter: "trước ngày 20 hằng tháng", "ngày 20 của tháng cuối quý"
    for m in (P.DEADLINE_MONTHLY_DAY.finditer(seg) if "ng tháng" in low or "quý" in low else ()):
        d = int(m.group("d"))
        if 1 <= d <= 31 and not overlaps(m.start(), m.end()):
            quarterly = m.group("q") or (m.group("u") or "").lower() == "quý"
            rule = f"FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY={d}" if quarterly else f"FREQ=MONTHLY;BYMONTHDAY={d}"
            add(m.start(), m.end(), None, rule)
    # ranges: "từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025" -> the end
    for m in (P.RANGE_START.finditer(seg) if "từ" in low else ()):
        if overlaps(m.start(), m.end()):
            continue
        e = P.DATE_AT.match(seg, m.end())
        if e and G.validity_before.search(seg, max(0, m.start() - 40), m.start()):
            used.append((m.start(), e.end()))   # "có hiệu lực ... từ ngày X đến ngày Y": when it is in force
            continue
        if e and (e.group("y") or e.group("y2")) and (e.group("m") or e.group("m2")):
            add_due(m.start(), e.end(), int(e.group("y") or e.group("y2")), int(e.group("m") or e.group("m2")),
                    int(e.group("d")))
        elif e:
            used.append((m.start(), e.end()))   # "từ ngày 01/01 đến hết ngày 31/12": a span of every year
    # a lead word and a date: "chậm nhất đến ngày 01 tháng 7 năm 2028", "trước ngày 01/6 và 15/11 hằng năm";
    # in a time cell a bare date: "30/11/2025"
    for m in P.DATE_START.finditer(seg):
        if overlaps(m.start(), m.end()):
            continue
        lead = G.lead_before.search(seg, max(0, m.start() - 60), m.start())
        if lead:
            read_dates(lead.start(), m.start())
        elif in_cell(m.start()):
            before = seg[max(0, m.start() - 30):m.start()]
            if re.search(r"(?:tháng|quý|quí)\s*$", before, re.I) or P.START_BEFORE.search(before):
                continue
            d = P.DATE_AT.match(seg, m.start())
            if d and (d.group("m") or d.group("m2")) and (d.group("y") or d.group("y2")):
                if P.RANGE_NEXT.match(seg, d.end()):      # "01/6/2025 - 30/6/2025": the end is the deadline
                    used.append((d.start(), d.end()))
                    continue
                read_dates(m.start(), m.start())
    # quarters: "Quý II/2024", "Quý IV/2025- Quý II/2026" (the end)
    for m in (P.QUARTER.finditer(seg) if "quý" in low or "quí" in low else ()):
        if overlaps(m.start(), m.end()):
            continue
        if P.QUARTER_RANGE_NEXT.match(seg, m.end()) or P.START_BEFORE.search(seg, max(0, m.start() - 12), m.start()):
            used.append((m.start(), m.end()))
            continue
        q, y = _QUARTER[(m.group("q2") or m.group("q")).upper()], int(m.group("y"))
        if 1900 <= y <= 2100:
            add_period_end(m.start(), m.end(), _month_end(y, 3 * q))
    # months: "hoàn thành trong tháng 6/2025", "từ tháng 6 đến tháng 12/2025", a cell "Tháng 10/2025"
    for m in (P.MONTH_YEAR.finditer(seg) if "tháng" in low else ()):
        if overlaps(m.start(), m.end()):
            continue
        b0 = max(0, m.start() - 40)
        before = seg[b0:m.start()]
        if re.search(r"\d\s*$", before):          # the month of a date ("ngày 10 tháng 12 năm 2025")
            continue
        lead = G.month_lead_before.search(before) or P.MONTH_RANGE_START.search(before)
        if not (lead or in_cell(m.start())) or (not lead and P.START_BEFORE.search(before)):
            continue
        mo, y = int(m.group("m2") or m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12 and 1900 <= y <= 2100:
            s = b0 + lead.start() if lead else m.start()
            add_period_end(s, m.end(), _month_end(y, mo))
    # "Tháng 12 hằng năm"
    for m in (P.MONTH_YEARLY.finditer(seg) if "tháng" in low and "năm" in low else ()):
        mo = int(m.group("m"))
        if 1 <= mo <= 12 and not overlaps(m.start(), m.end()):
            day = _DAY_BEFORE.search(seg, max(0, m.start() - 12), m.start())   # "ngày 30 tháng 6 hàng năm": that day
            if day and 1 <= int(day.group(1)) <= 31:
                add(day.start(), m.end(), None, f"FREQ=YEARLY;BYMONTH={mo};BYMONTHDAY={int(day.group(1))}")
            else:
                add(m.start(), m.end(), None, f"FREQ=YEARLY;BYMONTH={mo}")
    # "định kỳ 06 tháng, 01 năm"
    for m in (P.PERIODIC.finditer(seg) if "định kỳ" in low else ()):
        lst = m.group("list")
        base = m.start("list")
        for it in P.PERIOD_ITEM.finditer(lst):
            rule = _rrule_for(it.group("n"), it.group("unit"))
            s, e = base + it.start(), base + it.end()
            if rule and not overlaps(s, e):
                hits.append(DeadlineHit(start + m.start(), start + e, seg[m.start():e], None, rule))
                used.append((s, e))
    # "báo cáo hằng quý", "Hằng năm báo cáo", "báo cáo ... kết quả thực hiện hằng năm", "trước 19h00' hằng ngày", "Hàng năm"
    for m in (P.EVERY_PERIOD.finditer(seg) if "hàng" in low or "hằng" in low else ()):
        if overlaps(m.start(), m.end()):
            continue
        unit = m.group("unit").lower()
        before = seg[max(0, m.start() - 40):m.start()]
        ok = in_cell(m.start()) or G.report_after.match(seg, m.end()) is not None or G.report_before.search(before) is not None
        if not ok and unit != "ngày" and G.object_before.search(before):
            a, _ = _clause(seg, m.start(), m.end())
            ok = G.report_in.search(seg, a, m.start()) is not None
        if not ok and unit == "ngày":
            ok = P.CLOCK_BEFORE.search(before) is not None
        if ok:
            add(m.start(), m.end(), None, _EVERY[unit])
    # "báo cáo 02 lần/ngày"
    for m in (P.TIMES_PER.finditer(seg) if "lần" in low else ()):
        if overlaps(m.start(), m.end()):
            continue
        a, _ = _clause(seg, m.start(), m.end())
        if in_cell(m.start()) or G.report_in.search(seg, max(a, m.start() - 60), m.start()):
            add(m.start(), m.end(), None, _EVERY[m.group("unit").lower()])
    hits = [_on_weekday(h, text, G) if h.recurrence and h.recurrence.startswith("FREQ=WEEKLY") else h
            for h in hits if h.start < end]
    hits.sort(key=lambda h: (h.start, h.end))
    return _refined(text, hits)


#: The day before a month of every year: "ngày 30 | tháng 6 hàng năm".
_DAY_BEFORE = re.compile(r"ngày\s+(\d{1,2})\s*$", re.I)


def _refined(text: str, hits: list[DeadlineHit]) -> list[DeadlineHit]:
    """A schedule whose parenthesis gives its day is one schedule: "Định kỳ hàng tháng (trước ngày 16 hàng tháng)" is
    FREQ=MONTHLY;BYMONTHDAY=16 alone, not also FREQ=MONTHLY."""
    out = []
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (h.recurrence and nxt is not None and nxt.recurrence
                and re.fullmatch(re.escape(h.recurrence) + r";BYMONTHDAY=\d{1,2}", nxt.recurrence)
                and 0 <= nxt.start - h.end <= 16 and "(" in text[h.end:nxt.start]):
            continue
        out.append(h)
    return out


def _on_weekday(h: DeadlineHit, text: str, G: _Grammar) -> DeadlineHit:
    """A weekly schedule that names its day in the same clause ("Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu",
    "vào thứ Hai hằng tuần"): BYDAY of that day."""
    lo, hi = max(0, h.start - 40), min(len(text), h.end + 60)
    before = re.split(r"[.;\n]", text[lo:h.start])[-1]
    after = re.split(r"[.;\n]", text[h.end:hi])[0]
    days = {G.weekday_code[fold_day(m.group(0))] for part in (before, after) for m in G.weekday.finditer(part)}
    if len(days) != 1:
        return h
    return DeadlineHit(h.start, h.end, h.text, h.due, f"{h.recurrence};BYDAY={days.pop()}")


def fold_day(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).lower().split())
