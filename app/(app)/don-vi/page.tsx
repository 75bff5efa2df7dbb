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
  const units = await listUnits(scopeOf(user, "units:read")!);
  return (
    <>
      <PageHeader title="Đơn vị" description={`${units.length} đơn vị`} />
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr><th className="p-2">Mã</th><th className="p-2">Tên đơn vị</th><th className="p-2">Loại</th><th className="p-2">Cấp</th><th className="p-2">Khối xếp hạng</th><th className="p-2">Trực thuộc</th><th className="p-2">Hiệu lực đến</th></tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="p-2 font-mono text-xs">{u.code}</td>
                <td className="p-2"><Link className={linkClass} href={`/don-vi/${u.code}`}>{u.name}</Link></td>
                <td className="p-2">{UNIT_TYPE_LABELS[u.type]}</td>
                <td className="p-2">{LEVEL_LABELS[u.level]}</td>
                <td className="p-2">{groupLabel(u.group)}</td>
                <td className="p-2">{u.parent?.name ?? ""}</td>
                <td className="p-2">{u.validTo ? fmtDate(u.validTo) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
