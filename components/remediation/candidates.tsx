// What the plan should still answer: lost points and inspection findings not yet in it.
import { fmt2, fmtDate } from "@/lib/format";
import { SEVERITY_LABELS } from "@/lib/inspections/inspection-input";
import type { PlanCandidates } from "@/lib/remediation/candidates";
import { dayOf } from "@/lib/remediation/status";
import { AddItemForm } from "./add-item-form";

export function Candidates({
  unitId,
  year,
  candidates,
}: {
  unitId: number;
  year: number;
  candidates: PlanCandidates;
}) {
  const { deficiencies, findings, published } = candidates;
  return (
    <section className="no-print space-y-6" aria-labelledby="candidates-title">
      <h2 id="candidates-title" className="text-lg font-semibold">
        Lập kế hoạch: đưa tồn tại, hạn chế vào kế hoạch
      </h2>
      <div>
        <h3 className="mb-2 font-medium">Kết luận kiểm tra chưa có trong kế hoạch ({findings.length})</h3>
        {findings.length ? (
          <ul className="space-y-3">
            {findings.map((f) => (
              <li
                key={f.id}
                className="rounded-lg border border-slate-200 bg-white p-3"
                data-testid={`finding-${f.id}`}
              >
                <p className="text-sm font-medium">{f.text}</p>
                {f.kind === "DIRECTIVE" ? (
                  <p className="mb-2 text-xs text-slate-500">
                    Chỉ đạo khắc phục số {f.documentNumber} sau kiểm tra ngày{" "}
                    {fmtDate(f.inspection.visitDate)} (QĐ {f.inspection.decisionNumber}) · hạn{" "}
                    {fmtDate(f.dueDate)}
                  </p>
                ) : (
                  <p className="mb-2 text-xs text-slate-500">
                    QĐ {f.inspection.decisionNumber}, kiểm tra ngày {fmtDate(f.inspection.visitDate)} · mức độ{" "}
                    {SEVERITY_LABELS[f.severity].toLowerCase()}
                    {f.criterionCode ? ` · tiêu chí ${f.criterionCode}` : ""} · yêu cầu: {f.requiredAction}
                  </p>
                )}
                <AddItemForm
                  unitId={unitId}
                  year={year}
                  from={{ source: "FINDING", findingId: f.id }}
                  label={`Đưa kết luận "${f.text}" vào kế hoạch`}
                  defaults={{ action: f.requiredAction, deadline: f.dueDate ? dayOf(f.dueDate) : "" }}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">Không còn kết luận kiểm tra nào chưa đưa vào kế hoạch.</p>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-medium">
          Tiêu chí bị trừ điểm năm {year} chưa có trong kế hoạch ({deficiencies.length})
        </h3>
        {!published ? (
          <p className="text-sm text-slate-500">Chưa có kết quả Chỉ số CCHC năm {year} được công bố.</p>
        ) : deficiencies.length ? (
          <details className="rounded-lg border border-slate-200 bg-white" open={deficiencies.length <= 5}>
            <summary className="cursor-pointer p-3 text-sm text-brand-700">
              Xem {deficiencies.length} tiêu chí bị trừ điểm (nhiều điểm nhất trước)
            </summary>
            <ul className="divide-y divide-slate-100">
              {deficiencies.map((d) => (
                <li key={d.code} className="p-3" data-testid={`deficiency-${d.code}`}>
                  <p className="mb-2 text-sm">
                    <span className="num font-medium">{d.code}</span> {d.name} · bị trừ{" "}
                    <strong className="num">{fmt2(d.lost)}</strong> điểm
                  </p>
                  <AddItemForm
                    unitId={unitId}
                    year={year}
                    from={{ source: "DEFICIENCY", criterionCode: d.code }}
                    label={`Đưa tiêu chí ${d.code} vào kế hoạch`}
                  />
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <p className="text-sm text-slate-500">Mọi tiêu chí bị trừ điểm đã có trong kế hoạch.</p>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-medium">Tự bổ sung tồn tại, hạn chế</h3>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <AddItemForm
            unitId={unitId}
            year={year}
            from={{ source: "MANUAL" }}
            label="Tự bổ sung tồn tại, hạn chế"
          />
        </div>
      </div>
    </section>
  );
}
