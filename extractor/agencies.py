"""Agency recognition: find the name of a body at a position and resolve it.

`AgencyRegistry.match_at(text, folded, pos)` returns the longest agency
mention starting at `pos` (registry spellings, with `{province}` forms), or
None. `parse_agency_list` reads a list of agencies ("Sở Y tế, Sở Công thương;
UBND các huyện, thành phố", "các sở: Công Thương, Y tế, Tài chính").
Matching runs on the folded text (same offsets as the original), so old and
new tone placement, case and dash variants all match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from . import patterns as P
from .lexicon import Agency, Lexicon, load_lexicon, read_data
from .vntext import fold, squash, strip_marks

#: Characters allowed between two words of an agency name: "Lao động - Thương binh", "LĐ-TB&XH", "Văn hóa, Thể thao".
_WORD_GAP = r"[\s,\-&.]*\s*"
_PROVINCE = "{province}"
_COMMUNES = "{communes}"


@dataclass(frozen=True)
class AgencyHit:
    start: int
    end: int
    agency: Agency | None          # None: not in the registry
    written: str                   # as printed in the text
    numbered: str | None = None    # the unit's number after a registered name: "khu vực" + "14", "XII"
    city: bool = False             # in a plan of a centrally-run city: "Công an thành phố", not "Công an tỉnh"
    refers_to: str | None = None   # the unregistered body a short name or addressee word stands for (references.py)

    @property
    def name(self) -> str:
        if self.agency is None:
            return self.refers_to or self.written
        name = self.agency.name
        if self.city and self.agency.level == "province" and name.endswith(" tỉnh"):
            name = name[:-len("tỉnh")] + "thành phố"
        return f"{name} {self.numbered}" if self.numbered else name

    @property
    def registered(self) -> bool:
        return self.agency is not None


def _trie_regex(words: list[str], gap: str = r"\s+") -> str:
    """An alternation of `words` factored by common prefixes (one character test per step instead of one per word,
    and a shorter pattern to compile); a space matches `gap`."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if ch == "":
                continue
            alts.append((gap if ch == " " else re.escape(ch)) + build(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _unit_list(units: list[str], gap: str) -> str:
    """A list of a level's units ("phường, xã và đặc khu", "các xã"): two or more joined by "," or "và", or one or more
    after "các" (one unit alone is one named commune: "UBND xã Tân Hòa"); a slash joins two too ("các xã/phường")."""
    unit = "(?:" + "|".join(gap.join(map(re.escape, squash(u).split())) for u in sorted(units, key=len, reverse=True)) + ")"
    sep = r"(?:\s*[,/]\s*|\s+)(?:và\s+)?"
    return rf"(?:các\s+{unit}(?:{sep}{unit}){{0,4}}|{unit}(?:{sep}{unit}){{1,4}})(?![\w])"


def _spelling_regex(spelling: str, province_alt: str, communes_alt: str) -> str:
    words = squash(spelling.replace(_PROVINCE, " PROVINCEPLACEHOLDER ").replace(_COMMUNES, " COMMUNESPLACEHOLDER ")).split()
    alt = {"provinceplaceholder": province_alt, "communesplaceholder": communes_alt}
    parts = [alt.get(w) or re.escape(w) for w in words]
    return _WORD_GAP.join(parts)


def _placeholder_key(spelling: str) -> str:
    """A spelling's lookup key, its placeholders kept as written: "ủy ban nhân dân {communes}"."""
    key = squash(spelling.replace(_PROVINCE, " xprovincex ").replace(_COMMUNES, " xcommunesx "))
    return key.replace("xprovincex", _PROVINCE).replace("xcommunesx", _COMMUNES)


class AgencyRegistry:
    """The agency lexicon compiled for matching (build once via `default_registry()`)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.agencies = lexicon.agencies
        provinces = [squash(n) for n in lexicon.province_names()]
        province_alt = _trie_regex(sorted(set(provinces)), _WORD_GAP)
        self._province_key = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in provinces) + r")\b")
        #: Province names in folded text, for `document_folded`; forms that are also words of an agency's name
        #: ("Hồ Chí Minh" in "Đoàn TNCS Hồ Chí Minh") count only after "tỉnh" / "thành phố" / "TP".
        self._province_of_form = {" ".join(k.split()): p for k, p in lexicon.province_by_form().items()}
        forms = sorted(self._province_of_form, key=len, reverse=True)
        self._province_word = re.compile(_trie_regex(forms) + r"(?![\w])")
        spelled = " " + " | ".join(squash(x) for a in self.agencies for x in (a.name, *a.spellings)) + " "
        self._bare_ambiguous = {f for f in forms if f" {squash(f)} " in spelled}
        #: Centrally-run cities (thành phố trực thuộc trung ương) and their written forms, folded.
        self._cities = {p.name for p in lexicon.provinces if p.kind == "thành phố" and not p.until}
        self._city_forms = sorted(
            (fold(n) for p in lexicon.provinces if p.name in self._cities for n in (p.name, *p.spellings)),
            key=len, reverse=True,
        )
        city_alt = "(?:" + "|".join(_WORD_GAP.join(map(re.escape, squash(f).split())) for f in self._city_forms) + ")"
        #: A province after a name: "Sở Y tế tỉnh Thái Bình", "Công an thành phố Hải Phòng". "thành phố X" only for a
        #: centrally-run city: "Công an thành phố Thái Bình" is the police of a district-level city, not of the province.
        self._province_suffix = re.compile(
            r"\s+(?:(?:tỉnh\s+)?" + province_alt + r"|thành\s+phố\s+" + city_alt + r")(?![\w])"
        )
        heads_data = read_data("agency_heads.yaml") or {}
        units = heads_data.get("commune_units") or ["xã"]
        communes_alt = _unit_list(units, _WORD_GAP)
        #: a commune-level list in a lookup key ("phường xã và đặc khu", squashed): read as "{communes}"
        self._communes_key = re.compile(r"(?<![\w])" + _unit_list(units, " "))
        self._by_key: dict[str, Agency] = {}
        by_first: dict[str, list[tuple[int, str]]] = {}
        for a in self.agencies:
            for s in (a.name, *a.spellings):
                key = _placeholder_key(s)
                self._by_key.setdefault(key, a)
                rx = _spelling_regex(s, province_alt, communes_alt)
                first = key[0]
                # a "{communes}" form is tried before the literal lists it covers ("UBND các xã, phường" would stop
                # before "và đặc khu")
                by_first.setdefault(first, []).append((len(key) + (100 if _COMMUNES in key else 0), rx))
        self._first: dict[str, re.Pattern] = {}
        for ch, items in by_first.items():
            items.sort(key=lambda t: -t[0])
            self._first[ch] = re.compile("(?:" + "|".join(rx for _, rx in items) + r")(?![\w])")
        titles = heads_data.get("titles") or []
        self._title = re.compile(
            r"(?:" + "|".join(re.escape(fold(t)) for t in sorted(titles, key=len, reverse=True)) + r")\s+(?=\S)"
        ) if titles else None
        vague = [fold(w) for w in (heads_data.get("vague_nouns") or [])]
        noun = "(?:" + "|".join(re.escape(w) for w in sorted(vague, key=len, reverse=True)) + ")"
        self._vague_tail = re.compile(
            r"(?:các\s+)?" + noun + r"(?:\s*,\s*(?:các\s+)?" + noun + r"){0,5}\s+(?:có\s+)?(?:liên\s+quan|khác)(?![\w])"
        ) if vague else None
        # a bare vague noun as one item of a list of groups: "các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội"
        self._vague_item = re.compile(r"(?:các\s+)?" + noun + r"\s*,\s*") if vague else None
        self._not_heads = tuple(fold(h) for h in (heads_data.get("not_heads") or []))
        refs = sorted((fold(r) for r in heads_data.get("addressee_refs") or []), key=len, reverse=True)
        self._addressee_ref = re.compile(r"(?:" + "|".join(re.escape(r) for r in refs) + r")(?![\w])") if refs else None
        holder_titles = sorted((fold(t) for t in heads_data.get("holder_titles") or []), key=len, reverse=True)
        self._holder_title = re.compile(r"(?:" + "|".join(map(re.escape, holder_titles)) + r")\s+(?=\S)") \
            if holder_titles else None
        self._not_holders = tuple(fold(h) for h in (heads_data.get("not_holders") or []))
        self._heads = sorted((fold(h) for h in lexicon.agency_heads), key=len, reverse=True)
        self._verbs = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(fold(v)) for v in sorted(lexicon.task_verbs, key=len, reverse=True)) + r")(?![\w])"
        )
        #: without diacritics, for names typed without them ("so y te"): a last resort in `lookup`
        self._by_plain: dict[str, Agency] = {}
        for key, a in self._by_key.items():
            self._by_plain.setdefault(strip_marks(key), a)
        self._names = [a.name for a in self.agencies]
        self._name_keys = [squash(a.name) for a in self.agencies]

    # -------------------------------------------------------------- lookup
    def lookup(self, written: str) -> Agency | None:
        """Resolve a written name to a registry entry: exact key, then province form, then fuzzy."""
        key = squash(written)
        if not key:
            return None
        a = self._by_key.get(key) or self._by_key.get(self._communes_key.sub(_COMMUNES, key))
        if a:
            return a
        pkey = self._province_key.sub(_PROVINCE, key)
        a = self._by_key.get(pkey) or self._by_key.get(pkey.replace("tỉnh " + _PROVINCE, _PROVINCE))
        if a:
            return a
        stripped = re.sub(r"\s+(?:tỉnh\s+)?\{province\}$", " tỉnh", pkey)
        a = self._by_key.get(stripped)
        if a:
            return a
        # "Sở Công Thương tỉnh Lào Cai" (an issuer as its header and place give it): a department's name has no "tỉnh"
        a = self._by_key.get(re.sub(r"\s+(?:tỉnh|thành phố)\s+\{province\}$", "", pkey))
        if a and a.type == "department":
            return a
        if self._title is not None:
            t = self._title.match(key)
            if t is not None:  # "Chủ tịch UBND cấp xã": the body the office holder heads
                a = self.lookup(key[t.end():])
                if a:
                    return a
        best = process.extractOne(key, self._name_keys, scorer=fuzz.ratio, score_cutoff=93)
        if best:
            return self.agencies[best[2]]
        return self._by_plain.get(strip_marks(key))

    def canonical(self, written: str) -> str:
        a = self.lookup(written)
        return a.name if a else canonical_unregistered(written, self._province_key)

    # ------------------------------------------------------- document context
    def is_city(self, province: str | None) -> bool:
        """Whether `province` (the issuer's, from the metadata) is a centrally-run city (Hà Nội, TP Hồ Chí Minh ...)."""
        return bool(province) and province in self._cities

    def document_folded(self, text: str, folded: str, province: str | None) -> str:
        """The folded text to match agencies in, for a document issued in `province`.

        Other provinces' names are left as printed (not folded: the registry's "{province}" forms match only the
        issuer's own province), so "Sở Y tế tỉnh Hà Tĩnh" in a Nghệ An plan, or "Ban Quản lý Khu kinh tế Phú Yên" in
        a Đắk Lắk one after the 2025 merger, keep their names instead of becoming "Sở Y tế", "... tỉnh".

        In a centrally-run city the city's own bodies are written "Công an thành phố", "Ủy ban nhân dân Thành phố",
        "Các sở, ban, ngành thành phố", "Thành ủy", "Thành đoàn": the same bodies as "Công an tỉnh", "Tỉnh ủy" ... of a
        province. There "thành phố" is rewritten "tỉnh" (padded with spaces to keep every offset), so the registry's
        provincial spellings match; elsewhere "thành phố X" is a district-level city and the text is left alone.
        Not rewritten: lists of localities ("UBND các quận, huyện, thành phố") and other cities ("thành phố Thủ Đức").
        """
        if not province:
            return self._named_cities(text, folded)
        out = list(folded)
        for m in self._province_word.finditer(folded):
            if m.start() and folded[m.start() - 1].isalnum():
                continue
            p = self._province_of_form.get(" ".join(m.group(0).split()))
            if p is None or p.name == province:
                continue
            if " ".join(m.group(0).split()) in self._bare_ambiguous and not _PLACE_WORD_BEFORE.search(
                    folded, max(0, m.start() - 12), m.start()):
                continue
            # another province's body ("Ban Quản lý Khu kinh tế Phú Yên" in Đắk Lắk): keep its name as printed
            out[m.start():m.end()] = text[m.start():m.end()]
        if not self.is_city(province):
            return "".join(out)
        for m in _CITY_WORD.finditer(folded):
            if not self._city_word_is_own(text, folded, m):
                continue
            new = _CITY_REWRITE[m.group(0)]
            out[m.start():m.end()] = new
        return "".join(out)

    def _named_cities(self, text: str, folded: str) -> str:
        """In a central document (no province of its own), a centrally-run city named in full ("Ủy ban nhân dân Thành
        phố Hồ Chí Minh", "UBND thành phố Hà Nội") is read as a province ("tỉnh", padded), so the registry's
        provincial spellings match it; `city_named` then gives its body the city's name."""
        out = None
        for m in _CITY_WORD.finditer(folded):
            if m.group(0) != "thành phố" or _LOCALITY_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
                continue
            j = m.end()
            while j < len(text) and text[j] in " \t":
                j += 1
            rest = folded[j:j + 24]
            if j < len(text) and text[j].isupper() and any(
                    rest.startswith(f) and not rest[len(f):len(f) + 1].isalnum() for f in self._city_forms):
                out = out or list(folded)
                out[m.start():m.end()] = _CITY_REWRITE[m.group(0)]
        return "".join(out) if out else folded

    def city_named(self, tasks: list) -> list:
        """`tasks` (TaskHit) whose provincial bodies are written with a centrally-run city's name ("Ủy ban nhân dân
        Thành phố Hồ Chí Minh" in a Government Office notice): named as the city's ("Ủy ban nhân dân thành phố")."""
        from dataclasses import replace

        def named(hits: tuple) -> tuple:
            return tuple(replace(h, city=True) if h.agency is not None and h.agency.level == "province"
                         and _CITY_IN_NAME.search(fold(h.written)) else h for h in hits)

        return [replace(t, agencies=named(t.agencies), partners=named(t.partners)) for t in tasks]

    def _city_word_is_own(self, text: str, folded: str, m: re.Match) -> bool:
        if m.group(0) == "thành phố" and _LOCALITY_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            return False
        j = m.end()
        while j < len(text) and text[j] in " \t":
            j += 1
        if j < len(text) and text[j].isupper():
            rest = folded[j:j + 24]
            return any(rest.startswith(f) and not rest[len(f):len(f) + 1].isalnum() for f in self._city_forms)
        return True

    def at_central_level(self, tasks: list) -> list:
        """`tasks` (TaskHit) of a central document, their bodies read at that level: "Ủy ban nhân dân cấp tỉnh" in a
        decree is every province's ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", the registry's
        `in_central` spellings); a province's own document keeps it as its own."""
        from dataclasses import replace

        lifted = {squash(s): a for a in self.agencies for s in a.in_central}
        if not lifted:
            return tasks

        def lift(hits: tuple) -> tuple:
            return tuple(replace(h, agency=lifted[squash(h.written)]) if squash(h.written) in lifted else h
                         for h in hits)

        return [replace(t, agencies=lift(t.agencies), partners=lift(t.partners)) for t in tasks]

    def in_city(self, tasks: list, province: str | None) -> list:
        """`tasks` (TaskHit) with their agencies named as a centrally-run city's ("Công an thành phố", "Các sở, ban,
        ngành thành phố", ANNOTATING), when `province` is one; unchanged otherwise."""
        if not self.is_city(province):
            return tasks
        from dataclasses import replace

        def city(hits: tuple) -> tuple:
            return tuple(replace(h, city=True) for h in hits)

        return [replace(t, agencies=city(t.agencies), partners=city(t.partners)) for t in tasks]

    # ------------------------------------------------------------- matching
    def match_at(self, text: str, folded: str, pos: int, prefix: str = "", *, titles: bool = False) -> AgencyHit | None:
        """The longest registry agency whose name starts exactly at `pos`. With `titles`, an office holder's title
        before a registered body ("Giám đốc Sở Y tế", "Bộ trưởng Bộ Công an") names that body; off by default, since
        a bullet "- Chủ tịch UBND huyện chịu trách nhiệm ..." under its body's heading is a task, not a new subject."""
        hit = self._match_name(text, folded, pos, prefix)
        if prefix or not titles or self._title is None:
            return hit
        t = self._title.match(folded, pos)
        if t is None or pos >= len(text) or not text[pos].isupper():
            return hit
        inner = self._match_name(text, folded, t.end(), "")
        if inner is None or not inner.registered or (hit is not None and hit.end > inner.end):
            return hit
        return AgencyHit(pos, inner.end, inner.agency, text[pos:inner.end])

    def title_end(self, text: str, folded: str, pos: int) -> int | None:
        """Where an office holder's title written at `pos` ends (data/agency_heads.yaml `titles`): "Giám đốc ",
        "Bộ trưởng ", "Người đứng đầu "; a title opens with a capital ("người đứng đầu" also in lower case)."""
        if self._title is None or pos >= len(text) or not (text[pos].isupper() or folded.startswith("người đứng đầu", pos)):
            return None
        t = self._title.match(folded, pos)
        return t.end() if t else None

    def _match_name(self, text: str, folded: str, pos: int, prefix: str = "") -> AgencyHit | None:
        if pos >= len(folded):
            return None
        if not prefix:
            # inside a word rewritten by `document_folded` (" tỉnh ủy" for "Thành ủy"): start at the word
            while pos > 0 and folded[pos - 1] == " " and not text[pos - 1].isspace():
                pos -= 1
        probe = fold(prefix) + folded[pos:pos + 160] if prefix else folded
        at = 0 if prefix else pos
        if not prefix and probe[at] == " " and not text[pos].isspace():
            # a word rewritten by `document_folded` (" tỉnh ủy" for "Thành ủy")
            while at < len(probe) and probe[at] == " ":
                at += 1
            if at >= len(probe):
                return None
        rx = self._first.get(probe[at])
        if rx is None:
            return None
        m = rx.match(probe, at)
        if not m:
            return None
        end = pos + (m.end() - len(prefix)) if prefix else m.end()
        if end <= pos:
            return None
        written = text[pos:end]
        seen = probe[at:m.end()]
        if not prefix and (at != pos or ("  " in seen and "  " not in written)):
            # matched in text rewritten by `document_folded`: resolve what was matched ("công an      tỉnh")
            agency = self.lookup(seen)
        else:
            agency = self.lookup(prefix + written) or self.lookup(written)
        if agency is None:
            return None
        more = self._name_goes_on(text, folded, end)
        if more > end:
            tail = text[end:more].strip()
            if _UNIT_NUMBER.fullmatch(tail):
                # "Ngân hàng Nhà nước chi nhánh Khu vực 14", "Chi cục Hải quan khu vực V", "Thuế cơ sở 3"; other names
                # followed by a number are in a table or a sentence ("Văn phòng UBND tỉnh | 04 giờ")
                if _NUMBERED_UNIT.search(folded, pos, end):
                    return AgencyHit(pos, more, agency, text[pos:more], tail)
                return AgencyHit(pos, end, agency, prefix + written if prefix else written)
            return AgencyHit(pos, more, None, " ".join(text[pos:more].split()))
        return AgencyHit(pos, end, agency, prefix + written if prefix else written)

    def _name_goes_on(self, text: str, folded: str, end: int) -> int:
        """Where a name matched up to `end` really ends, when it goes on with a proper name: "Ban Quản lý Khu kinh tế
        Đông Nam", "Công an xã Tân Hòa", "Công an thành phố Thái Bình" (a district-level city), or another
        province's name left unfolded by `document_folded`. `end` when it does not (a province of the issuer, a
        separator, a verb, a lower-case word)."""
        j = end
        n = min(len(text), end + 120)
        m = _LOCAL_UNIT.match(folded, j, n)
        k = m.end() if m else j
        if not (k < n and text[k] in " \n"):
            return end
        k += 1
        if m and not text[k:k + 1].isupper():
            return end
        stop = end
        while k < n and (text[k].isupper() or text[k].isdigit()):
            if self._verbs.match(folded, k) or ((not m or m.group("province")) and self._province_word.match(folded, k)):
                break
            if not m and self.starts_with_head(folded, k):
                break   # the next body ("Sở Khoa học và Công nghệ\nSở Công Thương" in a table cell)
            w = k
            while w < n and (text[w].isalnum() or text[w] in "-"):
                w += 1
            stop = w
            if not (w < n and text[w] in " \n"):
                break
            k = w + 1
        return stop

    def province_suffix_end(self, folded: str, pos: int) -> int:
        """Where a province name written right after an agency ends (pos when there is none)."""
        m = self._province_suffix.match(folded, pos)
        return m.end() if m else pos

    def vague_tail(self, folded: str, pos: int) -> int | None:
        """Where a vague group closing a list ends ("các đơn vị có liên quan", "tổ chức, cá nhân liên quan",
        "các cơ quan khác"), or None. Not an agency (ANNOTATING), but part of the subject, not of the task."""
        m = self._vague_tail.match(folded, pos) if self._vague_tail else None
        return m.end() if m else None

    def addressee_ref(self, folded: str, pos: int) -> int | None:
        """Where a word naming the letter's addressees ("Quý cơ quan", "các đồng chí") that starts at `pos` ends."""
        m = self._addressee_ref.match(folded, pos) if self._addressee_ref is not None else None
        return m.end() if m else None

    def vague_item_end(self, folded: str, pos: int) -> int | None:
        """Where a bare vague noun standing as one item of a list ends, with its comma ("đơn vị, " in "các sở, ban,
        ngành, đơn vị, tổ chức chính trị - xã hội"), or None."""
        m = self._vague_item.match(folded, pos) if self._vague_item else None
        return m.end() if m else None

    def head_words(self) -> tuple[str, ...]:
        """The folded words that open the name of a body ("công ty", "sở", "các đơn vị"), longest first."""
        return tuple(self._heads)

    def field_only(self, hit: AgencyHit) -> bool:
        """The hit is a department's field written without the department's head word ("Y tế", "Nông nghiệp và Môi
        trường" for "Sở Y tế", "Sở Nông nghiệp và Môi trường"): a list item after "các sở:", but alone it names a field."""
        if hit.agency is None:
            return False
        written, name = " ".join(fold(hit.written).split()), fold(hit.agency.name)
        return any(name.startswith(h + " ") and name[len(h) + 1:] == written for h in self._heads)

    def starts_with_head(self, folded: str, pos: int) -> bool:
        for h in self._not_heads:
            if folded.startswith(h, pos) and (pos + len(h) >= len(folded) or not folded[pos + len(h)].isalnum()):
                return False
        for h in self._heads:
            if folded.startswith(h, pos) and (pos + len(h) >= len(folded) or not folded[pos + len(h)].isalnum()):
                return True
        return False

    def article_holder(self, written: str) -> tuple[Agency | None, str] | None:
        """The body an article heading "Trách nhiệm của <written>" gives its clauses to, read whole: a registered body
        ("Ủy ban nhân dân cấp xã"), else the name as written ("Văn thư cơ quan", "Cơ quan, tổ chức quản lý trực
        tiếp"), the title of the head that stands for the body left out ("thủ trưởng các đơn vị thuộc Cục Thuế" ->
        "Các đơn vị thuộc Cục Thuế"); None for people who hold no office ("thuê bao", "công chức thuế")."""
        name = " ".join(written.split()).strip(" ,;:.*_")
        a = self.lookup(name) if name else None
        if a is not None:
            return a, name
        f = fold(name)
        t = self._holder_title.match(f) if self._holder_title is not None else None
        if t is not None:
            name, f = name[t.end():], f[t.end():]
        if not name or len(name) > 120 or any(c.isdigit() for c in name):
            return None
        if any(f == h or f.startswith(h + " ") or f.startswith(h + ",") for h in self._not_holders):
            return None
        a = self.lookup(name)
        return (a, name) if a is not None else (None, name[0].upper() + name[1:])

    def verb_at(self, text: str, folded: str, pos: int) -> bool:
        """Whether a task verb written in lower case starts at `pos` (after spaces)."""
        while pos < len(folded) and folded[pos] == " ":
            pos += 1
        return pos < len(text) and text[pos].islower() and self._verbs.match(folded, pos) is not None

    def verb_at_or_after(self, text: str, folded: str, pos: int, limit: int) -> int | None:
        """The first task verb (written in lower case: "Ban Quản lý ..." is a name) in [pos, limit)."""
        for m in self._verbs.finditer(folded, pos, limit):
            if text[m.start()].islower():
                return m.start()
        return None


#: The number of a regional unit: "14", "XII".
_UNIT_NUMBER = re.compile(r"\d{1,3}|[IVXL]{1,6}")

#: A role in apposition after a name: "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo".
_APPOSITION = re.compile(r"\s+[-–]\s+(?:là\s+)?cơ quan (?:thường trực|đầu mối|chủ trì)[^,;:.\n*]*")

#: Names of numbered units: "... khu vực", "Thuế cơ sở".
_NUMBERED_UNIT = re.compile(r"(?:khu vực|cơ sở)\s*$")

#: A centrally-run city's own word inside a written name: "Ủy ban nhân dân Thành phố Hồ Chí Minh".
_CITY_IN_NAME = re.compile(r"(?<![\w])thành phố\s+\w")

#: Local units a name can go on with: "Công an xã Tân Hòa", "UBND thành phố Thái Bình".
_LOCAL_UNIT = re.compile(r"\s(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|(?P<province>tỉnh))(?![\w])")
#: "thành phố" in a list of localities ("UBND các quận, huyện, thành phố", "các tỉnh, thành phố"): not the city itself.
_LOCALITY_BEFORE = re.compile(r"(?<![\w])(?:các|huyện|quận|thị xã|xã|phường|thị trấn|tỉnh)\s*(?:,|/|và|hoặc)?\s*$")
#: Words that make a bare province-like form a place: "tỉnh", "thành phố", "TP".
_PLACE_WORD_BEFORE = re.compile(r"(?:tỉnh|thành phố|tp\.?)\s*$")

#: Words of a centrally-run city's own bodies, and their provincial forms of the same length (offsets are kept).
_CITY_REWRITE = {fold(k): fold(v) for k, v in {"thành phố": "     tỉnh", "thành ủy": " tỉnh ủy", "thành đoàn": " tỉnh đoàn"}.items()}
_CITY_WORD = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, _CITY_REWRITE)) + r")(?![\w])")


