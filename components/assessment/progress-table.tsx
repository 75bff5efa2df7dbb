// Units of a round with how far their self-assessment and appraisal have come.
import Link from "next/link";
import type { UnitProgress } from "@/lib/assessment/rounds";
import { fmtDate } from "@/lib/format";
import { linkClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import { submissionStatusLabel } from "@/lib/labels";

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 100) : 0);

export function ProgressTable({
  units,
  link,
  show = "both",
}: {
  units: UnitProgress[];
  link?: (u: UnitProgress) => string;
  show?: "both" | "self";
}) {
  if (!units.length) return <p className="text-sm text-slate-600">Không có đơn vị nào.</p>;
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Đơn vị</th>
            <th className="p-2">Trạng thái</th>
            <th className="p-2">Tự đánh giá</th>
            {show === "both" ? <th className="p-2">Thẩm định</th> : null}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId} className="border-t border-slate-100" data-testid={`progress-${u.code}`}>
              <td className="p-2">
                {link ? (
                  <Link className={linkClass} href={link(u)}>
                    {u.name}
                  </Link>
                ) : (
                  u.name
                )}{" "}
                <span className="font-mono text-xs text-slate-500">{u.code}</span>
              </td>
              <td className="whitespace-nowrap p-2">
                {submissionStatusLabel(u.status)}
                {u.submittedAt ? ` ${fmtDate(u.submittedAt)}` : ""}
              </td>
              <td className="whitespace-nowrap p-2">
                <span className="num">
                  {u.filled}/{u.total}
                </span>{" "}
                <Bar value={pct(u.filled, u.total)} />
              </td>
              {show === "both" ? (
                <td className="whitespace-nowrap p-2">
                  <span className="num">
                    {u.appraised}/{u.total}
                  </span>{" "}
                  <Bar value={pct(u.appraised, u.total)} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Bar({ value }: { value: number }) {
  return (
    <span className="ml-1 inline-block h-2 w-16 rounded bg-slate-200 align-middle" aria-hidden>
      <span className="block h-2 rounded bg-brand-700" style={{ width: `${value}%` }} />
    </span>
  );
}
