"""The page's own logic, run in the browser on its shipped modules: how overlapping spans are layered and split,
diacritics-insensitive matching, recurrences in words, the implementation chain, the layout of the graph."""
from __future__ import annotations

import pytest

from tests.api.test_exports import RECURRENCE_CASES
from tests.e2e.conftest import goto

#: documents named the same way by the page (labels.js docLabel) and the exports (api/exports.py doc_label)
DOC_REFS = [dict(id=7, source_name="kh.docx", number=n, doc_type=t, province=None, issued_date=None, title=ti)
            for n, t, ti in [("45/KH-UBND", "KH", "x"), (None, "KH", "Thực hiện  Chỉ thị số 36-CT/TW"),
                             (None, "KH", "Kế hoạch phòng, chống ma túy"), (None, "QĐ", None), (None, None, None)]]
DOC_REFS[-1]["source_name"] = None


@pytest.fixture(scope="module")
def page(server, browser):
    from tests.e2e.conftest import open_page

    w = open_page(browser)
    goto(w, server.url + "/ui/nowhere")
    yield w.page
    w.page.context.close()


def run(page, module: str, body: str, *args):
    """Import /static/js/<module> as `m` and evaluate `body` (an expression) with `args`."""
    return page.evaluate(f"async (args) => {{ const m = await import('/static/js/{module}'); return {body}; }}", list(args))


@pytest.mark.parametrize("spans,length,expect", [
    ([(0, 10), (5, 15), (20, 25), (21, 22)], 30, [(0, 10), (10, 15), (20, 25)]),   # overlap clipped, inner dropped
    ([(5, 8), (0, 3)], 6, [(0, 3), (5, 6)]),                                       # sorted, clipped to the text
    ([(3, 3), (4, 2), (-5, 1)], 10, [(0, 1)]),                                     # empty and reversed spans dropped
    ([(0, 4), (0, 9)], 10, [(0, 9)]),                                              # the longer of two at one start
])
def test_layers_never_overlap(page, spans, length, expect):
    got = run(page, "highlight.js", "m.layer(args[0].map(([start, end]) => ({start, end})), args[1]).map(x => [x.start, x.end])",
              spans, length)
    assert [tuple(x) for x in got] == expect


def test_inline_items_are_split_at_task_edges_and_text_is_kept(page):
    got = run(page, "highlight.js", """(() => {
        const text = 'abcdefghij';
        const items = {tasks: m.layer([{kind: 'task', start: 2, end: 8, id: 'task-t1'}], 10),
                       inline: m.layer([{kind: 'agency', start: 0, end: 3}, {kind: 'deadline', start: 6, end: 9}], 10),
                       anchors: [{pos: 0, id: 'section-I'}, {pos: 5, id: 'section-I.1'}, {pos: 99, id: 'section-end'}]};
        const box = document.createElement('div');
        const refs = m.renderText(box, text, items);
        const marks = [...box.querySelectorAll('mark')].map(e => [e.dataset.kind, e.textContent, e.getAttribute('role'),
                                                                  e.parentElement === box]);
        const anchors = [...box.querySelectorAll('.anchor')].map(e => [e.id, e.parentElement === box]);
        return {text: box.textContent, marks, anchors, refs: refs.length};
    })()""")
    assert got["text"] == "abcdefghij"
    assert got["marks"] == [
        ["agency", "ab", "button", True],      # outside the task: its own button
        ["task", "cdefgh", "button", True],
        ["agency", "c", None, False],          # inside the task: part of the task's button
        ["deadline", "gh", None, False],
        ["deadline", "i", "button", True],
    ]
    assert got["anchors"] == [["section-I", True], ["section-I.1", False], ["section-end", True]]
    assert got["refs"] == 5


@pytest.mark.parametrize("text,query,marked", [
    ("Cai nghiện ma túy", "cai nghien", ["Cai", "nghiện"]),
    ("tỉnh Đắk Nông", "dak nong", ["Đắk", "Nông"]),
    ("phòng, chống ma tuý", "MA TÚY", ["ma", "tuý"]),
    ("không có gì", "cai", []),
])
def test_matches_ignore_marks_and_case(page, text, query, marked):
    got = run(page, "fold.js", """(() => { const box = document.createElement('p'); box.append(...m.markMatches(args[0], args[1]));
        return [box.textContent, [...box.querySelectorAll('mark')].map(e => e.textContent)]; })()""", text, query)
    assert got == [text, marked]


@pytest.mark.parametrize("rrule,words", RECURRENCE_CASES)
def test_recurrences_in_words(page, rrule, words):
    assert run(page, "labels.js", "m.recurrence(args[0])", rrule) == words


