import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { appraisalRounds, roundProgress } from "@/lib/assessment/rounds";
import { groupLabel, ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressTable } from "@/components/assessment/progress-table";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Thẩm định" };

export default async function AppraisalPage({ searchParams }: { searchParams: Promise<{ dot?: string }> }) {
  await requirePermission("appraisal:write");
  const { rounds, current } = await appraisalRounds(parseId((await searchParams).dot));
  if (!current) return <PageHeader title="Thẩm định" description="Chưa có đợt đánh giá nào." />;
  const units = await roundProgress(current.id);
  const submitted = units.filter((u) => u.status === "SUBMITTED").length;
  return (
    <>
      <PageHeader
        title="Thẩm định"
        description={`${current.name} · ${groupLabel(current.group)} · ${ROUND_STATUS_LABELS[current.status]} · ${submitted}/${units.length} đơn vị đã nộp`}
      />
      <form noValidate method="get" className="no-print mb-4 flex flex-wrap items-end gap-2">
        <label className="text-sm">
          Đợt đánh giá
          <select name="dot" defaultValue={current.id} className={inputClass}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.year} · {groupLabel(r.group)} · {ROUND_STATUS_LABELS[r.status]}
              </option>
            ))}
          </select>
        </label>
        <button className={secondaryButtonClass}>Xem</button>
      </form>
      <ProgressTable units={units} link={(u) => `/tham-dinh/${current.id}/${u.code}`} />
    </>
  );
}
