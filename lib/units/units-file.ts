// The units file (interfaces.md): validated row by row into unit inputs, or a list of errors
// "dòng N, cột TÊN: …" (N counts the header as row 1). Pure: no database.
import { parse } from "csv-parse/sync";
import { z } from "zod";

export const UNIT_TYPES = ["SO", "HUYEN", "XA", "NGANH_DOC", "DVSN"] as const;
export const UNIT_LEVELS = ["tinh", "huyen", "xa"] as const;
export type UnitInput = {
  code: string; name: string; type: (typeof UNIT_TYPES)[number]; level: (typeof UNIT_LEVELS)[number];
  parentCode: string | null; group: string;
};
export type RowError = { row: number; column: string; message: string };

export const formatRowError = (e: RowError) => `dòng ${e.row}, cột ${e.column}: ${e.message}`;

const REQUIRED = ["ma_don_vi", "ten_don_vi", "loai", "cap"] as const;
const CODE = /^[A-Za-z0-9_.-]{1,50}$/;

export function parseUnitsFile(content: string | Buffer): { units: UnitInput[]; errors: RowError[] } {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    return { units: [], errors: [{ row: 1, column: "-", message: `tệp CSV không đọc được (${e instanceof Error ? e.message : e})` }] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { units: [], errors: missing.map((c) => ({ row: 1, column: c, message: "thiếu cột bắt buộc" })) };
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? "" : (row[i] ?? "").trim();
  };
  const errors: RowError[] = [];
  const units: UnitInput[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((row, i) => {
    const n = i + 2;
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: n, column, message });
    const code = col(row, "ma_don_vi");
    if (!code) err("ma_don_vi", "không được để trống");
    else if (!CODE.test(code)) err("ma_don_vi", `"${code}" chỉ được gồm chữ không dấu, số, "_", "-", "." (tối đa 50 ký tự)`);
    else if (seen.has(code)) err("ma_don_vi", `mã "${code}" trùng với dòng ${seen.get(code)}`);
    else seen.set(code, n);
    const name = col(row, "ten_don_vi");
    if (!name) err("ten_don_vi", "không được để trống");
    const type = col(row, "loai").toUpperCase();
    if (!z.enum(UNIT_TYPES).safeParse(type).success) err("loai", `"${col(row, "loai")}" không hợp lệ; dùng một trong ${UNIT_TYPES.join(", ")}`);
    const level = col(row, "cap").toLowerCase();
    if (!z.enum(UNIT_LEVELS).safeParse(level).success) err("cap", `"${col(row, "cap")}" không hợp lệ; dùng tinh, huyen hoặc xa`);
    const parentCode = col(row, "ma_don_vi_cha") || null;
    if (parentCode && parentCode === code) err("ma_don_vi_cha", "đơn vị không thể là cấp trên của chính nó");
    const group = col(row, "khoi") || type;
    if (errors.length === before) {
      units.push({ code, name, type: type as UnitInput["type"], level: level as UnitInput["level"], parentCode, group });
    }
  });
  return { units, errors };
}
