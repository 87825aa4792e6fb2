"""Stage 3: the layout of the plan and its section tree.

`find_layout(text, blocks)` splits the blocks into header, title, preamble,
body and footer. `find_sections(text, body_blocks, lexicon)` builds the tree
(I./II. -> 1./1.1. -> a) -> "-" -> "+"), with a stable id per node
("III.2", "III.2.b", "III.2-3") and the kinds of each top-level section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from . import patterns as P
from .blocks import BULLET, LETTERED, NUMBERED, PARAGRAPH, ROMAN, TABLE_ROW, Block, roman_value
from .lexicon import Lexicon
from .vntext import fold


@dataclass
class Node:
    kind: str                  # roman | numbered | lettered | bullet
    label: str
    id: str
    block: Block
    level: int
    children: list["Node | Block"] = field(default_factory=list)
    kinds: tuple[str, ...] = ()
    end: int = 0

    def nodes(self) -> list["Node"]:
        return [c for c in self.children if isinstance(c, Node)]

    def items(self) -> list["Node"]:
        """Child nodes other than inline "⁽¹⁾" items."""
        return [c for c in self.children if isinstance(c, Node) and c.kind != "inline"]


@dataclass(frozen=True)
class Layout:
    header: list[Block]
    type_block: Block | None
    title: list[Block]
    preamble: list[Block]
    body: list[Block]
    footer: list[Block]
    all_blocks: list[Block]


def _type_word_regex(lex: Lexicon) -> re.Pattern:
    words = sorted({fold(t.word) for t in lex.doc_types}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")$")


def find_layout(text: str, blocks: list[Block], lex: Lexicon) -> Layout:
    type_rx = _type_word_regex(lex)
    type_idx = None
    for i, b in enumerate(blocks[:40]):
        line = b.text(text).strip(" *#")
        if line.isupper() and type_rx.match(fold(line)):
            type_idx = i
            break
    first_roman = next((i for i, b in enumerate(blocks) if b.kind == ROMAN), None)
    head_end = type_idx if type_idx is not None else 0
    header = blocks[:head_end]
    # title: after the type line, until the opening paragraph or the first heading
    title: list[Block] = []
    i = (type_idx + 1) if type_idx is not None else 0
    if type_idx is not None:
        while i < len(blocks) and len(title) < 4:
            b = blocks[i]
            line = b.text(text)
            if b.kind in (ROMAN, NUMBERED, LETTERED, BULLET) or (title and P.BASIS_OPENING.match(line)) or P.RECIPIENTS_LABEL.match(line):
                break
            if line.rstrip().endswith(":") or "như sau" in line:
                break
            if line.startswith(("Căn cứ", "(")):
                break
            title.append(b)
            i += 1
            if not line.isupper() and len(line) > 40:
                # a title in running case is usually one paragraph; a second one opens the body
                if i < len(blocks) and not blocks[i].text(text).isupper():
                    break
    pre_start = i
    body_start = first_roman if first_roman is not None and first_roman >= pre_start else None
    if body_start is None:
        body_start = next((k for k in range(pre_start, len(blocks)) if blocks[k].kind == NUMBERED), len(blocks))
    preamble = blocks[pre_start:body_start]
    body: list[Block] = []
    footer: list[Block] = []
    k = body_start
    while k < len(blocks):
        line = blocks[k].text(text)
        if P.RECIPIENTS_LABEL.match(line) or (blocks[k].kind == PARAGRAPH and P.CLOSING_FORMULA.match(line)):
            break
        if P.SIGNING_PREFIX.match(line) and k > body_start:
            break
        body.append(blocks[k])
        k += 1
    footer = blocks[k:]
    return Layout(header, blocks[type_idx] if type_idx is not None else None, title, preamble, body, footer, blocks)


# ------------------------------------------------------------------ tree

_LEVEL_LETTER = 5
_LEVEL_DASH = 6
_LEVEL_PLUS = 7


def _level(b: Block) -> int:
    if b.kind == ROMAN:
        return 0
    if b.kind == NUMBERED:
        return min(4, b.label.count(".") + 1)
    if b.kind == LETTERED:
        return _LEVEL_LETTER
    if b.kind == BULLET:
        return _LEVEL_PLUS if b.label == "+" else _LEVEL_DASH
    return 99


def section_kinds(heading: str, lex: Lexicon) -> tuple[str, ...]:
    h = " " + " ".join(fold(heading).replace(",", " , ").split()) + " "
    kinds: list[str] = []
    for rule in lex.section_kinds:
        for phrase in sorted(rule.phrases, key=len, reverse=True):
            p = " " + fold(phrase) + " "
            if p in h:
                if rule.kind not in kinds:
                    kinds.append(rule.kind)
                h = h.replace(p, " # ")
    return tuple(kinds)


def _title_like(heading: str) -> bool:
    """A heading that names a topic ("Tổ chức thực hiện") rather than a sentence that states a task."""
    h = heading.strip()
    return len(h) <= 100 and not h.endswith((".", ";", ",")) and ". " not in h


def top_level_kinds(text: str, node: "Node", lex: Lexicon, names_agency: Callable[["Node"], bool] | None) -> tuple[str, ...]:
    """Kinds of a top-level section. A Roman heading gets the kinds its words name; a top-level "1." item of a
    directive or letter gets "assignments" when it names the agencies its content is for, the kinds of its
    words when it is a short heading, and "tasks" when it states a task itself (ANNOTATING.md)."""
    heading = node.block.rest(text)
    if node.kind == ROMAN:
        return section_kinds(heading, lex)
    if names_agency is not None and names_agency(node):
        return ("assignments",)
    if _title_like(heading):
        return section_kinds(heading, lex)
    return ("tasks",)


def find_sections(text: str, body: list[Block], lex: Lexicon,
                  names_agency: Callable[["Node"], bool] | None = None) -> list[Node]:
    roots: list[Node] = []
    stack: list[Node] = []
    seen: dict[str, int] = {}
    bullet_counts: dict[str, int] = {}
    last_roman_value = 0

    def unique(i: str) -> str:
        n = seen.get(i, 0) + 1
        seen[i] = n
        return i if n == 1 else f"{i}~{n}"

    for b in body:
        if b.kind == ROMAN:
            v = roman_value(b.label)
            repeated = v == last_roman_value and any(c.isdigit() for c in b.rest(text))   # a flattened table row
            if (v < last_roman_value or repeated) and stack:
                # a Roman label that goes back is text, not a new section (a repeated one is a misnumbered heading)
                stack[-1].children.append(Block(PARAGRAPH, "", b.start, b.end, b.start))
                continue
            last_roman_value = v
        if b.kind in (PARAGRAPH, TABLE_ROW):
            if stack:
                stack[-1].children.append(b)
                if b.kind == PARAGRAPH:
                    _inline_items(text, stack[-1], b)
            continue
        level = _level(b)
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        root_id = next((n.id for n in stack if n.level == 0), "")
        if b.kind == ROMAN:
            nid = b.label
        elif b.kind == NUMBERED:
            nid = f"{root_id}.{b.label}" if root_id else b.label
        elif b.kind == LETTERED:
            nid = f"{parent.id}.{b.label}" if parent else b.label
        else:
            pid = parent.id if parent else ""
            key = f"{pid}{b.label}"
            bullet_counts[key] = bullet_counts.get(key, 0) + 1
            nid = f"{pid}{b.label}{bullet_counts[key]}"
        node = Node(b.kind, b.label, unique(nid), b, level)
        if parent is None:
            roots.append(node)
        else:
            parent.children.append(node)
        stack.append(node)
        _inline_items(text, node, b)

    def close(n: Node) -> int:
        end = n.block.end
        for c in n.children:
            end = max(end, close(c) if isinstance(c, Node) else c.end)
        n.end = end
        return end

    for r in roots:
        close(r)
        r.kinds = top_level_kinds(text, r, lex, names_agency)
    return roots


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _inline_items(text: str, node: Node, b: Block) -> None:
    """Inline items "⁽¹⁾...; ⁽²⁾..." of a block become child nodes of `node` ("I.2.(1)")."""
    marks = list(P.INLINE_ITEM.finditer(text, b.rest_start, b.end))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else b.end
        label = m.group("label").translate(_SUPERSCRIPT)
        item = Block("inline", label, m.start(), end, m.end())
        nid = f"{node.id}.({label})"
        n = sum(1 for c in node.children if isinstance(c, Node) and c.id.split("~")[0] == nid)
        child = Node("inline", label, nid if n == 0 else f"{nid}~{n + 1}", item, _LEVEL_PLUS + 1)
        node.children.append(child)


def walk(nodes: list[Node]):
    """Every node, depth first."""
    stack = list(reversed(nodes))
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.nodes()))
