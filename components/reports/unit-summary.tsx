// The year in one sentence and four figures, and the index and rank over the years.
import { fmt2 } from "@/lib/format";
import type { UnitYear } from "@/lib/queries/reports/unit-profile";
import type { HistoryPoint } from "@/lib/reports/unit-history";
import { StatCard } from "@/components/ui/stat-card";
import { ClassificationBadge, Delta, RankDelta } from "./cells";
import { ChartTable } from "./chart-table";
import { ProvisionalNote, ResultSource } from "./result-source";
import { TrendChart } from "./unit-charts";

export function UnitYearSummary({ c }: { c: UnitYear }) {
  return (
    <section className="mt-6" aria-labelledby="ket-qua-nam">
      <h2 id="ket-qua-nam" className="text-lg font-semibold">Kết quả năm {c.year} <span className="text-sm font-normal text-slate-600">· <ResultSource data={c} /></span></h2>
      {c.kind === "live" ? <div className="mt-2"><ProvisionalNote /></div> : null}
      <p className="mt-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-3 text-base" data-testid="year-summary">{c.summary}</p>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Chỉ số CCHC" value={fmt2(c.index)} hint={<>{fmt2(c.achieved)}/{fmt2(c.max)} điểm · bình quân khối {fmt2(c.groupAverageIndex)}</>} />
        <StatCard label="Thứ hạng trong khối" value={c.rank === null ? "—" : `${c.rank}/${c.groupSize}`} hint={<RankDelta value={c.rankChange} />} />
        <StatCard label="Xếp loại" value={<ClassificationBadge label={c.classification} bands={c.bands} />} />
        <StatCard label="So với năm trước" value={<Delta value={c.indexChange} />} hint="điểm chỉ số" />
      </div>
    </section>
  );
}

export function UnitHistory({ history }: { history: HistoryPoint[] }) {
  const groupSize = Math.max(0, ...history.map((h) => h.groupSize));
  const label = (h: HistoryPoint) => `${h.year}${h.provisional ? " (tạm tính)" : ""}`;
  return (
    <section className="mt-8" aria-labelledby="qua-cac-nam">
      <h2 id="qua-cac-nam" className="mb-2 text-lg font-semibold">Chỉ số và thứ hạng qua các năm</h2>
      <figure className="rounded-lg border border-slate-200 bg-white p-3">
        <figcaption className="mb-2 text-sm text-slate-600">Đường liền: chỉ số (trục trái); đường đứt: thứ hạng (trục phải, hạng 1 ở trên).</figcaption>
        <TrendChart groupSize={groupSize} points={history.map((h) => ({ year: label(h), index: h.index, rank: h.rank }))} />
        <ChartTable id="bang-qua-cac-nam" caption="Chỉ số và thứ hạng qua các năm" head={["Năm", "Chỉ số", "Thứ hạng", "Xếp loại"]}
          rows={history.map((h) => [label(h), fmt2(h.index), h.rank === null ? "—" : `${h.rank}/${h.groupSize}`, h.classification ?? "—"])} />
      </figure>
    </section>
  );
}
