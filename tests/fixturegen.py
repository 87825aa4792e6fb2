"""Make test fixtures from the sample corpus: plan-like PDFs, image-only PDFs, DOCX and legacy-encoded text.

Used by the test suite (session fixtures) and by `python scripts/make_fixtures.py OUT_DIR`.
The PDFs are laid out like real plans (NĐ 30/2020): a borderless two-column header (issuing body and
"Số: .../KH-..." on the left; national motto, place and date on the right), the type line and trích
yếu centred, a justified 13 pt serif body with first-line indents, page numbers at the top from page 2,
and a two-column footer (Nơi nhận on the left, the signature block on the right). Fonts come from
Debian's fonts-dejavu-core / fonts-dejavu-extra (DejaVu Serif covers every Vietnamese letter).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf", "Serif-Italic": "DejaVuSerif-Italic.ttf"}


@dataclass
class PlanParts:
    issuer_lines: list[str]
    number: str | None
    place_date: str | None
    type_word: str
    title: list[str]
    body: list[tuple[str, str]]          # (style, text): "heading", "item", "para"
    recipients: list[str]
    signature: list[str]                 # authority and position lines
    signer: str | None
    table: list[list[str]] = field(default_factory=list)   # a task table (header row first), if any


def plan_parts(text: str) -> PlanParts:
    """Cut a plan's text into the parts a typesetter needs, with the extractor's own layout stage."""
    from extractor.blocks import BULLET, LETTERED, NUMBERED, ROMAN, TABLE_ROW, split_blocks
    from extractor.lexicon import load_lexicon
    from extractor.metadata import find_metadata
    from extractor.normalize import normalize
    from extractor import patterns as P
    from extractor.structure import find_layout

    lex = load_lexicon()
    norm = normalize(text).text
    blocks = split_blocks(norm)
    lay = find_layout(norm, blocks, lex)
    meta = find_metadata(norm, lay, lex)
    issuer = meta.issuer or "Ủy ban nhân dân tỉnh"
    if issuer.lower().startswith("ủy ban nhân dân "):
        issuer_lines = ["ỦY BAN NHÂN DÂN", issuer[len("Ủy ban nhân dân "):].upper()]
    else:
        issuer_lines = [issuer.upper()]
    place_date = None
    for b in lay.header:
        m = P.PLACE_DATE.search(b.text(norm))
        if m:
            place_date = m.group(0).strip()
    body: list[tuple[str, str]] = []
    table: list[list[str]] = []
    rest = lay.preamble + lay.body + [b for b in lay.footer if not P.RECIPIENTS_LABEL.match(b.text(norm))][:0]
    footer = list(lay.footer)
    # blocks of the footer that come before "Nơi nhận" are closing paragraphs of the body
    while footer and not P.RECIPIENTS_LABEL.match(footer[0].text(norm)) and not P.SIGNING_PREFIX.match(footer[0].text(norm)):
        rest.append(footer.pop(0))
    for b in rest:
        line = b.text(norm)
        if b.kind == TABLE_ROW:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
            continue
        if b.kind == ROMAN:
            body.append(("heading", line))
        elif b.kind in (NUMBERED, LETTERED) and len(line) < 110 and not line.endswith("."):
            body.append(("subheading", line))
        elif b.kind in (NUMBERED, LETTERED, BULLET):
            body.append(("item", line))
        else:
            body.append(("para", line))
    recipients: list[str] = []
    signature: list[str] = []
    on = False
    for b in footer:
        line = b.text(norm).strip()
        if P.RECIPIENTS_LABEL.match(line):
            on = True
            continue
        if on and line.startswith("-"):
            recipients.append(line)
            continue
        on = False
        if meta.signer and line == meta.signer:
            continue
        if P.POSITION_LINE.match(line) or P.SIGNING_PREFIX.match(line):
            signature.append(line)
    return PlanParts(issuer_lines, meta.number, place_date, (lay.type_block.text(norm).strip(" *#") if lay.type_block else "KẾ HOẠCH"),
                     [b.text(norm) for b in lay.title], body, recipients, signature, meta.signer, table)


def fixture_characters(parts: PlanParts) -> set[str]:
    chunks = [*parts.issuer_lines, parts.number or "", parts.place_date or "", parts.type_word, *parts.title,
              *(t for _, t in parts.body), *parts.recipients, *parts.signature, parts.signer or "",
              *(c for row in parts.table for c in row), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "Số: "]
    return {c for chunk in chunks for c in chunk if not c.isspace()}


# ------------------------------------------------------------------------ PDF

def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


#: The fonts of the plain fixtures, and the standard (not embedded, WinAnsi) fonts a legacy .VnTime/VNI-Times PDF names.
UNICODE_FONTS = {"regular": "Serif", "bold": "Serif-Bold", "italic": "Serif-Italic"}
LEGACY_FONTS = {"regular": "Times-Roman", "bold": "Times-Bold", "italic": "Times-Italic"}


def make_pdf(parts: PlanParts, *, encode=None, fonts: dict[str, str] | None = None, canvasmaker=None,
             compress: bool = True) -> bytes:
    """The plan as a PDF. `encode` turns each piece of text into what the text layer holds (a legacy encoding's
    characters), `fonts` names the regular/bold/italic fonts, `canvasmaker` draws the glyphs (kerned, doubled)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    fonts = fonts or UNICODE_FONTS
    encode = encode or (lambda text: text)
    base = ParagraphStyle("base", fontName=fonts["regular"], fontSize=13, leading=17, alignment=TA_JUSTIFY, firstLineIndent=1 * cm,
                          spaceAfter=4)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    center_bold = ParagraphStyle("cb", parent=center, fontName=fonts["bold"])
    header_style = ParagraphStyle("h", parent=center, fontSize=12.5, leading=15, spaceAfter=0)
    header_bold = ParagraphStyle("hb", parent=header_style, fontName=fonts["bold"])
    italic = ParagraphStyle("it", parent=header_style, fontName=fonts["italic"], fontSize=13)
    heading = ParagraphStyle("heading", parent=base, fontName=fonts["bold"], firstLineIndent=0.0, spaceBefore=6)
    sub = ParagraphStyle("sub", parent=base, fontName=fonts["bold"])
    small = ParagraphStyle("small", parent=base, fontSize=11, leading=13, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0)
    small_bold = ParagraphStyle("smallb", parent=small, fontName=fonts["bold"], fontSize=12)
    cell = ParagraphStyle("cell", parent=small, fontSize=11, leading=13)

    def P(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(encode(text)), style)

    story: list = []
    left = [P(parts.issuer_lines[0], header_style)] + [P(x, header_bold) for x in parts.issuer_lines[1:]]
    if parts.number:
        left.append(P(f"Số: {parts.number}", header_style))
    right = [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header_bold), P("Độc lập - Tự do - Hạnh phúc", header_bold)]
    if parts.place_date:
        right.append(P(parts.place_date, italic))
    head = Table([[left, right]], colWidths=[7.2 * cm, 9.3 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 10), P(parts.type_word, center_bold)]
    for t in parts.title:
        story.append(P(t, center_bold))
    story.append(Spacer(1, 8))
    for style, text in parts.body:
        story.append(P(text, {"heading": heading, "subheading": sub}.get(style, base)))
    if parts.table:
        rows = [[Paragraph(escape(encode(c)), cell) for c in row] for row in parts.table]
        width = 16.5 * cm
        n = len(parts.table[0])
        widths = [1.0 * cm] + [(width - 1.0 * cm) / (n - 1)] * (n - 1)
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 6), t]
    rec = [P("Nơi nhận:", small_bold)] + [P(r, small) for r in parts.recipients]
    sig = [P(s, header_bold) for s in parts.signature] + [Spacer(1, 50)]
    if parts.signer:
        sig.append(P(parts.signer, header_bold))
    foot = Table([[rec, sig]], colWidths=[8 * cm, 8.5 * cm])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 12), foot]

    def page_number(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Serif", 12)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(doc.page))
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=" ".join(parts.title)[:120], author="kehoach test fixture",
                            pageCompression=1 if compress else 0)
    doc.build(story, onLaterPages=page_number, **({"canvasmaker": canvasmaker} if canvasmaker else {}))
    return buf.getvalue()