@pytest.mark.parametrize("status,problem,words", [
    (401, {"detail": "write endpoints are disabled: the service has no KEHOACH_API_KEY"},
     "Dịch vụ chưa cho phép tải lên (chưa đặt KEHOACH_API_KEY)"),
    (413, {"title": "Upload too large", "detail": "the limit is 10485760 bytes", "limit_bytes": 10485760}, "Tệp quá lớn (tối đa 10 MB)"),
    (413, {"title": "Upload too large", "detail": "the limit is 10 bytes"}, "Tệp quá lớn"),
    (404, {"title": "Not found", "detail": "no document 99999", "document_id": 99999}, "Không có văn bản mã 99999 trong kho"),
    (404, {"title": "Not found", "detail": "document 3 has no page 9", "document_id": 3, "page": 9}, "Văn bản 3 không có trang 9"),
    (404, {"title": "Not found", "detail": "something else"}, "Không tìm thấy"),
    (422, {"title": "Invalid request", "detail": "query.limit: Input should be ...", "errors": [{"loc": ["query", "limit"], "msg": "x"}]},
     "Tham số không hợp lệ: limit"),
    (0, None, "Không kết nối được tới dịch vụ"),
    (418, None, "Lỗi 418"),
])
def test_errors_in_words(page, status, problem, words):
    assert run(page, "labels.js", "m.problemWords(args[0], args[1])", status, problem) == words


@pytest.mark.parametrize("job,words", [
    ({"reason": "unreadable", "error": "hong.pdf: is not a readable PDF (Failed to load document (PDFium: Data format error).)"},
     "Không đọc được tệp. Chi tiết: hong.pdf: không phải tệp PDF đọc được (tệp hỏng?)"),
    ({"reason": "unreadable", "error": "a.doc: is a legacy Word (.doc) file; reading it needs LibreOffice (soffice), which is not installed"},
     "Không đọc được tệp. Chi tiết: a.doc: là tệp Word cũ (.doc), cần LibreOffice để đọc"),
    ({"reason": "unreadable", "error": "tesseract failed: Error opening data file"},
     "Không đọc được tệp. Chi tiết: không chạy được công cụ nhận dạng chữ (tesseract)"),
    ({"reason": "unreadable", "error": "x.pdf: something no pattern knows"}, "Không đọc được tệp. Chi tiết: x.pdf"),
    ({"reason": "time limit", "error": "the extraction took more than 120 s"}, "Quá thời gian cho phép"),
])
def test_job_errors_in_vietnamese(page, job, words):
    assert run(page, "labels.js", "m.jobError(args[0])", job) == words


def test_the_chain_follows_basis_and_implements_through_the_roots(page):
    graph = {"roots": [1], "edges": [
        {"source": 1, "target": 2, "relation": "basis"},       # the plan rests on 2
        {"source": 2, "target": 3, "relation": "implements"},  # which implements 3
        {"source": 4, "target": 1, "relation": "basis"},       # 4 rests on the plan
        {"source": 1, "target": 5, "relation": "cites"},       # a mere citation
        {"source": 6, "target": 7, "relation": "basis"},       # a chain elsewhere
        {"source": 5, "target": 8, "relation": "basis"},       # reached only through a citation
    ]}
    got = run(page, "chain.js", "(() => { const c = m.implementationChain(args[0]); return [[...c.edges].sort(), [...c.nodes].sort()]; })()",
              graph)
    assert got == [[0, 1, 2], [1, 2, 3, 4]]


def test_the_layout_is_deterministic_and_inside_the_frame(page):
    body = """(() => {
        const nodes = Array.from({length: 12}, (_, i) => ({id: i + 1}));
        const edges = nodes.slice(1).map(n => ({source: 1, target: n.id})).concat([{source: 2, target: 3}]);
        const once = () => [...m.forceLayout(nodes, edges, [1], {width: 800, height: 600}).entries()];
        return [once(), once()];
    })()"""
    first, second = run(page, "layout.js", body)
    assert first == second
    points = [(p["x"], p["y"]) for _, p in first]
    assert len(points) == 12 and len(set(points)) == 12
    assert all(0 <= x <= 800 and 0 <= y <= 600 for x, y in points)
    root = dict(first)[1]
    assert (root["x"], root["y"]) == (400, 300)  # one root stays in the middle


@pytest.mark.parametrize("ref", DOC_REFS)
def test_document_names_as_in_the_exports(page, ref):
    from api.exports import doc_label
    from corpus.records import DocRef

    assert run(page, "labels.js", "m.docLabel(args[0])", ref) == doc_label(DocRef(**ref))
