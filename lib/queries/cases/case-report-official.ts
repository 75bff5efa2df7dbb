// The official case report of a year (lib/cases/official-report.ts) for a set of units: the
// per-unit figures of caseReport with each unit's name and level.
import { db } from "../../db/client";
import { caseReport } from "./case-report";
import { officialCaseReport, type OfficialCaseReport } from "../../cases/official-report";

export async function caseReportOfficial(
  year: number,
  unitIds: number[] | null,
): Promise<OfficialCaseReport> {
  const [rows, units] = await Promise.all([
    caseReport(year, "unit", unitIds),
    db().unit.findMany({
      where: unitIds ? { id: { in: unitIds } } : {},
      select: { code: true, name: true, level: true },
    }),
  ]);
  return officialCaseReport(year, units, rows);
}
