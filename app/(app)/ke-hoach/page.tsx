import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { planTaskList } from "@/lib/queries/plan/plan-task-list";
import { planRates } from "@/lib/queries/plan/plan-rates";
import { planYears } from "@/lib/queries/plan/plan-years";
import { fmtInt, fmtPct } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { YearPicker } from "@/components/cases/year-picker";
import { PlanTasksTable } from "@/components/plan/plan-tasks-table";
import { PlanTaskForm } from "@/components/plan/plan-task-form";
import { unitChoices } from "@/lib/units/queries";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Kế hoạch CCHC" };

export default async function PlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("plan:read");
  const unitIds = scopedUnitIds(user, "plan:read");
  const now = new Date();
  const sp = await searchParams;
  // Without a chosen year: the latest year that has tasks (the current year's plan may not be entered yet).
  const withTasks = await planYears(unitIds);
  const year =
    Number(sp.nam) >= 2000 && Number(sp.nam) <= 2100 ? Number(sp.nam) : (withTasks[0] ?? now.getFullYear());
  const years = [...new Set([now.getFullYear() + 1, now.getFullYear(), ...withTasks, year])].sort(
    (a, b) => b - a,
  );
  const writeIds = can(user, "plan:write") ? scopedUnitIds(user, "plan:write") : [];
  const [tasks, rates, units] = await Promise.all([
    planTaskList(year, unitIds),
    planRates(year, unitIds, now),
    unitChoices(writeIds),
  ]);
  const names = new Map(tasks.map((t) => [t.unitId, t.unit.name]));
  rates.sort((a, b) => (names.get(a.unitId) ?? "").localeCompare(names.get(b.unitId) ?? "", "vi"));
  const today = now.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={`Kế hoạch CCHC năm ${year}`}
        description="Nhiệm vụ, sản phẩm, thời hạn và kết quả thực hiện; nhiệm vụ quá hạn được tô đỏ"
        actions={<YearPicker years={years} year={year} />}
      />
      <h2 className="mb-2 text-lg font-semibold">Tỷ lệ hoàn thành theo đơn vị</h2>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Đơn vị</th>
              <th className="p-2 text-right">Nhiệm vụ</th>
              <th className="p-2 text-right">Hoàn thành</th>
              <th className="p-2 text-right">Đúng hạn</th>
              <th className="p-2 text-right">Quá hạn</th>
              <th className="p-2 text-right">Tỉnh giao: hoàn thành / đúng hạn</th>
              <th className="p-2 text-right">Tỷ lệ hoàn thành</th>
              <th className="p-2 text-right">Tỷ lệ đúng hạn</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.unitId} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-normal">
                  {names.get(r.unitId) ?? r.unitId}
                </th>
                <td className="num p-2 text-right">{fmtInt(r.total)}</td>
                <td className="num p-2 text-right">{fmtInt(r.done)}</td>
                <td className="num p-2 text-right">{fmtInt(r.doneOnTime)}</td>
                <td className={`num p-2 text-right ${r.overdue ? "font-semibold text-red-700" : ""}`}>
                  {fmtInt(r.overdue)}
                </td>
                <td className="num p-2 text-right">
                  {fmtInt(r.provinceAssignedDone)}/{fmtInt(r.provinceAssigned)} ·{" "}
                  {fmtInt(r.provinceAssignedOnTime)}/{fmtInt(r.provinceAssigned)}
                </td>
                <td className="num p-2 text-right">{fmtPct(r.completionRate)}</td>
                <td className="num p-2 text-right">{fmtPct(r.onTimeRate)}</td>
              </tr>
            ))}
            {rates.length === 0 ? (
              <tr>
                <td colSpan={8} className="p-4 text-slate-500">
                  Chưa có nhiệm vụ nào của năm {year}
                  {withTasks.length ? ` (các năm đã có nhiệm vụ: ${withTasks.join(", ")})` : ""}.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      {units.length ? (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Thêm nhiệm vụ</h2>
          <PlanTaskForm
            units={units}
            canManage={can(user, "plan:manage")}
            defaults={{
              year,
              code: "",
              unitId: units.length === 1 ? units[0]!.id : null,
              title: "",
              product: "",
              deadline: "",
              status: "NOT_STARTED",
              completedAt: "",
              assignedByProvince: false,
              note: "",
            }}
          />
        </>
      ) : null}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Nhiệm vụ ({fmtInt(tasks.length)})</h2>
      <PlanTasksTable tasks={tasks} today={today} editable={(unitId) => can(user, "plan:write", unitId)} />
    </>
  );
}
