// Building the page: every element is made with createElement and every text goes in as a text node.
// Nothing here (or anywhere in the page) assigns markup: a document's text stays text.

const SVG_NS = "http://www.w3.org/2000/svg";

/** An HTML element: h("a", {href: "/ui/", class: "x", onclick: f}, "text", child, [more]). */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, the same way. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  return append(el, children);
}

/** Append children (nodes, strings, numbers, nested arrays; null and false are skipped). */
export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace everything inside `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A description list of [label, value] pairs; empty values are left out. */
export function fields(pairs, attrs = {}) {
  const dl = h("dl", { class: "fields", ...attrs });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
    dl.append(h("dt", {}, label), h("dd", {}, value));
  }
  return dl;
}

/** A table with a caption, column headers and rows of cells (each cell: text, a node, or an array of them). */
export function table(caption, headers, rows, attrs = {}) {
  return h("table", attrs,
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, headers.map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows.map((row) => (row instanceof Node ? row : h("tr", {}, row.map((c) => h("td", {}, c)))))));
}

/** A message in words: kind "error" is announced at once (role=alert), others politely. */
export function message(text, kind = "info") {
  return h("p", { class: `message message-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

/** A labelled form control: the label, then the control (which must have an id). */
export function field(label, control, cls = "") {
  return h("div", { class: `field ${cls}`.trim() }, h("label", { for: control.id }, label), control);
}

/** The submit button of a form, with what goes beside it (a reset link ...). */
export function actions(submit, ...beside) {
  return h("div", { class: "field field-actions" }, h("button", { type: "submit" }, submit), beside);
}

/** Join nodes with a separator: list of links "A, B, C". */
export function joined(items, sep = ", ") {
  return items.flatMap((x, i) => (i ? [sep, x] : [x]));
}
