// Diacritics-insensitive matching, as the search of the corpus does: "cai nghien" finds "cai nghiện".
import { h } from "./dom.js";

function foldChar(c) {
  return c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** The folded text and, for each of its characters, the index of the character of `text` it came from. */
export function fold(text) {
  let folded = "";
  const origin = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    folded += f;
    for (let j = 0; j < f.length; j++) origin.push(i);
  }
  return { folded, origin };
}

/** `text` as nodes, the words of `query` wrapped in <mark> wherever they occur, marks and case ignored. */
export function markMatches(text, query) {
  const { folded, origin } = fold(text);
  const words = fold(query).folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const ranges = [];
  for (const w of words) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      ranges.push([origin[i], origin[i + w.length - 1] + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (b <= pos) continue;
    const start = Math.max(a, pos);
    out.push(text.slice(pos, start), h("mark", { class: "match" }, text.slice(start, b)));
    pos = b;
  }
  out.push(text.slice(pos));
  return out;
}
