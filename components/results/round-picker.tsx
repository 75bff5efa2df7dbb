// Year and group of the round to show; a plain GET form, so it works without JavaScript.
import { groupLabel } from "@/lib/labels";
import type { ResultRound } from "@/lib/results/result-view";

export function RoundPicker({ rounds, current }: { rounds: ResultRound[]; current: ResultRound }) {
  const years = [...new Set(rounds.map((r) => r.year))];
  const groups = [...new Set(rounds.map((r) => r.group))];
  const select = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form noValidate className="no-print mb-4 flex flex-wrap items-end gap-3" method="get">
      <label className="text-sm">
        Năm
        <br />
        <select name="nam" defaultValue={current.year} className={select}>
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
        <select name="khoi" defaultValue={current.group} className={select}>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <button className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        Xem kết quả
      </button>
    </form>
  );
}
