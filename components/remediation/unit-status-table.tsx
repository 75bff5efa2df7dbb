import Link from "next/link";
import { fmtDate, fmtInt, fmtPct } from "@/lib/format";
import type { UnitStatusRow } from "@/lib/remediation/follow-up";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitStatusTable({ rows, year }: { rows: UnitStatusRow[]; year: number }) {
  const th = "p-2 text-right";
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Đơn vị</th>
            <th className={th}>Số mục</th>
            <th className={th}>Chưa thực hiện</th>
            <th className={th}>Đang thực hiện</th>
            <th className={th}>Chờ xác nhận</th>
            <th className={th}>Đã xác nhận</th>
            <th className={th}>Mở lại</th>
            <th className={th}>Tỷ lệ xác nhận</th>
            <th className={th}>Quá hạn</th>
            <th className="p-2">Báo cáo</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.planId} className="border-t border-slate-100" data-testid={`status-${r.unit.code}`}>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/khac-phuc/${r.unit.code}?nam=${year}`} className="text-brand-700 underline">
                  {r.unit.name}
                </Link>
              </th>
              <td className="num p-2 text-right">{fmtInt(r.total)}</td>
              <td className="num p-2 text-right">{fmtInt(r.planned)}</td>
              <td className="num p-2 text-right">{fmtInt(r.inProgress)}</td>
              <td className="num p-2 text-right">{fmtInt(r.done)}</td>
              <td className="num p-2 text-right">{fmtInt(r.verified)}</td>
              <td className="num p-2 text-right">{fmtInt(r.reopened)}</td>
              <td className="num p-2 text-right">{fmtPct(r.verifiedShare)}</td>
              <td className={`num p-2 text-right ${r.overdue ? "font-semibold text-red-700" : ""}`}>
                {fmtInt(r.overdue)}
              </td>
              <td className="whitespace-nowrap p-2">
                {r.lastReportAt ? (
                  fmtDate(r.lastReportAt)
                ) : (
                  <span className="text-red-700">Chưa báo cáo</span>
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={10} className="p-4 text-slate-500">
                Chưa có kế hoạch khắc phục nào cho năm {year}.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
