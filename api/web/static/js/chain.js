// The implementation chain through the roots of a graph: following "basis" and "implements" edges up (what the
// root implements, what that implements ...) and down (what implements the root, and so on).

const CHAIN = new Set(["basis", "implements"]);

/** Indices of the edges on the chain, and the ids of the nodes on it. */
export function implementationChain(graph) {
  const edges = new Set();
  const nodes = new Set(graph.roots);
  const walk = (from, to) => {
    const seen = new Set(graph.roots);
    let frontier = [...graph.roots];
    while (frontier.length) {
      const nxt = [];
      graph.edges.forEach((e, i) => {
        if (!CHAIN.has(e.relation) || !frontier.includes(e[from])) return;
        edges.add(i);
        nodes.add(e[to]);
        if (!seen.has(e[to])) { seen.add(e[to]); nxt.push(e[to]); }
      });
      frontier = nxt;
    }
  };
  walk("source", "target");
  walk("target", "source");
  return { edges, nodes };
}