def name_end_by_pos(text: str) -> int | None:
    """Where an agency name at the start of `text` ends, by underthesea's POS tags: the first verb written in lower
    case ("Trung tâm Kiểm soát bệnh tật tỉnh | tổ chức xét nghiệm"). Used only for names the registry lacks, on a
    short span (underthesea tags ~15k characters/s)."""
    try:
        from underthesea import pos_tag
    except Exception:  # pragma: no cover - underthesea is a dependency; degrade rather than fail
        return None
    span = text[:160]
    try:
        tags = pos_tag(span)
    except Exception:  # pragma: no cover
        return None
    pos = 0
    for i, (word, tag) in enumerate(tags):
        k = span.find(word, pos)
        if k == -1:
            return None
        if i > 0 and tag == "V" and word[:1].islower():
            return k
        pos = k + len(word)
    return None


def canonical_unregistered(written: str, province_key: re.Pattern | None = None) -> str:
    """The canonical form of a name not in the registry: full words, province name replaced by 'tỉnh'."""
    s = " ".join(written.replace("UBND", "Ủy ban nhân dân").split()).strip(" ,;:.-")
    s = P.TRAILING_PAREN.sub("", s)
    return s


@lru_cache(maxsize=1)
def default_registry() -> AgencyRegistry:
    return AgencyRegistry(load_lexicon())


