// Per unit of a round: rank, achieved and max, index, classification, provisional flag, points
// lost and missing inputs; each unit links to its detail.
import Link from "next/link";
import { fmt2 } from "@/lib/format";
import { round2, type UnitResult } from "@/lib/scoring";
import { linkClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";

/** `live`: computed now from an unpublished round, so every line is provisional, not only those with unappraised values. */
export function RoundResultTable({
  roundId,
  units,
  live = false,
}: {
  roundId: number;
  units: UnitResult[];
  live?: boolean;
}) {
  const byRank = [...units].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, "vi"),
  );
  return (
    <TableScroll className="rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm" data-testid="round-result-table">
        <caption className="sr-only">Kết quả theo đơn vị</caption>
        <thead className="bg-slate-100 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-right">
              Hạng
            </th>
            <th scope="col" className="px-3 py-2">
              Đơn vị
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Điểm đạt / tối đa
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Chỉ số
            </th>
            <th scope="col" className="px-3 py-2">
              Xếp loại
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Điểm bị mất
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Thiếu số liệu
            </th>
          </tr>
        </thead>
        <tbody>
          {byRank.map((u) => (
            <tr key={u.unit} className="border-t border-slate-100">
              <td className="num px-3 py-2 text-right font-medium">{u.rank ?? "—"}</td>
              <td className="px-3 py-2">
                <Link className={linkClass} href={`/ket-qua/${roundId}/${encodeURIComponent(u.unit)}`}>
                  {u.name}
                </Link>
                {live || u.provisional ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                    tạm tính
                  </span>
                ) : null}
              </td>
              <td className="num px-3 py-2 text-right whitespace-nowrap">
                {fmt2(u.achieved)} / {fmt2(u.max)}
              </td>
              <td className="num px-3 py-2 text-right font-semibold">
                {fmt2(u.index === null ? null : round2(u.index))}
              </td>
              <td className="px-3 py-2">{u.classification ?? "—"}</td>
              <td className="num px-3 py-2 text-right text-red-800">
                {fmt2(round2(u.deficiencies.reduce((s, d) => s + d.lost, 0)))}
              </td>
              <td className="num px-3 py-2 text-right">{u.missing.length || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
