"use client";
// Moves a DRAFT or OPEN round onto this version of the criteria set, only on an explicit click.
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { switchRoundAction } from "./actions";

export function SwitchRoundButton({
  roundId,
  roundName,
  setId,
  version,
}: {
  roundId: number;
  roundName: string;
  setId: number;
  version: number;
}) {
  const [state, action, pending] = useActionState(switchRoundAction, null);
  return (
    <form
      noValidate
      action={action}
      onSubmit={(e) => {
        if (
          !confirm(
            `Chuyển đợt "${roundName}" sang phiên bản ${version}? Điểm đã nhập sẽ đi theo mã tiêu chí.`,
          )
        )
          e.preventDefault();
      }}
      className="inline"
    >
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="setId" value={setId} />
      <button className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang chuyển…" : `Chuyển sang phiên bản ${version}`}
      </button>
      <span aria-live="polite" className="ml-2 text-sm text-red-700">
        {state && !state.ok ? state.error : null}
      </span>
    </form>
  );
}
