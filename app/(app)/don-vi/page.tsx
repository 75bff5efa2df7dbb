import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/permissions";
import { listUnits } from "@/lib/units/queries";
import { UNIT_TYPE_LABELS, LEVEL_LABELS, groupLabel } from "@/lib/labels";
import { fmtDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { linkClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Đơn vị" };

export default async function UnitsPage() {
  const user = await requirePermission("units:read");
  const all = await listUnits(scopeOf(user, "units:read")!);
  // units that ended in a reorganisation come after the ones that exist today, marked as such
  const today = new Date();
  const ended = (u: { validTo: Date | null }) => u.validTo !== null && u.validTo < today;
  const units = [...all.filter((u) => !ended(u)), ...all.filter(ended)];
  const current = units.filter((u) => !ended(u)).length;
  return (
    <>
      <PageHeader
        title="Đơn vị"
        description={`${current} đơn vị đang hoạt động${units.length > current ? `, ${units.length - current} đơn vị đã kết thúc (sáp nhập, chia tách, giải thể)` : ""}`}
      />
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Mã</th>
              <th className="p-2">Tên đơn vị</th>
              <th className="p-2">Loại</th>
              <th className="p-2">Cấp</th>
              <th className="p-2">Khối xếp hạng</th>
              <th className="p-2">Trực thuộc</th>
              <th className="p-2">Hiệu lực đến</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="p-2 font-mono text-xs">{u.code}</td>
                <td className="p-2">
                  <Link className={linkClass} href={`/don-vi/${u.code}`}>
                    {u.name}
                  </Link>
                </td>
                <td className="p-2">{UNIT_TYPE_LABELS[u.type]}</td>
                <td className="p-2">{LEVEL_LABELS[u.level]}</td>
                <td className="p-2">{groupLabel(u.group)}</td>
                <td className="p-2">{u.parent?.name ?? ""}</td>
                <td className="p-2">
                  {u.validTo ? (
                    <>
                      {fmtDate(u.validTo)}
                      {ended(u) ? <span className="ml-1 text-slate-500">(đã kết thúc)</span> : null}
                    </>
                  ) : (
                    ""
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
