"""Stage 2: cut the normalized text into typed line blocks.

A block is one non-empty line: a Roman heading ("I. MỤC ĐÍCH"), a numbered
item ("2.3. Sở ..."), a lettered item ("a) ..."), a bullet ("- ", "+ ") or a
plain paragraph, with its character span. `split_blocks(text)` is the entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import patterns as P
from .lexicon import phrase_alternation, read_data

ROMAN = "roman"
NUMBERED = "numbered"
LETTERED = "lettered"
BULLET = "bullet"
PARAGRAPH = "paragraph"
TABLE_ROW = "table_row"
ARTICLE = "article"      # "Điều 5. Trách nhiệm của Sở Tài chính" (a regulation's article; its chapters are ROMAN)


@dataclass(frozen=True)
class Block:
    kind: str
    label: str          # "III", "2.3", "b", "-", "+", "" for paragraphs
    start: int          # span of the whole line
    end: int
    rest_start: int     # where the text after the label starts

    def text(self, doc: str) -> str:
        return doc[self.start:self.end]

    def rest(self, doc: str) -> str:
        return doc[self.rest_start:self.end]


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _mostly_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.7


def _short_heading(rest: str) -> bool:
    """ "I. Mục đích, yêu cầu": a title-case Roman heading is short and does not end a sentence."""
    return len(rest) <= 120 and rest[:1].isupper() and not rest.rstrip().endswith((";", ","))


def classify(line: str, start: int) -> Block:
    end = start + len(line)
    if line.startswith("|") and line.endswith("|"):
        return Block(TABLE_ROW, "|", start, end, start)
    m = P.CHAPTER_HEADING.match(line)
    if m:
        return Block(ROMAN, m.group("label"), start, end, start + m.start("rest"))
    m = P.ARTICLE_HEADING.match(line)
    if m:
        return Block(ARTICLE, m.group("label"), start, end, start + m.start("rest") if m.group("rest") else end)
    m = P.ROMAN_HEADING.match(line)
    if m and roman_value(m.group("label")) and (_mostly_upper(m.group("rest")) or _short_heading(m.group("rest"))):
        return Block(ROMAN, m.group("label"), start, end, start + m.start("rest"))
    m = P.NUMBERED_ITEM.match(line)
    if m:
        return Block(NUMBERED, m.group("label"), start, end, start + m.start("rest"))
    m = P.LETTERED_ITEM.match(line)
    if m:
        return Block(LETTERED, m.group("label"), start, end, start + m.start("rest"))
    m = P.ROMAN_SUBITEM.match(line)
    if m:
        return Block(BULLET, f"({m.group('label')})", start, end, start + m.start("rest"))
    m = P.BULLET_ITEM.match(line)
    if m:
        mark = "+" if m.group("mark") == "+" else "-"
        return Block(BULLET, mark, start, end, start + m.start("rest"))
    return Block(PARAGRAPH, "", start, end, start)


def _lone_label(line: str) -> bool:
    """A line that holds only a heading label ("I.", "2.1.", "a)"), its text wrapped onto the next line."""
    return bool(P.LONE_LABEL.match(line))


#: How many lines a quotation that opens ("“") is followed before it is taken as never closed.
_QUOTE_LINES = 12


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lines.append((stripped, pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    k = 0
    quoted = 0   # lines read since a quotation opened and has not closed ("“2. Sau khi ...\n3. ...”"): 0 when none is open
    while k < len(lines):
        stripped, start = lines[k]
        inside = 0 < quoted <= _QUOTE_LINES
        balance = stripped.count("“") - stripped.count("”")
        quoted = quoted + 1 if quoted and balance >= 0 else (1 if balance > 0 else 0)
        if inside:
            # a numbered line inside a quotation is the quoted text's, not an item of this document
            b = classify(stripped, start)
            if b.kind in (NUMBERED, LETTERED, ROMAN, BULLET):
                blocks.append(Block(PARAGRAPH, "", start, start + len(stripped), start))
                k += 1
                continue
        if k + 1 < len(lines) and _lone_label(stripped):
            nxt, nstart = lines[k + 1]
            b = classify(stripped + " " + nxt, start)
            if b.kind == ARTICLE and classify(nxt, nstart).kind != PARAGRAPH:
                b = classify(stripped, start)   # "Điều 2." over its clauses "1. ...": an article with no heading
            if b.kind != PARAGRAPH and b.rest_start - start > len(stripped):
                rest = nstart + (b.rest_start - start - len(stripped) - 1)
                blocks.append(Block(b.kind, b.label, start, nstart + len(nxt), rest))
                k += 2
                continue
        b = classify(stripped, start)
        adjacent = bool(blocks) and "\n\n" not in text[blocks[-1].end:start]   # a wrapped line, not a new paragraph
        if b.kind == ROMAN and adjacent and _roman_out_of_turn(blocks, text, stripped):
            b = Block(PARAGRAPH, "", start, start + len(stripped), start)   # "... từ cấp I đến cấp\nV. Chi tiết ..."
        if (b.kind == PARAGRAPH and adjacent and _wrapped_heading(blocks[-1], text, stripped)
                and (stripped.endswith(":") or (k + 1 < len(lines)
                     and classify(lines[k + 1][0], lines[k + 1][1]).kind in (NUMBERED, LETTERED, BULLET)))):
            # "2. Ban Quản lý Khu kinh tế\nĐông Nam\n- Đề xuất ...": the end of a heading wrapped onto its own line
            prev = blocks[-1]
            blocks[-1] = Block(prev.kind, prev.label, prev.start, start + len(stripped), prev.rest_start)
        elif (b.kind == PARAGRAPH and adjacent and blocks[-1].kind == ARTICLE
              and not text[blocks[-1].start:blocks[-1].end].rstrip(" *").endswith("/.")   # "./." closes the text
              and _article_line_wraps(text[blocks[-1].rest_start:blocks[-1].end], stripped)):
            prev = blocks[-1]   # "Điều 3. Chánh\nVăn phòng ...": an article's line wrapped by the copy
            rest_start = prev.rest_start if prev.rest_start < prev.end else start
            blocks[-1] = Block(prev.kind, prev.label, prev.start, start + len(stripped), rest_start)
        elif blocks and _continues(b, text, stripped, adjacent) and _runs_on(blocks[-1], text[blocks[-1].rest_start:blocks[-1].end], stripped):
            prev = blocks[-1]
            blocks[-1] = Block(prev.kind, prev.label, prev.start, start + len(stripped), prev.rest_start)
        else:
            blocks.append(b)
        k += 1
    return blocks


def _roman_out_of_turn(blocks: list[Block], text: str, line: str) -> bool:
    """A line opening with a Roman numeral that is a wrapped line of running text, not a heading: it goes on, with no
    blank line, from a line that ends no sentence ("... chỉ cấp dự báo từ cấp I đến cấp" / "V. Chi tiết quy định ..."),
    and its numeral is neither "I" nor the one after the last Roman heading above it."""
    m = P.ROMAN_HEADING.match(line)
    if not m or P.CHAPTER_HEADING.match(line) or P.SENTENCE_END.search(text[blocks[-1].start:blocks[-1].end]):
        return False
    value = roman_value(m.group("label"))
    last = next((roman_value(b.label) for b in reversed(blocks) if b.kind == ROMAN
                 and not P.CHAPTER_HEADING.match(text[b.start:b.end])), 0)
    return value not in (1, last + 1)


def _article_line_wraps(rest: str, line: str) -> bool:
    """Whether `line` goes on with an article's line ("Điều 3. Chánh" / "Văn phòng ... thi hành Quyết định này./.")
    rather than opening its first paragraph under a title ("Điều 1. Phạm vi điều chỉnh" / "Nghị quyết quy định ...")."""
    rest = rest.strip(" *_")
    if (len(rest.split()) < 3 or _office_title().match(rest) or P.LINE_CONTINUES.search(rest)
            or re.search(r"[.;:]", rest)):
        return True   # not a title: a provision ("Điều 2. Quyết định này có hiệu lực ... Chánh Văn phòng")
    line = line.rstrip(" *_")
    return not (P.SENTENCE_END.search(line) or len(line) > 80)


@lru_cache(maxsize=1)
def _office_title() -> re.Pattern:
    """An office holder's title (data/agency_heads.yaml `titles`) opening an article's line: "Điều 3. Chánh Văn phòng
    ... chịu trách nhiệm thi hành ..." is a provision, not a title."""
    return re.compile(r"(?:" + phrase_alternation(read_data("agency_heads.yaml").get("titles") or []) + r")\s")


