// Everything the plan page of one unit and year shows, in one call.
import { db } from "../db/client";
import { planCandidates } from "./candidates";
import { planDetail, planYears } from "./plan-detail";

/** The year a plan page opens on: the unit's latest plan, else the latest published round of its group. */
export async function defaultPlanYear(
  unit: { id: number; group: string },
  fallback: number,
): Promise<number> {
  const [plan, round] = await Promise.all([
    db().remediationPlan.findFirst({
      where: { unitId: unit.id },
      orderBy: { year: "desc" },
      select: { year: true },
    }),
    db().evaluationRound.findFirst({
      where: { group: unit.group, snapshots: { some: {} } },
      orderBy: { year: "desc" },
      select: { year: true },
    }),
  ]);
  return plan?.year ?? round?.year ?? fallback;
}

export async function planPageData(
  unit: { id: number; code: string; group: string },
  year: number,
  today: string,
  withCandidates: boolean,
) {
  const [plan, years, candidates, inspections] = await Promise.all([
    planDetail(unit.id, year, today),
    planYears(unit.id),
    withCandidates ? planCandidates(unit, year) : null,
    db().inspection.findMany({
      where: { unitId: unit.id, findings: { some: {} } },
      orderBy: { visitDate: "desc" },
      select: { id: true, decisionNumber: true, visitDate: true, _count: { select: { reports: true } } },
    }),
  ]);
  return { plan, years, candidates, inspections };
}

/** The follow-up pages open on the latest year that has plans (in scope). */
export async function latestPlanYear(unitIds: number[] | null, fallback: number): Promise<number> {
  const p = await db().remediationPlan.findFirst({
    where: unitIds ? { unitId: { in: unitIds } } : {},
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return p?.year ?? fallback;
}

/** ?nam= when it is a sensible year, else the latest plan year. */
export async function followUpYear(
  raw: string | undefined,
  unitIds: number[] | null,
  today: string,
): Promise<number> {
  const asked = Number(raw);
  return asked >= 2000 && asked <= 2100 ? asked : latestPlanYear(unitIds, Number(today.slice(0, 4)) - 1);
}
