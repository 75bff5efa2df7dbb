import { fmtDateTime } from "@/lib/format";
import { STATUS_LABELS, type RemediationStatus } from "@/lib/remediation/status";
import type { PlanDetail } from "@/lib/remediation/plan-detail";

export function ReportList({ reports }: { reports: PlanDetail["reports"] }) {
  if (!reports.length)
    return (
      <p
        className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800"
        data-testid="not-reported"
      >
        Đơn vị chưa báo cáo kết quả khắc phục cho đoàn kiểm tra / Sở Nội vụ.
      </p>
    );
  return (
    <ul className="space-y-3">
      {reports.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-medium">
            Báo cáo ngày {fmtDateTime(r.submittedAt)} · {r.by}
            {r.inspection ? ` · gửi đoàn kiểm tra QĐ ${r.inspection.decisionNumber}` : " · gửi Sở Nội vụ"}
          </p>
          <p className="mt-1 whitespace-pre-line">{r.summary}</p>
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-700">Kết quả từng mục ({r.items.length})</summary>
            <ol className="mt-2 list-decimal space-y-1 pl-5">
              {r.items.map((i) => (
                <li key={i.itemId}>
                  {i.problem} — <em>{STATUS_LABELS[i.status as RemediationStatus] ?? i.status}</em>
                  {i.done ? `: ${i.done}` : ""}
                  {i.evidence.map((ev) => (
                    <a
                      key={ev.attachmentId}
                      href={`/api/remediation/attachments/${ev.attachmentId}`}
                      className="ml-2 text-brand-700 underline"
                    >
                      📎 {ev.name}
                    </a>
                  ))}
                </li>
              ))}
            </ol>
          </details>
        </li>
      ))}
    </ul>
  );
}
