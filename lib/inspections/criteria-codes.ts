// The criterion codes a finding or a remediation item may name: those of the unit's group's
// criteria set for the year (latest version), or of the most recent earlier year when that
// year has no set yet (an inspection this year checks against the last set in force).
import { db } from "../db/client";
import { groupLabel } from "../labels";

export type CriteriaCodes = { year: number; group: string; names: Map<string, string> };

/** The criteria set in force for an inspection of this group in this year (see above). */
async function setInForce(group: string, year: number) {
  const select = { id: true, year: true, classification: true } as const;
  return (
    (await db().criteriaSet.findFirst({
      where: { group, year: { lte: year } },
      orderBy: [{ year: "desc" }, { version: "desc" }],
      select,
    })) ??
    (await db().criteriaSet.findFirst({
      where: { group },
      orderBy: [{ year: "asc" }, { version: "desc" }],
      select,
    }))
  );
}

export async function criteriaCodesFor(group: string, year: number): Promise<CriteriaCodes | null> {
  const set = await setInForce(group, year);
  if (!set) return null;
  const nodes = await db().criteriaNode.findMany({
    where: { setId: set.id },
    select: { code: true, name: true },
  });
  return { year: set.year, group, names: new Map(nodes.map((n) => [n.code, n.name])) };
}

/** null when the code is in the set (or no set exists to check against); otherwise the message. */
export function criterionCodeError(codes: CriteriaCodes | null, code: string): string | null {
  if (!codes || codes.names.has(code)) return null;
  return `Mã tiêu chí "${code}" không có trong bộ tiêu chí năm ${codes.year} của ${groupLabel(codes.group).toLowerCase()}`;
}

/** The overall ratings an inspection of this group and year may give: its criteria set's classification names, best first. */
export async function ratingChoices(group: string, year: number): Promise<string[]> {
  const levels = ((await setInForce(group, year))?.classification ?? []) as { label: string; min: number }[];
  return [...levels].sort((a, b) => b.min - a.min).map((l) => l.label);
}
