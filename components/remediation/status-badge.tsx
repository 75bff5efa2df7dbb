import { STATUS_LABELS, type RemediationStatus } from "@/lib/remediation/status";

const CLASS: Record<RemediationStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-700",
  IN_PROGRESS: "bg-blue-100 text-blue-800",
  DONE: "bg-amber-100 text-amber-800",
  VERIFIED: "bg-green-100 text-green-800",
  REOPENED: "bg-red-100 text-red-800",
};

export function StatusBadge({ status }: { status: RemediationStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${CLASS[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="inline-block rounded bg-red-600 px-2 py-0.5 text-xs font-semibold text-white">
      Quá hạn
    </span>
  );
}
