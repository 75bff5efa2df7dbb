// The criteria set (bộ tiêu chí) as a JSON file or API body: zod for the shape, then the checks zod
// can't express locally (unique codes, leaf vs group, points within max, classification).
import { z } from "zod";
import { checkCriteriaSet } from "./criteria-checks";
import { type CriteriaError, nodeError, zodMessage } from "./criteria-errors";
import { buildCriteriaSet, type RawNode } from "./criteria-build";
import { UNIT_TYPES, type CriteriaSet } from "./types";

export type { CriteriaError } from "./criteria-errors";

const bound = z.number().optional();

const bandSchema = z
  .object({ gt: bound, gte: bound, lt: bound, lte: bound, points: z.number() })
  .refine((b) => [b.gt, b.gte, b.lt, b.lte].some((x) => x !== undefined), {
    error: "mỗi khoảng phải có ít nhất một cận (gt, gte, lt hoặc lte)",
  });

export const ruleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("manual") }),
  z.object({ type: z.literal("boolean") }),
  z.object({
    type: z.literal("choice"),
    options: z.record(z.string(), z.number()).refine((o) => Object.keys(o).length > 0, {
      error: 'quy tắc "choice" phải có ít nhất một lựa chọn trong "options"',
    }),
  }),
  z.object({
    type: z.literal("bands"),
    bands: z.array(bandSchema).min(1, { error: 'ngưỡng "bands" phải có ít nhất một khoảng' }),
  }),
  z.object({
    type: z.literal("linear"),
    threshold: z.number().positive({ error: '"threshold" phải lớn hơn 0' }),
  }),
  z.object({
    type: z.literal("deduction"),
    perOccurrence: z.number().positive({ error: '"perOccurrence" phải lớn hơn 0' }),
  }),
  z.object({ type: z.literal("survey") }),
]);

const nodeSchema: z.ZodType<RawNode> = z.lazy(() =>
  z.object({
    code: z.string().trim().min(1, { error: '"code" không được để trống' }),
    name: z.string().trim().min(1, { error: '"name" không được để trống' }),
    max: z.number().positive({ error: '"max" phải lớn hơn 0' }).optional(),
    rule: ruleSchema.optional(),
    children: z.array(nodeSchema).min(1, { error: '"children" phải có ít nhất một tiêu chí con' }).optional(),
    metric: z.string().trim().min(1).optional(),
    appliesTo: z
      .array(z.enum(UNIT_TYPES))
      .min(1, { error: '"appliesTo" phải có ít nhất một loại đơn vị' })
      .optional(),
    bonus: z.boolean().optional(),
  }),
);

export const criteriaSetSchema = z.object({
  name: z.string().trim().min(1, { error: '"name" không được để trống' }),
  year: z.number().int().min(1990).max(2100),
  group: z.string().trim().min(1, { error: '"group" không được để trống' }),
  classification: z
    .array(z.object({ label: z.string().trim().min(1), min: z.number().min(0).max(100) }))
    .min(1, { error: "phải có ít nhất một mức xếp loại" }),
  fields: z.array(nodeSchema).min(1, { error: "phải có ít nhất một lĩnh vực" }),
});

export type ParseCriteriaResult = { ok: true; set: CriteriaSet } | { ok: false; errors: CriteriaError[] };

/** Validates a parsed JSON value as a criteria set; every error names the node it is about. */
export function parseCriteriaSet(json: unknown): ParseCriteriaResult {
  const parsed = criteriaSetSchema.safeParse(json, { error: (issue) => zodMessage(issue) });
  const errors: CriteriaError[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => nodeError(json, i.path, i.message));
  for (const e of checkCriteriaSet(json)) {
    if (!errors.some((x) => x.path === e.path && x.message === e.message)) errors.push(e);
  }
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, set: buildCriteriaSet(parsed.data) };
}
