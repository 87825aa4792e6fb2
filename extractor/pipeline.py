"""The extraction pipeline: plain stages over a typed, frozen working state, in order.

    layout (blocks, header/footer, metadata, section tree)
      -> citations -> relations -> assignments (agencies, roles, partners) -> deadlines/targets

Each stage is a small class configured by the lexicon (data/*.yaml) and the agency registry; it declares the fields
of `Work` it reads and the ones it assigns, and `stage(work)` returns a new `Work` with those set (the stages read
characters, not tokens, so there is no tokenizer layer: a spaCy Doc whose tokens no stage read was only ceremony).
`extract_text(raw)` runs the stages on a plan's text and returns a `PlanResult` whose spans are in the source's
coordinates.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import ClassVar

from models.result import (AgencyRef, Assignment, Citation, CitationMention, Deadline, DocumentRelation, Metadata, PageRead, PlanResult,
                           Section, Signing, Source, Span, Target)

from . import __version__
from . import patterns as P
from .agencies import AgencyHit, AgencyRegistry
from .assignments import (ASSIGNMENT_KINDS, TaskHit, article_tasks, competence_tasks_dropped, find_assignments,
                          find_letter_assignments, lead_in_kinds, letter_addressees, names_agency)
from .blocks import split_blocks
from .citations import CitationGrammar, CitationHit, citation_scope, find_citations
from .deadlines import DeadlineHit, find_deadlines
from .lexicon import Lexicon, load_lexicon
from .metadata import MetaHit, find_metadata, issuer_from_symbol
from .normalize import NormalizedText, normalize
from .relations import STRENGTH, index_body, portal_tail, EffectHit, RelationGrammar, RelationHit, find_effective, find_relations
from .read import SourceText
from .references import resolve
from .structure import Layout, Node, find_layout, find_sections
from .targets import TargetHit, find_targets
from .task_tables import find_table_tasks
from .vntext import fold

#: Section kinds whose time phrases are targets, not deadlines (a "Mục tiêu" section states targets; purpose,
#: requirements and roadmap sections may set real time limits: "hoàn thành trước ngày ...", dated steps).
_TARGET_KINDS = {"objectives"}


@dataclass(frozen=True)
class Work:
    """One document's working state: the text, then what each stage found. Frozen: a stage returns a new one."""

    text: str                      # the normalized text
    folded: str                    # fold(text), the same length
    ocr: bool = False              # the text was read by OCR (misread marks and doubled letters are tolerated)
    layout: Layout | None = None
    meta: MetaHit | None = None
    roots: list[Node] = field(default_factory=list)
    citations: list[CitationHit] = field(default_factory=list)
    cite_end: int = 0                                               # where the citation stage stopped reading
    titles: list[tuple[int, int]] = field(default_factory=list)     # titles and openings the citation stage read
    openings: list[tuple[int, int]] = field(default_factory=list)
    relations: list[RelationHit] = field(default_factory=list)
    effect: EffectHit | None = None
    tasks: list[TaskHit] = field(default_factory=list)
    task_deadlines: list[list[DeadlineHit]] = field(default_factory=list)
    free_deadlines: list[DeadlineHit] = field(default_factory=list)
    targets: list[TargetHit] = field(default_factory=list)


class Stage:
    """A stage of the pipeline: `reads` and `assigns` name the fields of `Work` it uses and sets."""

    reads: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        self.lex = lexicon
        self.reg = registry

    def __call__(self, w: Work) -> Work:
        raise NotImplementedError


