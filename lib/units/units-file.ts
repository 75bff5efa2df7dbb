// The units file (interfaces.md): validated row by row into unit inputs, or a list of errors
// "dòng N, cột TÊN: …" (N counts the header as row 1 and follows the file's lines). Pure: no database.
import { z } from "zod";
import { readCsv, type RowError } from "../csv/read-csv";
import { parseVnDay } from "../cases/dates";

export const UNIT_TYPES = ["SO", "HUYEN", "XA", "NGANH_DOC", "DVSN"] as const;
export const UNIT_LEVELS = ["tinh", "huyen", "xa"] as const;
export type UnitInput = {
  code: string;
  name: string;
  type: (typeof UNIT_TYPES)[number];
  level: (typeof UNIT_LEVELS)[number];
  parentCode: string | null;
  group: string;
  /** "YYYY-MM-DD"; null = open; undefined = the file has no such column (the stored value stays) */
  validFrom?: string | null;
  validTo?: string | null;
  /** the file's line, for errors found against the database */
  row: number;
};

const REQUIRED = ["ma_don_vi", "ten_don_vi", "loai", "cap"] as const;
const OPTIONAL = ["ma_don_vi_cha", "khoi", "hieu_luc_tu", "hieu_luc_den"] as const;
export const UNIT_CODE = /^[A-Za-z0-9_.-]{1,50}$/;

export function parseUnitsFile(content: string | Buffer): { units: UnitInput[]; errors: RowError[] } {
  const table = readCsv(content, { required: REQUIRED, optional: OPTIONAL });
  const errors: RowError[] = [...table.errors];
  const units: UnitInput[] = [];
  if (table.errors.some((e) => e.row === 1)) return { units, errors };
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const n = r.row;
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: n, column, message });
    const code = r.get("ma_don_vi");
    if (!code) err("ma_don_vi", "không được để trống");
    else if (!UNIT_CODE.test(code))
      err("ma_don_vi", `"${code}" chỉ được gồm chữ không dấu, số, "_", "-", "." (tối đa 50 ký tự)`);
    else if (seen.has(code)) err("ma_don_vi", `mã "${code}" trùng với dòng ${seen.get(code)}`);
    else seen.set(code, n);
    const name = r.get("ten_don_vi");
    if (!name) err("ten_don_vi", "không được để trống");
    const type = r.get("loai").toUpperCase();
    if (!z.enum(UNIT_TYPES).safeParse(type).success)
      err("loai", `"${r.get("loai")}" không hợp lệ; dùng một trong ${UNIT_TYPES.join(", ")}`);
    const level = r.get("cap").toLowerCase();
    if (!z.enum(UNIT_LEVELS).safeParse(level).success)
      err("cap", `"${r.get("cap")}" không hợp lệ; dùng tinh, huyen hoặc xa`);
    const parentCode = r.get("ma_don_vi_cha") || null;
    if (parentCode && parentCode === code) err("ma_don_vi_cha", "đơn vị không thể là cấp trên của chính nó");
    const group = r.get("khoi") || type;
    const day = (column: "hieu_luc_tu" | "hieu_luc_den") => {
      if (!table.header.includes(column)) return undefined;
      const text = r.get(column);
      if (!text) return null;
      const d = parseVnDay(text);
      if (!d) err(column, `"${text}" không phải là ngày (YYYY-MM-DD hoặc dd/mm/yyyy)`);
      return d;
    };
    const validFrom = day("hieu_luc_tu");
    const validTo = day("hieu_luc_den");
    if (validFrom && validTo && validTo < validFrom)
      err("hieu_luc_den", `ngày hết hiệu lực ${viDay(validTo)} trước ngày có hiệu lực ${viDay(validFrom)}`);
    if (errors.length === before) {
      units.push({
        code,
        name,
        type: type as UnitInput["type"],
        level: level as UnitInput["level"],
        parentCode,
        group,
        row: n,
        ...(validFrom !== undefined ? { validFrom } : {}),
        ...(validTo !== undefined ? { validTo } : {}),
      });
    }
  }
  return { units, errors: errors.sort((a, b) => a.row - b.row) };
}

/** "2025-07-01" → "01/07/2025" */
export const viDay = (d: string) => d.split("-").reverse().join("/");
