// Where the points were lost (largest first) and which fixes would gain most.
import { fmt2 } from "@/lib/format";
import { round2 } from "@/lib/scoring";
import type { UnitYear } from "@/lib/queries/reports/unit-profile";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitLosses({ c }: { c: UnitYear }) {
  const total = round2(c.deficiencies.reduce((a, d) => a + d.lost, 0));
  return (
    <section className="mt-8 grid gap-6 lg:grid-cols-2">
      <div>
        <h2 className="mb-2 text-lg font-semibold">
          Điểm bị mất ({c.deficiencies.length} tiêu chí, {fmt2(total)} điểm)
        </h2>
        <div
          tabIndex={0}
          role="region"
          aria-label="Danh sách tiêu chí bị mất điểm"
          className="relative max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white print:max-h-none"
        >
          <table className="w-full text-sm" data-testid="deficiency-table">
            <caption className="sr-only">Các tiêu chí bị mất điểm, nhiều nhất trước</caption>
            <thead className="sticky top-0 bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  Mã
                </th>
                <th scope="col" className="p-2">
                  Tiêu chí
                </th>
                <th scope="col" className="p-2 text-right">
                  Điểm bị mất
                </th>
              </tr>
            </thead>
            <tbody>
              {c.deficiencies.map((d) => (
                <tr key={d.code} className="border-t border-slate-100">
                  <td className="p-2 font-mono text-xs">{d.code}</td>
                  <td className="p-2">{d.name}</td>
                  <td className="num p-2 text-right text-red-800">{fmt2(d.lost)}</td>
                </tr>
              ))}
              {c.deficiencies.length === 0 ? (
                <tr>
                  <td colSpan={3} className="p-3 text-slate-600">
                    Không mất điểm ở tiêu chí nào.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Nên khắc phục trước</h2>
        <p className="mb-2 text-sm text-slate-700">
          Chỉ số và thứ hạng nếu riêng tiêu chí đó đạt điểm tối đa (các đơn vị khác giữ nguyên).
        </p>
        <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Điểm bị mất">
          <table className="w-full text-sm" data-testid="fix-table">
            <caption className="sr-only">Tiêu chí nên khắc phục trước</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  Tiêu chí
                </th>
                <th scope="col" className="p-2 text-right">
                  Chỉ số mới
                </th>
                <th scope="col" className="p-2 text-right">
                  Thứ hạng mới
                </th>
              </tr>
            </thead>
            <tbody>
              {c.fixes.map((f) => (
                <tr key={f.code} className="border-t border-slate-100">
                  <td className="p-2">
                    <span className="font-mono text-xs">{f.code}</span> {f.name}
                  </td>
                  <td className="num whitespace-nowrap p-2 text-right">
                    {fmt2(f.newIndex)} <span className="text-green-800">(+{fmt2(f.indexGain)})</span>
                  </td>
                  <td className="num whitespace-nowrap p-2 text-right">
                    {f.newRank}
                    {f.rankGain > 0 ? <span className="text-green-800"> (lên {f.rankGain})</span> : null}
                  </td>
                </tr>
              ))}
              {c.fixes.length === 0 ? (
                <tr>
                  <td colSpan={3} className="p-3 text-slate-600">
                    Không có tiêu chí cần khắc phục.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
