// Is it still in force? The status badge of a document, the history of what changed its validity, and the
// amendment chain (what amended / replaced it, what it amended / replaced), from the `status`, `explanation`,
// `history` and `acts` of GET /documents/{id} and GET /citations/{key}.
import { h, table } from "./dom.js";
import { RELATION, STATUS, date, docLabel } from "./labels.js";

/** The badge: "Bị thay thế", "Còn hiệu lực" ... with the explanation beside it. */
export function statusBadge(v) {
  if (!v || !v.status) return null;
  let words = STATUS[v.status] || v.status;
  if (v.status === "amended" && v.partially_abolished) words = "Còn hiệu lực, bị bãi bỏ một phần";
  return h("p", { class: "validity", "data-status": v.status },
    h("span", { class: `status-badge status-${v.status}` }, words),
    " ", h("span", { class: "validity-explanation" }, v.explanation),
    v.as_of ? h("span", { class: "validity-as-of" }, ` (tính đến ngày ${date(v.as_of)})`) : null);
}

function docLink(ref, fallback) {
  return ref ? h("a", { href: `/ui/documents/${ref.id}` }, docLabel(ref)) : fallback || "";
}

function keyLink(key) {
  return h("a", { href: `/ui/citations/${key.split("/").map(encodeURIComponent).join("/")}` }, key);
}

/** The history and the amendment chain, under a heading with id `idBase`-h (the badge goes by the title). */
export function validitySection(v, idBase = "validity") {
  if (!v) return null;
  const history = (v.history || []).filter((e) => e.document);
  const acts = v.acts || [];
  return h("section", { class: "validity-section", "aria-labelledby": `${idBase}-h` },
    h("h2", { id: `${idBase}-h` }, "Hiệu lực"),
    (v.history || []).length ? table("Lịch sử hiệu lực", ["Ngày hiệu lực", "Sự kiện", "Văn bản", "Điều, khoản", "Đã áp dụng"],
      v.history.map((e) => h("tr", { class: e.applied ? "event-applied" : "event-pending" },
        h("td", {}, date(e.effective_from) || "Chưa rõ"), h("td", {}, e.explanation),
        h("td", {}, e.document ? docLink(e.document) : "Chính văn bản này"), h("td", {}, (e.scope || []).join(", ") || "Toàn văn"),
        h("td", {}, e.applied ? "Đã có hiệu lực" : "Chưa đến ngày"))), { class: "data validity-history" }) : null,
    h("h3", {}, "Chuỗi sửa đổi, thay thế"),
    history.length || acts.length ? h("ul", { class: "amendment-chain" },
      history.map((e) => h("li", { class: "chain-in" }, `${RELATION[e.relation] || e.relation} văn bản này: `, docLink(e.document, e.key),
        e.scope && e.scope.length ? ` (${e.scope.join(", ")})` : "", e.effective_from ? `, từ ${date(e.effective_from)}` : "")),
      acts.map((a) => h("li", { class: "chain-out" }, `Văn bản này ${(RELATION[a.relation] || a.relation).toLowerCase()}: `,
        a.document ? docLink(a.document) : keyLink(a.key), a.scope && a.scope.length ? ` (${a.scope.join(", ")})` : "",
        a.effective_from ? `, từ ${date(a.effective_from)}` : "")))
      : h("p", { class: "hint" }, "Chưa văn bản nào trong kho sửa đổi, thay thế hay bãi bỏ văn bản này, và văn bản này không sửa đổi văn bản nào."));
}
