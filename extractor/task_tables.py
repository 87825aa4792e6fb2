"""Stage 5b: tasks given in a table ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").

`find_table_tasks(text, folded, blocks, registry)` reads every table whose header names a task column and a lead
(chủ trì) or executor (thực hiện) column (column names: data/task_tables.yaml). Each data row with a task and a lead
agency becomes one task of the lead agencies (role "lead" under a chủ trì column, else "responsible"), with partners
from the phối hợp column (vague groups left out) and its deadline searched in the time column. Group rows ("I | NHÓM
GIẢI PHÁP ...") set the group part of the row's section label; a table after the signature is an appendix ("PL.I.3").
A row with no number whose task goes on in lower case continues the row before it (a row cut by a page break).

`unflatten_tables(text, offsets)` (called by normalize) turns the portal's one-cell-per-line copies of task tables
("|", "**TT**", "|", "**Nhiệm vụ**", ... with "|" lines between cells and rows) back into "| a | b | c |" rows,
keeping the map to the source offsets.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from .agencies import AgencyHit, AgencyRegistry, parse_agency_list
from .assignments import TaskHit, find_partners
from .blocks import TABLE_ROW, Block
from .vntext import fold, squash


# ------------------------------------------------------------------ data

@dataclass(frozen=True)
class _Spec:
    columns: tuple[tuple[str, tuple[str, ...]], ...]     # (kind, squashed phrases), in matching order
    not_task: tuple[str, ...]
    not_task_fields: tuple[str, ...]                      # squashed opening words of member-list headings
    not_task_articles: tuple[str, ...]                    # squashed titles of a regulation's scope articles
    organisation_markers: tuple[str, ...]                 # squashed titles of an organisation text's functions article
    organisation_tasks: tuple[str, ...]                   # squashed titles of its articles that still give tasks
    rights: tuple[str, ...]                               # squashed titles of items that list rights
    fields: tuple[tuple[str, str], ...]                   # (kind, folded label), longest label first
    field_rx: re.Pattern
    field_kind: dict[str, str]                           # folded label (single spaces) -> kind


@lru_cache(maxsize=1)
def spec() -> _Spec:
    from .lexicon import read_data

    data = read_data("task_tables.yaml")
    columns = tuple((c["kind"], tuple(squash(p) for p in c["phrases"])) for c in data["columns"])
    not_task = tuple(squash(p) for p in data["not_task_table"]["phrases"])
    fields = sorted(((f["kind"], fold(label)) for f in data["fields"] for label in f["labels"]),
                    key=lambda x: len(x[1]), reverse=True)
    alt = "|".join(re.escape(label).replace(r"\ ", r"\s+") for _, label in fields)
    # "- Cơ quan chủ trì: ", "*Đơn vị chủ trì thực hiện: *" (italic label), "Đơn vị chủ trì tham mưu thực hiện:"
    field_rx = re.compile(r"[*_\s]*(?P<label>" + alt + r")(?P<ext>(?:\s+[a-zà-ỹđ]+){0,4}?)"
                          r"(?:\s*\([^()\n]{0,60}\))?[*_\s]*:[*_\s]*")
    not_fields = tuple(squash(p) for p in data.get("not_task_fields", {}).get("phrases", []))
    not_articles = tuple(squash(p) for p in data.get("not_task_articles", {}).get("phrases", []))
    def phrases(key: str) -> tuple[str, ...]:
        return tuple(squash(p) for p in data[key]["phrases"])

    return _Spec(columns, not_task, not_fields, not_articles, phrases("organisation_marker_articles"),
                 phrases("organisation_task_articles"), phrases("rights_titles"), tuple(fields), field_rx,
                 {label: kind for kind, label in fields})


def lists_members(heading: str) -> bool:
    """Whether an item's heading opens a list of who takes part ("Thành phần tham gia kiểm tra:")."""
    key = squash(heading)
    return any(key == p or key.startswith(p + " ") for p in spec().not_task_fields)