class LayoutStage(Stage):
    reads = ("text", "folded", "ocr")
    assigns = ("layout", "meta", "roots")

    def __call__(self, w: Work) -> Work:
        blocks = split_blocks(w.text)
        layout = find_layout(w.text, blocks, self.lex)
        meta = find_metadata(w.text, layout, self.lex)
        # agencies are matched in the folded text as the issuer's level reads it ("Công an thành phố" in Hà Nội, "Ủy ban
        # nhân dân thành phố Hồ Chí Minh" in a ministry's letter): the same for section kinds as for tasks
        folded = self.reg.document_folded(w.text, w.folded, meta.province if meta else None)
        roots = [] if layout.plain else find_sections(w.text, layout.body, self.lex,
                                                      lambda n: names_agency(self.reg, w.text, folded, n), ocr=w.ocr)
        # under a letter's "... đề nghị X ... chỉ đạo:" the numbered items are assignments sections (the same lead-in rule
        # that makes X the assignee of the items naming no body of their own)
        lead_in_kinds(self.reg, w.text, folded, roots, layout.all_blocks)
        return replace(w, layout=layout, meta=meta, roots=roots)


class CitationStage(Stage):
    reads = ("text", "folded", "layout", "meta")
    assigns = ("citations", "cite_end", "titles", "openings")

    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        super().__init__(lexicon, registry)
        self.grammar = CitationGrammar(lexicon)

    def __call__(self, w: Work) -> Work:
        text, end, titles, openings = citation_scope(w.text, w.layout, self.lex)
        citations = find_citations(text, w.folded[:end], self.grammar, openings,
                                   own_number=w.meta.number if w.meta else None, title_spans=titles)
        return replace(w, citations=citations, cite_end=end, titles=titles, openings=openings)


class RelationStage(Stage):
    """What the document does to the documents it cites (amends, replaces, ...) and when it takes effect; a cited
    document's relation becomes the strongest one stated of it (its "basis" kept)."""

    reads = ("text", "folded", "layout", "meta", "citations", "cite_end", "titles", "openings")
    assigns = ("relations", "effect", "citations")

    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        super().__init__(lexicon, registry)
        self.grammar = RelationGrammar(lexicon)

    def __call__(self, w: Work) -> Work:
        lay = w.layout
        if lay is None:
            return w
        end = w.cite_end or len(w.text)
        # the document speaks from the end of its title on (its basis paragraphs are left out by the stage);
        # articles read as preamble ("Điều 1. Sửa đổi, bổ sung ...") are its body too
        start = lay.body[0].start if lay.body else len(w.text)
        own_titles = [e for s, e in w.titles if s < start]
        if own_titles:
            start = min(start, max(own_titles))
        elif lay.preamble:
            start = min(start, lay.preamble[0].start)
        first = [t[0] for t in w.titles[:1]] + ([lay.type_block.end] if lay.type_block is not None else [])
        tail = portal_tail(w.text, min([start, *first]))
        end = min(end, tail) if tail is not None else end
        body = (min(start, end), end)
        titles = [t for t in w.titles if t[0] < end]
        openings = [o for o in w.openings if o[0] < end]
        index = index_body(w.text, w.folded, *body)
        relations = find_relations(w.text, w.folded, self.grammar, w.citations, body, titles, openings,
                                   w.meta.doc_type if w.meta else None, w.meta.number if w.meta else None, index)
        effect = find_effective(w.text, w.folded, self.grammar, body[0], body[1],
                                w.meta.issued_date if w.meta else None, index)
        strongest = {}
        for r in relations:
            if r.target not in strongest or STRENGTH.index(r.relation) < STRENGTH.index(strongest[r.target]):
                strongest[r.target] = r.relation
        citations = [replace(c, relation=strongest[c.key]) if c.relation != "basis" and c.key in strongest else c
                     for c in w.citations]
        return replace(w, relations=relations, effect=effect, citations=citations)


