// The feedback (PAKN) file (interfaces.md): ma_pakn (code, unique), ma_don_vi, ngay_tiep_nhan,
// han_xu_ly (due), ngay_xu_ly (handled; empty while open), kenh (optional), noi_dung (optional short
// subject). Checked whole, each bad row named; pure: the unit lookup is passed in.
import type { CsvTable, RowError } from "../csv/read-csv";
import { parseVnDate, vnDayNumber } from "../cases/dates";
import { parseChannel } from "../cases/case-row";

export const FEEDBACK_REQUIRED = ["ma_pakn", "ma_don_vi", "ngay_tiep_nhan", "han_xu_ly"] as const;
export const FEEDBACK_OPTIONAL = ["ngay_xu_ly", "kenh", "noi_dung"] as const;

export type FeedbackInput = {
  code: string;
  unitId: number;
  receivedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  channel: 1 | 2 | 3 | null;
  subject: string;
};

const MAX_CODE = 100;
const MAX_SUBJECT = 500;

export function parseFeedbackFile(
  table: CsvTable,
  unitIdOf: (code: string) => number | undefined,
): { items: FeedbackInput[]; errors: RowError[] } {
  const errors: RowError[] = [...table.errors];
  const items: FeedbackInput[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const code = r.get("ma_pakn");
    if (!code) err("ma_pakn", "không được để trống");
    else if (code.length > MAX_CODE) err("ma_pakn", `dài quá ${MAX_CODE} ký tự`);
    else if (seen.has(code)) err("ma_pakn", `mã "${code}" trùng với dòng ${seen.get(code)}`);
    else seen.set(code, r.row);
    const unitCode = r.get("ma_don_vi");
    const unitId = unitCode ? unitIdOf(unitCode) : undefined;
    if (!unitCode) err("ma_don_vi", "không được để trống");
    else if (unitId === undefined) err("ma_don_vi", `không có đơn vị mã "${unitCode}" trong hệ thống`);
    const date = (column: string, required: boolean): Date | null => {
      const text = r.get(column);
      if (!text) {
        if (required) err(column, "không được để trống");
        return null;
      }
      const at = parseVnDate(text);
      if (!at) err(column, `"${text}" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd, có thể kèm giờ)`);
      return at;
    };
    const receivedAt = date("ngay_tiep_nhan", true);
    const dueAt = date("han_xu_ly", true);
    const resolvedAt = date("ngay_xu_ly", false);
    // compared by Vietnam calendar day: a day without a time is the whole day
    const dayBefore = (a: Date | null, b: Date | null) =>
      a !== null && b !== null && vnDayNumber(a) < vnDayNumber(b);
    if (dayBefore(dueAt, receivedAt)) err("han_xu_ly", "hạn xử lý trước ngày tiếp nhận");
    if (dayBefore(resolvedAt, receivedAt)) err("ngay_xu_ly", "ngày xử lý trước ngày tiếp nhận");
    const channelText = r.get("kenh");
    const channel = channelText ? parseChannel(channelText) : null;
    if (channelText && channel === null)
      err(
        "kenh",
        `"${channelText}" không hợp lệ; dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)`,
      );
    const subject = r.get("noi_dung");
    if (subject.length > MAX_SUBJECT) err("noi_dung", `dài quá ${MAX_SUBJECT} ký tự`);
    if (errors.length === before)
      items.push({
        code,
        unitId: unitId!,
        receivedAt: receivedAt!,
        dueAt: dueAt!,
        resolvedAt,
        channel,
        subject,
      });
  }
  return { items, errors };
}
