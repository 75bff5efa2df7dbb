// A leaf's scoring rule said in Vietnamese words, and the kind of input control that fits it.
// Pure: used by the self-assessment grid (client), the appraisal screen and the tests.
import type { Band, CriteriaLeaf, Rule } from "../scoring";

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const n = (x: number) => num.format(x);
const pts = (x: number) => `${n(x)} điểm`;

/** Known option keys of `choice` rules; unknown keys are shown with spaces for underscores. */
const OPTION_LABELS: Record<string, string> = {
  kip_thoi: "Kịp thời",
  khong_kip_thoi: "Không kịp thời",
  khong_ban_hanh: "Không ban hành",
  hoan_thanh: "Hoàn thành",
  chua_hoan_thanh: "Chưa hoàn thành",
  khong_thuc_hien: "Không thực hiện",
  dung_han: "Đúng hạn",
  tre_han: "Trễ hạn",
  co: "Có",
  khong: "Không",
  dat: "Đạt",
  khong_dat: "Không đạt",
};

export function optionLabel(key: string): string {
  if (OPTION_LABELS[key]) return OPTION_LABELS[key];
  const text = key.replace(/_/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Options of a choice rule, best first, as [key, label, points]. */
export function choiceOptions(
  options: Record<string, number>,
): { key: string; label: string; points: number }[] {
  return Object.entries(options)
    .sort((a, b) => b[1] - a[1])
    .map(([key, points]) => ({ key, label: optionLabel(key), points }));
}

type LeafLike = Pick<CriteriaLeaf, "max" | "rule" | "name"> & { metric?: string };

/** Rates carry a "%": the leaf is named "Tỷ lệ …" or its figure comes from a rate metric. */
export function isRateLeaf(leaf: Pick<LeafLike, "name" | "metric" | "rule">): boolean {
  if (leaf.rule.type === "survey") return true;
  return /^tỷ lệ/i.test(leaf.name.normalize("NFC")) || /Rate$/.test(leaf.metric ?? "");
}

function bandWords(b: Band, unit: string): string {
  const v = (x: number) => `${n(x)}${unit}`;
  const low =
    b.gt !== undefined
      ? { text: `trên ${v(b.gt)}`, strict: true }
      : b.gte !== undefined
        ? { text: `từ ${v(b.gte)}`, strict: false }
        : null;
  const high = b.lt !== undefined ? `dưới ${v(b.lt)}` : b.lte !== undefined ? `${v(b.lte)}` : null;
  if (low && high) return b.lt !== undefined ? `${low.text} đến dưới ${v(b.lt)}` : `${low.text} đến ${high}`;
  if (low) return b.gt !== undefined ? `> ${v(b.gt)}` : `≥ ${v(b.gte!)}`;
  if (high) return b.lt !== undefined ? `< ${v(b.lt)}` : `≤ ${v(b.lte!)}`;
  return "mọi giá trị";
}

/** "Có/Không: có 2 điểm, không 0 điểm", "Tỷ lệ ≥ 80 % đạt tối đa …", "trừ 0,5 điểm mỗi lần" … */
export function ruleInWords(leaf: LeafLike): string {
  const rule: Rule = leaf.rule;
  const unit = isRateLeaf(leaf) ? " %" : "";
  switch (rule.type) {
    case "manual":
      return `Chấm điểm trực tiếp, từ 0 đến ${pts(leaf.max)}`;
    case "boolean":
      return `Có/Không: có ${pts(leaf.max)}, không 0 điểm`;
    case "choice":
      return choiceOptions(rule.options)
        .map((o) => `${o.label}: ${pts(o.points)}`)
        .join("; ");
    case "bands":
      return rule.bands.map((b) => `${bandWords(b, unit)}: ${pts(b.points)}`).join("; ");
    case "linear":
      return `${unit ? "Tỷ lệ" : "Giá trị"} ≥ ${n(rule.threshold)}${unit} đạt tối đa ${pts(leaf.max)}; thấp hơn tính theo tỷ lệ (${n(leaf.max)} × giá trị ÷ ${n(rule.threshold)}${unit})`;
    case "deduction":
      return `Tối đa ${pts(leaf.max)}, trừ ${pts(rule.perOccurrence)} mỗi lần (không dưới 0)`;
    case "survey":
      return `Điều tra xã hội học: ${n(leaf.max)} điểm × tỷ lệ hài lòng (Sở Nội vụ nhập kết quả)`;
  }
}

export type InputKind = "boolean" | "choice" | "points" | "count" | "number" | "survey";

export function inputKind(rule: Rule): InputKind {
  switch (rule.type) {
    case "boolean":
      return "boolean";
    case "choice":
      return "choice";
    case "manual":
      return "points";
    case "deduction":
      return "count";
    case "bands":
    case "linear":
      return "number";
    case "survey":
      return "survey";
  }
}

/** The label of the input next to a leaf: what the unit types. */
export function inputLabel(leaf: LeafLike): string {
  switch (inputKind(leaf.rule)) {
    case "boolean":
      return "Kết quả";
    case "choice":
      return "Mức đạt";
    case "points":
      return "Điểm tự chấm";
    case "count":
      return "Số lần vi phạm";
    case "number":
      return isRateLeaf(leaf) ? "Tỷ lệ (%)" : "Giá trị";
    case "survey":
      return "Tỷ lệ hài lòng (%)";
  }
}

/** A stored raw value as people read it: "Có", "Kịp thời", "85,5 %", "2 lần". */
export function valueInWords(leaf: LeafLike, raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === "") return "—";
  const kind = inputKind(leaf.rule);
  if (kind === "boolean")
    return /^(1|true|co|có|yes)$/i.test(raw.trim())
      ? "Có"
      : /^(0|false|khong|không|no)$/i.test(raw.trim())
        ? "Không"
        : raw;
  if (leaf.rule.type === "choice") return leaf.rule.options[raw] !== undefined ? optionLabel(raw) : raw;
  const x = Number(raw.replace(",", ".").replace("%", "").trim());
  if (!Number.isFinite(x)) return raw;
  if (kind === "count") return `${n(x)} lần`;
  if (kind === "points") return `${n(x)} điểm`;
  return `${n(x)}${isRateLeaf(leaf) ? " %" : ""}`;
}

/** Numbers typed or stored with a decimal point, shown the Vietnamese way ("1.75" → "1,75"). */
export function viDecimal(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return "";
  return /^\s*-?\d+\.\d+\s*%?\s*$/.test(raw) ? raw.replace(".", ",") : raw;
}
