// The official QĐ 766 scores file (interfaces.md): ma_don_vi, ky, cong_khai, tien_do, truc_tuyen,
// so_hoa, hai_long, tong, thu_hang, tong_so — what the national public-service portal published for
// a unit, or for the province itself (its own code), for a year or a month. Checked whole: a score
// outside 0–max, a rank above its "out of", a period that has not begun, a code the system does not
// know, the same unit and period twice: every bad row named, nothing written. Pure: no database.
import type { RowError, CsvTable } from "../csv/read-csv";
import { QD766_GROUPS, QD766_MAX, type Qd766GroupKey } from "../cases/qd766";

export const OFFICIAL_REQUIRED = ["ma_don_vi", "ky", ...QD766_GROUPS.map((g) => g.column), "tong"] as const;
export const OFFICIAL_OPTIONAL = ["thu_hang", "tong_so"] as const;

export type OfficialRow = {
  row: number;
  code: string;
  year: number;
  month: number;
  groups: Record<Qd766GroupKey, number>;
  total: number;
  rank: number | null;
  outOf: number | null;
};

/** "49,1" or "49.1" → 49.1; null when not a number. */
export function parseScore(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * A period: "2023" (the year, month 0) or "2023-05" / "05/2023"; a day-1 date ("2023-05-01", what
 * Excel stores when "2023-05" is typed in a cell) is read as its month.
 */
export function parsePeriod(text: string): { year: number; month: number } | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { year: Number(t), month: 0 };
  const iso = t.match(/^(\d{4})-(\d{1,2})(?:-0?1)?$/);
  const vn = t.match(/^(\d{1,2})\/(\d{4})$/);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : vn ? [Number(vn[2]), Number(vn[1])] : [0, 0];
  return year && month >= 1 && month <= 12 ? { year, month } : null;
}

export const periodLabel = (year: number, month: number) =>
  month ? `tháng ${String(month).padStart(2, "0")}/${year}` : `năm ${year}`;

/** Provinces ranked nationally: 63 before the 2025 reorganisation, 34 from 2025. */
export const provincesIn = (year: number) => (year >= 2025 ? 34 : 63);

/**
 * Rows of the file, checked. `knows(code)` says whether a code is a unit of the system or the
 * province's own code; `today` is "YYYY-MM-DD".
 */
export function parseOfficialFile(
  table: CsvTable,
  knows: (code: string) => boolean,
  today: string,
): { rows: OfficialRow[]; errors: RowError[] } {
  const errors: RowError[] = [...table.errors];
  const rows: OfficialRow[] = [];
  if (errors.some((e) => e.row === 1)) return { rows, errors };
  const thisYear = Number(today.slice(0, 4)),
    thisMonth = Number(today.slice(5, 7));
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const code = r.get("ma_don_vi");
    if (!code) err("ma_don_vi", "không được để trống");
    else if (!knows(code))
      err("ma_don_vi", `không có đơn vị mã "${code}" trong hệ thống (và không phải mã của tỉnh)`);
    const period = parsePeriod(r.get("ky"));
    if (!period) err("ky", `"${r.get("ky")}" không phải kỳ hợp lệ; dùng YYYY (cả năm) hoặc YYYY-MM (tháng)`);
    else if (period.year > thisYear || (period.year === thisYear && period.month > thisMonth)) {
      err("ky", `${periodLabel(period.year, period.month)} chưa bắt đầu: không thể có điểm chính thức`);
    } else if (period.year < 2022) err("ky", "Bộ chỉ số QĐ 766/QĐ-TTg được áp dụng từ năm 2022");
    const groups = {} as Record<Qd766GroupKey, number>;
    for (const g of QD766_GROUPS) {
      const v = parseScore(r.get(g.column));
      if (v === null) err(g.column, `"${r.get(g.column)}" không phải là số điểm`);
      else if (v < 0 || v > g.max)
        err(g.column, `${r.get(g.column)} nằm ngoài 0–${g.max} (điểm tối đa của nhóm "${g.label}")`);
      else groups[g.key] = v;
    }
    const total = parseScore(r.get("tong"));
    if (total === null) err("tong", `"${r.get("tong")}" không phải là số điểm`);
    else if (total < 0 || total > QD766_MAX) err("tong", `${r.get("tong")} nằm ngoài 0–${QD766_MAX}`);
    const whole = (column: string) => {
      const t = r.get(column);
      if (!t) return null;
      if (!/^\d+$/.test(t) || Number(t) < 1) {
        err(column, `"${t}" phải là số nguyên dương`);
        return null;
      }
      return Number(t);
    };
    const rank = whole("thu_hang");
    const outOf = whole("tong_so");
    if (rank !== null && outOf !== null && rank > outOf)
      err("thu_hang", `hạng ${rank} lớn hơn tổng số ${outOf}`);
    if (period && code) {
      const key = `${code}\u0000${period.year}-${period.month}`;
      if (seen.has(key))
        err("ky", `${code} ${periodLabel(period.year, period.month)} trùng với dòng ${seen.get(key)}`);
      else seen.set(key, r.row);
    }
    if (errors.length === before)
      rows.push({
        row: r.row,
        code,
        year: period!.year,
        month: period!.month,
        groups,
        total: total!,
        rank,
        outOf,
      });
  }
  return { rows, errors };
}
