// Criteria sets by year, group and version, with their total max and the rounds using each.
import Link from "next/link";
import { fmt2, fmtDateTime } from "@/lib/format";
import { groupLabel } from "@/lib/labels";
import type { CriteriaSetRow } from "@/lib/criteria/queries";
import { RoundStatus } from "./round-status";
import { linkClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";

export function CriteriaSetList({ sets, manage }: { sets: CriteriaSetRow[]; manage: boolean }) {
  if (sets.length === 0) return <p className="text-slate-600">Chưa có bộ tiêu chí nào.</p>;
  return (
    <TableScroll className="rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm">
        <thead className="bg-slate-100 text-left text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">Năm</th>
            <th className="px-3 py-2">Khối</th>
            <th className="px-3 py-2">Phiên bản</th>
            <th className="px-3 py-2">Tên</th>
            <th className="px-3 py-2 text-right">Tổng điểm tối đa</th>
            <th className="px-3 py-2">Đợt đánh giá sử dụng</th>
            <th className="px-3 py-2 no-print">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id} className="border-t border-slate-100 align-top">
              <td className="num px-3 py-2 font-medium">{s.year}</td>
              <td className="px-3 py-2">{groupLabel(s.group)}</td>
              <td className="num px-3 py-2">v{s.version}</td>
              <td className="px-3 py-2">
                <Link href={`/tieu-chi/${s.id}`} className={linkClass}>
                  {s.name}
                </Link>
                <span className="block text-xs text-slate-500">Cập nhật {fmtDateTime(s.updatedAt)}</span>
              </td>
              <td className="num px-3 py-2 text-right">
                {fmt2(s.max)}
                {s.bonus ? <span className="block text-xs text-slate-500">+{fmt2(s.bonus)} cộng</span> : null}
              </td>
              <td className="px-3 py-2">
                {s.rounds.length ? (
                  s.rounds.map((r) => (
                    <span key={r.id} className="mr-2 inline-flex items-center gap-1">
                      {r.name} <RoundStatus status={r.status} />
                    </span>
                  ))
                ) : (
                  <span className="text-slate-500">Chưa dùng</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap no-print">
                <Link href={`/tieu-chi/${s.id}`} className={`mr-3 ${linkClass}`}>
                  Xem
                </Link>
                {manage ? (
                  <Link href={`/tieu-chi/${s.id}/sua`} className={`mr-3 ${linkClass}`}>
                    Sửa
                  </Link>
                ) : null}
                <a href={`/tieu-chi/${s.id}/json`} className={linkClass} download>
                  JSON
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
