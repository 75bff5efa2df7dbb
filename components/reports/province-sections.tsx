// The overview's index sections: averages and classifications per group, units per band, movers.
import Link from "next/link";
import { fmt2 } from "@/lib/format";
import { groupLabel } from "@/lib/labels";
import { TONES } from "@/lib/reports/colour-scale";
import type { ProvinceOverview } from "@/lib/queries/reports/province-overview";
import type { Mover } from "@/lib/reports/province-figures";
import { ClassificationBadge, Delta, RankDelta } from "./cells";
import { BandChart } from "./band-chart";
import { ChartTable } from "./chart-table";
import { TableScroll } from "@/components/ui/table-scroll";

export function ProvinceSections({ o }: { o: ProvinceOverview }) {
  if (o.year === null) return null;
  const labels = [...new Set(o.groups.flatMap((g) => g.byClassification.map((c) => c.label)))];
  const bands = o.groups[0]?.bands ?? [];
  return (
    <section className="mt-8" aria-labelledby="chi-so-tinh">
      <h2 id="chi-so-tinh" className="text-lg font-semibold">
        Chỉ số CCHC năm {o.year}
        {o.kind === "live" ? " (tạm tính)" : ""} toàn tỉnh
      </h2>
      <TableScroll className="mt-3 rounded-lg border border-slate-200 bg-white" label="Chỉ số theo khối">
        <table className="w-full text-sm" data-testid="group-averages">
          <caption className="sr-only">Bình quân chỉ số và số đơn vị theo xếp loại của từng khối</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">
                Khối
              </th>
              <th scope="col" className="p-2 text-right">
                Số đơn vị
              </th>
              <th scope="col" className="p-2 text-right">
                Chỉ số bình quân
              </th>
              {labels.map((l) => (
                <th key={l} scope="col" className="p-2 text-right">
                  <ClassificationBadge label={l} bands={bands} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.groups.map((g) => (
              <tr key={g.group} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-normal">
                  <Link href={`/xep-hang?nam=${o.year}&khoi=${g.group}`} className="text-brand-700 underline">
                    {groupLabel(g.group)}
                  </Link>
                </th>
                <td className="num p-2 text-right">{g.units}</td>
                <td className="num p-2 text-right font-semibold">{fmt2(g.average)}</td>
                {labels.map((l) => (
                  <td key={l} className="num p-2 text-right">
                    {g.byClassification.find((c) => c.label === l)?.count ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 text-sm font-medium">Số đơn vị theo mức chỉ số</figcaption>
          <BandChart
            bars={o.indexBands.map((b, i) => ({
              label: b.label.replace("từ ", "").replace(" trở lên", "+").replace(" đến dưới ", "–"),
              count: b.count,
              colour: TONES[i]!.tone.mark,
            }))}
          />
          <ChartTable
            id="bang-muc-chi-so"
            caption="Số đơn vị theo mức chỉ số"
            head={["Mức chỉ số", "Số đơn vị"]}
            rows={o.indexBands.map((b) => [b.label, b.count])}
          />
        </figure>
        <Movers
          title="Tăng nhiều nhất so với năm trước"
          movers={o.risers}
          empty="Không có đơn vị nào tăng."
        />
        <Movers
          title="Giảm nhiều nhất so với năm trước"
          movers={o.fallers}
          empty="Không có đơn vị nào giảm."
        />
      </div>
    </section>
  );
}

function Movers({ title, movers, empty }: { title: string; movers: Mover[]; empty: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 className="mb-2 text-sm font-medium">{title}</h3>
      {movers.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {movers.map((m) => (
            <li key={m.code} className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span>
                {m.name} <span className="text-xs text-slate-600">({groupLabel(m.group)})</span>
              </span>
              <span className="flex gap-2">
                <span className="num">{fmt2(m.index)}</span>
                <Delta value={m.indexChange} />
                <RankDelta value={m.rankChange} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
