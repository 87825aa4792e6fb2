// Talking to the HTTP API of the same service: JSON reads, uploads with progress, downloads, errors in words.
import { problemWords } from "./labels.js";

const KEY_STORAGE = "kehoach.apiKey";

/** The API key of this browser tab (sessionStorage: gone when the tab is closed). */
export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || "";
}

export function setApiKey(value) {
  if (value) sessionStorage.setItem(KEY_STORAGE, value);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** `scripts/up.sh` prints the page address as /ui/#key=...: keep the key for the tab and drop it from the address. */
export function takeKeyFromAddress() {
  const m = location.hash.match(/^#key=(.+)$/);
  if (!m) return;
  setApiKey(decodeURIComponent(m[1]));
  history.replaceState(null, "", location.pathname + location.search);
}

function headers(extra = {}) {
  const key = apiKey();
  return { Accept: "application/json", ...(key ? { "X-API-Key": key } : {}), ...extra };
}

/** A path with query parameters; empty values are left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    query.set(k, String(v));
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A citation key in a path: "36-CT/TW" -> "36-CT/TW" with each part percent-encoded. */
export function keyPath(key) {
  return key.split("/").map(encodeURIComponent).join("/");
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problemWords(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path, params = {}) {
  const response = await send(apiUrl(path, params), { headers: headers() });
  return response.json();
}

/** A blob: URL of what `path` answers, fetched with the key header: for an image or a link when the service
 *  wants the key for reads too (KEHOACH_READ_KEY_REQUIRED), which a plain src or href cannot send. */
export async function objectUrl(path) {
  const response = await send(path, { headers: headers({ Accept: "*/*" }) });
  return URL.createObjectURL(await response.blob());
}

/** Save what `url` answers as a file (with the key header, so that it works when reads need the key too). */
export async function download(url, fallbackName) {
  const response = await send(url, { headers: headers({ Accept: "*/*" }) });
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") || "";
  const m = disposition.match(/filename="([^"]+)"/);
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = m ? m[1] : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** POST one file to /documents; `onProgress(fraction)` while it is sent. Resolves to {status, body}. */
export function uploadFile(file, onProgress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/documents");
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener("error", () => resolve({ status: 0, body: null }));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