class AssignmentStage(Stage):
    reads = ("text", "folded", "layout", "meta", "roots")
    assigns = ("tasks",)

    def __call__(self, w: Work) -> Work:
        # agencies are matched in the folded text as the issuer's level reads it ("Công an thành phố" in Hà Nội)
        folded = self.reg.document_folded(w.text, w.folded, w.meta.province if w.meta else None)
        tasks = find_assignments(w.text, folded, w.roots, self.reg, w.layout.all_blocks if w.layout else ())
        if w.layout is not None and w.layout.plain:
            tasks += find_letter_assignments(w.text, folded, w.layout.body, self.reg,
                                             letter_addressees(self.reg, w.text, folded, w.layout.preamble))
        if w.layout is not None:
            tasks += find_table_tasks(w.text, folded, w.layout.all_blocks, self.reg)
            if not w.layout.plain:
                tasks += article_tasks(self.reg, w.text, folded, w.layout.preamble)
        # "Công ty" (defined as "Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công ty)"), "đơn vị nêu trên": the bodies
        tasks = [replace(t, agencies=resolve(self.reg, w.text, t.agencies)) for t in tasks]
        tasks = _not_the_writer(w.text, tasks, w.meta, self.lex, self.reg)
        if w.layout is not None:
            tasks = competence_tasks_dropped(w.text, tasks, w.layout.all_blocks)   # a functions decree's powers
        tasks = self.reg.in_city(tasks, w.meta.province if w.meta else None)
        if w.meta is not None and not w.meta.province and w.meta.number and issuer_from_symbol(w.meta.number, self.lex):
            tasks = self.reg.at_central_level(tasks)   # a decree's "Ủy ban nhân dân cấp tỉnh": every province's
        if w.meta is None or not w.meta.province:
            tasks = self.reg.city_named(tasks)
        return replace(w, tasks=tasks)


def _not_the_writer(text: str, tasks: list[TaskHit], meta, lex: Lexicon, reg: AgencyRegistry) -> list[TaskHit]:
    """A letter's, telegram's or notice's paragraphs that open with its issuer's own name ("Bộ Tài chính gửi kèm bộ
    Cẩm nang gồm: ...", "Bộ Tài chính trân trọng đề nghị ...") are the writer speaking: no task of the issuer (but
    "Giao Văn phòng Chính phủ theo dõi ..." in the Government Office's notice is one)."""
    how = next((t.letter for t in lex.doc_types if t.letter and t.code == (meta.doc_type if meta else None)), None)
    if meta is None or not meta.issuer or how is None:
        return tasks
    own = reg.lookup(meta.issuer)
    if own is None:
        return tasks

    def speaks(t: TaskHit) -> bool:
        if not t.agencies or not all(h.agency is own for h in t.agencies):
            return False
        at = t.agencies[0].start
        if how == "closing" and not P.CLOSING_END.search(text, t.start, t.end):
            return False
        return bool(P.LINE_OPENING.fullmatch(text[text.rfind("\n", 0, at) + 1:at]))

    return [t for t in tasks if not speaks(t)]


def _closing_spans(w: Work) -> list[tuple[int, int]]:
    """The closing paragraphs after the body and before "Nơi nhận" ("Trên đây là Kế hoạch ... Định kỳ hằng năm (trước
    ngày 30 tháng 11) báo cáo ..."): they may still set a schedule."""
    from . import patterns as P

    lay = w.layout
    if lay is None or not lay.footer:
        return []
    out = []
    for b in lay.footer:
        line = b.text(w.text)
        if P.RECIPIENTS_LABEL.match(line) or P.SIGNING_PREFIX.match(line) or b.kind == "table_row":
            break
        out.append((b.start, b.end))
    return out


