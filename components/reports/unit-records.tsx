// Figures from records (case on-time rates, plan tasks) and the remediation progress.
import Link from "next/link";
import { fmtInt, fmtPct } from "@/lib/format";
import type { UnitRecords } from "@/lib/queries/reports/unit-records";
import type { RemediationStatusCounts } from "@/lib/queries/reports/remediation-status";
import { REMEDIATION_STATUSES, STATUS_LABELS } from "@/lib/remediation/status";

export function UnitRecordsSection({
  records,
  remediation,
  planYear,
}: {
  records: UnitRecords;
  remediation: RemediationStatusCounts;
  planYear: number;
}) {
  const p = records.plan;
  return (
    <section className="mt-8 grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-1">
        <h2 className="mb-2 text-lg font-semibold">Giải quyết hồ sơ TTHC</h2>
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="case-table">
            <caption className="sr-only">Tỷ lệ hồ sơ giải quyết đúng và sớm hạn theo năm</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  Năm
                </th>
                <th scope="col" className="p-2 text-right">
                  Đã giải quyết
                </th>
                <th scope="col" className="p-2 text-right">
                  Trễ hạn
                </th>
                <th scope="col" className="p-2 text-right">
                  Đúng và sớm hạn
                </th>
              </tr>
            </thead>
            <tbody>
              {records.cases.map(({ year, figures: f }) => (
                <tr key={year} className="border-t border-slate-100">
                  <th scope="row" className="p-2 text-left font-normal">
                    {year}
                  </th>
                  <td className="num p-2 text-right">{fmtInt(f?.finished ?? 0)}</td>
                  <td className={`num p-2 text-right ${f?.late ? "text-red-800" : ""}`}>
                    {fmtInt(f?.late ?? 0)}
                  </td>
                  <td className="num p-2 text-right font-medium">{fmtPct(f?.onTimeRate ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="no-print mt-1 text-xs">
          <Link href="/ho-so-tthc" className="text-brand-700 underline">
            Xem chi tiết hồ sơ TTHC
          </Link>
        </p>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Kế hoạch CCHC năm {planYear}</h2>
        {p ? (
          <dl className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <dt className="text-slate-600">Nhiệm vụ hoàn thành</dt>
            <dd className="num text-right font-semibold">
              {fmtInt(p.done)}/{fmtInt(p.total)} ({fmtPct(p.completionRate)})
            </dd>
            <dt className="text-slate-600">Hoàn thành đúng hạn</dt>
            <dd className="num text-right">
              {fmtInt(p.doneOnTime)} ({fmtPct(p.onTimeRate)})
            </dd>
            <dt className="text-slate-600">Quá hạn chưa xong</dt>
            <dd className={`num text-right ${p.overdue ? "text-red-800" : ""}`}>{fmtInt(p.overdue)}</dd>
            <dt className="text-slate-600">Nhiệm vụ tỉnh giao</dt>
            <dd className="num text-right">
              {fmtInt(p.provinceAssignedDone)}/{fmtInt(p.provinceAssigned)} hoàn thành,{" "}
              {fmtInt(p.provinceAssignedOnTime)}/{fmtInt(p.provinceAssigned)} đúng hạn
            </dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-700">Không có nhiệm vụ kế hoạch trong năm {planYear}.</p>
        )}
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Khắc phục tồn tại, hạn chế năm {planYear}</h2>
        {remediation.total === 0 ? (
          <p className="text-sm text-slate-700">Chưa có việc khắc phục nào trong kế hoạch năm {planYear}.</p>
        ) : (
          <dl
            className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
            data-testid="remediation-status"
          >
            {REMEDIATION_STATUSES.map((s) => (
              <div key={s} className="contents">
                <dt className="text-slate-600">{STATUS_LABELS[s]}</dt>
                <dd className="num text-right">{fmtInt(remediation.byStatus[s])}</dd>
              </div>
            ))}
            <dt className="font-semibold text-red-800">Quá hạn</dt>
            <dd className="num text-right font-semibold text-red-800">{fmtInt(remediation.overdue)}</dd>
          </dl>
        )}
      </div>
    </section>
  );
}
