// Deadlines on a timeline (SVG): one dot per task with a due date, years along the axis, today marked.
// The table beside it holds the same items for reading and for the keyboard; a click on a dot goes to its row.
import { s } from "./dom.js";
import { date } from "./labels.js";

const W = 900;
const LANE = 16;
const PAD = 40;
const DAY = 86_400_000;

/** `items`: [{due: "2025-06-30", label: "...", rowId: "ob-3"}]; returns an <svg> (or null when no item has a date). */
export function timeline(items, title) {
  const dated = items.filter((x) => x.due).map((x) => ({ ...x, t: Date.parse(x.due) })).sort((a, b) => a.t - b.t);
  if (!dated.length) return null;
  const today = Date.now();
  let lo = dated[0].t - 30 * DAY;
  let hi = dated[dated.length - 1].t + 30 * DAY;
  if (today > lo - 365 * DAY && today < hi + 365 * DAY) {
    lo = Math.min(lo, today);
    hi = Math.max(hi, today);
  }
  const x = (t) => PAD + ((t - lo) / (hi - lo)) * (W - 2 * PAD);
  const lanes = [];
  for (const d of dated) {
    d.x = x(d.t);
    let lane = lanes.findIndex((last) => d.x - last > 12);
    if (lane < 0) lane = lanes.length;
    lanes[lane] = d.x;
    d.lane = lane;
  }
  const height = 50 + Math.max(1, lanes.length) * LANE;
  const axisY = height - 24;
  const svg = s("svg", {
    class: "timeline", viewBox: `0 0 ${W} ${height}`, role: "img",
    "aria-label": `${title}: ${dated.length} nhiệm vụ có hạn, từ ${date(dated[0].due)} đến ${date(dated[dated.length - 1].due)}`,
  });
  svg.append(s("line", { x1: PAD, x2: W - PAD, y1: axisY, y2: axisY, class: "axis" }));
  for (const tick of ticks(lo, hi)) {
    svg.append(s("line", { x1: x(tick.t), x2: x(tick.t), y1: axisY, y2: axisY + (tick.major ? 8 : 4), class: "tick" }));
    if (tick.label) svg.append(s("text", { x: x(tick.t), y: axisY + 20, class: "tick-label" }, tick.label));
  }
  if (today >= lo && today <= hi) {
    const right = x(today) > W / 2;
    svg.append(s("line", { x1: x(today), x2: x(today), y1: 8, y2: axisY, class: "today" }),
      s("text", { x: x(today) + (right ? -4 : 4), y: 18, class: `today-label${right ? " end" : ""}` }, "Hôm nay"));
  }
  for (const d of dated) {
    const dot = s("circle", {
      cx: d.x, cy: axisY - 12 - d.lane * LANE, r: 6, class: d.t < today ? "dot past" : "dot",
      "data-row": d.rowId,
    }, s("title", {}, `${date(d.due)}: ${d.label}`));
    svg.append(dot);
  }
  svg.addEventListener("click", (e) => {
    const row = e.target.closest("circle[data-row]");
    const target = row && document.getElementById(row.dataset.row);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  });
  return svg;
}

/** Axis ticks: every year over a long span; every quarter (labelled MM/YYYY) over four years or less. */
function ticks(lo, hi) {
  const out = [];
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  const quarters = last - first <= 4;
  const step = quarters ? 1 : Math.max(1, Math.ceil((last - first + 1) / 12));
  for (let year = first; year <= last + 1; year += step) {
    for (const month of quarters ? [0, 3, 6, 9] : [0]) {
      const t = Date.UTC(year, month, 1);
      if (t < lo || t > hi) continue;
      const label = quarters ? `${String(month + 1).padStart(2, "0")}/${year}` : String(year);
      out.push({ t, major: month === 0, label });
    }
  }
  return out;
}
