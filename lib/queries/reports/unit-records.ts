// Figures from records for one unit: case on-time rate per year and plan-task completion of a year.
import { caseReport, type CaseReportRow } from "../cases/case-report";
import { planRates, type PlanRates } from "../plan/plan-rates";

export type UnitRecords = {
  /** one entry per requested year, figures null when the unit had no counted case */
  cases: { year: number; figures: CaseReportRow | null }[];
  plan: PlanRates | null;
};

export async function unitRecords(unitId: number, years: number[], planYear: number): Promise<UnitRecords> {
  const [cases, plan] = await Promise.all([
    Promise.all(
      years.map(async (year) => ({ year, figures: (await caseReport(year, "unit", [unitId]))[0] ?? null })),
    ),
    planRates(planYear, [unitId]),
  ]);
  return { cases, plan: plan[0] ?? null };
}
