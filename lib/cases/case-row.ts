// One row of a case-records file (interfaces.md), or one element of the API's JSON array:
// validated into a CaseInput, or a list of column errors. Pure: the unit lookup is passed in.
import { parseVnDate, vnDayNumber } from "./dates";

const BASE_CASE_COLUMNS = [
  "ma_ho_so",
  "ma_don_vi",
  "ma_tthc",
  "linh_vuc",
  "kenh",
  "ngay_tiep_nhan",
  "ngay_hen_tra",
  "ngay_ket_thuc_xu_ly",
  "ngay_tra_ket_qua",
  "trang_thai",
  "so_lan_bo_sung",
  "so_ngay_cho_bo_sung",
  "ngay_thu_xin_loi",
] as const;
/** QĐ 766 facts (optional, 1/0; empty = not reported): lib/cases/qd766.ts says which part each feeds. */
export const QD766_CASE_COLUMNS = [
  "so_hoa_ho_so",
  "so_hoa_ket_qua",
  "tai_su_dung_du_lieu",
  "thanh_toan_truc_tuyen",
  "dong_bo",
] as const;
/** Every column a case file or API request may carry. */
export const CASE_COLUMNS = [...BASE_CASE_COLUMNS, ...QD766_CASE_COLUMNS] as const;
/**
 * The columns every row source answers. Sources written before the QĐ 766 columns (the demo
 * generator) answer only these; the QD766 ones read as "" when a source does not know them.
 */
export type CaseColumn = (typeof BASE_CASE_COLUMNS)[number];
export type Qd766CaseColumn = (typeof QD766_CASE_COLUMNS)[number];
export type AnyCaseColumn = CaseColumn | Qd766CaseColumn;
export const REQUIRED_CASE_COLUMNS: AnyCaseColumn[] = [
  "ma_ho_so",
  "ma_don_vi",
  "kenh",
  "ngay_tiep_nhan",
  "ngay_hen_tra",
];

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
  /** QĐ 766 facts; null (or absent) = not reported */
  dossierDigitised?: boolean | null;
  resultDigitised?: boolean | null;
  reusedData?: boolean | null;
  paidOnline?: boolean | null;
  syncedToNational?: boolean | null;
};

export type ColumnError = { column: string; message: string };

/** Lower case, no diacritics, single spaces: "Bưu chính công ích" → "buu chinh cong ich". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

const CHANNEL_WORDS: Record<string, 1 | 2 | 3> = {
  "1": 1,
  "truc tiep": 1,
  "2": 2,
  "truc tuyen": 2,
  "3": 3,
  "buu chinh cong ich": 3,
  "buu chinh": 3,
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

// Declared as a method so that a source typed for the base columns only is accepted (method
// parameters are compared bivariantly); such a source answers undefined for a QĐ 766 column.
type Get = { read(column: AnyCaseColumn): string }["read"];
const cell = (get: Get, c: AnyCaseColumn) => (get(c) ?? "").trim();
const DATE_FORMS = "(YYYY-MM-DD, YYYY-MM-DDTHH:mm, dd/mm/yyyy hoặc dd/mm/yyyy HH:mm)";

// Helpers at module level rather than closures inside validateCaseRow: it runs once per row of
// files with a million rows.
function optionalText(get: Get, c: CaseColumn, errors: ColumnError[]): string | null {
  const v = get(c).trim();
  if (v.length > MAX_TEXT) errors.push({ column: c, message: `dài quá ${MAX_TEXT} ký tự` });
  return v || null;
}

function dateOf(get: Get, c: CaseColumn, required: boolean, errors: ColumnError[]): Date | null {
  const v = get(c).trim();
  if (!v) {
    if (required) errors.push({ column: c, message: "không được để trống" });
    return null;
  }
  const d = parseVnDate(v);
  if (!d) errors.push({ column: c, message: `"${v}" không phải ngày hợp lệ ${DATE_FORMS}` });
  return d;
}

function countOf(get: Get, c: CaseColumn, max: number, errors: ColumnError[]): number {
  const v = get(c).trim();
  if (!v || v === "0") return 0;
  if (!/^\d+$/.test(v) || Number(v) > max) {
    errors.push({ column: c, message: `"${v}" phải là số nguyên từ 0 đến ${max}` });
    return 0;
  }
  return Number(v);
}

const YES = new Set(["1", "co", "true"]);
const NO = new Set(["0", "khong", "false"]);

/** An optional yes/no fact: 1/0, có/không, true/false; empty = not reported. */
function flagOf(get: Get, c: Qd766CaseColumn, errors: ColumnError[]): boolean | null {
  const v = cell(get, c);
  if (!v) return null;
  const f = fold(v);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  errors.push({
    column: c,
    message: `"${v}" không hợp lệ; dùng 1 (có) hoặc 0 (không), để trống khi không có thông tin`,
  });
  return null;
}

