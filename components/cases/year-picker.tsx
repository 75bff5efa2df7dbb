import { inputClass, secondaryButtonClass } from "@/components/ui/field";

/** `keep`: other query parameters the page is showing (e.g. theo=hien-nay), kept when the year changes */
export function YearPicker({
  years,
  year,
  keep = {},
}: {
  years: number[];
  year: number;
  keep?: Record<string, string>;
}) {
  return (
    <form noValidate method="get" className="flex items-end gap-2 text-sm">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="block">
        Năm
        <select name="nam" defaultValue={String(year)} className={inputClass}>
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button className={secondaryButtonClass}>Xem</button>
    </form>
  );
}
