"""An adversarial corpus: files made to hurt a document reader, each with what extracting it may give.

`write_corpus(folder)` writes every case into `folder` and returns (case, path) pairs; `python -m tests.adversarial
OUT_DIR` does the same from the command line. A case's `outcomes` are what a sandboxed extraction
(extractor.sandbox) is allowed to end in: "ok" (a result) or an `ExtractionFailed` reason. The PDFs are written
by hand (a few objects and an xref table) so that each one is exactly the hostile structure it is named after.
"""
from __future__ import annotations

import random
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: One mebibyte: the unit the decompression bombs are built from.
MIB = 1 << 20
#: What the decompression bomb inflates to: twice the sandbox's default memory budget.
BOMB_BYTES = 4 << 30
#: Depth of the nested arrays in the deeply nested PDF.
NESTING = 100_000
#: Pages of the PDF of empty pages (under a max_pages of 5000, over the service's default of 1000).
BLANK_PAGES = 3000
#: Width and height, in pixels, that the image bomb declares (3.6 gigapixels).
IMAGE_SIDE = 60_000
#: What the DOCX zip bomb's document part inflates to (under 4 GiB: no ZIP64 needed).
DOCX_BOMB_BYTES = 3 << 30
#: Size of the pathological text files, in characters (each extracts in seconds, in-process).
TEXT_CHARS = 200_000

OK = "ok"


@dataclass(frozen=True)
class Case:
    name: str                        # file name in the corpus folder
    make: Callable[[], bytes]
    outcomes: frozenset[str]         # "ok" and/or ExtractionFailed reasons
    why: str                         # what the file attacks


# ------------------------------------------------------------------ PDF by hand

def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of the given objects (numbered from 1; object 1 is the catalog), with a correct xref table; `trailer`
    adds entries to the trailer dictionary."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(entries: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (entries, len(data), data)


def one_page(page_entries: bytes, *more: bytes) -> bytes:
    """A one-page PDF: catalog, page tree, the page (with `page_entries`), then `more` objects from number 4."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s >>" % page_entries, *more])


def zeros_deflate(size: int) -> bytes:
    """A zlib stream that inflates to `size` zero bytes (a multiple of MIB), built without compressing them all: after
    a full flush the compressor starts afresh, so every further mebibyte of zeros compresses to the same bytes."""
    c = zlib.compressobj(9)
    zeros = bytes(MIB)
    first = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    adler32 = (size % 65521) << 16 | 1          # of `size` zeros: a stays 1, b adds 1 per byte
    final = b"\x03\x00"                          # an empty final block (fixed Huffman codes)
    return first + block * (size // MIB - 1) + final + adler32.to_bytes(4, "big")


def double_deflated_zeros(size: int) -> bytes:
    """`size` zeros, deflated twice (/Filter [/FlateDecode /FlateDecode]): the repeated blocks compress again."""
    return zlib.compress(zeros_deflate(size), 9)


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a Helvetica text layer (ASCII lines)."""
    ops = b"BT /F1 12 Tf 72 770 Td 14 TL " + b" ".join(b"(%s) '" % line.encode("latin-1") for line in lines) + b" ET"
    return one_page(b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>", stream(b"", ops),
                    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")


# ------------------------------------------------------------------ the cases

def truncated_pdf() -> bytes:
    whole = text_pdf(["KE HOACH so 12/KH-UBND"] * 40)
    return whole[: len(whole) // 3]


def encrypted_pdf() -> bytes:
    """A PDF under the standard security handler (RC4, revision 2) whose user password is not the empty one."""
    security = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32)
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", security],
               trailer=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (b"33" * 16, b"33" * 16))


def random_bytes() -> bytes:
    return random.Random(7).randbytes(64 * 1024)


def decompression_bomb() -> bytes:
    return one_page(b"/Contents 4 0 R", stream(b"/Filter [/FlateDecode /FlateDecode]", double_deflated_zeros(BOMB_BYTES)))


def nested_pdf() -> bytes:
    nest = b"[" * NESTING + b"]" * NESTING
    return one_page(b"/Contents 4 0 R /Nest " + nest, stream(b"", nest))


def blank_pages() -> bytes:
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(BLANK_PAGES))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, BLANK_PAGES),
                *[page] * BLANK_PAGES])


def image_bomb_pdf() -> bytes:
    side = IMAGE_SIDE
    image = stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 /ColorSpace /DeviceGray "
                   b"/Filter [/FlateDecode /FlateDecode]" % (side, side), double_deflated_zeros(-(-side * side // MIB) * MIB))
    return one_page(b"/Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >>",
                    stream(b"", b"q 595 0 0 842 0 0 cm /Im Do Q"), image)


def image_bomb_png() -> bytes:
    """A PNG header declaring a 60000 x 60000 image (the IHDR chunk, CRC and all) and a few bytes of data."""
    ihdr = IMAGE_SIDE.to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])   # 8-bit greyscale
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + len(ihdr).to_bytes(4, "big") + chunk + zlib.crc32(chunk).to_bytes(4, "big")
            + double_deflated_zeros(64 * MIB))


