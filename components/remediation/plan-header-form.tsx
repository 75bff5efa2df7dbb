"use client";
// The plan's own document (number, title, issue day), as the unit issued it: "Kế hoạch số 04/KH-SLĐTBXH".
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { planHeaderAction } from "./actions";

export function PlanHeaderForm({
  plan,
}: {
  plan: { id: number; number: string | null; title: string; issuedAt: Date | null };
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(planHeaderAction);
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label="Số, tên và ngày ban hành kế hoạch"
      className="no-print mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr_10rem_auto] sm:items-end"
    >
      <input type="hidden" name="planId" value={plan.id} />
      <Field label="Số kế hoạch" name="plan-number" errors={e?.number}>
        <input
          id="plan-number"
          name="number"
          defaultValue={plan.number ?? ""}
          className={inputClass}
          placeholder="04/KH-SLĐTBXH"
          aria-describedby="plan-number-error"
        />
      </Field>
      <Field label="Tên kế hoạch" name="plan-title" errors={e?.title}>
        <input
          id="plan-title"
          name="title"
          defaultValue={plan.title}
          className={inputClass}
          aria-describedby="plan-title-error"
        />
      </Field>
      <Field label="Ngày ban hành" name="plan-issued" errors={e?.issuedAt}>
        <DateInput
          id="plan-issued"
          name="issuedAt"
          defaultValue={plan.issuedAt ? plan.issuedAt.toISOString().slice(0, 10) : ""}
          aria-describedby="plan-issued-error"
        />
      </Field>
      <div>
        <button className={secondaryButtonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu"}
        </button>
        <p aria-live="polite" className="mt-1 text-sm">
          {state?.ok ? <span className="text-green-800">Đã lưu.</span> : null}
          {state && !state.ok && !e ? <span className="text-red-700">{state.error}</span> : null}
        </p>
      </div>
    </form>
  );
}