def make_raster_pdf(pdf: bytes, dpi: int = 300) -> bytes:
    """An image-only copy of a PDF (as a scanner would make): each page rendered to a greyscale image."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(doc))]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buf.getvalue()


def _legacy_table(name: str) -> dict[str, str]:
    """Unicode letter -> its legacy spelling (characters as a WinAnsi font shows the legacy codes)."""
    from viparse.normalize.encodings import CHARMAPS

    table: dict[str, str] = {}
    for source, target in CHARMAPS[name].pairs:
        if len(target) == 1:
            table.setdefault(target, source)
    return table


def to_legacy(text: str, encoding: str) -> str:
    """Unicode Vietnamese spelt in a legacy 8-bit font encoding ("tcvn3": .VnTime, capitals with tone marks from the
    lower-case codes as the .VnTimeH font drew them; "vni": VNI-Times, a base letter and a mark character), as the
    characters a WinAnsi font shows for those codes: what the text layer of a real legacy-font PDF holds."""
    import unicodedata

    table = _legacy_table(encoding)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
        elif not ch.isalpha() and ch.encode("cp1252", "ignore"):
            out.append(ch)                      # quotes and dashes keep their WinAnsi codes
        elif ch in table:
            out.append(table[ch])
        elif ch.lower() in table:
            out.append(table[ch.lower()])
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if base.isascii() else "?")
    return "".join(out)


def make_legacy_pdf(parts: PlanParts, encoding: str) -> bytes:
    """The plan typeset in a legacy Vietnamese font encoding: the text layer holds the legacy codes, shown through a
    WinAnsi font that is not embedded (as `pdffonts` shows real .VnTime PDFs: "Times-Roman, WinAnsi")."""
    # reportlab takes U+00AD for a soft hyphen and drops it, but TCVN3 spells "ư" with that code: typeset a stand-in
    # of the same width ("‹", code 0x8B, unused by the legacy encodings) and put the code back in the content streams
    pdf = make_pdf(parts, encode=lambda text: to_legacy(text, encoding).replace("\xad", "\u2039"), fonts=LEGACY_FONTS,
                   compress=False)
    return pdf.replace(b"\\213", b"\\255")


#: An operator string that shows one glyph: (font selection) (glyph) Tj.
_SHOW_ONE = re.compile(r"(.*?) ?(\((?:\\.|[^\\])*\)) Tj", re.S)


def _kerning_canvas():
    """A canvas that places every glyph on its own, with kerning (alternating small shifts), and draws each letter
    twice, the second time at the same place or a fraction of a point off (bold by overprint, as some signing tools
    and word processors do)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    class KernedText(PDFTextObject):
        def _formatText(self, text):
            out = []
            for k, ch in enumerate(text):
                code = super()._formatText(ch)
                m = _SHOW_ONE.fullmatch(code)
                if not m or ch.isspace():
                    out.append(code)
                    continue
                head, glyph = m.group(1), m.group(2)
                width = stringWidth(ch, self._fontname, 1000)
                off = (k % 3) * 12                       # 0, 12 or 24 thousandths of an em: 0 to 0.3 pt
                kern = (-18, 6, 12)[k % 3]               # kerning that adds up to nothing over three letters
                tj = f"[{glyph} {width - off:.0f} {glyph} {off + kern}] TJ"
                out.append(f"{head} {tj}" if head else tj)
            return " ".join(out)

    class KerningCanvas(Canvas):
        def beginText(self, x=0, y=0, direction=None):
            return KernedText(self, x, y, direction=direction)

    return KerningCanvas


