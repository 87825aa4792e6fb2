// A deterministic force layout (Fruchterman–Reingold): the same graph is always drawn the same way.
// Start: roots in the middle, the others on rings by their distance from a root; then repulsion between all
// nodes, springs along edges and a pull to the centre, with a cooling step size.

/** nodes: [{id}], edges: [{source, target}], roots: [id]. Returns Map id -> {x, y} inside width × height. */
export function forceLayout(nodes, edges, roots, { width = 1000, height = 700, iterations = 300 } = {}) {
  const n = nodes.length;
  const pos = new Map();
  if (!n) return pos;
  const cx = width / 2;
  const cy = height / 2;
  const level = distances(nodes, edges, roots);
  const rings = new Map();
  for (const node of nodes) {
    const l = level.get(node.id);
    if (!rings.has(l)) rings.set(l, []);
    rings.get(l).push(node.id);
  }
  const ringGap = Math.min(width, height) / (2 * (Math.max(...rings.keys()) + 1.5));
  for (const [l, ids] of rings) {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + l * 0.7;
      const r = l === 0 && ids.length === 1 ? 0 : (l + 0.6) * ringGap;
      pos.set(id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    });
  }
  const k = Math.sqrt((width * height) / n) * 0.6;
  const pinned = roots.length === 1 ? roots[0] : null;
  const ids = nodes.map((x) => x.id);
  for (let it = 0; it < iterations; it++) {
    const temp = (width / 12) * (1 - it / iterations) + 0.5;
    const disp = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i++) {
      const a = pos.get(ids[i]);
      for (let j = i + 1; j < n; j++) {
        const b = pos.get(ids[j]);
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        const da = disp.get(ids[i]);
        const db = disp.get(ids[j]);
        da.x += (dx / d) * f; da.y += (dy / d) * f;
        db.x -= (dx / d) * f; db.y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      const da = disp.get(e.source);
      const db = disp.get(e.target);
      da.x -= (dx / d) * f; da.y -= (dy / d) * f;
      db.x += (dx / d) * f; db.y += (dy / d) * f;
    }
    for (const id of ids) {
      if (id === pinned) continue;
      const p = pos.get(id);
      const v = disp.get(id);
      v.x += (cx - p.x) * 0.02 * k / 10;
      v.y += (cy - p.y) * 0.02 * k / 10;
      const len = Math.max(0.01, Math.hypot(v.x, v.y));
      const step = Math.min(len, temp);
      p.x = Math.min(width, Math.max(0, p.x + (v.x / len) * step));
      p.y = Math.min(height, Math.max(0, p.y + (v.y / len) * step));
    }
  }
  return pos;
}

/** Hops from the nearest root, edges taken both ways; nodes not reached get one more than the farthest. */
function distances(nodes, edges, roots) {
  const next = new Map(nodes.map((x) => [x.id, []]));
  for (const e of edges) {
    if (next.has(e.source) && next.has(e.target)) {
      next.get(e.source).push(e.target);
      next.get(e.target).push(e.source);
    }
  }
  const level = new Map();
  let frontier = roots.filter((r) => next.has(r));
  frontier.forEach((r) => level.set(r, 0));
  for (let l = 1; frontier.length; l++) {
    const nxt = [];
    for (const id of frontier) for (const m of next.get(id)) if (!level.has(m)) { level.set(m, l); nxt.push(m); }
    frontier = nxt;
  }
  const far = Math.max(0, ...level.values()) + 1;
  for (const node of nodes) if (!level.has(node.id)) level.set(node.id, far);
  return level;
}