def scope_article(title: str) -> bool:
    """Whether an article's title names what the regulation covers ("Phạm vi điều chỉnh", "Đối tượng áp dụng"): the
    bodies its items name are the ones it applies to, not bodies given tasks."""
    key = squash(title.strip(" *_.:"))
    return any(key == p or key.startswith(p + " ") for p in spec().not_task_articles)


def _title_key(title: str) -> str:
    return squash(title.strip(" *_.:"))


def _opens_with(key: str, phrases: tuple[str, ...]) -> bool:
    return any(key == p or key.startswith(p + " ") for p in phrases)


def organisation_marker(title: str) -> bool:
    """Whether an article's title names a body's place and functions ("Vị trí và chức năng của bộ"): the mark of a
    text that defines a body's functions and make-up."""
    return _opens_with(_title_key(title), spec().organisation_markers)


def organisation_task_article(title: str) -> bool:
    """Whether an article of such a text is titled as its execution ("Tổ chức thực hiện", "Trách nhiệm thi hành")."""
    return _opens_with(_title_key(title), spec().organisation_tasks)


def rights_title(title: str) -> bool:
    """Whether an item's or article's title lists rights only ("Quyền hạn của học viên", "Quyền lợi"): the words after
    the rights word name the holder, never a duty ("Quyền hạn, trách nhiệm của ...", "Quyền và nghĩa vụ ...")."""
    key = _title_key(title)
    for p in sorted(spec().rights, key=len, reverse=True):
        if key == p:
            return True
        if key.startswith(p + " "):
            return p.split()[-1] == "của"   # "quyền hạn của <holder>"; not "quyền hạn <more words>"
    return False


def column_kind(cell: str) -> str | None:
    """The kind of a header cell ("Cơ quan chủ trì" -> "lead"), or None."""
    key = squash(cell.replace("*", " "))
    if not key:
        return None
    padded = f" {key} "
    for kind, phrases in spec().columns:
        if kind == "number":
            if key in phrases:
                return kind
            continue
        if any(f" {p} " in padded for p in phrases):
            return kind
    return None


def header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column kind -> index for a task table's header row, or None when the row is not such a header."""
    cols: dict[str, int] = {}
    for idx, c in enumerate(cells):
        key = f" {squash(c)} "
        if any(f" {p} " in key for p in spec().not_task):
            return None
        kind = column_kind(c)
        if kind and kind not in cols:
            cols[kind] = idx
    if "task" in cols and ("lead" in cols or "executor" in cols):
        return cols
    return None


_EMPHASIS = "*_"
_EMPHASIS_MARK = "-–+•"


def field_label(text: str, folded: str, pos: int, end: int) -> tuple[str, int] | None:
    """A per-task field label at pos ("Cơ quan chủ trì: ") -> (kind, where its value starts), or None."""
    sp = spec()
    while pos < end and folded[pos] in _EMPHASIS:     # "*Đơn vị chủ trì thực hiện: *Sở Tư pháp." (portal italics)
        pos += 1
        if pos < end and folded[pos] in _EMPHASIS_MARK:   # "*- Đơn vị chủ trì: *Sở Tư pháp."
            pos += 1
            while pos < end and folded[pos] == " ":
                pos += 1
    m = sp.field_rx.match(folded, pos, end)
    if not m:
        return None
    kind = sp.field_kind.get(" ".join(m.group("label").split()))
    if kind is None or (m.group("ext") and kind not in ("lead", "partners", "executor")):
        return None       # only a body's label takes more words before its colon ("Đơn vị chủ trì tham mưu thực hiện:")
    return kind, m.end()


# ------------------------------------------------------- agencies of a cell

_VAGUE = re.compile(r"^(?:các\s+|những\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|bộ phận|lực lượng)\b|liên quan\b")
#: A group "without a named kind" (left out as a partner): "các sở, ban, ngành", "cơ quan, địa phương liên quan",
#: "các cơ quan, tổ chức khác có liên quan"; not "các tổ chức chính trị - xã hội", "các cơ quan thông tấn, báo chí".
_VAGUE_NAME = re.compile(
    r"^(?:các\s+|những\s+)?(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|cá nhân|lực lượng|đoàn thể)"
    r"(?:\s*(?:,|và|/)?\s*(?:các\s+)?(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|cá nhân|đoàn thể))*"
    r"(?:\s+(?:có\s+)?liên quan|\s+khác|\s+tỉnh|\s+thành phố|\s+trực thuộc|\s+cấp tỉnh)*\.?$")
