import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode } from "@/lib/units/queries";
import { roundById } from "@/lib/assessment/rounds";
import { loadUnitGrid } from "@/lib/assessment/grid";
import { fmtDate } from "@/lib/format";
import { ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { AppraisalGrid } from "@/components/assessment/appraisal-grid";
import { UnitCommentForm } from "@/components/assessment/unit-comment-form";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Thẩm định đơn vị" };

export default async function AppraiseUnitPage({
  params,
}: {
  params: Promise<{ roundId: string; unitCode: string }>;
}) {
  await requirePermission("appraisal:write");
  const p = await params;
  const roundId = parseId(p.roundId);
  const unit = await unitByCode(decodeURIComponent(p.unitCode));
  const round = roundId !== null ? await roundById(roundId) : null;
  if (!unit || !round) notFound();
  const grid = await loadUnitGrid(round.id, unit.id);
  const sub = grid.submission;
  return (
    <>
      <PageHeader
        title={`Thẩm định: ${grid.unit.name}`}
        description={
          <>
            {grid.round.name} · {ROUND_STATUS_LABELS[grid.round.status]} ·{" "}
            {sub.status === "SUBMITTED" ? `đã nộp ngày ${fmtDate(sub.submittedAt)}` : "đơn vị chưa nộp"}
          </>
        }
        actions={
          <>
            <Link className="text-sm text-brand-700 underline" href={`/tham-dinh?dot=${grid.round.id}`}>
              ← Danh sách đơn vị
            </Link>
            <Link
              className="text-sm text-brand-700 underline"
              href={`/dot-danh-gia/${grid.round.id}/nhat-ky?donVi=${grid.unit.id}`}
            >
              Nhật ký của đơn vị
            </Link>
          </>
        }
      />
      <UnitCommentForm
        roundId={grid.round.id}
        unitId={grid.unit.id}
        comment={sub.comment}
        submitted={sub.status === "SUBMITTED"}
      />
      <AppraisalGrid grid={grid} />
    </>
  );
}
