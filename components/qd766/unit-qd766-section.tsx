// A unit's QĐ 766 scores: the official scores the portal published beside those computed from the
// records, with the difference, by month of the year and by year; the groups of the year.
import { QD766_GROUPS, groupOnFullScale } from "@/lib/cases/qd766";
import type { Qd766Row, UnitQd766 } from "@/lib/queries/qd766/unit-qd766";
import { fmt2, fmtDelta } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";
import { pointsOf } from "@/components/cases/qd766-table";
import { Qd766Chart } from "./qd766-chart";

const th = "p-2 text-right";

function Rows({ rows, label }: { rows: Qd766Row[]; label: (r: Qd766Row) => string }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={`${r.year}-${r.month}`} className="border-t border-slate-100">
          <th scope="row" className="p-2 text-left font-normal">
            {label(r)}
          </th>
          <td className="num p-2 text-right">{r.official ? fmt2(r.official.total) : "—"}</td>
          <td className="num p-2 text-right">
            {r.official?.rank ? `${r.official.rank}${r.official.outOf ? `/${r.official.outOf}` : ""}` : "—"}
          </td>
          <td className="num p-2 text-right">
            {pointsOf(r.computed.maxWithData ? r.computed.points : null, r.computed.maxWithData)}
          </td>
          <td className="num p-2 text-right">{fmt2(r.computed.total)}</td>
          <td className="num p-2 text-right">{fmtDelta(r.difference)}</td>
        </tr>
      ))}
    </tbody>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead className="bg-slate-100 text-left">
      <tr>
        <th className="p-2">{first}</th>
        <th className={th}>Chính thức</th>
        <th className={th}>Xếp hạng</th>
        <th className={th}>Tính từ dữ liệu</th>
        <th className={th}>Quy đổi thang 100</th>
        <th className={th}>Chênh lệch</th>
      </tr>
    </thead>
  );
}

export function UnitQd766Section({ data }: { data: UnitQd766 }) {
  const year = data.years.find((y) => y.year === data.year);
  const monthLabel = (r: Qd766Row) => `Tháng ${String(r.month).padStart(2, "0")}/${r.year}`;
  return (
    <section className="mt-8" aria-labelledby="qd766-heading">
      <h2 id="qd766-heading" className="text-lg font-semibold">
        Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) năm {data.year}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Điểm chính thức do Cổng Dịch vụ công quốc gia công bố (nhập bằng <code>import qd766</code>) đặt cạnh
        điểm tính từ dữ liệu của hệ thống. Điểm tính từ dữ liệu chỉ gồm các chỉ số có dữ liệu (ghi “x / điểm
        tối đa có dữ liệu”) và được quy đổi về thang 100 để so sánh; chênh lệch = quy đổi − chính thức.
      </p>
      {year ? (
        <TableScroll className="mt-3 rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="p-2 text-left font-medium">Theo nhóm chỉ số, năm {data.year}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">Nhóm</th>
                <th className={th}>Tối đa</th>
                <th className={th}>Chính thức</th>
                <th className={th}>Tính từ dữ liệu</th>
                <th className={th}>Quy đổi thang nhóm</th>
                <th className={th}>Chênh lệch</th>
              </tr>
            </thead>
            <tbody>
              {QD766_GROUPS.map((g) => {
                const c = year.computed.groups.find((x) => x.key === g.key)!;
                const scaled = groupOnFullScale(c);
                const off = year.official?.groups[g.key] ?? null;
                return (
                  <tr key={g.key} className="border-t border-slate-100">
                    <th scope="row" className="p-2 text-left font-normal">
                      {g.label}
                    </th>
                    <td className="num p-2 text-right">{g.max}</td>
                    <td className="num p-2 text-right">{fmt2(off)}</td>
                    <td className="num p-2 text-right">{pointsOf(c.points, c.maxWithData)}</td>
                    <td className="num p-2 text-right">{fmt2(scaled)}</td>
                    <td className="num p-2 text-right">
                      {off !== null && scaled !== null
                        ? fmtDelta(Math.round((scaled - off) * 100) / 100)
                        : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <div className="mt-4 grid grid-cols-1 gap-4 xl:grid-cols-5">
        <div className="xl:col-span-2">
          <h3 className="text-sm font-medium">Theo tháng</h3>
          <Qd766Chart
            points={data.months.map((m) => ({
              label: `T${m.month}`,
              official: m.official?.total ?? null,
              computed: m.computed.total,
            }))}
          />
        </div>
        <TableScroll className="xl:col-span-3 rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">
              Điểm QĐ 766 theo tháng năm {data.year}: chính thức và tính từ dữ liệu
            </caption>
            <Head first="Kỳ" />
            <Rows rows={data.months} label={monthLabel} />
          </table>
        </TableScroll>
      </div>
      {data.years.length ? (
        <div className="mt-4 grid grid-cols-1 gap-4 xl:grid-cols-5">
          <div className="xl:col-span-2">
            <h3 className="text-sm font-medium">Theo năm</h3>
            <Qd766Chart
              points={data.years.map((y) => ({
                label: String(y.year),
                official: y.official?.total ?? null,
                computed: y.computed.total,
              }))}
            />
          </div>
          <TableScroll className="xl:col-span-3 rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <caption className="sr-only">Điểm QĐ 766 theo năm: chính thức và tính từ dữ liệu</caption>
              <Head first="Năm" />
              <Rows rows={data.years} label={(r) => `Năm ${r.year}`} />
            </table>
          </TableScroll>
        </div>
      ) : null}
    </section>
  );
}
