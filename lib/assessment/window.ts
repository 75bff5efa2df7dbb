// When may a unit change its self-assessment? Only while the round is open and today (in Vietnam)
// lies inside the self-assessment window. Pure; the message names the dates in vi-VN form.
import { fmtDate } from "../format";

export type RoundWindow = {
  name: string;
  status: string;
  selfAssessmentStart: Date | null;
  selfAssessmentEnd: Date | null;
};

const STATUS_WORDS: Record<string, string> = {
  DRAFT: "đang chuẩn bị, chưa mở tự đánh giá",
  APPRAISAL: "đang thẩm định",
  PUBLISHED: "đã công bố kết quả",
};

/** "2024-11-22": the calendar day in Vietnam. */
export function vietnamDay(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}

/** Window dates are stored as calendar days (UTC midnight). */
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export function windowWords(r: Pick<RoundWindow, "selfAssessmentStart" | "selfAssessmentEnd">): string {
  if (!r.selfAssessmentStart && !r.selfAssessmentEnd) return "chưa đặt thời gian tự đánh giá";
  return `từ ${r.selfAssessmentStart ? fmtDate(r.selfAssessmentStart) : "…"} đến hết ${r.selfAssessmentEnd ? fmtDate(r.selfAssessmentEnd) : "…"}`;
}

/** null when a unit may edit now; otherwise why not, in Vietnamese. */
export function windowProblem(r: RoundWindow, now = new Date()): string | null {
  if (r.status !== "OPEN")
    return `Đợt "${r.name}" ${STATUS_WORDS[r.status] ?? r.status}: đơn vị không thể sửa tự đánh giá.`;
  const today = vietnamDay(now);
  const start = r.selfAssessmentStart ? dayOf(r.selfAssessmentStart) : null;
  const end = r.selfAssessmentEnd ? dayOf(r.selfAssessmentEnd) : null;
  if (!start || !end || today < start || today > end) {
    return `Ngoài thời gian tự đánh giá: đợt "${r.name}" nhận tự đánh giá ${windowWords(r)} (hôm nay ${fmtDate(now)}).`;
  }
  return null;
}
