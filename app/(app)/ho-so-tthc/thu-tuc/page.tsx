import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { scopedUnitIds } from "@/lib/queries/scope";
import { parseId } from "@/lib/ids";
import { procedureOnlineShare, procedureYears, unitProcedures } from "@/lib/queries/procedures/online-share";
import { fmtInt, fmtPct } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { CaseNav } from "@/components/cases/case-nav";
import { unitChoices } from "@/lib/units/queries";
import { TableScroll } from "@/components/ui/table-scroll";
import { YearPicker } from "@/components/cases/year-picker";
import { RemoveProcedureButton } from "@/components/cases/remove-procedure-button";

export const metadata: Metadata = { title: "Danh mục thủ tục hành chính" };

export default async function ProceduresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("cases:read");
  const unitIds = scopedUnitIds(user, "cases:read");
  const sp = await searchParams;
  const now = new Date().getFullYear();
  const year = Number(sp.nam) >= 2000 && Number(sp.nam) <= 2100 ? Number(sp.nam) : now;
  const [shares, units, years] = await Promise.all([
    procedureOnlineShare(unitIds, year),
    unitChoices(unitIds),
    procedureYears(unitIds),
  ]);
  const target = env.CCHC_ONLINE_SERVICE_TARGET;
  // the share the province's target judges: fully online unless the province set full-or-partial
  const anyCounts = env.CCHC_ONLINE_SERVICE_BASIS === "toan_trinh_mot_phan";
  const judged = (s: { onlineRate: number | null; anyOnlineRate: number | null }) =>
    anyCounts ? s.anyOnlineRate : s.onlineRate;
  const total = shares.reduce((a, s) => a + s.total, 0);
  const full = shares.reduce((a, s) => a + s.fullyOnline, 0);
  const online = shares.reduce((a, s) => a + s.fullyOnline + s.partlyOnline, 0);
  const pct = (n: number) => (total ? Math.round((n / total) * 10_000) / 100 : null);
  const totals = { onlineRate: pct(full), anyOnlineRate: pct(online) };
  const rate = judged(totals);
  const basis = anyCounts ? "toàn trình hoặc một phần" : "toàn trình";
  const byUnit = new Map(shares.map((s) => [s.unitId, s]));
  // one unit's list: the unit chosen in the table, else a unit user's own unit
  const asked = parseId(sp.don_vi);
  const shown = units.some((u) => u.id === asked) ? asked : unitIds ? (unitIds[0] ?? null) : null;
  const shownUnit = units.find((u) => u.id === shown);
  const procedures = shown ? await unitProcedures(shown, year) : [];
  const catalogueYear = shown ? byUnit.get(shown)?.catalogueYear : undefined;
  const canRemove = can(user, "cases:import");
  const LEVEL = { TOAN_TRINH: "Toàn trình", MOT_PHAN: "Một phần", KHONG: "Không" } as const;
  return (
    <>
      <PageHeader
        title="Danh mục thủ tục hành chính"
        description={
          <>
            Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến năm {year} so với mục tiêu của tỉnh (
            {fmtPct(target)}), theo danh mục có hiệu lực trong năm của mỗi đơn vị. Nhập danh mục của một năm:{" "}
            <code>npm run cchc -- import procedures TỆP.csv --nam {year}</code>
          </>
        }
        actions={<YearPicker years={years.length ? years : [now]} year={year} />}
      />
      <CaseNav current="/ho-so-tthc/thu-tuc" canImport={can(user, "cases:import")} />
      <section className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Số thủ tục" value={fmtInt(total)} />
        <StatCard
          label="Trực tuyến toàn trình"
          value={fmtPct(totals.onlineRate)}
          hint={`${fmtInt(full)} thủ tục`}
        />
        <StatCard
          label="Toàn trình hoặc một phần"
          value={fmtPct(totals.anyOnlineRate)}
          hint={`${fmtInt(online)} thủ tục`}
        />
        <StatCard
          label={`So với mục tiêu ${fmtPct(target)}`}
          value={rate === null ? "—" : rate >= target ? "Đạt" : "Chưa đạt"}
          hint={`tính theo tỷ lệ ${basis}`}
        />
      </section>
      <h2 className="mb-2 mt-8 text-lg font-semibold">Theo đơn vị</h2>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Đơn vị</th>
              <th className="p-2 text-right">Số thủ tục</th>
              <th className="p-2 text-right">Toàn trình</th>
              <th className="p-2 text-right">Một phần</th>
              <th className="p-2 text-right">Tỷ lệ toàn trình</th>
              <th className="p-2 text-right">Toàn trình hoặc một phần</th>
              <th className="p-2">So với mục tiêu ({basis})</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => {
              const s = byUnit.get(u.id);
              return (
                <tr key={u.id} className="border-t border-slate-100">
                  <th scope="row" className="p-2 text-left font-normal">
                    {s && u.id !== shown ? (
                      <a className="text-blue-800 underline" href={`?nam=${year}&don_vi=${u.id}#thu-tuc`}>
                        {u.name}
                      </a>
                    ) : (
                      u.name
                    )}
                    {s && s.catalogueYear !== year ? (
                      <span className="ml-1 text-xs text-slate-500">(danh mục năm {s.catalogueYear})</span>
                    ) : null}
                  </th>
                  <td className="num p-2 text-right">{fmtInt(s?.total ?? 0)}</td>
                  <td className="num p-2 text-right">{fmtInt(s?.fullyOnline ?? 0)}</td>
                  <td className="num p-2 text-right">{fmtInt(s?.partlyOnline ?? 0)}</td>
                  <td className="num p-2 text-right">{fmtPct(s?.onlineRate ?? null)}</td>
                  <td className="num p-2 text-right">{fmtPct(s?.anyOnlineRate ?? null)}</td>
                  <td className="p-2">
                    {!s ? (
                      <span className="text-slate-500">Chưa có danh mục</span>
                    ) : (judged(s) ?? 0) >= target ? (
                      <span className="text-green-700">Đạt</span>
                    ) : (
                      <span className="text-red-700">Chưa đạt</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {procedures.length ? (
        <>
          <h2 id="thu-tuc" className="mb-2 mt-8 text-lg font-semibold">
            Thủ tục của {shownUnit?.name ?? "đơn vị"} (danh mục năm {catalogueYear ?? year})
          </h2>
          <TableScroll className="rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th className="p-2">Mã</th>
                  <th className="p-2">Tên thủ tục</th>
                  <th className="p-2">Lĩnh vực</th>
                  <th className="p-2">Mức độ trực tuyến</th>
                  {canRemove ? <th className="no-print p-2">Thao tác</th> : null}
                </tr>
              </thead>
              <tbody>
                {procedures.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <td className="p-2 font-mono text-xs">{p.code}</td>
                    <td className="p-2">{p.name}</td>
                    <td className="p-2">{p.field ?? "—"}</td>
                    <td className="p-2">{LEVEL[p.onlineLevel as keyof typeof LEVEL]}</td>
                    {canRemove ? (
                      <td className="no-print p-2">
                        <RemoveProcedureButton id={p.id} label={p.name} year={p.year} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </>
  );
}
