"""Stage 3: the layout of the plan and its section tree.

`find_layout(text, blocks)` splits the blocks into header, title, preamble,
body and footer. `find_sections(text, body_blocks, lexicon)` builds the tree
(I./II. -> 1./1.1. -> a) -> "-" -> "+"), with a stable id per node
("III.2", "III.2.b", "III.2-3") and the kinds of each top-level section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from . import patterns as P
from .blocks import ARTICLE, BULLET, LETTERED, NUMBERED, PARAGRAPH, ROMAN, TABLE_ROW, Block, roman_value
from .lexicon import Lexicon
from .vntext import fold, ocr_key, strip_marks


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
    #: the issuing authority line of a decision or resolution after its title: "ỦY BAN NHÂN DÂN TỈNH X",
    #: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ TÀI CHÍNH" (part of the preamble too)
    authority: Block | None = None
    #: a letter whose body has no numbered items: its paragraphs and bullets are walked as they come
    plain: bool = False


def _type_words(lex: Lexicon) -> list[str]:
    """Type words without their marks, longest first: a scan's OCR misreads the marks of a capital type line
    ("QUYÉT ĐỊNH", "QUYÊT ĐỊNH" for "QUYẾT ĐỊNH"), so lines are compared to them by `strip_marks`."""
    return sorted({strip_marks(t.word) for t in lex.doc_types}, key=len, reverse=True)


def _type_word_regex(lex: Lexicon) -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in _type_words(lex)) + r")$")


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


_HEADS: dict[int, tuple[str, ...]] = {}


def header_heads(lex: Lexicon) -> tuple[str, ...]:
    """Folded words that open the name of an issuing body or its head ("sở", "bộ", "ủy ban", "chính phủ", "chủ tịch")."""
    got = _HEADS.get(id(lex))
    if got is not None:
        return got
    heads = {fold(h) for h in lex.agency_heads if not fold(h).startswith("các ")}
    heads |= {fold(i.name) for i in lex.issuers}
    heads |= {fold(w) for w in _AUTHORITY_POSITIONS}
    got = _HEADS[id(lex)] = tuple(sorted(heads, key=len, reverse=True))
    return got


#: Heads of a body who issue in their own name ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ TÀI CHÍNH").
_AUTHORITY_POSITIONS = ("Chủ tịch", "Bộ trưởng", "Thủ tướng", "Cục trưởng", "Tổng cục trưởng", "Giám đốc", "Tổng Giám đốc",
                        "Chánh án", "Viện trưởng", "Tổng Kiểm toán", "Thống đốc", "Chủ nhiệm", "Trưởng ban")


def head_of(line: str, heads: tuple[str, ...]) -> str | None:
    """The longest head that opens `line` (folded), or None."""
    f = " ".join(fold(line).split())
    for h in heads:
        if f.startswith(h) and (len(f) == len(h) or not f[len(h)].isalnum()):
            # "PHÒNG, CHỐNG ..." is an activity, not a "Phòng" of a body
            return None if (h == "phòng" and re.match(r"phòng\s*,?\s*chống", f)) else h
    return None


def starts_with_head(line: str, heads: tuple[str, ...]) -> bool:
    return head_of(line, heads) is not None


def _header_start(text: str, blocks: list[Block]) -> tuple[int, int | None]:
    """(first block of the document's own header, index of the national motto or None): a portal's preface
    (copyright notes, its own "Số hiệu / Loại văn bản" box) stands before the issuer lines of the header."""
    motto = next((i for i, b in enumerate(blocks[:160]) if P.MOTTO_START.match(b.text(text).strip(" *|"))), None)
    if motto is None:
        return 0, None
    k = start = motto
    while k > 0 and motto - k < 10:
        line = blocks[k - 1].text(text).strip(" *|-_=")
        # DOCX and PDF copies put the left column first: issuer, number, subject ("V/v ..."), then the motto
        if line and not _is_upper(line) and not P.HEADER_NUMBER.search(line, 0, 20) and not P.SUBJECT_LINE.match(line):
            break
        k -= 1
        if line:
            start = k  # rule lines ("-------") under the issuer are passed over
    return start, motto


#: What follows a decision's authority line: its legal basis ("Căn cứ ...", "Xét đề nghị ...", "Theo đề nghị ...").
_BASIS_AFTER_AUTHORITY = re.compile(r"^\s*\*?\s*(?:Căn cứ|Xét|Theo đề nghị)\b")


#: A type word in capitals glued to a title in running case: "NGHỊ ĐỊNHQuy định về ...", "THÔNG TƯQuy định ...".
_GLUED_TYPE = re.compile(rf"^(?P<word>[{P.UPPER}]+(?: [{P.UPPER}]+){{0,3}})(?P<rest>[{P.UPPER}][{P.LOWER}].*)$")


def _is_date_line(line: str) -> bool:
    """ "Hà Nội, ngày 18 tháng 11 năm 2025", "Ninh, ngày 01 ...", "ngày    tháng 4 năm 2026" (a draft's blank date)."""
    m = P.HEADER_DATE.search(line, 0, 120)
    return bool(m) and m.start() < 40 and (bool(m.group("place")) or bool(P.DAY_WORD.match(line))) and (m.start() == 0 or "," in line[:m.end()])


def _before_basis(text: str, blocks: list[Block], i: int) -> bool:
    """Block i is followed, within two lines, by the legal basis of a decision."""
    return any(_BASIS_AFTER_AUTHORITY.match(b.text(text)) for b in blocks[i + 1:i + 3])


def find_layout(text: str, blocks: list[Block], lex: Lexicon) -> Layout:
    type_rx = _type_word_regex(lex)
    heads = header_heads(lex)
    head_start, motto = _header_start(text, blocks)
    type_idx = None
    glued: Block | None = None
    split_type: Block | None = None
    inline_subject: Block | None = None
    for i in range(head_start, min(len(blocks), head_start + 60)):
        line = blocks[i].text(text).strip(" *#")
        if line.isupper() and type_rx.match(strip_marks(" ".join(line.split()))):
            type_idx = i
            break
        nxt = blocks[i + 1].text(text).strip(" *#") if i + 1 < len(blocks) else ""
        if line.isupper() and nxt.isupper() and len(line) <= 12 and len(nxt) <= 12 \
                and type_rx.match(strip_marks(f"{line} {nxt}")):
            # the type word hard-wrapped: "QUYẾT" / "ĐỊNH"
            type_idx = i
            split_type = Block(PARAGRAPH, "", blocks[i].start, blocks[i + 1].end, blocks[i].start)
            break
        if line.isupper() and i > head_start and _is_date_line(blocks[i - 1].text(text).strip(" *")):
            # right under the place/date line, a type word opening a longer capital line: "BIÊN BẢN THẨM ĐỊNH HỒ SƠ"
            f = strip_marks(" ".join(line.split()))
            word = next((w for w in _type_words(lex) if f.startswith(w + " ")), None)
            if word:
                type_idx = i
                b = blocks[i]
                at = b.start + len(b.text(text)) - len(b.text(text).lstrip(" *#")) + len(word) + 1
                glued = Block(PARAGRAPH, "", at, b.end, at)
                break
        g = _GLUED_TYPE.match(line)
        if g and type_rx.match(strip_marks(" ".join(g.group("word").split()))):
            # a portal glued the type word to the title: "NGHỊ ĐỊNHQuy định về ..."
            type_idx = i
            b = blocks[i]
            at = b.start + b.text(text).index(g.group("rest"))
            glued = Block(PARAGRAPH, "", at, b.end, at)
            break
    subject_idx = None
    if type_idx is None:
        # a letter (Công văn) has no type line: its subject "V/v ..." stands under the number
        for i in range(head_start, min(len(blocks), head_start + 40)):
            line = blocks[i].text(text)
            if P.SUBJECT_LINE.match(line.strip(" *")):
                subject_idx = i
                break
            if P.HEADER_NUMBER.match(line.strip(" *")) and i + 1 < len(blocks) \
                    and re.match(r"^\*?\s*Về\s", blocks[i + 1].text(text)):
                # a subject written "Về ..." (no "V/v") right under the number
                subject_idx = i + 1
                break
            m = P.SUBJECT_AFTER_NUMBER.match(line)
            if m:
                # "Số: 5387/CT-CS v/v trả lời ...": the subject is the end of the number's line
                subject_idx = i
                at = blocks[i].start + m.start("subject")
                inline_subject = Block(PARAGRAPH, "", at, blocks[i].end, at)
                break
    first_roman = next((i for i, b in enumerate(blocks) if b.kind == ROMAN), None)
    if type_idx is not None:
        head_end = type_idx
    elif subject_idx is not None:
        head_end = subject_idx + (1 if inline_subject is not None else 0)
    else:
        # no type line: the header runs to the place/date line (included), when there is one near the top
        head_end = 0
        for i in range(head_start, min(len(blocks), head_start + 30)):
            if P.HEADER_DATE.search(blocks[i].text(text)) and P.DAY_WORD.search(blocks[i].text(text)[:80]):
                head_end = i + 1
                break
    header = blocks[head_start:head_end] if head_end > head_start else []
    # title: after the type line, until the opening paragraph or the first heading
    title: list[Block] = []
    authority: Block | None = None
    #: a letter whose body has no numbered items: its paragraphs and bullets are walked as they come
    plain: bool = False
    i = (type_idx + 1) if type_idx is not None else 0
    if split_type is not None:
        i += 1
    if glued is not None:
        title.append(glued)
    if type_idx is not None:
        while i < len(blocks) and len(title) < 8:
            b = blocks[i]
            line = b.text(text)
            bare = line.strip(" *")
            if b.kind in (ROMAN, NUMBERED, LETTERED, BULLET) or (title and P.BASIS_OPENING.match(bare)) or P.RECIPIENTS_LABEL.match(line):
                break
            if bare.rstrip().endswith(":") or "như sau" in line or bare.startswith("Kính gửi"):
                break
            if bare.startswith(("Căn cứ", "(")):
                break
            if title and _is_upper(bare) and starts_with_head(bare, heads) and _before_basis(text, blocks, i) \
                    and not P.TITLE_CONNECTOR.search(title[-1].text(text).strip(" *")):
                # "ỦY BAN NHÂN DÂN TỈNH X" / "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." after a decision's title: who decides
                authority = b
                break
            if title and not _is_upper(bare) and all(_is_upper(t.text(text)) for t in title) \
                    and not P.TITLE_CONNECTOR.search(title[-1].text(text).strip(" *")) \
                    and (len(bare) > 60 or re.match(rf"[{P.UPPER}][{P.LOWER}]", bare)):
                # a running-case sentence after a title in capitals opens the body
                break
            said = " ".join(" ".join(t.text(text).strip(" *").split()) for t in title)
            if not any(c.isalnum() for c in bare) or \
                    any(" ".join(bare.split()) == " ".join(t.text(text).strip(" *").split()) for t in title) or \
                    (title and " ".join(bare.split()).strip(" ,") in said):
                # a portal that printed the title twice ("NGHỊ ĐỊNHVề hợp đồng ..." then "Về hợp đồng ..."), or again
                # in pieces ("Quy định chế độ làm việc đối với giáo viên phổ thông" then ", dự bị đại học")
                i += 1
                continue
            title.append(b)
            i += 1
            if not _is_upper(line) and len(line) > 40:
                # a title in running case is usually one paragraph; a second one opens the body
                if i < len(blocks) and not _is_upper(blocks[i].text(text)):
                    break
    elif subject_idx is not None:
        first = inline_subject or blocks[subject_idx]
        title = [first]
        i = subject_idx + 1
        italic = first.text(text).lstrip().startswith("*")
        # the subject wraps over lines the normaliser kept apart; it ends at a blank line, the place/date line, "Kính gửi",
        # or where a portal's italics close ("*V/v thuế suất thuế\nGTGT*")
        while i < len(blocks) and len(title) < 6:
            raw = blocks[i].text(text)
            line = raw.strip(" *")
            prev_raw = title[-1].text(text).rstrip()
            if (not line or _is_date_line(line) or line.startswith(("Kính gửi", "Số")) or blocks[i].kind != PARAGRAPH
                    or P.MOTTO_START.match(line) or "\n\n" in text[title[-1].end:blocks[i].start]
                    or (italic and prev_raw.endswith("*") and (title[-1] is not first or prev_raw.count("*") >= 2))):
                break
            title.append(blocks[i])
            i += 1
        # the place/date line may follow the subject (portal order: number, subject, place and date)
        for j in range(i, min(len(blocks), i + 3)):
            if _is_date_line(blocks[j].text(text).strip(" *")):
                header = header + blocks[i:j + 1]
                i = j + 1
                break
    else:
        i = head_end
    pre_start = i
    # the signature or "Nơi nhận" that closes the document's own text, and an appendix ("PHỤ LỤC") after it:
    # the appendix's headings are not the document's sections (a plan after a decision's signature still is)
    sign = next((k for k in range(pre_start, len(blocks)) if _closes_text(text, blocks[k])), len(blocks))
    words = _type_words(lex)
    attached = next((k for k in range(sign, len(blocks)) if _APPENDIX_LABEL.match(blocks[k].text(text))
                     or _type_line(text, blocks[k], type_rx, words)), len(blocks))
    # after the signature, headings are the body only under the type line of a plan/regulation the decision carries
    # ("KẾ HOẠCH", "QUY ĐỊNH"), not in an appendix ("PHỤ LỤC", "DANH MỤC ... (Ban hành kèm theo ...)")
    carried = attached < len(blocks) and not _APPENDIX_LABEL.match(blocks[attached].text(text))
    limit = len(blocks) if carried else sign
    body_start = first_roman if first_roman is not None and pre_start <= first_roman < limit else None
    articles = False
    if body_start is None:
        quoted = _quoted_law(text, blocks, pre_start, limit)
        body_start = next((k for k in range(pre_start, limit) if blocks[k].kind == NUMBERED and k not in quoted),
                          len(blocks))
        # a resolution or decision of articles only ("Điều 1. Phạm vi điều chỉnh" ... "Điều 6. Tổ chức thực hiện: 1.
        # Giao ..."), that carries no text after its signature: its articles are its top level
        article = next((k for k in range(pre_start, min(body_start, limit)) if blocks[k].kind == ARTICLE), None)
        if article is not None and not carried:
            body_start, articles = article, True
        elif carried:
            # a carried text of articles only ("NỘI QUY ... Điều 1. Thời gian mở cửa ... Điều 14. Tổ chức thực hiện"):
            # its articles are the top level, the decision's own stay in the preamble
            own = next((k for k in range(attached, limit) if blocks[k].kind == ARTICLE), None)
            if own is not None:
                body_start, articles = own, True
    plain = False
    if type_idx is None and body_start >= sign and sign < len(blocks):
        # a letter without numbered items: its body is the paragraphs and bullets after the recipients
        body_start = _after_recipients(text, blocks, pre_start, sign)
        plain = body_start < sign
    preamble = blocks[pre_start:body_start]
    body: list[Block] = []
    footer: list[Block] = []
    k = body_start
    while k < len(blocks):
        line = blocks[k].text(text)
        if P.RECIPIENTS_LABEL.match(line) or (blocks[k].kind == PARAGRAPH and P.CLOSING_FORMULA.match(line)):
            break
        if (_signature_starts(line) or P.FORM_LABEL.match(line)) and k > body_start:
            break   # the signature block, or the forms carried at the end ("Mẫu số 01")
        if k > body_start and carried and _APPENDIX_HEADING.match(line):
            break  # an unsigned plan ends where its appendix ("PHỤ LỤC 01 ...") starts
        if k > body_start and P.PORTAL_TAIL.match(line.lstrip(" #*|")):
            break   # a legal portal's own page after the text ("## Văn bản liên quan", its notices to members)
        body.append(blocks[k])
        k += 1
        if articles and line.rstrip(" *|").endswith("/."):
            break   # "./." closes the decision's own text: what follows is its signature (or a page's furniture)
    footer = blocks[k:]
    quoted = _quoted_law(text, blocks, pre_start, k)
    body = [b for i, b in enumerate(blocks[body_start:k], body_start) if i not in quoted]
    type_block = blocks[type_idx] if type_idx is not None else None
    if split_type is not None:
        type_block = split_type
    if glued is not None and type_block is not None:
        type_block = Block(PARAGRAPH, "", type_block.start, glued.start, type_block.start)
    return Layout(header, type_block, title, preamble, body, footer, blocks,
                  authority, plain)


def _quoted_law(text: str, blocks: list[Block], start: int, stop: int) -> set[int]:
    """The blocks of the provisions a letter quotes from other documents ("Căn cứ khoản 1 Điều 5 Nghị định số
    132/2020/NĐ-CP ..., quy định:" then "“Điều 5. ... 1. Các bên có quan hệ liên kết ... a) ...”"): their items are not
    its sections or tasks. A quotation runs from the block that opens with "“" to the block that closes it (at most 80)."""
    out: set[int] = set()
    k = start
    while k < stop - 1:
        line = blocks[k].text(text).strip(" *_")
        prev = blocks[k - 1].text(text).strip(" *_") if k > start else ""
        k += 1
        if not ((P.QUOTED_LAW_CITE.match(line) or P.QUOTED_LAW_CITE.match(prev)) and P.QUOTED_LAW_INTRO.search(line)
                and blocks[k].text(text).lstrip(" *_").startswith(("“", '"'))):
            continue
        for j in range(k, min(stop, k + 80)):
            if blocks[j].text(text).rstrip(" *_.;").endswith(("”", '"')):
                out.update(range(k, j + 1))
                k = j + 1
                break
    return out


#: An appendix label after the signature: "PHỤ LỤC I", "Phụ lục".
_APPENDIX_LABEL = re.compile(r"^[\s*#]*(?:PHỤ LỤC|Phụ lục)\b")
#: The heading of an appendix inside a carried plan's text: "PHỤ LỤC", "PHỤ LỤC 01", "**PHỤ LỤC II**" on its own line.
_APPENDIX_HEADING = re.compile(r"^[\s*#]*PHỤ LỤC(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?[\s*]*(?:\n|$)")


def _type_line(text: str, b: Block, type_rx: re.Pattern, words: list[str]) -> bool:
    """ "KẾ HOẠCH", "QUY ĐỊNH", "KẾ HOẠCH TRIỂN KHAI ...": the type line of a text a decision carries after its signature."""
    line = b.text(text).strip(" *#|")
    if not line or not line.isupper():
        return False
    f = strip_marks(" ".join(line.split()))
    return bool(type_rx.match(f)) or any(f.startswith(w + " ") for w in words)


def _closes_text(text: str, b: Block) -> bool:
    line = b.text(text)
    return bool(P.RECIPIENTS_LABEL.match(line.strip(" *")) or _signature_starts(line))


def _signature_starts(line: str) -> bool:
    """ "KT. CHỦ TỊCH", or the signing mode alone on its line ("KT." with "CHỦ TỊCH" on the next); a copy's "(Đã ký)";
    a portal's recipients flattened onto one line without their "Nơi nhận:" label."""
    return bool(P.SIGNING_PREFIX.match(line) or P.SIGNING_MODE_ALONE.match(line) or P.SIGNED_NOTE.match(line)
                or P.FLAT_RECIPIENTS.match(line))


def _after_recipients(text: str, blocks: list[Block], start: int, stop: int) -> int:
    """The first block of a letter's text after its "Kính gửi:" list (the list itself is never tasks)."""
    k = start
    while k < stop and not blocks[k].text(text).strip(" *|"):
        k += 1
    if k < stop and blocks[k].text(text).strip(" *|").startswith("Kính gửi"):
        k += 1
        while k < stop:
            line = blocks[k].text(text).strip(" *|")
            if line and not (blocks[k].kind == BULLET or (len(line) < 160 and line.endswith((";", ".", ",", ":")))):
                break
            k += 1
    return k


# ------------------------------------------------------------------ tree

_LEVEL_LETTER = 5
_LEVEL_SUBITEM = 5.5
_LEVEL_DASH = 6
_LEVEL_PLUS = 7


def _level(b: Block) -> int:
    if b.kind == ROMAN:
        return 0
    if b.kind == ARTICLE:
        return 0.5   # an article sits under its chapter and over its numbered clauses
    if b.kind == NUMBERED:
        return min(4, b.label.count(".") + 1)
    if b.kind == LETTERED:
        return _LEVEL_LETTER
    if b.kind == BULLET:
        if b.label.startswith("("):
            return _LEVEL_SUBITEM   # "(i)", "(ii)": under a lettered item, over its dashes
        return _LEVEL_PLUS if b.label == "+" else _LEVEL_DASH
    return 99


def section_kinds(heading: str, lex: Lexicon, ocr: bool = False) -> tuple[str, ...]:
    """The kinds a heading's words name; `ocr`: the heading was read by OCR, so its words are compared without marks
    and doubled letters ("TỔ CHÚC THỤC HIỆN" is "Tổ chức thực hiện")."""
    key = ocr_key if ocr else fold
    # "IV. Tổ chức thực hiện.", "III. DỰ TOÁN KINH PHÍ:": the heading's closing stop or colon is no word of it
    h = " " + " ".join(key(heading.rstrip(" .:;*_")).replace(",", " , ").split()) + " "
    kinds: list[str] = []
    for rule in lex.section_kinds:
        for phrase in sorted(rule.phrases, key=len, reverse=True):
            p = " " + key(phrase) + " "
            if p in h:
                if rule.kind != "none" and rule.kind not in kinds:
                    kinds.append(rule.kind)
                h = h.replace(p, " # ")
    return tuple(kinds)


def _title_like(heading: str) -> bool:
    """A heading that names a topic ("Tổ chức thực hiện") rather than a sentence that states a task."""
    h = heading.strip()
    return len(h) <= 100 and not h.endswith((".", ";", ",")) and ". " not in h


def top_level_kinds(text: str, node: "Node", lex: Lexicon, names_agency: Callable[["Node"], bool] | None,
                    ocr: bool = False) -> tuple[str, ...]:
    """Kinds of a top-level section. A Roman heading gets the kinds its words name; a top-level "1." item of a
    directive or letter gets "assignments" when it names the agencies its content is for, the kinds of its
    words when it is a short heading, and "tasks" when it states a task itself (ANNOTATING.md); a decision's article that
    names no agency and is no heading states the decision's own act, no kind."""
    heading = node.block.rest(text)
    if node.kind == ROMAN:
        return section_kinds(heading, lex, ocr)
    if node.kind == ARTICLE and _article_title(heading):
        return section_kinds(heading, lex, ocr)   # "Điều 6. Tổ chức thực hiện": the kinds its words name
    if names_agency is not None and names_agency(node):
        return ("assignments",)
    if node.kind == ARTICLE:
        return ()   # a provision ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký."): no kind of section
    if _title_like(heading):
        kinds = section_kinds(heading, lex, ocr)
        if not kinds and names_agency is not None and node.items() and all(names_agency(c) for c in node.items()):
            # "1. Về việc rà soát ... | 1.1. Giao Sở Nông nghiệp và Môi trường | 1.2. ...": a topic whose items all are
            # agencies' headings is an assignments section (the kinds its content has)
            return ("assignments",)
        return kinds
    from .assignments import letter_voice   # assignments reads this module's tree

    if node.kind == ARTICLE or letter_voice().own_act.match(heading):
        # "Điều 1. Chấp thuận chủ trương đầu tư ... gồm các nội dung sau:", "1. Thống nhất việc giải thể 06 hội ...":
        # the issuer's own act, no task
        return ()
    label = _FIELD_LABEL.match(heading)
    if label:
        # "2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026": a field of a plan carried by a letter; its label names it
        return section_kinds(label.group(1), lex, ocr)
    return ("tasks",)


def _article_title(heading: str) -> bool:
    """An article's line that is its title ("Phạm vi điều chỉnh", "Nguồn kinh phí thực hiện"), not a provision
    ("Chánh Văn phòng ..., Giám đốc ... chịu trách nhiệm thi hành Quyết định này./.")."""
    line = heading.strip(" *_")
    return 0 < len(line) <= 160 and not P.SENTENCE_END.search(line) and not line.endswith((".", ";", ":"))


#: A short label before a colon that opens an item: "Thời gian kiểm tra: ...", "Địa điểm: ..." (at most five words;
#: not the "Về" of a topic that goes on to state tasks, nor the "Các Bộ:" of a list of bodies).
_FIELD_LABEL = re.compile(r"(?!(?:Về|Các|Những)\b)([^\W\d_][^\W_]*(?: [^\W\d_]+){0,4})\s*:\s")


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def to_roman(n: int) -> str:
    out = ""
    for v, digits in _ROMAN_DIGITS:
        while n >= v:
            out, n = out + digits, n - v
    return out


def ocr_roman_labels(text: str, body: list[Block]) -> list[Block]:
    """Roman headings of an OCR'd text with a misread label set right: "III." read as "II." ("I, II, II, IV", "I, II,
    II, V") is the next numeral when the following heading leaves room for it (or, last, when it reads as a heading: no
    figures); "III." read as "IV." ("I, II, IV, IV") is the numeral it skipped when the following heading repeats it."""
    romans = [k for k, b in enumerate(body) if b.kind == ROMAN]
    out = list(body)
    prev = 0
    for j, k in enumerate(romans):
        v = roman_value(body[k].label)
        nxt = roman_value(body[romans[j + 1]].label) if j + 1 < len(romans) else None
        repeat_fits = nxt > prev + 1 if nxt is not None else not any(c.isdigit() for c in body[k].rest(text))
        if prev and (v == prev and repeat_fits or v == prev + 2 and nxt == v):
            v = prev + 1
            out[k] = replace(body[k], label=to_roman(v))
        prev = v
    return out


def find_sections(text: str, body: list[Block], lex: Lexicon,
                  names_agency: Callable[["Node"], bool] | None = None, ocr: bool = False) -> list[Node]:
    """The section tree of the body; `ocr`: the text was read by OCR (misread Roman labels and heading words are
    read as what they stand for)."""
    if ocr:
        body = ocr_roman_labels(text, body)
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
        if b.kind == ARTICLE and stack and roots and roots[0].kind != ARTICLE and \
                not any(n.level < _level(b) for n in stack):
            # a body that opened inside an article ("1.", "2." of "Điều 2") has no article level: a later
            # "Điều 3. ..." is a line of text there, not a new top-level section
            b = Block(PARAGRAPH, "", b.start, b.end, b.start)
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
        elif b.kind == ARTICLE:
            nid = f"{root_id}.Đ{b.label}" if root_id else f"Đ{b.label}"
        elif b.kind == NUMBERED and parent is not None and parent.kind == ARTICLE:
            nid = f"{parent.id}.{b.label}"
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
        r.kinds = top_level_kinds(text, r, lex, names_agency, ocr)
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
