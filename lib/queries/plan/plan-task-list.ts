// The plan tasks of a year for a set of units, with their unit, ordered for reading.
import { db } from "../../db/client";

export async function planTaskList(year: number, unitIds: number[] | null) {
  return db().planTask.findMany({
    where: { year, ...(unitIds ? { unitId: { in: unitIds } } : {}) },
    orderBy: [{ unit: { name: "asc" } }, { deadline: "asc" }, { code: "asc" }],
    include: { unit: { select: { code: true, name: true } } },
  });
}
export type PlanTaskRow = Awaited<ReturnType<typeof planTaskList>>[number];
