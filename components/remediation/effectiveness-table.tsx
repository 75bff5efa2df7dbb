import { fmt2, fmtDelta } from "@/lib/format";
import type { EffectivenessRow } from "@/lib/remediation/follow-up";
import { StatusBadge } from "./status-badge";
import { TableScroll } from "@/components/ui/table-scroll";

export function EffectivenessTable({ rows, year }: { rows: EffectivenessRow[]; year: number }) {
  const pts = (p: EffectivenessRow["now"]) => (p ? `${fmt2(p.points)}/${fmt2(p.max)}` : "—");
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="effectiveness">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Đơn vị</th>
            <th className="p-2">Tiêu chí</th>
            <th className="p-2">Trạng thái khắc phục</th>
            <th className="p-2 text-right">Điểm năm {year}</th>
            <th className="p-2 text-right">Điểm năm {year + 1}</th>
            <th className="p-2 text-right">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.unit.code}|${r.code}`} className="border-t border-slate-100">
              <td className="min-w-40 p-2">{r.unit.name}</td>
              <td className="p-2">
                <span className="num font-medium">{r.code}</span>
                {(r.now ?? r.next) ? (
                  <span className="block text-xs text-slate-500">{(r.now ?? r.next)!.name}</span>
                ) : null}
              </td>
              <td className="p-2">
                <span className="flex flex-wrap gap-1">
                  {r.statuses.map((s, i) => (
                    <StatusBadge key={i} status={s} />
                  ))}
                </span>
              </td>
              <td className="num p-2 text-right">{pts(r.now)}</td>
              <td className="num p-2 text-right">
                {r.nextPublished ? (
                  pts(r.next)
                ) : (
                  <span className="whitespace-nowrap text-slate-500">chưa có kết quả</span>
                )}
              </td>
              <td
                className={`num p-2 text-right ${r.change === null ? "" : r.change > 0 ? "text-green-700" : r.change < 0 ? "text-red-700" : ""}`}
              >
                {r.change === null ? "—" : fmtDelta(r.change)}
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="p-4 text-slate-500">
                Chưa có mục khắc phục nào gắn với tiêu chí trong năm {year}.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
