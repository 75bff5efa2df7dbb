// Table cells that carry a value and its colour; the colour never stands alone.
import { fmt2, fmtDelta } from "@/lib/format";
import { classificationTone, indexTone } from "@/lib/reports/colour-scale";
import type { ClassificationBand } from "@/lib/scoring";

export function IndexCell({ value, className = "" }: { value: number | null; className?: string }) {
  const t = indexTone(value);
  return (
    <td className={`num p-2 text-right ${className}`} style={{ backgroundColor: t.bg, color: t.fg }}>
      {fmt2(value)}
    </td>
  );
}

export function ClassificationBadge({ label, bands }: { label: string | null; bands: ClassificationBand[] }) {
  if (!label) return <span className="text-slate-500">—</span>;
  const t = classificationTone(label, bands);
  return (
    <span
      className="inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium"
      style={{ backgroundColor: t.bg, color: t.fg, borderColor: t.mark }}
    >
      {label}
    </span>
  );
}

/** A signed change with an arrow; the words are there for screen readers. */
export function Delta({ value, unit = "" }: { value: number | null; unit?: string }) {
  if (value === null) return <span className="text-slate-500">—</span>;
  const up = value > 0;
  const down = value < 0;
  return (
    <span
      className={`num whitespace-nowrap ${up ? "text-green-800" : down ? "text-red-800" : "text-slate-600"}`}
    >
      <span aria-hidden="true">{up ? "▲ " : down ? "▼ " : ""}</span>
      <span className="sr-only">{up ? "tăng " : down ? "giảm " : "không đổi "}</span>
      {fmtDelta(value)}
      {unit}
    </span>
  );
}

/** Places moved: +2 means up two places. */
export function RankDelta({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500">—</span>;
  const up = value > 0;
  const down = value < 0;
  return (
    <span
      className={`num whitespace-nowrap print:whitespace-normal ${up ? "text-green-800" : down ? "text-red-800" : "text-slate-600"}`}
    >
      <span aria-hidden="true">{up ? "▲ " : down ? "▼ " : ""}</span>
      {up ? `lên ${value} bậc` : down ? `xuống ${-value} bậc` : "giữ nguyên"}
    </span>
  );
}
