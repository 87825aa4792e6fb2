// The document text with its items highlighted: tasks, and inside them (or outside) agencies, deadlines,
// citations and targets; section anchors for the table of contents. Spans are [start, end) offsets into the text.
//
// Two layers that never overlap within themselves: tasks (outer) and inline items (inner). An inline item that
// crosses a task's edge is split at it; items that overlap one of their own layer are clipped to what is left.
import { h } from "./dom.js";

/** The items of a result as {kind, start, end, item, ...}: tasks, inline items and section anchors, each sorted. */
export function collectItems(result, length) {
  const tasks = [];
  const inline = [];
  const seenDeadline = new Set();
  for (const a of result.assignments) {
    tasks.push({ kind: "task", start: a.span.start, end: a.span.end, item: a, id: `task-${a.id}` });
    for (const ref of a.agency_refs) inline.push({ kind: "agency", start: ref.span.start, end: ref.span.end, item: ref, task: a });
    for (const ref of a.partner_refs) inline.push({ kind: "partner", start: ref.span.start, end: ref.span.end, item: ref, task: a });
  }
  for (const d of result.deadlines) {
    const k = `${d.span.start}:${d.span.end}`;
    if (seenDeadline.has(k)) continue;
    seenDeadline.add(k);
    inline.push({ kind: "deadline", start: d.span.start, end: d.span.end, item: d });
  }
  for (const c of result.citations) {
    for (const m of c.mentions) inline.push({ kind: "citation", start: m.span.start, end: m.span.end, item: c, mention: m });
  }
  for (const t of result.targets) inline.push({ kind: "target", start: t.span.start, end: t.span.end, item: t });
  const anchors = flattenSections(result.sections).map((sec) => ({ pos: sec.span.start, id: `section-${sec.id}`, item: sec }));
  anchors.sort((x, y) => x.pos - y.pos);
  return { tasks: layer(tasks, length), inline: layer(inline, length), anchors };
}

export function flattenSections(sections, out = []) {
  for (const sec of sections) {
    out.push(sec);
    flattenSections(sec.children || [], out);
  }
  return out;
}

/** Sorted, inside [0, length), non-overlapping: a later item keeps only what is past the one before it. */
export function layer(items, length) {
  const sorted = items
    .map((x) => ({ ...x, start: Math.max(0, x.start), end: Math.min(length, x.end) }))
    .filter((x) => x.end > x.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  let last = 0;
  for (const x of sorted) {
    if (x.end <= last) continue;
    out.push(x.start < last ? { ...x, start: last } : x);
    last = Math.max(last, x.end);
  }
  return out;
}

/**
 * Fill `container` with `text` and the highlights. Returns the list of highlight records; each element carries
 * data-ref (its index in that list). Task elements, and inline ones outside tasks, are buttons for the keyboard.
 */
export function renderText(container, text, items) {
  const refs = [];
  const cursor = { inline: 0, anchor: 0 };
  const mark = (rec, interactive) => {
    const el = h("mark", { class: `hl hl-${rec.kind}`, "data-ref": refs.length, "data-kind": rec.kind });
    if (rec.id && !rec.split) el.id = rec.id;
    if (interactive) {
      el.setAttribute("role", "button");
      el.setAttribute("tabindex", "0");
    }
    refs.push({ ...rec, el });
    return el;
  };
  const fill = (parent, a, b, insideTask) => {
    let p = a;
    while (p < b) {
      while (cursor.anchor < items.anchors.length && items.anchors[cursor.anchor].pos <= p) {
        parent.append(anchorEl(items.anchors[cursor.anchor++]));
      }
      while (cursor.inline < items.inline.length && items.inline[cursor.inline].end <= p) cursor.inline++;
      const it = items.inline[cursor.inline];
      const nextAnchor = cursor.anchor < items.anchors.length ? items.anchors[cursor.anchor].pos : Infinity;
      if (it && it.start <= p) {
        const e = Math.min(it.end, b);
        const el = mark({ ...it, split: p !== it.start }, !insideTask);
        el.append(text.slice(p, e));
        parent.append(el);
        p = e;
      } else {
        const e = Math.min(b, it ? it.start : Infinity, nextAnchor);
        parent.append(text.slice(p, e));
        p = e;
      }
    }
  };
  let pos = 0;
  for (const task of items.tasks) {
    fill(container, pos, task.start, false);
    const el = mark(task, true);
    fill(el, task.start, task.end, true);
    container.append(el);
    pos = task.end;
  }
  fill(container, pos, text.length, false);
  while (cursor.anchor < items.anchors.length) container.append(anchorEl(items.anchors[cursor.anchor++]));
  return refs;
}

function anchorEl(anchor) {
  return h("span", { class: "anchor", id: anchor.id });
}
