// The procedures file: nam, ma_don_vi, ma_tthc, ten_tthc, linh_vuc, muc_do (toan_trinh|mot_phan|khong).
// Validated row by row; errors "dòng N, cột NAME: …"; a column the format does not have is refused.
// Pure: the unit lookup is passed in. The year may come from the command line (`--nam`) instead of a
// column; a row's own `nam` must then agree with it.
import { fold } from "../cases/case-row";
import { readCsv, type RowError } from "../csv/read-csv";

export type ProcedureInput = {
  unitId: number;
  /** the catalogue's year */
  year: number;
  code: string;
  name: string;
  field: string | null;
  onlineLevel: "TOAN_TRINH" | "MOT_PHAN" | "KHONG";
};
const LEVELS: Record<string, ProcedureInput["onlineLevel"]> = {
  toan_trinh: "TOAN_TRINH",
  "toan trinh": "TOAN_TRINH",
  mot_phan: "MOT_PHAN",
  "mot phan": "MOT_PHAN",
  khong: "KHONG",
  "": "KHONG",
};

export function parseProceduresFile(
  content: string | Buffer,
  unitIdOf: (code: string) => number | undefined,
  year: number | null = null,
): { procedures: ProcedureInput[]; errors: RowError[] } {
  const { header, rows, errors } = readCsv(content, {
    required: ["ma_don_vi", "ma_tthc", "ten_tthc"],
    optional: ["nam", "linh_vuc", "muc_do"],
  });
  if (errors.length === 0 && year === null && !header.includes("nam"))
    return {
      procedures: [],
      errors: [
        { row: 1, column: "nam", message: "thiếu cột năm của danh mục (hoặc ghi năm khi nhập: --nam NĂM)" },
      ],
    };
  const procedures: ProcedureInput[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const yearText = r.get("nam");
    const rowYear = yearText === "" ? year : /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (rowYear === null) err("nam", "không được để trống");
    else if (!(rowYear >= 2000 && rowYear <= 2100))
      err("nam", `"${yearText}" không phải là năm (ví dụ: 2023)`);
    else if (year !== null && rowYear !== year)
      err("nam", `${rowYear} khác năm của danh mục đang nhập (${year})`);
    const unitCode = r.get("ma_don_vi");
    const unitId = unitCode ? unitIdOf(unitCode) : undefined;
    if (!unitCode) err("ma_don_vi", "không được để trống");
    else if (unitId === undefined) err("ma_don_vi", `không có đơn vị mã "${unitCode}" trong hệ thống`);
    const code = r.get("ma_tthc");
    if (!code) err("ma_tthc", "không được để trống");
    else if (code.length > 100) err("ma_tthc", "dài quá 100 ký tự");
    else if (seen.has(`${rowYear}|${unitCode}|${code}`))
      err(
        "ma_tthc",
        `thủ tục "${code}" của đơn vị "${unitCode}" năm ${rowYear} trùng với dòng ${seen.get(`${rowYear}|${unitCode}|${code}`)}`,
      );
    else seen.set(`${rowYear}|${unitCode}|${code}`, r.row);
    const name = r.get("ten_tthc");
    if (!name) err("ten_tthc", "không được để trống");
    const levelText = r.get("muc_do");
    const onlineLevel = LEVELS[fold(levelText)] ?? LEVELS[fold(levelText).replace(/ /g, "_")];
    if (!onlineLevel) err("muc_do", `"${levelText}" không hợp lệ; dùng toan_trinh, mot_phan hoặc khong`);
    if (errors.length === before)
      procedures.push({
        unitId: unitId!,
        year: rowYear!,
        code,
        name,
        field: r.get("linh_vuc") || null,
        onlineLevel: onlineLevel!,
      });
  }
  return { procedures, errors };
}
