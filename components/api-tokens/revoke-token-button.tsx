"use client";
import { useActionState } from "react";
import { revokeTokenAction } from "./actions";
import { secondaryButtonClass } from "@/components/ui/field";

export function RevokeTokenButton({ id, label }: { id: number; label: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form
      noValidate
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Thu hồi mã "${label}"? Hệ thống đang dùng mã này sẽ không gửi được hồ sơ nữa.`))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang thu hồi…" : "Thu hồi"}
      </button>
      {state && !state.ok ? <span className="ml-2 text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
