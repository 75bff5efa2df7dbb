// Remediation items, status changes, progress updates and reports as entered in forms. Pure.
import { z } from "zod";
import { dayField } from "../inspections/inspection-input";
import { REMEDIATION_STATUSES } from "./status";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} không được để trống` })
    .trim()
    .min(1, `${label} không được để trống`)
    .min(min, `${label} phải có ít nhất ${min} ký tự`)
    .max(max, `${label} tối đa ${max} ký tự`);

export const REMEDIATION_SOURCES = ["DEFICIENCY", "FINDING", "MANUAL"] as const;
export type RemediationSource = (typeof REMEDIATION_SOURCES)[number];
export const SOURCE_LABELS: Record<RemediationSource, string> = {
  DEFICIENCY: "Điểm bị trừ",
  FINDING: "Kết luận kiểm tra",
  MANUAL: "Tự bổ sung",
};

export const itemInput = z
  .object({
    unitId: z.coerce.number().int().positive(),
    year: z.coerce.number().int().min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
    source: z.enum(REMEDIATION_SOURCES, { message: "Nguồn không hợp lệ" }),
    criterionCode: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .max(20)
        .regex(/^\d+(\.\d+)*$/, "Mã tiêu chí có dạng 3.2 hoặc 3.2.1")
        .nullable(),
    ),
    findingId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
    problem: z.preprocess(
      blankToNull,
      z.string().trim().max(2000, "Tồn tại, hạn chế tối đa 2000 ký tự").nullable(),
    ),
    action: text("Giải pháp khắc phục", 5, 2000),
    owner: text("Người/bộ phận chịu trách nhiệm", 2, 200),
    deadline: dayField("Thời hạn"),
  })
  .superRefine((v, ctx) => {
    if (v.source === "DEFICIENCY" && !v.criterionCode)
      ctx.addIssue({ code: "custom", path: ["criterionCode"], message: "Chọn tiêu chí bị trừ điểm" });
    if (v.source === "FINDING" && !v.findingId)
      ctx.addIssue({ code: "custom", path: ["findingId"], message: "Chọn kết luận kiểm tra" });
    if (v.source === "MANUAL" && (v.problem ?? "").length < 5)
      ctx.addIssue({
        code: "custom",
        path: ["problem"],
        message: "Tồn tại, hạn chế phải có ít nhất 5 ký tự",
      });
  });
export type ItemInput = z.infer<typeof itemInput>;

export const statusInput = z.object({
  itemId: z.coerce.number().int().positive(),
  to: z.enum(REMEDIATION_STATUSES, { message: "Trạng thái không hợp lệ" }),
  reason: z.preprocess(blankToNull, z.string().trim().max(2000, "Lý do tối đa 2000 ký tự").nullable()),
});
export type StatusInput = z.infer<typeof statusInput>;

export const progressInput = z.object({
  itemId: z.coerce.number().int().positive(),
  note: text("Nội dung cập nhật", 3, 4000),
  // a File from a form; an empty file input arrives as a File of size 0
  file: z.preprocess((v) => (v instanceof File && v.size > 0 ? v : null), z.instanceof(File).nullable()),
  /** one key per update the user means to add: a replay of the same submission adds nothing */
  clientKey: z
    .preprocess(
      blankToNull,
      z
        .string()
        .regex(/^[A-Za-z0-9-]{8,64}$/, "Mã gửi không hợp lệ")
        .nullable(),
    )
    .optional(),
});
export type ProgressInput = z.infer<typeof progressInput>;

export const reportInput = z.object({
  planId: z.coerce.number().int().positive(),
  inspectionId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
  summary: text("Nội dung báo cáo", 10, 8000),
  /** what was done, per item id */
  done: z.record(z.string(), z.string().trim().max(4000, "Kết quả mỗi mục tối đa 4000 ký tự")).default({}),
});
export type ReportInput = z.infer<typeof reportInput>;

/** Form fields `done_<itemId>` → { [itemId]: text } (the report form names one field per item). */
export function collectDone(raw: Record<string, unknown>): Record<string, unknown> {
  const done: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw))
    if (k.startsWith("done_") && typeof v === "string") done[k.slice(5)] = v;
  return { ...raw, done };
}

/** The plan's own document: number ("04/KH-SLĐTBXH"), title and issue day, set by the unit. */
export const planHeaderInput = z.object({
  planId: z.coerce.number().int().positive(),
  number: z.preprocess(blankToNull, z.string().trim().max(50, "Số kế hoạch tối đa 50 ký tự").nullable()),
  title: text("Tên kế hoạch", 5, 300),
  issuedAt: z.preprocess(blankToNull, dayField("Ngày ban hành").nullable()),
});
export type PlanHeaderInput = z.infer<typeof planHeaderInput>;
