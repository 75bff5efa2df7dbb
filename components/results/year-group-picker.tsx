// The year and group of the published results to show (the round picker chooses one round by id
// instead: components/assessment/round-picker.tsx); a plain GET form, so it works without JavaScript.
import { groupLabel } from "@/lib/labels";
import type { ResultRound } from "@/lib/results/result-view";
import { buttonClass, inputClass } from "@/components/ui/field";

export function YearGroupPicker({ rounds, current }: { rounds: ResultRound[]; current: ResultRound }) {
  const years = [...new Set(rounds.map((r) => r.year))];
  const groups = [...new Set(rounds.map((r) => r.group))];
  return (
    <form noValidate className="no-print mb-4 flex flex-wrap items-end gap-3" method="get">
      <label className="text-sm">
        Năm
        <br />
        <select name="nam" defaultValue={current.year} className={inputClass}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Khối
        <br />
        <select name="khoi" defaultValue={current.group} className={inputClass}>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <button className={buttonClass}>Xem kết quả</button>
    </form>
  );
}
