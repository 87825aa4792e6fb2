"""Whom a department's letters and notices ask, when they name the body by a short name or a word for their addressees
(e37–e39: letters and a notice of Lào Cai's Sở Công Thương read from their original files' text)."""
from __future__ import annotations

from extractor.agencies import default_registry
from extractor.normalize import normalize
from extractor.references import addressees, defined_names
from tests.annotated import EXTRA, extra_doc, find_task

MONG_SON = "Công ty cổ phần Mông Sơn"


def _text(stem: str) -> str:
    return normalize(next(EXTRA.glob(f"{stem}*.txt")).read_text(encoding="utf-8")).text


def test_a_short_name_the_letter_defines_stands_for_the_body():
    # "Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công ty)", then "Đề nghị Công ty hiệu chỉnh ...", "...; đề nghị
    # Công ty tách số lượng ...", "Sau khi hoàn thiện ..., đề nghị Công ty nộp lại hồ sơ ..."
    assert dict(defined_names(default_registry(), _text("e37_"))) == {"công ty": MONG_SON}
    r = extra_doc("e37_")
    for opening in ("hiệu chỉnh thống nhất", "tách số lượng", "nộp lại hồ sơ"):
        t = find_task(r, MONG_SON, opening)
        assert t.requested and t.agency_refs[0].written == "Công ty"
    assert all(a.agencies == [MONG_SON] for a in r.assignments)
    # the closing "Sở Công Thương thông báo cho Công ty ... được biết và thực hiện./." is the writer's own voice
    assert not any("Sở Công Thương" in a.agencies for a in r.assignments)
    assert r.metadata.title == "trả lại hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp"   # not run on into "Kính gửi"


def test_the_head_word_of_the_one_addressee_is_that_body():
    # "Kính gửi: Công ty cổ phần Mông Sơn" ... "3. Sau khi hoàn thành ..., đề nghị Công ty gửi hồ sơ về Sở Công Thương ..."
    r = extra_doc("e38_")
    assert find_task(r, MONG_SON, "gửi hồ sơ về Sở Công Thương").requested
    assert [s.kinds for s in r.sections] == [["assignments"]] * 3   # item 2 asks the same body again


def test_a_notice_without_kinh_gui_asks_the_outside_bodies_it_is_sent_to():
    # "Nơi nhận: - Công ty CP XD Giao thông Yên Bái; - Tổng công ty xây dựng Trường Sơn; - Công ty TNHH Hiệp Phú;
    # - Ban Giám đốc Sở; - Lưu: VT, CN": "Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:"
    units = ["Công ty CP XD Giao thông Yên Bái", "Tổng công ty xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú"]
    assert [h.name for h in addressees(default_registry(), _text("e39_"))] == units
    r = extra_doc("e39_")
    for opening in ("tiếp tục tăng cường", "Tiếp tục thực hiện giám sát", "Về kho VLNCN", "Nghiêm chỉnh chấp hành"):
        assert sorted(find_task(r, units[0], opening).agencies) == sorted(units)
    assert find_task(r, units[0], "tiếp tục tăng cường").requested          # "Đề nghị Công ty ..."
    assert not find_task(r, units[0], "Nghiêm chỉnh").requested             # under "yêu cầu"
    assert [s.kinds for s in r.sections] == [[], ["assignments"]]           # "2. Kiến nghị"


def test_the_signature_block_after_the_archive_line_of_a_word_file():
    # "- Lưu: VT, KT, ĐT&QHXD, KGVXNV,  NCKSTTHC.Châu" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Nguyễn Minh"
    r = extra_doc("e40_")
    assert r.metadata.signer == "Nguyễn Minh"
    assert r.metadata.recipients[-1] == "Lưu: VT, KT, ĐT&QHXD, KGVXNV, NCKSTTHC.Châu"


def test_a_heading_over_a_paragraph_written_on_one_line_ends_there():
    long = "Giấy đề nghị ngày 14/7/2026 ghi gộp số lượng thuốc nổ và kíp nổ; " * 5 + "đề nghị Công ty tách số lượng."
    text = normalize(f"3. Ghi rõ số lượng theo từng chủng loại trong Giấy đề nghị\n{long}\n").text
    assert text.startswith("3. Ghi rõ số lượng theo từng chủng loại trong Giấy đề nghị\n\nGiấy đề nghị ngày")
    # a hard-wrapped copy still runs on: its lines are short
    assert "Giấy đề nghị Giấy" in normalize("3. Ghi rõ số lượng trong Giấy đề nghị\nGiấy đề nghị ngày 14/7/2026.\n").text


def test_an_article_number_that_opens_a_wrapped_line_is_no_heading():
    # a portal's hard wrap ("... theo quy định tại\nĐiều 5 Nghị định số ..."); an article's heading has its mark
    text = normalize("Thực hiện theo quy định tại\nĐiều 5 Nghị định số 06/2021/NĐ-CP của Chính phủ.\n\nĐiều 2. Quyết định này\n").text
    assert "quy định tại Điều 5 Nghị định" in text and "\n\nĐiều 2." in text
