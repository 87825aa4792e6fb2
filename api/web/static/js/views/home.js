// Home: the API key, uploads, and the stored documents with the API's filters.
import { apiKey, getJson, setApiKey } from "../api.js";
import { actions, field, h, message, replace, table } from "../dom.js";
import { JOB_REASON, JOB_STATE, date, docLabel, docType, jobError, readerError, warningWords } from "../labels.js";
import { uploadPanel } from "../upload.js";

const PAGE = 50;
const FILTERS = ["q", "province", "type", "year", "warned"];

export async function homeView(main) {
  document.title = "Văn bản — kehoach";
  const params = new URLSearchParams(location.search);
  const listing = h("div", { class: "listing" });
  const work = h("div", { class: "jobs" });
  const refresh = debounce(() => { loadDocuments(listing, params); loadJobs(work); }, 300);
  replace(main,
    h("h1", {}, "Văn bản trong kho"),
    h("section", { class: "panel", "aria-labelledby": "upload-h" },
      h("h2", { id: "upload-h" }, "Tải lên kế hoạch"),
      keyForm(),
      uploadPanel(refresh)),
    h("section", { class: "panel", "aria-labelledby": "jobs-h" },
      h("h2", { id: "jobs-h" }, "Công việc trích xuất"),
      work),
    h("section", { class: "panel", "aria-labelledby": "docs-h" },
      h("h2", { id: "docs-h" }, "Danh sách văn bản"),
      filterForm(params),
      listing));
  await Promise.all([loadDocuments(listing, params), loadJobs(work)]);
}

/** Every job of the corpus by state, failures by reason, and the latest failures with their reasons in words
 *  (uploads here and elsewhere, and backfills: what an operator watches). */
async function loadJobs(work) {
  let summary, failed;
  try {
    [summary, failed] = await Promise.all([getJson("/jobs/summary"), getJson("/jobs", { state: "failed", limit: 10 })]);
  } catch (e) {
    replace(work, message(e.message, "error"));
    return;
  }
  const states = Object.entries(summary.states).map(([k, n]) => `${JOB_STATE[k] || k}: ${n}`).join(" · ");
  const reasons = Object.entries(summary.failures_by_reason)
    .sort((a, b) => b[1] - a[1]).map(([r, n]) => `${JOB_REASON[r] || r}: ${n}`).join(" · ");
  replace(work,
    h("p", { class: "job-states" }, states),
    reasons ? h("p", { class: "job-reasons" }, `Thất bại theo lý do — ${reasons}`) : null,
    failed.data.length
      ? table("Các công việc thất bại gần nhất", ["Tệp", "Lý do", "Lúc"],
        failed.data.map((j) => [j.name, jobError(j), date(j.finished)]), { class: "data" })
      : null);
}

function keyForm() {
  const input = h("input", { id: "api-key", name: "key", type: "password", autocomplete: "off", spellcheck: "false" });
  const status = h("p", { class: "key-status", role: "status" });
  const say = () => replace(status, apiKey() ? "Đã có khóa cho phiên làm việc này." : "Chưa có khóa: tải lên cần khóa của dịch vụ.");
  say();
  return h("form", {
    class: "key-form",
    onsubmit: (e) => { e.preventDefault(); setApiKey(input.value.trim()); input.value = ""; say(); },
  },
  h("label", { for: "api-key" }, "Khóa API (KEHOACH_API_KEY của dịch vụ; chỉ giữ trong thẻ trình duyệt này)"),
  h("div", { class: "inline" }, input, h("button", { type: "submit" }, "Lưu khóa"),
    h("button", { type: "button", onclick: () => { setApiKey(""); say(); } }, "Xóa khóa")),
  status);
}

function filterForm(params) {
  const input = (name, label, attrs = {}) => field(label, h("input", { id: `f-${name}`, name, value: params.get(name) || "", ...attrs }));
  return h("form", { class: "filters", method: "get", action: "/ui/" },
    input("q", "Từ khóa (không cần dấu)", { type: "search" }),
    input("province", "Tỉnh"),
    input("type", "Loại (KH, QĐ, CT…)", { size: "6" }),
    input("year", "Năm", { type: "number", min: "1900", max: "2100" }),
    actions("Lọc", h("a", { href: "/ui/" }, "Bỏ lọc")));
}

async function loadDocuments(listing, params) {
  const offset = Number(params.get("offset") || 0);
  const query = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  let page, warned;
  try {
    [page, warned] = await Promise.all([getJson("/documents", { ...query, limit: PAGE, offset }),
      getJson("/documents", { warned: true, limit: 1 })]);
  } catch (e) {
    replace(listing, message(e.message, "error"));
    return;
  }
  const warnedNote = warned.count
    ? h("p", { class: "message message-warning warned-count", role: "status" },
      `${warned.count} văn bản có cảnh báo, cần kiểm tra. `, h("a", { href: "/ui/?warned=true" }, "Xem các văn bản này"))
    : null;
  if (!page.count) {
    replace(listing, warnedNote, message("Chưa có văn bản nào phù hợp."));
    return;
  }
  const rows = page.data.map((d) => [
    [d.status === "extracted" ? h("a", { href: `/ui/documents/${d.id}` }, docLabel(d)) : docLabel(d),
      d.versions > 1 ? h("span", { class: "doc-versions" }, ` (${d.versions} phiên bản)`) : null],
    d.title || "",
    docType(d.doc_type),
    d.province || "",
    date(d.issued_date),
    status(d),
  ]);
  replace(listing,
    warnedNote,
    h("p", {}, `${page.count} văn bản.`),
    table("Văn bản trong kho", ["Số ký hiệu", "Trích yếu", "Loại", "Tỉnh", "Ngày ban hành", "Trạng thái"], rows,
      { class: "data" }),
    pager(params, offset, page.count));
}

/** The state of a stored document in words; one with warnings says so (the first warning in full, as a tooltip all). */
function status(d) {
  if (d.status !== "extracted") return `Không đọc được: ${readerError(d.error)}`;
  const warnings = d.warnings || [];
  if (!warnings.length) return "Đã trích xuất";
  return h("span", { class: "doc-warned", title: warnings.map(warningWords).join("\n") },
    `Đã trích xuất, ${warnings.length} cảnh báo: ${warningWords(warnings[0])}`);
}

function pager(params, offset, count) {
  const link = (to, text) => {
    const p = new URLSearchParams(params);
    p.set("offset", String(to));
    return h("a", { href: `/ui/?${p}` }, text);
  };
  return h("nav", { class: "pager", "aria-label": "Trang danh sách" },
    offset > 0 ? link(Math.max(0, offset - PAGE), "← Trang trước") : null,
    offset + PAGE < count ? link(offset + PAGE, "Trang sau →") : null);
}

function debounce(fn, ms) {
  let timer = null;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
}

