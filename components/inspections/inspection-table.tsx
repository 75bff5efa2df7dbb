import Link from "next/link";
import { fmtDate, fmtInt } from "@/lib/format";
import type { InspectionListRow } from "@/lib/inspections/queries";
import { TableScroll } from "@/components/ui/table-scroll";

export function InspectionTable({ rows }: { rows: InspectionListRow[] }) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Danh sách kiểm tra">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Quyết định</th>
            <th className="p-2">Đơn vị được kiểm tra</th>
            <th className="p-2">Ngày kiểm tra</th>
            <th className="p-2">Trưởng đoàn</th>
            <th className="p-2 text-right">Tồn tại, hạn chế</th>
            <th className="p-2">Báo cáo khắc phục</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="p-2">
                <Link href={`/kiem-tra/${r.id}`} className="text-brand-700 underline">
                  {r.decisionNumber}
                </Link>
                <span className="block text-xs text-slate-500">ngày {fmtDate(r.decisionDate)}</span>
              </td>
              <td className="p-2">{r.unit.name}</td>
              <td className="num p-2">{fmtDate(r.visitDate)}</td>
              <td className="p-2">{r.teamLead}</td>
              <td className="num p-2 text-right">{fmtInt(r._count.findings)}</td>
              <td className="p-2">
                {r._count.reports ? (
                  <span className="text-green-700">Đã báo cáo</span>
                ) : r._count.findings ? (
                  <span className="text-red-700">Chưa báo cáo</span>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="p-4 text-slate-500">
                Chưa có cuộc kiểm tra nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
