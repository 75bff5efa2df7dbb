"use client";
// The inspection's conclusion (thông báo kết luận): number, day, overall rating and its text,
// written by the team or Home Affairs after the visit and correctable later (audited).
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { concludeInspectionAction } from "./actions";

export function ConclusionForm({
  inspection,
  ratings,
}: {
  inspection: {
    id: number;
    conclusionNumber: string | null;
    conclusionDate: Date | null;
    rating: string | null;
    notes: string | null;
  };
  ratings: string[];
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(concludeInspectionAction);
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Kết luận kiểm tra" className="grid gap-3 sm:grid-cols-3">
      <input type="hidden" name="inspectionId" value={inspection.id} />
      <Field label="Số thông báo kết luận" name="conclusion-number" errors={e?.conclusionNumber}>
        <input
          id="conclusion-number"
          name="conclusionNumber"
          defaultValue={inspection.conclusionNumber ?? ""}
          className={inputClass}
          placeholder="123/TB-SNV"
          aria-describedby="conclusion-number-error"
        />
      </Field>
      <Field label="Ngày kết luận" name="conclusion-date" errors={e?.conclusionDate}>
        <DateInput
          id="conclusion-date"
          name="conclusionDate"
          defaultValue={inspection.conclusionDate?.toISOString().slice(0, 10) ?? ""}
          aria-describedby="conclusion-date-error"
        />
      </Field>
      <Field label="Xếp loại chung" name="conclusion-rating" errors={e?.rating}>
        <select
          id="conclusion-rating"
          name="rating"
          defaultValue={inspection.rating ?? ""}
          className={inputClass}
          aria-describedby="conclusion-rating-error"
        >
          <option value="">— chọn xếp loại —</option>
          {ratings.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-3">
        <Field label="Nội dung kết luận" name="conclusion-notes" errors={e?.notes}>
          <textarea
            id="conclusion-notes"
            name="notes"
            rows={3}
            defaultValue={inspection.notes ?? ""}
            className={inputClass}
            aria-describedby="conclusion-notes-error"
          />
        </Field>
      </div>
      <div className="sm:col-span-3">
        <button className={secondaryButtonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu kết luận"}
        </button>
        <span aria-live="polite" className="ml-3 text-sm">
          {state?.ok ? <span className="text-green-800">Đã lưu kết luận.</span> : null}
          {state && !state.ok && !e ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}
