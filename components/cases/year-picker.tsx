import { inputClass, secondaryButtonClass } from "@/components/ui/field";

export function YearPicker({ years, year }: { years: number[]; year: number }) {
  return (
    <form method="get" className="flex items-end gap-2 text-sm">
      <label className="block">Năm
        <select name="nam" defaultValue={String(year)} className={inputClass}>
          {(years.includes(year) ? years : [year, ...years]).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <button className={secondaryButtonClass}>Xem</button>
    </form>
  );
}
