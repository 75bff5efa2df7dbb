"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { secondaryButtonClass } from "@/components/ui/field";
import { removeProcedureAction } from "./actions";

export function RemoveProcedureButton({ id, label, year }: { id: number; label: string; year: number }) {
  const { state, onSubmit, pending } = useKeptForm(removeProcedureAction, {
    confirm: `Xoá thủ tục "${label}" khỏi danh mục năm ${year}?`,
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <button className={secondaryButtonClass} disabled={pending} aria-label={`Xoá thủ tục ${label}`}>
        {pending ? "Đang xoá…" : "Xoá"}
      </button>
      {state && !state.ok ? <span className="ml-2 text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
