import Link from "next/link";
import type { PlanTaskRow } from "@/lib/queries/plan/plan-task-list";
import { PLAN_STATUS_LABELS } from "@/lib/plan/plan-task";
import { fmtDate } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Tasks of the plan; overdue ones (not done, past the deadline) and late completions are marked. */
export function PlanTasksTable({
  tasks,
  today,
  editable,
}: {
  tasks: PlanTaskRow[];
  today: string;
  editable: (unitId: number) => boolean;
}) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Nhiệm vụ kế hoạch CCHC; nhiệm vụ quá hạn được tô đỏ</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Mã</th>
            <th className="p-2">Đơn vị</th>
            <th className="p-2">Nhiệm vụ</th>
            <th className="p-2">Sản phẩm</th>
            <th className="p-2">Hạn</th>
            <th className="p-2">Trạng thái</th>
            <th className="p-2">Hoàn thành</th>
            <th className="p-2">
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => {
            const overdue = t.status !== "DONE" && day(t.deadline) < today;
            const late =
              t.status === "DONE" && t.completedAt !== null && day(t.completedAt) > day(t.deadline);
            return (
              <tr
                key={t.id}
                className={`border-t border-slate-100 ${overdue ? "bg-red-50" : ""}`}
                data-overdue={overdue || undefined}
              >
                <td className="p-2 font-mono text-xs">{t.code}</td>
                <td className="p-2">{t.unit.name}</td>
                <td className="p-2">
                  {t.title}
                  {t.assignedByProvince ? (
                    <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-blue-800">Tỉnh giao</span>
                  ) : null}
                </td>
                <td className="p-2">{t.product}</td>
                <td className="p-2">{fmtDate(t.deadline)}</td>
                <td className="p-2">
                  {overdue ? <strong className="text-red-700">Quá hạn</strong> : PLAN_STATUS_LABELS[t.status]}
                </td>
                <td className="p-2">
                  {t.completedAt ? fmtDate(t.completedAt) : "—"}
                  {late ? <span className="ml-1 text-xs text-amber-700">(trễ hạn)</span> : null}
                </td>
                <td className="p-2">
                  {editable(t.unitId) ? (
                    <Link className="text-brand-700 underline" href={`/ke-hoach/${t.id}`}>
                      Sửa
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
          {tasks.length === 0 ? (
            <tr>
              <td colSpan={8} className="p-4 text-slate-500">
                Chưa có nhiệm vụ nào trong năm này.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
