"""Shapes of central telegrams, conclusion notices and letters met on samples/annotated/extra e12-e16 (annotated before
the extractor ran on them) and checked on other portal documents of the same shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.blocks import BULLET, split_blocks
from extractor.pipeline import extract_text
from tests.annotated import extra_doc, find_task

ROOT = Path(__file__).resolve().parents[2]
PORTAL = ROOT.parent / "shared" / "corpus" / "portal"


def test_small_roman_subitems_are_items_under_their_lettered_item():
    text = "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n(i) Tập đoàn A báo cáo.\n(iv) Giao Bộ Công Thương xem xét.\n"
    blocks = split_blocks(text)
    assert [(b.kind, b.label) for b in blocks][1:] == [(BULLET, "(i)"), (BULLET, "(iv)")]
    # "(i)" inside a sentence is no item
    assert len(split_blocks("Các nội dung gồm (i) cắt giảm thủ tục; (ii) đơn giản hóa.\n")) == 1


def test_conclusion_notice_requests_under_de_nghi_and_orders_under_giao():
    res = extra_doc("e13_")   # 653/TB-VPCP
    pvn = find_task(res, "Tập đoàn Dầu khí Việt Nam", "báo cáo Thủ tướng")
    assert pvn.requested and pvn.role == "responsible"
    investor = find_task(res, "Chủ đầu tư", "phối hợp chặt chẽ")
    assert investor.requested and investor.role == "support"
    assert not find_task(res, "Bộ Công Thương", "nghiên cứu, xem xét").requested   # "(iv) Giao Bộ Công Thương ..."
    # a centrally-run city named in a central notice is the city's committee; a province's is the province's
    assert find_task(res, "Ủy ban nhân dân thành phố", "chỉ đạo các sở").requested
    assert find_task(res, "Ủy ban nhân dân tỉnh", "chỉ đạo đơn vị").requested
    # "c) Về việc thỏa thuận giao cắt tuyến ống Cái\nMép-Phú Mỹ: Ủy ban nhân dân ...": the topic label wrapped
    find_task(res, "Ủy ban nhân dân thành phố", "xử lý dứt điểm")


def test_ministry_letter_items_belong_to_the_addressee_of_its_request():
    res = extra_doc("e14_")   # 17986/BTC-CT
    assert [s.kinds for s in res.sections] == [["assignments"]] * 3
    uban = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    assert [a.text[:20] for a in res.assignments if a.agencies == [uban] and a.requested] == [
        "Phổ biến rộng rãi nộ", "Lồng ghép nội dung C", "Chỉ đạo đầu mối phối"]
    # "Bộ Tài chính gửi kèm bộ Cẩm nang gồm: - ..." is the writer speaking, not a task of the ministry
    assert not any("Bộ Tài chính" in a.agencies for a in res.assignments)
    assert {c.key for c in res.citations if c.relation == "basis"} >= {"126/2020/NĐ-CP", "125/2025/NĐ-CP"}


def test_telegram_items_name_groups_roles_and_partners():
    res = extra_doc("e12_")   # 224/CĐ-TTg
    first = find_task(res, "Các tập đoàn, tổng công ty nhà nước", "tiếp tục nâng cao")
    assert first.agencies == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                              "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                              "Các tập đoàn, tổng công ty nhà nước"]
    standing = find_task(res, "Bộ Xây dựng", "Tiếp tục phát huy vai trò")
    assert standing.role == "lead"   # "... vai trò cơ quan Thường trực chủ trì, phối hợp với ..."
    assert "Tập đoàn Bưu chính Viễn thông Việt Nam" in standing.partners
    assert find_task(res, "Bộ Tài chính", "chủ trì cùng").partners == ["Bộ Xây dựng"]
    # "... của Thủ tướng\nChính phủ, Trưởng Ban ...": one task across the wrapped line
    assert find_task(res, "Bộ Xây dựng", "Khẩn trương thực hiện").partners == ["Bộ Nội vụ"]
    # "các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ"
    assert {"10894/VPCP-CN", "8563/VPCP-CN"} <= {c.key for c in res.citations}


def test_city_letter_heading_of_heads_of_bodies_and_dated_citation():
    res = extra_doc("e16_")   # 4240/UBND-VX
    groups = ["Các sở, ban, ngành thành phố", "Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân thành phố",
              "Ủy ban nhân dân cấp xã"]
    assert sum(a.agencies == groups for a in res.assignments) == 4
    assert find_task(res, "Sở Nội vụ", "Tiếp tục phối hợp").partners == ["Trung tâm Chuyển đổi số thành phố"]
    cited = next(c for c in res.citations if c.key == "3280/UBND-VX")
    assert cited.date == "2025-10-28" and cited.issuer == "Chủ tịch Ủy ban nhân dân Thành phố"


def test_plain_letter_opening_is_its_basis():
    res = extra_doc("e15_")   # 5095/SGDĐT-CTTTHSSV
    assert [c.key for c in res.citations if c.relation == "basis"] == ["6356/UBND-NNMT"]


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
def test_notice_closing_is_no_task_but_a_task_of_the_office_is():
    closing = extract_text((PORTAL / "24701a1c97c8c368.md").read_text(encoding="utf-8"))   # 634/TB-VPCP
    assert not any("Văn phòng Chính phủ" in a.agencies and "thông báo" in a.text for a in closing.assignments)
    tasked = extract_text((PORTAL / "74e2ddc7b11340da.md").read_text(encoding="utf-8"))   # 624/TB-VPCP
    assert any(a.agencies == ["Văn phòng Chính phủ"] and a.text.startswith("chủ trì tham mưu")
               for a in tasked.assignments)


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
def test_parenthesised_numbered_items_and_heads_addressed_as_comrades():
    notice = extract_text((PORTAL / "05729ab54fc07c39.md").read_text(encoding="utf-8"))   # 631/TB-VPCP
    # "(1) Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với ..." under "yêu cầu các bộ, ngành tập trung ...:"
    led = [a for a in notice.assignments if a.agencies == ["Bộ Nông nghiệp và Môi trường"] and a.role == "lead"]
    assert len(led) == 2 and led[0].partners == ["Bộ Dân tộc và Tôn giáo", "Bộ Tài chính"]
    assert not any("tập trung" in ag for a in notice.assignments for ag in a.agencies)
    telegram = extract_text((PORTAL / "344b9eec106a648a.md").read_text(encoding="utf-8"))   # 220/CĐ-TTg
    # "Các Bộ: Tài chính, Y tế, ...: (1) Bộ Tài chính giải quyết ...": each item its ministry's, no "Sở"
    assert any(a.agencies == ["Bộ Y tế"] and a.text.startswith("hoàn thành nâng cấp") for a in telegram.assignments)
    assert not any(ag.startswith("Sở ") for a in telegram.assignments for ag in a.agencies)
    heads = extract_text((PORTAL / "405a6cabda393030.md").read_text(encoding="utf-8"))   # 659/TB-VPCP
    # "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ ..."
    assert any(a.agencies == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"] for a in heads.assignments)


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
def test_government_office_letter_conveys_tasks_named_at_sentence_start():
    one = extract_text((PORTAL / "06690fd4027d01c8.md").read_text(encoding="utf-8"))   # 11299/VPCP-KGVX
    # "... Phó Thủ tướng Chính phủ Nguyễn Chí Dũng có ý kiến như sau:\nBộ Khoa học và Công nghệ chủ trì, phối hợp ..."
    task = one.assignments[0]
    assert task.agencies == ["Bộ Khoa học và Công nghệ"] and task.role == "lead"
    assert task.partners == ["Bộ Quốc phòng", "Bộ Nội vụ"] and task.deadline.due == "2026-03-31"
    two = extract_text((PORTAL / "2c71d790ecdeb8d1.md").read_text(encoding="utf-8"))   # 11654/VPCP-CN
    # two sentences glued into one paragraph by the copy: "Chủ tịch UBND tỉnh Hưng Yên ... 2025. Ủy ban nhân dân các tỉnh:
    # Ninh Bình, ... đẩy nhanh ..."
    assert [a.agencies for a in two.assignments] == [["Ủy ban nhân dân tỉnh"],
                                                      ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]]
    assert two.assignments[0].text.endswith("trước ngày 03 tháng 12 năm 2025.")
    # statements are no tasks: "Bộ Tài chính đang xây dựng ...", "Bộ Nội vụ đã có Văn bản ..."
    tax = extract_text((PORTAL / "3eb6b0065020aac4.md").read_text(encoding="utf-8"))   # 5664/CT-CS
    assert not any(a.text.startswith("đang") for a in tax.assignments)


@pytest.mark.skipif(not PORTAL.exists(), reason="shared corpus not mounted")
def test_telegram_heading_of_ministers_and_heads_of_ministry_level_bodies():
    res = extract_text((PORTAL / "344b9eec106a648a.md").read_text(encoding="utf-8"))   # 220/CĐ-TTg
    # "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\nTập trung chỉ đạo quyết liệt ..."
    assert any(a.agencies == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"] and a.text.startswith("Tập trung chỉ đạo")
               for a in res.assignments)
