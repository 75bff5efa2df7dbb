// Inputs of the assessment services, checked with zod on the server (messages name the field).
import { z } from "zod";
import { MAX_EXPLANATION } from "./validation";

const id = (what: string) =>
  z.coerce
    .number({ message: `Thiếu ${what}` })
    .int()
    .positive({ message: `Thiếu ${what}` });
const optionalText = (max: number, what: string) =>
  z
    .string()
    .max(max, { message: `${what} tối đa ${max} ký tự` })
    .nullable()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v.trim() : null));

export const selfValueItem = z.object({
  code: z.string().min(1).max(20),
  version: z.number().int().min(0),
  selfValue: optionalText(50, "Giá trị"),
  notApplicable: z.boolean().default(false),
  explanation: optionalText(MAX_EXPLANATION, "Giải trình"),
});
export type SelfValueItem = z.infer<typeof selfValueItem>;

export const selfValuesInput = z.object({
  roundId: id("đợt đánh giá"),
  unitId: id("đơn vị"),
  items: z.array(selfValueItem).min(1, { message: "Không có thay đổi nào để lưu" }).max(500),
});
export type SelfValuesInput = z.infer<typeof selfValuesInput>;

export const submitInput = z.object({ roundId: id("đợt đánh giá"), unitId: id("đơn vị") });

/** "2024-03-15" (date input) or "15/03/2024". */
export const documentDate = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((v, ctx) => {
    if (!v) return null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
    const date = y ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
    if (
      !date ||
      date.getUTCDate() !== Number(d) ||
      date.getUTCFullYear() < 1990 ||
      date.getUTCFullYear() > 2100
    ) {
      ctx.addIssue({ code: "custom", message: "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)" });
      return z.NEVER;
    }
    return date;
  });

export const evidenceInput = z.object({
  roundId: id("đợt đánh giá"),
  unitId: id("đơn vị"),
  code: z.string().min(1, { message: "Thiếu mã tiêu chí" }).max(20),
  documentNumber: optionalText(100, "Số văn bản"),
  documentDate,
  pageOrSection: optionalText(200, "Trang hoặc mục"),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;

export const appraisalInput = z.object({
  roundId: id("đợt đánh giá"),
  unitId: id("đơn vị"),
  code: z.string().min(1).max(20),
  version: z.number().int().min(0),
  appraisedValue: optionalText(50, "Giá trị thẩm định"),
  notApplicable: z.boolean().default(false),
  reason: optionalText(1000, "Lý do"),
  comment: optionalText(2000, "Nhận xét"),
});
export type AppraisalInput = z.infer<typeof appraisalInput>;

export const unitCommentInput = z.object({
  roundId: id("đợt đánh giá"),
  unitId: id("đơn vị"),
  comment: optionalText(4000, "Nhận xét chung"),
});

export const returnInput = z.object({
  roundId: id("đợt đánh giá"),
  unitId: id("đơn vị"),
  reason: z.string().trim().min(1, { message: "Nhập lý do trả lại" }).max(1000),
});
