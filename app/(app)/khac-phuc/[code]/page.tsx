import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { vnDayString } from "@/lib/cases/dates";
import { fmtDate, fmtDateTime, fmtInt } from "@/lib/format";
import { defaultPlanYear, planPageData } from "@/lib/remediation/plan-page";
import { unitByCode } from "@/lib/units/queries";
import type { Mover } from "@/lib/remediation/status";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { YearPicker } from "@/components/cases/year-picker";
import { ItemCard } from "@/components/remediation/item-card";
import { Candidates } from "@/components/remediation/candidates";
import { ReportForm } from "@/components/remediation/report-form";
import { PlanHeaderForm } from "@/components/remediation/plan-header-form";
import { ReportList } from "@/components/remediation/report-list";

export const metadata: Metadata = { title: "Kế hoạch khắc phục" };

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePermission("remediation:read");
  const unit = await unitByCode(decodeURIComponent((await params).code));
  if (!unit) notFound();
  const user = await requirePermission("remediation:read", unit.id, `remediation-plan:${unit.code}`);
  const today = vnDayString(new Date());
  const asked = Number((await searchParams).nam);
  const year =
    asked >= 2000 && asked <= 2100 ? asked : await defaultPlanYear(unit, Number(today.slice(0, 4)));
  const writer = can(user, "remediation:write", unit.id);
  const movers: Mover[] = [
    ...(writer ? ["unit" as const] : []),
    ...(can(user, "remediation:verify", unit.id) ? ["verifier" as const] : []),
  ];
  const { plan, years, candidates, inspections } = await planPageData(unit, year, today, writer);
  const items = plan?.items ?? [];
  const verified = items.filter((i) => i.status === "VERIFIED").length;
  const overdue = items.filter((i) => i.overdue).length;
  const lastReport = plan?.reports[0] ?? null;
  const pickYears = [...new Set([...years, year, year - 1, year + 1])].sort((a, b) => b - a);
  return (
    <>
      <PageHeader
        title={`Kế hoạch khắc phục năm ${year}`}
        description={
          <>
            {unit.name} ·{" "}
            {plan ? (
              <span data-testid="plan-document">
                {plan.number ? `Kế hoạch số ${plan.number}` : "Kế hoạch"}
                {plan.issuedAt ? ` ngày ${fmtDate(plan.issuedAt)}` : ""}: {plan.title}
              </span>
            ) : (
              <>khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm {year} và kết luận kiểm tra</>
            )}
          </>
        }
        actions={
          <>
            <YearPicker years={pickYears} year={year} />
            {scopedUnitIds(user, "remediation:read") === null ? (
              <Link href={`/khac-phuc?nam=${year}`} className="self-end text-sm text-brand-700 underline">
                Theo dõi chung
              </Link>
            ) : null}
          </>
        }
      />
      {writer && plan ? <PlanHeaderForm plan={plan} /> : null}
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Mục khắc phục" value={fmtInt(items.length)} />
        <StatCard label="Đã xác nhận" value={`${fmtInt(verified)}/${fmtInt(items.length)}`} />
        <StatCard
          label="Quá hạn"
          value={<span className={overdue ? "text-red-700" : ""}>{fmtInt(overdue)}</span>}
        />
        <StatCard
          label="Báo cáo kết quả"
          value={
            lastReport ? fmtDate(lastReport.submittedAt) : <span className="text-red-700">Chưa báo cáo</span>
          }
          hint={lastReport ? `Gửi lúc ${fmtDateTime(lastReport.submittedAt)}` : undefined}
        />
      </div>
      <h2 className="mb-2 text-lg font-semibold">Các mục khắc phục</h2>
      {items.length ? (
        <div className="space-y-3">
          {items.map((item, i) => (
            <ItemCard key={item.id} item={item} index={i + 1} movers={movers} canUpdate={writer} />
          ))}
        </div>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-500">
          Chưa có mục khắc phục nào cho năm {year}.
        </p>
      )}
      {writer && candidates ? (
        <div className="mt-8">
          <Candidates unitId={unit.id} year={year} candidates={candidates} />
        </div>
      ) : null}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Báo cáo kết quả khắc phục</h2>
      <ReportList reports={plan?.reports ?? []} />
      {writer && plan && items.length ? (
        <details className="no-print mt-4" open={!lastReport}>
          <summary className="mb-2 cursor-pointer font-medium text-brand-700">
            Gửi báo cáo kết quả khắc phục
          </summary>
          <ReportForm
            planId={plan.id}
            inspections={inspections.map((i) => ({
              id: i.id,
              label: `QĐ ${i.decisionNumber}, kiểm tra ngày ${fmtDate(i.visitDate)}${i._count.reports ? " (đã báo cáo)" : ""}`,
            }))}
            items={items.map((i) => ({
              id: i.id,
              problem: i.problem,
              status: i.status,
              evidence: i.updates.filter((u) => u.attachment).length,
            }))}
          />
        </details>
      ) : null}
    </>
  );
}
