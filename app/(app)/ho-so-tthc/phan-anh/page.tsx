import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { feedbackFigures } from "@/lib/queries/feedback/feedback-figures";
import { fmtInt, fmtPct } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { CaseNav } from "@/components/cases/case-nav";
import { YearPicker } from "@/components/cases/year-picker";
import { TableScroll } from "@/components/ui/table-scroll";
import { FeedbackImportForm } from "@/components/cases/feedback-import-form";

export const metadata: Metadata = { title: "Phản ánh, kiến nghị" };

export default async function FeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("cases:read");
  const unitIds = scopedUnitIds(user, "cases:read");
  const now = new Date().getFullYear();
  const sp = await searchParams;
  const year = Number(sp.nam) >= 2000 && Number(sp.nam) <= 2100 ? Number(sp.nam) : now;
  const rows = await feedbackFigures(year, unitIds);
  const sum = (k: "received" | "resolved" | "resolvedInTime" | "open") => rows.reduce((a, r) => a + r[k], 0);
  return (
    <>
      <PageHeader
        title="Phản ánh, kiến nghị (PAKN)"
        description="Tiếp nhận trong năm, đã xử lý và xử lý đúng hạn theo đơn vị"
        actions={<YearPicker years={Array.from({ length: 6 }, (_, i) => now - i)} year={year} />}
      />
      <CaseNav current="/ho-so-tthc/phan-anh" canImport={can(user, "cases:import")} />
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Phản ánh, kiến nghị năm {year} theo đơn vị</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Đơn vị</th>
              <th className="p-2 text-right">Tiếp nhận</th>
              <th className="p-2 text-right">Đã xử lý</th>
              <th className="p-2 text-right">Xử lý đúng hạn</th>
              <th className="p-2 text-right">Đang xử lý</th>
              <th className="p-2 text-right">Tỷ lệ đúng hạn</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-normal">
                  {r.unitName}
                </th>
                <td className="num p-2 text-right">{fmtInt(r.received)}</td>
                <td className="num p-2 text-right">{fmtInt(r.resolved)}</td>
                <td className="num p-2 text-right">{fmtInt(r.resolvedInTime)}</td>
                <td className="num p-2 text-right">{fmtInt(r.open)}</td>
                <td className="num p-2 text-right">{fmtPct(r.resolvedInTimeRate)}</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="p-4 text-slate-500">
                  Chưa có phản ánh, kiến nghị nào trong năm {year}.
                </td>
              </tr>
            ) : (
              <tr className="border-t-2 border-slate-300 font-medium">
                <th scope="row" className="p-2 text-left">
                  Tổng
                </th>
                <td className="num p-2 text-right">{fmtInt(sum("received"))}</td>
                <td className="num p-2 text-right">{fmtInt(sum("resolved"))}</td>
                <td className="num p-2 text-right">{fmtInt(sum("resolvedInTime"))}</td>
                <td className="num p-2 text-right">{fmtInt(sum("open"))}</td>
                <td className="num p-2 text-right">
                  {fmtPct(
                    sum("received")
                      ? Math.round((sum("resolvedInTime") / sum("received")) * 10_000) / 100
                      : null,
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {can(user, "cases:import") ? <FeedbackImportForm /> : null}
    </>
  );
}
