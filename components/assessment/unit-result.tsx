// A unit's published result: index, rank, classification, and every leaf with the points lost and
// the appraisers' reasons and comments.
import type { UnitPublished } from "@/lib/assessment/publication";
import { fmt2 } from "@/lib/format";
import { StatCard } from "@/components/ui/stat-card";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitResultView({ data }: { data: UnitPublished }) {
  const r = data.result;
  const lost = data.leaves.filter((l) => l.lost > 0);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="unit-result">
        <StatCard label="Chỉ số CCHC" value={fmt2(r.index)} />
        <StatCard label="Xếp hạng" value={r.rank ? `${r.rank}/${data.unitsInGroup}` : "—"} />
        <StatCard label="Xếp loại" value={r.classification ?? "—"} />
        <StatCard label="Điểm đạt" value={`${fmt2(r.achieved)}/${fmt2(r.max)}`} />
      </div>
      {data.comment ? (
        <p className="rounded border border-blue-200 bg-blue-50 p-3 text-sm">
          <strong>Nhận xét chung của Sở Nội vụ:</strong> {data.comment}
        </p>
      ) : null}
      <h2 className="text-lg font-semibold">Điểm từng tiêu chí ({lost.length} tiêu chí bị mất điểm)</h2>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Mã</th>
              <th className="p-2">Tiêu chí</th>
              <th className="p-2 text-right">Tối đa</th>
              <th className="p-2 text-right">Đạt</th>
              <th className="p-2 text-right">Mất</th>
              <th className="p-2">Lý do thẩm định · nhận xét</th>
            </tr>
          </thead>
          <tbody>
            {data.leaves.map((l) => (
              <tr
                key={l.code}
                className={`border-t border-slate-100 align-top ${l.lost > 0 ? "bg-red-50/50" : ""}`}
              >
                <td className="num p-2">{l.code}</td>
                <td className="p-2">
                  {l.name}
                  {l.notApplicable ? " (không áp dụng)" : ""}
                </td>
                <td className="num p-2 text-right">{fmt2(l.max)}</td>
                <td className="num p-2 text-right">{fmt2(l.points)}</td>
                <td className="num p-2 text-right">
                  {l.lost > 0 ? <strong className="text-red-700">{fmt2(l.lost)}</strong> : "—"}
                </td>
                <td className="p-2">{[l.reason, l.comment].filter(Boolean).join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
