"""Stage 5c: tasks whose agencies are given in per-task fields.

    1. Tổ chức tập huấn, bồi dưỡng ...               2.1. Triển khai, phát triển dữ liệu:
    - Nội dung thực hiện: Tổ chức tập huấn ...       a) Nhiệm vụ:
    - Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.        - Triển khai rà soát ...
    - Cơ quan phối hợp: Bảo hiểm xã hội ...            - Phối hợp triển khai số hóa ...
    - Thời gian thực hiện: Năm 2025 ...              b) Cơ quan thực hiện:
                                                       - Đơn vị chủ trì: Các Sở, ban, ngành.
                                                       - Đơn vị phối hợp: Sở Khoa học và Công nghệ ...
                                                     c) Thời gian thực hiện: Hoàn thành trong năm 2025.

`field_tasks(registry, text, folded, node)` reads the field lines among an item's children (labels:
data/task_tables.yaml). They work like a table row: the task is the item's content (the "Nội dung"/"Nhiệm vụ" field
when present, each of its bullets when it only opens a list, else the item's heading) and belongs to the chủ trì
bodies (role "lead"; an "Cơ quan thực hiện" field gives plain "responsible" tasks); partners come from the phối hợp
field (vague groups left out) and from "phối hợp với ..." in the task text; the time field is in the task's deadline
scope. An executor field that gives each body its own duty ("Sở Nội vụ chủ trì tham mưu ...; Sở Tư pháp và các sở,
ban, ngành ... chủ động tổ chức triển khai ...") also gives one task per clause.
"""
from __future__ import annotations

import re

from .agencies import AgencyHit, AgencyRegistry
from .assignments import TaskHit, find_partners, role_of
from .blocks import TABLE_ROW, Block
from .structure import Node
from .task_tables import cell_agencies, field_label

_CLAUSE_END = re.compile(r";|\.\s+(?=[A-ZĐÀ-Ỹ])")
_OPENING_ADVERB = re.compile(r"(?:Đồng thời|Ngoài ra|Bên cạnh đó)\s*,\s*", re.I)


def _block(c: Node | Block) -> Block:
    return c.block if isinstance(c, Node) else c


def _fields(text: str, folded: str, node: Node) -> list[tuple[str, int, int, Node | Block]]:
    """(kind, value start, value end, child) of the field lines among the node's children (and of the lines under an
    empty "Cơ quan thực hiện:" field)."""
    out: list[tuple[str, int, int, Node | Block]] = []
    for c in node.children:
        b = _block(c)
        if b.kind == TABLE_ROW:
            continue
        lab = field_label(text, folded, b.rest_start, b.end)
        if lab is None:
            continue
        kind, vs = lab
        out.append((kind, vs, b.end, c))
        if isinstance(c, Node) and not text[vs:b.end].strip(" .:;") and kind in ("executor", "lead", "partners"):
            for cc in c.children:
                bb = _block(cc)
                lab2 = field_label(text, folded, bb.rest_start, bb.end)
                if lab2 is not None:
                    out.append((lab2[0], lab2[1], bb.end, cc))
    return out


def _span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t-–+•:":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


def _clauses(reg: AgencyRegistry, text: str, folded: str, s: int, e: int) -> list[tuple[list[AgencyHit], int, int]]:
    """An executor field cut into clauses: (agencies, start of the duty or -1, clause end)."""
    out = []
    i = s
    for m in list(_CLAUSE_END.finditer(text, s, e)) + [None]:
        ce = m.start() if m else e
        cs = i
        a = _OPENING_ADVERB.match(text, cs, ce)
        subj_start = a.end() if a else cs
        while subj_start < ce and text[subj_start] in " ,":
            subj_start += 1
        verb = reg.verb_at_or_after(text, folded, subj_start + 1, ce)
        subj_end = verb if verb is not None else ce
        hits = cell_agencies(reg, text, folded, subj_start, subj_end, lead=True)
        duty = verb if (verb is not None and hits and ce - verb > 10) else -1
        out.append((hits, duty, ce))
        i = m.end() if m else e
    return out


def has_agency_fields(text: str, folded: str, node: Node) -> bool:
    """Whether the node's children hold a chủ trì or thực hiện field line."""
    return any(k in ("lead", "executor") for k, *_ in _fields(text, folded, node))


