"""The web page in headless Chromium: upload a seed PDF, wait for its job, read it in the document view, click a
task, open an agency and export its tasks, open the citation graph and click a node, search without diacritics.
A screenshot of every view goes to test-artifacts/screenshots/, and every view passes axe-core."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

import pytest

from tests.e2e.conftest import PDF_SEED, check_accessibility, goto, open_page, save_key, screenshot

#: Not a plan: refused by the upload itself (415).
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
#: Looks like a PDF, is not one: accepted, and its job fails.
BROKEN_PDF = b"%PDF-1.4\n% this is not really a PDF\n"
#: Records every state text and progress value an upload row shows, in order.
RECORD_UPLOADS = """() => {
  window.__uploadLog = [];
  const log = () => document.querySelectorAll('.upload-item').forEach((row) => {
    const entry = [row.querySelector('.upload-name').textContent, row.dataset.state,
                   row.querySelector('.upload-state').textContent, row.querySelector('progress').value];
    const last = window.__uploadLog.filter((e) => e[0] === entry[0]).pop();
    if (!last || last[1] !== entry[1] || last[2] !== entry[2]) window.__uploadLog.push(entry);
  });
  new MutationObserver(log).observe(document.querySelector('.uploads'), {subtree: true, childList: true, characterData: true, attributes: true});
}"""


@dataclass
class Uploaded:
    document_id: int
    name: str
    log: list[list]             # [file name, state, state text, progress] as the rows changed
    final: dict[str, tuple[str, str, float]]
    result: dict                # GET /documents/{id}


@pytest.fixture(scope="module")
def uploaded(server, browser, fixtures, api) -> Uploaded:
    """The seed PDF, a PNG and a broken PDF uploaded together through the home page, as a person would."""
    from playwright.sync_api import expect

    pdf = next(f for f in fixtures["pdf"] if f.name.startswith(PDF_SEED))
    w = open_page(browser)
    try:
        page = goto(w, server.url + "/ui/")
        save_key(page)
        page.evaluate(RECORD_UPLOADS)
        page.set_input_files("#upload-files", [{"name": pdf.name, "mimeType": "application/pdf", "buffer": pdf.read_bytes()},
                                               {"name": "anh.png", "mimeType": "image/png", "buffer": PNG},
                                               {"name": "hong.pdf", "mimeType": "application/pdf", "buffer": BROKEN_PDF}])
        page.get_by_role("button", name="Tải lên").click()
        rows = page.locator(".upload-item")
        expect(rows).to_have_count(3)
        expect(page.locator(".upload-item[data-state=done], .upload-item[data-state=failed]")).to_have_count(3, timeout=120_000)
        link = page.get_by_role("link", name=f"Mở văn bản: {pdf.name}")
        document_id = int(link.get_attribute("href").rsplit("/", 1)[1])
        expect(page.locator("table.data a", has_text="53/KH-UBND")).not_to_have_count(0)  # the list was refreshed
        final = {}
        for i in range(3):
            row = rows.nth(i)
            final[row.locator(".upload-name").inner_text()] = (row.get_attribute("data-state"), row.locator(".upload-state").inner_text(),
                                                               float(row.locator("progress").evaluate("p => p.value")))
        log = page.evaluate("window.__uploadLog")
        screenshot(page, "1-upload")
        check_accessibility(page, "upload")
        assert not w.errors, w.errors
    finally:
        w.page.context.close()
    return Uploaded(document_id, pdf.name, log, final, api.get(f"/documents/{document_id}").json())


def test_upload_shows_each_file_state_in_words(uploaded):
    state, words, progress = uploaded.final[uploaded.name]
    assert state == "done" and words == "Xong: đã lưu vào kho" and progress == 1.0
    seen = [e[2] for e in uploaded.log if e[0] == uploaded.name]
    assert any(s.startswith(("Đang chờ", "Đang xử lý")) for s in seen), seen  # the job's state was shown on the way
    state, words, _ = uploaded.final["anh.png"]
    assert state == "failed" and words.startswith("Thất bại: Loại tệp không được hỗ trợ"), words
    state, words, _ = uploaded.final["hong.pdf"]
    assert state == "failed" and words.startswith("Thất bại:") and "hong.pdf" in words, words
    assert uploaded.result["source"]["media_type"] == "application/pdf"


def test_home_shows_the_jobs_by_state_and_the_failures_by_reason(watched, server, uploaded, api):
    from playwright.sync_api import expect

    summary = api.get("/jobs/summary").json()
    assert summary["failures_by_reason"].get("unreadable", 0) >= 1          # hong.pdf
    page = goto(watched, server.url + "/ui/")
    jobs = page.locator("section[aria-labelledby=jobs-h]")
    expect(jobs.locator(".job-states")).to_have_text(
        f"Đang chờ: {summary['states']['queued']} · Đang xử lý: {summary['states']['running']} · "
        f"Xong: {summary['states']['done']} · Thất bại: {summary['states']['failed']}")
    expect(jobs.locator(".job-reasons")).to_contain_text(f"Không đọc được tệp: {summary['failures_by_reason']['unreadable']}")
    row = jobs.locator("table tbody tr", has_text="hong.pdf")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Không đọc được tệp. Chi tiết: hong.pdf")
    check_accessibility(page, "home-jobs")


def _task_with_box(result) -> dict:
    return next(a for a in result["assignments"] if a["agencies"] and a["span"]["page"] and a["span"]["box"])


def test_document_view_highlights_and_fields(watched, server, uploaded):
    from playwright.sync_api import expect

    result = uploaded.result
    page = goto(watched, f"{server.url}/ui/documents/{uploaded.document_id}")
    expect(page.locator("h1")).to_have_text("Kế hoạch 53/KH-UBND")
    expect(page.locator(".doc-header")).to_contain_text("Thái Bình")
    expect(page.locator(".doc-text .hl-task")).to_have_count(len(result["assignments"]))
    expect(page.locator(".doc-text .hl-citation")).not_to_have_count(0)
    expect(page.locator(".doc-text .hl-agency")).not_to_have_count(0)
    sections = page.locator(".toc a")
    assert sections.count() >= len(result["sections"]) > 0

    task = _task_with_box(result)
    page.locator(f"#task-{task['id']}").click()
    panel = page.locator("#details .task-fields").first
    for agency in task["agencies"]:
        expect(panel.get_by_role("link", name=agency, exact=True)).to_be_visible()
    expect(panel.locator("blockquote")).to_have_text(task["text"])
    image = page.locator("#details figure.page img")
    expect(image).to_have_attribute("src", f"/documents/{uploaded.document_id}/pages/{task['span']['page']}.png")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    box, frame = page.locator("#details .page-box").bounding_box(), image.bounding_box()
    assert box["width"] > 20 and box["height"] > 5
    assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1
    screenshot(page, "2-document")
    check_accessibility(page, "document")

    other = next(a for a in result["assignments"] if a["id"] != task["id"])
    page.locator(f"#task-{other['id']}").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#details h3").first).to_have_text(f"Nhiệm vụ {other['id']}")

    citation = page.locator(".hl-citation[role=button]").first
    citation.click()
    expect(page.locator("#details h3").first).to_have_text("Trích dẫn")
    expect(page.locator("#details a[href^='/ui/citations/']")).not_to_have_count(0)
    assert not watched.errors and not watched.console, (watched.errors, watched.console)


def test_agency_view_filters_and_exports(watched, server, uploaded, api, tmp_path):
    from openpyxl import load_workbook
    from playwright.sync_api import expect

    agency = _task_with_box(uploaded.result)["agencies"][0]
    path = f"/agencies/{quote(agency)}/obligations"
    everything = api.get(path, params={"limit": 200}).json()
    page = goto(watched, f"{server.url}/ui/agencies/{quote(agency)}")
    expect(page.locator("h1")).to_have_text(agency)
    rows = page.locator("table.obligations tbody tr")
    expect(rows).to_have_count(min(200, everything["count"]))
    expect(page.locator(f"table.obligations a[href='/ui/documents/{uploaded.document_id}']")).not_to_have_count(0)
    dated = [o for o in everything["data"] if o["due"]]
    expect(page.locator("svg.timeline circle.dot")).to_have_count(len(dated))

    page.select_option("#f-role", "lead")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"role=lead"))
    page.wait_for_selector("body[data-ready=true]", state="attached")
    leads = api.get(path, params={"role": "lead", "limit": 200}).json()
    assert leads["count"] > 0
    expect(rows).to_have_count(leads["count"])
    for cell in rows.locator("td:nth-child(4)").all_inner_texts():
        assert cell.startswith("Chủ trì")
    screenshot(page, "3-agency")
    check_accessibility(page, "agency")

    with page.expect_download() as info:
        page.get_by_role("link", name="Xuất XLSX").click()
    xlsx = tmp_path / info.value.suggested_filename
    info.value.save_as(xlsx)
    ws = load_workbook(xlsx).active
    assert ws.cell(1, 1).value == "Cơ quan" and ws.max_row == leads["count"] + 1
    assert {ws.cell(r, 2).value for r in range(2, ws.max_row + 1)} == {"Chủ trì"}

    with page.expect_download() as info:
        page.get_by_role("link", name="Xuất CSV").click()
    rows_csv = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
    assert len(rows_csv) == leads["count"] + 1
    with page.expect_download() as info:
        page.get_by_role("link", name="Lịch .ics").click()
    assert open(info.value.path(), encoding="utf-8").read().startswith("BEGIN:VCALENDAR")
    assert not watched.errors, watched.errors


def _chain_edges(graph: dict) -> set[int]:
    """The implementation chain through the roots, as the page defines it: basis/implements edges, up and down."""
    out: set[int] = set()
    for near, far in (("source", "target"), ("target", "source")):
        seen, frontier = set(graph["roots"]), set(graph["roots"])
        while frontier:
            nxt = set()
            for i, e in enumerate(graph["edges"]):
                if e["relation"] in ("basis", "implements") and e[near] in frontier:
                    out.add(i)
                    if e[far] not in seen:
                        seen.add(e[far])
                        nxt.add(e[far])
            frontier = nxt
    return out


def test_graph_view_pan_zoom_and_open_a_node(watched, server, uploaded, api):
    from playwright.sync_api import expect

    graph = api.get("/graph", params={"document": uploaded.document_id, "depth": 2, "direction": "both"}).json()
    page = goto(watched, f"{server.url}/ui/graph?document={uploaded.document_id}")
    expect(page.locator("svg.graph a.node")).to_have_count(len(graph["nodes"]))
    expect(page.locator("svg.graph line.edge")).to_have_count(len(graph["edges"]))
    chain = _chain_edges(graph)
    assert chain, "the plan rests on 25/CT-TTg: its chain is not empty"
    expect(page.locator("svg.graph line.edge.chain")).to_have_count(len(chain))
    expect(page.locator(".graph-tables table").nth(0).locator("tbody tr")).to_have_count(len(graph["nodes"]))
    expect(page.locator(".graph-tables table").nth(1).locator("tbody tr")).to_have_count(len(graph["edges"]))

    viewport = page.locator("svg.graph g.viewport")
    before = viewport.get_attribute("transform")
    svg = page.locator("svg.graph").bounding_box()
    page.mouse.move(svg["x"] + 8, svg["y"] + 8)
    page.mouse.down()
    page.mouse.move(svg["x"] + 108, svg["y"] + 58, steps=5)
    page.mouse.up()
    panned = viewport.get_attribute("transform")
    assert panned != before and "scale(" in panned
    page.mouse.move(svg["x"] + svg["width"] / 2, svg["y"] + svg["height"] / 2)
    page.mouse.wheel(0, -300)
    page.wait_for_function("([el, t]) => el.getAttribute('transform') !== t", arg=[viewport.element_handle(), panned])
    page.get_by_role("button", name="Vừa khung").click()
    screenshot(page, "4-graph")
    check_accessibility(page, "graph")

    cited_by_root = {e["target"] for e in graph["edges"] if e["source"] in graph["roots"]}
    cited = next(n for n in graph["nodes"] if n["id"] in cited_by_root and n["document"] is None)
    page.locator(f"svg.graph a.node[data-node='{cited['id']}'] circle").click()
    page.wait_for_url(re.compile(r"/ui/citations/"))
    page.wait_for_selector("body[data-ready=true]", state="attached")
    assert unquote(page.url.split("/ui/citations/", 1)[1].split("?")[0]) == cited["key"]
    expect(page.locator("h1")).to_have_text(f"Trích dẫn: {cited['key']}")
    expect(page.locator("table.data a[href='/ui/documents/%d']" % uploaded.document_id)).not_to_have_count(0)
    page.wait_for_selector("svg.graph a.node")
    screenshot(page, "5-citation")
    check_accessibility(page, "citation")
    assert not watched.errors, watched.errors


def test_search_ignores_diacritics(watched, server, uploaded, api):
    from playwright.sync_api import expect

    page = goto(watched, f"{server.url}/ui/")
    page.fill("#quick-q", "cai nghien")
    page.press("#quick-q", "Enter")
    page.wait_for_url(re.compile(r"/ui/search\?q=cai\+nghien"))
    page.wait_for_selector("body[data-ready=true]", state="attached")
    hits = api.get("/search", params={"q": "cai nghien", "limit": 50}).json()
    assert hits["count"] > 0 and hits["count"] >= len(hits["data"])
    expect(page.locator(".hit")).to_have_count(len(hits["data"]))   # the first page; `count` is the total
    if hits["count"] > len(hits["data"]):
        expect(page.locator("#main")).to_contain_text(f"{hits['count']} kết quả, hiển thị {len(hits['data'])}")
    marks = set(page.locator(".hit-text mark.match").all_inner_texts())
    assert {"nghiện"} <= {m.lower() for m in marks}, marks
    expect(page.locator(f".hit a[href^='/ui/documents/{uploaded.document_id}#']")).not_to_have_count(0)
    screenshot(page, "6-search")
    check_accessibility(page, "search")


@pytest.mark.parametrize("path,name", [("/ui/agencies", "agencies"), ("/ui/citations", "citations"), ("/ui/nowhere", "not-found")])
def test_other_views_are_accessible(watched, server, uploaded, path, name):
    from playwright.sync_api import expect

    page = goto(watched, server.url + path)
    expect(page.locator("h1")).not_to_be_empty()
    screenshot(page, f"7-{name}")
    check_accessibility(page, name)
    assert not watched.errors, watched.errors


def test_the_key_in_the_address_is_kept_for_the_tab(watched, server):
    """scripts/up.sh prints /ui/#key=...: the page keeps the key for the tab and takes it out of the address."""
    from playwright.sync_api import expect

    from tests.e2e.conftest import KEY

    page = goto(watched, f"{server.url}/ui/#key={KEY}")
    expect(page.locator(".key-status")).to_have_text("Đã có khóa cho phiên làm việc này.")
    assert "key=" not in page.url
    assert page.evaluate("sessionStorage.getItem('kehoach.apiKey')") == KEY
