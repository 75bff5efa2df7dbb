import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { caseYears } from "@/lib/queries/cases/case-years";
import { caseReportOfficial } from "@/lib/queries/cases/case-report-official";
import { fmtInt } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { secondaryButtonClass } from "@/components/ui/field";
import { CaseNav } from "@/components/cases/case-nav";
import { YearPicker } from "@/components/cases/year-picker";
import { OfficialReportTable } from "@/components/cases/official-report-table";
import { reportYear } from "@/components/cases/report-year";
import { PrintHeader, SignatureBlock } from "@/components/reports/print-parts";

export const metadata: Metadata = { title: "Báo cáo giải quyết TTHC" };

export default async function CaseOfficialReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("cases:read");
  const unitIds = scopedUnitIds(user, "cases:read");
  const years = await caseYears();
  const year = reportYear((await searchParams).nam, years);
  const report = await caseReportOfficial(year, unitIds);
  const t = report.total;
  return (
    <>
      <PrintHeader
        title={`Tổng hợp tình hình, kết quả giải quyết thủ tục hành chính năm ${year}`}
        subtitle={`Kỳ báo cáo: từ ngày 01/01/${year} đến hết ngày 31/12/${year}`}
      />
      <PageHeader
        title={`Báo cáo tình hình giải quyết TTHC năm ${year}`}
        description={`Kỳ báo cáo: từ ngày 01/01/${year} đến hết ngày 31/12/${year}. Số nhận giải quyết = từ kỳ trước chuyển qua + mới tiếp nhận = đã giải quyết + đang giải quyết; hồ sơ trả lại, dừng xử lý không tính.`}
        actions={
          <>
            <YearPicker years={years} year={year} />
            <a href={`/ho-so-tthc/bao-cao/xuat-excel?nam=${year}`} className={secondaryButtonClass}>
              Tải Excel
            </a>
          </>
        }
      />
      <CaseNav current="/ho-so-tthc/bao-cao" canImport={can(user, "cases:import")} />
      <section aria-label="Tổng hợp" className="mb-6 grid gap-3 sm:grid-cols-3">
        <StatCard
          label="Nhận giải quyết"
          value={fmtInt(t.received)}
          hint={`${fmtInt(t.carriedOver)} từ kỳ trước, ${fmtInt(t.receivedNew)} mới tiếp nhận (${fmtInt(t.receivedOnline)} trực tuyến)`}
        />
        <StatCard
          label="Đã giải quyết"
          value={fmtInt(t.finished)}
          hint={`${fmtInt(t.early)} trước hạn, ${fmtInt(t.onTime)} đúng hạn, ${fmtInt(t.late)} quá hạn`}
        />
        <StatCard
          label="Đang giải quyết"
          value={fmtInt(t.open)}
          hint={`${fmtInt(t.openInTime)} trong hạn, ${fmtInt(t.overdue)} quá hạn`}
        />
      </section>
      <OfficialReportTable report={report} />
      <SignatureBlock />
    </>
  );
}
