// Vietnamese words for what the API says in codes: roles, job states, relations, document types, errors, dates.

export const ROLE = { lead: "Chủ trì", support: "Phối hợp", responsible: "Chịu trách nhiệm" };

export const JOB_STATE = { queued: "Đang chờ", running: "Đang xử lý", done: "Xong", failed: "Thất bại" };

export const JOB_STAGE = {
  queued: "trong hàng đợi", reading: "đang đọc tệp", extracting: "đang trích xuất", storing: "đang lưu",
  done: "hoàn tất",
};

export const OUTCOME = { stored: "đã lưu vào kho", replaced: "đã thay kết quả cũ", unchanged: "đã có trong kho" };

/** Why a job failed, in a word (the `reason` of a job) -> in Vietnamese. */
export const JOB_REASON = {
  unreadable: "Không đọc được tệp", "time limit": "Quá thời gian cho phép", "cpu limit": "Quá giới hạn CPU",
  "memory limit": "Quá giới hạn bộ nhớ", crashed: "Bộ trích xuất gặp sự cố", "worker lost": "Mất tiến trình xử lý",
  missing: "Không còn công việc này", error: "Lỗi khi trích xuất", "queue unavailable": "Không gửi được cho bộ xử lý",
};

export const RELATION = {
  basis: "Căn cứ", cites: "Trích dẫn", implements: "Triển khai", amends: "Sửa đổi, bổ sung", replaces: "Thay thế",
  abolishes: "Bãi bỏ", guides: "Hướng dẫn", suspends: "Tạm ngưng hiệu lực", extends: "Gia hạn",
};

/** The validity of a document on a date (corpus/validity.py statuses). */
export const STATUS = {
  in_force: "Còn hiệu lực", amended: "Còn hiệu lực, đã được sửa đổi, bổ sung", replaced: "Bị thay thế",
  abolished: "Bị bãi bỏ", suspended: "Bị tạm ngưng hiệu lực", expired: "Hết hiệu lực", not_yet_in_force: "Chưa có hiệu lực",
};

export const SCOPE = { central: "Trung ương", local: "Địa phương", law: "Luật", doc: "Văn bản trong kho" };

export const DOC_TYPE = {
  KH: "Kế hoạch", "QĐ": "Quyết định", CT: "Chỉ thị", NQ: "Nghị quyết", TB: "Thông báo", CV: "Công văn",
  TT: "Thông tư", "NĐ": "Nghị định", HD: "Hướng dẫn", CTr: "Chương trình", BC: "Báo cáo", KL: "Kết luận",
  "QyĐ": "Quy định", "Luật": "Luật", "Bộ luật": "Bộ luật", "Pháp lệnh": "Pháp lệnh", "Hiến pháp": "Hiến pháp",
};

export const KIND = {
  task: "Nhiệm vụ", agency: "Cơ quan", partner: "Cơ quan phối hợp", deadline: "Thời hạn", citation: "Trích dẫn",
  target: "Chỉ tiêu", section: "Mục",
};

export function docType(code) {
  return code ? DOC_TYPE[code] || code : "";
}

/** "2019-08-16" -> "16/08/2019". */
export function date(iso) {
  if (!iso) return "";
  const m = String(iso).match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso);
}

export function yesNo(v) {
  return v ? "Có" : "Không";
}

const FREQ = { DAILY: "ngày", WEEKLY: "tuần", MONTHLY: "tháng", YEARLY: "năm" };
const WEEKDAY = { MO: "thứ Hai", TU: "thứ Ba", WE: "thứ Tư", TH: "thứ Năm", FR: "thứ Sáu", SA: "thứ Bảy", SU: "Chủ nhật" };
const pad2 = (x) => String(Number(x)).padStart(2, "0");

/** An RRULE in words, the same words as the exports (api/exports.py recurrence_words, one table of cases tests both):
 * FREQ=MONTHLY;BYMONTHDAY=20 -> "Hằng tháng, ngày 20"; FREQ=MONTHLY;INTERVAL=3 -> "Hằng quý";
 * FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15 -> "Hằng năm, trước ngày 15/12". A rule it cannot word is shown as it is. */
