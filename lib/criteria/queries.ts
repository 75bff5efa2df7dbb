import "server-only";
// Criteria sets for the list and the set page: identity, totals and the rounds that use them.
import { db } from "../db/client";

export type CriteriaSetRow = {
  id: number;
  name: string;
  year: number;
  group: string;
  version: number;
  basedOnId: number | null;
  updatedAt: Date;
  max: number;
  bonus: number;
  rounds: { id: number; name: string; status: string }[];
};

export async function criteriaSetList(): Promise<CriteriaSetRow[]> {
  const [sets, sums] = await Promise.all([
    db().criteriaSet.findMany({
      orderBy: [{ year: "desc" }, { group: "asc" }, { version: "desc" }],
      select: {
        id: true,
        name: true,
        year: true,
        group: true,
        version: true,
        basedOnId: true,
        updatedAt: true,
        rounds: { select: { id: true, name: true, status: true } },
      },
    }),
    // Groups have no max of their own, so summing leaves' max gives the set's total.
    db().criteriaNode.groupBy({ by: ["setId", "bonus"], _sum: { max: true } }),
  ]);
  const total = (setId: number, bonus: boolean) =>
    Number(sums.find((s) => s.setId === setId && s.bonus === bonus)?._sum.max ?? 0);
  return sets.map((s) => ({ ...s, max: total(s.id, false), bonus: total(s.id, true) }));
}

/** Other versions of the same year and group, and rounds of that year and group that could switch. */
export async function criteriaSetContext(setId: number) {
  const set = await db().criteriaSet.findUnique({
    where: { id: setId },
    select: {
      id: true,
      year: true,
      group: true,
      version: true,
      updatedAt: true,
      basedOn: { select: { id: true, year: true, version: true, name: true } },
    },
  });
  if (!set) return null;
  const [versions, rounds] = await Promise.all([
    db().criteriaSet.findMany({
      where: { year: set.year, group: set.group },
      orderBy: { version: "asc" },
      select: { id: true, version: true, name: true },
    }),
    db().evaluationRound.findMany({
      where: { year: set.year, group: set.group },
      select: {
        id: true,
        name: true,
        status: true,
        criteriaSetId: true,
        criteriaSet: { select: { version: true } },
      },
    }),
  ]);
  return { set, versions, rounds };
}
