// Years that have reform-plan tasks for the units in scope (all units when unitIds is null), newest first.
import { db } from "../../db/client";

export async function planYears(unitIds: number[] | null): Promise<number[]> {
  const rows = await db().planTask.findMany({
    where: unitIds ? { unitId: { in: unitIds } } : {},
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}