export function recurrence(rrule) {
  if (!rrule) return "";
  const parts = {};
  for (const p of rrule.trim().replace(/^;+|;+$/g, "").split(";")) {
    if (!p) continue;
    const at = p.indexOf("=");
    if (at < 0) return rrule;
    parts[p.slice(0, at).toUpperCase()] = p.slice(at + 1);
  }
  const list = (k) => (parts[k] || "").split(",").filter(Boolean);
  const freq = (parts.FREQ || "").toUpperCase();
  const interval = parts.INTERVAL || "1";
  const months = list("BYMONTH"), days = list("BYMONTHDAY"), weekdays = list("BYDAY");
  const known = new Set(["FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY"]);
  if (!/^\d+$/.test(interval) || Object.keys(parts).some((k) => !known.has(k))) return rrule;
  const n = Number(interval);
  if (!FREQ[freq] || n < 1 || days.length > 1 || (weekdays.length && (months.length || days.length))) return rrule;
  if (![...months, ...days].every((x) => /^\d+$/.test(x))) return rrule;
  if (freq === "YEARLY" && n === 1 && months.join(",") === "3,6,9,12") {
    return "Hằng quý, " + (days.length ? `ngày ${Number(days[0])} tháng cuối quý` : "tháng cuối quý");
  }
  if (months.length > 1) return rrule;
  const unit = FREQ[freq];
  let head;
  if (freq === "MONTHLY" && n === 3) head = "Hằng quý";
  else if (freq === "MONTHLY" && n === 12) head = "Hằng năm";
  else head = n === 1 ? `Hằng ${unit}` : `${n} ${unit} một lần`;
  if (months.length && days.length) return `${head}, trước ngày ${pad2(days[0])}/${pad2(months[0])}`;
  if (months.length) return `${head}, tháng ${Number(months[0])}`;
  if (days.length) return `${head}, ngày ${Number(days[0])}`;
  if (weekdays.length) {
    const words = weekdays.map((w) => WEEKDAY[w.toUpperCase()]);
    return words.every(Boolean) ? `${head}, ${words.join(", ")}` : rrule;
  }
  return head;
}

/** A short name for a document, as the exports write it (api/exports.py doc_label): its number; without one, its
 * type and title ("Kế hoạch Thực hiện Chỉ thị..."), else its file name. */
export function docLabel(ref) {
  if (ref.number) return ref.number;
  const kind = docType(ref.doc_type);
  const title = (ref.title || "").split(/\s+/).filter(Boolean).join(" ");
  if (title) return kind && !title.toLowerCase().startsWith(kind.toLowerCase()) ? `${kind} ${title}` : title;
  return ref.source_name || `${kind || "Văn bản"} (mã ${ref.id})`;
}

const STATUS_WORDS = {
  0: "Không kết nối được tới dịch vụ", 400: "Yêu cầu không hợp lệ", 401: "Cần khóa API hợp lệ",
  403: "Không có quyền", 404: "Không tìm thấy", 409: "Xung đột dữ liệu", 413: "Tệp quá lớn",
  415: "Loại tệp không được hỗ trợ (chỉ nhận PDF, DOCX, DOC, TXT, MD)", 422: "Nội dung không hợp lệ",
  429: "Quá nhiều yêu cầu, hãy thử lại sau", 500: "Lỗi máy chủ", 503: "Dịch vụ tạm thời không sẵn sàng",
};

/** What a problem says, in Vietnamese, by its title (api/problems.py: stable English titles) and its extension
 * members (document_id, page, job_id, key, written, errors ...): the API's English `detail` is never shown. */
const PROBLEM_WORDS = {
  "Not found": (p) => {
    if (p.document_id != null && p.page != null) return `Văn bản ${p.document_id} không có trang ${p.page}`;
    if (p.document_id != null && p.media_type) return `Văn bản ${p.document_id} không phải tệp PDF`;
    if (p.document_id != null) return `Không có văn bản mã ${p.document_id} trong kho`;
    if (p.job_id) return `Không có công việc ${p.job_id}`;
    if (p.key) return `Không có văn bản “${p.key}” trong kho`;
    return null;
  },
  "Unreadable document": (p) => `Tệp của văn bản ${p.document_id ?? ""} không đọc được`.replace("  ", " "),
  "Upload too large": (p) => (p.limit_bytes ? `Tệp quá lớn (tối đa ${Math.round(p.limit_bytes / 1048576)} MB)` : null),
  "Empty upload": () => "Tệp rỗng, không có nội dung",
  "Content does not match its type": () => "Nội dung tệp không khớp với loại tệp đã khai báo",
  "Job queue unavailable": () => "Hàng đợi xử lý tạm thời không kết nối được",
  "Agency not recognised": (p) => (p.written ? `Không nhận ra cơ quan “${p.written}”` : null),
  "Invalid cursor": () => "Con trỏ trang không hợp lệ: hãy tải lại từ trang đầu",
  "Invalid request": (p) => {
    const names = [...new Set((p.errors || []).map((e) => (e.loc || []).filter((x) => x !== "query" && x !== "path" && x !== "body").join(".")).filter(Boolean))];
    return names.length ? `Tham số không hợp lệ: ${names.join(", ")}` : null;
  },
};

