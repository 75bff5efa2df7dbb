"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/inspections/inspection-input";
import { addFindingAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

export function FindingForm({
  inspectionId,
  criteriaYear,
}: {
  inspectionId: number;
  criteriaYear: number | null;
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(addFindingAction, { resetOnSuccess: true });
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-label="Ghi nhận tồn tại, hạn chế"
    >
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <div className="sm:col-span-2 lg:col-span-4">
        <Field label="Tồn tại, hạn chế" name="text" errors={e?.text}>
          <textarea id="text" name="text" rows={2} className={inputClass} aria-describedby="text-error" />
        </Field>
      </div>
      <Field
        label="Mã tiêu chí (nếu có)"
        name="criterionCode"
        errors={e?.criterionCode}
        hint={criteriaYear ? `Theo bộ tiêu chí năm ${criteriaYear}, ví dụ 1.1 hoặc 3.2` : undefined}
      >
        <input
          id="criterionCode"
          name="criterionCode"
          inputMode="decimal"
          className={inputClass}
          aria-describedby="criterionCode-error"
        />
      </Field>
      <Field label="Mức độ" name="severity" errors={e?.severity}>
        <select id="severity" name="severity" defaultValue="MEDIUM" className={inputClass}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Hạn khắc phục" name="dueDate" errors={e?.dueDate}>
        <DateInput id="dueDate" name="dueDate" className={inputClass} aria-describedby="dueDate-error" />
      </Field>
      <div className="sm:col-span-2 lg:col-span-4">
        <Field label="Yêu cầu khắc phục" name="requiredAction" errors={e?.requiredAction}>
          <textarea
            id="requiredAction"
            name="requiredAction"
            rows={2}
            className={inputClass}
            aria-describedby="requiredAction-error"
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Ghi nhận"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? "Đã ghi nhận tồn tại, hạn chế." : state.error) : null}
        </p>
      </div>
    </form>
  );
}
