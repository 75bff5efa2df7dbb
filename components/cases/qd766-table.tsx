import type { Qd766Part } from "@/lib/cases/qd766";
import { fmt2, fmtPct } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

export function Qd766Table({ parts }: { parts: Qd766Part[] }) {
  return (
    <TableScroll className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Các chỉ số theo QĐ 766/QĐ-TTg tính từ dữ liệu</caption>
        <thead className="bg-slate-100 text-left">
          <tr><th className="p-2">Nhóm chỉ số</th><th className="p-2">Cách tính</th><th className="p-2 text-right">Giá trị</th><th className="p-2 text-right">Điểm</th><th className="p-2">Ghi chú</th></tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.key} className="border-t border-slate-100">
              <th scope="row" className="p-2 text-left font-normal">{p.label}</th>
              <td className="p-2 text-slate-600">{p.rule}</td>
              <td className="num p-2 text-right">{fmtPct(p.value)}</td>
              <td className="num p-2 text-right">{p.points === null ? "—" : `${fmt2(p.points)}/${fmt2(p.max)}`}</td>
              <td className="p-2 text-slate-600">{p.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