// Compared by Vietnam calendar day: a date given without a time means that whole day.
const dayBefore = (a: Date | null, b: Date | null) =>
  a !== null && b !== null && vnDayNumber(a) < vnDayNumber(b);

/**
 * Validates one row. `get(column)` returns the cell text ("" when absent); `unitIdOf(code)` the id of
 * a known unit. Returns the input, or every column error of the row.
 */
export function validateCaseRow(
  get: Get,
  unitIdOf: (code: string) => number | undefined,
): { input: CaseInput; errors?: undefined } | { input?: undefined; errors: ColumnError[] } {
  const errors: ColumnError[] = [];

  const code = get("ma_ho_so").trim();
  if (!code) errors.push({ column: "ma_ho_so", message: "không được để trống" });
  else if (code.length > 100) errors.push({ column: "ma_ho_so", message: "dài quá 100 ký tự" });

  const unitCode = get("ma_don_vi").trim();
  let unitId: number | undefined;
  if (!unitCode) errors.push({ column: "ma_don_vi", message: "không được để trống" });
  else if ((unitId = unitIdOf(unitCode)) === undefined)
    errors.push({ column: "ma_don_vi", message: `không có đơn vị mã "${unitCode}" trong hệ thống` });

  const procedureCode = optionalText(get, "ma_tthc", errors);
  const procedureField = optionalText(get, "linh_vuc", errors);

  const channelText = get("kenh").trim();
  const channel = parseChannel(channelText);
  if (!channelText) errors.push({ column: "kenh", message: "không được để trống" });
  else if (!channel)
    errors.push({
      column: "kenh",
      message: `"${channelText}" không hợp lệ; dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)`,
    });

  const receivedAt = dateOf(get, "ngay_tiep_nhan", true, errors);
  const dueAt = dateOf(get, "ngay_hen_tra", true, errors);
  const finishedText = get("ngay_ket_thuc_xu_ly").trim();
  const finishedAt = dateOf(get, "ngay_ket_thuc_xu_ly", false, errors);
  const returnedAt = dateOf(get, "ngay_tra_ket_qua", false, errors);
  const apologyLetterAt = dateOf(get, "ngay_thu_xin_loi", false, errors);
  if (dayBefore(dueAt, receivedAt))
    errors.push({ column: "ngay_hen_tra", message: "ngày hẹn trả trước ngày tiếp nhận" });
  if (dayBefore(finishedAt, receivedAt))
    errors.push({ column: "ngay_ket_thuc_xu_ly", message: "ngày kết thúc xử lý trước ngày tiếp nhận" });
  if (dayBefore(returnedAt, receivedAt))
    errors.push({ column: "ngay_tra_ket_qua", message: "ngày trả kết quả trước ngày tiếp nhận" });

  const statusText = get("trang_thai").trim();
  let status: CaseStatus | null = null;
  if (!statusText) status = finishedText ? "da_xu_ly" : "dang_xu_ly";
  else if ((status = parseStatus(statusText))) {
    if (status === "da_xu_ly" && !finishedText)
      errors.push({ column: "trang_thai", message: "hồ sơ đã xử lý phải có ngày kết thúc xử lý" });
    if (status === "dang_xu_ly" && finishedText)
      errors.push({ column: "trang_thai", message: "hồ sơ đang xử lý không được có ngày kết thúc xử lý" });
  } else
    errors.push({
      column: "trang_thai",
      message: `"${statusText}" không hợp lệ; dùng ${CASE_STATUSES.join(", ")}`,
    });

  const supplementCount = countOf(get, "so_lan_bo_sung", 100, errors);
  const supplementWaitDays = countOf(get, "so_ngay_cho_bo_sung", 3650, errors);
  const dossierDigitised = flagOf(get, "so_hoa_ho_so", errors);
  const resultDigitised = flagOf(get, "so_hoa_ket_qua", errors);
  const reusedData = flagOf(get, "tai_su_dung_du_lieu", errors);
  const paidOnline = flagOf(get, "thanh_toan_truc_tuyen", errors);
  const syncedToNational = flagOf(get, "dong_bo", errors);

  if (errors.length) return { errors };
  return {
    input: {
      code,
      unitId: unitId!,
      procedureCode,
      procedureField,
      channel: channel!,
      receivedAt: receivedAt!,
      dueAt: dueAt!,
      finishedAt,
      returnedAt,
      status: status!,
      supplementCount,
      supplementWaitDays,
      apologyLetterAt,
      dossierDigitised,
      resultDigitised,
      reusedData,
      paidOnline,
      syncedToNational,
    },
  };
}