/** An HTTP error (RFC 9457 problem) in words, in Vietnamese: what happened and, when the problem says, to what. */
export function problemWords(status, problem) {
  const words = STATUS_WORDS[status] || `Lỗi ${status}`;
  const detail = problem && (problem.detail || problem.title);
  if (status === 401 && detail && /disabled|no KEHOACH_API_KEY/.test(detail)) {
    return "Dịch vụ chưa cho phép tải lên (chưa đặt KEHOACH_API_KEY)";
  } else if (status === 401) {
    return "Cần khóa API hợp lệ: nhập khóa ở mục “Khóa API”";
  }
  const said = problem && PROBLEM_WORDS[problem.title] ? PROBLEM_WORDS[problem.title](problem) : null;
  return said || words;
}

/** What the readers say when a file cannot be read (extractor/read: "<name>: <why>", in English), in Vietnamese:
 * [pattern of the why, words]. A message no pattern knows is not shown (the page shows no English). */
const READER_ERRORS = [
  [/^is empty$/, "tệp rỗng"],
  [/byte limit$/, "tệp quá lớn"],
  [/page limit$|^more than \d+ pages$/, "quá số trang cho phép"],
  [/^is a ZIP archive/, "là tệp nén ZIP, không phải DOCX"],
  [/send the plan as PDF/, "không phải tệp PDF, DOCX, DOC hay văn bản"],
  [/^looks like a binary file/, "là tệp nhị phân, không phải văn bản"],
  [/^is an encrypted PDF/, "là PDF có mật khẩu"],
  [/^is not a readable PDF/, "không phải tệp PDF đọc được (tệp hỏng?)"],
  [/^the PDF has no pages/, "tệp PDF không có trang nào"],
  [/^has no text/, "tệp không có chữ (các trang đều trắng)"],
  [/OCR is switched off|reading it needs OCR/, "cần nhận dạng chữ (OCR) nhưng OCR đang tắt"],
  [/^OCR found no text/, "OCR không tìm thấy chữ trong ảnh"],
  [/^is not a readable DOCX/, "không phải tệp DOCX đọc được (tệp hỏng?)"],
  [/would inflate/, "tệp DOCX giải nén ra quá lớn"],
  [/^is a legacy Word \(\.doc\) file/, "là tệp Word cũ (.doc), cần LibreOffice để đọc"],
  [/^LibreOffice could not convert/, "LibreOffice không chuyển được tệp .doc này"],
  [/too large/, "ảnh quá lớn"],
  [/^is not a readable image/, "không phải ảnh đọc được"],
  [/tesseract/, "không chạy được công cụ nhận dạng chữ (tesseract)"],
  [/^is a directory$/, "là một thư mục"],
];

/** A reader's error ("hong.pdf: is not a readable PDF (...)") in Vietnamese: "hong.pdf: không phải tệp PDF đọc được";
 * the file name alone when the reason is not one the page knows. */
export function readerError(error) {
  if (!error) return "";
  const cut = error.indexOf(": ");
  const name = cut > 0 ? error.slice(0, cut) : "";
  const said = (text) => (READER_ERRORS.find(([re]) => re.test(text)) || [null, null])[1];
  const why = cut > 0 ? said(error.slice(cut + 2)) : null;
  if (why) return `${name}: ${why}`;
  return said(error) || name;
}

/** Why a job failed, in words. */
export function jobError(job) {
  const reason = job.reason ? JOB_REASON[job.reason] || job.reason : "Không trích xuất được";
  const detail = job.reason === "unreadable" ? readerError(job.error) : "";
  return detail ? `${reason}. Chi tiết: ${detail}` : reason;
}

/** The warnings of a result (corpus/warnings.py codes), in Vietnamese. */
export const WARNING = {
  no_tasks: "Không tìm thấy nhiệm vụ nào trong văn bản",
  no_number: "Không tìm thấy số ký hiệu của văn bản",
  no_date: "Không tìm thấy ngày ban hành",
  low_ocr_confidence: "Trang quét nhận dạng chữ (OCR) với độ tin cậy thấp",
  low_quality_page: "Trang đọc được nhưng chất lượng thấp",
  unreadable_page: "Trang không đọc được",
};

/** One warning string ("<code>: page N: detail") in words: "Trang không đọc được (trang 2)". */
export function warningWords(w) {
  const m = /^([a-z_]+):\s*(?:page (\d+):\s*)?(.*)$/.exec(w || "");
  if (!m || !WARNING[m[1]]) return w;
  return m[2] ? `${WARNING[m[1]]} (trang ${m[2]})` : WARNING[m[1]];
}

/** How each page was read (source.page_reads path). */
export const READ_PATH = { text: "lớp chữ", ocr: "OCR", blank: "trang trắng", unreadable: "không đọc được" };

export function readPath(path) {
  if (!path) return "";
  if (path.startsWith("legacy:")) return `lớp chữ mã cũ (${path.slice(7)})`;
  return READ_PATH[path] || path;
}