def make_kerned_pdf(parts: PlanParts) -> bytes:
    """The plan with every glyph placed on its own, kerned, and every letter drawn twice (duplicated glyphs)."""
    return make_pdf(parts, canvasmaker=_kerning_canvas())


#: Glyphs a broken font map sends to a wrong code point ("Kiểm tra" -> "Kiêm tra", "chấp hành" -> "chầp hành").
WRONG_CMAP = {"ể": "ê", "ấ": "ầ", "ợ": "ơ"}


def make_wrong_cmap_pdf(parts: PlanParts, wrong: dict[str, str] | None = None) -> bytes:
    """The plan with fonts whose ToUnicode maps send some glyphs to wrong code points (the glyphs drawn are right:
    the page looks right, its text layer reads "Kiêm tra", "chầp hành")."""
    import re

    pdf = make_pdf(parts, compress=False)
    edits = {f"<{ord(a):04X}>".encode(): f"<{ord(b):04X}>".encode() for a, b in (wrong or WRONG_CMAP).items()}
    pattern = re.compile(rb"(<[0-9A-F]{2}> )(<[0-9A-F]{4}>)")
    # same-length edits inside the (uncompressed) ToUnicode streams: offsets and lengths stay valid
    return pattern.sub(lambda m: m.group(1) + edits.get(m.group(2), m.group(2)), pdf)


