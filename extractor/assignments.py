"""Stage 5: the tasks the plan gives to agencies.

`find_assignments(text, folded, roots, registry)` walks the section tree.
An item whose text opens with agencies ("2. Công an tỉnh", "4. Bộ Chỉ huy
Bộ đội Biên phòng tỉnh: Chỉ đạo ...", "Giao Công an tỉnh chủ trì ...",
"Đề nghị Viện Kiểm sát ...") sets the assignee; its inline text and every
bullet, sub-item and paragraph under it are tasks of that assignee. The role
comes from the task's first verb (chủ trì -> lead, phối hợp -> support), the
partners from the agencies named after "phối hợp (với)".
In sections that are not about assignments, only items that open with
agencies known to the registry count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import patterns as P
from .agencies import AgencyHit, AgencyRegistry, name_end_by_pos, parse_agency_list
from .blocks import TABLE_ROW, Block
from .structure import Node

ASSIGNMENT_KINDS = {"assignments", "implementation", "funding"}


@dataclass(frozen=True)
class Subject:
    agencies: tuple[AgencyHit, ...]
    requested: bool
    inline_start: int | None      # absolute span of the task text given inline, if any
    inline_end: int | None
    intro_role: str | None        # role of an inline text that only introduces sub-items ("chủ trì, phối hợp ...:")


@dataclass(frozen=True)
class TaskHit:
    agencies: tuple[AgencyHit, ...]
    role: str
    requested: bool
    partners: tuple[AgencyHit, ...]
    start: int                    # the task's text
    end: int
    section: str
    scope: tuple[int, int] | None = None   # where its deadline may stand, when wider than its text (attribute lines, table row)

    @property
    def deadline_scope(self) -> tuple[int, int]:
        return self.scope or (self.start, self.end)


def role_of(task_text: str) -> str:
    s = task_text.strip().lower()
    for _ in range(3):
        m = P.LEADING_ADVERB.match(s)
        if not m:
            break
        s = s[m.end():]
    if P.LEAD_VERB.match(s):
        return "lead"
    if P.SUPPORT_VERB.match(s):
        return "support"
    return "responsible"


def parse_subject(reg: AgencyRegistry, text: str, folded: str, start: int, end: int, *, strict: bool,
                  titles: bool = False) -> Subject | None:
    line, fline = text[start:end], folded[start:end]
    i = 0
    requested = False
    m = P.SUBJECT_LEAD.match(line)
    if m:
        requested = m.group("lead").lower().endswith("đề nghị")
        i = m.end()
    if titles:
        t = P.PERSON_TITLE_LEAD.match(line, i)
        if t and (reg.match_at(line, fline, t.end()) is not None):
            i = t.end()
    whole_line = False
    m = P.SUBJECT_PREFIX_CLAUSE.match(line, i)
    if m and not strict:
        i = m.end()
        whole_line = True
    hits, list_end, _ = parse_agency_list(reg, line, fline, i)
    if not hits:
        if strict or not reg.starts_with_head(fline, i):
            return None
        colon = line.find(":", i)
        if colon != -1:
            stop = colon
        else:
            by_pos = name_end_by_pos(line[i:])
            verb = reg.verb_at_or_after(line, fline, i + 1, len(line))
            candidates = [x for x in (i + by_pos if by_pos else None, verb) if x is not None]
            stop = min(candidates) if candidates else len(line)
        name = line[i:stop].strip(" ,;")
        if not name or len(name) > 150 or re.search(r"\d{3,}", name):
            return None
        hits = [AgencyHit(i, i + len(name), None, name)]
        list_end = i + len(name)
    if strict and not all(h.registered for h in hits):
        return None
    rest_at = list_end
    while rest_at < len(line) and line[rest_at] in " ,":
        rest_at += 1
    rest = line[rest_at:]
    abs_hits = tuple(replace(h, start=h.start + start, end=h.end + start) for h in hits)
    if not rest.strip(" .:;*_"):  # a name closed by emphasis markers ("Ủy ban nhân dân các phường, xã*")
        if strict and not any(h.registered for h in hits):
            return None
        return Subject(abs_hits, requested, None, None, None)
    if rest.startswith(":"):
        body = rest[1:].strip()
        if not body:
            return Subject(abs_hits, requested, None, None, None)
        s = start + len(line) - len(body)
        return Subject(abs_hits, requested, s, end, _intro_role(body))
    first = rest[0]
    if not (first.islower() or first == "("):
        return None
    s = start + (0 if whole_line else rest_at)
    body = text[s:end]
    return Subject(abs_hits, requested, s, end, _intro_role(body))


def _is_intro(body: str) -> bool:
    """An inline text that only opens the list under it: "có trách nhiệm:", "chủ trì, phối hợp ... liên quan:"."""
    return bool(P.INTRO_ENDING.search(body))


def _intro_role(body: str) -> str | None:
    if P.INTRO_ENDING.search(body):
        r = role_of(body)
        return r if r != "responsible" else None
    return None


# ---------------------------------------------------------------- partners

_VAGUE_LEAD = re.compile(r"^(?:các|lực lượng|đơn vị|cơ quan|những)\b")
#: "Chỉ đạo các đơn vị cơ sở phối hợp với lực lượng Công an cùng cấp": a body "cùng cấp" (at the directed units'
#: level) is their partner, not the agency's (ANNOTATING).
_DIRECTS_OTHERS = re.compile(r"(?<![\w])chỉ đạo\s+(?!,)\S")
_SAME_LEVEL = re.compile(r"\s*cùng cấp\b")
#: The end of a vague group opening a partner list: "các đơn vị có liên quan, | Sở Y tế", "các lực lượng và | UBND ...".
_AFTER_VAGUE = re.compile(r",\s*|\s+và\s+")
#: "... do <agencies> chủ trì": the partners of a "phối hợp tham gia ..." task.
_LED_BY = re.compile(r"\sdo\s+")
#: "lực lượng chuyên trách ... của Công an tỉnh": the partners are the owners.
_OWNER = re.compile(r"\s+của\s+")


def _clause_start(folded: str, start: int, at: int) -> int:
    k = max(folded.rfind(c, start, at) for c in ";.\n")
    return start if k == -1 else k + 1


def find_partners(reg: AgencyRegistry, text: str, folded: str, start: int, end: int,
                  own: tuple[AgencyHit, ...]) -> tuple[AgencyHit, ...]:
    """The bodies the agency itself works with, named after "phối hợp (với)": specific agencies and named kinds of
    body ("các ngân hàng thương mại"), not vague groups; "các sở: Công Thương, Y tế" gives each sở. Not partners:
    coordination between others ("phối hợp giữa các cơ sở giáo dục, ...") or of units the agency directs ("Chỉ đạo
    các đơn vị cơ sở phối hợp với ..."); a unit of another body ("lực lượng chuyên trách ... của Công an tỉnh")
    gives its owner."""
    own_names = {h.name for h in own}
    out: list[AgencyHit] = []
    seen: set[str] = set()

    def take(hits: list[AgencyHit]) -> None:
        for h in hits:
            if h.agency is not None and h.agency.collective:
                continue
            if h.name in own_names or h.name in seen:
                continue
            seen.add(h.name)
            out.append(h)

    def owners(hits: list[AgencyHit], stop_at: int) -> list[AgencyHit]:
        """ "X của Y, Z": Y and Z stand for X (the last item of the list) when named."""
        o = _OWNER.match(folded, hits[-1].end)
        if o is None:
            return hits
        inner, _, _ = parse_agency_list(reg, text, folded, o.end())
        return hits[:-1] + inner if inner else hits

    for m in P.COORDINATE.finditer(folded, start, end):
        cs = _clause_start(folded, start, m.start())
        directs = _DIRECTS_OTHERS.search(folded, cs, m.start()) is not None
        i = m.end()
        o = P.PARTNER_OPENER.match(folded, i, end)
        if o:
            if "giữa" in o.group(0):
                continue
            i = o.end()
        if i < end and folded[i] == ",":
            continue
        clause_end = end
        for stop in (";", ".", "\n"):
            k = folded.find(stop, i, end)
            if k != -1:
                clause_end = min(clause_end, k)
        hits, stop_at, parens = parse_agency_list(reg, text, folded, i)
        if hits and folded.startswith(";", clause_end) and hits[-1].start > clause_end \
                and not reg.verb_at(text, folded, stop_at):
            # "phối hợp với Sở Y tế, Sở Công Thương; UBND các huyện, thành phố trong ...": one list across ";"
            # (but "...; Sở Tài chính bố trí kinh phí" opens a clause of its own)
            nxt = [folded.find(c, hits[-1].start, end) for c in ".\n"]
            clause_end = min([k for k in nxt if k != -1] or [end])
        if not hits and _VAGUE_LEAD.match(folded[i:i + 20]):
            # "phối hợp với các đơn vị có liên quan, Sở Y tế, Sở Nội vụ": a vague group first, then named bodies
            g = _AFTER_VAGUE.search(folded, i, min(clause_end, i + 60))
            if g is not None and "(" not in folded[i:g.start()] and " của " not in folded[i:g.start()]:
                hits, stop_at, parens = parse_agency_list(reg, text, folded, g.end())
        if hits:
            hits = [h for h in hits if h.start < clause_end]
            if hits:
                hits = owners(hits, stop_at)
            if directs:
                hits = [h for h in hits if not _SAME_LEVEL.match(folded, h.end)]
            take(hits)
            for a, b in parens:
                inner, _, _ = parse_agency_list(reg, text, folded, a + 1)
                take(inner)
            continue
        window = folded[i:min(clause_end, i + 120)]
        d = _LED_BY.search(folded, i, clause_end)
        if d is not None:
            # "phối hợp tham gia kiểm tra ... do Sở Công Thương hoặc Công an tỉnh chủ trì"
            hits, stop_at, _ = parse_agency_list(reg, text, folded, d.end())
            if hits and folded.startswith("chủ trì", stop_at + 1):
                take(hits)
                continue
        k = window.find(" với ")
        if k != -1 and k < 70:
            hits, _, _ = parse_agency_list(reg, text, folded, i + k + 5)
            if hits:
                take(hits)
                continue
        if _VAGUE_LEAD.match(window):
            p = window.find("(")
            if p != -1 and p < 60:
                inner, _, _ = parse_agency_list(reg, text, folded, i + p + 1)
                take(inner)
                continue
            k = window.find(" của ")
            if k != -1 and k < 90:
                hits, _, _ = parse_agency_list(reg, text, folded, i + k + 5)
                take(hits)
    return tuple(out)


# --------------------------------------------------------------- attributes

def _attribute_values(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Responsibility attributes in [start, end): kind -> value span ("chủ trì", "phối hợp", "thực hiện", "thời gian")."""
    labels: list[tuple[int, int, str]] = []
    for m in P.TASK_ATTRIBUTE.finditer(text, start, end):
        labels.append((m.start(), m.end(), m.group("kind").lower()))
    for m in P.TIME_ATTRIBUTE.finditer(text, start, end):
        labels.append((m.start(), m.end(), "thời gian"))
    labels.sort()
    out: dict[str, tuple[int, int]] = {}
    for i, (_, vs, kind) in enumerate(labels):
        ve = labels[i + 1][0] if i + 1 < len(labels) else end
        for stop in (";", "\n"):
            k = text.find(stop, vs, ve)
            if k != -1:
                ve = k
        out.setdefault(kind, (vs, ve))
    return out


def _agencies_in(reg: AgencyRegistry, text: str, folded: str, s: int, e: int, *, allow_unregistered: bool) -> list[AgencyHit]:
    i = s
    while i < e and text[i] in " -–+•:":
        i += 1
    hits, _, parens = parse_agency_list(reg, text[:e], folded[:e], i)
    if not hits and allow_unregistered:
        name = text[i:e].strip(" .;,")
        if name and len(name) <= 150 and reg.starts_with_head(folded, i):
            hits = [AgencyHit(i, i + len(name), None, name)]
    return hits


def attribute_task(reg: AgencyRegistry, text: str, folded: str, task: tuple[int, int],
                   attrs: dict[str, tuple[int, int]], scope: tuple[int, int], section: str) -> TaskHit | None:
    lead = attrs.get("chủ trì") or attrs.get("thực hiện")
    if lead is None:
        return None
    agencies = _agencies_in(reg, text, folded, *lead, allow_unregistered=True)
    if not agencies:
        return None
    role = "lead" if "chủ trì" in attrs else "responsible"
    partners: list[AgencyHit] = []
    if "phối hợp" in attrs:
        names = {h.name for h in agencies}
        for h in _agencies_in(reg, text, folded, *attrs["phối hợp"], allow_unregistered=False):
            if not (h.agency and h.agency.collective) and h.name not in names:
                names.add(h.name)
                partners.append(h)
    return TaskHit(tuple(agencies), role, False, tuple(partners), task[0], task[1], section, scope)


def paren_task(reg: AgencyRegistry, text: str, folded: str, s: int, e: int, section: str) -> TaskHit | None:
    """ "- Tổ chức hội thảo ... (Sở Tư pháp chủ trì, phối hợp với Công an tỉnh; hoàn thành Quý III/2025)." """
    m = P.ASSIGNING_PAREN.search(text, s, e)
    if not m:
        return None
    a, b = m.span("inner")
    hits, list_end, _ = parse_agency_list(reg, text[:b], folded[:b], a)
    if not hits or not folded.startswith("chủ trì", list_end + (1 if text[list_end:list_end + 1] == " " else 0)):
        return None
    partners = find_partners(reg, text, folded, list_end, b, tuple(hits))
    return TaskHit(tuple(hits), "lead", False, partners, s, m.start(), section, (s, e))


# -------------------------------------------------------------------- walk

def _is_topic_heading(text: str, node: Node) -> bool:
    line = node.block.rest(text).strip()
    return bool(node.items()) and len(line) < 120 and not line.endswith((".", ";", ":"))


def find_assignments(text: str, folded: str, roots: list[Node], reg: AgencyRegistry) -> list[TaskHit]:
    tasks: list[TaskHit] = []

    def emit(subj: Subject, s: int, e: int, section: str, inherited_role: str | None) -> None:
        body = text[s:e]
        if not body.strip(" .:;-"):
            return
        role = role_of(body)
        if role == "responsible" and inherited_role:
            role = inherited_role
        partners = find_partners(reg, text, folded, s, e, subj.agencies)
        tasks.append(TaskHit(subj.agencies, role, subj.requested, partners, s, e, section))

    def visit(node: Node, ctx: Subject | None, strict: bool, role_ctx: str | None) -> None:
        cur, cur_role = ctx, role_ctx
        if node.kind != "roman":
            b = node.block
            own = parse_subject(reg, text, folded, b.rest_start, b.end, strict=strict or ctx is not None, titles=ctx is None)
            if own:
                cur, cur_role = own, own.intro_role
                if own.inline_start is not None and not (_is_intro(text[own.inline_start:own.inline_end]) and node.items()):
                    emit(own, own.inline_start, own.inline_end, node.id, None)
            elif ctx is not None:
                if not _is_topic_heading(text, node):
                    emit(ctx, b.rest_start, b.end, node.id, role_ctx)
            else:
                cur, cur_role = None, None
                own_task = _attributed(node)
                if own_task:
                    tasks.append(own_task)
                    return
        for child in node.children:
            if isinstance(child, Block) and child.kind == TABLE_ROW:
                continue
            if isinstance(child, Node) and child.kind == "inline":
                continue  # "⁽¹⁾ ..." items are part of their block's task
            if isinstance(child, Block):
                sub = parse_subject(reg, text, folded, child.start, child.end, strict=True)
                if sub:
                    cur, cur_role = sub, sub.intro_role
                    if sub.inline_start is not None:
                        emit(sub, sub.inline_start, sub.inline_end, node.id, None)
                elif cur is not None:
                    emit(cur, child.start, child.end, node.id, cur_role)
            else:
                visit(child, cur, strict, cur_role)

    def _attributed(node: Node) -> TaskHit | None:
        """A task item that names its agencies in attribute lines, inline labels or a trailing parenthesis."""
        b = node.block
        attr_children = []
        for c in node.children:
            blk = c.block if isinstance(c, Node) else c
            line_start = blk.rest_start
            m = P.TASK_ATTRIBUTE.match(text, line_start) or P.TIME_ATTRIBUTE.match(text, line_start)
            if m:
                attr_children.append(blk)
        if attr_children:
            scope = (b.rest_start, max(x.end for x in attr_children))
            attrs: dict[str, tuple[int, int]] = {}
            for blk in attr_children:
                for k, v in _attribute_values(text, blk.rest_start, blk.end).items():
                    attrs.setdefault(k, v)
            return attribute_task(reg, text, folded, (b.rest_start, b.end), attrs, scope, node.id)
        attrs = _attribute_values(text, b.rest_start, b.end)
        if attrs:
            first = min(v[0] for v in attrs.values())
            label = P.TASK_ATTRIBUTE.search(text, b.rest_start, b.end) or P.TIME_ATTRIBUTE.search(text, b.rest_start, b.end)
            cut = label.start() if label else first
            return attribute_task(reg, text, folded, (b.rest_start, cut), attrs, (b.rest_start, b.end), node.id)
        return paren_task(reg, text, folded, b.rest_start, b.end, node.id)

    for root in roots:
        strict = not (set(root.kinds) & ASSIGNMENT_KINDS)
        visit(root, None, strict, None)
    return tasks
