"use client";
// The input control that fits a leaf's rule: yes/no, an option list, or a number (points, count, rate).
import type { Rule } from "@/lib/scoring";
import { choiceOptions, inputKind } from "@/lib/assessment/rule-words";
import { inputClass } from "@/components/ui/field";

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export function ValueInput({
  id,
  rule,
  value,
  onChange,
  disabled,
  label,
  invalid,
  describedBy,
}: {
  id: string;
  rule: Rule;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
  label: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const common = {
    id,
    disabled,
    "aria-label": label,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: `${inputClass} ${invalid ? "border-red-500" : ""}`,
  };
  const kind = inputKind(rule);
  if (kind === "boolean") {
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— chọn —</option>
        <option value="1">Có</option>
        <option value="0">Không</option>
      </select>
    );
  }
  if (rule.type === "choice") {
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— chọn —</option>
        {choiceOptions(rule.options).map((o) => (
          <option key={o.key} value={o.key}>
            {o.label} ({num.format(o.points)} điểm)
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={kind === "count" ? "vd. 0" : kind === "points" ? "vd. 1,5" : "vd. 85,5"}
    />
  );
}
