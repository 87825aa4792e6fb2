// Uploading plans: one row per file with a progress bar (sending, then extracting) and its state in words.
import { getJson, uploadFile } from "./api.js";
import { h, replace } from "./dom.js";
import { JOB_STAGE, JOB_STATE, OUTCOME, jobError, problemWords } from "./labels.js";

const POLL_MS = 400;
const ACCEPT = ".pdf,.docx,.doc,.txt,.md,application/pdf,text/plain,text/markdown";

/** The upload form; `onStored()` is called whenever a file has become a document. */
export function uploadPanel(onStored) {
  const input = h("input", { type: "file", id: "upload-files", name: "files", multiple: true, accept: ACCEPT });
  const list = h("ol", { class: "uploads", "aria-label": "Tệp đang tải lên" });
  const start = (files) => {
    for (const file of files) list.append(uploadRow(file, onStored));
    input.value = "";
  };
  const form = h("form", { class: "upload-form", onsubmit: (e) => { e.preventDefault(); start([...input.files]); } },
    h("label", { for: "upload-files" }, "Chọn một hoặc nhiều tệp kế hoạch (PDF, DOCX, DOC, TXT, MD)"),
    h("div", { class: "upload-controls" }, input, h("button", { type: "submit" }, "Tải lên")));
  const zone = h("div", { class: "drop-zone" }, form, h("p", { class: "hint" }, "Hoặc kéo thả tệp vào khung này."));
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    start([...e.dataTransfer.files]);
  });
  return h("div", { class: "upload-panel" }, zone, list);
}

function uploadRow(file, onStored) {
  const bar = h("progress", { max: "1", value: "0", "aria-label": `Tiến độ: ${file.name}` });
  const state = h("span", { class: "upload-state", role: "status" }, "Đang tải lên…");
  const result = h("span", { class: "upload-result" });
  const row = h("li", { class: "upload-item", "data-state": "sending" },
    h("span", { class: "upload-name" }, file.name), bar, state, result);
  const show = (stateName, words, progress) => {
    row.dataset.state = stateName;
    replace(state, words);
    if (progress !== undefined) bar.value = progress;
  };
  run(file, show, result, onStored);
  return row;
}

async function run(file, show, result, onStored) {
  const { status, body } = await uploadFile(file, (f) => show("sending", `Đang tải lên ${Math.round(f * 100)}%`, f / 2));
  if (status !== 202 && status !== 200) {
    show("failed", `${JOB_STATE.failed}: ${problemWords(status, body)}`, 1);
    return;
  }
  let job = body.job;
  while (job.state === "queued" || job.state === "running") {
    show(job.state, `${JOB_STATE[job.state]}: ${JOB_STAGE[job.stage] || job.stage} (${Math.round(job.progress * 100)}%)`,
      0.5 + job.progress / 2);
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      job = await getJson(`/jobs/${encodeURIComponent(job.id)}`);
    } catch (e) {
      show("failed", `${JOB_STATE.failed}: ${e.message}`, 1);
      return;
    }
  }
  if (job.state === "done") {
    show("done", `${JOB_STATE.done}: ${OUTCOME[job.outcome] || "đã lưu"}`, 1);
    if (job.document_id) replace(result, h("a", { href: `/ui/documents/${job.document_id}` }, `Mở văn bản: ${file.name}`));
    onStored();
  } else {
    show("failed", `${JOB_STATE.failed}: ${jobError(job)}`, 1);
    onStored();
  }
}
