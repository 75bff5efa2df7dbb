// A plain GET form to choose a round (works without JavaScript).
import { ROUND_STATUS_LABELS } from "@/lib/labels";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";

export function RoundPicker({
  rounds,
  current,
  extra,
}: {
  rounds: { id: number; name: string; year: number; status: string }[];
  current: number | null;
  extra?: Record<string, string>;
}) {
  if (rounds.length < 2) return null;
  return (
    <form noValidate method="get" className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="text-sm">
        Đợt đánh giá
        <select name="dot" defaultValue={current ?? undefined} className={inputClass}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.year} · {ROUND_STATUS_LABELS[r.status] ?? r.status}
            </option>
          ))}
        </select>
      </label>
      <button className={secondaryButtonClass}>Xem</button>
    </form>
  );
}