def _continues(b: Block, text: str, line: str, adjacent: bool) -> bool:
    """A line that may continue the block before it: a paragraph line right under it, a line in lower case even after
    a blank line, or a "bullet" that is the hyphen of a wrapped compound ("chính trị\n- xã hội tại địa phương")."""
    if b.kind == PARAGRAPH:
        return adjacent or line[:1].islower()
    return b.kind == BULLET and adjacent and text[b.rest_start:b.end][:1].islower()


def _wrapped_heading(prev: Block, text: str, line: str) -> bool:
    head = text[prev.rest_start:prev.end]
    if prev.kind not in (ROMAN, NUMBERED, LETTERED) or len(head) > 100 or P.SENTENCE_END.search(head):
        return False
    if line.endswith(":"):   # "9. Báo ..., Sở Văn hóa, Thể thao và Du lịch, Cổng\nThông tin điện tử tỉnh ...:"
        return len(line) <= 80 and ":" not in line[:-1]
    return len(head) <= 80 and len(line) <= 40 and not P.SENTENCE_END.search(line) and line[:1].isupper()


#: A line opening with a name in parentheses that the sentence goes on after, in lower case: "(Chi cục Kiểm lâm) chủ
#: trì, ...". Not a label ("(1) ...", "(I) Giao ...") nor a parenthesis the line leaves open.
_NAME_ASIDE = re.compile(r"\((?P<name>[^()\n]{3,80})\)\s+(?P<next>\w)")


