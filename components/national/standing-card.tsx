// The province's national standing on the overview (issue 13, item 3): each index's latest year with
// its change of score and rank, and the three fields that lost most with their lead departments.
import Link from "next/link";
import { fmt2, fmtDelta } from "@/lib/format";
import { rankMove, rankText, type FieldLoss, type IndexTrend } from "@/lib/national/standing";

export function NationalStandingCard({ trends, losses }: { trends: IndexTrend[]; losses: FieldLoss[] }) {
  if (!trends.length) return null;
  return (
    <section className="mt-8" aria-labelledby="national-standing" data-testid="national-standing">
      <h2 id="national-standing" className="text-lg font-semibold">
        Chỉ số quốc gia của tỉnh
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {trends.map((t) => {
          const p = t.points.at(-1)!;
          return (
            <li
              key={t.index}
              data-testid={`standing-${t.index}`}
              className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
            >
              <p className="font-medium">
                {t.short} {p.year}
              </p>
              <p className="num mt-1 text-2xl font-semibold">{fmt2(p.score)}</p>
              <p className="text-slate-600">
                {p.scoreChange === null ? "" : `${fmtDelta(p.scoreChange)} điểm · `}
                hạng {rankText(p.rank, p.outOf)}
                {p.rankChange === null ? "" : `, ${rankMove(p.rankChange)}`}
              </p>
            </li>
          );
        })}
      </ul>
      {losses.length ? (
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-medium">Lĩnh vực mất điểm nhiều nhất</p>
          <ul className="mt-1 space-y-1">
            {losses.slice(0, 3).map((f) => (
              <li key={`${f.index}-${f.fieldCode}`}>
                {f.indexShort} {f.year}: {f.fieldCode}. {f.fieldName} — mất {fmt2(f.lost)}/{fmt2(f.max)} ·{" "}
                {f.lead ? (
                  <Link className="text-brand-700 underline" href={`/don-vi/${f.lead.code}`}>
                    {f.lead.name}
                  </Link>
                ) : (
                  "chưa phân công đơn vị chủ trì"
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link href="/chi-so-quoc-gia" className="mt-2 inline-block text-sm text-brand-700 underline">
        Xem chi tiết các năm
      </Link>
    </section>
  );
}
