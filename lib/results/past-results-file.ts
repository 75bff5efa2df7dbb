// The past results file (interfaces.md): results published by the previous software, one row per
// unit and year: ma_don_vi, nam, khoi, chi_so, thu_hang, xep_loai, ngay_cong_bo, optional LV1…LVn
// (points per field). Checked row by row; pure: no database.
import { readCsv, type RowError } from "../csv/read-csv";
import { parseVnDay } from "../cases/dates";

export type PastResultRow = {
  row: number;
  unitCode: string;
  year: number;
  group: string;
  index: number;
  rank: number | null;
  classification: string | null;
  publishedOn: string;
  fields: { code: string; points: number }[];
};

const REQUIRED = ["ma_don_vi", "nam", "khoi", "chi_so", "ngay_cong_bo"] as const;
const OPTIONAL = ["thu_hang", "xep_loai"] as const;
const FIELD_COLUMN = /^lv([1-9]\d?)$/;

const number = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : NaN);

export function parsePastResultsFile(
  content: string | Buffer,
  today = new Date().toISOString().slice(0, 10),
): { rows: PastResultRow[]; errors: RowError[] } {
  // LV1 … LV99 are allowed besides the named columns; any other column is refused by the reader
  const header = readCsv(content, { required: REQUIRED, optional: OPTIONAL, allowUnknown: true });
  const fieldColumns = header.unknownColumns.filter((c) => FIELD_COLUMN.test(c));
  const table = readCsv(content, { required: REQUIRED, optional: [...OPTIONAL, ...fieldColumns] });
  const errors: RowError[] = [...table.errors];
  const rows: PastResultRow[] = [];
  if (errors.some((e) => e.row === 1)) return { rows, errors };
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const unitCode = r.get("ma_don_vi");
    if (!unitCode) err("ma_don_vi", "không được để trống");
    const year = Number(r.get("nam"));
    if (!/^\d{4}$/.test(r.get("nam")) || year < 2000 || year > Number(today.slice(0, 4)))
      err("nam", `"${r.get("nam")}" không phải là một năm đã qua (ví dụ 2023)`);
    const group = r.get("khoi");
    if (!group) err("khoi", "không được để trống");
    const index = number(r.get("chi_so"));
    if (!(index >= 0 && index <= 100)) err("chi_so", `"${r.get("chi_so")}" phải là số từ 0 đến 100`);
    const rankText = r.get("thu_hang");
    const rank = rankText ? Number(rankText) : null;
    if (rankText && !(/^\d+$/.test(rankText) && rank! >= 1))
      err("thu_hang", `"${rankText}" phải là số nguyên dương`);
    const publishedOn = parseVnDay(r.get("ngay_cong_bo"));
    if (!publishedOn)
      err("ngay_cong_bo", `"${r.get("ngay_cong_bo")}" không phải là ngày (YYYY-MM-DD hoặc dd/mm/yyyy)`);
    else if (publishedOn > today) err("ngay_cong_bo", "ngày công bố chưa tới");
    const fields = fieldColumns.flatMap((c) => {
      const text = r.get(c);
      if (!text) return [];
      const points = number(text);
      if (!(points >= 0)) err(c, `"${text}" phải là số điểm không âm`);
      return [{ code: FIELD_COLUMN.exec(c)![1]!, points }];
    });
    const key = `${unitCode}|${year}`;
    if (unitCode && seen.has(key))
      err("ma_don_vi", `đơn vị ${unitCode} năm ${year} trùng với dòng ${seen.get(key)}`);
    else seen.set(key, r.row);
    if (errors.length === before) {
      rows.push({
        row: r.row,
        unitCode,
        year,
        group,
        index,
        rank,
        classification: r.get("xep_loai") || null,
        publishedOn: publishedOn!,
        fields,
      });
    }
  }
  return { rows, errors };
}
