// Deficiencies (largest loss first), what the index and rank would be after repairing each, and
// the inputs still missing.
import { fmt2 } from "@/lib/format";
import type { Fix, UnitResult } from "@/lib/scoring";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitFixes({ unit, fixes, lostTotal }: { unit: UnitResult; fixes: Fix[]; lostTotal: number }) {
  const fixOf = new Map(fixes.map((f) => [f.code, f]));
  return (
    <section className="mt-6" aria-labelledby="diem-bi-mat">
      <h2 id="diem-bi-mat" className="mb-1 text-lg font-semibold">
        Điểm bị mất và nên khắc phục
      </h2>
      <p className="mb-2 text-sm text-slate-700">
        {unit.deficiencies.length} tiêu chí mất tổng cộng {fmt2(lostTotal)} điểm. Cột “nếu khắc phục” cho chỉ
        số và thứ hạng đơn vị đạt được nếu riêng tiêu chí đó đạt điểm tối đa (các đơn vị khác giữ nguyên).
      </p>
      <TableScroll className="rounded border border-slate-200 bg-white">
        <table className="w-full min-w-[36rem] text-sm" data-testid="deficiencies">
          <caption className="sr-only">Tiêu chí bị mất điểm, nhiều nhất trước</caption>
          <thead className="bg-slate-100 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2">
                Tiêu chí
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Điểm bị mất
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Chỉ số nếu khắc phục
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Thứ hạng nếu khắc phục
              </th>
            </tr>
          </thead>
          <tbody>
            {unit.deficiencies.map((d) => {
              const f = fixOf.get(d.code);
              return (
                <tr key={d.code} className="border-t border-slate-100">
                  <td className="px-2 py-1.5">
                    <span className="font-mono text-xs">{d.code}</span> {d.name}
                  </td>
                  <td className="num px-2 py-1.5 text-right text-red-800">{fmt2(d.lost)}</td>
                  <td className="num px-2 py-1.5 text-right whitespace-nowrap">
                    {f ? (
                      <>
                        {fmt2(f.newIndex)} <span className="text-green-800">(+{fmt2(f.indexGain)})</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="num px-2 py-1.5 text-right whitespace-nowrap">
                    {f ? (
                      <>
                        {f.newRank}
                        {f.rankGain > 0 ? <span className="text-green-800"> (lên {f.rankGain})</span> : null}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
            {unit.deficiencies.length === 0 ? (
              <tr>
                <td colSpan={4} className="p-3 text-slate-600">
                  Không mất điểm ở tiêu chí nào.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      {unit.missing.length ? (
        <p className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Chưa có số liệu ({unit.missing.length} tiêu chí, đang tính 0 điểm):{" "}
          <span className="font-mono">{unit.missing.join(", ")}</span>
        </p>
      ) : null}
    </section>
  );
}
