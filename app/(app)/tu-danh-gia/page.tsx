import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { auditEntries } from "@/lib/audit/queries";
import { loadUnitGrid } from "@/lib/assessment/grid";
import { roundsOfGroup } from "@/lib/assessment/rounds";
import { loadUnit } from "@/lib/assessment/context";
import { fmtDate } from "@/lib/format";
import { ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/admin/audit-table";
import { RoundPicker } from "@/components/assessment/round-picker";
import { SelfGrid } from "@/components/assessment/self-grid";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Tự đánh giá" };

export default async function SelfAssessmentPage({
  searchParams,
}: {
  searchParams: Promise<{ dot?: string }>;
}) {
  const user = await requirePermission("assessment:write");
  if (!user.unitId)
    return <PageHeader title="Tự đánh giá" description="Tài khoản chưa gắn với đơn vị nào." />;
  const unit = await loadUnit(user.unitId);
  const { rounds, current } = await roundsOfGroup(unit.group, parseId((await searchParams).dot));
  if (!current)
    return (
      <PageHeader title="Tự đánh giá" description="Chưa có đợt đánh giá nào đang mở cho khối của đơn vị." />
    );
  const [grid, audit] = await Promise.all([
    loadUnitGrid(current.id, unit.id),
    auditEntries({ unitId: unit.id, roundId: current.id, take: 100 }),
  ]);
  const sub = grid.submission;
  return (
    <>
      <PageHeader
        title={`Tự đánh giá ${grid.round.year}`}
        description={
          <>
            {unit.name} · {grid.round.name} · {ROUND_STATUS_LABELS[grid.round.status]} · thời gian tự đánh giá{" "}
            {grid.round.window}
          </>
        }
        actions={
          <>
            <RoundPicker rounds={rounds} current={current.id} />
            <Link
              href={`/tu-danh-gia/ket-qua?dot=${current.id}`}
              className="self-end text-sm text-brand-700 underline"
            >
              Kết quả đã công bố
            </Link>
          </>
        }
      />
      {sub.status === "SUBMITTED" ? (
        <p
          className="mb-3 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          data-testid="submitted"
        >
          Đơn vị đã nộp tự đánh giá ngày {fmtDate(sub.submittedAt)}.
        </p>
      ) : null}
      {grid.round.editProblem && sub.status !== "SUBMITTED" ? (
        <p className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {grid.round.editProblem}
        </p>
      ) : null}
      {sub.comment ? (
        <p className="mb-3 rounded border border-blue-200 bg-blue-50 p-3 text-sm">
          <strong>Nhận xét của Sở Nội vụ:</strong> {sub.comment}
        </p>
      ) : null}
      {!can(user, "assessment:submit", unit.id) && grid.round.editProblem === null ? (
        <p className="mb-3 text-sm text-slate-600">
          Cán bộ đầu mối nhập và lưu nháp; thủ trưởng đơn vị nộp tự đánh giá.
        </p>
      ) : null}
      <SelfGrid
        key={`${grid.round.id}-${sub.status}`}
        grid={grid}
        canSubmit={can(user, "assessment:submit", unit.id)}
      />
      <details className="mt-8">
        <summary className="cursor-pointer font-medium">
          Nhật ký thay đổi của đơn vị trong đợt này ({audit.length})
        </summary>
        <div className="mt-2">
          <AuditTable entries={audit} />
        </div>
      </details>
    </>
  );
}