class DeadlineStage(Stage):
    """Each task's time limits (the document's date makes "ngày 30/6" one-off), the others in the sections and the
    closing paragraphs, and the targets of objective sections."""

    reads = ("text", "layout", "meta", "roots", "tasks")
    assigns = ("task_deadlines", "free_deadlines", "targets")

    def __call__(self, w: Work) -> Work:
        issued = w.meta.issued_date if w.meta else None
        covered: list[tuple[int, int]] = []
        task_deadlines = []
        for t in w.tasks:
            s, e = t.deadline_scope
            task_deadlines.append(find_deadlines(w.text, s, e, issued, cell=t.scope is not None))
            covered.append((s, e))
        free_deadlines = []
        targets = []
        for root in w.roots:
            s, e = root.block.start, root.end
            if set(root.kinds) & _TARGET_KINDS and not set(root.kinds) & (ASSIGNMENT_KINDS | {"tasks"}):
                targets.extend(find_targets(w.text, s, e))
                continue
            for d in find_deadlines(w.text, s, e, issued):
                if not any(a <= d.start < b for a, b in covered):
                    free_deadlines.append(d)
            targets.extend(find_targets(w.text, s, e))
        for s, e in _closing_spans(w):
            for d in find_deadlines(w.text, s, e, issued):
                if not any(a <= d.start < b for a, b in covered):
                    free_deadlines.append(d)
        return replace(w, task_deadlines=task_deadlines, free_deadlines=free_deadlines, targets=targets)


#: The stages, in pipeline order.
STAGES: tuple[type[Stage], ...] = (LayoutStage, CitationStage, RelationStage, AssignmentStage, DeadlineStage)


def build_stages(lexicon: Lexicon | None = None) -> tuple[Stage, ...]:
    """The stages, configured by `lexicon` (default: the shipped data) and its agency registry."""
    from .agencies import default_registry

    lex = lexicon or load_lexicon()
    reg = default_registry() if lex is load_lexicon() else AgencyRegistry(lex)
    return tuple(cls(lex, reg) for cls in STAGES)


# ------------------------------------------------------------------ result

class _Mapper:
    """Normalized-text spans -> source spans (and page/box for positioned sources such as PDFs)."""

    def __init__(self, norm: NormalizedText, src: SourceText | None):
        self.norm = norm
        self.src = src if src is not None and src.segments else None

    def span(self, s: int, e: int) -> Span:
        a, b = self.norm.source_span(s, e)
        if self.src is None:
            return Span(start=a, end=b)
        page, box = self.src.locate(a, b)
        return Span(start=a, end=b, page=page, box=tuple(round(v, 1) for v in box) if box else None)


def _agency_ref(h: AgencyHit, m: _Mapper) -> AgencyRef:
    return AgencyRef(name=h.name, written=h.written, registry_id=h.agency.id if h.agency else None,
                     registered=h.registered, span=m.span(h.start, h.end))


def _deadline(d: DeadlineHit, agencies: list[str], m: _Mapper) -> Deadline:
    return Deadline(text=d.text, due=d.due, recurrence=d.recurrence, agencies=agencies, span=m.span(d.start, d.end))


