// The league table: sortable by its column headers (links, so sorting happens on the server and
// works from the keyboard without scripts), with the group average in the footer.
import Link from "next/link";
import { fmt2 } from "@/lib/format";
import { defaultDir, type RankingQuery, type SortKey } from "@/lib/reports/ranking-table";
import type { RankingData } from "@/lib/queries/reports/rankings";
import type { RankingRow } from "@/lib/reports/types";
import { ClassificationBadge, Delta, IndexCell, RankDelta } from "./cells";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = {
  data: RankingData;
  rows: RankingRow[];
  query: RankingQuery;
  baseParams: Record<string, string>;
  linkable: (code: string) => boolean;
  ownCode: string | null;
};

export function RankingTable({ data, rows, query, baseParams, linkable, ownCode }: Props) {
  const head = (key: SortKey, label: React.ReactNode, className = "") => {
    const active = query.sort === key;
    const dir = active ? (query.dir === "asc" ? "desc" : "asc") : defaultDir(key);
    const href = `?${new URLSearchParams({ ...baseParams, sap_xep: key, chieu: dir })}`;
    return (
      <th
        key={key}
        scope="col"
        className={`p-2 ${className}`}
        aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <Link href={href} className="underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
          {label}
          {active ? <span aria-hidden="true">{query.dir === "asc" ? " ↑" : " ↓"}</span> : null}
        </Link>
      </th>
    );
  };
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Bảng xếp hạng">
      <table className="w-full text-sm" data-testid="ranking-table">
        <caption className="sr-only">
          Bảng xếp hạng chỉ số CCHC năm {data.year}; bấm tiêu đề cột để sắp xếp
        </caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {head("rank", "Hạng", "text-right")}
            {head("name", "Đơn vị", "sticky left-0 z-10 min-w-36 bg-slate-100 sm:min-w-48 print:min-w-28!")}
            {head("index", "Chỉ số", "text-right")}
            <th scope="col" className="p-2">
              Xếp loại
            </th>
            {head("change", "So với năm trước", "text-right")}
            {head("rankChange", "Thứ hạng", "text-right")}
            {data.fields.map((f) =>
              head(
                `field:${f.code}`,
                <>
                  <span aria-hidden="true">LV{f.code}</span>
                  <span className="sr-only">
                    Lĩnh vực {f.code}: {f.name}
                  </span>
                </>,
                "text-right",
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.code}
              className={`border-t border-slate-100 ${r.code === ownCode ? "outline outline-2 -outline-offset-2 outline-brand-600" : ""}`}
              data-code={r.code}
            >
              <td className="num p-2 text-right font-semibold" data-col="rank">
                {r.rank ?? "—"}
              </td>
              <th
                scope="row"
                className="sticky left-0 z-10 bg-white p-2 text-left font-normal"
                data-col="name"
              >
                {linkable(r.code) ? (
                  <Link
                    href={`/don-vi/${encodeURIComponent(r.code)}?nam=${data.year}`}
                    className="text-brand-700 underline"
                  >
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
                {r.code === ownCode ? (
                  <span className="ml-1 text-xs text-slate-600">(đơn vị của bạn)</span>
                ) : null}
              </th>
              <td className="num p-2 text-right font-semibold" data-col="index">
                {fmt2(r.index)}
              </td>
              <td className="p-2" data-col="classification">
                <ClassificationBadge label={r.classification} bands={data.bands} />
              </td>
              <td className="p-2 text-right">
                <Delta value={r.indexChange} />
              </td>
              <td className="p-2 text-right">
                <RankDelta value={r.rankChange} />
              </td>
              {data.fields.map((f) => (
                <IndexCell key={f.code} value={r.fields[f.code] ?? null} />
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6 + data.fields.length} className="p-4 text-slate-600">
                Không có đơn vị nào khớp bộ lọc.
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-medium">
          <tr data-testid="average-row">
            <td className="p-2" />
            <th scope="row" className="sticky left-0 z-10 bg-slate-50 p-2 text-left">
              Bình quân khối ({data.rows.filter((r) => r.index !== null).length} đơn vị)
            </th>
            <td className="num p-2 text-right">{fmt2(data.average.index)}</td>
            <td className="p-2" colSpan={3} />
            {data.fields.map((f) => (
              <IndexCell key={f.code} value={data.average.fields[f.code] ?? null} />
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
