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
ban, ngành ... chủ động tổ chức triển khai ...") gives one task per clause instead, each with its own bodies, text and
role (ANNOTATING.md, d01).
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


def _segments(text: str, folded: str, node: Node) -> list[tuple[list, list]]:
    """The node's children cut into (items, fields): each run of field lines with the items (bullets, paragraphs)
    written since the run before it ("- Tổ chức tập huấn ... / *Đơn vị chủ trì:* Sở Tư pháp. / *Thời gian ...*").
    A field is (kind, value start, value end, child); the lines under an empty "Cơ quan thực hiện:" field count too."""
    out: list[tuple[list, list]] = []
    items: list[Node | Block] = []
    fields: list[tuple[str, int, int, Node | Block]] = []
    for c in node.children:
        b = _block(c)
        if b.kind == TABLE_ROW:
            continue
        lab = field_label(text, folded, b.rest_start, b.end)
        if lab is None:
            if fields:
                out.append((items, fields))
                items, fields = [], []
            inner = _segments(text, folded, c) if isinstance(c, Node) else []
            if len(inner) == 1 and not inner[0][0]:
                # an item with its field lines under it: they cover it and the items written since the last fields
                # ("- Tăng cường ... / - Nâng cao ... / *Đơn vị thực hiện:* ...")
                out.append((items + [c], inner[0][1]))
                items = []
                continue
            items.append(c)
            continue
        kind, vs = lab
        fields.append((kind, vs, b.end, c))
        if isinstance(c, Node) and not text[vs:b.end].strip(" .:;*") and kind in ("executor", "lead", "partners"):
            for cc in c.children:
                bb = _block(cc)
                lab2 = field_label(text, folded, bb.rest_start, bb.end)
                if lab2 is not None:
                    fields.append((lab2[0], lab2[1], bb.end, cc))
    if fields:
        out.append((items, fields))
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
        if duty != -1 and a:
            duty = cs       # a sentence of its own ("Đồng thời, các sở, ngành ... tiếp tục rà soát ..."): all of it
        out.append((hits, duty, ce))
        i = m.end() if m else e
    return out


def field_tasks(reg: AgencyRegistry, text: str, folded: str, node: Node) -> list[TaskHit]:
    segments = _segments(text, folded, node)
    if not any(k in ("lead", "executor") for _, fields in segments for k, *_ in fields):
        return []
    out: list[TaskHit] = []
    for n, (items, fields) in enumerate(segments):
        out += _segment_tasks(reg, text, folded, node, items, fields, n == 0)
    return out


def _segment_tasks(reg: AgencyRegistry, text: str, folded: str, node: Node, items: list, fields: list,
                   first_segment: bool) -> list[TaskHit]:
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
    heading = _span(text, node.block.rest_start, node.block.end)
    has_heading = len(text[heading[0]:heading[1]].strip(" .:;*")) >= 8
    listed = [x for x in items if isinstance(x, Node)]
    if not texts and listed:
        # the list items written before the fields are the tasks ("- Thường xuyên rà soát ..."); a single item that
        # only opens a list ("- Các nội dung ... bao gồm:") leaves the task to the heading
        only_intro = len(listed) == 1 and text[_block(listed[0]).rest_start:_block(listed[0]).end].rstrip().endswith(":")
        if not (only_intro and has_heading and first_segment):
            texts += [_span(text, _block(x).rest_start, _block(x).end) for x in listed]
    paragraphs = [x for x in items if isinstance(x, Block) and x.kind == "paragraph" and len(text[x.start:x.end].strip()) >= 20]
    if not texts and first_segment and has_heading and paragraphs and node.kind != "bullet":
        # "9. Tổ chức nghiên cứu ... (a heading) | Tham mưu, đề xuất tổ chức ... | - Đơn vị chủ trì: ...": the
        # paragraphs between the heading and its fields are the task
        texts += [_span(text, x.start, x.end) for x in paragraphs]
    if not texts and first_segment:
        if has_heading:
            texts.append(heading)
        elif items:                        # a heading that is only its label: the paragraph after it
            texts.append(_span(text, _block(items[0]).rest_start, _block(items[0]).end))
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
            return clause_tasks   # the clauses are the tasks (ANNOTATING: a field that splits into clauses)
    for s, e in texts:
        tasks.append(TaskHit(tuple(own), role, False, partners_for(own, s, e), s, e, section, scope_of(s, e)))
    return tasks
