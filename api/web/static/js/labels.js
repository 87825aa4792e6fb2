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

export const RELATION = { basis: "Căn cứ", cites: "Trích dẫn", implements: "Triển khai" };

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

/** An RRULE in words: FREQ=MONTHLY;INTERVAL=6 -> "6 tháng một lần"; FREQ=MONTHLY;INTERVAL=3 -> "hằng quý". */
export function recurrence(rrule) {
  if (!rrule) return "";
  const parts = Object.fromEntries(rrule.split(";").map((p) => p.split("=")));
  const unit = FREQ[parts.FREQ];
  if (!unit) return rrule;
  const n = Number(parts.INTERVAL || 1);
  if (parts.FREQ === "MONTHLY" && n === 3) return "hằng quý";
  return n > 1 ? `${n} ${unit} một lần` : `hằng ${unit}`;
}

/** A short name for a document: its number, else its title, else its file name. */
export function docLabel(ref) {
  return ref.number || ref.title || ref.source_name || `Văn bản ${ref.id}`;
}

const STATUS_WORDS = {
  0: "Không kết nối được tới dịch vụ", 400: "Yêu cầu không hợp lệ", 401: "Cần khóa API hợp lệ",
  403: "Không có quyền", 404: "Không tìm thấy", 409: "Xung đột dữ liệu", 413: "Tệp quá lớn",
  415: "Loại tệp không được hỗ trợ (chỉ nhận PDF, DOCX, DOC, TXT, MD)", 422: "Nội dung không hợp lệ",
  429: "Quá nhiều yêu cầu, hãy thử lại sau", 500: "Lỗi máy chủ", 503: "Dịch vụ tạm thời không sẵn sàng",
};

/** An HTTP error (RFC 9457 problem) in words: what happened in Vietnamese, then the service's detail. */
export function problemWords(status, problem) {
  let words = STATUS_WORDS[status] || `Lỗi ${status}`;
  const detail = problem && (problem.detail || problem.title);
  if (status === 401 && detail && /disabled|no KEHOACH_API_KEY/.test(detail)) {
    words = "Dịch vụ chưa cho phép tải lên (chưa đặt KEHOACH_API_KEY)";
  } else if (status === 401) {
    words = "Cần khóa API hợp lệ: nhập khóa ở mục “Khóa API”";
  }
  return detail ? `${words}. Chi tiết: ${detail}` : words;
}

/** Why a job failed, in words. */
export function jobError(job) {
  const reason = job.reason ? JOB_REASON[job.reason] || job.reason : "Không trích xuất được";
  return job.error ? `${reason}. Chi tiết: ${job.error}` : reason;
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
