"use client";
// Home Affairs enters the province's result in a national index for a year: score, rank, out of
// how many provinces, and each field's points.
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { saveNationalResultAction } from "./actions";
import type { NationalIndexInfo } from "@/lib/national/indices";

export function NationalResultForm({ info, year }: { info: NationalIndexInfo; year: number }) {
  const { state, onSubmit: action, pending } = useKeptForm(saveNationalResultAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      noValidate
      onSubmit={action}
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-label={`Nhập kết quả ${info.short}`}
    >
      <input type="hidden" name="index" value={info.key} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Năm" name="year" errors={errors?.year}>
          <input
            id="year"
            name="year"
            inputMode="numeric"
            defaultValue={year}
            className={inputClass}
            aria-describedby="year-error"
          />
        </Field>
        <Field label={`Điểm/chỉ số (0–${info.max} ${info.unit})`} name="score" errors={errors?.score}>
          <input
            id="score"
            name="score"
            inputMode="decimal"
            placeholder="ví dụ 59,9"
            className={inputClass}
            aria-describedby="score-error"
          />
        </Field>
        <Field label="Xếp hạng" name="rank" errors={errors?.rank}>
          <input
            id="rank"
            name="rank"
            inputMode="numeric"
            className={inputClass}
            aria-describedby="rank-error"
          />
        </Field>
        <Field
          label="Trên tổng số tỉnh, thành phố"
          name="outOf"
          errors={errors?.outOf}
          hint="Để trống: 63 (trước 2025) hoặc 34 (từ 2025)"
        >
          <input
            id="outOf"
            name="outOf"
            inputMode="numeric"
            className={inputClass}
            aria-describedby="outOf-error"
          />
        </Field>
      </div>
      {info.fields.length ? (
        <fieldset className="mt-3">
          <legend className="text-sm font-medium">Điểm theo lĩnh vực (tuỳ chọn)</legend>
          <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
            {info.fields.map((f) => (
              <div key={f.code} className="grid grid-cols-[1fr_6rem_6rem] items-start gap-2">
                <span className="pt-2 text-sm">
                  {f.code}. {f.name}
                </span>
                <Field label="Đạt" name={`f_${f.code}`} errors={errors?.[`f_${f.code}`]}>
                  <input
                    id={`f_${f.code}`}
                    name={`f_${f.code}`}
                    inputMode="decimal"
                    className={inputClass}
                    aria-label={`Điểm đạt: ${f.name}`}
                  />
                </Field>
                {f.max === null ? (
                  <Field label="Tối đa" name={`m_${f.code}`} errors={errors?.[`m_${f.code}`]}>
                    <input
                      id={`m_${f.code}`}
                      name={`m_${f.code}`}
                      inputMode="decimal"
                      className={inputClass}
                      aria-label={`Điểm tối đa: ${f.name}`}
                    />
                  </Field>
                ) : (
                  <span className="pt-8 text-sm text-slate-600">/ {f.max}</span>
                )}
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="mt-3 flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu kết quả"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? state.data : state.error) : null}
        </p>
      </div>
    </form>
  );
}
