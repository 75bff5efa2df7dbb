// Units × fields, each cell coloured by its component index and showing the value.
import { fmt2 } from "@/lib/format";
import type { RankingData } from "@/lib/queries/reports/rankings";
import { IndexCell } from "./cells";
import { TableScroll } from "@/components/ui/table-scroll";

export function HeatmapTable({ data }: { data: RankingData }) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Bản đồ nhiệt">
      <table className="w-full border-separate border-spacing-0.5 text-sm" data-testid="heatmap">
        <caption className="sr-only">Chỉ số thành phần theo đơn vị và lĩnh vực năm {data.year}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="p-2 text-right">
              Hạng
            </th>
            <th scope="col" className="sticky left-0 z-10 min-w-40 bg-white p-2">
              Đơn vị
            </th>
            {data.fields.map((f) => (
              <th key={f.code} scope="col" className="p-2 text-right" title={f.name}>
                <span aria-hidden="true">LV{f.code}</span>
                <span className="sr-only">
                  Lĩnh vực {f.code}: {f.name}
                </span>
              </th>
            ))}
            <th scope="col" className="p-2 text-right">
              Chỉ số
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.code}>
              <td className="num p-2 text-right">{r.rank ?? "—"}</td>
              <th scope="row" className="sticky left-0 z-10 bg-white p-2 text-left font-normal">
                {r.name}
              </th>
              {data.fields.map((f) => (
                <IndexCell key={f.code} value={r.fields[f.code] ?? null} className="rounded" />
              ))}
              <IndexCell value={r.index} className="rounded font-semibold" />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-medium">
            <td />
            <th scope="row" className="sticky left-0 z-10 bg-white p-2 text-left">
              Bình quân khối
            </th>
            {data.fields.map((f) => (
              <IndexCell key={f.code} value={data.average.fields[f.code] ?? null} className="rounded" />
            ))}
            <td className="num p-2 text-right">{fmt2(data.average.index)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
