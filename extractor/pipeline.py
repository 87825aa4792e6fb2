"""The extraction pipeline: spaCy blank "vi" + our components, in order.

    layout (blocks, header/footer, metadata, section tree)
      -> citations -> assignments (agencies, roles, partners) -> deadlines/targets

Each component is a thin `@Language.factory` over the pure functions of
its stage; results go to `doc.spans[...]` (for anyone using the Doc) and to
`doc._.kehoach` (the typed working state). `extract_text(raw)` runs the
pipeline on a plan's text and returns a `PlanResult` whose spans are in the
source's coordinates.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models.result import (AgencyRef, Assignment, Citation, CitationMention, Deadline, DocumentRelation, Metadata, PageRead, PlanResult,
                           Section, Signing, Source, Span, Target)

from . import __version__
from . import patterns as P
from .agencies import AgencyHit, AgencyRegistry
from .assignments import (ASSIGNMENT_KINDS, Subject, TaskHit, find_assignments, find_letter_assignments, letter_intro,
                          names_agency)
from .blocks import split_blocks
from .citations import CitationGrammar, CitationHit, citation_scope, find_citations
from .deadlines import DeadlineHit, find_deadlines
from .lexicon import Lexicon, load_lexicon
from .metadata import MetaHit, find_metadata
from .normalize import NormalizedText, normalize
from .relations import STRENGTH, index_body, portal_tail, EffectHit, RelationGrammar, RelationHit, find_effective, find_relations
from .read import SourceText
from .structure import Layout, Node, find_layout, find_sections, walk
from .targets import TargetHit, find_targets
from .task_tables import find_table_tasks
from .tokenizer import SyllableTokenizer
from .vntext import fold

#: Section kinds whose time phrases are targets, not deadlines (a "Mục tiêu" section states targets; purpose,
#: requirements and roadmap sections may set real time limits: "hoàn thành trước ngày ...", dated steps).
_TARGET_KINDS = {"objectives"}


@dataclass
class Work:
    """Per-document working state shared by the components."""

    text: str                      # doc.text, read once (spaCy rebuilds it on every access)
    folded: str
    ocr: bool = False              # the text was read by OCR (misread marks and doubled letters are tolerated)
    layout: Layout | None = None
    meta: MetaHit | None = None
    roots: list[Node] = field(default_factory=list)
    intro: "Subject | None" = None   # the bodies a letter's "... đề nghị X ... chỉ đạo:" asks for its numbered items
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


if not Doc.has_extension("kehoach"):
    Doc.set_extension("kehoach", default=None)


def _work(doc: Doc) -> Work:
    if doc._.kehoach is None:
        text = doc.text
        doc._.kehoach = Work(text, fold(text))
    return doc._.kehoach


def _spans(doc: Doc, key: str, items: list[tuple[int, int, str]]) -> None:
    out = []
    for s, e, label in items:
        sp = doc.char_span(s, e, label=label, alignment_mode="expand")
        if sp is not None:
            out.append(sp)
    doc.spans[key] = out


class _Stage:
    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        self.lex = lexicon
        self.reg = registry


class LayoutComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        w = _work(doc)
        blocks = split_blocks(w.text)
        w.layout = find_layout(w.text, blocks, self.lex)
        w.meta = find_metadata(w.text, w.layout, self.lex)
        w.roots = [] if w.layout.plain else find_sections(w.text, w.layout.body, self.lex,
                                                         lambda n: names_agency(self.reg, w.text, w.folded, n), ocr=w.ocr)
        intro = None if w.layout.plain else letter_intro(self.reg, w.text, w.folded, w.layout.preamble)
        if intro is not None and w.roots and all(r.kind == "numbered" and "assignments" not in r.kinds for r in w.roots):
            # under a letter's "... đề nghị X ... chỉ đạo:" numbered items that name no body of their own are tasks of
            # X: assignments sections (items that do name theirs, "1. Công an tỉnh ...", keep them)
            w.intro = intro
            w.roots = find_sections(w.text, w.layout.body, self.lex, lambda n: True, ocr=w.ocr)
        _spans(doc, "sections", [(n.block.start, n.end, n.id) for n in walk(w.roots)])
        return doc


class CitationComponent(_Stage):
    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        super().__init__(lexicon, registry)
        self.grammar = CitationGrammar(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        w = _work(doc)
        text, end, titles, openings = citation_scope(w.text, w.layout, self.lex)
        w.cite_end, w.titles, w.openings = end, titles, openings
        w.citations = find_citations(text, w.folded[:end], self.grammar, openings,
                                     own_number=w.meta.number if w.meta else None, title_spans=titles)
        _spans(doc, "citations", [(m.start, m.end, c.key) for c in w.citations for m in c.mentions])
        return doc


class RelationComponent(_Stage):
    """What the document does to the documents it cites (amends, replaces, ...) and when it takes effect."""

    def __init__(self, lexicon: Lexicon, registry: AgencyRegistry):
        super().__init__(lexicon, registry)
        self.grammar = RelationGrammar(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        w = _work(doc)
        lay = w.layout
        if lay is None:
            return doc
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
        w.relations = find_relations(w.text, w.folded, self.grammar, w.citations, body, titles, openings,
                                     w.meta.doc_type if w.meta else None, w.meta.number if w.meta else None, index)
        w.effect = find_effective(w.text, w.folded, self.grammar, body[0], body[1],
                                  w.meta.issued_date if w.meta else None, index)
        strongest = {}
        for r in w.relations:
            if r.target not in strongest or STRENGTH.index(r.relation) < STRENGTH.index(strongest[r.target]):
                strongest[r.target] = r.relation
        for c in w.citations:
            if c.relation != "basis" and c.key in strongest:
                c.relation = strongest[c.key]
        _spans(doc, "relations", [(r.start, r.end, r.relation) for r in w.relations])
        return doc


class AssignmentComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        w = _work(doc)
        # agencies are matched in the folded text as the issuer's level reads it ("Công an thành phố" in Hà Nội)
        folded = self.reg.document_folded(w.text, w.folded, w.meta.province if w.meta else None)
        w.tasks = find_assignments(w.text, folded, w.roots, self.reg, w.layout.all_blocks if w.layout else ())
        if w.layout is not None and w.layout.plain:
            w.tasks += find_letter_assignments(w.text, folded, w.layout.body, self.reg)
        if w.layout is not None:
            w.tasks += find_table_tasks(w.text, folded, w.layout.all_blocks, self.reg)
        w.tasks = _not_the_writer(w.text, w.tasks, w.meta, self.lex, self.reg)
        w.tasks = self.reg.in_city(w.tasks, w.meta.province if w.meta else None)
        if w.meta is None or not w.meta.province:
            w.tasks = self.reg.city_named(w.tasks)
        _spans(doc, "tasks", [(t.start, t.end, t.role) for t in w.tasks])
        _spans(doc, "agencies", [(h.start, h.end, h.name) for t in w.tasks for h in (*t.agencies, *t.partners)])
        return doc


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


class DeadlineComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        w = _work(doc)
        issued = w.meta.issued_date if w.meta else None
        covered: list[tuple[int, int]] = []
        w.task_deadlines = []
        for t in w.tasks:
            s, e = t.deadline_scope
            w.task_deadlines.append(find_deadlines(w.text, s, e, issued, cell=t.scope is not None))
            covered.append((s, e))
        w.free_deadlines = []
        w.targets = []
        for root in w.roots:
            s, e = root.block.start, root.end
            if set(root.kinds) & _TARGET_KINDS and not set(root.kinds) & (ASSIGNMENT_KINDS | {"tasks"}):
                w.targets.extend(find_targets(w.text, s, e))
                continue
            for d in find_deadlines(w.text, s, e, issued):
                if not any(a <= d.start < b for a, b in covered):
                    w.free_deadlines.append(d)
            w.targets.extend(find_targets(w.text, s, e))
        for s, e in _closing_spans(w):
            for d in find_deadlines(w.text, s, e, issued):
                if not any(a <= d.start < b for a, b in covered):
                    w.free_deadlines.append(d)
        all_d = [d for ds in w.task_deadlines for d in ds] + w.free_deadlines
        _spans(doc, "deadlines", [(d.start, d.end, d.due or d.recurrence or "") for d in all_d])
        _spans(doc, "targets", [(t.start, t.end, str(t.value)) for t in w.targets])
        return doc


def _registry(lexicon: Lexicon) -> AgencyRegistry:
    from .agencies import default_registry

    return default_registry() if lexicon is load_lexicon() else AgencyRegistry(lexicon)


#: The components, in pipeline order.
COMPONENTS = {
    "kehoach_layout": LayoutComponent,
    "kehoach_citations": CitationComponent,
    "kehoach_relations": RelationComponent,
    "kehoach_assignments": AssignmentComponent,
    "kehoach_deadlines": DeadlineComponent,
}


def _factory(cls: type[_Stage]):
    def make(nlp: Language, name: str) -> _Stage:
        lex = load_lexicon()
        return cls(lex, _registry(lex))

    return make


for _name, _cls in COMPONENTS.items():
    if not Language.has_factory(_name):
        Language.factory(_name, func=_factory(_cls))


def build_nlp() -> Language:
    """spaCy's blank Vietnamese pipeline with our syllable tokenizer (no pyvi) and our components."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    nlp.max_length = 50_000_000
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


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
    label = f"Điều {n.label}" if n.kind == "article" else n.label   # an article's label as printed
    return Section(id=n.id, label=label, level=n.kind, heading=heading, kinds=list(n.kinds),
                   span=m.span(n.block.start, n.end), children=[_section(c, text, m) for c in n.nodes()])


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def to_result(doc: Doc, norm: NormalizedText, raw: str, source_name: str | None, media_type: str,
              src: SourceText | None = None) -> PlanResult:
    w: Work = doc._.kehoach
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
    """One loaded pipeline; `extract(raw)` is safe to call many times."""

    def __init__(self) -> None:
        self.nlp = build_nlp()

    def extract(self, raw: str, source_name: str | None = None, media_type: str = "text/plain",
                src: SourceText | None = None) -> PlanResult:
        norm = normalize(raw)
        doc = self.nlp.make_doc(norm.text)
        # the text is known: spare spaCy rebuilding it
        doc._.kehoach = Work(norm.text, fold(norm.text), ocr=bool(src is not None and src.ocr_pages))
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return to_result(doc, norm, raw, source_name, media_type, src)

    def extract_source(self, src: SourceText, source_name: str | None = None) -> PlanResult:
        """Extract a read file (see extractor.read): spans carry page and box for PDFs; the hash is of the file."""
        return self.extract(src.text, source_name, src.media_type, src)


def extract_text(raw: str, source_name: str | None = None) -> PlanResult:
    return Extractor().extract(raw, source_name)
