"use client";
// A follow-up directive issued after the visit: number, day, content, deadline, the unit that acts.
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { addDirectiveAction } from "./actions";

export function DirectiveForm({
  inspectionId,
  inspectedUnitId,
  units,
}: {
  inspectionId: number;
  inspectedUnitId: number;
  units: { id: number; name: string }[];
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(addDirectiveAction, { resetOnSuccess: true });
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-label="Ban hành chỉ đạo khắc phục"
    >
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <Field label="Số văn bản" name="directive-number" errors={e?.documentNumber}>
        <input
          id="directive-number"
          name="documentNumber"
          placeholder="45/SNV-CCHC"
          className={inputClass}
          aria-describedby="directive-number-error"
        />
      </Field>
      <Field label="Ngày văn bản" name="directive-date" errors={e?.documentDate}>
        <DateInput id="directive-date" name="documentDate" aria-describedby="directive-date-error" />
      </Field>
      <Field label="Hạn thực hiện" name="directive-due" errors={e?.dueDate}>
        <DateInput id="directive-due" name="dueDate" aria-describedby="directive-due-error" />
      </Field>
      <Field label="Đơn vị thực hiện" name="directive-unit" errors={e?.addressedUnitId}>
        <select
          id="directive-unit"
          name="addressedUnitId"
          defaultValue={inspectedUnitId}
          className={inputClass}
          aria-describedby="directive-unit-error"
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2 lg:col-span-4">
        <Field label="Nội dung chỉ đạo" name="directive-text" errors={e?.text}>
          <textarea
            id="directive-text"
            name="text"
            rows={2}
            className={inputClass}
            aria-describedby="directive-text-error"
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Ban hành chỉ đạo"}
        </button>
        <span role="status" aria-live="polite" className="text-sm">
          {state?.ok ? <span className="text-green-800">Đã ghi chỉ đạo khắc phục.</span> : null}
          {state && !state.ok && !e ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}
