import { fmtDate } from "@/lib/format";
import type { InspectionDetail } from "@/lib/inspections/queries";
import { STATUS_LABELS, dayOf, isFinished } from "@/lib/remediation/status";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * The follow-up directives of an inspection and where each stands: not yet in the addressed unit's
 * remediation plan, in it (with its status), or past its deadline unfinished.
 */
export function DirectivesTable({
  directives,
  inspectedUnit,
  today,
}: {
  directives: InspectionDetail["findings"];
  inspectedUnit: string;
  today: string;
}) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white" label="Chỉ đạo khắc phục">
      <table className="table-stack w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Văn bản</th>
            <th className="p-2">Nội dung chỉ đạo</th>
            <th className="p-2">Đơn vị thực hiện</th>
            <th className="p-2">Hạn</th>
            <th className="p-2">Theo dõi</th>
          </tr>
        </thead>
        <tbody>
          {directives.map((d) => {
            const items = d.remediationItems;
            const finished = items.length > 0 && items.every((r) => isFinished(r.status));
            const late = !finished && d.dueDate !== null && dayOf(d.dueDate) < today;
            return (
              <tr
                key={d.id}
                className="border-t border-slate-100 align-top first:border-t-0 sm:first:border-t"
              >
                <td className="whitespace-nowrap p-2 max-sm:font-semibold">
                  Số {d.documentNumber}
                  <span className="block text-xs text-slate-500">ngày {fmtDate(d.documentDate)}</span>
                </td>
                <td className="min-w-48 p-2">{d.text}</td>
                <td className="p-2" data-label="Đơn vị thực hiện">
                  {d.addressedUnit?.name ?? inspectedUnit}
                </td>
                <td className="num whitespace-nowrap p-2" data-label="Hạn">
                  {fmtDate(d.dueDate)}
                </td>
                <td className="p-2" data-label="Theo dõi">
                  {items.length ? (
                    items.map((r) => `${STATUS_LABELS[r.status]} (KH ${r.plan.year})`).join("; ")
                  ) : (
                    <span className="text-slate-500">Chưa đưa vào kế hoạch</span>
                  )}
                  {late ? <strong className="ml-1 text-red-700">· quá hạn</strong> : null}
                </td>
              </tr>
            );
          })}
          {directives.length === 0 ? (
            <tr>
              <td colSpan={5} className="p-4 text-slate-500">
                Chưa có văn bản chỉ đạo khắc phục nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
}
