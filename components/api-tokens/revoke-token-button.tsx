"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { revokeTokenAction } from "./actions";
import { secondaryButtonClass } from "@/components/ui/field";

export function RevokeTokenButton({ id, label }: { id: number; label: string }) {
  const { state, onSubmit, pending } = useKeptForm(revokeTokenAction, {
    confirm: `Thu hồi mã "${label}"? Hệ thống đang dùng mã này sẽ không gửi được hồ sơ nữa.`,
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <button className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang thu hồi…" : "Thu hồi"}
      </button>
      {state && !state.ok ? <span className="ml-2 text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
