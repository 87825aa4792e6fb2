"""Numeric targets with their year: "đến năm 2030 đạt ít nhất 50% xã, phường ...".

`find_targets(text, start, end)` returns one `TargetHit` per percentage, with
the year of the clause it stands in (or None) and the clause as its text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P

_CLAUSE = re.compile(r"[^;\n]+")


@dataclass(frozen=True)
class TargetHit:
    start: int
    end: int
    text: str
    value: float
    unit: str
    year: int | None


def find_targets(text: str, start: int = 0, end: int | None = None) -> list[TargetHit]:
    end = len(text) if end is None else end
    out: list[TargetHit] = []
    for c in _CLAUSE.finditer(text, start, end):
        clause = c.group(0)
        years = [(y.start(), int(y.group("y"))) for y in P.TARGET_YEAR.finditer(clause)]
        for p in P.PERCENT.finditer(clause):
            before = [y for pos, y in years if pos < p.start()]
            year = before[-1] if before else (years[0][1] if years else None)
            value = float(p.group("v").replace(",", "."))
            if value > 100:
                continue
            out.append(TargetHit(c.start() + p.start(), c.start() + p.end(), clause.strip(), value, "%", year))
    return out
