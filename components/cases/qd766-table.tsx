import { QD766_SOURCES, type Qd766Result } from "@/lib/cases/qd766";
import { fmt2, fmtPct } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

/** "x / max of the parts with data": a part without data is left out of both. */
export const pointsOf = (points: number | null, maxWithData: number) =>
  points === null ? "—" : `${fmt2(points)} / ${fmt2(maxWithData)}`;

/** The QĐ 766 index computed from records: groups, their indicators, the rule and source of each. */
export function Qd766Table({ result }: { result: Qd766Result }) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        Tổng điểm tính từ dữ liệu:{" "}
        <strong className="num">
          {pointsOf(result.maxWithData ? result.points : null, result.maxWithData)}
        </strong>{" "}
        điểm
        {result.maxWithData < 100
          ? ` (chỉ gồm các chỉ số có dữ liệu, tối đa ${fmt2(result.maxWithData)}/100 điểm; quy đổi thang 100: ${fmt2(result.total)})`
          : ""}
        . Chỉ số chỉ có trên Cổng Dịch vụ công quốc gia lấy từ tệp điểm chính thức (
        <code>npm run cchc -- import qd766</code>).
      </p>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Các chỉ số theo QĐ 766/QĐ-TTg tính từ dữ liệu</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Chỉ số</th>
              <th className="p-2">Cách tính</th>
              <th className="p-2 text-right">Tỷ lệ</th>
              <th className="p-2 text-right">Điểm</th>
              <th className="p-2">Ghi chú</th>
            </tr>
          </thead>
          {result.groups.map((g) => (
            <tbody key={g.key}>
              <tr className="border-t border-slate-300 bg-slate-50">
                <th scope="rowgroup" colSpan={3} className="p-2 text-left font-semibold">
                  {g.label} (tối đa {g.max} điểm)
                </th>
                <td className="num p-2 text-right font-semibold">{pointsOf(g.points, g.maxWithData)}</td>
                <td className="p-2 text-slate-600">
                  {g.points === null
                    ? "Chưa có dữ liệu: không tính vào tổng"
                    : g.maxWithData < g.max
                      ? `Chỉ tính ${fmt2(g.maxWithData)}/${g.max} điểm có dữ liệu`
                      : ""}
                </td>
              </tr>
              {g.indicators.map((i) => (
                <tr key={i.code} className="border-t border-slate-100">
                  <th scope="row" className="p-2 pl-5 text-left font-normal">
                    {i.code}. {i.label}
                  </th>
                  <td className="p-2 text-slate-600">
                    {i.rule}
                    <span className="block text-xs text-slate-500">Nguồn: {i.source}</span>
                  </td>
                  <td className="num p-2 text-right">{fmtPct(i.value)}</td>
                  <td className="num p-2 text-right">
                    {i.points === null ? `—/${fmt2(i.max)}` : `${fmt2(i.points)}/${fmt2(i.max)}`}
                  </td>
                  <td className="p-2 text-slate-600">{i.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
      <p className="mt-1 text-xs text-slate-500">
        {QD766_SOURCES.map((s) => `${s.mark} ${s.text}`).join(" · ")}.
      </p>
    </>
  );
}
