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
from functools import lru_cache

from . import patterns as P
from .agencies import AgencyHit, AgencyRegistry, name_end_by_pos, parse_agency_list
from .blocks import ARTICLE, NUMBERED, PARAGRAPH, TABLE_ROW, Block
from .lexicon import phrase_alternation, read_data
from .references import reference_end, refers, resolve
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


def subject_role(text: str, subj: "Subject", s: int, e: int) -> str:
    """The role of a task whose text keeps its subject after an opening clause or topic label ("Trên cơ sở kết quả khảo
    sát, Sở Xây dựng chủ trì, phối hợp ...", "Thực hiện mở tài khoản ...: Ủy ban nhân dân xã, phường phối hợp ..."): the
    verb after the agencies decides, not the opening words."""
    last = subj.agencies[-1].end if subj.agencies else s
    if (subj.agencies and s <= subj.agencies[0].start < last <= e
            and text[s:subj.agencies[0].start].rstrip().endswith((",", ":"))):
        return role_of(text[last:e].lstrip(" ,"))
    return role_of(text[s:e])


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
    if P.SUBJECT_PREFIX_OPENER.match(task_text.strip()):
        # "Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp ...": after the opening
        # clause, the first verb that gives a role decides
        for sep in re.finditer(r",\s+", s[:300]):
            if re.search(r"[.;:]", s[:sep.start()]):
                break
            rest = s[sep.end():]
            if P.LEAD_VERB.match(rest):
                return "lead"
            if P.SUPPORT_VERB.match(rest):
                return "support"
    return "responsible"


#: "(gồm các Sở: Xây dựng, Nông nghiệp và Môi trường, ...)", "Bộ trưởng các Bộ: Quốc phòng, Công an": one head word
#: shared by the names after the colon.
_SHARED_HEAD = re.compile(r"\b[Cc]ác\s+(?P<head>[Ss]ở|[Bb]ộ|[Cc]ục|[Vv]ụ)\s*:\s*")
_SHARED_STOP = re.compile(r"[):;.]|$")


_KIND_OF_BODY = re.compile(r"(?:các\s+)?(?:đối tượng|cơ quan|đơn vị|tổ chức|doanh nghiệp|cá nhân|chủ đầu tư)\b")


def _shared_head_list(reg: AgencyRegistry, line: str, i: int) -> list[AgencyHit]:
    """The bodies of a shared-head list in a heading ("... (gồm các Sở: Xây dựng, Tài chính, Văn hóa, Thể thao và Du
    lịch)"): each piece after the colon read with the head word before it, the longest run of pieces the registry
    knows ("Văn hóa, Thể thao và Du lịch") taken whole. Empty unless every piece gives a registered body."""
    m = _SHARED_HEAD.search(line, i)
    if not m:
        return []
    head = m.group("head").capitalize()
    stop = _SHARED_STOP.search(line, m.end()).start()
    seps = [x for x in re.finditer(r"\s*,\s*|\s+và\s+", line[m.end():stop])]
    bounds = [m.end() + x.start() for x in seps] + [stop]
    out: list[AgencyHit] = []
    pos = m.end()
    while pos < stop:
        best = None
        for b in reversed([b for b in bounds if b > pos]):
            agency = reg.lookup(f"{head} {line[pos:b].strip()}")
            if agency is not None:
                best = (b, agency)
                break
        if best is None:
            return []
        b, agency = best
        out.append(AgencyHit(pos, b, agency, f"{head} {line[pos:b].strip()}"))
        nxt = next((x for x in seps if m.end() + x.start() == b), None)
        pos = m.end() + nxt.end() if nxt else stop
    return out if len(out) >= 2 else []


#: "Kính gửi: Công ty ...;" and the "- ...;" lines after it: the names a letter is addressed to.
_ADDRESSEES = re.compile(r"^\s*\**Kính gửi\**\s*:\**\s*(?P<first>[^\n]*)(?P<more>(?:\n\s*[-–+]\s*[^\n]+)*)", re.M)


@lru_cache(maxsize=8)
def _addressees(text: str) -> tuple[str, ...]:
    """The bodies a letter is sent to, as written after "Kính gửi" (whose names the registry may lack and may hold
    words that also open tasks: "Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở")."""
    m = _ADDRESSEES.search(text)
    if not m:
        return ()
    out = []
    for piece in re.split(r"[;\n]", m.group("first") + "\n" + m.group("more")):
        name = piece.strip(" -–+.*,")
        if 2 <= len(name.split()) <= 15:
            out.append(name)
    return tuple(sorted(out, key=len, reverse=True))


#: "Trung tâm ... | thuộc | Sở Khoa học và Công nghệ": a unit of the body named after.
_UNIT_OF = re.compile(r"\s(?:thuộc|trực thuộc)\s+")


