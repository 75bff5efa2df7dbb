"use client";
// Parameters of a leaf's scoring rule: choice options, bands with explicit bounds, a linear
// threshold or a deduction per occurrence. Values stay as typed; the server validates them.
import { emptyBand, type BandDraft, type NodeDraft, type OptionDraft } from "./editor-model";

const small = "w-20 rounded border border-slate-300 bg-white px-2 py-1 text-sm num";
const link = "text-sm text-brand-700 underline-offset-2 hover:underline";
const BOUND_LABELS: [keyof BandDraft, string][] = [
  ["gt", ">"],
  ["gte", "≥"],
  ["lt", "<"],
  ["lte", "≤"],
  ["points", "điểm"],
];

export function RuleParams({
  node,
  onChange,
}: {
  node: NodeDraft;
  onChange: (patch: Partial<NodeDraft>) => void;
}) {
  const code = node.code || "mới";
  if (node.ruleType === "choice") {
    const set = (options: OptionDraft[]) => onChange({ options });
    return (
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-600">Các lựa chọn (mã → điểm)</legend>
        {node.options.map((o, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            <input
              aria-label={`Mã lựa chọn ${i + 1} của ${code}`}
              className="w-40 rounded border border-slate-300 px-2 py-1 text-sm font-mono"
              value={o.key}
              onChange={(e) => set(node.options.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))}
            />
            <input
              aria-label={`Điểm lựa chọn ${i + 1} của ${code}`}
              inputMode="decimal"
              className={small}
              value={o.points}
              onChange={(e) =>
                set(node.options.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))
              }
            />
            <button
              type="button"
              className={link}
              onClick={() => set(node.options.filter((_, j) => j !== i))}
            >
              Xoá
            </button>
          </div>
        ))}
        <button
          type="button"
          className={link}
          onClick={() => set([...node.options, { key: "", points: "" }])}
        >
          + Thêm lựa chọn
        </button>
      </fieldset>
    );
  }
  if (node.ruleType === "bands") {
    const set = (bands: BandDraft[]) => onChange({ bands });
    return (
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-600">
          Các khoảng (khoảng đầu tiên thoả mọi cận được chọn; để trống cận không dùng)
        </legend>
        {node.bands.map((b, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            <span className="text-xs text-slate-500">#{i + 1}</span>
            {BOUND_LABELS.map(([k, label]) => (
              <label key={k} className="flex items-center gap-1 text-xs">
                {label}
                <input
                  aria-label={`Khoảng ${i + 1} ${k} của ${code}`}
                  inputMode="decimal"
                  className={small}
                  value={b[k]}
                  onChange={(e) =>
                    set(node.bands.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))
                  }
                />
              </label>
            ))}
            <button
              type="button"
              className={link}
              onClick={() => set(node.bands.filter((_, j) => j !== i))}
              aria-label={`Xoá khoảng ${i + 1} của ${code}`}
            >
              Xoá
            </button>
          </div>
        ))}
        <button type="button" className={link} onClick={() => set([...node.bands, emptyBand()])}>
          + Thêm khoảng
        </button>
      </fieldset>
    );
  }
  if (node.ruleType === "linear") {
    return (
      <label className="flex flex-wrap items-center gap-2 text-sm">
        Ngưỡng đạt tối đa (%)
        <input
          aria-label={`Ngưỡng của ${code}`}
          inputMode="decimal"
          className={small}
          value={node.threshold}
          onChange={(e) => onChange({ threshold: e.target.value })}
        />
        <span className="text-xs text-slate-500">điểm = tối đa × min(1, giá trị ÷ ngưỡng)</span>
      </label>
    );
  }
  if (node.ruleType === "deduction") {
    return (
      <label className="flex flex-wrap items-center gap-2 text-sm">
        Trừ mỗi lần
        <input
          aria-label={`Điểm trừ mỗi lần của ${code}`}
          inputMode="decimal"
          className={small}
          value={node.perOccurrence}
          onChange={(e) => onChange({ perOccurrence: e.target.value })}
        />
        <span className="text-xs text-slate-500">điểm = tối đa − số lần × mức trừ, không dưới 0</span>
      </label>
    );
  }
  return null;
}

export const RULE_LABELS: Record<string, string> = {
  manual: "Chấm điểm trực tiếp",
  boolean: "Có / không",
  choice: "Lựa chọn",
  bands: "Theo khoảng (ngưỡng)",
  linear: "Tuyến tính đến ngưỡng",
  deduction: "Trừ điểm theo số lần",
  survey: "Điều tra xã hội học (%)",
};
