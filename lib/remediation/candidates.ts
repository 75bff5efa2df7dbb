// What a unit's plan for a year should answer: the points it lost in that year's published result
// (deficiencies) and the findings and directives addressed to it, less what the plan already covers.
import { db } from "../db/client";
import { addressedTo } from "../inspections/directives";
import { publishedResult } from "../results/snapshots";
import { round2, type Deficiency } from "../scoring";

export type DeficiencyCandidate = Deficiency & { lost: number };

/** The unit's deficiencies in the latest published result of its group for `year`; null if unpublished. */
export async function unitDeficiencies(
  unit: { code: string; group: string },
  year: number,
): Promise<DeficiencyCandidate[] | null> {
  const published = await publishedResult(year, unit.group);
  if (!published) return null;
  const result = published.snapshot.results.units.find((u) => u.unit === unit.code);
  return (result?.deficiencies ?? []).map((d) => ({ ...d, lost: round2(d.lost) })).filter((d) => d.lost > 0);
}

export async function planCandidates(unit: { id: number; code: string; group: string }, year: number) {
  const [deficiencies, covered, findings] = await Promise.all([
    unitDeficiencies(unit, year),
    db().remediationItem.findMany({
      where: { plan: { unitId: unit.id, year }, source: "DEFICIENCY" },
      select: { criterionCode: true },
    }),
    db().finding.findMany({
      where: { ...addressedTo(unit.id), remediationItems: { none: {} } },
      orderBy: [{ inspection: { visitDate: "desc" } }, { id: "asc" }],
      select: {
        id: true,
        text: true,
        criterionCode: true,
        severity: true,
        requiredAction: true,
        dueDate: true,
        kind: true,
        documentNumber: true,
        inspection: { select: { id: true, decisionNumber: true, visitDate: true } },
      },
    }),
  ]);
  const done = new Set(covered.map((c) => c.criterionCode));
  return {
    published: deficiencies !== null,
    deficiencies: (deficiencies ?? []).filter((d) => !done.has(d.code)),
    findings,
  };
}
export type PlanCandidates = Awaited<ReturnType<typeof planCandidates>>;
