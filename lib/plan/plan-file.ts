// The plan-tasks file: nam, ma_nhiem_vu, ma_don_vi, ten_nhiem_vu, san_pham, han_hoan_thanh,
// trang_thai (chua_thuc_hien|dang_thuc_hien|hoan_thanh), ngay_hoan_thanh, tinh_giao (1/0), ghi_chu.
import { fold } from "../cases/case-row";
import { readCsv, type RowError } from "../csv/read-csv";
import { planTaskInput, PLAN_STATUS_WORDS, type PlanTaskInput } from "./plan-task";

const COLUMN_OF: Record<string, string> = {
  year: "nam",
  code: "ma_nhiem_vu",
  unitId: "ma_don_vi",
  title: "ten_nhiem_vu",
  product: "san_pham",
  deadline: "han_hoan_thanh",
  status: "trang_thai",
  completedAt: "ngay_hoan_thanh",
  assignedByProvince: "tinh_giao",
  note: "ghi_chu",
};

export function parsePlanFile(
  content: string | Buffer,
  unitIdOf: (code: string) => number | undefined,
): { tasks: PlanTaskInput[]; errors: RowError[] } {
  const { rows, errors } = readCsv(content, {
    required: ["nam", "ma_nhiem_vu", "ma_don_vi", "ten_nhiem_vu", "san_pham", "han_hoan_thanh"],
    optional: ["trang_thai", "ngay_hoan_thanh", "tinh_giao", "ghi_chu"],
  });
  const tasks: PlanTaskInput[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const unitCode = r.get("ma_don_vi");
    const unitId = unitIdOf(unitCode);
    const statusText = r.get("trang_thai");
    const status = statusText
      ? (PLAN_STATUS_WORDS[fold(statusText).replace(/ /g, "_")] ?? statusText)
      : r.get("ngay_hoan_thanh")
        ? "DONE"
        : "NOT_STARTED";
    const parsed = planTaskInput.safeParse({
      year: r.get("nam"),
      code: r.get("ma_nhiem_vu"),
      unitId: unitId ?? 0,
      title: r.get("ten_nhiem_vu"),
      product: r.get("san_pham"),
      deadline: r.get("han_hoan_thanh"),
      status,
      completedAt: r.get("ngay_hoan_thanh"),
      assignedByProvince: r.get("tinh_giao"),
      note: r.get("ghi_chu"),
    });
    const before = errors.length;
    if (!unitCode) errors.push({ row: r.row, column: "ma_don_vi", message: "không được để trống" });
    else if (unitId === undefined)
      errors.push({
        row: r.row,
        column: "ma_don_vi",
        message: `không có đơn vị mã "${unitCode}" trong hệ thống`,
      });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (field === "unitId") continue;
        errors.push({
          row: r.row,
          column: COLUMN_OF[field] ?? field,
          message:
            field === "status"
              ? `"${statusText}" không hợp lệ; dùng chua_thuc_hien, dang_thuc_hien hoặc hoan_thanh`
              : issue.message,
        });
      }
    } else {
      const key = `${parsed.data.year}|${parsed.data.code}`;
      if (seen.has(key))
        errors.push({
          row: r.row,
          column: "ma_nhiem_vu",
          message: `nhiệm vụ "${parsed.data.code}" năm ${parsed.data.year} trùng với dòng ${seen.get(key)}`,
        });
      else seen.set(key, r.row);
      if (errors.length === before) tasks.push(parsed.data);
    }
  }
  return { tasks, errors };
}
