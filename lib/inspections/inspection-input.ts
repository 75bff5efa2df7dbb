// An inspection visit and its findings as entered in a form. Pure (zod only).
import { z } from "zod";
import { parseVnDate, vnDayString } from "../cases/dates";

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { LOW: "Thấp", MEDIUM: "Trung bình", HIGH: "Cao" };

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** A required calendar day, "YYYY-MM-DD" or dd/mm/yyyy, returned as "YYYY-MM-DD". */
export const dayField = (label: string) =>
  z
    .string({ message: `${label} không được để trống` })
    .trim()
    .min(1, `${label} không được để trống`)
    .refine((s) => parseVnDate(s) !== null, `${label} không hợp lệ (dd/mm/yyyy)`)
    .transform((s) => vnDayString(parseVnDate(s)!));

const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().positive()),
);

export const inspectionInput = z
  .object({
    decisionNumber: z
      .string({ message: "Số quyết định không được để trống" })
      .trim()
      .min(1, "Số quyết định không được để trống")
      .max(100, "Số quyết định tối đa 100 ký tự"),
    decisionDate: dayField("Ngày quyết định"),
    unitId: z.coerce
      .number({ message: "Chọn đơn vị được kiểm tra" })
      .int()
      .positive("Chọn đơn vị được kiểm tra"),
    visitDate: dayField("Ngày kiểm tra"),
    leadUserId: z.coerce.number({ message: "Chọn trưởng đoàn" }).int().positive("Chọn trưởng đoàn"),
    memberIds: ids,
    notes: z.preprocess(blankToNull, z.string().trim().max(4000, "Ghi chú tối đa 4000 ký tự").nullable()),
  })
  .superRefine((v, ctx) => {
    if (v.visitDate < v.decisionDate)
      ctx.addIssue({
        code: "custom",
        path: ["visitDate"],
        message: "Ngày kiểm tra không được trước ngày quyết định",
      });
  });
export type InspectionInput = z.infer<typeof inspectionInput>;

export const findingInput = z.object({
  inspectionId: z.coerce.number().int().positive(),
  text: z
    .string({ message: "Nội dung tồn tại, hạn chế không được để trống" })
    .trim()
    .min(5, "Nội dung tồn tại, hạn chế phải có ít nhất 5 ký tự")
    .max(2000, "Nội dung tồn tại, hạn chế tối đa 2000 ký tự"),
  criterionCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(20, "Mã tiêu chí tối đa 20 ký tự")
      .regex(/^\d+(\.\d+)*$/, "Mã tiêu chí có dạng 3.2 hoặc 3.2.1")
      .nullable(),
  ),
  severity: z.enum(SEVERITIES, { message: "Chọn mức độ" }),
  requiredAction: z
    .string({ message: "Yêu cầu khắc phục không được để trống" })
    .trim()
    .min(5, "Yêu cầu khắc phục phải có ít nhất 5 ký tự")
    .max(2000, "Yêu cầu khắc phục tối đa 2000 ký tự"),
  dueDate: z.preprocess(blankToNull, dayField("Hạn khắc phục").nullable()),
});
export type FindingInput = z.infer<typeof findingInput>;

/** The conclusion of an inspection, written by its team or Home Affairs after the visit. */
export const conclusionInput = z.object({
  inspectionId: z.coerce.number().int().positive(),
  conclusionNumber: z
    .string({ message: "Số thông báo kết luận không được để trống" })
    .trim()
    .min(1, "Số thông báo kết luận không được để trống")
    .max(100, "Số thông báo kết luận tối đa 100 ký tự"),
  conclusionDate: dayField("Ngày kết luận"),
  rating: z.string({ message: "Chọn xếp loại chung" }).trim().min(1, "Chọn xếp loại chung").max(100),
  notes: z.preprocess(
    blankToNull,
    z.string().trim().max(4000, "Nội dung kết luận tối đa 4000 ký tự").nullable(),
  ),
});
export type ConclusionInput = z.infer<typeof conclusionInput>;

/**
 * A follow-up directive issued after the visit (văn bản chỉ đạo khắc phục): its document number and day,
 * what it directs, the deadline and the unit that must act (the inspected unit when left empty).
 */
export const directiveInput = z
  .object({
    inspectionId: z.coerce.number().int().positive(),
    documentNumber: z
      .string({ message: "Số văn bản chỉ đạo không được để trống" })
      .trim()
      .min(1, "Số văn bản chỉ đạo không được để trống")
      .max(100, "Số văn bản chỉ đạo tối đa 100 ký tự"),
    documentDate: dayField("Ngày văn bản"),
    text: z
      .string({ message: "Nội dung chỉ đạo không được để trống" })
      .trim()
      .min(5, "Nội dung chỉ đạo phải có ít nhất 5 ký tự")
      .max(2000, "Nội dung chỉ đạo tối đa 2000 ký tự"),
    dueDate: dayField("Hạn thực hiện"),
    addressedUnitId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
  })
  .superRefine((v, ctx) => {
    if (v.dueDate < v.documentDate)
      ctx.addIssue({
        code: "custom",
        path: ["dueDate"],
        message: "Hạn thực hiện không được trước ngày văn bản",
      });
  });
export type DirectiveInput = z.infer<typeof directiveInput>;

/** The decision and team of an inspection, corrected after it was set up. */
export const inspectionEditInput = inspectionInput.safeExtend({ id: z.coerce.number().int().positive() });
export type InspectionEditInput = z.infer<typeof inspectionEditInput>;
