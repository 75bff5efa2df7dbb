// One line describing a leaf's rule, for the read-only tree: "> 90 → 2 · ≥ 70 và ≤ 90 → 1 · < 70 → 0".
import { fmt2 } from "@/lib/format";
import { optionLabel } from "@/lib/assessment/rule-words";

const n = (x: unknown) => (typeof x === "number" ? fmt2(x).replace(/,00$/, "") : String(x));
const OPS: [string, string][] = [
  ["gt", ">"],
  ["gte", "≥"],
  ["lt", "<"],
  ["lte", "≤"],
];

export function ruleSummary(rule: Record<string, unknown> | undefined): string {
  switch (rule?.type) {
    case "manual":
      return "Chấm điểm trực tiếp";
    case "boolean":
      return "Có → tối đa, không → 0";
    case "survey":
      return "Điều tra XHH: % của điểm tối đa";
    case "linear":
      return `Tuyến tính: đạt ${n(rule.threshold)} % trở lên → tối đa`;
    case "deduction":
      return `Trừ ${n(rule.perOccurrence)} điểm mỗi lần`;
    case "choice":
      return Object.entries((rule.options ?? {}) as Record<string, unknown>)
        .map(([k, v]) => `${optionLabel(k)} → ${n(v)}`)
        .join(" · ");
    case "bands":
      return ((rule.bands ?? []) as Record<string, unknown>[])
        .map(
          (b) =>
            `${OPS.filter(([k]) => b[k] !== undefined)
              .map(([k, op]) => `${op} ${n(b[k])}`)
              .join(" và ")} → ${n(b.points)}`,
        )
        .join(" · ");
    default:
      return "—";
  }
}
