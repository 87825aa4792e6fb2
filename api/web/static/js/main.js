// The page's entry: read the path, draw its view. Every view is a full page load of the same shell, so the
// browser's history, links and bookmarks work as they do on any site.
import { takeKeyFromAddress } from "./api.js";
import { h, message, replace } from "./dom.js";
import { agenciesView, agencyView } from "./views/agencies.js";
import { citationIndexView, citationView, graphView } from "./views/citations.js";
import { documentView } from "./views/document.js";
import { homeView } from "./views/home.js";
import { searchView } from "./views/search.js";

const ROUTES = [
  [/^\/ui\/?$/, "home", (main) => homeView(main)],
  [/^\/ui\/documents\/(\d+)\/?$/, "home", (main, m) => documentView(main, Number(m[1]))],
  [/^\/ui\/agencies\/?$/, "agencies", (main) => agenciesView(main)],
  [/^\/ui\/agencies\/([^/]+)\/?$/, "agencies", (main, m) => agencyView(main, decodeURIComponent(m[1]))],
  [/^\/ui\/citations\/?$/, "citations", (main) => citationIndexView(main)],
  [/^\/ui\/citations\/(.+)$/, "citations", (main, m) => citationView(main, m[1].split("/").map(decodeURIComponent).join("/"))],
  [/^\/ui\/graph\/?$/, "citations", (main) => graphView(main)],
  [/^\/ui\/search\/?$/, "search", (main) => searchView(main)],
];

async function start() {
  takeKeyFromAddress();
  const main = document.getElementById("main");
  const quick = document.getElementById("quick-q");
  const q = new URLSearchParams(location.search).get("q");
  if (quick && q && location.pathname.startsWith("/ui/search")) quick.value = q;
  for (const [pattern, nav, view] of ROUTES) {
    const m = location.pathname.match(pattern);
    if (!m) continue;
    const link = document.querySelector(`[data-nav="${nav}"]`);
    if (link) link.setAttribute("aria-current", "page");
    try {
      await view(main, m);
    } catch (e) {
      replace(main, h("h1", {}, "Có lỗi"), message(e.message || String(e), "error"));
    }
    document.body.dataset.ready = "true";
    return;
  }
  document.title = "Không có trang này — kehoach";
  replace(main, h("h1", {}, "Không có trang này"), h("p", {}, h("a", { href: "/ui/" }, "Về trang chủ")));
  document.body.dataset.ready = "true";
}

start();
