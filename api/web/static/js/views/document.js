// The document view: metadata at the top, the section tree on the side, the text with every task, agency,
// deadline, citation and target highlighted; a click (or Enter) on a highlight shows its fields, and for a PDF the
// page with the item's box.
import { apiKey, getJson, keyPath, objectUrl } from "../api.js";
import { fields, h, joined, message, replace } from "../dom.js";
import { collectItems, renderText } from "../highlight.js";
import { KIND, RELATION, ROLE, date, docType, readPath, recurrence, warningWords, yesNo } from "../labels.js";
import { statusBadge, validitySection } from "../validity.js";

export async function documentView(main, id) {
  let result, source;
  try {
    const asOf = new URLSearchParams(location.search).get("as_of");
    [result, source] = await Promise.all([getJson(`/documents/${id}`, { as_of: asOf }), getJson(`/documents/${id}/text`)]);
  } catch (e) {
    document.title = "Văn bản — kehoach";
    replace(main, h("h1", {}, `Văn bản ${id}`), message(e.message, "error"));
    return;
  }
  const m = result.metadata;
  const heading = [docType(m.doc_type), m.number].filter(Boolean).join(" ") || result.source.name || `Văn bản ${id}`;
  document.title = `${heading} — kehoach`;
  const textEl = h("div", { class: "doc-text", lang: "vi" });
  const details = h("div", { class: "details-body", id: "details" },
    h("p", { class: "hint" }, "Bấm vào một phần được tô màu trong văn bản để xem các trường đã trích xuất."));
  const items = collectItems(result, source.text.length);
  const refs = renderText(textEl, source.text, items);
  const ctx = { id, result, source, details, refs, current: null };
  textEl.addEventListener("click", (e) => {
    const el = e.target.closest(".hl");
    if (el) select(ctx, el);
  });
  textEl.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches(".hl[role=button]")) {
      e.preventDefault();
      select(ctx, e.target);
    }
  });
  replace(main,
    h("article", { class: "document" },
      metaHeader(id, result, heading),
      h("div", { class: "doc-layout" },
        h("nav", { class: "toc", "aria-labelledby": "toc-h" }, h("h2", { id: "toc-h" }, "Mục lục"), sectionTree(result.sections)),
        h("section", { class: "doc-main", "aria-labelledby": "text-h" },
          h("h2", { id: "text-h" }, "Nội dung"),
          legend(result),
          source.aligned ? null : message("Văn bản đọc lại không khớp độ dài lúc trích xuất: vị trí tô màu có thể lệch.", "warning"),
          textEl),
        h("aside", { class: "details", "aria-labelledby": "details-h" },
          h("h2", { id: "details-h" }, "Chi tiết"), details))));
  goToHash(ctx);
}

function metaHeader(id, result, heading) {
  const m = result.metadata;
  const counts = `${result.assignments.length} nhiệm vụ · ${result.deadlines.length} thời hạn · ${result.citations.length} văn bản được trích dẫn`;
  return h("header", { class: "doc-header" },
    h("h1", {}, heading),
    m.title ? h("p", { class: "doc-title" }, m.title) : null,
    statusBadge(result),
    warningBanner(result),
    versionsNote(id, result),
    fields([
      ["Cơ quan ban hành", m.issuer],
      ["Tỉnh", m.province],
      ["Nơi ban hành", m.place],
      ["Ngày ban hành", date(m.issued_date)],
      ["Hiệu lực từ", date(m.effective_from)],
      ["Hiệu lực đến", date(m.effective_until)],
      ["Người ký", [m.signing && m.signing.mode, m.signing && m.signing.position, m.signer].filter(Boolean).join(" ")],
      ["Tệp", result.source.name],
      ["Trích xuất", counts],
      ["Cách đọc", reading(result.source)],
    ], { class: "fields fields-meta" }),
    h("p", { class: "doc-actions" },
      h("a", { href: `/documents/${id}/source`, onclick: withKey(`/documents/${id}/source`) }, "Tệp gốc"),
      h("a", { href: `/ui/graph?document=${id}` }, "Đồ thị trích dẫn"),
      h("a", { href: `/documents/${id}`, onclick: withKey(`/documents/${id}`) }, "Kết quả JSON")),
    validitySection(result, "doc-validity"));
}

/** A document stored several times (a re-typed copy, a corrected draft, .docx and .pdf): "N phiên bản", with links;
 * a version that is not the current one says so and points to it. */
