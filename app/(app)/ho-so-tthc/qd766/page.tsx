import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { caseYears } from "@/lib/queries/cases/case-years";
import { qd766Figures, qd766Period } from "@/lib/queries/qd766/qd766-figures";
import { qd766Result, sumFigures } from "@/lib/cases/qd766";
import { PageHeader } from "@/components/ui/page-header";
import { CaseNav } from "@/components/cases/case-nav";
import { YearPicker } from "@/components/cases/year-picker";
import { Qd766Table } from "@/components/cases/qd766-table";
import { reportYear } from "@/components/cases/report-year";

export const metadata: Metadata = { title: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)" };

/**
 * The QĐ 766 index computed from the records for the user's scope and a year: on its own tab, since
 * its digitisation and fee facts are read from the year's records (the dashboard reads summaries).
 */
export default async function CaseQd766Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("cases:read");
  const unitIds = scopedUnitIds(user, "cases:read");
  const years = await caseYears();
  const year = reportYear((await searchParams).nam, years);
  const byUnit = await qd766Figures(qd766Period(year), unitIds);
  return (
    <>
      <PageHeader
        title={`Chỉ số phục vụ người dân, doanh nghiệp năm ${year}`}
        description="Theo QĐ 766/QĐ-TTg, tính từ dữ liệu hồ sơ, danh mục thủ tục và phản ánh, kiến nghị đã nhập; điểm chính thức của từng đơn vị ở trang Chỉ số QĐ 766 của đơn vị."
        actions={<YearPicker years={years} year={year} />}
      />
      <CaseNav current="/ho-so-tthc/qd766" canImport={can(user, "cases:import")} />
      <Qd766Table result={qd766Result(sumFigures([...byUnit.values()]))} />
    </>
  );
}