# ------------------------------------------------------------------ lists

def _skip_paren(text: str, pos: int) -> int:
    """If a parenthetical starts at pos (after spaces), return the position after it (balanced)."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] != "(":
        return pos
    depth = 0
    limit = min(len(text), i + 2000)
    while i < limit:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return pos


_LEVEL = re.compile(r"cấp\s+(?:tỉnh|huyện|xã)(?![\w])")
_LEVEL_AT_END = re.compile(r"\s+(?:cấp\s+)?(?:tỉnh|huyện|xã)\s*$")


def _other_level(reg: AgencyRegistry, text: str, folded: str, pos: int, prev: AgencyHit) -> AgencyHit | None:
    """ "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", "UBND cấp tỉnh, cấp xã": the same body at another level."""
    m = _LEVEL.match(folded, pos)
    if m is None:
        return None
    base = _LEVEL_AT_END.sub("", " ".join(prev.written.split()))
    if base == " ".join(prev.written.split()):
        return None
    written = base + " " + text[pos:m.end()]
    agency = reg.lookup(written)
    return AgencyHit(pos, m.end(), agency, written) if agency else AgencyHit(pos, m.end(), None, written)


#: The head word a shared-head list gives its bare names ("các Bộ: Tài chính" is "Bộ Tài chính"), by its first letter.
_LIST_HEADS = {"s": "Sở ", "b": "Bộ ", "t": "Tập đoàn "}


def parse_agency_list(
    reg: AgencyRegistry, text: str, folded: str, pos: int, *, allow_department_names: bool = False
) -> tuple[list[AgencyHit], int, list[tuple[int, int]]]:
    """Read agencies separated by ',', ';', 'và' from `pos`.

    Returns (hits, end, parentheticals): end is where the list stops; collective groups are
    included (the caller decides whether they count); parentheticals right after an item are
    skipped and returned so the caller can look inside them.
    """
    hits: list[AgencyHit] = []
    parens: list[tuple[int, int]] = []
    i = pos
    dept_mode = allow_department_names
    dept = "Sở "
    end = pos
    while i < len(text):
        m = P.DEPARTMENT_LIST_INTRO.match(folded, i)
        if m:   # "các Bộ: Tài chính, ...", "... và các Tập đoàn: Bưu chính Viễn thông Việt Nam, ...": a shared head
            i = m.end()
            dept_mode = True
            dept = _LIST_HEADS[m.group("kind")[0].lower()]
        # "các Bộ: Tài chính, ...": the ministry before the province's department the bare name also names
        hit = reg.match_at(text, folded, i, prefix=dept) if dept_mode and dept != "Sở " else None
        hit = hit or reg.match_at(text, folded, i, titles=bool(hits))
        if hit is None and dept_mode:
            hit = reg.match_at(text, folded, i, prefix=dept)
        if hit is None and hits:
            hit = _other_level(reg, text, folded, i, hits[-1])
        if hit is None and hits and reg.vague_tail(folded, i) is None:
            skip = reg.vague_item_end(folded, i)
            if skip is not None and reg.match_at(text, folded, skip, titles=True) is not None:
                i = skip   # "..., đơn vị, tổ chức chính trị - xã hội, ...": the vague item is passed over
                continue
        if hit is None:
            v = reg.vague_tail(folded, i) if hits else None
            if v is not None:  # "Sở Y tế và các đơn vị có liên quan | tổ chức ...": the list ends with a vague group
                end = v
            break
        hits.append(hit)
        if hit.written.lower().startswith("ngành "):
            dept_mode = True
        i = reg.province_suffix_end(folded, hit.end)
        q = P.AGENCY_QUALIFIER.match(folded, i)
        if q:
            i = q.end()
        a = _APPOSITION.match(folded, i)
        if a:   # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"
            i = a.end()
        j = _skip_paren(text, i)
        if j != i:
            parens.append((i, j))
            i = j
        end = i
        s = P.AGENCY_LIST_SEP.match(folded, i)
        if not s or s.end() == i:
            break
        i = s.end()
    return hits, end, parens
