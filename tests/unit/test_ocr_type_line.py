"""A scan's capital type line read by OCR with wrong marks ("QUYÉT ĐỊNH" for "QUYẾT ĐỊNH") is still its type line:
the header ends there, so a decree's number in the "Căn cứ" lines below is never taken for the document's own.
The text is the OCR of a real sanction decision (../shared/corpus/files/tr_QD-26-QD-XPVPHC-2026-...pdf), whose
stamped number the scan lost ("/QĐ-XPVPHC")."""
from __future__ import annotations

from extractor.pipeline import extract_text

OCR_HEAD = """BỘ CÔNG THƯƠNG
CỤC HOA CHÁT
/QĐ-XPVPHC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngàyOẨ tháng 7 năm 2026

QUYÉT ĐỊNH
Xử phạt vi phạm hành chính
CỤC TRƯỞNG CỤC HÓA CHÁT
Căn cứ Luật Xử lý vi phạm hành chính 2012 (được sửa đổi, bồ sung năm 2020, 2025);
Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019 của Chính phủ quy định về xử phạt vi ¡ phạm hành chính trong lĩnh vực hóa chất và vật liệu nổ công nghiệp;
J4 heo đề nghị của Trưởng đoàn kiểm tra.
QUYÉT ĐỊNH:
Điều 1. Xử phạt vi phạm hành chính đối với Công ty TNHH Thương mại Hải Đăng.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_an_ocr_type_line_with_wrong_marks_types_the_document_and_ends_its_header():
    m = extract_text(OCR_HEAD).metadata
    assert m.doc_type == "QĐ"
    assert m.number is None                     # not "71/2019/NĐ-CP" from the Căn cứ line
    assert m.title == "Xử phạt vi phạm hành chính"


def test_the_same_header_with_its_marks_reads_the_same():
    m = extract_text(OCR_HEAD.replace("QUYÉT", "QUYẾT")).metadata
    assert (m.doc_type, m.number, m.title) == ("QĐ", None, "Xử phạt vi phạm hành chính")
