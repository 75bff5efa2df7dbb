// What a unit may enter for a leaf, and what must be there before it submits. Pure: the grid
// checks live with the same functions the server uses to refuse a save or a submission.
import { leafPoints, parseNumber, type CriteriaLeaf } from "../scoring";
import { inputKind, inputLabel, isRateLeaf } from "./rule-words";

export type GridLeaf = Pick<CriteriaLeaf, "code" | "name" | "max" | "rule"> & {
  metric?: string;
  bonus?: boolean;
  /** false when the leaf's appliesTo leaves out the unit's type */
  applies: boolean;
};

export type SelfInput = { selfValue: string | null; notApplicable: boolean; explanation: string | null };
export type SelfState = SelfInput & { evidenceCount: number };
export type LeafErrors = { selfValue?: string[]; explanation?: string[]; notApplicable?: string[] };

export const MAX_EXPLANATION = 2000;

/** Leaves the unit scores itself: applicable, not a survey, not computed from records. */
export function isSelfScored(leaf: GridLeaf): boolean {
  return leaf.applies && leaf.rule.type !== "survey" && !leaf.metric;
}

export const isBlank = (v: string | null | undefined): v is null | undefined | "" =>
  v === null || v === undefined || v.trim() === "";

/** null when the raw value fits the leaf's rule; else a message naming the criterion and the field. */
export function valueError(leaf: GridLeaf, raw: string): string | null {
  const label = `Tiêu chí ${leaf.code}, ${inputLabel(leaf).toLowerCase()}`;
  const kind = inputKind(leaf.rule);
  if (kind === "points" || kind === "count" || kind === "number" || kind === "survey") {
    const x = parseNumber(raw, { percent: kind === "number" || kind === "survey" });
    if (x === null) return `${label}: "${raw}" không phải là số (dùng dấu phẩy hoặc dấu chấm thập phân)`;
    if (x < 0) return `${label}: không được âm`;
    if (kind === "points" && x > leaf.max)
      return `${label}: tối đa ${String(leaf.max).replace(".", ",")} điểm`;
    if (kind === "count" && !Number.isInteger(x)) return `${label}: phải là số nguyên`;
    if ((kind === "survey" || (kind === "number" && isRateLeaf(leaf))) && x > 100)
      return `${label}: tỷ lệ không vượt quá 100 %`;
  }
  const r = leafPoints(leaf, raw);
  return "error" in r ? `${label}: ${r.error}` : null;
}

/** Checks one leaf's draft save. Blank values are allowed: a draft may be incomplete. */
export function selfInputErrors(leaf: GridLeaf, input: SelfInput): LeafErrors {
  const errors: LeafErrors = {};
  if (!isSelfScored(leaf)) {
    errors.selfValue = [
      leaf.metric
        ? `Tiêu chí ${leaf.code} được tính từ số liệu hồ sơ, không nhập tay`
        : leaf.rule.type === "survey"
          ? `Tiêu chí ${leaf.code} lấy từ điều tra xã hội học, đơn vị không tự chấm`
          : `Tiêu chí ${leaf.code} không áp dụng cho loại đơn vị này`,
    ];
    return errors;
  }
  if (!input.notApplicable && !isBlank(input.selfValue)) {
    const e = valueError(leaf, input.selfValue);
    if (e) errors.selfValue = [e];
  }
  if ((input.explanation ?? "").length > MAX_EXPLANATION)
    errors.explanation = [`Giải trình tối đa ${MAX_EXPLANATION} ký tự`];
  return errors;
}

/** Points the self value yields now, or null (blank, invalid, not applicable). */
export function selfPoints(
  leaf: GridLeaf,
  input: Pick<SelfInput, "selfValue" | "notApplicable">,
): number | null {
  // a value the grid refuses (e.g. 1,5 violations) yields no points, not the engine's reading of it
  if (input.notApplicable || isBlank(input.selfValue) || valueError(leaf, input.selfValue)) return null;
  const r = leafPoints(leaf, input.selfValue);
  return "points" in r ? r.points : null;
}

/** What still stops a submission, per leaf code; empty when the unit may submit. */
export function submissionProblems(
  leaves: GridLeaf[],
  state: Record<string, SelfState | undefined>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const leaf of leaves.filter(isSelfScored)) {
    const s = state[leaf.code];
    const explained = !isBlank(s?.explanation);
    if (s?.notApplicable) {
      if (!explained) problems[leaf.code] = `Tiêu chí ${leaf.code}: đánh dấu không áp dụng cần có giải trình`;
      continue;
    }
    if (!s || isBlank(s.selfValue)) {
      problems[leaf.code] = `Tiêu chí ${leaf.code}: chưa nhập ${inputLabel(leaf).toLowerCase()}`;
      continue;
    }
    const e = valueError(leaf, s.selfValue);
    if (e) {
      problems[leaf.code] = e;
      continue;
    }
    const points = selfPoints(leaf, s) ?? 0;
    if (points > 0 && s.evidenceCount === 0 && !explained) {
      problems[leaf.code] =
        `Tiêu chí ${leaf.code}: có điểm nhưng chưa có tài liệu kiểm chứng, cần nhập giải trình`;
    }
  }
  return problems;
}

/** Filled leaves ÷ leaves the unit scores itself, for progress and reminders. */
export function completeness(
  leaves: GridLeaf[],
  state: Record<string, Pick<SelfState, "selfValue" | "notApplicable"> | undefined>,
) {
  const own = leaves.filter(isSelfScored);
  const filled = own.filter((l) => state[l.code]?.notApplicable || !isBlank(state[l.code]?.selfValue)).length;
  return { filled, total: own.length };
}

/** Two raw values mean the same: equal text, or equal numbers ("95" and "95,0"). */
export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (a.trim() === b.trim()) return true;
  const x = parseNumber(a, { percent: true });
  const y = parseNumber(b, { percent: true });
  return x !== null && y !== null && x === y;
}
