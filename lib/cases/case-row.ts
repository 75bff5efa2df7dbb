// One row of a case-records file (interfaces.md), or one element of the API's JSON array:
// validated into a CaseInput, or a list of column errors. Pure: the unit lookup is passed in.
import { parseVnDate, vnDayNumber } from "./dates";

export const CASE_COLUMNS = [
  "ma_ho_so", "ma_don_vi", "ma_tthc", "linh_vuc", "kenh", "ngay_tiep_nhan", "ngay_hen_tra",
  "ngay_ket_thuc_xu_ly", "ngay_tra_ket_qua", "trang_thai", "so_lan_bo_sung", "so_ngay_cho_bo_sung", "ngay_thu_xin_loi",
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export const REQUIRED_CASE_COLUMNS: CaseColumn[] = ["ma_ho_so", "ma_don_vi", "kenh", "ngay_tiep_nhan", "ngay_hen_tra"];

export const CASE_STATUSES = ["dang_xu_ly", "da_xu_ly", "tra_lai", "dung_xu_ly"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseInput = {
  code: string;
  unitId: number;
  procedureCode: string | null;
  procedureField: string | null;
  channel: 1 | 2 | 3;
  receivedAt: Date;
  dueAt: Date;
  finishedAt: Date | null;
  returnedAt: Date | null;
  status: CaseStatus;
  supplementCount: number;
  supplementWaitDays: number;
  apologyLetterAt: Date | null;
};

export type ColumnError = { column: string; message: string };
export type RowError = { row: number; column: string; message: string };
export const formatRowError = (e: RowError) => `dòng ${e.row}, cột ${e.column}: ${e.message}`;

/** Lower case, no diacritics, single spaces: "Bưu chính công ích" → "buu chinh cong ich". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().replace(/[\s_-]+/g, " ").trim();
}

const CHANNEL_WORDS: Record<string, 1 | 2 | 3> = {
  "1": 1, "truc tiep": 1, "2": 2, "truc tuyen": 2, "3": 3, "buu chinh cong ich": 3, "buu chinh": 3,
};

export function parseChannel(text: string): 1 | 2 | 3 | null {
  if (text === "1" || text === "2" || text === "3") return Number(text) as 1 | 2 | 3;
  return CHANNEL_WORDS[fold(text)] ?? null;
}

const MAX_TEXT = 255;

function parseStatus(text: string): CaseStatus | null {
  if ((CASE_STATUSES as readonly string[]).includes(text)) return text as CaseStatus;
  const folded = fold(text).replace(/ /g, "_");
  return (CASE_STATUSES as readonly string[]).includes(folded) ? (folded as CaseStatus) : null;
}

/**
 * Validates one row. `get(column)` returns the cell text ("" when absent); `unitIdOf(code)` the id of
 * a known unit. Returns the input, or every column error of the row.
 */
export function validateCaseRow(
  get: (column: CaseColumn) => string,
  unitIdOf: (code: string) => number | undefined,
): { input: CaseInput; errors?: undefined } | { input?: undefined; errors: ColumnError[] } {
  const errors: ColumnError[] = [];
  const err = (column: CaseColumn, message: string) => errors.push({ column, message });
  const text = (c: CaseColumn) => get(c).trim();

  const code = text("ma_ho_so");
  if (!code) err("ma_ho_so", "không được để trống");
  else if (code.length > 100) err("ma_ho_so", "dài quá 100 ký tự");

  const unitCode = text("ma_don_vi");
  let unitId: number | undefined;
  if (!unitCode) err("ma_don_vi", "không được để trống");
  else if ((unitId = unitIdOf(unitCode)) === undefined) err("ma_don_vi", `không có đơn vị mã "${unitCode}" trong hệ thống`);

  const optionalText = (c: CaseColumn) => {
    const v = text(c);
    if (v.length > MAX_TEXT) err(c, `dài quá ${MAX_TEXT} ký tự`);
    return v || null;
  };
  const procedureCode = optionalText("ma_tthc");
  const procedureField = optionalText("linh_vuc");

  const channelText = text("kenh");
  const channel = parseChannel(channelText);
  if (!channelText) err("kenh", "không được để trống");
  else if (!channel) err("kenh", `"${channelText}" không hợp lệ; dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)`);

  const date = (c: CaseColumn, required: boolean): Date | null => {
    const v = text(c);
    if (!v) {
      if (required) err(c, "không được để trống");
      return null;
    }
    const d = parseVnDate(v);
    if (!d) err(c, `"${v}" không phải ngày hợp lệ (YYYY-MM-DD, YYYY-MM-DDTHH:mm, dd/mm/yyyy hoặc dd/mm/yyyy HH:mm)`);
    return d;
  };
  const receivedAt = date("ngay_tiep_nhan", true);
  const dueAt = date("ngay_hen_tra", true);
  const finishedAt = date("ngay_ket_thuc_xu_ly", false);
  const returnedAt = date("ngay_tra_ket_qua", false);
  const apologyLetterAt = date("ngay_thu_xin_loi", false);
  // Compared by Vietnam calendar day: a date given without a time means that whole day.
  const before = (a: Date | null, b: Date | null) => a !== null && b !== null && vnDayNumber(a) < vnDayNumber(b);
  if (before(dueAt, receivedAt)) err("ngay_hen_tra", "ngày hẹn trả trước ngày tiếp nhận");
  if (before(finishedAt, receivedAt)) err("ngay_ket_thuc_xu_ly", "ngày kết thúc xử lý trước ngày tiếp nhận");
  if (before(returnedAt, receivedAt)) err("ngay_tra_ket_qua", "ngày trả kết quả trước ngày tiếp nhận");

  const statusText = text("trang_thai");
  let status: CaseStatus | null = null;
  if (!statusText) status = finishedAt || text("ngay_ket_thuc_xu_ly") ? "da_xu_ly" : "dang_xu_ly";
  else if ((status = parseStatus(statusText))) {
    if (status === "da_xu_ly" && !text("ngay_ket_thuc_xu_ly")) err("trang_thai", "hồ sơ đã xử lý phải có ngày kết thúc xử lý");
    if (status === "dang_xu_ly" && text("ngay_ket_thuc_xu_ly")) err("trang_thai", "hồ sơ đang xử lý không được có ngày kết thúc xử lý");
  } else err("trang_thai", `"${statusText}" không hợp lệ; dùng ${CASE_STATUSES.join(", ")}`);

  const count = (c: CaseColumn, max: number): number => {
    const v = text(c);
    if (!v) return 0;
    if (!/^\d+$/.test(v) || Number(v) > max) {
      err(c, `"${v}" phải là số nguyên từ 0 đến ${max}`);
      return 0;
    }
    return Number(v);
  };
  const supplementCount = count("so_lan_bo_sung", 100);
  const supplementWaitDays = count("so_ngay_cho_bo_sung", 3650);

  if (errors.length) return { errors };
  return {
    input: {
      code, unitId: unitId!, procedureCode, procedureField, channel: channel!, receivedAt: receivedAt!, dueAt: dueAt!,
      finishedAt, returnedAt, status: status!, supplementCount, supplementWaitDays, apologyLetterAt,
    },
  };
}
