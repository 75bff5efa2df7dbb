// One remediation item: what it answers, the action, owner and deadline, its status and history
// with evidence, and the moves and updates the user may make.
import { fmt2, fmtDate, fmtDateTime } from "@/lib/format";
import { SOURCE_LABELS } from "@/lib/remediation/inputs";
import { nextTransitions, type Mover } from "@/lib/remediation/status";
import type { PlanItem } from "@/lib/remediation/plan-detail";
import { OverdueBadge, StatusBadge } from "./status-badge";
import { StatusButtons } from "./status-buttons";
import { ProgressForm } from "./progress-form";

export function ItemCard({
  item,
  index,
  movers,
  canUpdate,
}: {
  item: PlanItem;
  index: number;
  movers: Mover[];
  canUpdate: boolean;
}) {
  const moves = nextTransitions(item.status, movers).map(({ to, label, reasonRequired }) => ({
    to,
    label,
    reasonRequired,
  }));
  return (
    <article
      id={`item-${item.id}`}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 ${item.overdue ? "border-red-300" : "border-slate-200"}`}
      data-testid={`item-${item.id}`}
      aria-labelledby={`item-${item.id}-title`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3
          id={`item-${item.id}-title`}
          className="order-2 w-full min-w-0 font-medium sm:order-1 sm:w-auto sm:flex-1"
        >
          <span className="num mr-1 text-slate-500">{index}.</span>
          {item.problem}
        </h3>
        <div className="order-1 flex flex-wrap gap-1 sm:order-2">
          <StatusBadge status={item.status} />
          {item.overdue ? <OverdueBadge /> : null}
          {item.dueSoon ? (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">Sắp đến hạn</span>
          ) : null}
        </div>
      </div>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm sm:gap-x-4">
        <dt className="text-slate-500">Nguồn</dt>
        <dd>
          {SOURCE_LABELS[item.source]}
          {item.criterionCode ? (
            <>
              {" "}
              · tiêu chí <span className="num">{item.criterionCode}</span>
            </>
          ) : null}
          {item.pointsLost !== null ? (
            <>
              {" "}
              · bị trừ <span className="num">{fmt2(item.pointsLost)}</span> điểm
            </>
          ) : null}
          {item.finding ? (
            <>
              {" "}
              · QĐ {item.finding.inspection.decisionNumber}, kiểm tra ngày{" "}
              {fmtDate(item.finding.inspection.visitDate)}
            </>
          ) : null}
        </dd>
        <dt className="text-slate-500">Giải pháp</dt>
        <dd>{item.action}</dd>
        <dt className="text-slate-500">Chịu trách nhiệm</dt>
        <dd>{item.owner}</dd>
        <dt className="text-slate-500">Thời hạn</dt>
        <dd className={`num ${item.overdue ? "font-semibold text-red-700" : ""}`}>
          {fmtDate(item.deadline)}
        </dd>
        {item.verifiedAt ? (
          <>
            <dt className="text-slate-500">Xác nhận</dt>
            <dd>
              {item.verifiedBy} · {fmtDateTime(item.verifiedAt)}
              {item.verificationNote ? ` · ${item.verificationNote}` : ""}
            </dd>
          </>
        ) : null}
        {item.status === "REOPENED" && item.verificationNote ? (
          <>
            <dt className="text-slate-500">Lý do mở lại</dt>
            <dd className="text-red-700">{item.verificationNote}</dd>
          </>
        ) : null}
      </dl>
      {item.updates.length ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-700">
            Tiến độ và tài liệu kiểm chứng ({item.updates.length})
          </summary>
          <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
            {item.updates.map((u) => (
              <li key={u.id}>
                <span className="num text-xs text-slate-500">
                  {fmtDateTime(u.at)} · {u.by}
                </span>
                <p>{u.note}</p>
                {u.attachment ? (
                  <a
                    href={`/api/remediation/attachments/${u.attachment.id}`}
                    className="text-brand-700 underline"
                    target="_blank"
                    rel="noreferrer"
                  >
                    📎 {u.attachment.originalName}
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {moves.length || (canUpdate && item.status !== "VERIFIED") ? (
        <div className="no-print mt-3 space-y-3 border-t border-slate-100 pt-3">
          {moves.length ? <StatusButtons itemId={item.id} moves={moves} /> : null}
          {canUpdate && item.status !== "VERIFIED" ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">
                Cập nhật tiến độ, đính kèm tài liệu kiểm chứng
              </summary>
              <div className="mt-2">
                <ProgressForm itemId={item.id} />
              </div>
            </details>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