def parse_subject(reg: AgencyRegistry, text: str, folded: str, start: int, end: int, *, strict: bool,
                  titles: bool = False, heading: bool = False, clause: bool = False) -> Subject | None:
    """The agencies an item or paragraph opens with, and where its own task text starts. `strict`: only names the
    registry knows (inside an agency's block, where a line that opens with a noun is usually text), unless a lead
    word ("Giao", "Đề nghị") says a subject follows. `heading`: the line heads sub-items, so a name the registry
    lacks runs to its colon or verb ("Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm:"). `clause`: also
    when `strict`, a registered body after a leading clause ("Sau khi phương án ... được thông qua, Bộ Tài chính khẩn
    trương báo cáo ...") is the subject, the whole sentence its task."""
    line, fline = text[start:end], folded[start:end]
    if heading and line.rstrip(" :*").endswith(")"):
        shared = _shared_head_list(reg, line, 0)
        if shared:
            return Subject(tuple(replace(h, start=h.start + start, end=h.end + start) for h in shared), False, None,
                           None, None)
    i = 0
    requested = False
    explicit = False
    m = m0 = P.SUBJECT_LEAD.match(line)
    if m:
        lead = m.group("lead").lower()
        requested = lead.endswith("đề nghị")
        explicit = any(w in lead for w in ("giao", "đề nghị", "yêu cầu"))
        i = m.end()
    titled = False
    c = P.COMRADES.match(line, i)
    if c:
        i = c.end()   # "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, ...": the heads, then their bodies
    c = P.PARTY_HEAD_WITH_CHAIR.match(line, i)
    if c:
        i = c.end()   # "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh ...": the chair's body is the assignee
    if titles:
        t = reg.title_end(line, fline, i)
        if t and (reg.match_at(line, fline, t) is not None or _subject_list(reg, line, fline, t)[0]):
            i = t   # "Bộ trưởng Bộ Công an", "Bộ trưởng các Bộ: Quốc phòng, Công an": the bodies they head
        elif t:
            titled = True   # "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành": the heads of bodies the registry lacks
    whole_line = False
    m = P.SUBJECT_PREFIX_CLAUSE.match(line, i)
    if m and not strict:
        i = m.end()
        whole_line = True
    elif i == 0:
        found = _subject_after_clause(reg, line, fline, i,
                                      plain=((clause or not strict) and bool(P.SUBJECT_PREFIX_OPENER.match(line, i)))
                                      or bool(P.TIME_OPENER.match(line, i)))
        if found is not None:
            i, lead = found
            # a topic label, then "Giao X ...": the task is what follows the agencies, not the label
            whole_line = not lead.startswith(":")
            lead = lead.lstrip(":")
            explicit = explicit or bool(lead)
            requested = requested or lead.endswith("đề nghị")
    hits, list_end = _subject_list(reg, line, fline, i)
    if not hits and heading and m0 is not None and m0.group("lead").lower() in ("trách nhiệm của", "nhiệm vụ của"):
        kind = _KIND_OF_BODY.match(fline, i)
        stop = line.rstrip(" *").endswith(":") and line.rstrip(" *")[:-1].rstrip()
        if kind and stop:
            # "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:", "Trách nhiệm của các cơ quan quản lý cấp trên (bao
            # gồm ...):": a kind of body ("Các đối tượng thực hiện kiểm kê"), its parenthesis left out
            name = stop[i:].split("(")[0].strip(" ,;")
            if 0 < len(name) <= 80 and not re.search(r"\d", name):
                bare = name[4:] if name.lower().startswith("các ") else name
                return Subject((AgencyHit(start + i, start + i + len(name), None, "Các " + bare),), requested, None, None, None)
    if (hits and heading and not strict and P.GROUP_HEADING.match(line, i)
            and all(h.agency is None or h.agency.collective for h in hits)):
        hits, list_end = _extend_group(reg, line, fline, i, hits, list_end)
    group_heading = heading and not strict and bool(P.GROUP_HEADING.match(line, i))
    if not hits and explicit and (ref := reference_end(reg, text, folded, start + i)) is not None:
        # "Đề nghị Công ty hiệu chỉnh ...", "yêu cầu đơn vị nêu trên thực hiện ...": a word for a body the letter names
        # (its defined short name, its addressees), ending where the word ends
        hits, list_end = [AgencyHit(i, ref - start, None, " ".join(line[i:ref - start].split()))], ref - start
    # an item that is only the name of a unit of a registered body ("2. Trung tâm Chuyển đổi số và Truyền thông thuộc
    # Sở Khoa học và Công nghệ") over sub-items heads them even inside another body's block, though the registry does
    # not know the unit
    bare = line.rstrip(" *_")
    unit_of = _UNIT_OF.search(fline)
    bare_name = (heading and i == 0 and unit_of is not None and reg.starts_with_head(fline, i)
                 and not fline.startswith("các ") and not P.SENTENCE_END.search(bare) and len(bare.split()) <= 20
                 and reg.verb_at_or_after(line, fline, 1, len(line)) is None
                 and reg.match_at(line, fline, unit_of.end()) is not None
                 and not line[reg.match_at(line, fline, unit_of.end()).end:].strip(" *_"))
    if not hits:
        if (strict and not explicit and not bare_name) \
                or not (titled or group_heading or reg.starts_with_head(fline, i)):
            return None
        if P.SUBJECT_PREFIX_OPENER.match(line, i):
            return None   # "Trường hợp ...", "Khi ...": a clause, not a name
        colon = line.find(":", i)
        two = _TWO_WORDS.match(line, i)
        after_head = two.end() if two else i + 1   # "các tổ chức cung cấp ...": a name has two words before its verb
        if heading:
            stop = colon if colon != -1 else len(line)
            if group_heading:   # "Các chủ đầu tư xây dựng và kinh doanh hạ tầng ...": one noun phrase
                v = _INTRO_VERB.search(line, after_head, stop)
                stop = v.start() if v else stop
            else:               # "Giao Ban Quản lý ... Cần Thơ chỉ đạo các đơn vị ... có trách nhiệm:"
                stop = reg.verb_at_or_after(line, fline, after_head, stop) or stop
        elif colon != -1:
            stop = colon
        else:
            by_pos = _name_end(line, fline, i)
            verb = reg.verb_at_or_after(line, fline, after_head, len(line))
            while verb is not None and (_LISTED_NOUN.match(fline, verb) or _QUALIFIER_VERB.match(fline, verb)):
                verb = reg.verb_at_or_after(line, fline, verb + 1, len(line))
            candidates = [x for x in (i + by_pos if by_pos else None, verb) if x is not None]
            stop = min(candidates) if candidates else len(line)
        for a in _addressees(text):
            if i + len(a) > stop and line.startswith(a, i) and not line[i + len(a):i + len(a) + 1].isalnum():
                stop = i + len(a)   # "Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở": the name the letter is sent to
        name = line[i:stop].strip(" ,;")
        loc = _LOCATIVE.search(name) if heading else None
        if loc and loc.start() > 0:
            name = name[:loc.start()]   # "Các đơn vị cấp nước sạch | trên địa bàn tỉnh"
        p = name.find("(")
        inner = _subject_list(reg, line, fline, i + p + 1, listing=True)[0] if p > 0 else []
        if not name or re.search(r"\d{3,}", name):
            return None
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế ...)": the bodies the group names
        hits = inner or _split_names(reg, line, fline, i, name)
        if len(name) > 150 and not inner and (len(hits) < 2 or any(len(h.written) > 150 for h in hits)):
            return None   # a long list of bodies is a subject; one long "name" is a sentence
        list_end = i + len(name)
        if inner:
            close = line.find(")", i + p)
            list_end = close + 1 if close != -1 else len(line)
        elif not heading and colon != -1 and stop == colon and name.lower().startswith("các "):
            # "các hội: Hội Nghề cá, Hội Tin học và Hiệp hội Nhà thầu xây dựng hoàn thành ...": the group word, then
            # the bodies it names, each opening with a body's head word, then their task
            k = colon + 1
            while k < len(line) and line[k] == " ":
                k += 1
            verb = reg.verb_at_or_after(line, fline, k + 2, len(line))
            if verb is not None and (vm := reg._verbs.match(fline, verb)) and reg.verb_at(line, fline, vm.end()):
                verb = vm.end() + 1   # "Hiệp hội Nhà thầu xây dựng | hoàn thành": a verb right before the verb names
            ends = [verb] if verb is not None else []
            names = line[k:min(ends)].strip(" ,;") if ends else ""
            listed = _split_names(reg, line, fline, k, names) if names and reg.starts_with_head(fline, k) else []
            if listed and all(reg.starts_with_head(fline, h.start) for h in listed):
                hits, list_end = listed, k + len(names)
    if not strict and P.GROUP_HEADING.match(line, i) and all(h.agency is None or h.agency.collective for h in hits):
        hits, list_end = _qualified_group(line, i, hits, list_end)
    if len(hits) == 1 and hits[0].agency is None and (q := _GIVEN.search(hits[0].written)) and q.start() > 0:
        # "Các cơ quan, đơn vị | được giao nhiệm vụ trong Kế hoạch ... có trách nhiệm": the bodies, not what they were given
        hits = [replace(hits[0], end=hits[0].start + q.start(), written=hits[0].written[:q.start()].rstrip(" ,"))]
    if strict and not explicit and not bare_name and not all(h.registered for h in hits):
        return None
    rest_at = list_end
    while rest_at < len(line) and line[rest_at] in " ,;\n":   # a hard wrap after a list's ";" goes on with it
        rest_at += 1
    rest = line[rest_at:]
    if hits and hits[-1].agency is not None and hits[-1].agency.collective and _PLACE_GROUP.search(hits[-1].written):
        # "Chủ tịch Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk Lắk chỉ đạo ...": the places named, then the task
        after = line[hits[-1].end:]
        places = after.lstrip()
        k = _place_list_end(places) if places[:1].isupper() else 0
        if k:
            rest_at = hits[-1].end + len(after) - len(places) + k
            rest = line[rest_at:]
    if heading:
        # "... | trên địa bàn thành phố có trách nhiệm:": the place and the intro verb of a heading are no task text
        h = _HEADING_REST.match(rest)
        if h:
            rest_at += h.end()
            rest = line[rest_at:]
    if heading and hits and rest[:1].isupper() and rest.rstrip().endswith(":") and ":" not in rest.rstrip()[:-1]:
        # "9. Báo ..., Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh:": the rest of a heading's list
        more = _split_names(reg, line, fline, rest_at, rest.rstrip()[:-1].rstrip(), force=True)
        if all(len(h.written.split()) <= 8 for h in more):
            hits = [*hits, *more]
            rest_at = len(line)
            rest = ""
    tail = rest.strip(" .:")
    if tail and len(tail.split()) <= 4 and all(w[:1].isupper() for w in tail.split()) and not rest.startswith("("):
        # "Ban Quản lý Khu kinh tế Đông Nam": a registered head with the proper name that sets this body apart
        last = hits[-1]
        name = line[last.start:rest_at + len(rest.rstrip(" .:"))]
        hits = [*hits[:-1], AgencyHit(last.start, last.start + len(name), None, name)]
        rest_at += len(rest.rstrip(" .:"))
        rest = line[rest_at:]
    abs_hits = tuple(replace(h, start=h.start + start, end=h.end + start,
                             written=h.written if h.agency else " ".join(h.written.split())) for h in hits)
    if not rest.strip(" .:;*_"):  # a name closed by emphasis markers ("Ủy ban nhân dân các phường, xã*")
        if strict and not explicit and not bare_name and not any(h.registered for h in hits):
            return None
        return Subject(abs_hits, requested, None, None, None)
    if rest.startswith(":"):
        body = rest[1:].strip()
        if not body:
            return Subject(abs_hits, requested, None, None, None)
        if _PLACE_GROUP.search(abs_hits[-1].written):
            # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, ..., Lâm Đồng
            # chủ động ...": the places the group is limited to are part of the subject, the task starts after them
            body = body[_place_list_end(body):]
            more, at = _more_after_places(reg, line, fline, len(line) - len(body))
            if more:
                # "...: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền
                # tiếp tục ...": more bodies after the places, then their remit, then the task
                abs_hits = abs_hits + tuple(replace(h, start=h.start + start, end=h.end + start) for h in more)
                body = line[at:]
        s = start + len(line) - len(body)
        return Subject(abs_hits, requested, s, end, _intro_role(body))
    if (hits and all(h.registered for h in hits) and line[rest_at - 2:rest_at].strip() == ","
            and reg.title_end(line, fline, rest_at)):
        # "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, ..., Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn,
        # đơn vị liên quan *tiếp tục ...": more holders the registry lacks, then the task
        verb = reg.verb_at_or_after(line, fline, rest_at, min(len(line), rest_at + 160))
        if verb is not None and not re.search(r"[.;:]", line[rest_at:verb]):
            rest_at = verb
            rest = line[rest_at:]
    rest = rest.lstrip("*_ ") if rest[:1] in "*_" and rest.lstrip("*_ ")[:1].islower() else rest
    q = _SUBJECT_QUALIFIER.match(rest)
    if q and reg.verb_at(line, fline, rest_at + q.end()):
        # "Lực lượng Kiểm lâm sở tại chủ trì, ...", "Cơ quan Kiểm lâm trên địa bàn phối hợp ...": the body's place
        rest_at += q.end()
        rest = line[rest_at:]
    lead = len(rest) - len(rest.lstrip(" \n"))
    close = rest.find(")", lead) if rest[lead:lead + 1] == "(" else -1
    if (0 < close <= lead + 80 and reg.starts_with_head(fline, rest_at + lead + 1)
            and rest[close + 1:].lstrip()[:1].islower()):
        # "Giao Sở Nông nghiệp và Môi trường\n(Chi cục Kiểm lâm) chủ trì, ...": the unit that does it, then the task
        rest_at += close + 1 + len(rest[close + 1:]) - len(rest[close + 1:].lstrip())
        rest = line[rest_at:]
    first = rest[0]
    if not (first.islower() or first == "("):
        return None
    s = start + (0 if whole_line else rest_at)
    body = text[s:end]
    return Subject(abs_hits, requested, s, end, _intro_role(body))


#: What a group of bodies was given, after its name: "Các cơ quan, đơn vị | được giao nhiệm vụ trong Kế hoạch" (every
#: body the plan gives a task; "được giao chủ trì" narrows the group to the lead bodies and stays in the name).
_GIVEN = re.compile(r"\s+được\s+giao\s+nhiệm\s+vụ\b")


#: A subject that names a group of places ("các tỉnh, thành phố", "các xã"), which a colon may narrow to a list of names.
_PLACE_GROUP = re.compile(r"\b(?:tỉnh|thành phố|huyện|xã|phường)\b", re.I)


#: "và lãnh đạo" / "và" before more bodies after a list of places; "theo chức năng, nhiệm vụ, thẩm quyền" after them.
_AND_MORE = re.compile(r"(?:và|,)\s+(?:(?:lãnh đạo|Lãnh đạo|Thủ trưởng|thủ trưởng)\s+)?")
_REMIT = re.compile(r"\s*,?\s*theo\s+(?:đúng\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|phạm vi)"
                    r"(?:\s*(?:,|và)\s*(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|phạm vi quản lý|lĩnh vực))*(?:\s+được giao)?\s*,?\s*")


def _more_after_places(reg: AgencyRegistry, line: str, fline: str, i: int) -> tuple[list[AgencyHit], int]:
    """Bodies named after a subject's list of places ("... Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ,
    thẩm quyền tiếp tục ..."): the registered bodies and where the task starts, or ([], i)."""
    m = _AND_MORE.match(line, i)
    if not m:
        return [], i
    hits, end = _subject_list(reg, line, fline, m.end())
    if not hits or not all(h.registered for h in hits):
        return [], i
    q = _REMIT.match(line, end)
    at = q.end() if q else end
    while at < len(line) and line[at] in " ,":
        at += 1
    if not line[at:at + 1].islower():
        return [], i
    return hits, at


def _place_list_end(body: str) -> int:
    """Where a list of proper names that opens ``body`` ends ("Hà Tĩnh, Quảng Trị, Huế, Lâm Đồng chủ động ..."): at
    the first lower-case word after two or more comma-separated capitalised names of at most four words; 0 if the
    body does not open so."""
    pieces = words = 0
    and_at = None
    for m in re.finditer(r"\S+", body):
        w = m.group()
        core = w.rstrip(",;")
        if core == "và" and words:
            pieces, words = pieces + 1, 0
            and_at = m.start()
            continue
        if words == 0 and and_at is not None and pieces >= 2 and not core[:1].isupper():
            return and_at   # "Khánh Hòa, Đắk Lắk, Gia Lai | và lãnh đạo các Bộ, ngành ...": the "và" adds bodies
        and_at = None
        if core[:1].isupper():
            words += 1
            if words > 4:
                return 0
            if w.endswith(","):
                pieces, words = pieces + 1, 0
            continue
        return m.start() if words and pieces >= 1 else 0
    return 0


