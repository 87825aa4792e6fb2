// The citation graph drawn on SVG (force layout; pan by dragging, zoom with the wheel or the buttons; a node is a
// link to its document or citation view), the implementation chain in a stronger colour, and the same graph as
// two tables for reading without the drawing.
import { apiUrl, getJson, keyPath } from "./api.js";
import { h, message, s, table } from "./dom.js";
import { implementationChain } from "./chain.js";
import { RELATION, SCOPE, date, docLabel, docType, yesNo } from "./labels.js";
import { forceLayout } from "./layout.js";

const W = 1000;
const H = 640;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 6;

/** Where a node opens: its stored document, or the citation view of its key. */
export function nodeHref(node) {
  if (node.document) return `/ui/documents/${node.document.id}`;
  return apiUrl(`/ui/citations/${keyPath(node.key)}`, { province: node.scope === "local" ? node.province : null });
}

/** A node's short name: its key, or for a stored document without a number, the document's label. */
export function nodeKey(node) {
  return node.document && node.scope === "doc" ? docLabel(node.document) : node.key;
}

function nodeName(node) {
  return [nodeKey(node), node.title].filter(Boolean).join(": ");
}

/** The drawing and the tables of a GraphOut. */
export function graphSection(graph, title) {
  if (!graph.nodes.length) return message("Đồ thị trống.");
  const chain = implementationChain(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return h("div", { class: "graph-section" },
    graph.truncated ? message("Đồ thị lớn nên đã được cắt bớt; giảm độ sâu để xem đủ.", "warning") : null,
    graphFigure(graph, chain, title),
    (graph.hubs || []).map((hub) => hubSection(hub, byId.get(hub.node))),
    graphTables(graph, chain));
}

const HUB_MORE = 20;

function citingTable(body) {
  const t = table("Văn bản trích dẫn, mới nhất trước", ["Văn bản", "Tỉnh", "Ngày", "Quan hệ"], [], { class: "data" });
  t.querySelector("tbody").replaceWith(body);
  return t;
}

/** A hub (a document cited by very many stored documents): how many cite it, by relation, province and year, the
 * newest of them, and a button that fetches the next page (GET /graph/nodes/{id}/citing). */
function hubSection(hub, node) {
  const name = node ? nodeKey(node) : `#${hub.node}`;
  const id = `hub-${hub.node}`;
  const tally = (caption, head, rows, word = (v) => v) => table(caption, [head, "Số văn bản"],
    rows.map((t) => [t.value === null ? "Không rõ" : String(word(t.value)), t.count.toLocaleString("vi-VN")]), { class: "data compact" });
  const list = h("tbody", {});
  const more = h("button", { type: "button" }, "Xem thêm văn bản");
  let next = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await getJson(`/graph/nodes/${hub.node}/citing`, { offset: next, limit: HUB_MORE });
      for (const c of page.data) {
        list.append(h("tr", {}, h("td", {}, h("a", { href: `/ui/documents/${c.document.id}` }, docLabel(c.document))),
          h("td", {}, c.document.province || ""), h("td", {}, date(c.document.issued_date)), h("td", {}, RELATION[c.relation] || c.relation)));
      }
      next = page.next_offset;
      status.textContent = `Đang hiện ${list.children.length.toLocaleString("vi-VN")} / ${page.count.toLocaleString("vi-VN")} văn bản.`;
      more.hidden = next === null;
    } catch (e) {
      status.textContent = e.message;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener("click", load);
  const status = h("p", { class: "hint", role: "status" });
  load();
  return h("section", { class: "panel hub", "aria-labelledby": id },
    h("h2", { id }, `${name}: ${hub.total.toLocaleString("vi-VN")} văn bản trong kho trích dẫn`),
    h("p", {}, `Đồ thị chỉ vẽ ${hub.shown} văn bản mới nhất` +
      (hub.related ? ` và ${hub.related_shown} trong ${hub.related.toLocaleString("vi-VN")} văn bản được nêu là triển khai nó` : "") +
      "; các bảng dưới đây đếm tất cả."),
    h("div", { class: "hub-tallies" },
      tally("Theo quan hệ", "Quan hệ", hub.by_relation, (v) => RELATION[v] || v),
      tally("Theo năm ban hành", "Năm", hub.by_year),
      tally("Theo tỉnh", "Tỉnh", hub.by_province)),
    citingTable(list), status, more);
}

function graphFigure(graph, chain, title) {
  const pos = forceLayout(graph.nodes, graph.edges, graph.roots, { width: W, height: H });
  const roots = new Set(graph.roots);
  const viewport = s("g", { class: "viewport" });
  const svg = s("svg", { class: "graph", viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": title },
    s("defs", {},
      marker("arrow", "arrow-head"), marker("arrow-chain", "arrow-head chain")),
    viewport);
  const radius = (n) => (roots.has(n.id) ? 16 : 8 + Math.min(8, Math.sqrt(n.cited_by_count || 0) * 2));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  graph.edges.forEach((e, i) => {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) return;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.max(0.01, Math.hypot(dx, dy));
    const rb = radius(byId.get(e.target)) + 3;
    const onChain = chain.edges.has(i);
    viewport.append(s("line", {
      class: `edge rel-${e.relation}${onChain ? " chain" : ""}`,
      x1: a.x, y1: a.y, x2: b.x - (dx / d) * rb, y2: b.y - (dy / d) * rb,
      "marker-end": `url(#${onChain ? "arrow-chain" : "arrow"})`,
    }, s("title", {}, `${nodeKey(byId.get(e.source))} → ${nodeKey(byId.get(e.target))}: ${RELATION[e.relation] || e.relation}`)));
  });
  for (const n of graph.nodes) {
    const p = pos.get(n.id);
    const cls = ["node", roots.has(n.id) ? "root" : "", n.document ? "stored" : "", chain.nodes.has(n.id) ? "chain" : ""];
    viewport.append(s("a", {
      href: nodeHref(n), class: cls.filter(Boolean).join(" "), "data-node": n.id,
      "aria-label": `${nodeName(n)}${n.document ? " (văn bản trong kho)" : ""}`,
    },
    s("title", {}, [nodeName(n), n.issuer, date(n.date)].filter(Boolean).join(" — ")),
    s("circle", { cx: p.x, cy: p.y, r: radius(n) }),
    s("text", { x: p.x, y: p.y + radius(n) + 14, class: "node-label" }, short(nodeKey(n)))));
  }
  const view = { x: 0, y: 0, k: 1 };
  const apply = () => viewport.setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.k})`);
  const zoomAt = (px, py, factor) => {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
    view.x = px - ((px - view.x) * k) / view.k;
    view.y = py - ((py - view.y) * k) / view.k;
    view.k = k;
    apply();
  };
  const fit = () => {
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs) - 60, Math.max(...xs) + 60, Math.min(...ys) - 40, Math.max(...ys) + 50];
    view.k = Math.min(2, W / (x1 - x0), H / (y1 - y0));
    view.x = (W - (x1 - x0) * view.k) / 2 - x0 * view.k;
    view.y = (H - (y1 - y0) * view.k) / 2 - y0 * view.k;
    apply();
  };
  fit();
  panAndZoom(svg, view, apply, zoomAt);
  const tools = h("div", { class: "graph-tools", role: "group", "aria-label": "Điều khiển đồ thị" },
    h("button", { type: "button", onclick: () => zoomAt(W / 2, H / 2, 1.25) }, "Phóng to"),
    h("button", { type: "button", onclick: () => zoomAt(W / 2, H / 2, 0.8) }, "Thu nhỏ"),
    h("button", { type: "button", onclick: fit }, "Vừa khung"),
    h("span", { class: "hint" }, "Kéo để di chuyển, cuộn chuột để phóng to, bấm vào một nút để mở văn bản."));
  return h("figure", { class: "graph-figure" }, tools, svg, graphLegend(),
    h("figcaption", {}, `${title}: ${graph.nodes.length} văn bản, ${graph.edges.length} quan hệ; `,
      chain.edges.size ? `chuỗi thực hiện qua văn bản đang xem (${chain.edges.size} quan hệ) được tô đậm.`
        : "văn bản đang xem không nằm trong chuỗi thực hiện nào (không có quan hệ căn cứ hay triển khai)."));
}

function marker(id, cls) {
  return s("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
    s("path", { d: "M0,0 L10,5 L0,10 z", class: cls }));
}

function panAndZoom(svg, view, apply, zoomAt) {
  const toSvg = (e) => new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0 || e.target.closest("a")) return;
    const p = toSvg(e);
    drag = { x: p.x, y: p.y, vx: view.x, vy: view.y };
    svg.setPointerCapture(e.pointerId);
    svg.classList.add("panning");
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const p = toSvg(e);
    view.x = drag.vx + p.x - drag.x;
    view.y = drag.vy + p.y - drag.y;
    apply();
  });
  const end = () => { drag = null; svg.classList.remove("panning"); };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const p = toSvg(e);
    zoomAt(p.x, p.y, Math.exp(-e.deltaY * 0.0015));
  }, { passive: false });
}

function graphLegend() {
  const item = (cls, words) => h("li", {}, h("span", { class: `swatch ${cls}`, "aria-hidden": "true" }), words);
  return h("ul", { class: "legend graph-legend", "aria-label": "Chú giải đồ thị" },
    item("swatch-root", "Văn bản đang xem"), item("swatch-stored", "Văn bản trong kho"),
    item("swatch-cited", "Văn bản được trích dẫn"), item("swatch-chain", "Chuỗi thực hiện (căn cứ, triển khai)"),
    item("swatch-cites", "Trích dẫn khác"));
}

function graphTables(graph, chain) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const link = (n) => h("a", { href: nodeHref(n) }, nodeKey(n));
  const nodeRows = graph.nodes.map((n) => [
    link(n), docType(n.doc_type), n.issuer || "", date(n.date), n.title || "", SCOPE[n.scope] || n.scope,
    String(n.cited_by_count), n.document ? h("a", { href: `/ui/documents/${n.document.id}` }, docLabel(n.document)) : "—",
    chain.nodes.has(n.id) ? "Có" : "—"]);
  const edgeRows = graph.edges.map((e, i) => [
    link(byId.get(e.source)), RELATION[e.relation] || e.relation, link(byId.get(e.target)),
    e.document ? h("a", { href: `/ui/documents/${e.document.id}` }, docLabel(e.document)) : "—",
    yesNo(chain.edges.has(i))]);
  return h("section", { class: "graph-tables", "aria-labelledby": "graph-table-h" },
    h("h2", { id: "graph-table-h" }, "Bảng đồ thị"),
    table("Văn bản trong đồ thị", ["Số ký hiệu", "Loại", "Cơ quan ban hành", "Ngày", "Trích yếu", "Phạm vi",
      "Số văn bản trích dẫn", "Trong kho", "Trong chuỗi thực hiện"], nodeRows, { class: "data" }),
    table("Quan hệ trích dẫn", ["Văn bản", "Quan hệ", "Văn bản được nêu", "Nêu trong văn bản", "Trong chuỗi thực hiện"],
      edgeRows, { class: "data" }));
}

function short(text, n = 24) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
