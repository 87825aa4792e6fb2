// Search across the corpus (tasks and sections, diacritics ignored), and the documents that match.
import { getJson } from "../api.js";
import { actions, field, h, message, replace, table } from "../dom.js";
import { markMatches } from "../fold.js";
import { KIND, date, docLabel, docType } from "../labels.js";

export async function searchView(main) {
  const params = new URLSearchParams(location.search);
  const q = (params.get("q") || "").trim();
  document.title = q ? `Tìm “${q}” — kehoach` : "Tìm kiếm — kehoach";
  const docs = h("div", { class: "listing" });
  const hits = h("div", { class: "listing" });
  replace(main,
    h("h1", {}, "Tìm kiếm"),
    h("form", { class: "filters", method: "get", action: "/ui/search", role: "search" },
      field("Từ cần tìm (có dấu hay không dấu đều được)", h("input", { id: "search-q", name: "q", type: "search", value: q }), "field-wide"),
      field("Tỉnh", h("input", { id: "search-province", name: "province", value: params.get("province") || "" })),
      actions("Tìm")),
    h("section", { "aria-labelledby": "hits-h" }, h("h2", { id: "hits-h" }, "Nhiệm vụ và mục"), hits),
    h("section", { "aria-labelledby": "docs-h" }, h("h2", { id: "docs-h" }, "Văn bản"), docs));
  if (!q) {
    replace(hits, message("Nhập từ cần tìm, ví dụ: cai nghien."));
    replace(docs);
    return;
  }
  const province = params.get("province");
  await Promise.all([showHits(hits, q, province), showDocuments(docs, q, province)]);
}

async function showHits(holder, q, province) {
  try {
    const page = await getJson("/search", { q, province, limit: 50 });
    if (!page.count) {
      replace(holder, message(`Không thấy “${q}” trong nhiệm vụ hay mục nào.`));
      return;
    }
    replace(holder, h("p", {}, page.data.length < page.count ? `${page.count} kết quả, hiển thị ${page.data.length} kết quả đầu.` : `${page.count} kết quả.`), h("ol", { class: "hits" }, page.data.map((hit) => {
      const anchor = hit.kind === "task" ? `task-${hit.item_id}` : `section-${hit.item_id}`;
      return h("li", { class: "hit" },
        h("p", { class: "hit-meta" }, `${KIND[hit.kind] || hit.kind} ${hit.item_id} · `,
          h("a", { href: `/ui/documents/${hit.document.id}#${encodeURIComponent(anchor)}` }, docLabel(hit.document)),
          hit.document.province ? ` · ${hit.document.province}` : ""),
        h("p", { class: "hit-text", lang: "vi" }, markMatches(hit.text, q)));
    })));
  } catch (e) {
    replace(holder, message(e.message, "error"));
  }
}

async function showDocuments(holder, q, province) {
  try {
    const page = await getJson("/documents", { q, province, limit: 50 });
    replace(holder, page.count ? table(`${page.count} văn bản có “${q}”`, ["Số ký hiệu", "Trích yếu", "Loại", "Tỉnh", "Ngày"],
      page.data.map((d) => [h("a", { href: `/ui/documents/${d.id}` }, docLabel(d)), d.title ? markMatches(d.title, q) : "",
        docType(d.doc_type), d.province || "", date(d.issued_date)]), { class: "data" })
      : message("Không có văn bản nào phù hợp."));
  } catch (e) {
    replace(holder, message(e.message, "error"));
  }
}