function versionsNote(id, result) {
  const versions = result.versions || [];
  if (versions.length < 2) return null;
  const label = (v) => [v.source_name || `Văn bản ${v.id}`, v.issued_date ? date(v.issued_date) : null].filter(Boolean).join(", ");
  const current = versions.find((v) => v.current);
  return h("div", { class: "message versions-note", role: "note" },
    result.version_of && current
      ? h("p", { class: "version-of" }, "Đây là một phiên bản khác của văn bản. Bản được tính trong kho: ",
        h("a", { href: `/ui/documents/${current.id}` }, label(current)), ".")
      : null,
    h("p", {}, h("strong", {}, `${versions.length} phiên bản`),
      " (cùng số ký hiệu, cơ quan và ngày ban hành, hoặc cùng nội dung sai khác vài chữ); nhiệm vụ và trích dẫn chỉ tính một lần:"),
    h("ul", { class: "versions" }, ...versions.map((v) => h("li", {},
      String(v.id) === String(id) ? h("span", { "aria-current": "page" }, label(v)) : h("a", { href: `/ui/documents/${v.id}` }, label(v)),
      v.current ? " — bản hiện hành" : ""))));
}

/** The warnings of the result, in Vietnamese, above the metadata: what to check before trusting it. */
function warningBanner(result) {
  const warnings = result.warnings || [];
  if (!warnings.length) return null;
  return h("div", { class: "message message-warning warning-banner", role: "status" },
    h("p", {}, h("strong", {}, `Cần kiểm tra: kết quả có ${warnings.length} cảnh báo.`)),
    h("ul", {}, warnings.map((w) => h("li", { title: w }, warningWords(w)))));
}

/** How the file was read: pages, OCR'd pages with their confidence, per-page path and quality. */
function reading(src) {
  const parts = [];
  if (src.pages) parts.push(`${src.pages} trang`);
  if (src.legacy_encoding) parts.push(`chuyển từ mã ${src.legacy_encoding}`);
  const conf = src.ocr_confidence || {};
  if ((src.ocr_pages || []).length) {
    parts.push("OCR: " + src.ocr_pages.map((p) => (conf[p] != null ? `trang ${p} (tin cậy ${Math.round(conf[p])})` : `trang ${p}`)).join(", "));
  }
  const reads = src.page_reads || [];
  if (reads.length) {
    parts.push(reads.map((r) => `trang ${r.page}: ${readPath(r.path)}${r.quality != null ? ` ${Math.round(r.quality * 100)}%` : ""}`).join("; "));
  }
  return parts.join(" · ");
}

function sectionTree(sections) {
  if (!sections.length) return h("p", { class: "hint" }, "Văn bản không có mục.");
  const list = (secs) => h("ul", {}, secs.map((sec) => h("li", {},
    h("a", { href: `#section-${sec.id}` }, clip([sec.label, sec.heading].filter(Boolean).join(". "), 90)),
    sec.children && sec.children.length ? list(sec.children) : null)));
  return list(sections);
}