def field_tasks(reg: AgencyRegistry, text: str, folded: str, node: Node, fields_of: Node | None = None) -> list[TaskHit]:
    """`fields_of`: the sibling whose field lines govern this node too (fields printed after a run of bullets:
    "- task 1 | - task 2 | Đơn vị thực hiện: ... | Thời gian thực hiện: ...")."""
    fields = _fields(text, folded, fields_of or node)
    kinds = {k for k, *_ in fields}
    if not kinds & {"lead", "executor"}:
        return []
    section = node.id

    def first(kind: str):
        return next(((vs, ve, c) for k, vs, ve, c in fields if k == kind and text[vs:ve].strip(" .:;")), None)

    lead = first("lead")
    executor = first("executor")
    role = "lead" if lead else "responsible"
    own: list[AgencyHit] = []
    clause_tasks: list[TaskHit] = []
    if lead:
        own = cell_agencies(reg, text, folded, lead[0], lead[1], lead=True)
    elif executor:
        clauses = _clauses(reg, text, folded, executor[0], executor[1])
        for hits, _, _ in clauses:
            own += [h for h in hits if all(h.name != o.name for o in own)]
    if not own:
        return []
    field_partners: list[AgencyHit] = []
    partners_f = first("partners")
    if partners_f:
        names = {h.name for h in own}
        field_partners = [p for p in cell_agencies(reg, text, folded, partners_f[0], partners_f[1], lead=False)
                          if p.name not in names]
    time_f = first("time")

    # the task texts
    texts: list[tuple[int, int]] = []
    content = next(((vs, ve, c) for k, vs, ve, c in fields if k == "content"), None)
    if content is not None:
        vs, ve, c = content
        if text[vs:ve].strip(" .:;"):
            if isinstance(c, Node) and not text[vs:ve].rstrip().endswith((".", ";", ":")):
                for x in c.children:       # a value cut by a line break: "Tham mưu UBND | Thành phố phối hợp ..."
                    if not (isinstance(x, Block) and x.kind == "paragraph"):
                        break
                    ve = x.end
            texts.append(_span(text, vs, ve))
        elif isinstance(c, Node):
            texts += [_span(text, _block(x).rest_start, _block(x).end) for x in c.children
                      if not (isinstance(x, Block) and x.kind == TABLE_ROW)]
    if not texts and node.kind != "bullet":
        # "9. Tổ chức nghiên cứu ... (a heading) | Tham mưu, đề xuất tổ chức ... | - Đơn vị chủ trì: ...": the
        # paragraphs between the heading and its fields are the task
        field_children = {id(c) for *_, c in fields}
        for c in node.children:
            if id(c) in field_children:
                break
            if isinstance(c, Block) and c.kind == "paragraph" and len(text[c.start:c.end].strip()) >= 20:
                texts.append(_span(text, c.start, c.end))
    if not texts:
        hs, he = _span(text, node.block.rest_start, node.block.end)
        if len(text[hs:he].strip(" .:;")) >= 8:
            texts.append((hs, he))
        else:
            field_children = {id(c) for *_, c in fields}
            for c in node.children:
                if id(c) not in field_children and not (isinstance(c, Block) and c.kind == TABLE_ROW):
                    b = _block(c)
                    texts.append(_span(text, b.rest_start, b.end))
                    break
    if not texts:
        return []

    def scope_of(s: int, e: int) -> tuple[int, int]:
        return (s, max(e, time_f[1])) if time_f else (s, e)

    def partners_for(agencies: list[AgencyHit], s: int, e: int) -> tuple[AgencyHit, ...]:
        names = {h.name for h in agencies}
        out = [p for p in field_partners if p.name not in names]
        for p in find_partners(reg, text, folded, s, e, tuple(agencies)):
            if p.name not in names and all(p.name != q.name for q in out):
                out.append(p)
        return tuple(out)

    tasks: list[TaskHit] = []
    if executor and not lead:
        clauses = _clauses(reg, text, folded, executor[0], executor[1])
        with_duty = [(h, d, ce) for h, d, ce in clauses if h and d != -1]
        if with_duty and len(clauses) >= 2:
            for hits, duty, ce in with_duty:
                ds, de = _span(text, duty, ce)
                clause_tasks.append(TaskHit(tuple(hits), role_of(text[ds:de]), False, partners_for(hits, ds, de), ds, de,
                                            section, scope_of(ds, de)))
            # the item's own task, once per clause's agencies with that clause's role
            for s, e in texts:
                seen: set[tuple] = set()
                for hits, duty, ce in with_duty:
                    r = role_of(text[duty:ce])
                    key = (tuple(h.name for h in hits), r)
                    if key in seen:
                        continue
                    seen.add(key)
                    tasks.append(TaskHit(tuple(hits), r, False, partners_for(hits, s, e), s, e, section, scope_of(s, e)))
                rest = [h for h in own if all(h.name != x.name for hits, _, _ in with_duty for x in hits)]
                if rest:
                    tasks.append(TaskHit(tuple(rest), role, False, partners_for(rest, s, e), s, e, section, scope_of(s, e)))
            return tasks + clause_tasks
    for s, e in texts:
        tasks.append(TaskHit(tuple(own), role, False, partners_for(own, s, e), s, e, section, scope_of(s, e)))
    return tasks