def _subject_after_clause(reg: AgencyRegistry, line: str, fline: str, i: int, plain: bool) -> tuple[int, str] | None:
    """Where the subject starts inside a sentence, within its first 200 characters: after a topic label's colon
    ("Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường phối hợp ..."), after ", giao" / ", đề nghị"
    ("Trên cơ sở kết quả ..., giao Sở Y tế thành lập ..."), or, when `plain`, after a leading clause's comma
    ("Trong quá trình ..., nếu có khó khăn, vướng mắc, các sở, ban, ngành ... kịp thời phản ánh"). The agencies must be
    known to the registry and followed by a lower-case verb. Returns (start of the agencies, lead word or "")."""
    topic = P.TOPIC_LABEL.match(line, i)
    if topic:   # "Về đề nghị Bộ Nội vụ tham mưu ...: Bộ Nội vụ nghiên cứu ...": the label names no assignee
        i = topic.end() - 2
        # "Về ...: với vai trò là chủ đầu tư, Tập đoàn ... chủ động ...": a leading clause after the label
        plain = plain or bool(P.SUBJECT_PREFIX_OPENER_AFTER_TOPIC.match(line, topic.end()))
    limit = min(len(line), i + 200)
    for sep in _CLAUSE_SEP.finditer(line, i, limit):
        j = sep.end()
        lead = ""
        if sep.group(0).startswith(":"):
            label = fline[i:sep.start()] if not topic else ""
            if (P.TASK_ATTRIBUTE.search(line, i, j) or P.TIME_ATTRIBUTE.search(line, i, j)
                    or P.COORDINATE.search(label) or label.endswith("các sở")):
                continue   # "Cơ quan thực hiện: ...", "phối hợp với các sở: Công Thương, Y tế": no subject
            m = _INNER_LEAD.match(line, j)
            if m:   # "Về hỗ trợ kinh phí ...: Giao Bộ Tài chính chủ trì, ..." (a conclusion notice's topic label)
                lead = ":" + m.group(1).lower()
                j = m.end()
            elif topic:
                lead = ":"
        else:
            m = _INNER_LEAD.match(line, j)
            if m:
                if letter_voice().document_noun.match(line, i):
                    continue   # "Hồ sơ trình, đề nghị Thủ tướng Chính phủ ... xem xét": what the document asks for
                lead = m.group(1).lower()
                j = m.end()
            elif not plain or not sep.group(0).startswith(","):
                continue
        hits, end = _subject_list(reg, line, fline, j)
        if hits and all(h.registered for h in hits):
            rest = line[end:end + 2].strip(" ,")
            if rest[:1].islower():
                return j, lead
    return None


_CLAUSE_SEP = re.compile(r"[,:] |:\s|\s(?=(?:giao|đề nghị|yêu cầu)\s)")
_INNER_LEAD = re.compile(r"(giao|đề nghị|yêu cầu)\s+", re.I)


_NAME_SEP = re.compile(r"\s*(?:,|;|\bvà\b)\s*")


