"use client";
// Deletes an inspection entered in error; the server refuses, with the reason, once the unit built on it.
import { useKeptForm } from "@/components/ui/kept-form";
import { deleteInspectionAction } from "./actions";
import { secondaryButtonClass } from "@/components/ui/field";

export function DeleteInspectionButton({ id, label }: { id: number; label: string }) {
  const { state, onSubmit, pending } = useKeptForm(deleteInspectionAction, {
    confirm: `Xoá cuộc kiểm tra ${label} cùng các tồn tại đã ghi? Thao tác được ghi nhật ký.`,
  });
  return (
    <form noValidate aria-label="Xoá cuộc kiểm tra" onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <button className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang xoá…" : "Xoá cuộc kiểm tra"}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 max-w-md text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
