// Agencies: the registry with task counts, and one agency's obligations across plans (the API's filters),
// with deadlines on a timeline and exports (XLSX, CSV, iCalendar).
import { apiUrl, download, getJson } from "../api.js";
import { actions, field, h, joined, message, replace, table } from "../dom.js";
import { ROLE, date, docLabel, recurrence } from "../labels.js";
import { timeline } from "../timeline.js";

const PAGE = 200;
/** Query parameters of GET /agencies/{name}/obligations that the filter form sets. */
const FILTERS = ["province", "merged", "year", "role", "requested", "due_after", "due_before", "q", "predecessors", "as_partner",
  "in_force", "as_of"];
const TYPE = { unregistered: "Chưa có trong danh mục" };

export async function agenciesView(main) {
  document.title = "Cơ quan — kehoach";
  const params = new URLSearchParams(location.search);
  const results = h("div", { class: "listing" });
  replace(main,
    h("h1", {}, "Cơ quan"),
    h("form", { class: "filters", method: "get", action: "/ui/agencies", role: "search" },
      field("Tên cơ quan (viết tắt, không dấu đều được)", h("input", { id: "agency-q", name: "q", type: "search", value: params.get("q") || "" })),
      actions("Tìm")),
    results);
  try {
    const page = await getJson("/agencies", { q: params.get("q"), with_tasks: true });
    const rows = page.data.map((a) => [
      h("a", { href: `/ui/agencies/${encodeURIComponent(a.name)}` }, a.name),
      TYPE[a.type] || a.type, a.level, String(a.tasks)]);
    replace(results, page.count
      ? table(`${page.count} cơ quan được giao nhiệm vụ trong kho`, ["Cơ quan", "Loại", "Cấp", "Số nhiệm vụ"], rows, { class: "data" })
      : message("Không có cơ quan nào phù hợp."));
  } catch (e) {
    replace(results, message(e.message, "error"));
  }
}

export async function agencyView(main, name) {
  document.title = `${name} — kehoach`;
  const params = new URLSearchParams(location.search);
  const query = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  if (query.as_partner === null) query.as_partner = "false";
  if (!query.in_force) query.in_force = "flag";   // the page marks the tasks of plans no longer in force
  const summary = h("div", { class: "summary" });
  const chart = h("div", { class: "timeline-wrap" });
  const listing = h("div", { class: "listing" });
  const path = `/agencies/${encodeURIComponent(name)}/obligations`;
  const heading = h("h1", {}, name);
  const matchNote = h("div", { class: "agency-match" });
  replace(main,
    heading,
    matchNote,
    h("p", {}, h("a", { href: "/ui/agencies" }, "← Tất cả cơ quan")),
    filterForm(name, params),
    exportsBar(path, query, name),
    summary,
    h("section", { "aria-labelledby": "timeline-h" }, h("h2", { id: "timeline-h" }, "Thời hạn trên dòng thời gian"), chart),
    h("section", { "aria-labelledby": "obligations-h" }, h("h2", { id: "obligations-h" }, "Nhiệm vụ"), listing));
  const all = [];
  const load = async (cursor) => {
    let page;
    try {
      page = await getJson(path, { ...query, limit: PAGE, cursor });
    } catch (e) {
      if (e.status === 404 && e.problem && Array.isArray(e.problem.suggestions)) {
        notRecognised(heading, matchNote, name, e.problem.suggestions);
        replace(summary);
        replace(chart);
        replace(listing);
        return;
      }
      replace(listing, message(e.message, "error"));
      return;
    }
    if (!cursor && page.agency) showMatch(heading, matchNote, page.agency);
    all.push(...page.data);
    replace(summary, h("p", {}, `${page.count} nhiệm vụ trong các kế hoạch của kho`,
      page.agencies.length > 1 ? ` (tính cả: ${page.agencies.slice(1).join(", ")})` : "", "."));
    const items = all.map((o, i) => ({ due: o.due, label: `${o.text.slice(0, 120)} (${docLabel(o.document)})`, rowId: `ob-${i}` }));
    replace(chart, timeline(items, `Thời hạn của ${name}`) || message("Không có nhiệm vụ nào có ngày đến hạn cụ thể."),
      recurringNote(all));
    replace(listing, all.length ? obligationsTable(all) : message("Không có nhiệm vụ nào phù hợp."),
      page.next_cursor ? h("button", { type: "button", class: "more", onclick: () => load(page.next_cursor) }, "Tải thêm") : null);
  };
  await load(null);
}

/** The heading names the agency found, not what was typed; the note says what was typed and the registry id. */
function showMatch(heading, note, agency) {
  replace(heading, agency.name);
  document.title = `${agency.name} — kehoach`;
  const typed = agency.written !== agency.name ? `Đã tìm theo “${agency.written}”. ` : "";
  const id = agency.registry_id ? `Mã trong danh mục cơ quan: ${agency.registry_id}.` : "Cơ quan chưa có trong danh mục (tên như trong văn bản).";
  replace(note, h("p", { class: "hint" }, typed + id));
}

