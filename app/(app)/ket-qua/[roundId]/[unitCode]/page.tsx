import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode } from "@/lib/units/queries";
import { roundResultView } from "@/lib/results/result-view";
import { unitDetail } from "@/lib/results/unit-detail";
import { fmt2, fmtDate } from "@/lib/format";
import { groupLabel } from "@/lib/labels";
import { round2 } from "@/lib/scoring";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { secondaryButtonClass } from "@/components/ui/field";
import { UnitResultTree } from "@/components/results/unit-result-tree";
import { UnitFixes } from "@/components/results/unit-fixes";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Kết quả của đơn vị" };

export default async function UnitResultPage({
  params,
}: {
  params: Promise<{ roundId: string; unitCode: string }>;
}) {
  const p = await params;
  const unit = await unitByCode(decodeURIComponent(p.unitCode));
  // Check the permission before saying whether anything exists.
  await requirePermission("results:read", unit?.id ?? -1, `result:${p.roundId}/${p.unitCode}`);
  const roundId = parseId(p.roundId);
  const view = unit && roundId !== null ? await roundResultView(roundId) : null;
  const detail =
    view && unit
      ? unitDetail({
          set: view.set,
          result: view.result,
          unitCode: unit.code,
          fromRecords: view.fromRecords,
          inputs: view.inputs,
        })
      : null;
  if (!view || !unit || !detail) notFound();
  const u = detail.unit;
  return (
    <>
      <PageHeader
        title={unit.name}
        description={
          <>
            {view.round.name} · {groupLabel(view.round.group)} ·{" "}
            {view.kind === "published" ? (
              `đã công bố ngày ${fmtDate(view.publishedAt)}`
            ) : (
              <strong className="text-amber-900">tạm tính, chưa công bố</strong>
            )}
          </>
        }
        actions={
          <>
            <Link
              className={secondaryButtonClass}
              href={`/ket-qua?nam=${view.round.year}&khoi=${encodeURIComponent(view.round.group)}`}
            >
              Kết quả cả đợt
            </Link>
            <Link className={secondaryButtonClass} href={`/don-vi/${encodeURIComponent(unit.code)}`}>
              Hồ sơ đơn vị
            </Link>
          </>
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard label="Chỉ số CCHC" value={fmt2(u.index === null ? null : round2(u.index))} />
        <StatCard label="Điểm đạt / tối đa" value={`${fmt2(u.achieved)} / ${fmt2(u.max)}`} />
        <StatCard label="Thứ hạng trong khối" value={u.rank ? `${u.rank}/${detail.groupSize}` : "—"} />
        <StatCard label="Xếp loại" value={u.classification ?? "—"} />
      </div>
      {u.provisional ? (
        <p
          role="note"
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          Kết quả tạm tính: còn tiêu chí dùng điểm tự đánh giá chưa được thẩm định.
        </p>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">Điểm theo lĩnh vực và tiêu chí</h2>
      <UnitResultTree rows={detail.rows} />
      <UnitFixes unit={u} fixes={detail.fixes} lostTotal={detail.lostTotal} />
    </>
  );
}
