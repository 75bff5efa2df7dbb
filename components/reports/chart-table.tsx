// The figures behind a chart, one click away and always in the page (also for screen readers and print).
import { TableScroll } from "@/components/ui/table-scroll";
export function ChartTable({
  id,
  caption,
  head,
  rows,
}: {
  id: string;
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="no-print cursor-pointer text-brand-700 underline">Xem bảng số liệu</summary>
      <TableScroll className="mt-2" label={caption}>
        <table id={id} className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {head.map((h, i) => (
                <th key={h} scope="col" className={`p-2 ${i ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])} className="border-t border-slate-100">
                {r.map((c, i) =>
                  i ? (
                    <td key={i} className="num p-2 text-right">
                      {c}
                    </td>
                  ) : (
                    <th key={i} scope="row" className="p-2 text-left font-normal">
                      {c}
                    </th>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
