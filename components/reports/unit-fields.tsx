// The unit's component indices against the group average, and how each changed since last year.
import { fmt2 } from "@/lib/format";
import type { UnitYear } from "@/lib/queries/reports/unit-profile";
import { Delta, IndexCell } from "./cells";
import { FieldCompareChart } from "./unit-charts";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitFields({ c }: { c: UnitYear }) {
  const down = c.fields
    .filter((f) => f.indexChange !== null && f.indexChange < 0)
    .sort((a, b) => a.indexChange! - b.indexChange!);
  return (
    <section className="mt-8" aria-labelledby="linh-vuc">
      <h2 id="linh-vuc" className="mb-2 text-lg font-semibold">
        Chỉ số thành phần so với bình quân khối
      </h2>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 text-sm text-slate-600">
            Chỉ số thành phần của đơn vị (xanh đậm) và bình quân khối (xám) theo lĩnh vực; số liệu trong bảng
            bên cạnh.
          </figcaption>
          <FieldCompareChart
            bars={c.fields.map((f) => ({ field: `LV${f.code}`, unit: f.index, average: f.groupAverage }))}
          />
        </figure>
        <TableScroll
          className="rounded-lg border border-slate-200 bg-white"
          label="Chỉ số thành phần theo lĩnh vực"
        >
          <table className="w-full text-sm" data-testid="field-table">
            <caption className="sr-only">Chỉ số thành phần theo lĩnh vực năm {c.year}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  Lĩnh vực
                </th>
                <th scope="col" className="p-2 text-right">
                  Điểm
                </th>
                <th scope="col" className="p-2 text-right">
                  Chỉ số
                </th>
                <th scope="col" className="p-2 text-right">
                  Bình quân khối
                </th>
                <th scope="col" className="p-2 text-right">
                  So với năm trước
                </th>
              </tr>
            </thead>
            <tbody>
              {c.fields.map((f) => (
                <tr key={f.code} className="border-t border-slate-100">
                  <th scope="row" className="min-w-44 p-2 text-left font-normal">
                    <span className="font-semibold">LV{f.code}</span> {f.name}
                  </th>
                  <td className="num whitespace-nowrap p-2 text-right">
                    {fmt2(f.achieved)}/{fmt2(f.max)}
                  </td>
                  <IndexCell value={f.index} />
                  <td className="num p-2 text-right">{fmt2(f.groupAverage)}</td>
                  <td className="p-2 text-right">
                    <Delta value={f.indexChange} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <h3 className="mb-1 mt-4 font-semibold">Lĩnh vực giảm so với năm trước</h3>
      {down.length === 0 ? (
        <p className="text-sm text-slate-700">
          {c.indexChange === null ? "Chưa có kết quả năm trước để so sánh." : "Không có lĩnh vực nào giảm."}
        </p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {down.map((f) => (
            <li key={f.code}>
              LV{f.code} {f.name}: chỉ số thành phần giảm{" "}
              <span className="num font-semibold">{fmt2(-f.indexChange!)}</span>
              {f.pointsChange !== null ? <> ({fmt2(-f.pointsChange)} điểm)</> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
