"""Footnotes of a PDF page go after the text, not into the sentence that runs on to the next page."""
from __future__ import annotations

import pytest

from extractor.pipeline import Extractor
from extractor.read import read_file
from tests.conftest import SHARED

FILES = SHARED / "corpus" / "files"


def real(name):
    path = FILES / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared absent)")
    return path


def test_a_footnote_no_longer_cuts_the_sentence_it_sits_under():
    text = read_file(real("vb_3367-UB-_bao_cao_ket_qua_tong_hop_yeu_cau_hoi_to_chuc_DH.signed.signed.pdf")).text
    assert "đăng ký nhiệm vụ nhà nước giao năm 2025 và Công văn số 3191/SXD-VP" in text
    note = text.index("1 Công văn số 5956/STNMT-CCBVMT")
    assert note > text.index("Đỗ Văn Chung")                 # after the signature block
    assert text[note - 2:note] == "\n\n"


def test_notes_keep_their_numbers_and_the_signer_is_still_read():
    path = real("vb_3367-UB-_bao_cao_ket_qua_tong_hop_yeu_cau_hoi_to_chuc_DH.signed.signed.pdf")
    r = Extractor().extract_source(read_file(path), source_name=path.name)
    assert r.metadata.signer == "Đỗ Văn Chung"
    assert "5956/STNMT-CCBVMT" in {c.key for c in r.citations}   # what a note cites is still cited


def test_a_letter_with_four_notes_on_one_page():
    text = read_file(real("tr_2826_SCT-CN_VB01__kho_VLNCN_moMongSon_BaoAi_19.5.2026.pdf")).text
    tail = text[text.index("Nơi nhận"):]
    # notes that open with a quotation ("2 “đ) Bản sao ...") or the number of the clause they quote ("3 13. Bảo trì")
    for note in ("1 Lý do:", "2 “đ) Bản sao văn bản", "3 13. Bảo trì công trình", "4 Điểm g, khoản 2, Điều 5",
                 "5 đ) Khi có yêu cầu"):
        assert note in tail
    # the sentence that runs over the notes' page is whole: "khoản 5" / "Điều 33 Nghị định ..." (no article heading),
    # and a symbol cut after its dash at a line's end ("06/2021/TT-" / "BXD") is written whole
    assert "điểm đ 5 khoản 5 Điều 33 Nghị định số 06/2021/NĐ-CP" in text
    assert "Thông tư số 06/2021/TT-BXD ngày 30/6/2021" in text
