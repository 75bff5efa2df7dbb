import type { CaseReportRow } from "@/lib/queries/cases/case-report";
import { fmtInt, fmtPct } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

/** The figures of a report, one row per group; the accessible counterpart of the chart beside it. */
export function FiguresTable({
  caption,
  keyHeader,
  rows,
  label,
  id,
}: {
  caption: string;
  keyHeader: string;
  rows: CaseReportRow[];
  label: (k: string | number) => string;
  id?: string;
}) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table id={id} className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">
              {keyHeader}
            </th>
            <th scope="col" className="p-2 text-right">
              Đã giải quyết
            </th>
            <th scope="col" className="p-2 text-right">
              Sớm hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Đúng hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Trễ hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Tỷ lệ đúng và sớm hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Tồn trong hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Tồn quá hạn
            </th>
            <th scope="col" className="p-2 text-right">
              Trực tuyến
            </th>
            <th scope="col" className="p-2 text-right">
              Thư xin lỗi (đúng hạn)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)} className="border-t border-slate-100">
              <th scope="row" className="p-2 text-left font-normal">
                {label(r.key)}
              </th>
              <td className="num whitespace-nowrap p-2 text-right">{fmtInt(r.finished)}</td>
              <td className="num whitespace-nowrap p-2 text-right">{fmtInt(r.early)}</td>
              <td className="num whitespace-nowrap p-2 text-right">{fmtInt(r.onTime)}</td>
              <td className={`num p-2 text-right ${r.late ? "text-red-700" : ""}`}>{fmtInt(r.late)}</td>
              <td className="num whitespace-nowrap p-2 text-right font-medium">{fmtPct(r.onTimeRate)}</td>
              <td className="num whitespace-nowrap p-2 text-right">{fmtInt(r.openInTime)}</td>
              <td className={`num p-2 text-right ${r.overdue ? "text-red-700" : ""}`}>{fmtInt(r.overdue)}</td>
              <td className="num whitespace-nowrap p-2 text-right">{fmtInt(r.online)}</td>
              <td className="num whitespace-nowrap p-2 text-right">
                {fmtInt(r.apologyLetters)} ({fmtInt(r.apologyLettersInTime)})
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={10} className="p-4 text-slate-500">
                Không có hồ sơ trong năm này.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
