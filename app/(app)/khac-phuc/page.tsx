import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { vnDayString } from "@/lib/cases/dates";
import { fmtInt, fmtPct } from "@/lib/format";
import { statusByUnit } from "@/lib/remediation/follow-up";
import { unreported } from "@/lib/remediation/reports";
import { followUpYear } from "@/lib/remediation/plan-page";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { YearPicker } from "@/components/cases/year-picker";
import { FollowUpTabs } from "@/components/remediation/follow-up-tabs";
import { UnitStatusTable } from "@/components/remediation/unit-status-table";
import { UnreportedList } from "@/components/remediation/unreported-list";

export const metadata: Metadata = { title: "Theo dõi khắc phục" };

export default async function RemediationFollowUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("remediation:read");
  const scope = scopeOf(user, "remediation:read");
  // A unit's people work on their own plan.
  if (scope && "unitId" in scope && user.unitCode)
    redirect(
      `/khac-phuc/${user.unitCode}${(await searchParams).nam ? `?nam=${(await searchParams).nam}` : ""}`,
    );
  const unitIds = scopedUnitIds(user, "remediation:read");
  const today = vnDayString(new Date());
  const year = await followUpYear((await searchParams).nam, unitIds, today);
  const [rows, missing] = await Promise.all([statusByUnit(year, unitIds, today), unreported(year, unitIds)]);
  const total = rows.reduce((s, r) => s + r.total, 0);
  const verified = rows.reduce((s, r) => s + r.verified, 0);
  const overdue = rows.reduce((s, r) => s + r.overdue, 0);
  const current = Number(today.slice(0, 4));
  return (
    <>
      <PageHeader
        title={`Theo dõi khắc phục năm ${year}`}
        description="Kế hoạch khắc phục tồn tại, hạn chế của các đơn vị, tiến độ, xác nhận và báo cáo kết quả"
        actions={<YearPicker years={Array.from({ length: 6 }, (_, i) => current - i)} year={year} />}
      />
      <FollowUpTabs current="/khac-phuc" year={year} />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Đơn vị có kế hoạch" value={fmtInt(rows.length)} />
        <StatCard label="Mục khắc phục" value={fmtInt(total)} />
        <StatCard
          label="Tỷ lệ đã xác nhận"
          value={fmtPct(total ? Math.round((verified / total) * 10000) / 100 : null)}
          hint={`${fmtInt(verified)}/${fmtInt(total)} mục`}
        />
        <StatCard
          label="Mục quá hạn"
          value={<span className={overdue ? "text-red-700" : ""}>{fmtInt(overdue)}</span>}
        />
      </div>
      <h2 className="mb-2 text-lg font-semibold">Tình hình theo đơn vị</h2>
      <UnitStatusTable rows={rows} year={year} />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Đơn vị chưa báo cáo kết quả khắc phục</h2>
      <UnreportedList data={missing} year={year} />
    </>
  );
}
