"use client";
// The moves the user may make on an item. Reopening asks for a reason.
import { useKeptForm } from "@/components/ui/kept-form";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import type { RemediationStatus } from "@/lib/remediation/status";
import { changeStatusAction } from "./actions";

export type Move = { to: RemediationStatus; label: string; reasonRequired: boolean };

export function StatusButtons({ itemId, moves }: { itemId: number; moves: Move[] }) {
  const { state, pending, onSubmit, errors } = useKeptForm(changeStatusAction);
  const reasonMove = moves.find((m) => m.reasonRequired);
  const plain = moves.filter((m) => !m.reasonRequired);
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-2"
      aria-label="Chuyển trạng thái"
    >
      <input type="hidden" name="itemId" value={itemId} />
      {plain.map((m) => (
        <button
          key={m.to}
          name="to"
          value={m.to}
          disabled={pending}
          className={
            m.to === "VERIFIED"
              ? "rounded bg-green-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-green-800 disabled:opacity-60"
              : secondaryButtonClass
          }
        >
          {m.label}
        </button>
      ))}
      {reasonMove ? (
        <>
          <label className="min-w-48 flex-1 text-sm">
            <span className="sr-only">Lý do mở lại hoặc ghi chú xác nhận</span>
            <input
              name="reason"
              placeholder={plain.length ? "Ghi chú xác nhận / lý do mở lại" : "Lý do mở lại"}
              className={inputClass}
              aria-describedby={`reason-${itemId}-error`}
            />
          </label>
          <button
            name="to"
            value={reasonMove.to}
            disabled={pending}
            className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {reasonMove.label}
          </button>
        </>
      ) : null}
      <p
        id={`reason-${itemId}-error`}
        role="status"
        aria-live="polite"
        className={`w-full text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
      >
        {state
          ? state.ok
            ? `Đã chuyển sang "${state.data.label}".`
            : (errors?.reason?.join(" ") ?? state.error)
          : null}
      </p>
    </form>
  );
}
