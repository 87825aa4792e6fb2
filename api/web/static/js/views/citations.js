// Citations: the most cited documents, one cited document (what cites it, its graph), and the graph view around a
// key or a stored document.
import { apiUrl, getJson, keyPath } from "../api.js";
import { actions, field, fields, h, message, replace, table } from "../dom.js";
import { graphSection, nodeHref } from "../graph.js";
import { RELATION, SCOPE, date, docLabel, docType } from "../labels.js";
import { statusBadge, validitySection } from "../validity.js";

const DIRECTIONS = [["both", "Cả hai chiều"], ["cites", "Văn bản này trích dẫn"], ["cited_by", "Văn bản trích dẫn nó"]];

export async function citationIndexView(main) {
  document.title = "Trích dẫn — kehoach";
  const results = h("div", { class: "listing" });
  const input = h("input", { id: "cite-key", name: "key", type: "search", placeholder: "36-CT/TW" });
  replace(main,
    h("h1", {}, "Trích dẫn"),
    h("form", {
      class: "filters", role: "search",
      onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) location.assign(`/ui/citations/${keyPath(input.value.trim())}`); },
    },
    field("Số ký hiệu hoặc tên luật", input),
    actions("Mở")),
    results);
  try {
    const page = await getJson("/citations/top", { limit: 30 });
    const top = page.data;
    replace(results, top.length ? table("Văn bản được trích dẫn nhiều nhất", ["Số ký hiệu", "Loại", "Cơ quan ban hành", "Ngày",
      "Trích yếu", "Số văn bản trích dẫn", "Đồ thị"], top.map((n) => [
      h("a", { href: nodeHref(n) }, n.key), docType(n.doc_type), n.issuer || "", date(n.date), n.title || "",
      String(n.cited_by_count), h("a", { href: apiUrl("/ui/graph", { key: n.key, province: n.scope === "local" ? n.province : null }) }, "Xem đồ thị")]),
    { class: "data" }) : message("Kho chưa có trích dẫn nào."));
  } catch (e) {
    replace(results, message(e.message, "error"));
  }
}

export async function citationView(main, key) {
  document.title = `${key} — kehoach`;
  const params = new URLSearchParams(location.search);
  const province = params.get("province");
  let info;
  try {
    info = await getJson(`/citations/${keyPath(key)}`, { province, as_of: params.get("as_of") });
  } catch (e) {
    replace(main, h("h1", {}, key), message(e.message, "error"));
    return;
  }
  const graphHolder = h("div", { class: "graph-holder" }, h("p", { class: "loading" }, "Đang vẽ đồ thị…"));
  replace(main,
    h("h1", {}, `Trích dẫn: ${key}`),
    info.nodes.map((n, i) => h("section", { class: "panel" },
      h("h2", {}, [docType(n.doc_type), n.key].filter(Boolean).join(" ")),
      statusBadge(n.validity),
      fields([
        ["Trích yếu", n.title], ["Cơ quan ban hành", n.issuer], ["Ngày", date(n.date)], ["Phạm vi", SCOPE[n.scope] || n.scope],
        ["Tỉnh", n.province], ["Số văn bản trích dẫn", String(n.cited_by_count)],
        ["Trong kho", n.document ? h("a", { href: `/ui/documents/${n.document.id}` }, docLabel(n.document)) : null],
      ]),
      validitySection(n.validity, `node-${i}-validity`))),
    h("section", { "aria-labelledby": "cited-by-h" },
      h("h2", { id: "cited-by-h" }, "Văn bản trích dẫn"),
      info.cited_by_total > info.cited_by.length
        ? h("p", { class: "cited-by-total" }, `${info.cited_by_total} văn bản trích dẫn; hiển thị ${info.cited_by.length} văn bản mới nhất.`)
        : null,
      info.cited_by.length ? table(`Các văn bản trong kho trích dẫn ${key}`, ["Văn bản", "Tỉnh", "Ngày", "Quan hệ", "Viết là"],
        info.cited_by.map((c) => [h("a", { href: `/ui/documents/${c.document.id}` }, docLabel(c.document)), c.document.province || "",
          date(c.document.issued_date), RELATION[c.relation] || c.relation, c.key]), { class: "data" })
        : message("Chưa văn bản nào trong kho trích dẫn văn bản này.")),
    h("section", { "aria-labelledby": "graph-h" }, h("h2", { id: "graph-h" }, "Đồ thị trích dẫn"),
      h("p", {}, h("a", { href: apiUrl("/ui/graph", { key, province }) }, "Mở đồ thị với tùy chọn độ sâu")), graphHolder));
  await drawGraph(graphHolder, { key, province, depth: 2, direction: "both" }, `Đồ thị quanh ${key}`);
}

export async function graphView(main) {
  const params = new URLSearchParams(location.search);
  const query = {
    key: params.get("key"), document: params.get("document"), province: params.get("province"),
    depth: params.get("depth") || "2", direction: params.get("direction") || "both",
    hub_page: params.get("hub_page"),
  };
  const subject = query.key || (query.document ? `văn bản ${query.document}` : "");
  document.title = `Đồ thị ${subject} — kehoach`;
  const holder = h("div", { class: "graph-holder" }, h("p", { class: "loading" }, "Đang vẽ đồ thị…"));
  replace(main, h("h1", {}, `Đồ thị trích dẫn: ${subject}`), graphForm(query), holder);
  if (!query.key && !query.document) {
    replace(holder, message("Cần số ký hiệu (key) hoặc văn bản (document)."));
    return;
  }
  if (query.document) {
    try {
      const doc = await getJson(`/documents/${encodeURIComponent(query.document)}`);
      const m = doc.metadata;
      const label = [docType(m.doc_type), m.number].filter(Boolean).join(" ") || doc.source.name || subject;
      replace(main.querySelector("h1"), `Đồ thị trích dẫn: ${label}`);
      document.title = `Đồ thị ${label} — kehoach`;
      main.querySelector("h1").after(h("p", {}, "Văn bản: ",
        h("a", { href: `/ui/documents/${encodeURIComponent(query.document)}` }, label), m.title ? ` — ${m.title}` : ""));
    } catch {
      // the graph below says what is wrong
    }
  }
  await drawGraph(holder, query, `Đồ thị trích dẫn quanh ${subject}`);
}

function graphForm(query) {
  return h("form", { class: "filters", method: "get", action: "/ui/graph", "aria-label": "Tùy chọn đồ thị" },
    query.key ? h("input", { type: "hidden", name: "key", value: query.key }) : null,
    query.document ? h("input", { type: "hidden", name: "document", value: query.document }) : null,
    query.province ? h("input", { type: "hidden", name: "province", value: query.province }) : null,
    field("Độ sâu", h("select", { id: "g-depth", name: "depth" },
      ["1", "2", "3", "4"].map((d) => h("option", { value: d, selected: d === query.depth }, d)))),
    field("Chiều", h("select", { id: "g-direction", name: "direction" },
      DIRECTIONS.map(([v, words]) => h("option", { value: v, selected: v === query.direction }, words)))),
    actions("Vẽ lại"));
}

async function drawGraph(holder, query, title) {
  try {
    const graph = await getJson("/graph", query);
    replace(holder, graphSection(graph, title));
  } catch (e) {
    replace(holder, message(e.message, "error"));
  }
}
