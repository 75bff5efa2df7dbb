import { ROUND_STATUS_LABELS } from "@/lib/labels";

const TONE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  OPEN: "bg-blue-100 text-blue-900",
  APPRAISAL: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

export function RoundStatus({ status }: { status: string }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${TONE[status] ?? ""}`}>
      {ROUND_STATUS_LABELS[status] ?? status}
    </span>
  );
}