/** A name that matches no agency: say so, and offer the closest names as links. */
function notRecognised(heading, note, name, suggestions) {
  replace(heading, `Không nhận ra cơ quan “${name}”`);
  document.title = `Không nhận ra cơ quan — kehoach`;
  replace(note, h("div", { class: "message message-warning not-recognised", role: "status" },
    h("p", {}, `Không có cơ quan nào tên “${name}” trong danh mục hay trong kho văn bản.`),
    suggestions.length
      ? [h("p", {}, "Có phải bạn muốn tìm:"),
        h("ul", { class: "suggestions" }, suggestions.map((s) => h("li", {},
          h("a", { href: `/ui/agencies/${encodeURIComponent(s.name)}` }, s.name))))]
      : h("p", {}, "Không có tên nào gần giống. Xem danh sách ở trang Cơ quan.")));
}

function recurringNote(items) {
  const n = items.filter((o) => !o.due && o.recurrence).length;
  return n ? h("p", { class: "hint" }, `${n} nhiệm vụ định kỳ (không có ngày cụ thể) có trong bảng dưới.`) : null;
}

function obligationsTable(items) {
  const rows = items.map((o, i) => h("tr", { id: `ob-${i}`, tabindex: "-1", class: o.in_force === false ? "out-of-force" : null },
    h("td", {}, o.due ? date(o.due) : recurrence(o.recurrence) || o.deadline_text || "—"),
    h("td", {}, h("a", { href: `/ui/documents/${o.document.id}` }, docLabel(o.document)), o.document.province ? ` (${o.document.province})` : "",
      o.in_force === false ? h("p", { class: "validity-note" }, h("span", { class: "status-badge status-replaced" }, "Không còn hiệu lực"),
        " ", o.validity_note) : null),
    h("td", {}, o.section || ""),
    h("td", {}, `${ROLE[o.role] || o.role}${o.requested ? ", được đề nghị" : ""}${o.as_partner ? ", phối hợp" : ""}`),
    h("td", { lang: "vi" }, h("a", { href: `/ui/documents/${o.document.id}#task-${o.task_id}` }, o.text),
      o.partners.length ? h("span", { class: "partners" }, " Phối hợp: ", joined(o.partners)) : null)));
  return table("Nhiệm vụ của cơ quan", ["Hạn", "Văn bản", "Mục", "Vai trò", "Nhiệm vụ"], rows, { class: "data obligations" });
}

function filterForm(name, params) {
  const text = (key, label, attrs = {}) => field(label, h("input", { id: `f-${key}`, name: key, value: params.get(key) || "", ...attrs }));
  const select = (key, label, options) => field(label, h("select", { id: `f-${key}`, name: key },
    options.map(([value, words]) => h("option", { value, selected: (params.get(key) || "") === value }, words))));
  const check = (key, label) => h("div", { class: "field field-check" },
    h("input", { id: `f-${key}`, name: key, type: "checkbox", value: "true", checked: params.get(key) === "true" }),
    h("label", { for: `f-${key}` }, label));
  return h("form", { class: "filters", method: "get", action: `/ui/agencies/${encodeURIComponent(name)}`, "aria-label": "Lọc nhiệm vụ" },
    text("province", "Tỉnh"),
    check("merged", "Gồm các tỉnh sáp nhập vào (2025)"),
    text("year", "Năm ban hành", { type: "number", min: "1900", max: "2100" }),
    select("role", "Vai trò", [["", "Tất cả"], ["lead", ROLE.lead], ["support", ROLE.support], ["responsible", ROLE.responsible]]),
    select("requested", "Được đề nghị", [["", "Tất cả"], ["true", "Có"], ["false", "Không"]]),
    select("as_partner", "Giao hay phối hợp", [["", "Được giao"], ["true", "Được nêu là phối hợp"]]),
    text("due_after", "Hạn từ ngày", { type: "date" }),
    text("due_before", "Hạn đến ngày", { type: "date" }),
    text("q", "Từ khóa trong nhiệm vụ", { type: "search" }),
    check("predecessors", "Cả nhiệm vụ của cơ quan tiền thân (2025)"),
    select("in_force", "Hiệu lực của kế hoạch", [["", "Tất cả, đánh dấu kế hoạch hết hiệu lực"], ["only", "Chỉ kế hoạch còn hiệu lực"],
      ["any", "Tất cả, không xét hiệu lực"]]),
    text("as_of", "Xét hiệu lực tại ngày", { type: "date" }),
    actions("Lọc", h("a", { href: `/ui/agencies/${encodeURIComponent(name)}` }, "Bỏ lọc")));
}

function exportsBar(path, query, name) {
  const xlsx = apiUrl(path, { ...query, format: "xlsx" });
  const csv = apiUrl(path, { ...query, format: "csv" });
  const ics = apiUrl("/deadlines.ics", { agency: name, province: query.province, merged: query.merged });
  const status = h("span", { class: "export-status", role: "status" });
  const button = (url, label, file) => h("a", {
    class: "button", href: url, download: file,
    onclick: async (e) => {
      e.preventDefault();
      replace(status, "Đang chuẩn bị tệp…");
      try {
        await download(url, file);
        replace(status, `Đã tải ${file}.`);
      } catch (err) {
        replace(status, err.message);
      }
    },
  }, label);
  return h("div", { class: "exports", role: "group", "aria-label": "Xuất dữ liệu" },
    button(xlsx, "Xuất XLSX", "nhiem-vu.xlsx"), button(csv, "Xuất CSV", "nhiem-vu.csv"),
    button(ics, "Lịch .ics", "thoi-han.ics"), status);
}
