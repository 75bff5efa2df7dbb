"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { resetPasswordAction } from "./actions";
import { secondaryButtonClass } from "@/components/ui/field";

export function PasswordResetForm({ userId, username }: { userId: number; username: string }) {
  const { state, onSubmit: action, pending } = useKeptForm(resetPasswordAction, { resetOnSuccess: true });
  const error = state && !state.ok ? (state.fieldErrors?.password?.join(" ") ?? state.error) : null;
  return (
    <form noValidate onSubmit={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={userId} />
      <input
        name="password"
        type="password"
        autoComplete="new-password"
        placeholder="Mật khẩu mới"
        aria-label={`Mật khẩu mới cho ${username}`}
        className="w-40 rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <button className={secondaryButtonClass} disabled={pending}>
        Đặt lại mật khẩu
      </button>
      <span
        role="status"
        aria-live="polite"
        className={`text-xs ${state?.ok ? "text-green-700" : "text-red-700"}`}
      >
        {state?.ok ? "Đã đặt lại mật khẩu" : error}
      </span>
    </form>
  );
}