def _section(n: Node, text: str, m: _Mapper) -> Section:
    heading = " ".join(n.block.rest(text).split())
    if len(heading) > 300:
        heading = heading[:300].rsplit(" ", 1)[0] + " …"
    # an article's label is its number, as a chapter's is its numeral ("Điều 6" -> "6", "Chương II" -> "II")
    return Section(id=n.id, label=n.label, level=n.kind, heading=heading, kinds=list(n.kinds),
                   span=m.span(n.block.start, n.end), children=[_section(c, text, m) for c in n.nodes()])


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def to_result(w: Work, norm: NormalizedText, raw: str, source_name: str | None, media_type: str,
              src: SourceText | None = None) -> PlanResult:
    text = w.text
    m = _Mapper(norm, src)
    meta = w.meta or MetaHit()
    metadata = Metadata(
        doc_type=meta.doc_type, number=meta.number, issuer=meta.issuer, province=meta.province, place=meta.place,
        issued_date=meta.issued_date, title=meta.title, signer=meta.signer,
        signing=Signing(mode=meta.signing_mode, authority=meta.signing_authority, position=meta.signer_position),
        recipients=meta.recipients, spans={k: m.span(a, b) for k, (a, b) in meta.spans.items()},
        effective_from=w.effect.effective_from if w.effect else None,
        effective_until=w.effect.effective_until if w.effect else None,
        effective_text=w.effect.text if w.effect else None,
    )
    if w.effect is not None:
        metadata = metadata.model_copy(update={"spans": {**metadata.spans, "effective_from": m.span(w.effect.start, w.effect.end)}})
    assignments: list[Assignment] = []
    deadlines: list[Deadline] = []
    seen_deadlines: set[tuple[str, tuple[str, ...]]] = set()

    def keep_deadline(d: Deadline) -> None:
        key = (d.due or d.recurrence or "", tuple(d.agencies))
        if key not in seen_deadlines:
            seen_deadlines.add(key)
            deadlines.append(d)

    for i, (t, ds) in enumerate(zip(w.tasks, w.task_deadlines)):
        names = _unique([h.name for h in t.agencies])
        own_deadlines = [_deadline(d, names, m) for d in ds]
        for d in own_deadlines:
            keep_deadline(d)
        assignments.append(Assignment(
            id=f"t{i + 1}", agencies=names, agency_refs=[_agency_ref(h, m) for h in t.agencies], role=t.role,
            requested=t.requested, partners=_unique([h.name for h in t.partners]),
            partner_refs=[_agency_ref(h, m) for h in t.partners], text=" ".join(text[t.start:t.end].split()),
            section=t.section, deadline=own_deadlines[0] if own_deadlines else None, span=m.span(t.start, t.end),
        ))
    for d in w.free_deadlines:
        keep_deadline(_deadline(d, [], m))
    citations = [
        Citation(key=c.key, alt_keys=c.alt_keys, doc_type=c.doc_type, issuer=c.issuer, date=c.date, title=c.title,
                 relation=c.relation, articles=c.articles,
                 mentions=[CitationMention(text=" ".join(text[x.start:x.end].split()), span=m.span(x.start, x.end))
                           for x in c.mentions])
        for c in w.citations
    ]
    targets = [Target(text=t.text, value=t.value, unit=t.unit, year=t.year, span=m.span(t.start, t.end)) for t in w.targets]
    return PlanResult(
        extractor_version=__version__,
        source=Source(
            name=source_name,
            sha256=hashlib.sha256(src.data if src is not None else raw.encode("utf-8", "surrogatepass")).hexdigest(),
            media_type=media_type, chars=len(raw), pages=src.pages if src else None,
            ocr_pages=list(src.ocr_pages) if src else [], ocr_confidence=dict(src.ocr_confidence) if src else {},
            legacy_encoding=src.legacy_encoding if src else None,
            page_reads=[PageRead(page=r.page, path=r.path, quality=r.quality, reason=r.reason)
                        for r in (src.page_reads if src else ())]),
        metadata=metadata,
        sections=[_section(r, text, m) for r in w.roots],
        assignments=assignments, deadlines=deadlines, targets=targets, citations=citations,
        relations=[DocumentRelation(relation=r.relation, target=r.target, scope=list(r.scope), text=r.text,
                                    effective_from=metadata.effective_from, span=m.span(r.start, r.end))
                   for r in w.relations],
    )


class Extractor:
    """The loaded stages; `extract(raw)` is safe to call many times."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.stages = build_stages(lexicon)

    def run(self, text: str, ocr: bool = False) -> Work:
        """The stages over a normalized text: what each found."""
        w = Work(text, fold(text), ocr=ocr)
        for stage in self.stages:
            w = stage(w)
        return w

    def extract(self, raw: str, source_name: str | None = None, media_type: str = "text/plain",
                src: SourceText | None = None) -> PlanResult:
        norm = normalize(raw)
        w = self.run(norm.text, ocr=bool(src is not None and src.ocr_pages))
        return to_result(w, norm, raw, source_name, media_type, src)

    def extract_source(self, src: SourceText, source_name: str | None = None) -> PlanResult:
        """Extract a read file (see extractor.read): spans carry page and box for PDFs; the hash is of the file."""
        return self.extract(src.text, source_name, src.media_type, src)


def extract_text(raw: str, source_name: str | None = None) -> PlanResult:
    return Extractor().extract(raw, source_name)