def _split_names(reg: AgencyRegistry, line: str, fline: str, i: int, name: str, force: bool = False) -> list[AgencyHit]:
    """A name the registry lacks that is a list of bodies ("Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh
    Hợp tác xã tỉnh"): split when every piece opens with a capital and one of them is a body the registry knows, or
    every piece opens with the head word of a body."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _NAME_SEP.finditer(name):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(name)))
    whole = [AgencyHit(i, i + len(name), None, name)]
    if not force and len(pieces) > 2:
        # "Hội Bảo vệ thiên nhiên và môi trường tỉnh": a "và" inside a name, its second half in lower case
        joined: list[tuple[int, int]] = []
        for a, b in pieces:
            if joined and not name[a:b][:1].isupper() and name[joined[-1][1]:a].strip() == "và":
                joined[-1] = (joined[-1][0], b)
            else:
                joined.append((a, b))
        if all(reg.starts_with_head(fline, i + a) for a, b in joined):
            pieces = joined
    if force:   # a heading's list: the pieces that are names ("..., Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh")
        pieces = [(a, b) for a, b in pieces if name[a:b][:1].isupper()]
    if len(pieces) < 2 and force and pieces:
        a, b = pieces[0]
        return [AgencyHit(i + a, i + b, None, name[a:b])]
    if len(pieces) < 2 or not all(name[a:b][:1].isupper() for a, b in pieces):
        return whole
    out: list[AgencyHit] = []
    # every piece opens with the head word of a body ("Hội Cựu giáo chức tỉnh, Hội Làm vườn tỉnh và Hiệp hội Thủy sản
    # tỉnh"): a list of bodies, though the registry knows none of them
    known = all(reg.starts_with_head(fline, i + a) for a, b in pieces)
    for a, b in pieces:
        hit = reg.match_at(line, fline, i + a)
        if hit is not None and hit.end >= i + b - 1:
            known = True
            out.append(hit)
        else:
            out.append(AgencyHit(i + a, i + b, None, name[a:b]))
    return out if known or force else whole


_INTRO_VERB = re.compile(r"\s+(?:có trách nhiệm|chịu trách nhiệm|thực hiện các nhiệm vụ|thực hiện một số nhiệm vụ)\b")
_HEADING_REST = re.compile(r"(?:(?:(?:đóng\s+)?(?:trên địa bàn|tại)|thuộc|(?:tỉnh,\s*)?thành phố trực thuộc\s+[Tt]rung ương)\b[^:;.]{0,60}?)?(?:\s*(?:có trách nhiệm|chịu trách nhiệm)\b[^:;.]{0,40})?\s*:?\s*$")
#: Where the body named works, between its name and its verb: "Lực lượng Kiểm lâm sở tại chủ trì ...".
_SUBJECT_QUALIFIER = re.compile(r"(?:sở tại|trên địa bàn|tại địa phương|cùng cấp)\s+")
_LOCATIVE = re.compile(r"(?<!trực)\s+(?:(?:đóng\s+)?trên địa bàn|đóng\s+tại|tại|thuộc|ở|cùng cấp|các cấp)\b")


def _extend_group(reg: AgencyRegistry, line: str, fline: str, i: int, hits: list[AgencyHit],
                  list_end: int) -> tuple[list[AgencyHit], int]:
    """A heading that names a kind of body by a group word and what sets it apart ("Các đơn vị | cấp nước sạch
    trên địa bàn thành phố", "Các tổ chức, cá nhân và hộ gia đình khai thác ..."): the whole noun phrase, up to its
    verb or colon, without the trailing place ("trên địa bàn ...")."""
    k = list_end
    if k >= len(line) or not line[k:k + 2].strip()[:1].islower() or _LOCATIVE.match(line, k):
        return hits, list_end
    if reg.verb_at(line, fline, k):
        return hits, list_end   # "... yêu cầu các bộ, ngành | tập trung thực hiện ...:": the group's verb, no qualifier
    colon = line.find(":", k)
    stop = colon if colon != -1 else len(line)
    verb = _INTRO_VERB.search(line, k, stop)   # the heading is one noun phrase up to "có trách nhiệm" or its colon
    if verb is not None:
        stop = verb.start()
    task_verb = reg.verb_at_or_after(line, fline, k, stop)
    if task_verb is not None and not line[k:task_verb].strip():
        return hits, list_end   # "các bộ, ngành | tập trung thực hiện ...": the group, then what it is to do
    loc = _LOCATIVE.search(line, k, stop)
    name_end = loc.start() if loc else stop
    name = line[i:name_end].strip(" ,;")
    if len(name) > 120 or not name:
        return hits, list_end
    return [AgencyHit(i, i + len(name), None, name)], stop


#: A paragraph's own number in parentheses: "(1) ", "(2) ".
_PAREN_LABEL = re.compile(r"\(\d{1,2}\)\s+")
_QUALIFIER = re.compile(r"\s*,?\s*được\s+(?:phân công|giao)\b[^.;:]{0,80}?(?=\s+(?:có trách nhiệm|chịu trách nhiệm)\b)")


def _qualified_group(line: str, i: int, hits: list[AgencyHit], list_end: int) -> tuple[list[AgencyHit], int]:
    """ "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này | có trách nhiệm ...": a generic group
    narrowed by a participle clause is a body of its own."""
    m = _QUALIFIER.match(line, list_end)
    if not m:
        return hits, list_end
    name = line[i:m.end()]
    return [AgencyHit(i, m.end(), None, name)], m.end()


#: The area or owner after a group: "trên địa bàn tỉnh", "của Thành phố", "trực thuộc Ủy ban nhân dân Thành phố" (also
#: with the word "dân" dropped by the copy: "trực thuộc Ủy ban nhân Thành phố").
_AREA = re.compile(r"(?:\s+(?:trên địa bàn|của|thuộc|(?:trực\s+)?thuộc\s+(?:Ủy ban nhân dân|Ủy ban nhân|UBND)))?\s+(?:[Tt]ỉnh|[Tt]hành phố)"
                   r"(?=\s*[,;:.*]|\s+và\b|\s*$)")
_PROPER_TAIL = re.compile(rf"(?:[ ]+[{P.UPPER}0-9][\w]*){{1,3}}(?:[ ]+(?:tỉnh|thành phố))?(?=[ ]*(?:[,;)/:]|và\b|$))")
_TWO_WORDS = re.compile(r"\S+\s+\S+")
_AND = re.compile(r"\s+và\s+")
_QUALIFIER_VERB = re.compile(r"(?:có\s+)?liên quan\b")
#: A word the tagger reads as a verb that is the noun of a list of kinds of body after a comma: "Các cơ quan, tổ chức,
#: đơn vị, cá nhân thực hiện ..." ("tổ chức" = organisation, not "to organise").
_LISTED_NOUN = re.compile(r"(?<=,\s)(?:tổ chức|cơ quan|đơn vị|cá nhân|doanh nghiệp)\b")


def _name_end(line: str, fline: str, i: int) -> int | None:
    """Where an unregistered name at i ends by its words' tags (name_end_by_pos), past the qualifier "có liên quan"
    and the nouns of a list of kinds of body that the tagger reads as verbs ("Các cơ quan, tổ chức, đơn vị, cá nhân |
    có liên quan | có trách nhiệm ...")."""
    pos = i
    for _ in range(4):
        k = name_end_by_pos(line[pos:])
        if k is None:
            return None
        at = pos + k
        skip = _QUALIFIER_VERB.match(fline, at) or _LISTED_NOUN.match(fline, at)
        if not skip:
            return at - i
        pos = skip.end()
    return None
_LIST_GAP = re.compile(r"\s*(?:[,;/]|và\b)\s*")
_NAME_STOP = re.compile(r"\s*[,;:/()]|\s+(?:có trách nhiệm|chủ trì|phối hợp|thực hiện)\b")


def _subject_list(reg: AgencyRegistry, line: str, fline: str, i: int, listing: bool = False) -> tuple[list[AgencyHit], int]:
    """The agencies a subject names, also across "/" and across heads' titles inside the list
    ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã", "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy ...")."""
    hits, end, _ = parse_agency_list(reg, line, fline, i)
    while hits:
        a = _AREA.match(line, end)
        if a:
            end = a.end()   # "Các doanh nghiệp viễn thông trên địa bàn Thành phố, ...", "Các Sở, ban, ngành của Thành phố"
        t = _PROPER_TAIL.match(line, end)
        if t and hits[-1].agency is not None and hits[-1].agency.collective and _PLACE_GROUP.search(hits[-1].written):
            t = None   # "Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk Lắk": the places the group is limited to, not a name
        if t:
            # "Ban quản lý Khu Kinh tế Phú Yên": a registered head and the proper name of this one body
            last = hits[-1]
            hits[-1] = AgencyHit(last.start, t.end(), None, line[last.start:t.end()])
            end = t.end()
        m = _LIST_GAP.match(line, end)
        if not m or m.end() == end:
            break
        j = m.end()
        j = reg.title_end(line, fline, j) or j
        more, e2, _ = parse_agency_list(reg, line, fline, j)
        if not more and (listing or line[m.start():m.end()].strip() == "/") and reg.starts_with_head(fline, j):
            # "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh": a body the registry lacks after "/"
            k = _NAME_STOP.search(line, j)
            e2 = k.start() if k else len(line)
            if e2 - j <= 80:
                more = [AgencyHit(j, e2, None, line[j:e2].strip())]
        elif not more and t is None and hits[0].registered and (line[j:j + 1].isupper() or fline.startswith("các ", j)) \
                and reg.starts_with_head(fline, j) and reg.vague_tail(fline, j) is None:
            # "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị ... tổ chức ...": a named body
            # the registry lacks inside a list, up to the next separator, "và" or task verb
            # (the name ends at "và" or at the verb; one that runs into a comma is not read: "..., các nhà đầu tư trong
            # các khu công nghệ cao, khu công nghiệp ... chủ động ...")
            two = _TWO_WORDS.match(line, j)
            verb = reg.verb_at_or_after(line, fline, two.end() if two else j + 1, len(line))
            conj = _AND.search(line, j)
            e2 = min([verb] + ([conj.start()] if conj else [])) if verb is not None else -1
            if 0 < e2 - j <= 80 and not re.search(r"[,;:()]", line[j:e2]):
                more = [AgencyHit(j, e2, None, line[j:e2].strip())]
        if not more:
            break
        hits += more
        end = e2
    return hits, end


def _is_intro(body: str) -> bool:
    """An inline text that only opens the list under it: "có trách nhiệm:", "chủ trì, phối hợp ... liên quan:"."""
    return bool(P.INTRO_ENDING.search(body))


def _intro_role(body: str) -> str | None:
    if P.INTRO_ENDING.search(body):
        r = role_of(body)
        return r if r != "responsible" else None
    return None


def names_agency(reg: AgencyRegistry, text: str, folded: str, node: Node) -> bool:
    """Whether a heading item is an agency's heading: "4. Sở Y tế", "2. Giao Sở Xây dựng", "Sở X có trách nhiệm:",
    or an agency named inline with sub-items under it (not a one-sentence task that happens to open with one)."""
    b = node.block
    subj = parse_subject(reg, text, folded, b.rest_start, b.end, strict=False, titles=True, heading=_is_heading(text, node))
    if subj is None:
        # a letter's item that asks named bodies for something: "2. Về mức chi ...: ... Vì vậy, đề nghị Ủy ban ..."
        return bool(request_tasks(reg, text, folded, b.rest_start, b.end, ""))
    if subj.inline_start is None or _is_intro(text[subj.inline_start:subj.inline_end]) or bool(node.items()):
        return True
    # "3. Bộ Tài chính chủ trì cùng Bộ Xây dựng ...": a named body's task; "1. Các cơ quan ..., tổ chức, cá nhân liên
    # quan có trách nhiệm ...": a duty of everyone, a task section
    # quan có trách nhiệm ...": a duty of everyone, a task section; "4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
    # ...: Hà Tĩnh, ... chủ động phối hợp ...": the people's committees of a level are a named body, an agency item
    # "2. Yêu cầu: Hội Cựu giáo chức tỉnh, Hội Làm vườn tỉnh ... thực hiện ...": bodies the registry lacks, each named
    # with a body's head word, are named bodies too
    return any((h.registered and (not h.agency.collective or h.agency.type == "government"))
               or (not h.registered and h.start < len(folded) and reg.starts_with_head(folded, h.start)
                   and not h.written.lower().startswith("các "))
               for h in subj.agencies)


# ---------------------------------------------------------------- partners

_VAGUE_LEAD = re.compile(r"^(?:các|lực lượng|đơn vị|cơ quan|những)\b")
#: "Chỉ đạo các đơn vị cơ sở phối hợp với lực lượng Công an cùng cấp": a body "cùng cấp" (at the directed units'
#: level) is their partner, not the agency's (ANNOTATING).
_DIRECTS_OTHERS = re.compile(r"(?<![\w])chỉ đạo\s+(?!,)\S")
_SAME_LEVEL = re.compile(r"\s*(?:cùng cấp|tại địa phương|ở cơ sở|cấp cơ sở)\b")
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:và|để|đồng thời)\s")
#: "Tham mưu UBND Thành phố phối hợp với Bộ Công an ...": the coordination is the advised body's.
_ADVISES = re.compile(r"(?<![\w])tham mưu\s+(?:cho\s+)?(?:ubnd|ủy ban|hđnd|hội đồng|ban chỉ đạo|tỉnh ủy|thành ủy)")
#: The end of a vague group opening a partner list: "các đơn vị có liên quan, | Sở Y tế", "các lực lượng và | UBND ...".
_AFTER_VAGUE = re.compile(r",\s*|\s+và\s+")
#: A line break that ends a clause: a blank line or a new item ("\n- ", "\n2. ", "\nb) "), not a wrapped line.
_LINE_BREAK = re.compile(r"\n\s*(?:\n|[-+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")
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
        a = _ADVISES.search(folded, cs, m.start())
        if a is not None and not _CLAUSE_BREAK.search(folded, a.end(), m.start()):
            continue
        i = m.end()
        o = P.PARTNER_OPENER.match(folded, i, end)
        if o:
            if "giữa" in o.group(0):
                continue
            i = o.end()
        if i < end and folded[i] == ",":
            continue
        clause_end = end
        for stop in (";", "."):
            k = folded.find(stop, i, end)
            if k != -1:
                clause_end = min(clause_end, k)
        b = _LINE_BREAK.search(folded, i, clause_end)   # a hard-wrapped line goes on; a new item does not
        if b is not None:
            clause_end = b.start()
        hits, stop_at, parens = parse_agency_list(reg, text, folded, i)
        if hits and folded.startswith(";", clause_end) and hits[-1].start > clause_end \
                and not reg.verb_at(text, folded, stop_at):
            # "phối hợp với Sở Y tế, Sở Công Thương; UBND các huyện, thành phố trong ...": one list across ";"
            # (but "...; Sở Tài chính bố trí kinh phí" opens a clause of its own)
            k = folded.find(".", hits[-1].start, end)
            b = _LINE_BREAK.search(folded, hits[-1].start, end)
            clause_end = min(x for x in (k if k != -1 else end, b.start() if b else end))
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


def _is_heading(text: str, node: Node) -> bool:
    """An item that heads sub-items and states no sentence of its own ("6. Trách nhiệm của các tổ chức, ...")."""
    line = node.block.rest(text).rstrip()
    # "2. Các cơ quan trực thuộc Bộ ... | Chủ trì, phối hợp ...": a name over paragraphs heads them too
    return (bool(node.items()) or line.endswith(":") or bool(node.children)) and not line.endswith((".", ";"))


_ARTICLE_HEADING = re.compile(r"Điều\s+\d{1,3}[a-z]?\s*[.:]\s")


def _names_only(line: str) -> bool:
    """ "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:": the rest of a heading's list of places or bodies wrapped onto a
    line of its own (only capitalised words, commas and "và", ending with a colon), not a task."""
    line = line.strip()
    if not line.endswith(":"):
        return False
    words = line[:-1].replace(",", " ").replace(";", " ").split()
    return 0 < len(words) <= 30 and all(w == "và" or w[:1].isupper() for w in words)


#: Kinds of per-task field lines (data/task_tables.yaml) that are never a task of their own.
_FIELD_ONLY = ("time", "product")


def _article_heading(text: str, node: Node) -> bool:
    """An article whose line is a heading ("Điều 5. Trách nhiệm của Sở Tài chính"), not a provision itself
    ("Điều 3. Chánh Văn phòng ..., Giám đốc ... chịu trách nhiệm thi hành Quyết định này./.")."""
    line = node.block.rest(text).strip()
    return 0 < len(line) <= 160 and not P.SENTENCE_END.search(line) and not line.endswith((".", ";"))


def _article_holder(reg: AgencyRegistry, text: str, start: int, end: int) -> AgencyHit | None:
    """The holder an article heading "Trách nhiệm của X" names, X read to the heading's end or its topic ("... trong
    việc ...")."""
    line = text[start:end].split("\n", 1)[0]
    m = P.ARTICLE_HOLDER.match(line)
    if m is None:
        return None
    rest = line[m.end():].rstrip(" *_:.")
    topic = P.HOLDER_TOPIC.search(rest)
    name = rest[:topic.start()] if topic else rest
    found = reg.article_holder(name)
    if found is None:
        return None
    agency, written = found
    at = start + m.end()
    return AgencyHit(at, at + len(name.rstrip()), agency, written)


_HEADING_DUTY = re.compile(r"^\s*(?:có|chịu)\s+trách\s+nhiệm\s*", re.I)


def article_subject(reg: AgencyRegistry, text: str, folded: str, node: Node) -> Subject | None:
    """The bodies an article heading names, with the role its words give: "Trách nhiệm của Sở Y tế", "Đề nghị Ủy ban
    Mặt trận Tổ quốc Việt Nam tỉnh" (requested), "Nội dung Công an tỉnh có trách nhiệm chủ trì" (lead)."""
    b = node.block
    start = b.rest_start
    m = P.ARTICLE_SUBJECT_PREFIX.match(text[start:b.end])
    if m:
        start += m.end()
    subj = parse_subject(reg, text, folded, start, b.end, strict=False, heading=True)
    if subj is None or not any(h.registered for h in subj.agencies):
        holder = _article_holder(reg, text, b.rest_start, b.end)
        if holder is not None:
            # "Trách nhiệm của cơ quan, tổ chức quản lý trực tiếp": the name the heading gives, read whole
            return Subject((holder,), False, None, None, None)
    if subj is None or not subj.agencies:
        return None
    if not P.SUBJECT_LEAD.match(text[start:b.end]) and not any(h.registered for h in subj.agencies):
        return None   # "Các loại văn bản áp dụng chữ ký số": a topic; "Trách nhiệm của thuê bao" names a holder
    after = text[max(h.end for h in subj.agencies):b.end]
    r = role_of(_HEADING_DUTY.sub("", after.strip(" ,:"), count=1))
    return Subject(subj.agencies, subj.requested, None, None, r if r != "responsible" else None)


_SENTENCE_STOP = re.compile(r"[.;](?=\s+[A-ZĐÀ-Ỹ])|\./\.")


def request_tasks(reg: AgencyRegistry, text: str, folded: str, s: int, e: int, section: str) -> list[TaskHit]:
    """Requests inside a letter's paragraph: "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh ... căn cứ ...", "Bộ Nội vụ đề
    nghị Ủy ban nhân dân các tỉnh, thành phố triển khai ..." (requested tasks of the named bodies, to the sentence end)."""
    out: list[TaskHit] = []
    if letter_voice().document_noun.match(text, s, e):
        return out   # "Hồ sơ đề nghị Bộ ... xem xét, ...; đề nghị Bộ ... thẩm định ...": what a document asks for
    for m in P.REQUEST_CLAUSE.finditer(text, s, e):
        at = m.start("lead")
        stop = _SENTENCE_STOP.search(text, at, e)
        end = stop.end() if stop and text[stop.start()] != ";" else (stop.start() if stop else e)
        subj = parse_subject(reg, text, folded, at, end, strict=True)
        if subj is None or subj.inline_start is None or not any(h.registered or refers(reg, text, h) for h in subj.agencies):
            continue
        body = text[subj.inline_start:end]
        if letter_voice().generic_request.match(body):
            continue   # "… trân trọng đề nghị UBND các tỉnh, thành phố quan tâm, chỉ đạo triển khai thực hiện./."
        if _STUDY_THE_LAW.match(body):
            continue   # "1. Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số ...": advice
        partners = find_partners(reg, text, folded, subj.inline_start, end, subj.agencies)
        out.append(TaskHit(subj.agencies, role_of(body), True, partners, subj.inline_start, end, section))
    return out


#: A province named as the actor of a lead-in, at the paragraph's start or after its leading clause: "Tỉnh Thanh Hóa
#: cần ...", "Để ..., tỉnh Đắk Lắk cần ...".
_PROVINCE_ACTOR = re.compile(r"(?:^|,\s+)(?P<w>[Tt]ỉnh)(?=\s)")


def _province_lead_in(reg: AgencyRegistry, text: str, folded: str, s: int, e: int) -> Subject | None:
    """The province as the subject of a paragraph that introduces the items under it ("Để tiếp tục ..., tỉnh Đắk Lắk
    cần tiếp tục thực hiện ... sau:" in a central conclusion notice): its people's committee, the items its tasks."""
    for m in _PROVINCE_ACTOR.finditer(text, s, e):
        at = m.start("w")
        end = reg.province_suffix_end(folded, m.end("w"))
        if end == m.end("w") or not text[end:end + 2].strip()[:1].islower():
            continue
        if P.REPORTED_VERB.match(text, end) or letter_voice().reported.match(text, end):
            continue   # "Tỉnh Thanh Hóa đã quán triệt ...": what it did
        hit = AgencyHit(at, end, reg.lookup("Ủy ban nhân dân tỉnh"), text[at:end])
        inline = end + len(text[end:e]) - len(text[end:e].lstrip())
        return Subject((hit,), False, inline, e, _intro_role(text[inline:e]))
    return None


def _names(subj: Subject) -> set[str]:
    return {h.agency.name if h.agency else h.written for h in subj.agencies}


def _scope_article(title: str) -> bool:
    from .task_tables import scope_article   # task_tables imports this module

    return scope_article(title)


def _article_titles(text: str, blocks: list[Block]) -> list[tuple[int, str | None]]:
    """Each article's start and title ("Điều 2. Nhiệm vụ và quyền hạn", or "Điều 2." with its title on the next
    line), None for an article that is a provision ("Điều 3. Chánh Văn phòng ... chịu trách nhiệm thi hành ...")."""
    out: list[tuple[int, str | None]] = []
    for k, b in enumerate(blocks):
        if b.kind != ARTICLE:
            continue
        line = b.rest(text).strip(" *_") if b.rest_start < b.end else ""
        if not line and k + 1 < len(blocks):
            line = blocks[k + 1].text(text).strip(" *_")
        title = line if 0 < len(line) <= 160 and not P.SENTENCE_END.search(line) and not line.endswith((".", ";")) \
            else None
        out.append((b.start, title))
    return out


def competence_tasks_dropped(text: str, tasks: list[TaskHit], blocks: list[Block]) -> list[TaskHit]:
    """`tasks` without those of a functions text's competence articles. A text that defines a body's functions and
    make-up (a decree "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ ...", a province's decision on
    a department's) is known by an article titled as the body's place and functions ("Điều 1. Vị trí và chức năng");
    its other titled articles ("Nhiệm vụ và quyền hạn", "Cơ cấu tổ chức": "Lãnh đạo Sở có Giám đốc ...", "Vụ thuộc
    bộ") state powers and make-up, not tasks; only its articles titled as the text's execution ("Tổ chức thực hiện",
    "Trách nhiệm thi hành") and its untitled provisions keep theirs."""
    from bisect import bisect_right

    from .task_tables import organisation_marker, organisation_task_article   # task_tables imports this module

    articles = _article_titles(text, blocks)
    if not any(t and organisation_marker(t) for _, t in articles):
        return tasks
    starts = [s for s, _ in articles]

    def kept(t: TaskHit) -> bool:
        k = bisect_right(starts, t.start) - 1
        title = articles[k][1] if k >= 0 else None
        return title is None or organisation_task_article(title)

    return [t for t in tasks if kept(t)]


def _rights_item(text: str, node: Node) -> bool:
    """An item or article titled as rights ("2. Quyền hạn của học viên: - Được tôn trọng ..."): no tasks under it."""
    from .task_tables import rights_title

    line = node.block.rest(text).split("\n", 1)[0]
    colon = line.find(":")
    head = line[:colon] if 0 < colon <= 80 else line
    return len(head) <= 100 and not P.SENTENCE_END.search(head) and rights_title(head)


def _lists_members(heading: str) -> bool:
    from .task_tables import lists_members   # task_tables imports this module

    return lists_members(heading)


def find_assignments(text: str, folded: str, roots: list[Node], reg: AgencyRegistry,
                     blocks: list[Block] = ()) -> list[TaskHit]:
    tasks: list[TaskHit] = []
    closing_sections: set[str] = set()   # ids of the sections after "TỔ CHỨC THỰC HIỆN" (see the loop at the end)

    def emit(subj: Subject, s: int, e: int, section: str, inherited_role: str | None, scope_end: int | None = None,
             inherited_partners: tuple[AgencyHit, ...] = ()) -> None:
        if subj.inline_start == s:
            # a sentence with a subject of its own inside the task's text is that subject's task
            mine = {reg.canonical(h.written) for h in subj.agencies}
            found = [(at, sub) for at, sub in _own_sentences(reg, text, folded, s, e)
                     if mine != {reg.canonical(h.written) for h in sub.agencies}]   # not the same bodies again
            if found:
                emit_one(subj, s, len(text[:found[0][0]].rstrip()), section, inherited_role, scope_end, inherited_partners)
                for k, (at, sub) in enumerate(found):
                    stop = len(text[:found[k + 1][0]].rstrip()) if k + 1 < len(found) else e
                    emit_one(sub, sub.inline_start, stop, section, None, None)
                return
        emit_one(subj, s, e, section, inherited_role, scope_end, inherited_partners)

    def emit_one(subj: Subject, s: int, e: int, section: str, inherited_role: str | None, scope_end: int | None = None,
                 inherited_partners: tuple[AgencyHit, ...] = ()) -> None:
        body = text[s:e]
        if not any(c.isalpha() for c in body):
            return   # "*", a page number: no task
        if letter_voice().quota.match(body):
            return   # "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân": an award quota, no task
        last = subj.agencies[-1].end if subj.agencies else s
        # a task text that keeps its leading clause ("Để xác định ..., Ủy ban nhân dân tỉnh phối hợp với ..."): the
        # role is its subject's verb
        role = subject_role(text, subj, s, e)
        if role == "responsible" and s < last < e:
            role = role_of(text[last:e].lstrip(" ,"))
        if role == "responsible" and inherited_role:
            role = inherited_role
        partners = find_partners(reg, text, folded, s, e, subj.agencies)
        if inherited_partners and (role == inherited_role or not partners):
            # bullets under "Sở X chủ trì, phối hợp với Sở Y, UBND cấp xã:" / "a) Chủ trì, phối hợp với ...": Y's too
            names = {h.name for h in partners}
            partners = partners + tuple(h for h in inherited_partners if h.name not in names)
        scope = (s, scope_end) if scope_end is not None and scope_end > e else None
        tasks.append(TaskHit(subj.agencies, role, subj.requested, partners, s, e, section, scope))

    def time_field(b: Block) -> bool:
        """ "Thời gian thực hiện: Tháng 11 - 12/2025." under an item: a field of the item, not a task."""
        from .task_tables import field_label

        lab = field_label(text, folded, b.rest_start, b.end)
        return lab is not None and lab[0] in _FIELD_ONLY

    def fields_end(node: Node) -> int | None:
        ends = [c.end for c in node.children if isinstance(c, Block) and c.kind != TABLE_ROW and time_field(c)]
        return max(ends) if ends else None

    def heading_partners(subj: Subject | None, s: int, e: int) -> tuple[AgencyHit, ...]:
        return find_partners(reg, text, folded, s, e, subj.agencies) if subj is not None else ()

    def visit(node: Node, ctx: Subject | None, strict: bool, role_ctx: str | None, asked: bool = False,
              partners_ctx: tuple[AgencyHit, ...] = ()) -> None:
        cur, cur_role, cur_partners = ctx, role_ctx, partners_ctx
        # "b) ..., đề nghị:": the bodies its sub-items name are asked, unless an item orders ("(iv) Giao Bộ ...")
        asks = bool(P.REQUEST_INTRO.search(text[node.block.rest_start:node.block.end].rstrip(" *")))
        if node.kind == "article" and _article_heading(text, node) and _scope_article(node.block.rest(text)):
            return   # "Điều 2. Đối tượng áp dụng: 1. Ủy ban nhân dân cấp xã ...": whom it applies to, no tasks
        if node.kind != "roman" and _rights_item(text, node):
            return   # "2. Quyền hạn của học viên: - Được tôn trọng ...": rights, no tasks
        if node.kind == "article" and _article_heading(text, node):
            # "Điều 5. Trách nhiệm của Sở Tài chính": the body the heading names owns the article's clauses
            cur = article_subject(reg, text, folded, node)
            cur_role = cur.intro_role if cur else None
        elif node.kind != "roman" and ctx is None and _lists_members(text[node.block.rest_start:node.block.end]):
            # "4. Thành phần tham gia kiểm tra: - Chủ trì: Sở Công Thương ...": who takes part, not tasks; only a
            # request inside it ("Đề nghị Công ty ... mời ...") is one
            for child in node.children:
                blk = child.block if isinstance(child, Node) else child
                tasks.extend(request_tasks(reg, text, folded, blk.rest_start, blk.end, node.id))
            return
        elif node.kind != "roman":
            b = node.block
            own = parse_subject(reg, text, folded, b.rest_start, b.end, strict=strict or ctx is not None, titles=ctx is None,
                                heading=_is_heading(text, node))
            # "(2) Về triển khai Chương trình: Chính phủ sẽ phân công ...": what a body did or will do, no task
            reported = own is not None and own.inline_start is not None and bool(
                P.REPORTED_VERB.match(text, own.inline_start) or letter_voice().power.match(text, own.inline_start))
            if reported:
                own = None
            if own is not None and own.inline_start is None and all(reg.field_only(h) for h in own.agencies):
                own = None   # "5. Y tế", "1.2. Tài nguyên và môi trường": a heading that names a field, not the Sở
            if own and asked and not own.requested and own.agencies \
                    and not P.GIVES.search(text[b.rest_start:own.agencies[0].start]):
                own = replace(own, requested=True)
            if own:
                cur, cur_role = own, own.intro_role
                cur_partners = (heading_partners(own, own.inline_start, own.inline_end)
                                if own.intro_role and own.inline_start is not None
                                and _is_intro(text[own.inline_start:own.inline_end]) else ())
                # an inline text that only introduces the item's sub-items is a task of its own when a task verb opens
                # it ("1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan: a) ... b) ..."), not when it
                # goes on naming the places ("... các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó ...: a) ...")
                if own.inline_start is not None and (not (_is_intro(text[own.inline_start:own.inline_end]) and node.items())
                                                     or reg.verb_at(text, folded, own.inline_start)):
                    # "9. Về ...: đề nghị các Tập đoàn ... hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ
                    # hướng dẫn ...": a later sentence or clause that names its own body is that body's task
                    # (only in a notice's topic item: elsewhere a paragraph is one task of the body that opens it)
                    subj, s0 = own, own.inline_start
                    laters = _own_sentences(reg, text, folded, own.inline_start, own.inline_end, clause=True) \
                        if P.TOPIC_LABEL.match(text, b.rest_start) else []
                    for at, later in laters:
                        if _names(later) == _names(subj):
                            continue   # "... Ủy ban nhân dân xã, phường cung cấp danh sách ...": the same body goes on
                        emit(subj, s0, at, node.id, None)
                        subj, s0 = later, later.inline_start if later.inline_start is not None else at
                    emit(subj, s0, own.inline_end, node.id, None)
            elif ctx is not None:
                if not _is_topic_heading(text, node) and not reported:
                    emit(ctx, b.rest_start, b.end, node.id, role_ctx, fields_end(node), partners_ctx)
                    if node.items() and _is_intro(text[b.rest_start:b.end]) and role_of(text[b.rest_start:b.end]) != "responsible":
                        # "h) Chủ trì triển khai ... các nhiệm vụ ..., bao gồm:" over its bullets: their role
                        cur_role = role_of(text[b.rest_start:b.end])
                elif role_of(text[b.rest_start:b.end]) != "responsible":
                    # "a) Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường" / "b) Phối hợp với ...": a heading
                    # that gives the role (and the partners) of the items under it
                    cur_role = role_of(text[b.rest_start:b.end])
                    cur_partners = heading_partners(ctx, b.rest_start, b.end)
            else:
                cur, cur_role = None, None
                own_tasks = _attributed(node) or request_tasks(reg, text, folded, b.rest_start, b.end, node.id)
                if own_tasks:
                    tasks.extend(own_tasks)
                    return
        item_subject = (cur, cur_role)   # what the item itself names, for its "(1)", "(2)" paragraphs
        # a paragraph of a notice's topic item ("1. Về kiến nghị ...:") named its body ("Giao Bộ Tài chính ...")
        named_before = False
        topic_item = node.kind != "roman" and bool(P.TOPIC_LABEL.match(text, node.block.rest_start))
        for child in node.children:
            if isinstance(child, Block) and child.kind == TABLE_ROW:
                continue
            if isinstance(child, Node) and child.kind == "inline":
                continue  # "⁽¹⁾ ..." items are part of their block's task
            if isinstance(child, Block):
                if _ARTICLE_HEADING.match(text, child.start):
                    cur, cur_role = None, None   # "Điều 7. Hiệu lực thi hành": the decision's next article
                    continue
                if time_field(child) or _names_only(text[child.start:child.end]):
                    continue
                if letter_voice().example.match(text, child.start, child.end):
                    continue   # "Ví dụ: Sở ... có địa chỉ ...": an illustration of the rule, no task
                note = letter_voice().note.match(text, child.start, child.end)
                if note:
                    # "Lưu ý: Ưu tiên khen thưởng ...": a remark on the section, not the task of the body named before
                    # it; a body the note names itself is given its task
                    at = note.end()
                    while at < child.end and text[at] in " *_\n":
                        at += 1
                    sub = parse_subject(reg, text, folded, at, child.end, strict=True)
                    if sub is not None and sub.inline_start is not None:
                        emit(sub, sub.inline_start, sub.inline_end, node.id, None)
                    continue
                label = _PAREN_LABEL.match(text, child.start, child.end)   # "(1) Giao Bộ ... chủ trì ..."
                # a paragraph right under a section that gives tasks may name a body the registry lacks ("VII. CHẾ ĐỘ
                # BÁO CÁO: Các cơ quan, đơn vị được giao nhiệm vụ ... có trách nhiệm ...")
                sub = parse_subject(reg, text, folded, label.end() if label else child.start, child.end,
                                    strict=strict or cur is not None or node.id not in closing_sections)
                if sub is None and cur is None:
                    # a paragraph under no body's heading that opens with an office holder and states the task ("Chủ
                    # tịch Ủy ban nhân dân cấp xã chỉ đạo ..."): the body the holder heads (a holder's name alone, a
                    # table's cell, is no heading over the paragraphs after it, nor is a holder's power over the cases
                    # after it, "Bộ trưởng ... quyết định thu hồi ... trong các trường hợp sau:")
                    sub = parse_subject(reg, text, folded, label.end() if label else child.start, child.end, strict=True,
                                        titles=True)
                    if sub is not None and (sub.inline_start is None
                                            or text[child.start:child.end].rstrip(" *_").endswith(":")):
                        sub = None
                if sub is None and cur is None and label is None and named_before and topic_item:
                    # a paragraph of a notice's item, after the one that named its body ("Giao Bộ Tài chính ..."):
                    # "Sau khi ..., Bộ Tài chính khẩn trương báo cáo ..." names its own body after a leading clause
                    sub = parse_subject(reg, text, folded, child.start, child.end, strict=True, clause=True)
                if sub is None and cur is None and label is None and node.items() and _is_intro(text[child.start:child.end]):
                    # "Để ..., tỉnh Đắk Lắk cần tiếp tục thực hiện ... một số nội dung trọng tâm sau:" over bare items
                    sub = _province_lead_in(reg, text, folded, child.start, child.end)
                named_before = named_before or (sub is not None and sub.inline_start is not None)
                if sub and sub.inline_start is not None and (letter_voice().self_statement.match(text, sub.inline_start)
                                                             or letter_voice().advice.match(text, sub.inline_start)
                                                             or P.REPORTED_VERB.match(text, sub.inline_start)
                                                             or letter_voice().power.match(text, sub.inline_start)
                                                             or letter_voice().generic_request.match(text[sub.agencies[-1].end:child.end])):
                    # "Bộ Tài chính gửi kèm …", "(2) Về triển khai Chương trình: Chính phủ sẽ phân công …": what a body
                    # does or will do ends the item's tasks
                    cur, cur_role = None, None
                    continue
                if not sub and child.kind == PARAGRAPH and letter_voice().courtesy.match(text, child.start, child.end):
                    cur, cur_role = None, None   # "Trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.": the writer's courtesy
                    continue
                if (not sub and cur is not None and child.kind == PARAGRAPH
                        and P.CLOSING_END.search(text, child.start, child.end)
                        and (P.REQUEST_CLAUSE.search(text, child.start, child.end)
                             or _letter_lead(text[child.start:child.end]) is not None)):
                    # the letter's closing paragraph after its last item ("Đây là nhiệm vụ rất quan trọng ... Thủ tướng
                    # Chính phủ đề nghị các Đồng chí Bộ trưởng, ... hoàn thành các nhiệm vụ nêu trên./."): the bodies it
                    # asks, not the last item's
                    tasks.extend(request_tasks(reg, text, folded, child.start, child.end, node.id))
                    cur, cur_role = None, None
                    continue
                if label and not sub:
                    cur, cur_role = item_subject   # "(4) Sau khi ..., các Bộ ...": a sibling of "(3) Đề nghị X ...", not X's
                if sub:
                    own_task = sub.inline_start is not None and not _is_intro(text[sub.inline_start:sub.inline_end])
                    if not own_task or cur is not None:
                        # a paragraph that names its agency and states its task is that agency's one task; the
                        # paragraphs after it are not (d02 IV: "Các doanh nghiệp viễn thông ... chủ động bố trí ...")
                        cur, cur_role = sub, sub.intro_role
                    if sub.inline_start is not None:
                        emit(sub, sub.inline_start, sub.inline_end, node.id, None)
                elif cur is not None and (other := _clause_subject(child, cur)) is not None:
                    # "Sau thời gian trên, Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định ...": a paragraph under the
                    # item whose own subject, after a leading clause, is another registered body is that body's
                    emit(other, other.inline_start, other.inline_end, node.id, None)
                elif cur is not None:
                    emit(cur, child.start, child.end, node.id, cur_role, None, cur_partners)
                    # "Chủ trì, phối hợp với ... tham mưu cho UBND tỉnh:" over the items after it: their role
                    intro = _intro_role(text[child.start:child.end])
                    if intro and not cur_role:
                        cur_partners = heading_partners(cur, child.start, child.end)
                    cur_role = cur_role or intro
                else:
                    lead = _request_lead_in(reg, text, folded, child)
                    if lead is not None and node.items() and all(c.kind == "bullet" for c in node.items()) \
                            and any(h.registered or refers(reg, text, h) for h in lead.agencies):
                        # "2. Kiến nghị: ..., Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:"
                        # over bullets: the bodies it asks own the bullets after it (numbered items under such a
                        # paragraph name their own bodies: "1. ... Giao đồng chí Bộ trưởng Bộ Xây dựng ...")
                        cur, cur_role = lead, lead.intro_role
                        continue
                    tasks.extend(request_tasks(reg, text, folded, child.start, child.end, node.id))
            else:
                visit(child, cur, strict, cur_role, asks, cur_partners)

    def _clause_subject(b: Block, cur: Subject) -> Subject | None:
        """Another registered body that a paragraph under the item names after its short leading clause ("Sau thời
        gian trên, Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định ..."). Not `_own_sentences`: this reads the
        paragraph's own opening, after a clause of any few plain words (not only the listed clause openers), and the
        item's own body there gives no other task; read as a sentence of the item's text, e35's task is lost."""
        line = text[b.start:b.end]
        mine = {reg.canonical(h.written) for h in cur.agencies}
        sep = re.search(r",\s+", line[:80])
        lead = line[:sep.start()].split() if sep else []
        # only after a short leading clause of plain words ("Sau thời gian trên, ..."): not after a body named in a
        # list ("Phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh ...")
        if not sep or len(lead) > 8 or any(w[:1].isupper() for w in lead[1:]) or re.search(r"phối hợp|với|và", line[:sep.start()], re.I):
            return None
        for sep in (sep,):
            j = sep.end()
            if not line[j:j + 1].isupper():
                continue   # a name starts with a capital ("..., tài chính của hội" is no Sở Tài chính)
            sub = parse_subject(reg, text, folded, b.start + j, b.end, strict=True, titles=True)
            if sub is None or sub.inline_start is None or not all(h.registered for h in sub.agencies):
                continue
            if mine & {reg.canonical(h.written) for h in sub.agencies} or not text[sub.inline_start:sub.inline_start + 1].islower():
                return None
            return sub
        return None

    def _attributed(node: Node) -> list[TaskHit]:
        """A task item that names its agencies in field lines (task_fields), inline labels or a trailing parenthesis."""
        from .task_fields import field_tasks

        found = field_tasks(reg, text, folded, node)
        if found:
            return found
        t = _attributed_one(node)
        return [t] if t else []

    def _attributed_one(node: Node) -> TaskHit | None:
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

    after_implementation = False
    for root, lead_in in zip(roots, request_lead_ins(reg, text, folded, roots, blocks)):
        # a plan's Roman section of no kind after "TỔ CHỨC THỰC HIỆN" ("VII. CHẾ ĐỘ BÁO CÁO") goes on with who does what
        if after_implementation and not root.kinds and root.kind == "roman":
            closing_sections.add(root.id)
        strict = not (set(root.kinds) & ASSIGNMENT_KINDS) and root.id not in closing_sections
        after_implementation = after_implementation or ("implementation" in root.kinds and root.kind == "roman")
        n = len(tasks)
        visit(root, None, strict, None)
        if len(tasks) == n and lead_in is not None:
            # an item naming no body of its own, after "… đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:"
            visit(root, lead_in, strict, lead_in.intro_role)
    return tasks


def request_lead_ins(reg: AgencyRegistry, text: str, folded: str, roots: list[Node],
                     blocks: list[Block]) -> list[Subject | None]:
    """Per top-level item, the request that introduces it: the last paragraph before it, or before the items it follows,
    that asks a body to do them ("…, Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:" over "1. …",
    "2. …"). One rule for both uses: such an item is an assignments section (`lead_in_kinds`), and when it names no
    body of its own its tasks are that body's (`find_assignments`)."""
    out: list[Subject | None] = []
    lead_in: Subject | None = None
    prev_end = 0
    for root in roots:
        before = [b for b in blocks if prev_end <= b.start and b.end <= root.block.start and b.kind == PARAGRAPH]
        if before:
            lead_in = _request_lead_in(reg, text, folded, before[-1])
        out.append(lead_in)
        prev_end = root.end or root.block.end
    return out


def lead_in_kinds(reg: AgencyRegistry, text: str, folded: str, roots: list[Node], blocks: list[Block]) -> None:
    """A letter whose numbered items follow a request that asks a body to do them, none of them naming a body of its
    own ("… đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:" over "1. …", "2. …"): the items are assignments sections
    (ANNOTATING: the kinds their content has). When some item names its body ("2. Sở Công Thương"), the others keep the
    kinds of their own words ("1. Kết hợp … khai thác nước …" is a task section); an item that asks the same body again
    ("2. Về điều kiện ...: Đề nghị Công ty chủ động ...") names no other. An item with no kind whose own paragraph asks
    bodies to do the items under it ("2. Kiến nghị" / "..., Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội
    dung sau:" / "- ...") is an assignments section too."""
    if not roots or not all(r.kind == "numbered" for r in roots):
        return
    for root in roots:
        if not root.kinds and root.items() and all(c.kind == "bullet" for c in root.items()) and any(
                isinstance(c, Block) and c.kind == PARAGRAPH and (lead := _request_lead_in(reg, text, folded, c)) is not None
                and any(h.registered or refers(reg, text, h) for h in lead.agencies) for c in root.children):
            root.kinds = ("assignments",)
    lead = request_lead_ins(reg, text, folded, roots[:1], blocks)[0]
    if lead is None:
        return
    asked = {h.name for h in resolve(reg, text, lead.agencies)}
    for root in roots:
        if "assignments" in root.kinds and not _item_bodies(reg, text, folded, root) <= asked:
            return
    for root in roots:
        root.kinds = ("assignments",)


def _item_bodies(reg: AgencyRegistry, text: str, folded: str, node: Node) -> set[str]:
    """The bodies an item's own line names: its subject, or those its requests ask."""
    b = node.block
    subj = parse_subject(reg, text, folded, b.rest_start, b.end, strict=False, titles=True, heading=_is_heading(text, node))
    hits = subj.agencies if subj is not None else tuple(h for t in request_tasks(reg, text, folded, b.rest_start, b.end, "")
                                                        for h in t.agencies)
    return {h.name for h in resolve(reg, text, hits)}


def _request_lead_in(reg: AgencyRegistry, text: str, folded: str, b: Block) -> Subject | None:
    """The paragraph before a letter's numbered items that asks a body to do them: "…, Bộ Tài chính đề nghị UBND
    các tỉnh, thành phố quan tâm chỉ đạo:" (the items that follow, naming no body of their own, are its tasks)."""
    line = text[b.start:b.end]
    if not line.rstrip(" *").endswith(":"):
        return None
    at = _letter_lead(line)
    if at is None:
        return None
    sub = parse_subject(reg, text, folded, b.start + at, b.end, strict=True)
    if sub is None:
        return None
    hits = []
    for h in sub.agencies:
        if not h.registered:
            # "đề nghị các chủ đầu tư tập trung thực hiện các nội dung sau:": a body the registry lacks ends at its verb
            verb = reg.verb_at_or_after(text, folded, h.start, h.end)
            name = text[h.start:verb if verb is not None else h.end].strip(" ,;")
            if not name or len(name.split()) > 8:
                return None
            h = replace(h, end=h.start + len(name), written=name)
        hits.append(h)
    return replace(sub, agencies=tuple(hits), inline_start=None, inline_end=None)


#: "Điều 2. Giao Sở Công Thương chủ trì, ...": a decision's own article that gives a task (markup around the label).
_GIVING_ARTICLE = re.compile(r"[\s*_]*Điều\s+(?P<n>\d{1,3}[a-z]?)\s*[.:][\s*_]*(?=Giao\s)")


def article_tasks(reg: AgencyRegistry, text: str, folded: str, preamble: list[Block]) -> list[TaskHit]:
    """The tasks a decision's own articles give before the text it carries ("Điều 2. Giao Sở Công Thương chủ trì,
    phối hợp với ... triển khai thực hiện Kế hoạch này."): those articles stand before the attached plan's body."""
    out: list[TaskHit] = []
    article = None   # the number of the decision's article whose clauses follow
    for b in preamble:
        if b.kind == ARTICLE:
            article = b.label
        if b.kind == NUMBERED and article is not None:
            # "Điều 2. Tổ chức thực hiện | 1. Giao Sở Công Thương tổ chức triển khai ... | 3. Tổ chức quản lý chợ căn cứ
            # ...": a clause of the article that names its body is that body's task
            sub = parse_subject(reg, text, folded, b.rest_start, b.end, strict=True, titles=True)
            if sub is not None and sub.inline_start is not None and all(h.registered for h in sub.agencies):
                s, e = sub.inline_start, sub.inline_end
                partners = find_partners(reg, text, folded, s, e, sub.agencies)
                out.append(TaskHit(sub.agencies, role_of(text[s:e]), sub.requested, partners, s, e, f"Điều {article}"))
            continue
        if b.kind not in (ARTICLE, PARAGRAPH):
            continue
        m = _GIVING_ARTICLE.match(text, b.start, b.end)
        if m is None:
            continue
        sub = parse_subject(reg, text, folded, m.end(), b.end, strict=True)
        if sub is None or sub.inline_start is None or not any(h.registered for h in sub.agencies):
            continue
        s, e = sub.inline_start, sub.inline_end
        partners = find_partners(reg, text, folded, s, e, sub.agencies)
        out.append(TaskHit(sub.agencies, role_of(text[s:e]), sub.requested, partners, s, e, f"Điều {m.group('n')}"))
    return out


# ------------------------------------------------------------ plain letters

#: "đề nghị" / "yêu cầu" that asks the bodies after it ("Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường ...",
#: ", đề nghị bộ, ngành, địa phương ..."); "đề nghị của" / "theo yêu cầu" name no assignee.
_LETTER_LEAD = re.compile(r"(?:(?<=\s)|^)(?:[Kk]ính\s+)?(?:[Đđ]ề nghị|[Yy]êu cầu)\s+(?!của\b|tại\b|về\b)")
_CLAUSE_BREAK = re.compile(r"[,;.:]\s")
#: An answer's advice to apply the law ("đề nghị Công ty căn cứ quy định tại ... để thực hiện"): no task.
_APPLY_THE_LAW = re.compile(r"\s*(?:nghiên cứu,?\s+)?căn cứ\s+(?:vào\s+)?(?:các\s+)?(?:quy định|Điều|khoản|điểm|Luật|Bộ luật|"
                            r"Nghị định|Thông tư|văn bản|hướng dẫn)\b", re.I)

#: An answer's advice to read the law it cites ("đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số ..."): no task.
_STUDY_THE_LAW = re.compile(r"\s*nghiên cứu,?\s+(?:các\s+)?(?:quy định|văn bản)\s+(?:tại|của|nêu|dẫn)\b", re.I)

#: Where a sentence or clause starts inside a paragraph or an item's text: after "." or ";" and a space, before a capital.
_NEXT_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")
@dataclass(frozen=True)
class LetterVoice:
    """The writer's own voice in a letter (data/letter_phrases.yaml), each matched right after a body's name."""
    self_statement: re.Pattern    # what the letter itself does: "Bộ Tài chính gửi kèm …", "… trân trọng đề nghị …"
    reported: re.Pattern          # what a body did: "Bộ Nội vụ đã có Văn bản …", "Sở Y tế vừa nhận được …"
    generic_request: re.Pattern   # a request for carrying out only: "quan tâm, chỉ đạo triển khai thực hiện./."
    advice: re.Pattern            # advice to apply the law: "nghiên cứu quy định ... để thực hiện."
    advice_purpose: re.Pattern    # the purpose closing it: "để thực hiện đúng quy định."
    courtesy: re.Pattern          # the closing courtesy: "Trân trọng cảm ơn sự phối hợp của Quý Ủy ban./."
    own_act: re.Pattern           # the writer's own decision opening an item: "Thống nhất việc giải thể ..."
    power: re.Pattern             # a power, not a task: "Thủ trưởng Tổ chức quản lý chợ được quyền: ..."
    own_recipients: re.Pattern    # a "Nơi nhận" entry that is no addressee: "Như trên", "Lưu: VT", "Ban Giám đốc Sở"
    recipient_purposes: re.Pattern  # one sent for information: "UBND tỉnh (báo cáo)", "Phòng QLNL (để phối hợp)"
    note: re.Pattern              # a note opening a paragraph, up to its colon: "** Lưu ý: *…", "*Ghi chú:* …"
    example: re.Pattern           # an example opening a paragraph: "Ví dụ: Sở ... có địa chỉ ..."
    quota: re.Pattern             # an award quota: "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân"
    quota_verb: re.Pattern
    quota_unit: re.Pattern
    document_noun: re.Pattern     # a document opening the sentence, before its "đề nghị": "Hồ sơ trình, đề nghị …"


@lru_cache(maxsize=1)
def letter_voice() -> LetterVoice:
    data = read_data("letter_phrases.yaml")
    alt = {k: phrase_alternation(v["phrases"]) for k, v in data.items()}
    return LetterVoice(
        self_statement=re.compile(rf"\s*(?:{alt['self_statement']})\b", re.I),
        reported=re.compile(rf"\s*(?:{alt['reported']})\b", re.I),
        generic_request=re.compile(rf"^(?:\s|,|{alt['generic_request']})*\s*\.?/\.\s*$", re.I),
        advice=re.compile(rf"\s*(?:{alt['advice']})\b[^.]{{0,400}}?\s+để\s+(?:{alt['advice_purpose']})\s*(?:[.;]|và\s)", re.I),
        advice_purpose=re.compile(rf"\s*để\s+(?:{alt['advice_purpose']})\s*(?:[.;]|và\s)", re.I),
        courtesy=re.compile(rf"[\s*_]*(?:{alt['courtesy']})\b", re.I),
        own_act=re.compile(rf"\s*(?:{alt['own_act']})\b", re.I),
        power=re.compile(rf"\s*(?:{alt['power']})\b", re.I),
        own_recipients=re.compile(rf"[\s\-–+•*]*(?:{alt['own_recipients']})(?![\w])", re.I),
        recipient_purposes=re.compile(rf"[^(\n]*\(\s*(?:{alt['recipient_purposes']})(?![\w])[^)]*\)", re.I),
        note=re.compile(rf"[\s*_]*(?:{alt['note']})[\s*_]*:", re.I),
        example=re.compile(rf"[\s*_]*(?:{alt['example']})[\s*_]*:", re.I),
        quota=re.compile(rf"\s*(?:mỗi(?:\s+[^\s,;:]+){{1,3}}?\s+)?(?:(?:{alt['quota_verb']})\s+)?(?:{alt['quota']})\s+"
                         rf"\d+\s+(?:{alt['quota_unit']})\b", re.I),
        quota_verb=re.compile(rf"\s*(?:{alt['quota_verb']})\b", re.I),
        quota_unit=re.compile(rf"\s*(?:{alt['quota_unit']})\b", re.I),
        document_noun=re.compile(rf"\s*(?:{alt['document_noun']})\b", re.I),
    )


def _letter_lead(line: str) -> int | None:
    """Where the request of a letter's paragraph starts: "đề nghị" after the issuer's name or a clause break (not a
    reference to an earlier letter's request: "Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ... đề nghị ...")."""
    for m in _LETTER_LEAD.finditer(line):
        cut = 0
        for c in _CLAUSE_BREAK.finditer(line, 0, m.start()):
            cut = c.end()
        # an aside in parentheses reports nothing ("Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị")
        clause = re.sub(r"\([^()]*\)", " ", line[cut:m.start()])
        if any(ch.isdigit() for ch in clause) or len(clause.split()) > 10 or re.search(r"\b(?:đã|theo|Theo)\b", clause):
            continue
        return m.start()
    return None


def _closing_line(line: str) -> bool:
    """ "Trên đây là …", "Trong quá trình thực hiện, nếu có vướng mắc …". A paragraph that only ends the letter ("./.")
    is read like any other: a one-paragraph letter's request ends so ("Giao Sở Tài chính chủ trì, …, báo cáo Ủy ban
    nhân dân tỉnh trước ngày 10/12/2025./."); what asks for nothing but carrying out ("… để biết, thực hiện./.",
    "Đề nghị … quan tâm thực hiện./.") is the writer's own voice or a generic request."""
    s = line.strip(" *|")
    return bool(P.CLOSING_FORMULA.match(s)) or "vướng mắc" in s[:80]


#: "Kính gửi:" that opens a letter's list of addressees.
_TO = re.compile(r"[\s*|]*Kính gửi[\s*]*:[\s*]*")


def letter_addressees(reg: AgencyRegistry, text: str, folded: str, preamble: list[Block]) -> tuple[AgencyHit, ...]:
    """The bodies a letter's "Kính gửi:" line and the "- ...;" lines under it name, resolved by the registry ("Chủ tịch
    Ủy ban nhân dân các tỉnh: ..." is the provinces' committees) or kept as written ("Công ty TNHH ...")."""
    from .blocks import BULLET

    k = next((i for i, b in enumerate(preamble) if _TO.match(text, b.start)), None)
    if k is None:
        return ()
    spans = []
    first = preamble[k]
    at = _TO.match(text, first.start).end()
    if at < first.end:
        spans.append((at, first.end))
    for b in preamble[k + 1:]:
        line = text[b.start:b.end].strip(" *|")
        if b.kind != BULLET and not (line and len(line) < 160 and line.endswith((";", "."))):
            break
        spans.append((b.rest_start, b.end))
    hits: list[AgencyHit] = []
    for s, e in spans:
        name = text[s:e].strip(" *|;.,")
        if not name or len(name) > 160:
            continue
        s = text.index(name, s)
        h = reg.match_at(text, folded, s, titles=True)
        if h is not None and h.registered:
            hits.append(h)
        elif name[:1].isupper() and not re.search(r"\d{3,}", name):
            hits.append(AgencyHit(s, s + len(name), None, " ".join(name.split())))
    return tuple(hits)


def _addressed_request(reg: AgencyRegistry, text: str, folded: str, at: int, end: int,
                       addressees: tuple[AgencyHit, ...]) -> Subject | None:
    """A request that names no body of its own, made to the letter's addressees: "đề nghị Quý Ủy ban chỉ đạo ...",
    "Đề nghị các đồng chí quan tâm ...", "Đề nghị khẩn trương triển khai ..." (`at`: after "đề nghị")."""
    if not addressees:
        return None
    while at < end and text[at] in " *":
        at += 1
    ref = reg.addressee_ref(folded, at)
    if ref is not None:
        at = ref
        while at < end and text[at] in " ,":
            at += 1
    elif not reg.verb_at(text, folded, at):
        return None
    if not text[at:at + 1].islower():
        return None
    return Subject(addressees, True, at, end, _intro_role(text[at:end]))


def _own_sentences(reg: AgencyRegistry, text: str, folded: str, s: int, e: int, *,
                   clause: bool = False) -> list[tuple[int, Subject]]:
    """Sentences or clauses inside a task's text [s, e) that open with a subject of their own: registered bodies and
    what they are to do ("... giám sát định kỳ. Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ ... tham mưu ...",
    "... đúng thời hạn. Giao Sở Nội vụ theo dõi ..."): (where the sentence starts, its subject). Not a body named inside
    a sentence, a report of what a body did or does ("Bộ X đã ..."), or what the issuer does.
    `clause` (a notice's topic item, "9. Về ...: đề nghị các Tập đoàn ...; Bộ Khoa học và Công nghệ hướng dẫn ..."): also
    the body after a sentence's leading clause (". Để xác định ..., Ủy ban nhân dân tỉnh phối hợp ..."), but not a
    partner list that goes on past a semicolon nor bodies with no verb after them. (Elsewhere those two checks would
    cost real tasks: "Chủ trì, phối hợp các sở, ban ngành tỉnh; Ủy ban nhân dân các xã, phường và các đơn vị có liên
    quan đến ... có trách nhiệm: ...".)"""
    found = []
    voice = letter_voice()
    for m in _NEXT_SENTENCE.finditer(text, s, e):
        at = m.end()
        if clause and text[m.start() - 1] == ";":
            since = max(text.rfind(".", s, m.start() - 1), text.rfind(":", s, m.start() - 1), s)
            if P.COORDINATE.search(text, since, m.start()):
                continue   # "Chủ trì phối hợp với Ban ..., các tổ chức đoàn thể; Ủy ban nhân dân cấp xã tuyên truyền":
                           # the partner list goes on past the semicolon
        sub = parse_subject(reg, text, folded, at, e, strict=True, clause=clause)
        if sub is None or sub.inline_start is None or not sub.agencies or not all(h.registered for h in sub.agencies):
            continue
        lead = text[at:sub.agencies[0].start]
        if not clause and (len(lead.split()) > 2 or re.search(r"[,;:]", lead)):
            continue   # a body named inside the sentence
        verb_at = sub.agencies[-1].end
        if clause and not reg.verb_at(text, folded, max(sub.inline_start, verb_at)):
            continue   # "...; Ủy ban nhân dân cấp xã (sau đây gọi tắt là ...)": the list goes on, no new subject
        if any(rx.match(text, k) for rx in (voice.reported, voice.self_statement, P.REPORTED_VERB)
               for k in (sub.inline_start, verb_at)) or _APPLY_THE_LAW.match(text, sub.inline_start):
            continue
        found.append((at, sub))
    return found


def find_letter_assignments(text: str, folded: str, body: list[Block], reg: AgencyRegistry,
                            addressees: tuple[AgencyHit, ...] = ()) -> list[TaskHit]:
    """Tasks of a letter without numbered items: a paragraph "<issuer> đề nghị X ... Cụ thể:" names X, the bullets
    after it are X's tasks; a paragraph "Đề nghị X <task>." is X's task, and one that names no X is the `addressees`'
    task; other paragraphs end the request."""
    from .blocks import BULLET

    tasks: list[TaskHit] = []
    cur: Subject | None = None

    def emit(subj: Subject, s: int, e: int) -> None:
        if not any(c.isalpha() for c in text[s:e]):
            return
        partners = find_partners(reg, text, folded, s, e, subj.agencies)
        tasks.append(TaskHit(subj.agencies, subject_role(text, subj, s, e), subj.requested, partners, s, e, ""))

    for b in body:
        line = text[b.start:b.end]
        if b.kind == BULLET:
            if cur is not None:
                emit(cur, b.rest_start, b.end)
                continue
            sub = parse_subject(reg, text, folded, b.rest_start, b.end, strict=True)
            if sub and sub.inline_start is not None:
                emit(sub, sub.inline_start, sub.inline_end)
            continue
        cur = None
        if b.kind == TABLE_ROW or _closing_line(line):
            continue
        at = _letter_lead(line)
        if at is None:
            # "... Phó Thủ tướng Chính phủ có ý kiến như sau:\nBộ Khoa học và Công nghệ chủ trì, phối hợp ...": a
            # paragraph that opens with a registered body and what it is to do (the opinions a letter conveys) is that
            # body's task, not one that says what it did ("Bộ X đã có văn bản ...") or what the letter does; also a
            # sentence that does so inside a paragraph the copy glued to the one before ("... trước ngày 03 tháng 12
            # năm 2025. Ủy ban nhân dân các tỉnh: Ninh Bình, ... đẩy nhanh ...")
            found = []
            for at2 in [b.start, *(b.start + m.end() for m in _NEXT_SENTENCE.finditer(line))]:
                sub = parse_subject(reg, text, folded, at2, b.end, strict=True, titles=True)
                opening = False
                if sub is None and P.SUBJECT_PREFIX_OPENER.match(text, at2):
                    # "Trên cơ sở Báo cáo số 1052/BC-CP ... của Văn phòng Quốc hội, Bộ Xây dựng làm việc với ...": the
                    # body after the sentence's opening clause
                    after = _subject_after_clause(reg, text[at2:b.end], folded[at2:b.end], 0, plain=True)
                    if after is not None and not after[1]:
                        sub = parse_subject(reg, text, folded, at2 + after[0], b.end, strict=True, titles=True)
                        opening = True
                if sub is None or sub.inline_start is None or not all(h.registered for h in sub.agencies):
                    continue
                lead = "" if opening else text[at2:sub.agencies[0].start]
                if (len(lead.split()) > 4 or re.search(r"[,;:]", lead) or _APPLY_THE_LAW.match(text, sub.inline_start)
                        or letter_voice().advice.match(text, sub.inline_start)
                        or letter_voice().reported.match(text, sub.inline_start) or letter_voice().self_statement.match(text, sub.inline_start)
                        or P.REPORTED_VERB.match(text, sub.inline_start)):
                    continue   # a body named inside the sentence ("Thực hiện ..., Bộ Nội vụ đã có ..."), or a report
                found.append((at2, sub))
            for k, (at2, sub) in enumerate(found):
                stop = found[k + 1][0] if k + 1 < len(found) else sub.inline_end
                if stop == b.end and line.rstrip(" *").endswith(":"):
                    cur = sub
                else:
                    emit(sub, sub.inline_start, stop)
            continue
        sub = parse_subject(reg, text, folded, b.start + at, b.end, strict=True)
        if not sub:
            lead = _LETTER_LEAD.match(text, b.start + at)
            sub = _addressed_request(reg, text, folded, lead.end() if lead else b.start + at, b.end, addressees)
        if not sub:
            continue
        if line.rstrip(" *").endswith(":"):
            cur = sub      # "... Cụ thể:", "... như sau:": the bullets after it
        elif (sub.inline_start is not None and not _APPLY_THE_LAW.match(text, sub.inline_start)
              and not letter_voice().advice.match(text, sub.inline_start)
              and not letter_voice().generic_request.match(text[sub.inline_start:sub.inline_end])):
            emit(sub, sub.inline_start, sub.inline_end)
    return tasks
