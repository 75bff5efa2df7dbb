// GET /ho-so-tthc/bao-cao/xuat-excel?nam=2023 — the official case report of a year as XLSX
// (cases:read; a unit's users get their own unit's report).
import { authedRoute } from "@/lib/auth/route";
import { env } from "@/lib/env";
import { scopedUnitIds } from "@/lib/queries/scope";
import { caseReportOfficial } from "@/lib/queries/cases/case-report-official";
import { caseReportWorkbook } from "@/lib/reports/xlsx/case-report-workbook";
import { attachment, XLSX_TYPE } from "@/lib/reports/xlsx/sheet";
import { reportYear } from "@/components/cases/report-year";

export const GET = authedRoute("cases:read", async (req, user) => {
  const year = reportYear(new URL(req.url).searchParams.get("nam"));
  const unitIds = scopedUnitIds(user, "cases:read");
  const report = await caseReportOfficial(year, unitIds);
  const body = await caseReportWorkbook(report, {
    province: env.CCHC_PROVINCE,
    unitName: unitIds ? user.unitName : null,
  }).xlsx.writeBuffer();
  return new Response(body as ArrayBuffer, {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": attachment(`bao-cao-giai-quyet-tthc-${year}.xlsx`),
      "Cache-Control": "private, no-store",
    },
  });
});
