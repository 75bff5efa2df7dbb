"use client";
// Assigns each field of a national index to the department that leads the province's work on it.
import { useKeptForm } from "@/components/ui/kept-form";
import { buttonClass, inputClass } from "@/components/ui/field";
import { saveFieldLeadsAction } from "./actions";
import type { NationalIndexInfo } from "@/lib/national/indices";

type Props = {
  info: NationalIndexInfo;
  leads: Record<string, number>;
  units: { id: number; name: string }[];
};

export function LeadsForm({ info, leads, units }: Props) {
  const { state, onSubmit: action, pending } = useKeptForm(saveFieldLeadsAction);
  return (
    <form
      noValidate
      onSubmit={action}
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-label={`Đơn vị chủ trì các lĩnh vực ${info.short}`}
    >
      <input type="hidden" name="index" value={info.key} />
      <div className="grid gap-2">
        {info.fields.map((f) => (
          <label key={f.code} className="grid items-center gap-2 text-sm sm:grid-cols-[1fr_22rem]">
            <span>
              {f.code}. {f.name}
            </span>
            <select name={`lead_${f.code}`} defaultValue={leads[f.code] ?? ""} className={inputClass}>
              <option value="">— Chưa phân công —</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="mt-3 flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu phân công"}
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
