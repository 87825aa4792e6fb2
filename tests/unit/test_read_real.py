"""Reading real files (issue 12): signed PDFs, stamps, the page quality measure, images by OCR, .doc.

The real files live in ../shared (corpus/files, eval/dev/files); tests on them are skipped where it is absent."""
from __future__ import annotations

import io
import shutil

import pytest

from extractor.read import read_bytes, read_file
from extractor.read.legacy import repair
from extractor.read.quality import is_syllable, measure
from tests.conftest import SHARED

FILES = SHARED / "corpus" / "files"
DEV = SHARED / "eval" / "dev" / "files"


def real(path):
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared absent)")
    return path


# ----------------------------------------------------------------- the quality measure

@pytest.mark.parametrize("text", [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "nghiêng quyết giữa khuya khuỷu xoong gìn thuở",
    "theo điểm a khoản 1 Điều 39 Nghị định số 181/2024/NĐ-CP; HĐND, UBND, điểm đ",
    "kinh tuyến trục 104º45’, múi chiếu 3º",
])
def test_clean_vietnamese_scores_one(text):
    assert measure(text).score == 1.0


@pytest.mark.parametrize("text,kind", [
    ("C Ộ NG HÒA XÃ H Ộ I", "split letters"),          # letters split from their syllable (issue 12)
    ("S Ở Ở CÔNG TH ƯƠN ƠNG qu ản ản lý Hà Nộ Nộ i", "split letters"),
    ("CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM", "mojibake"),   # a legacy font read without its encoding
])
def test_damaged_text_scores_low(text, kind):
    q = measure(text)
    assert q.score < 0.5 and q.problem == kind


def test_doubled_syllables_are_counted():
    assert measure("qu ản ản lý Hà Nộ Nộ i").doubled == 2


def test_tone_rules_catch_a_wrong_glyph_map():
    # a stop final (p, t, c, ch) takes only the acute or the dot below: "chầp" is "chấp" through a wrong map
    assert not is_syllable("chầp") and not is_syllable("hoàt")
    assert is_syllable("chấp") and is_syllable("thuật") and is_syllable("kiểm")
    assert measure("Kiêm tra, chầp hành nghiêm").invalid == 1


def test_unicode_text_with_latin1_signs_is_not_converted_as_legacy():
    # "º" made the VISCII detector fire on a Unicode page and turn "VÕ LAO" into "VẠ LAO"
    text = ("CÔNG TY XÂY DỰNG VÀ KINH DOANH KẾT CẤU HẠ TẦNG KCN VÕ LAO\n" +
            "- Bảng hệ tọa độ VN 2,000, kinh tuyến trục 104º45’, múi chiếu 3º\n" * 6 + "3º\n" * 10)
    assert repair(text).encoding is None


def test_tcvn3_text_is_still_converted():
    fixed = repair("Thùc hiÖn ChØ thÞ cña Bé vµ c¸c tØnh trong n¨m, c¸c c¬ quan thùc hiÖn")
    assert fixed.encoding == "tcvn3" and fixed.text.startswith("Thực hiện Chỉ thị của Bộ và các tỉnh")


# ----------------------------------------------------------------- signed PDFs

def test_a_signed_letter_reads_cleanly_with_its_stamped_number_and_day():
    src = read_file(real(FILES / "tr_CV-4378-tra-ho-so-Mong-Son-2026.pdf"))
    head = src.text[:400]
    assert "Số: 4378 /SCT - CN" in head            # the number is added at signing, in a form field
    assert "Lào Cai, ngày 22 tháng 7 năm 2026" in head
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head and "SỞ CÔNG THƯƠNG" in head
    assert "Luật Quản lý" in src.text and "qu ản" not in src.text.lower() and "Ở Ở" not in src.text
    # the issuer's column is read before the motto's
    assert head.index("SỞ CÔNG THƯƠNG") < head.index("CỘNG HÒA") < head.index("Lào Cai, ngày")
    assert [r.path for r in src.page_reads] == ["text"] * 3
    assert all(r.quality >= 0.99 for r in src.page_reads)


def test_the_dev_letter_pdf_reads_its_header_as_two_columns():
    src = read_file(real(DEV / "d13_laocai-193-ubnd-kt-2026-vlncn.pdf"))
    lines = src.text.split("\n")[:6]
    assert lines == ["UỶ BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 193 /UBND-KT", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 10 tháng 01 năm 2026"]
    assert min(r.quality for r in src.page_reads) >= 0.99


def test_the_result_says_how_each_page_was_read(extractor):
    src = read_file(real(DEV / "d14_laocai-7432-ubnd-xd-2026-pccc.pdf"))
    result = extractor.extract(src.text, source_name="d14.pdf", media_type=src.media_type, src=src)
    reads = result.source.page_reads
    assert [r.page for r in reads] == [1, 2] and all(r.path == "text" and r.quality >= 0.99 for r in reads)


# ----------------------------------------------------------------- images by OCR

needs_tesseract = pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")


def _page_image(pdf_path, page: int, dpi: int = 150):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    pdf.init_forms()   # the stamped number and day are form fields
    try:
        return pdf[page].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


@needs_tesseract
def test_a_photographed_page_is_read_by_ocr_as_a_page():
    image = _page_image(real(DEV / "d14_laocai-7432-ubnd-xd-2026-pccc.pdf"), 0, dpi=200)
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(200, 200))
    src = read_bytes(buf.getvalue(), "photo.png")
    assert src.media_type == "image/png" and src.pages == 1 and src.ocr_pages == (1,)
    assert src.page_reads[0].path == "ocr" and src.page_reads[0].quality >= 0.9
    assert "7432" in src.text and "Xây dựng" in src.text
    # boxes are in points at the image's resolution: the header stands in the top fifth of an A4 page
    page, box = src.locate(src.text.index("7432"), src.text.index("7432") + 4)
    assert page == 1 and box[1] < 842 / 5


@needs_tesseract
def test_a_multi_page_tiff_gives_one_page_per_frame():
    first = _page_image(real(DEV / "d14_laocai-7432-ubnd-xd-2026-pccc.pdf"), 0, dpi=150)
    blank = first.point(lambda _: 255)
    buf = io.BytesIO()
    first.save(buf, format="TIFF", save_all=True, append_images=[blank], dpi=(150, 150))
    src = read_bytes(buf.getvalue(), "scan.tif")
    assert src.media_type == "image/tiff" and src.pages == 2
    assert [r.path for r in src.page_reads] == ["ocr", "blank"]


# ----------------------------------------------------------------- .doc

@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_a_real_doc_is_read_with_its_header_and_body():
    src = read_file(real(FILES / "vb_UB-_gia_han_thoi_gian_to_chuc_DH.doc"))
    assert src.media_type == "application/msword"
    assert "ỦY BAN NHÂN DÂN" in src.text and "Kính gửi" in src.text
    assert "Căn cứ Nghị định số 126/2024/NĐ-CP" in src.text
    assert measure(src.text).score >= 0.99