def huge_page() -> bytes:
    """A 5 x 5 m page (the largest PDF allows) with a black square: rendering it for OCR at 300 dpi is 3.6 gigapixels."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
                stream(b"", b"0 0 100 100 re f")])


def deflated_run(prefix: bytes, fill: int, size: int, suffix: bytes) -> tuple[bytes, int, int]:
    """Raw deflate data (no zlib header) of `prefix`, then `size` bytes of `fill` (a multiple of MIB), then `suffix`,
    built without compressing every byte; with the CRC-32 and the length of what it inflates to."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes([fill]) * MIB
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    one = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)       # after a full flush every block compresses the same
    tail = c.compress(suffix) + c.flush()
    crc = zlib.crc32(prefix)
    for _ in range(size // MIB):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(suffix, crc)
    return head + one * (size // MIB) + tail, crc, len(prefix) + size + len(suffix)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP of (name, raw deflate data, crc32, inflated size) members, written by hand (the sizes are the real ones)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        n = name.encode()
        offset = len(out)
        out += b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0) + n + data
        central += (b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", 20, 20, 0, 8, 0, 0, crc, len(data), size, len(n),
                                                  0, 0, 0, 0, 0, offset) + n)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def docx_bomb() -> bytes:
    """A DOCX (content types, relationships, document part) whose document part inflates to 3 GiB of spaces."""
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    small = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                               b'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="'
                               b'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                       b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    }
    members = []
    for name, body in small.items():
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        members.append((name, c.compress(body) + c.flush(), zlib.crc32(body), len(body)))
    members.append(("word/document.xml", *deflated_run(b'<?xml version="1.0"?><w:document ' + w + b"><w:body><w:p><w:r><w:t>",
                                                       ord(" "), DOCX_BOMB_BYTES, b"</w:t></w:r></w:p></w:body></w:document>")))
    return _zip(members)


def _repeat(piece: str, chars: int = TEXT_CHARS) -> bytes:
    return (piece * (chars // len(piece) + 1))[:chars].encode("utf-8")


def plan_head(body: str) -> bytes:
    return ("ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện nhiệm vụ\n"
            "III. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế\n- " + body).encode("utf-8")


def brackets() -> bytes:
    half = TEXT_CHARS // 4
    return plan_head("(" * half + "[" * half + "]" * half + ")" * half)


def long_line() -> bytes:
    return plan_head(_repeat("SởYtếphốihợpvớiCôngantỉnh", TEXT_CHARS).decode())


def so_so() -> bytes:
    return plan_head(_repeat("Sở ").decode())


def citation_storm() -> bytes:
    """Thousands of different citations in one sentence (each number its own document)."""
    pieces = (f"Nghị quyết số {i}/NQ-CP ngày {i % 28 + 1}/{i % 12 + 1}/20{i % 25:02d} của Chính phủ, Chỉ thị số {i}-CT/TW, "
              for i in range(1, TEXT_CHARS))
    body = ""
    while len(body) < TEXT_CHARS:
        body += next(pieces)
    return plan_head("Căn cứ " + body)


UNREADABLE = frozenset({"unreadable"})

CASES: tuple[Case, ...] = (
    Case("empty.txt", lambda: b"", UNREADABLE, "an empty file"),
    Case("random.bin", random_bytes, UNREADABLE, "64 KiB of random bytes"),
    Case("truncated.pdf", truncated_pdf, UNREADABLE, "the first third of a PDF"),
    Case("encrypted.pdf", encrypted_pdf, UNREADABLE, "a PDF that needs a password"),
    # PDFium aborts when an allocation fails under the memory limit; without a limit it would inflate 4 GiB
    Case("bomb.pdf", decompression_bomb, frozenset({"crashed", "memory limit", "unreadable"}),
         "a 10 KB page content stream that inflates to 4 GiB"),
    Case("bomb.docx", docx_bomb, frozenset({"unreadable", "memory limit"}),
         "a 3 MB DOCX whose document part inflates to 3 GiB"),
    Case("nested.pdf", nested_pdf, UNREADABLE, f"{NESTING} nested arrays in the page dictionary and content stream"),
    Case("blank_pages.pdf", blank_pages, UNREADABLE, f"{BLANK_PAGES} empty pages, nothing to read (nor to OCR)"),
    Case("image_bomb.pdf", image_bomb_pdf, frozenset({"unreadable", "memory limit", "crashed"}),
         f"a page image declaring {IMAGE_SIDE} x {IMAGE_SIDE} pixels"),
    Case("image_bomb.png", image_bomb_png, UNREADABLE, f"a PNG declaring {IMAGE_SIDE} x {IMAGE_SIDE} pixels"),
    Case("huge_page.pdf", huge_page, frozenset({OK, "unreadable"}), "a 5 x 5 m page to render for OCR"),
    Case("brackets.txt", brackets, frozenset({OK}), "50 000 nested brackets of two kinds"),
    Case("long_line.txt", long_line, frozenset({OK}), f"a {TEXT_CHARS}-character line without a space"),
    Case("so_so.txt", so_so, frozenset({OK}), "'Sở Sở Sở ...' for the agency grammar"),
    Case("citations.txt", citation_storm, frozenset({OK}), "thousands of citations in one sentence"),
)


def write_corpus(folder: Path) -> list[tuple[Case, Path]]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for case in CASES:
        path = folder / case.name
        path.write_bytes(case.make())
        out.append((case, path))
    return out


if __name__ == "__main__":
    for case, path in write_corpus(Path(sys.argv[1])):
        print(f"{str(path):<40} {path.stat().st_size:>9} bytes  {'/'.join(sorted(case.outcomes)):<32} {case.why}")