_VAGUE_AT = re.compile(r"(?:các\s+|những\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|bộ phận|lực lượng)\b")
_GROUP_HEAD = r"(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân)"
#: A whole value that is a group of generic bodies: "Các cơ quan, đơn vị, địa phương.", "Các tổ chức, cá nhân liên
#: quan", "Các cơ quan, đơn vị theo quy định." (at least two heads; nothing but an end or "theo ..." after it).
_VAGUE_GROUP = re.compile(rf"(?:các|những)\s+{_GROUP_HEAD}(?:\s*(?:,|và|/)\s*(?:các\s+)?{_GROUP_HEAD})+"
                          rf"(?:\s+(?:có\s+)?liên\s+quan)?(?=\s*[.;*]*\s*$|\s+theo\b)")
_ELLIPTIC_LEVEL = re.compile(r"^(?:và\s+)?(cấp\s+(?:tỉnh|huyện|xã|thành phố|trung ương))$")
_LEVEL_IN_NAME = re.compile(r"cấp\s+(?:tỉnh|huyện|xã|thành phố|trung ương)\b", re.I)
_ITEM_SEP = re.compile(r"\s*(?:[,;]|\bvà\b|\bcùng\b)\s*")
_JUNK = " \t\n-–+•:.;,*"


def cell_agencies(reg: AgencyRegistry, text: str, folded: str, s: int, e: int, *, lead: bool) -> list[AgencyHit]:
    """The agencies a table cell or field value names. Registered names come from the registry; a piece it lacks
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Doanh nghiệp") counts as a name of its own when it is
    short; "X cấp tỉnh, cấp xã" gives "X cấp tỉnh" and "X cấp xã". Vague groups ("cơ quan, địa phương liên quan")
    are dropped for partners (lead=False), as are the registry's collective groups."""
    out: list[AgencyHit] = []
    verb = reg.verb_at_or_after(text, folded, s + 1, e)
    if verb is not None:
        # "Sở Khoa học và Công nghệ | thúc đẩy, theo dõi, báo cáo chỉ tiêu": a duty after the names; not a verb inside
        # a group's name ("các doanh nghiệp cung cấp dịch vụ bưu chính")
        hits, end, _ = parse_agency_list(reg, text[:verb], folded[:verb], s)
        if hits and not text[end:verb].strip(" ,"):
            e = verb
    i = s
    while i < e and text[i] in _JUNK:
        i += 1
    g = _VAGUE_GROUP.match(folded, i, e) if lead else None
    if g is not None:   # "Các cơ quan, đơn vị, địa phương (liên quan)": one group, not "Các cơ quan" and loose words
        name = text[i:g.end()]
        return [AgencyHit(i, g.end(), reg.lookup(name), name)]
    guard = 0
    while i < e and guard < 60:
        guard += 1
        while i < e and text[i] in _JUNK:
            i += 1
        if i >= e:
            break
        if folded.startswith("và ", i) or folded.startswith("cùng ", i):
            i = folded.find(" ", i) + 1
            continue
        g = _VAGUE_GROUP.match(folded, i, e) if lead else None
        if g is not None:   # "Sở Tư pháp, các cơ quan, đơn vị, địa phương."
            out.append(AgencyHit(i, g.end(), reg.lookup(text[i:g.end()]), text[i:g.end()]))
            i = g.end()
            continue
        hits, end, _ = parse_agency_list(reg, text[:e], folded[:e], i)
        for k, h in enumerate(hits):
            j = _split_point(reg, text, h) if h.agency is None else None
            if j is not None:   # "Sở Khoa học và Công nghệ Sở Công Thương": two names with no separator between
                first = text[h.start:j].rstrip(" ,;")
                hits = hits[:k] + [AgencyHit(h.start, h.start + len(first), reg.lookup(first), first)]
                end = j
                break
        if hits:
            if end < e and text[end].isalnum() and text[end - 1:end].isalnum():
                hits = hits[:-1]     # the last name goes on ("Ban Quản lý các khu | công nghệ cao ..."): read it below
                end = hits[-1].end if hits else i
            out.extend(hits)
            if hits:
                i = end
                continue
        # a group written without "các": "Sở, ban, ngành", "tổ chức chính trị - xã hội"
        if not folded.startswith("các ", i):
            hit = reg.match_at(text, folded[:e], i, prefix="Các ")
            if hit is not None:
                out.append(hit)
                i = hit.end
                continue
        # a piece the registry lacks: up to ";" or "," or "và <a registered name>"
        j = i
        stop = e
        for m in _ITEM_SEP.finditer(folded, i, e):
            sep = folded[m.start():m.end()].strip()
            if sep in (",", ";"):
                stop = m.start()
                break
            # "và"/"cùng": a separator only when a name follows
            nxt = m.end()
            if (reg.match_at(text, folded, nxt) is not None or reg.starts_with_head(folded, nxt)
                    or _VAGUE_AT.match(folded, nxt, e)):
                stop = m.start()
                break
        piece_end = stop
        p = text.find("(", j, piece_end)
        name_end = p if p != -1 else piece_end
        name = text[j:name_end].strip(_JUNK)
        fname = fold(name)
        lvl = _ELLIPTIC_LEVEL.match(fname)
        if out and not text[out[-1].end:j].strip():
            pass              # words right after a name, with no separator: "Công an | Thành phố", "... khu vực | XII"
        elif lvl and out and _LEVEL_IN_NAME.search(out[-1].written):
            new = _LEVEL_IN_NAME.sub(name[-len(lvl.group(1)):], out[-1].written, count=1)
            agency = reg.lookup(new)
            out.append(AgencyHit(j, name_end, agency, new))
        elif name and len(name) <= 90 and len(name.split()) <= 14 and not re.search(r"\d{3,}", name):
            vague = bool(_VAGUE.search(fname))
            # a name: capitalised, or opening with a body's head word or "các" ("các doanh nghiệp viễn thông");
            # not running words ("trong phạm vi chức năng, nhiệm vụ của mình")
            named = name[:1].isupper() or fname.startswith(("các ", "những "))
            if named and (not vague or (lead and not out)):
                agency = reg.lookup(name)
                out.append(AgencyHit(j, j + len(name), agency, name))
        i = piece_end if piece_end > i else e
    if lead:
        return _unique(out)
    return _unique([h for h in out if not _VAGUE_NAME.match(fold(h.name))
                    and not (h.agency is not None and h.agency.collective)])


