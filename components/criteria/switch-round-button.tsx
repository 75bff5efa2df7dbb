"use client";
// Moves a DRAFT or OPEN round onto this version of the criteria set, only on an explicit click.
import { useKeptForm } from "@/components/ui/kept-form";
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
  const { state, onSubmit, pending } = useKeptForm(switchRoundAction, {
    confirm: `Chuyển đợt "${roundName}" sang phiên bản ${version}? Điểm đã nhập sẽ đi theo mã tiêu chí.`,
  });
  return (
    <form noValidate onSubmit={onSubmit} className="inline">
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
