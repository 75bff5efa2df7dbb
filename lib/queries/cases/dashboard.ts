import "server-only";
// Everything the case dashboard shows for a year and a set of units, queried in parallel.
import { caseReport } from "@/lib/queries/cases/case-report";
import { caseReportAsOf } from "@/lib/queries/cases/case-report-as-of";
import { caseReportByMonth } from "@/lib/queries/cases/case-report-by-month";
import { caseFields } from "@/lib/queries/cases/case-fields";
import { lateCases } from "@/lib/queries/cases/late-cases";
import { pageNumber } from "@/lib/ids";

/** The case dashboard's filter as it stands in the URL (?nam=&cap=&linh_vuc=&kenh=&thu=&trang=). */
export type LateFilter = {
  nam: string;
  cap?: string;
  linh_vuc?: string;
  kenh?: string;
  thu?: string;
  trang?: string;
};

export const LATE_PAGE_SIZE = 25;

/** `asOf`: count each record under the unit that succeeds its own on that day (lineage), by unit and level. */
export async function loadCaseDashboard(
  year: number,
  unitIds: number[] | null,
  f: LateFilter,
  asOf: string | null = null,
) {
  const page = pageNumber(f.trang);
  const level = f.cap === "tinh" || f.cap === "huyen" || f.cap === "xa" ? f.cap : null;
  const channel = f.kenh === "1" || f.kenh === "2" || f.kenh === "3" ? (Number(f.kenh) as 1 | 2 | 3) : null;
  const apology =
    f.thu === "none" || f.thu === "sent" || f.thu === "inTime" || f.thu === "notInTime" ? f.thu : null;
  const [byLevel, byUnit, byChannel, byField, byMonth, fields, late] = await Promise.all([
    asOf ? caseReportAsOf(year, "level", asOf, unitIds) : caseReport(year, "level", unitIds),
    asOf ? caseReportAsOf(year, "unit", asOf, unitIds) : caseReport(year, "unit", unitIds),
    caseReport(year, "channel", unitIds),
    caseReport(year, "field", unitIds),
    caseReportByMonth(year, unitIds),
    caseFields(unitIds),
    lateCases({
      year,
      unitIds,
      level,
      field: f.linh_vuc || null,
      channel,
      apology,
      limit: LATE_PAGE_SIZE,
      offset: (page - 1) * LATE_PAGE_SIZE,
    }),
  ]);
  const sum = (
    k:
      | "finished"
      | "early"
      | "onTime"
      | "late"
      | "open"
      | "openInTime"
      | "overdue"
      | "online"
      | "apologyLetters"
      | "apologyLettersInTime",
  ) => byLevel.reduce((a, r) => a + r[k], 0);
  const total = {
    finished: sum("finished"),
    early: sum("early"),
    onTime: sum("onTime"),
    late: sum("late"),
    open: sum("open"),
    openInTime: sum("openInTime"),
    overdue: sum("overdue"),
    online: sum("online"),
    apologyLetters: sum("apologyLetters"),
    apologyLettersInTime: sum("apologyLettersInTime"),
  };
  return { byLevel, byUnit, byChannel, byField, byMonth, total, fields, late, page };
}
