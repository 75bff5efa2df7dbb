import { fmtDate } from "@/lib/format";
import { SEVERITY_LABELS } from "@/lib/inspections/inspection-input";
import type { InspectionDetail } from "@/lib/inspections/queries";
import { STATUS_LABELS } from "@/lib/remediation/status";
import { TableScroll } from "@/components/ui/table-scroll";

const SEVERITY_CLASS = {
  LOW: "bg-slate-100 text-slate-700",
  MEDIUM: "bg-amber-100 text-amber-800",
  HIGH: "bg-red-100 text-red-800",
} as const;

// On phones each finding is a card (table-stack in globals.css): the text in full, then each column
// on its own labelled line; from sm up and on paper it is the table.
export function FindingsTable({ findings }: { findings: InspectionDetail["findings"] }) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Tồn tại, hạn chế">
      <table className="table-stack w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">#</th>
            <th className="p-2">Tồn tại, hạn chế</th>
            <th className="p-2">Tiêu chí</th>
            <th className="p-2">Mức độ</th>
            <th className="p-2">Yêu cầu khắc phục</th>
            <th className="p-2">Hạn</th>
            <th className="p-2">Khắc phục</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={f.id} className="border-t border-slate-100 align-top first:border-t-0 sm:first:border-t">
              <td className="num p-2 max-sm:float-left max-sm:pr-0 max-sm:font-semibold">
                {i + 1}
                <span className="sm:hidden">.</span>
              </td>
              <td className="min-w-48 p-2 max-sm:font-medium">{f.text}</td>
              <td className="num p-2" data-label="Tiêu chí">
                {f.criterionCode ?? "—"}
              </td>
              <td className="p-2" data-label="Mức độ">
                <span
                  className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${SEVERITY_CLASS[f.severity]}`}
                >
                  {SEVERITY_LABELS[f.severity]}
                </span>
              </td>
              <td className="min-w-48 p-2" data-label="Yêu cầu khắc phục">
                {f.requiredAction}
              </td>
              <td className="num whitespace-nowrap p-2" data-label="Hạn">
                {fmtDate(f.dueDate)}
              </td>
              <td className="p-2" data-label="Khắc phục">
                {f.remediationItems.length ? (
                  f.remediationItems.map((r) => `${STATUS_LABELS[r.status]} (KH ${r.plan.year})`).join("; ")
                ) : (
                  <span className="text-slate-500">Chưa đưa vào kế hoạch</span>
                )}
              </td>
            </tr>
          ))}
          {findings.length === 0 ? (
            <tr>
              <td colSpan={7} className="p-4 text-slate-500">
                Chưa ghi nhận tồn tại, hạn chế nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
