// The official case report on screen: the same rows and columns as its XLSX.
import type { OfficialCaseReport } from "@/lib/cases/official-report";
import type { CaseFigures } from "@/lib/queries/cases/case-sql";
import { CASE_REPORT_COLUMNS } from "@/lib/reports/xlsx/case-report-workbook";
import { LEVEL_LABELS } from "@/lib/labels";
import { fmtInt, fmtPct } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

const ROMAN = ["I", "II", "III", "IV", "V"];
const GROUPS = [...new Set(CASE_REPORT_COLUMNS.map((c) => c.group!))];

function Cells({ f }: { f: CaseFigures }) {
  return CASE_REPORT_COLUMNS.map((c, i) => {
    const v = c.value(f);
    return (
      <td key={i} className="num whitespace-nowrap border-l border-slate-100 p-2 text-right">
        {c.numFmt ? fmtPct(v) : fmtInt(v)}
      </td>
    );
  });
}

export function OfficialReportTable({ report }: { report: OfficialCaseReport }) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" id="bao-cao-tthc">
        <caption className="sr-only">
          Tình hình, kết quả giải quyết thủ tục hành chính năm {report.year}
        </caption>
        <thead className="bg-slate-100 text-center">
          <tr>
            <th scope="col" rowSpan={2} className="p-2">
              STT
            </th>
            <th scope="col" rowSpan={2} className="p-2 text-left">
              Đơn vị
            </th>
            {GROUPS.map((g) => (
              <th
                key={g}
                scope="colgroup"
                colSpan={CASE_REPORT_COLUMNS.filter((c) => c.group === g).length}
                className="border-l border-slate-200 p-2"
              >
                {g}
              </th>
            ))}
          </tr>
          <tr>
            {CASE_REPORT_COLUMNS.map((c, i) => (
              <th key={i} scope="col" className="border-l border-slate-200 p-2 font-medium">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.sections.map((s, i) => [
            <tr key={s.level} className="border-t border-slate-200 bg-slate-50 font-semibold">
              <td className="p-2 text-center">{ROMAN[i]}</td>
              <th scope="row" className="p-2 text-left">
                {LEVEL_LABELS[s.level] ?? s.level}
              </th>
              <Cells f={s.total} />
            </tr>,
            ...s.units.map((u, j) => (
              <tr key={u.code} className="border-t border-slate-100">
                <td className="p-2 text-center">{j + 1}</td>
                <th scope="row" className="p-2 text-left font-normal">
                  {u.name}
                </th>
                <Cells f={u.figures} />
              </tr>
            )),
          ])}
          {report.sections.length === 0 ? (
            <tr>
              <td colSpan={2 + CASE_REPORT_COLUMNS.length} className="p-4 text-slate-500">
                Không có hồ sơ trong năm này.
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <td className="p-2" />
            <th scope="row" className="p-2 text-left">
              Tổng cộng
            </th>
            <Cells f={report.total} />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