def _holder_list(text: str) -> bool:
    """A line that only lists office holders, each after ";", and goes on ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám
    đốc các Sở: Tài chính, Tư pháp; Thủ trưởng các Sở, ban, ngành, đơn vị thuộc tỉnh;"): every part opens with a title."""
    if not text.rstrip().endswith(";"):
        return False
    parts = [p.strip(" *_") for p in text.rstrip().rstrip(";").split(";")]
    return len(parts) >= 2 and all(p and _office_title().match(p + " ") for p in parts)


def _runs_on(prev: Block, prev_text: str, line: str) -> bool:
    """A hard-wrapped line that continues the block before it ("... các loại Giấy phép,\nGiấy chứng nhận ...",
    "... sử dụng trái phép\nVLNCN, TCTN ..."): the block does not end a sentence and is a wrapped line of text,
    not a short heading ("2. Giao Sở Xây dựng\nChủ trì ...")."""
    if prev.kind in (TABLE_ROW,) or not prev_text or prev_text.isupper():
        return False   # a heading or title in capitals ends at its line
    if P.SIGNING_PREFIX.match(line) or P.SIGNING_MODE_ALONE.match(line):
        return False   # "- Lưu: VT, KT, NCKSTTHC.Châu" / "KT. CHỦ TỊCH": the signature block starts, whatever came before
    if line[:1].islower():
        return True   # "...; phối hợp Ban Quản lý ...;\ncác doanh nghiệp viễn thông ...": no item opens in lower case
    if line[:1] == "(" and line[1:2].islower() and line[2:3] != ")":
        return True   # "... chỉ đạo công an các địa phương\n(kể cả các địa phương lân cận) ...": an aside runs on
    aside = _NAME_ASIDE.match(line)
    if (aside and aside.group("name")[:1].isupper() and aside.group("next").islower()
            and not P.SENTENCE_END.search(prev_text)):
        return True   # "1. Giao Sở Nông nghiệp và Môi trường\n(Chi cục Kiểm lâm) chủ trì, ...": the unit, then the verb
    if P.TIME_SENTENCE.match(line) and prev.kind in (BULLET, NUMBERED, LETTERED, PARAGRAPH):
        return True   # "- ... chính xác.\nThời gian hoàn thành trước ngày 31 tháng 12 năm 2025.": the item's time limit
    if _holder_list(prev_text) and _office_title().match(line):
        return True   # "2. Chánh Văn phòng ...; Giám đốc các Sở: ...; Thủ trưởng ...;\nChủ tịch ... chịu trách nhiệm ..."
    if P.SENTENCE_END.search(prev_text):
        return False
    if prev_text.endswith(",") or prev_text.count("(") > prev_text.count(")"):
        return True
    if P.TOPIC_LABEL_OPEN.match(prev_text) and ":" in line and ":" not in prev_text:
        return True   # "c) Về việc thỏa thuận giao cắt tuyến ống Cái\nMép-Phú Mỹ: Ủy ban ...": a topic label wrapped
    if P.BASIS_OPENING.match(line) or P.SUBJECT_PREFIX_OPENER.match(line) or P.LETTER_OPENING.match(line):
        return False   # "Căn cứ ...", "Thực hiện ...", "Trong quá trình ...": a new paragraph after a title
    limit = 100 if prev.kind in (ROMAN, NUMBERED, LETTERED) else 40
    if prev.kind == BULLET and prev_text.rsplit(" ", 1)[-1][:1].islower() and P.LINE_CONTINUES.search(prev_text) is None:
        limit = 15   # "- Chuẩn bị và phân phối\n“túi thuốc ...": a bullet's first line, cut short by the copy
    if P.LINE_CONTINUES.search(prev_text):
        return True
    return len(prev_text) > limit
