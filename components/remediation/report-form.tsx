"use client";
// Reporting back to the inspection team / Home Affairs: a summary and what was done per item.
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { fmtDateTime } from "@/lib/format";
import { STATUS_LABELS, type RemediationStatus } from "@/lib/remediation/status";
import { reportAction } from "./actions";

type Item = { id: number; problem: string; status: RemediationStatus; evidence: number };

export function ReportForm({
  planId,
  items,
  inspections,
}: {
  planId: number;
  items: Item[];
  inspections: { id: number; label: string }[];
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(reportAction);
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Báo cáo kết quả khắc phục"
    >
      <input type="hidden" name="planId" value={planId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          label="Gửi đoàn kiểm tra"
          name="inspectionId"
          errors={e?.inspectionId}
          hint="Để trống nếu chỉ gửi Sở Nội vụ"
        >
          <select
            id="inspectionId"
            name="inspectionId"
            defaultValue={inspections[0]?.id ?? ""}
            className={inputClass}
            aria-describedby="inspectionId-error"
          >
            <option value="">— Sở Nội vụ —</option>
            {inspections.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Nội dung báo cáo" name="summary" errors={e?.summary}>
        <textarea
          id="summary"
          name="summary"
          rows={3}
          className={inputClass}
          aria-describedby="summary-error"
          placeholder="Tóm tắt kết quả khắc phục, văn bản đã ban hành…"
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Kết quả thực hiện từng mục</legend>
        {items.map((i, n) => (
          <label key={i.id} className="block text-sm">
            <span className="text-slate-700">
              <span className="num">{n + 1}.</span> {i.problem}{" "}
              <span className="text-xs text-slate-500">
                ({STATUS_LABELS[i.status]}; {i.evidence} tài liệu kiểm chứng)
              </span>
            </span>
            <textarea name={`done_${i.id}`} rows={1} className={`${inputClass} mt-1`} />
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang gửi…" : "Gửi báo cáo"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state
            ? state.ok
              ? `Đã gửi báo cáo lúc ${fmtDateTime(state.data.submittedAt)}.`
              : state.error
            : null}
        </p>
      </div>
    </form>
  );
}
