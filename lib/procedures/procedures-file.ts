// The procedures file: ma_don_vi, ma_tthc, ten_tthc, linh_vuc, muc_do (toan_trinh|mot_phan|khong).
// Validated row by row; errors "dòng N, cột NAME: …". Pure: the unit lookup is passed in.
import { fold } from "../cases/case-row";
import { readCsv, type RowError } from "../csv/read-csv";

export type ProcedureInput = {
  unitId: number;
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
): { procedures: ProcedureInput[]; errors: RowError[] } {
  const { rows, errors } = readCsv(content, {
    required: ["ma_don_vi", "ma_tthc", "ten_tthc"],
    optional: ["linh_vuc", "muc_do"],
  });
  const procedures: ProcedureInput[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const unitCode = r.get("ma_don_vi");
    const unitId = unitCode ? unitIdOf(unitCode) : undefined;
    if (!unitCode) err("ma_don_vi", "không được để trống");
    else if (unitId === undefined) err("ma_don_vi", `không có đơn vị mã "${unitCode}" trong hệ thống`);
    const code = r.get("ma_tthc");
    if (!code) err("ma_tthc", "không được để trống");
    else if (code.length > 100) err("ma_tthc", "dài quá 100 ký tự");
    else if (seen.has(`${unitCode}|${code}`))
      err(
        "ma_tthc",
        `thủ tục "${code}" của đơn vị "${unitCode}" trùng với dòng ${seen.get(`${unitCode}|${code}`)}`,
      );
    else seen.set(`${unitCode}|${code}`, r.row);
    const name = r.get("ten_tthc");
    if (!name) err("ten_tthc", "không được để trống");
    const levelText = r.get("muc_do");
    const onlineLevel = LEVELS[fold(levelText)] ?? LEVELS[fold(levelText).replace(/ /g, "_")];
    if (!onlineLevel) err("muc_do", `"${levelText}" không hợp lệ; dùng toan_trinh, mot_phan hoặc khong`);
    if (errors.length === before)
      procedures.push({
        unitId: unitId!,
        code,
        name,
        field: r.get("linh_vuc") || null,
        onlineLevel: onlineLevel!,
      });
  }
  return { procedures, errors };
}
