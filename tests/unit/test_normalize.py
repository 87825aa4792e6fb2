"""normalize(): markup, Unicode, invisible characters, portal artefacts, page-break joins — and offsets back to the source."""
from __future__ import annotations

import unicodedata

import pytest

from extractor.normalize import normalize

CASES = [
    # (raw, expected normalized text)
    ("Số: **53** /KH-UBND", "Số: 53 /KH-UBND"),
    ("### **I. MỤC ĐÍCH, YÊU CẦU**", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("## **2. Sở Lao động, Thương binh và Xã hội**", "2. Sở Lao động, Thương binh và Xã hội"),
    ("Nghị quyết số 30/NQ-CP**\n\nngày 07/3/2017 của Chính phủ", "Nghị quyết số 30/NQ-CP ngày 07/3/2017 của Chính phủ"),
    ("các trang\n\n\n\nmạng xã hội", "các trang mạng xã hội"),
    ("kết thúc câu.\n\nmạng", "kết thúc câu.\n\nmạng"),            # a sentence end is not joined
    ("**Thực hiện công tác**  \n**và phòng, chống**", "Thực hiện công tác và phòng, chống"),
    ("từ ngoài ~~biên~~ giới", "từ ngoài biên giới"),
    ("Hoàn thành trước ngày  31/8/2025 )", "Hoàn thành trước ngày 31/8/2025 )"),
    ("A\u200bB\u00adC\ufeffD", "ABCD"),                              # zero-width, soft hyphen, BOM
    ("Công\u00a0an\u2009tỉnh", "Công an tỉnh"),                      # non-breaking and thin spaces
    ("a\x00b\x07c", "abc"),                                          # control characters
    ("Dòng\r\nMới\rCũ", "Dòng\nMới\nCũ"),
    ("hard-wrapped dòng\ntiếp tục", "hard-wrapped dòng tiếp tục"),      # portal hard wraps
    ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| TỈNH THÁI BÌNH | Độc lập |",
     "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH THÁI BÌNH\nĐộc lập"),
    ("theo quy định. / *Tu*", "theo quy định."),
    ("- Lưu: VT, NC. *ut*", "- Lưu: VT, NC."),
    ("theo quy định./. A2", "theo quy định./."),
    ("chống HIV/AIDS\nvà phòng", "chống HIV/AIDS và phòng"),           # not a stray mark
    ("theo quy định. Các\nsở", "theo quy định. Các sở"),              # a word after a period is text
    ("* Tổ chức tuyên truyền", "- Tổ chức tuyên truyền"),
    ("Dự án “*Nâng cao hiệu quả*” theo", "Dự án “Nâng cao hiệu quả” theo"),
    ("\\- không phải gạch đầu dòng", "- không phải gạch đầu dòng"),
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_normalize_text(raw, expected):
    assert normalize(raw).text == expected


def test_decomposed_input_becomes_nfc_with_source_offsets():
    raw = unicodedata.normalize("NFD", "Sở Y tế tỉnh Thái Bình")
    n = normalize(raw)
    assert n.text == "Sở Y tế tỉnh Thái Bình"
    i = n.text.index("Thái")
    s, e = n.source_span(i, i + 4)
    assert unicodedata.normalize("NFC", raw[s:e]) == "Thái"


@pytest.mark.parametrize("raw,needle", [
    ("Số: **53** /KH-UBND", "53 /KH-UBND"),
    ("### **III. PHÂN CÔNG**\n\n#### **1. Công an tỉnh**", "Công an tỉnh"),
    ("trang\n\nmạng xã hội", "mạng xã hội"),
])
def test_offsets_map_back_to_source(raw, needle):
    n = normalize(raw)
    i = n.text.index(needle)
    s, e = n.source_span(i, i + len(needle))
    assert raw[s:e].replace("**", "") == needle or raw[s:e] == needle


def test_label_alone_on_a_line_joins_its_text():
    """Portal copies wrap right after an item's label: "-\\nPhân công ...", "*1.1.\\nTrưởng Ban Chỉ đạo*"."""
    from extractor.normalize import normalize

    raw = "**1.\nNhiệm vụ của thành viên Ban Chỉ đạo**\n\n*1.1.\nTrưởng Ban Chỉ đạo*\n\n-\nPhân công, chỉ đạo.\n\n| 1 |\n"
    n = normalize(raw)
    assert "1. Nhiệm vụ của thành viên Ban Chỉ đạo" in n.text
    assert "1.1. Trưởng Ban Chỉ đạo\n" in n.text
    assert "- Phân công, chỉ đạo." in n.text
    i = n.text.index("Phân công")
    assert raw[n.source_span(i, i + 9)[0]:][:9] == "Phân công"
