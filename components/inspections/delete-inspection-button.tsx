"use client";
// Deletes an inspection entered in error; the server refuses, with the reason, once the unit built on it.
import { useActionState } from "react";
import { deleteInspectionAction } from "./actions";
import { secondaryButtonClass } from "@/components/ui/field";

export function DeleteInspectionButton({ id, label }: { id: number; label: string }) {
  const [state, action, pending] = useActionState(deleteInspectionAction, null);
  return (
    <form
      noValidate
      action={action}
      aria-label="Xoá cuộc kiểm tra"
      onSubmit={(e) => {
        if (!confirm(`Xoá cuộc kiểm tra ${label} cùng các tồn tại đã ghi? Thao tác được ghi nhật ký.`))
          e.preventDefault();
      }}
    >
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
