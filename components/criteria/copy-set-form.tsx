"use client";
// Home Affairs starts a year's criteria set from last year's: same group, new year.
import { useState } from "react";
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { copyCriteriaSetAction } from "./actions";

type Source = { id: number; label: string; year: number };

export function CopySetForm({ sources }: { sources: Source[] }) {
  const { state, onSubmit, pending } = useKeptForm(copyCriteriaSetAction);
  const [fromId, setFromId] = useState(String(sources[0]?.id ?? ""));
  const [year, setYear] = useState(String((sources[0]?.year ?? new Date().getFullYear()) + 1));
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Tạo bộ tiêu chí năm mới từ bộ năm trước</h2>
      <Field label="Sao chép từ" name="fromId" errors={fe?.fromId}>
        <select
          id="fromId"
          name="fromId"
          className={inputClass}
          value={fromId}
          onChange={(e) => {
            setFromId(e.target.value);
            const s = sources.find((x) => String(x.id) === e.target.value);
            if (s) setYear(String(s.year + 1));
          }}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Năm áp dụng" name="year" errors={fe?.year}>
        <input
          id="year"
          name="year"
          inputMode="numeric"
          className={inputClass}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          aria-describedby="year-error"
        />
      </Field>
      <p aria-live="polite" className="text-sm text-red-700">
        {state && !state.ok ? state.error : null}
      </p>
      <button className={buttonClass} disabled={pending}>
        {pending ? "Đang sao chép…" : "Sao chép và mở trình sửa"}
      </button>
    </form>
  );
}
