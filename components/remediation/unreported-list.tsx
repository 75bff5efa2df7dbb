import Link from "next/link";
import { fmtDate, fmtInt } from "@/lib/format";
import type { unreported } from "@/lib/remediation/reports";
import { TableScroll } from "@/components/ui/table-scroll";

type Unreported = Awaited<ReturnType<typeof unreported>>;

export function UnreportedList({ data, year }: { data: Unreported; year: number }) {
  const rows = [
    ...data.plans.map((p) => ({
      key: `p${p.id}`,
      unit: p.unit,
      what: `Kế hoạch khắc phục năm ${year}: ${fmtInt(p._count.items)} mục`,
      href: `/khac-phuc/${p.unit.code}?nam=${year}`,
    })),
    ...data.inspections.map((i) => ({
      key: `i${i.id}`,
      unit: i.unit,
      what: `Kiểm tra ngày ${fmtDate(i.visitDate)} (QĐ ${i.decisionNumber}): ${fmtInt(i._count.findings)} tồn tại, hạn chế`,
      href: `/kiem-tra/${i.id}`,
    })),
  ];
  if (!rows.length) return <p className="text-sm text-slate-500">Mọi đơn vị đã báo cáo kết quả khắc phục.</p>;
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="unreported">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Đơn vị</th>
            <th className="p-2">Chưa báo cáo kết quả khắc phục</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              <th scope="row" className="p-2 text-left font-normal">
                {r.unit.name}
              </th>
              <td className="p-2">
                <Link href={r.href} className="text-brand-700 underline">
                  {r.what}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