function clip(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function legend(result) {
  const kinds = ["task", "agency", "deadline", "citation", "target"];
  return h("ul", { class: "legend", "aria-label": "Chú giải màu" },
    kinds.map((k) => h("li", {}, h("mark", { class: `hl hl-${k} legend-swatch` }, KIND[k]))));
}

function select(ctx, el) {
  const rec = ctx.refs[Number(el.dataset.ref)];
  if (!rec) return;
  if (ctx.current) ctx.current.classList.remove("current");
  ctx.current = el;
  el.classList.add("current");
  const taskEl = rec.kind === "task" ? null : el.closest(".hl-task");
  const task = taskEl ? ctx.refs[Number(taskEl.dataset.ref)] : null;
  const figure = pageFigure(ctx, rec.kind === "citation" ? rec.mention.span : spanOf(rec));
  replace(ctx.details,
    describe(ctx, rec, figure),
    task ? h("div", { class: "details-task" }, h("h3", {}, `Thuộc nhiệm vụ ${task.item.id}`), describeTask(task.item, ctx)) : null);
}

function spanOf(rec) {
  return rec.item.span;
}

function agencyLink(name) {
  return h("a", { href: `/ui/agencies/${encodeURIComponent(name)}` }, name);
}

/** The fields of a highlight, then the PDF page with its box (`figure`, may be null), then the longer texts. */
function describe(ctx, rec, figure) {
  const title = h("h3", {}, rec.kind === "task" ? `${KIND.task} ${rec.item.id}` : KIND[rec.kind]);
  switch (rec.kind) {
    case "task":
      return [title, describeTask(rec.item, ctx, figure)];
    case "agency":
    case "partner":
      return [title, fields([
        ["Tên chuẩn", agencyLink(rec.item.name)],
        ["Cách viết trong văn bản", rec.item.written],
        ["Mã trong danh mục", rec.item.registry_id],
        ["Có trong danh mục", yesNo(rec.item.registered)],
      ]), figure];
    case "deadline":
      return [title, describeDeadline(rec.item), figure];
    case "citation":
      return [title, describeCitation(rec.item, rec.mention), figure];
    case "target":
      return [title, fields([
        ["Chỉ tiêu", rec.item.text],
        ["Giá trị", `${rec.item.value} ${rec.item.unit}`],
        ["Năm", rec.item.year],
      ]), figure];
    default:
      return [title, figure];
  }
}

function describeTask(a, ctx, figure = null) {
  const section = a.section ? findSection(ctx.result.sections, a.section) : null;
  const fieldList = fields([
    ["Cơ quan được giao", a.agencies.length ? joined(a.agencies.map(agencyLink)) : "—"],
    ["Vai trò", ROLE[a.role] || a.role],
    ["Được đề nghị", yesNo(a.requested)],
    ["Phối hợp", a.partners.length ? joined(a.partners.map(agencyLink)) : null],
    ["Mục", section ? h("a", { href: `#section-${section.id}` }, clip([section.label, section.heading].filter(Boolean).join(". "), 90)) : a.section],
    ["Thời hạn", a.deadline ? describeDeadline(a.deadline) : null],
  ], { class: "fields" });
  return h("div", { class: "task-fields" }, fieldList, figure, h("h4", {}, "Nội dung"), h("blockquote", { lang: "vi" }, a.text));
}

function describeDeadline(d) {
  return fields([
    ["Thời hạn", d.text],
    ["Đến hạn", date(d.due)],
    ["Lặp lại", recurrence(d.recurrence)],
    ["Cơ quan", d.agencies && d.agencies.length ? joined(d.agencies.map(agencyLink)) : null],
  ]);
}

function describeCitation(c, mention) {
  return fields([
    ["Số ký hiệu", h("a", { href: `/ui/citations/${keyPath(c.key)}` }, c.key)],
    ["Loại", docType(c.doc_type)],
    ["Cơ quan ban hành", c.issuer],
    ["Ngày", date(c.date)],
    ["Trích yếu", c.title],
    ["Quan hệ", RELATION[c.relation] || c.relation],
    ["Điều, khoản", c.articles.join(", ")],
    ["Trong văn bản", mention ? mention.text : null],
  ]);
}

function findSection(sections, sid) {
  for (const sec of sections) {
    if (sec.id === sid) return sec;
    const inner = findSection(sec.children || [], sid);
    if (inner) return inner;
  }
  return null;
}

/** A click on a link to an API resource: with a key in this tab, open it fetched with the key (a plain link
 *  cannot send the header), so that it works when the service wants the key for reads too. */
function withKey(path) {
  return (event) => {
    if (!apiKey()) return;
    event.preventDefault();
    objectUrl(path).then((url) => window.open(url, "_blank", "noopener")).catch(() => { location.href = path; });
  };
}

/** The PDF page with the item's box drawn over it (boxes are PDF points from the page's top-left corner). */
function pageFigure(ctx, span) {
  if (!span || !span.page || !span.box) return null;
  const size = ctx.source.pages[span.page - 1];
  if (!size) return null;
  const [x0, top, x1, bottom] = span.box;
  const path = `/documents/${ctx.id}/pages/${span.page}.png`;
  const img = h("img", {
    src: path, width: Math.round(size.width * 1.5), height: Math.round(size.height * 1.5),
    alt: `Trang ${span.page} của tệp gốc; khung đỏ là vị trí của mục đang chọn`,
  });
  // refused without the key (reads need it): fetch it with the key instead
  img.addEventListener("error", () => {
    if (apiKey()) objectUrl(path).then((url) => { img.src = url; }).catch(() => {});
  }, { once: true });
  const box = h("div", { class: "page-box" });
  const pad = 2;
  box.style.left = `${((x0 - pad) / size.width) * 100}%`;
  box.style.top = `${((top - pad) / size.height) * 100}%`;
  box.style.width = `${((x1 - x0 + 2 * pad) / size.width) * 100}%`;
  box.style.height = `${((bottom - top + 2 * pad) / size.height) * 100}%`;
  const frame = h("div", { class: "page-frame" }, img, box);
  return h("figure", { class: "page" }, frame, h("figcaption", {}, `Trang ${span.page} trong tệp gốc`));
}

/** /ui/documents/12#task-t3 or #section-III.1: scroll there (and show a task's fields). */
function goToHash(ctx) {
  if (!location.hash) return;
  const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!el) return;
  el.scrollIntoView({ block: "center" });
  if (el.classList.contains("hl")) {
    select(ctx, el);
    el.focus({ preventScroll: true });
  }
}
