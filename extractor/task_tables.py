"""Stage 5b: tasks given in a table ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").

`find_table_tasks(text, folded, blocks, registry)` reads every table whose
header names a lead or partner column; each data row with a task and a lead
agency becomes a task (role lead for a "chủ trì" column), with partners from
the "phối hợp" column and its deadline searched in the time column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .agencies import AgencyHit, AgencyRegistry, parse_agency_list
from .assignments import TaskHit
from .blocks import TABLE_ROW, Block

#: Column roles, by header keywords (tried in order).
_COLUMNS = [
    ("partners", re.compile(r"phối hợp", re.I)),
    ("lead", re.compile(r"chủ trì|thực hiện|đơn vị|cơ quan|trách nhiệm", re.I)),
    ("time", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành", re.I)),
    ("task", re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|giải pháp", re.I)),
    ("number", re.compile(r"^\s*(?:stt|tt|số tt)\s*$", re.I)),
]


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int


def _cells(text: str, b: Block) -> list[_Cell]:
    out: list[_Cell] = []
    i = b.start + 1
    while i < b.end:
        j = text.find("|", i, b.end)
        if j == -1:
            break
        s, e = i, j
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        out.append(_Cell(s, e))
        i = j + 1
    return out


def _roles(text: str, header: list[_Cell]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for idx, c in enumerate(header):
        h = text[c.start:c.end]
        for role, rx in _COLUMNS:
            if rx.search(h) and role not in roles:
                roles[role] = idx
                break
    return roles


def _agencies(reg: AgencyRegistry, text: str, folded: str, c: _Cell, allow_unregistered: bool) -> list[AgencyHit]:
    hits, _, _ = parse_agency_list(reg, text[:c.end], folded[:c.end], c.start)
    if hits or not allow_unregistered:
        return hits
    name = text[c.start:c.end].strip(" .;,")
    if name and len(name) <= 150 and reg.starts_with_head(folded, c.start):
        return [AgencyHit(c.start, c.start + len(name), None, name)]
    return []


def find_table_tasks(text: str, folded: str, blocks: list[Block], reg: AgencyRegistry) -> list[TaskHit]:
    tasks: list[TaskHit] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind != TABLE_ROW:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == TABLE_ROW:
            j += 1
        rows = [_cells(text, b) for b in blocks[i:j]]
        header = rows[0]
        roles = _roles(text, header)
        if P.TASK_TABLE_HEADER.search(text[blocks[i].start:blocks[i].end]) and "lead" in roles and "task" in roles:
            for b, row in zip(blocks[i + 1:j], rows[1:]):
                if len(row) <= max(roles.values()):
                    continue
                task = row[roles["task"]]
                if task.end <= task.start:
                    continue
                agencies = _agencies(reg, text, folded, row[roles["lead"]], True)
                if not agencies:
                    continue
                names = {h.name for h in agencies}
                partners: list[AgencyHit] = []
                if "partners" in roles:
                    for h in _agencies(reg, text, folded, row[roles["partners"]], False):
                        if not (h.agency and h.agency.collective) and h.name not in names:
                            names.add(h.name)
                            partners.append(h)
                time = row[roles["time"]] if "time" in roles else task
                role = "lead" if re.search("chủ trì", text[header[roles["lead"]].start:header[roles["lead"]].end], re.I) else "responsible"
                tasks.append(TaskHit(tuple(agencies), role, False, tuple(partners), task.start, task.end, "table",
                                     (time.start, time.end)))
        i = j
    return tasks