def _split_point(reg: AgencyRegistry, text: str, h: AgencyHit) -> int | None:
    """Where a second registered name starts inside an unregistered run of words, when the words before it are a
    registered name themselves."""
    for m in re.finditer(r"\s(?=[A-ZĐÀ-Ỹ])", text[h.start:h.end]):
        j = h.start + m.end()
        if reg.lookup(text[h.start:j].strip(" ,;")) is not None:
            return j
    return None


def _unique(hits: list[AgencyHit]) -> list[AgencyHit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        if h.name not in seen:
            seen.add(h.name)
            out.append(h)
    return out


# ------------------------------------------------------------------ rows

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
        while s < e and text[s] in " *":
            s += 1
        while e > s and text[e - 1] in " *":
            e -= 1
        out.append(_Cell(s, e))
        i = j + 1
    return out


_GROUP_LABEL = re.compile(r"^(?P<label>[IVXLC]{1,6}|[A-ZĐ])\s*(?:[.:)\-–]\s*|$)")
_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
_APPENDIX = re.compile(r"(?m)^[ \t*]*PHỤ LỤC\b")


def _label(s: str) -> str:
    return s.strip(" .*:)")


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
        tasks.extend(_table_tasks(text, folded, blocks[i:j], reg))
        i = j
    return tasks


def _table_tasks(text: str, folded: str, rows_b: list[Block], reg: AgencyRegistry) -> list[TaskHit]:
    rows = [_cells(text, b) for b in rows_b]
    cols = None
    h = 0
    for h in range(min(3, len(rows))):
        cols = header_columns([text[c.start:c.end] for c in rows[h]])
        if cols:
            break
    if not cols:
        return []
    header = rows[h]
    # a two-row header: "Cơ quan thực hiện" over "Chủ trì | Phối hợp"
    if h + 1 < len(rows):
        sub = [text[c.start:c.end] for c in rows[h + 1]]
        kinds = [column_kind(x) if len(x) <= 40 else None for x in sub]
        if any(k in ("lead", "partners") for k in kinds) and not any(_ROW_NUMBER.match(x.strip()) for x in sub):
            for idx, k in enumerate(kinds):
                if k in ("lead", "partners", "time", "executor"):
                    cols[k] = idx
            if "lead" in cols:
                cols.pop("executor", None)
            h += 1
    lead_col = cols.get("lead", cols.get("executor"))
    role = "lead" if "lead" in cols else "responsible"
    task_col = cols["task"]
    appendix = bool(_APPENDIX.search(text, 0, rows_b[0].start)) and _after_signature(text, rows_b[0].start)
    prefix = "PL." if appendix else ""
    group = ""
    merged: list[list[tuple[int, int]]] = []     # rows, cells as spans; continuation rows folded into the row before
    numbers: list[str] = []
    groups: list[str] = []
    for row in rows[h + 1:]:
        if "number" not in cols and len(row) == len(header) + 1 and _ROW_NUMBER.match(text[row[0].start:row[0].end]):
            lead_num = text[row[0].start:row[0].end]     # a numbered row under a header without "STT"
            row = row[1:]
        else:
            lead_num = ""
        vals = [text[c.start:c.end].strip() for c in row]
        if not any(vals):
            continue
        filled = list(dict.fromkeys(v for v in vals if v))   # a merged cell comes once per column from DOCX
        num = vals[cols["number"]] if "number" in cols and cols["number"] < len(vals) else lead_num
        lead_v = vals[lead_col] if lead_col < len(vals) else ""
        task_v = vals[task_col] if task_col < len(vals) else ""
        # a group row: "I | NHÓM GIẢI PHÁP ..." or one merged cell "II. HOÀN THIỆN CƠ CHẾ ..."
        merged_row = len(filled) == 1 and sum(1 for v in vals if v) > 1
        if (not lead_v or len(row) <= 2 or merged_row) and len(filled) <= 2:
            g = _GROUP_LABEL.match(filled[0])
            if g and (len(filled) == 2 or len(filled[0]) > len(g.group(0))):
                group = g.group("label")
                continue
        if merged_row:
            continue
        if merged and not num and len(row) == len(header) and task_v[:1].islower():
            prev = merged[-1]
            for k, c in enumerate(row):
                if c.end > c.start and k < len(prev):
                    a, b = prev[k]
                    prev[k] = (a if b > a else c.start, c.end)
            continue
        spans = [(c.start, c.end) for c in row]
        if (merged and task_col > 0 and len(row) < len(header) and lead_col < len(header)
                and not _ROW_NUMBER.match(vals[0]) and len(vals[0]) > 30):
            # "| Thực hiện sao lưu dữ liệu ... | Sở Khoa học và Công nghệ | Sở Tài chính |" under "| 2 | ... |": a second
            # task of the row above whose number (and time, result ...) cells span both rows: its cells start at the
            # task column, and the time cell is the row above's
            spans = [(0, 0)] * task_col + spans
            rest = merged[-1][len(spans):]
            spans += rest
            numbers.append(numbers[-1])
        else:
            numbers.append(_label(num) if num else "")
        merged.append(spans)
        groups.append(group)
    out: list[TaskHit] = []
    for n, (row, num, grp) in enumerate(zip(merged, numbers, groups), 1):
        if len(row) <= max(task_col, lead_col):
            continue
        ts, te = row[task_col]
        ls, le = row[lead_col]
        if te <= ts or le <= ls:
            continue
        agencies = cell_agencies(reg, text, folded, ls, le, lead=True)
        if not agencies:
            continue
        names = {a.name for a in agencies}
        partners: list[AgencyHit] = []
        if "partners" in cols and cols["partners"] < len(row):
            ps, pe = row[cols["partners"]]
            partners = [p for p in cell_agencies(reg, text, folded, ps, pe, lead=False) if p.name not in names]
        for p in find_partners(reg, text, folded, ts, te, tuple(agencies)):
            if p.name not in names and all(p.name != q.name for q in partners):
                partners.append(p)
        if "time" in cols and cols["time"] < len(row) and row[cols["time"]][1] > row[cols["time"]][0]:
            scope = row[cols["time"]]
        else:
            scope = (ts, te)
        label = prefix + ".".join(x for x in (grp, num or str(n)) if x)
        out.append(TaskHit(tuple(agencies), role, False, tuple(partners), ts, te, label, scope))
    return out


_SIGNATURE = re.compile(r"(?m)^[ \t*]*(?:Nơi nhận|TM\.|KT\.|Q\. ?CHỦ TỊCH|CHỦ TỊCH\b)")


def _after_signature(text: str, pos: int) -> bool:
    """Is pos after the plan's recipients or signature block (an appendix)?"""
    return bool(_SIGNATURE.search(text, 0, pos))


# ------------------------------------------------ portal one-cell-per-line tables

_ROW_START = re.compile(r"^[\s*]*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXLC]{1,6}\.?|[A-ZĐ]\.?)[\s*]*$|^[\s*]*[IVXLC]{1,6}\.\s")


#: A cheap first test of a header row: it names a lead or executor column.
_HEADER_HINT = re.compile(r"chủ\s*trì|thực\s*hiện|trách\s*nhiệm|phân\s*công", re.I)
_JUNK_LINE = re.compile(r"^[\s.…_*]+$")


def _is_bar(line: str) -> bool:
    return line.strip() == "|"


def unflatten_tables(text: str, offs: array) -> tuple[str, array]:
    """Portal copies of task tables, one cell per line between "|" lines, back into "| a | b |" rows."""
    if "\n|" not in text:
        return text, offs
    lines = text.split("\n")
    starts = []
    p = 0
    for line in lines:
        starts.append(p)
        p += len(line) + 1
    parts: list[str] = []
    new_offs = array("l")
    last = 0          # text copied up to here
    k = 0
    n = len(lines)
    changed = False
    while k < n:
        if not (_is_bar(lines[k]) and k + 1 < n and not _is_bar(lines[k + 1]) and lines[k + 1].strip()):
            k += 1
            continue
        rows, end_line = _read_flat_table(lines, k)
        if rows is None:
            k = max(k + 1, end_line)      # past the rejected first row: no table starts inside it
            continue
        a = starts[k]
        b = starts[end_line] + len(lines[end_line])
        parts.append(text[last:a])
        new_offs.extend(offs[last:a])
        for r, row in enumerate(rows):
            if r:
                parts.append("\n")
                new_offs.append(offs[starts[row[0]]])
            parts.append("|")
            new_offs.append(offs[starts[row[0]]])
            for cell_lines, bar_line in row[1]:
                parts.append(" ")
                new_offs.append(offs[starts[bar_line]])
                first = True
                for li in cell_lines:
                    line = lines[li]
                    ls = len(line) - len(line.lstrip())
                    seg = line.strip()
                    if not seg:
                        continue
                    if not first:
                        parts.append(" ")
                        new_offs.append(offs[starts[li] - 1])
                    first = False
                    parts.append(seg)
                    new_offs.extend(offs[starts[li] + ls:starts[li] + ls + len(seg)])
                parts.append(" |")
                new_offs.extend(array("l", [offs[starts[bar_line]]]) * 2)
        last = b
        changed = True
        k = end_line + 1
    if not changed:
        return text, offs
    parts.append(text[last:])
    new_offs.extend(offs[last:])
    return "".join(parts), new_offs


def _read_flat_table(lines: list[str], k: int):
    """Read a one-cell-per-line table whose opening "|" is lines[k]. Returns (rows, last line), or (None, the line
    where its first row ends) when that row is not a task table's header. A row is (line of its opening bar, [(cell lines, line of the bar after
    the cell), ...])."""
    n = len(lines)

    def read_cell(i: int) -> tuple[list[int], int]:
        """Content lines from i up to the next bar (or a blank line / the end): (lines, index of the bar or -1)."""
        got = []
        while i < n and not _is_bar(lines[i]):
            if not lines[i].strip():
                return got, -1
            if not _JUNK_LINE.match(lines[i]):      # "….........": a page break's dots
                got.append(i)
            i += 1
        return got, (i if i < n else -1)

    def follow(i: int) -> str:
        while i < n and lines[i].strip() and _JUNK_LINE.match(lines[i]):
            i += 1
        return lines[i] if i < n else ""

    # header
    cells: list[tuple[list[int], int]] = []
    i = k + 1
    while True:
        got, bar = read_cell(i)
        if bar == -1:
            return None, i
        cells.append((got, bar))
        if bar + 1 < n and _is_bar(lines[bar + 1]):
            nxt = bar + 1
            break
        i = bar + 1
        if len(cells) > 20:
            return None, i
    header = [" ".join(lines[x].strip() for x in c) for c, _ in cells]
    # header cells are short names ("Cơ quan chủ trì"), not a data row's text
    if not _HEADER_HINT.search(" ".join(header)):
        return None, nxt                  # no row starting inside this one can be a header either
    long_cells = [c for (c, h) in zip(cells, header) if len(h) > 60]
    if long_cells:
        return None, long_cells[-1][1]    # a header may start after the last long cell (text before the table)
    keys = [f" {squash(h)} " for h in header]
    if any(f" {p} " in key for key in keys for p in spec().not_task):
        return None, nxt                  # a procedure table: none of its rows opens a task table
    if header_columns(header) is None:
        return None, cells[0][1]
    width = len(cells)
    numbered = "number" in (header_columns(header) or {})
    rows = [(k, cells)]
    end_line = cells[-1][1]
    opening = nxt
    while opening is not None:
        cells = []
        i = opening + 1
        nxt_open = None
        splits: list[int] = []    # empty cells that may end a row whose next row lost its merged cells (rowspan)
        while True:
            got, bar = read_cell(i)
            if bar == -1:
                if got:
                    cells.append((got, got[-1]))
                break
            # a numbered row under a header without an "STT" cell is one cell wider
            row_width = width + 1 if (not numbered and cells and len(cells[0][0]) == 1
                                      and _ROW_NUMBER.match(lines[cells[0][0][0]].strip(" *"))) else width
            if not got:
                if len(cells) >= row_width or (cells and _ROW_START.match(follow(bar + 1))):
                    nxt_open = bar
                    break
                if len(cells) - (splits[-1] + 1 if splits else 0) >= 3:
                    splits.append(len(cells))
                cells.append((got, bar))
                i = bar + 1
                continue
            cells.append((got, bar))
            nxt_line = follow(bar + 1)
            if len(cells) - (splits[-1] + 1 if splits else 0) >= row_width and not _is_bar(nxt_line):
                if nxt_line.strip() and _ROW_START.match(nxt_line):
                    nxt_open = bar          # a row whose opening bar was lost (a page break)
                break
            i = bar + 1
            if len(cells) > 3 * row_width:
                break
        if cells and len(cells) > row_width and splits:
            # "| 2 | task | lead | partners | time |" + "| task | lead | partners |": the second row's number, time
            # and later cells are merged with the first's (rowspan), so the empty cell between them ends the first row
            cut = [-1] + splits + [len(cells)]
            for a, b in zip(cut, cut[1:]):
                part = cells[a + 1:b]
                if part:
                    rows.append((cells[a][1] if a >= 0 else opening, part))
            end_line = max(end_line, cells[-1][1])
        elif cells:
            rows.append((opening, cells))
            end_line = max(end_line, cells[-1][1])
        opening = nxt_open
    return rows, end_line
