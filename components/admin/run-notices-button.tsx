"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { secondaryButtonClass } from "@/components/ui/field";
import { runNoticesAction } from "./actions";

export function RunNoticesButton() {
  const { state, onSubmit, pending } = useKeptForm(runNoticesAction);
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <button className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang chạy…" : "Chạy thông báo hôm nay"}
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {state?.ok
          ? `${state.data.notices} thông báo mới, ${state.data.digests} thư được xếp hàng gửi.`
          : state
            ? state.error
            : null}
      </span>
    </form>
  );
}