def make_page_images(pdf: bytes, fmt: str = "tiff", dpi: int = 300) -> bytes:
    """The pages as an image file, as a phone or a scanner saves them: a multi-page TIFF, or a PNG of page 1."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(doc))]
    buf = io.BytesIO()
    if fmt == "png":
        images[0].save(buf, format="PNG", dpi=(dpi, dpi))
    else:
        images[0].save(buf, format="TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi),
                       compression="tiff_deflate")
    return buf.getvalue()


# ----------------------------------------------------------------------- DOCX

def make_docx(parts: PlanParts) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    head = d.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = parts.issuer_lines[0]
    for x in parts.issuer_lines[1:]:
        left.add_paragraph(x).runs[0].bold = True
    if parts.number:
        left.add_paragraph(f"Số: {parts.number}")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    if parts.place_date:
        right.add_paragraph(parts.place_date).runs[0].italic = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(parts.type_word).bold = True
    for t in parts.title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for kind, text in parts.body:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        run = p.add_run(text)
        run.bold = kind in ("heading", "subheading")
    if parts.table:
        t = d.add_table(rows=0, cols=len(parts.table[0]))
        t.style = "Table Grid"
        for row in parts.table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    foot = d.add_table(rows=1, cols=2)
    rec, sig = foot.rows[0].cells
    rec.text = "Nơi nhận:"
    for r in parts.recipients:
        rec.add_paragraph(r)
    sig.text = parts.signature[0] if parts.signature else ""
    for s in parts.signature[1:]:
        sig.add_paragraph(s)
    if parts.signer:
        sig.add_paragraph("")
        sig.add_paragraph(parts.signer)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------- legacy

def to_tcvn3(text: str) -> bytes:
    """Encode Unicode Vietnamese as TCVN3 (ABC) bytes, the way .VnTime documents were stored: capitals with tone marks
    use the lower-case code (the .VnTimeH font drew them as capitals)."""
    import unicodedata

    from viparse.normalize.tcvn3 import TCVN3

    table = {target: source for source, target in TCVN3.pairs if len(target) == 1}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ch.lower() in table and not ch.isascii():
            out.append(table[ch.lower()])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) < 128 else "?")
    return "".join(out).encode("cp1252", errors="replace")


def build_all(seeds: list[Path], out: Path, *, raster_dpi: int = 300, table_plan: Path | None = None) -> dict[str, list[Path]]:
    """Write <stem>.pdf, <stem>.scan.pdf, <stem>.docx and <stem>.tcvn3.txt for each seed (and the task-table plan)."""
    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, list[Path]] = {"pdf": [], "scan": [], "docx": [], "tcvn3": []}
    sources = list(seeds) + ([table_plan] if table_plan else [])
    for seed in sources:
        text = seed.read_text(encoding="utf-8")
        parts = plan_parts(text)
        pdf = make_pdf(parts)
        (out / f"{seed.stem}.pdf").write_bytes(pdf)
        made["pdf"].append(out / f"{seed.stem}.pdf")
        (out / f"{seed.stem}.docx").write_bytes(make_docx(parts))
        made["docx"].append(out / f"{seed.stem}.docx")
        if seed in seeds:
            if raster_dpi:
                (out / f"{seed.stem}.scan.pdf").write_bytes(make_raster_pdf(pdf, raster_dpi))
                made["scan"].append(out / f"{seed.stem}.scan.pdf")
            (out / f"{seed.stem}.tcvn3.txt").write_bytes(to_tcvn3(text))
            made["tcvn3"].append(out / f"{seed.stem}.tcvn3.txt")
    return made


#: The damaged text layers made from each seed: kind -> file suffix.
DAMAGED = {"tcvn3": ".tcvn3.pdf", "vni": ".vni.pdf", "kerned": ".kerned.pdf", "cmap": ".cmap.pdf"}


def build_damaged(seeds: list[Path], out: Path, *, image_seeds: int = 1, dpi: int = 300) -> dict[str, list[Path]]:
    """Write, for each seed, the PDFs whose text layers real files damage (DAMAGED: a TCVN3 and a VNI legacy-font
    PDF, a kerned/duplicated-glyph PDF, a wrong-cmap PDF), and for the first `image_seeds` seeds the pages as a
    multi-page TIFF (<stem>.pages.tiff, read by OCR)."""
    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, list[Path]] = {kind: [] for kind in [*DAMAGED, "images"]}
    for k, seed in enumerate(seeds):
        parts = plan_parts(seed.read_text(encoding="utf-8"))
        pdfs = {"tcvn3": make_legacy_pdf(parts, "tcvn3"), "vni": make_legacy_pdf(parts, "vni"),
                "kerned": make_kerned_pdf(parts), "cmap": make_wrong_cmap_pdf(parts)}
        for kind, pdf in pdfs.items():
            path = out / f"{seed.stem}{DAMAGED[kind]}"
            path.write_bytes(pdf)
            made[kind].append(path)
        if k < image_seeds:
            path = out / f"{seed.stem}.pages.tiff"
            path.write_bytes(make_page_images(make_pdf(parts), "tiff", dpi))
            made["images"].append(path)
    return made
