// The year in one sentence and four figures, and the index and rank over the years.
import { fmt2, fmtDate } from "@/lib/format";
import type { Predecessor, UnitYear } from "@/lib/queries/reports/unit-profile";
import type { HistoryPoint } from "@/lib/reports/unit-history";
import { StatCard } from "@/components/ui/stat-card";
import { ClassificationBadge, Delta, RankDelta } from "./cells";
import { ChartTable } from "./chart-table";
import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { ProvisionalNote, ResultSource } from "./result-source";
import { TrendChart } from "./unit-charts";

export function UnitYearSummary({ c }: { c: UnitYear }) {
  return (
    <section className="mt-6" aria-labelledby="ket-qua-nam">
      <h2 id="ket-qua-nam" className="text-lg font-semibold">
        Kết quả năm {c.year}{" "}
        <span className="text-sm font-normal text-slate-600">
          · <ResultSource data={c} />
        </span>
      </h2>
      {c.kind === "live" ? (
        <div className="mt-2">
          <ProvisionalNote />
        </div>
      ) : null}
      <p
        className="mt-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-3 text-base"
        data-testid="year-summary"
      >
        {c.summary}
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label="Chỉ số CCHC"
          value={fmt2(c.index)}
          hint={
            <>
              {fmt2(c.achieved)}/{fmt2(c.max)} điểm · bình quân khối {fmt2(c.groupAverageIndex)}
            </>
          }
        />
        <StatCard
          label="Thứ hạng trong khối"
          value={c.rank === null ? "—" : `${c.rank}/${c.groupSize}`}
          hint={
            c.basis && c.rankChange === null ? (
              "không so sánh thứ hạng: đơn vị mới sau sắp xếp"
            ) : (
              <RankDelta value={c.rankChange} />
            )
          }
        />
        <StatCard label="Xếp loại" value={<ClassificationBadge label={c.classification} bands={c.bands} />} />
        <StatCard
          label="So với năm trước"
          value={<Delta value={c.indexChange} />}
          hint={c.basis ? "so với đơn vị tiền thân" : "điểm chỉ số"}
        />
      </div>
      {c.basis ? <ComparisonBasisNote c={c} basis={c.basis} /> : null}
    </section>
  );
}

/** Which predecessors the change was taken against, and why ranks are not compared (issue 11). */
function ComparisonBasisNote({ c, basis }: { c: UnitYear; basis: NonNullable<UnitYear["basis"]> }) {
  const renamed = c.rankChange !== null;
  const weighted = basis.some((b) => b.weight !== 1);
  return (
    <div
      className="mt-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      data-testid="comparison-basis"
    >
      <p>
        {renamed ? (
          <>Năm {c.year - 1} đơn vị mang tên, mã cũ; so sánh với kết quả của chính đơn vị dưới tên cũ:</>
        ) : (
          <>
            Đơn vị được thành lập hoặc mở rộng năm {c.year} khi sắp xếp đơn vị hành chính: thay đổi chỉ số
            được tính so với bình quân{weighted ? " (theo tỷ lệ kế thừa)" : ""} chỉ số năm {c.year - 1} của
            các đơn vị tiền thân. Không so sánh thứ hạng vì khối xếp hạng đã khác trước.
          </>
        )}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {basis.map((b) => (
          <li key={b.unit}>
            {b.name}: <span className="num">{b.index === null ? "chưa có kết quả" : fmt2(b.index)}</span>
            {b.weight !== 1 ? (
              <>
                {" "}
                (tỷ lệ <span className="num">{fmt2(b.weight)}</span>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The published results of the units this one replaced, marked as theirs. */
export function UnitPredecessors({ predecessors }: { predecessors: Predecessor[] }) {
  if (!predecessors.length) return null;
  return (
    <section className="mt-8" aria-labelledby="don-vi-tien-than">
      <h2 id="don-vi-tien-than" className="mb-2 text-lg font-semibold">
        Kết quả của các đơn vị tiền thân
      </h2>
      <p className="mb-2 text-sm text-slate-600">
        Các đơn vị đã sáp nhập, chia tách vào đơn vị này; kết quả dưới đây là của từng đơn vị đó.
      </p>
      <TableScroll label="Kết quả của các đơn vị tiền thân">
        <table
          className="w-full rounded-lg border border-slate-200 bg-white text-sm"
          data-testid="predecessors"
        >
          <thead className="bg-slate-100 text-left">
            <tr>
              {["Đơn vị", "Hình thức", "Từ ngày", "Năm", "Chỉ số", "Thứ hạng", "Xếp loại"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {predecessors.flatMap((p) =>
              (p.history.length ? p.history : [null]).map((h, i) => (
                <tr key={`${p.code}-${h?.year ?? i}`} className="border-t border-slate-100">
                  <th scope="row" className="p-2 text-left font-normal">
                    <Link className="underline" href={`/don-vi/${encodeURIComponent(p.code)}`}>
                      {p.name}
                    </Link>
                  </th>
                  <td className="p-2">
                    {p.kind}
                    {p.share !== null ? (
                      <>
                        {" "}
                        (<span className="num">{fmt2(p.share)}</span>)
                      </>
                    ) : null}
                  </td>
                  <td className="num p-2">{fmtDate(new Date(`${p.date}T00:00:00Z`))}</td>
                  <td className="num p-2">{h ? h.year : "—"}</td>
                  <td className="num p-2">{h ? fmt2(h.index) : "chưa có kết quả"}</td>
                  <td className="num p-2">{h && h.rank !== null ? `${h.rank}/${h.groupSize}` : "—"}</td>
                  <td className="p-2">{h?.classification ?? "—"}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function UnitHistory({ history }: { history: HistoryPoint[] }) {
  const groupSize = Math.max(0, ...history.map((h) => h.groupSize));
  const label = (h: HistoryPoint) => `${h.year}${h.provisional ? " (tạm tính)" : ""}`;
  return (
    <section className="mt-8" aria-labelledby="qua-cac-nam">
      <h2 id="qua-cac-nam" className="mb-2 text-lg font-semibold">
        Chỉ số và thứ hạng qua các năm
      </h2>
      <figure className="rounded-lg border border-slate-200 bg-white p-3">
        <figcaption className="mb-2 text-sm text-slate-600">
          Đường liền: chỉ số (trục trái); đường đứt: thứ hạng (trục phải, hạng 1 ở trên).
        </figcaption>
        <TrendChart
          groupSize={groupSize}
          points={history.map((h) => ({ year: label(h), index: h.index, rank: h.rank }))}
        />
        <ChartTable
          id="bang-qua-cac-nam"
          caption="Chỉ số và thứ hạng qua các năm"
          head={["Năm", "Chỉ số", "Thứ hạng", "Xếp loại"]}
          rows={history.map((h) => [
            label(h),
            fmt2(h.index),
            h.rank === null ? "—" : `${h.rank}/${h.groupSize}`,
            h.classification ?? "—",
          ])}
        />
      </figure>
    </section>
  );
}
