// Year and group pickers, with the league table's filters where they apply. A GET form: every view
// has its own address (to link, bookmark or print).
import { groupLabel } from "@/lib/labels";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import type { RankingQuery } from "@/lib/reports/ranking-table";

type Props = {
  years: number[];
  groups: string[];
  year: number;
  group: string;
  published: (year: number, group: string) => boolean;
  filters?: { query: RankingQuery; classifications: string[] };
};

export function RankingFilters({ years, groups, year, group, published, filters }: Props) {
  return (
    <form
      noValidate
      method="get"
      className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <label className="block">
        Năm
        <select name="nam" defaultValue={String(year)} className={`${inputClass} mt-1 w-28`}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
              {published(y, group) ? "" : " (tạm tính)"}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Khối
        <select name="khoi" defaultValue={group} className={`${inputClass} mt-1 w-64 max-w-full`}>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(g)}
            </option>
          ))}
        </select>
      </label>
      {filters ? (
        <>
          <label className="block">
            Xếp loại
            <select
              name="xep_loai"
              defaultValue={filters.query.classification ?? ""}
              className={`${inputClass} mt-1 w-36`}
            >
              <option value="">Tất cả</option>
              {filters.classifications.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            Tên đơn vị
            <input
              type="search"
              name="q"
              defaultValue={filters.query.q}
              placeholder="Gõ tên, không cần dấu"
              className={`${inputClass} mt-1 w-56 max-w-full`}
            />
          </label>
          {filters.query.sort !== "rank" ? (
            <input type="hidden" name="sap_xep" value={filters.query.sort} />
          ) : null}
          {filters.query.sort !== "rank" ? (
            <input type="hidden" name="chieu" value={filters.query.dir} />
          ) : null}
        </>
      ) : null}
      <button className={secondaryButtonClass}>Xem</button>
    </form>
  );
}
