// How a leaf's value and its source read on the results pages.
import type { InputSource } from "@/lib/results/unit-detail";
import { optionLabel } from "@/lib/assessment/rule-words";

export const SOURCE_TONES: Record<InputSource, string> = {
  appraised: "bg-green-50 text-green-900 ring-green-200",
  self: "bg-amber-50 text-amber-900 ring-amber-200",
  records: "bg-blue-50 text-blue-900 ring-blue-200",
  survey: "bg-violet-50 text-violet-900 ring-violet-200",
  missing: "bg-red-50 text-red-800 ring-red-200",
};

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** "98,5 %" for rates (bands, linear, survey and metrics), "Có"/"Không" for yes/no, options by their label ("Kịp thời"). */
export function valueText(
  value: string | number | boolean | null,
  ruleType: string,
  metric: string | null,
): string {
  if (value === null || value === "") return "—";
  if (ruleType === "boolean") {
    const v = String(value).trim().toLowerCase();
    if (["1", "true", "co", "có"].includes(v)) return "Có";
    if (["0", "false", "khong", "không"].includes(v)) return "Không";
  }
  if (ruleType === "choice" && typeof value === "string") return optionLabel(value);
  const n = typeof value === "number" ? value : Number(String(value).replace(",", "."));
  if (typeof value !== "boolean" && String(value).trim() !== "" && Number.isFinite(n)) {
    const pct = metric !== null || ruleType === "survey" || ruleType === "linear" || ruleType === "bands";
    if (ruleType === "deduction") return `${num.format(n)} lần`;
    return pct ? `${num.format(n)} %` : num.format(n);
  }
  return String(value);
}
