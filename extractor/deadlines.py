"""Stage 6: explicit time limits and recurring schedules in a span of text.

`find_deadlines(text, start, end)` returns `DeadlineHit`s: a due date (ISO,
the last day of a month or quarter), or an RRULE for recurring schedules
("định kỳ 06 tháng, 01 năm" -> FREQ=MONTHLY;INTERVAL=6 and FREQ=YEARLY,
"trước ngày 10/11 hằng năm" -> FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10,
"ngày 20 hằng tháng" -> FREQ=MONTHLY;BYMONTHDAY=20). Year-only phrases
("đến năm 2030") are targets, not deadlines (see targets.py).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass

from . import patterns as P

_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


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


def find_deadlines(text: str, start: int = 0, end: int | None = None) -> list[DeadlineHit]:
    end = len(text) if end is None else end
    seg = text[start:end]
    if not P.DEADLINE_TRIGGER.search(seg):
        return []
    hits: list[DeadlineHit] = []
    used: list[tuple[int, int]] = []

    def add(s: int, e: int, due: str | None, rule: str | None) -> None:
        hits.append(DeadlineHit(start + s, start + e, seg[s:e], due, rule))
        used.append((s, e))

    def overlaps(s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in used)

    for m in P.DEADLINE_BY_DATE.finditer(seg):
        y = int(m.group("y") or m.group("y2"))
        mo = int(m.group("m") or m.group("m2"))
        d = int(m.group("d"))
        if _valid(y, mo, d):
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", None)
    for m in P.DEADLINE_MONTHLY_DAY.finditer(seg):
        d = int(m.group("d"))
        if 1 <= d <= 31 and not overlaps(m.start(), m.end()):
            add(m.start(), m.end(), None, f"FREQ=MONTHLY;BYMONTHDAY={d}")
    for m in P.DEADLINE_YEARLY_DAY.finditer(seg):
        d, mo = int(m.group("d")), int(m.group("m"))
        if 1 <= mo <= 12 and 1 <= d <= 31 and not overlaps(m.start(), m.end()):
            e = m.end()
            ev = P.EVERY_PERIOD.match(seg, e + 1) if e < len(seg) else None
            if ev and ev.group("unit").lower() == "năm":
                e = ev.end()
            add(m.start(), e, None, f"FREQ=YEARLY;BYMONTH={mo};BYMONTHDAY={d}")
    for m in P.QUARTER.finditer(seg):
        if overlaps(m.start(), m.end()):
            continue
        q, y = _QUARTER[m.group("q")], int(m.group("y"))
        if 1900 <= y <= 2100:
            add(m.start(), m.end(), _month_end(y, 3 * q), None)
    for m in P.MONTH_DEADLINE.finditer(seg):
        mo, y = int(m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12 and 1900 <= y <= 2100 and not overlaps(m.start(), m.end()):
            add(m.start(), m.end(), _month_end(y, mo), None)
    for m in P.PERIODIC.finditer(seg):
        lst = m.group("list")
        base = m.start("list")
        for it in P.PERIOD_ITEM.finditer(lst):
            rule = _rrule_for(it.group("n"), it.group("unit"))
            s, e = base + it.start(), base + it.end()
            if rule and not overlaps(s, e):
                hits.append(DeadlineHit(start + m.start(), start + e, seg[m.start():e], None, rule))
                used.append((s, e))
    for m in P.EVERY_PERIOD.finditer(seg):
        if overlaps(m.start(), m.end()):
            continue
        before = seg[max(0, m.start() - 20):m.start()]
        after = seg[m.end():m.end() + 2]
        opener = P.CLAUSE_OPENER.search(before) is not None or P.REPORT_VERB_BEFORE.search(before) is not None
        if opener and (not after.strip() or after.strip()[0] not in ".;)"):
            rule = _rrule_for(None, m.group("unit"))
            if rule:
                add(m.start(), m.end(), None, rule)
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
