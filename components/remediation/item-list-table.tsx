// Items across units (overdue list, notifications): unit, problem, owner, deadline, status.
import Link from "next/link";
import { fmtDate, fmtInt } from "@/lib/format";
import type { RemediationStatus } from "@/lib/remediation/status";
import { StatusBadge } from "./status-badge";
import { TableScroll } from "@/components/ui/table-scroll";

export type ListedItem = {
  id: number;
  problem: string;
  owner: string;
  deadline: string;
  status: RemediationStatus;
  daysLate?: number;
  plan: { year: number; unit: { code: string; name: string } };
};

export function ItemListTable({
  items,
  empty,
  testId,
}: {
  items: ListedItem[];
  empty: string;
  testId?: string;
}) {
  const late = items.some((i) => i.daysLate !== undefined);
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Đơn vị</th>
            <th className="p-2">Tồn tại, hạn chế</th>
            <th className="p-2">Chịu trách nhiệm</th>
            <th className="p-2">Thời hạn</th>
            {late ? <th className="p-2 text-right">Quá hạn (ngày)</th> : null}
            <th className="p-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-t border-slate-100 align-top">
              <td className="min-w-36 p-2">{i.plan.unit.name}</td>
              <td className="min-w-64 p-2">
                <Link
                  href={`/khac-phuc/${i.plan.unit.code}?nam=${i.plan.year}#item-${i.id}`}
                  className="text-brand-700 underline"
                >
                  {i.problem}
                </Link>
              </td>
              <td className="min-w-32 p-2">{i.owner}</td>
              <td className="num whitespace-nowrap p-2">{fmtDate(i.deadline)}</td>
              {late ? (
                <td className="num p-2 text-right font-semibold text-red-700">{fmtInt(i.daysLate)}</td>
              ) : null}
              <td className="p-2">
                <StatusBadge status={i.status} />
              </td>
            </tr>
          ))}
          {items.length === 0 ? (
            <tr>
              <td colSpan={6} className="p-4 text-slate-500">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
