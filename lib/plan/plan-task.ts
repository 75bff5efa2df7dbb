// A reform-plan task as entered in a form or a file. A concrete product and a deadline are
// required (seed 001 criticises plans without them); "done" needs a completion date. Pure.
import { z } from "zod";
import { parseVnDate, vnDayString } from "../cases/dates";

export const PLAN_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export const PLAN_STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], string> = {
  NOT_STARTED: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
};
/** file words → status */
export const PLAN_STATUS_WORDS: Record<string, (typeof PLAN_STATUSES)[number]> = {
  chua_thuc_hien: "NOT_STARTED",
  dang_thuc_hien: "IN_PROGRESS",
  hoan_thanh: "DONE",
  not_started: "NOT_STARTED",
  in_progress: "IN_PROGRESS",
  done: "DONE",
};

const day = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} không được để trống`)
    .refine((s) => s === "" || parseVnDate(s) !== null, `${label} không hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy)`)
    .transform((s) => vnDayString(parseVnDate(s)!));

export const planTaskFields = z.object({
  year: z.coerce.number().int().min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
  code: z.string().trim().min(1, "Mã nhiệm vụ không được để trống").max(50, "Mã nhiệm vụ tối đa 50 ký tự"),
  unitId: z.coerce.number().int().positive("Chọn đơn vị chủ trì"),
  title: z.string().trim().min(3, "Tên nhiệm vụ phải có ít nhất 3 ký tự").max(500),
  product: z
    .string()
    .trim()
    .min(3, "Sản phẩm cụ thể là bắt buộc (ví dụ: Quyết định ban hành…, Báo cáo…)")
    .max(500),
  deadline: day("Hạn hoàn thành"),
  status: z.enum(PLAN_STATUSES, { message: "Trạng thái không hợp lệ" }),
  completedAt: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    day("Ngày hoàn thành").nullable(),
  ),
  assignedByProvince: z.preprocess((v) => v === true || v === "on" || v === "1" || v === "true", z.boolean()),
  note: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().trim().max(2000).nullable()),
});

const rules = <T extends z.infer<typeof planTaskFields>>(t: T, ctx: z.RefinementCtx) => {
  if (t.status === "DONE" && !t.completedAt)
    ctx.addIssue({
      code: "custom",
      path: ["completedAt"],
      message: "Nhiệm vụ hoàn thành phải có ngày hoàn thành",
    });
  if (t.status !== "DONE" && t.completedAt)
    ctx.addIssue({
      code: "custom",
      path: ["completedAt"],
      message: "Chỉ nhập ngày hoàn thành khi nhiệm vụ đã hoàn thành",
    });
};

export const planTaskInput = planTaskFields.superRefine(rules);
export const planTaskUpdate = planTaskFields
  .extend({ id: z.coerce.number().int().positive() })
  .superRefine(rules);
export type PlanTaskInput = z.infer<typeof planTaskInput>;
